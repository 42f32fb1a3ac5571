; Inno Setup 6 script: the Windows installer for backprop-gui (x64, per user or all users).
;
; packaging/build.sh compiles it from Git Bash after PyInstaller and trim.py, passing
;   /DAppVersion=<version> /DBundleDir=<PyInstaller folder> /DOutputDir=<repo>\dist
;   /DIconFile=<repo>\packaging\build\icons\backprop-gui.ico
; Every define has a default below, so after one build.sh run the script also compiles
; on its own: ISCC packaging\windows\backprop-gui.iss (or open it in the Inno Setup IDE).
;
; What it installs
;   {app}\backprop-gui.exe       the window program (Start menu, optional desktop icon, .bpexp)
;   {app}\backprop-gui-cli.exe   its console twin: command line use and --self-test output
;   {app}\_internal\             Python, Qt and the app
;   {app}\unins000.exe           the uninstaller
;   Per user (the default, no administrator rights): {app} = %LOCALAPPDATA%\Programs\backprop-gui,
;   shortcuts and the .bpexp file type under HKCU. For all users (Setup's first dialog
;   offers "Install for all users", which asks for administrator rights; or /ALLUSERS):
;   {app} = C:\Program Files\backprop-gui, shortcuts for everyone, the file type under HKLM.
;
; Silent installs, for school IT (Intune, PDQ, SCCM, a logon script):
;   per user, run in the user's own session (not as SYSTEM: that would install into
;   SYSTEM's profile):
;     backprop-gui-<version>-windows-x86_64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;   all users, run elevated or as SYSTEM:
;     backprop-gui-<version>-windows-x86_64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
;   add to either:
;     /DIR="D:\Apps\backprop-gui"       another folder (quote it; spaces are fine)
;     /TASKS="desktopicon"              also a desktop shortcut
;     /LOG="C:\Temp\backprop-gui-setup.log"   a log of everything Setup did
;   Setup exits with 0 on success. Running a newer setup the same way upgrades in place,
;   in the folder of the earlier install.
; Silent uninstall (the install folder is also in the registry under
; Software\Microsoft\Windows\CurrentVersion\Uninstall\{C7707B46-BC00-4176-AB26-7441B2CBC8C3}_is1,
; HKCU or HKLM, value UninstallString):
;     "<install folder>\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   It exits when the removal is done, although removing unins000.exe itself and the empty
;   folder can finish a moment later.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (ArchitecturesAllowed=x64compatible)
#endif

; A folder given in Git Bash's style (/c/Users/...) becomes C:\Users\...; a Windows path
; (C:\... or C:/...) only has its slashes turned into backslashes.
#define WinPath(str P) StringChange((Copy(P, 1, 1) == "/" && Copy(P, 3, 1) == "/") ? Copy(P, 2, 1) + ":" + Copy(P, 3) : P, "/", "\")

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\build\dist\backprop-gui"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\build\icons\backprop-gui.ico"
#endif

#define Bundle WinPath(BundleDir)
#define OutDir WinPath(OutputDir)
#define SetupIcon WinPath(IconFile)

#if !FileExists(Bundle + "\backprop-gui.exe") || !FileExists(Bundle + "\backprop-gui-cli.exe") || !DirExists(Bundle + "\_internal")
  #pragma error "No complete PyInstaller folder (backprop-gui.exe, backprop-gui-cli.exe, _internal) in " + Bundle + ": run packaging/build.sh first"
#endif
#if !FileExists(SetupIcon)
  #pragma error "The icon " + SetupIcon + " is missing: run packaging/build.sh (it draws the icons) first"
#endif

#ifndef AppVersion
  ; The version the spec wrote into the program's version resource.
  #define AppVersion GetFileProductVersionString(Bundle + "\backprop-gui.exe")
#endif
#if AppVersion == ""
  #pragma error "No version: pass /DAppVersion=<version> to ISCC"
#endif
; Numeric a.b.c.d version of the program, for the setup file's own Properties -> Details.
#define FileVersion GetVersionNumbersString(Bundle + "\backprop-gui.exe")

[Setup]
; The AppId identifies backprop-gui for upgrades and the uninstaller: never change it.
; ("{{" is how Inno writes a literal "{".)
AppId={{C7707B46-BC00-4176-AB26-7441B2CBC8C3}
AppName=backprop-gui
AppVersion={#AppVersion}
AppVerName=backprop-gui {#AppVersion}
AppPublisher=backprop-gui developers
UninstallDisplayName=backprop-gui
UninstallDisplayIcon={app}\backprop-gui.exe
SetupIconFile={#SetupIcon}
#if FileVersion != ""
VersionInfoVersion={#FileVersion}
#endif
VersionInfoProductName=backprop-gui
VersionInfoDescription=backprop-gui {#AppVersion} setup

; Per user by default, without administrator rights. Setup's first dialog offers all users
; instead (with a UAC prompt); on the command line /ALLUSERS or /CURRENTUSER decides.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; {autopf} is %LOCALAPPDATA%\Programs per user and C:\Program Files for all users.
DefaultDirName={autopf}\backprop-gui
; One Start menu entry, no folder of our own: no program group page.
DisableProgramGroupPage=yes
; 64-bit Python and Qt: x64 Windows, and Arm64 Windows 11 through x64 emulation.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 supports Windows 10 1809 (build 17763) and newer: a clear message on older systems
; instead of a program that does not start.
MinVersion=10.0.17763

Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
OutputDir={#OutDir}
OutputBaseFilename=backprop-gui-{#AppVersion}-windows-x86_64-setup

; The .bpexp and .bplesson file types: Explorer is told to refresh after install and after uninstall.
ChangesAssociations=yes
; An upgrade while backprop-gui runs: Setup offers to close it (Restart Manager) instead of
; asking for a reboot; silent installs close it. Python extension modules (.pyd) are DLLs
; too. It is not started again afterwards (a silent school install must not pop up windows).
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no

[Languages]
; English only. Inno Setup's official translations (the .isl files installed in its
; Languages folder) include no Indonesian: Indonesian.isl exists only among the
; unofficial, user-contributed translations (Files\Languages\Unofficial in the issrc
; repository; https://jrsoftware.org/files/istrans/), which the Inno Setup installer does
; not install, so "compiler:Languages\Indonesian.isl" would not compile. To offer it,
; check that file into packaging\windows\ and add:
;   Name: "indonesian"; MessagesFile: "Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program whole: a module or Qt plugin the old version had and this
; one does not must not stay behind and be loaded by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller folder: both programs and _internal\, recursively.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The lesson-pack folder an administrator fills for every user (backprop_gui/paths.py
; system_lesson_folders); users may read it, only administrators write to it. Kept at
; uninstall when it holds packs.
Name: "{commonappdata}\backprop-gui\lessons"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\backprop-gui"; Filename: "{app}\backprop-gui.exe"; Comment: "Watch a neural network learn by backpropagation"
Name: "{autodesktop}\backprop-gui"; Filename: "{app}\backprop-gui.exe"; Comment: "Watch a neural network learn by backpropagation"; Tasks: desktopicon

[Registry]
; The .bpexp file type (a saved run), under HKCU\Software\Classes per user and
; HKLM\Software\Classes for all users. .bpexp is this app's own file type, so the app is
; its default (a double-click opens it; a choice the user made in Windows' "Open with"
; still wins) and is also listed under OpenWithProgids. The uninstaller removes exactly
; these entries: our default value and our value under OpenWithProgids, then those keys
; only if nothing else is left in them, and our own ProgID key with everything under it.
Root: HKA; Subkey: "Software\Classes\.bpexp"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.bpexp"; ValueType: string; ValueName: ""; ValueData: "backprop-gui.run"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.bpexp\OpenWithProgids"; ValueType: string; ValueName: "backprop-gui.run"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\backprop-gui.run"; ValueType: string; ValueName: ""; ValueData: "backprop-gui run"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\backprop-gui.run\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\backprop-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\backprop-gui.run\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\backprop-gui.exe"" ""%1"""
; The .bplesson file type (a lesson pack), in the same way: a double-click opens the pack
; and lists its lessons beside the built-in ones.
Root: HKA; Subkey: "Software\Classes\.bplesson"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.bplesson"; ValueType: string; ValueName: ""; ValueData: "backprop-gui.lessonpack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.bplesson\OpenWithProgids"; ValueType: string; ValueName: "backprop-gui.lessonpack"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\backprop-gui.lessonpack"; ValueType: string; ValueName: ""; ValueData: "backprop-gui lesson pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\backprop-gui.lessonpack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\backprop-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\backprop-gui.lessonpack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\backprop-gui.exe"" ""%1"""
; So that "Open with" lists backprop-gui for .bpexp and .bplesson files. Ours alone: removed whole.
Root: HKA; Subkey: "Software\Classes\Applications\backprop-gui.exe"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\backprop-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".bpexp"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\backprop-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".bplesson"; ValueData: ""

[Run]
Filename: "{app}\backprop-gui.exe"; Description: "{cm:LaunchProgram,backprop-gui}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The uninstaller removes every file and registry entry Setup made. Besides those:
; - _internal\ and __pycache__\: only the program itself ever writes there.
; - Portable mode: with a portable.txt beside backprop-gui.exe (an administrator's choice,
;   e.g. on a shared drive; users cannot write to C:\Program Files), the app keeps
;   settings\ (window layout, language, recent files) and data\ (only the crash-recovery
;   autosave, never a file the user saved) in {app}. Uninstalling removes the program
;   folder, so these go too, as install.sh removes its whole program folder on Linux.
;   Anything else in {app} is left alone: no "{app}\*" wildcard, in case /DIR pointed at a
;   folder that already held other files.
; Settings and autosaves of normal (not portable) use live in %APPDATA%\backprop-gui and
; are kept, and so is every .bpexp file the user saved anywhere.
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\__pycache__"
Type: filesandordirs; Name: "{app}\settings"
Type: filesandordirs; Name: "{app}\data"
Type: files; Name: "{app}\portable.txt"
