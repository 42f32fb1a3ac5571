"""Every action of the window in one table, and the menus, tool bar and shortcut list built from it.

Each row says what an action is called (its object name; the window's attribute is
``<name>_action`` unless the row says otherwise), its keyboard shortcut, its text and tooltip, the window's method it
calls, and whether it is a toggle or has an icon. The menus list actions by name; Help →
Keyboard shortcuts lists every action that has a shortcut, read from the actions
themselves, so it can never miss one.

The texts are marked with ``QT_TRANSLATE_NOOP("MainWindow", ...)`` (the window's own
translation context, so ``pyside6-lupdate`` finds them) and translated where the table is
read, in :func:`retranslate`, each time the language changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

CONTEXT = "MainWindow"  # the translation context of every text here
Key = QKeySequence.StandardKey
Icon = QStyle.StandardPixmap


@dataclass(frozen=True)
class ActionSpec:
    name: str  # object name
    text: str
    tip: str
    handler: str  # the window's method, maybe through a part of it: "files.save"
    args: tuple = ()  # given to the handler
    shortcut: str | QKeySequence.StandardKey | None = None
    checkable: bool = False  # a toggle: the handler gets the new state
    icon: QStyle.StandardPixmap | None = None
    key_help: str | None = None  # what Help → Keyboard shortcuts says, if not the text
    attribute: str | None = None  # the window's attribute, if not name + "_action"




ACTIONS: tuple[ActionSpec, ...] = (
    # ---------------------------------------------------------------- the run
    ActionSpec("play", QT_TRANSLATE_NOOP("MainWindow", "Play"), QT_TRANSLATE_NOOP("MainWindow", "Start or pause training (Space)."),
               "play_toggled", shortcut="Space", checkable=True, icon=Icon.SP_MediaPlay,
               key_help=QT_TRANSLATE_NOOP("MainWindow", "Play or pause training")),
    ActionSpec("step_epoch", QT_TRANSLATE_NOOP("MainWindow", "Step epoch"), QT_TRANSLATE_NOOP("MainWindow", "Train one epoch: one pass over all the training data (→)."),
               "step_epoch", shortcut="Right", icon=Icon.SP_MediaSkipForward, key_help=QT_TRANSLATE_NOOP("MainWindow", "Train one epoch")),
    ActionSpec("step_batch", QT_TRANSLATE_NOOP("MainWindow", "Step mini-batch"), QT_TRANSLATE_NOOP("MainWindow", "Train on one mini-batch: a single weight update (Shift+→)."),
               "step_batch", shortcut="Shift+Right", icon=Icon.SP_MediaSeekForward, key_help=QT_TRANSLATE_NOOP("MainWindow", "Train one mini-batch")),
    ActionSpec("reset", QT_TRANSLATE_NOOP("MainWindow", "Reset weights"), QT_TRANSLATE_NOOP("MainWindow", "Put the weights back to their starting values and start again (R)."),
               "reset_weights", shortcut="R", icon=Icon.SP_BrowserReload, key_help=QT_TRANSLATE_NOOP("MainWindow", "Reset the weights")),
    ActionSpec("step_through", QT_TRANSLATE_NOOP("MainWindow", "Step through backpropagation"),
               QT_TRANSLATE_NOOP("MainWindow", "Follow one training step on one sample, as numbers: forward, loss, backward by the chain rule, update (B)."),
               "show_stepthrough", shortcut="B", attribute="stepthrough_action"),
    ActionSpec("practice", QT_TRANSLATE_NOOP("MainWindow", "Practice: compute a step by hand"),
               QT_TRANSLATE_NOOP("MainWindow", "Compute one training step by hand, quantity by quantity: the app checks each answer and gives hints (P)."),
               "show_practice", shortcut="P"),
    ActionSpec("race", QT_TRANSLATE_NOOP("MainWindow", "Optimiser race…"),
               QT_TRANSLATE_NOOP("MainWindow", "Train with two or three optimisers from the same starting weights, side by side: their paths on one loss landscape and their loss curves on one plot."),
               "show_race"),
    ActionSpec("keep_run", QT_TRANSLATE_NOOP("MainWindow", "Keep this run"),
               QT_TRANSLATE_NOOP("MainWindow", "Keep this run's loss curves, drawn faintly, to compare with the next runs (K)."),
               "session.keep_run", shortcut="K"),
    ActionSpec("clear_kept_runs", QT_TRANSLATE_NOOP("MainWindow", "Clear kept runs"), QT_TRANSLATE_NOOP("MainWindow", "Remove the faint curves of earlier runs."),
               "session.clear_kept_runs", attribute="clear_kept_action"),
    # ---------------------------------------------------------------- files
    ActionSpec("new", QT_TRANSLATE_NOOP("MainWindow", "&New"), QT_TRANSLATE_NOOP("MainWindow", "Start a new experiment with the default settings."),
               "files.new_experiment", shortcut=Key.New),
    ActionSpec("open", QT_TRANSLATE_NOOP("MainWindow", "&Open…"), QT_TRANSLATE_NOOP("MainWindow", "Open an experiment file."),
               "files.open_dialog", shortcut=Key.Open),
    ActionSpec("import_csv", QT_TRANSLATE_NOOP("MainWindow", "&Import CSV data…"),
               QT_TRANSLATE_NOOP("MainWindow", "Train on your own data: a table saved as CSV, with one column to predict (Ctrl+I)."),
               "files.import_csv", shortcut="Ctrl+I"),
    ActionSpec("save", QT_TRANSLATE_NOOP("MainWindow", "&Save"),
               QT_TRANSLATE_NOOP("MainWindow", "Save the experiment: as a run (.bpexp) with its weights and curves, or its settings only (.json)."),
               "files.save", shortcut=Key.Save),
    ActionSpec("save_as", QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
               QT_TRANSLATE_NOOP("MainWindow", "Save the experiment in a new file, as a run (.bpexp) or its settings only (.json)."),
               "files.save_as", shortcut=Key.SaveAs),
    ActionSpec("export_history", QT_TRANSLATE_NOOP("MainWindow", "Training history as CSV…"),
               QT_TRANSLATE_NOOP("MainWindow", "Save the loss and accuracy of every recorded epoch as a spreadsheet file."), "files.export_history"),
    ActionSpec("export_plot", QT_TRANSLATE_NOOP("MainWindow", "Plot as PNG or SVG…"),
               QT_TRANSLATE_NOOP("MainWindow", "Save one of the plots as a picture (PNG) or as a drawing that stays sharp at any size (SVG)."),
               "files.export_plot_dialog"),
    ActionSpec("export_screenshot", QT_TRANSLATE_NOOP("MainWindow", "Window as PNG image…"), QT_TRANSLATE_NOOP("MainWindow", "Save a picture of the whole window."),
               "files.export_screenshot"),
    ActionSpec("export_pytorch", QT_TRANSLATE_NOOP("MainWindow", "Model as PyTorch code…"),
               QT_TRANSLATE_NOOP("MainWindow", "Write model.py with build_model(), which returns this trained network as a PyTorch module, and its weights."),
               "files.export_model", args=("pytorch",)),
    ActionSpec("export_numpy", QT_TRANSLATE_NOOP("MainWindow", "Model as NumPy code…"),
               QT_TRANSLATE_NOOP("MainWindow", "Write predict.py, a forward pass in plain NumPy, and the trained weights."),
               "files.export_model", args=("numpy",)),
    ActionSpec("print_worksheet", QT_TRANSLATE_NOOP("MainWindow", "Print &worksheet…"),
               QT_TRANSLATE_NOOP("MainWindow", "Write a practice problem as a PDF to print: the network with its numbers, a box for every quantity to compute, and the answer key on the last page."),
               "files.print_worksheet"),
    ActionSpec("export_results", QT_TRANSLATE_NOOP("MainWindow", "Export &my results…"),
               QT_TRANSLATE_NOOP("MainWindow", "Save your work of this session for your teacher, as one spreadsheet file (CSV): the practice problems with their scores, your predictions with your explanations, and the challenges you met."),
               "files.export_results"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), QT_TRANSLATE_NOOP("MainWindow", "Close backprop-gui."), "close", shortcut=Key.Quit),
    # ---------------------------------------------------------------- edit (weights changed by hand)
    ActionSpec("undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
               QT_TRANSLATE_NOOP("MainWindow", "Put back the weight or bias you changed by hand last (Ctrl+Z)."),
               "session.undo_stack.undo", shortcut="Ctrl+Z", key_help=QT_TRANSLATE_NOOP("MainWindow", "Undo a change of a weight")),
    ActionSpec("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
               QT_TRANSLATE_NOOP("MainWindow", "Make the change undone last again (Ctrl+Shift+Z)."),
               "session.undo_stack.redo", shortcut="Ctrl+Shift+Z", key_help=QT_TRANSLATE_NOOP("MainWindow", "Redo a change of a weight")),
    # ---------------------------------------------------------------- view
    ActionSpec("reset_layout", QT_TRANSLATE_NOOP("MainWindow", "Reset layout"), QT_TRANSLATE_NOOP("MainWindow", "Put every panel back where it started."),
               "reset_layout"),
    ActionSpec("projector", QT_TRANSLATE_NOOP("MainWindow", "Projector layout"),
               QT_TRANSLATE_NOOP("MainWindow", "Show only the diagram, the decision view and the loss curves, large, for a class to read on a projector; again to bring every panel back (Ctrl+Shift+P)."),
               "set_projector_layout", shortcut="Ctrl+Shift+P", checkable=True, attribute="projector_action"),
    ActionSpec("reset_settings", QT_TRANSLATE_NOOP("MainWindow", "Reset all settings…"),
               QT_TRANSLATE_NOOP("MainWindow", "Forget the layout, zoom, language and recent files, as on the first start."), "reset_all_settings"),
    ActionSpec("level_beginner", QT_TRANSLATE_NOOP("MainWindow", "Beginner"),
               QT_TRANSLATE_NOOP("MainWindow", "Only the data, the hidden layers and the learning rate, with Play, Step and Reset; the diagram, the decision view and the loss curves."),
               "levels.set_level", args=("beginner",)),
    ActionSpec("level_intermediate", QT_TRANSLATE_NOOP("MainWindow", "Intermediate"),
               QT_TRANSLATE_NOOP("MainWindow", "Adds the activation, loss, optimiser, batch size, noise and test share, and the weights and gradients."),
               "levels.set_level", args=("intermediate",)),
    ActionSpec("level_full", QT_TRANSLATE_NOOP("MainWindow", "Full dashboard"),
               QT_TRANSLATE_NOOP("MainWindow", "Every setting and every view (Ctrl+Shift+F)."),
               "levels.set_level", args=("full",), shortcut="Ctrl+Shift+F"),
    ActionSpec("classroom", QT_TRANSLATE_NOOP("MainWindow", "Classroom mode for the open lesson"),
               QT_TRANSLATE_NOOP("MainWindow", "Show only the settings and views the open lesson needs, large, and lock the rest, so that a class cannot wander off or change the layout."),
               "levels.enter_classroom"),
    ActionSpec("leave_classroom", QT_TRANSLATE_NOOP("MainWindow", "Leave classroom mode"),
               QT_TRANSLATE_NOOP("MainWindow", "Bring back the layout and level as they were before classroom mode."),
               "levels.leave_classroom"),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("MainWindow", "Zoom in"), QT_TRANSLATE_NOOP("MainWindow", "Make text and plots bigger, for a projector."),
               "step_zoom", args=(+1,), shortcut=Key.ZoomIn),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("MainWindow", "Zoom out"), QT_TRANSLATE_NOOP("MainWindow", "Make text and plots smaller."),
               "step_zoom", args=(-1,), shortcut=Key.ZoomOut),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("MainWindow", "Actual size"), QT_TRANSLATE_NOOP("MainWindow", "Back to the normal size."),
               "apply_zoom", args=(1.0,), shortcut="Ctrl+0"),
    # ---------------------------------------------------------------- help
    ActionSpec("lessons", QT_TRANSLATE_NOOP("MainWindow", "&Lessons"),
               QT_TRANSLATE_NOOP("MainWindow", "Guided lessons: each explains one idea and loads experiments to try it (F2)."), "show_lessons", shortcut="F2"),
    ActionSpec("new_lesson", QT_TRANSLATE_NOOP("MainWindow", "&New lesson…"),
               QT_TRANSLATE_NOOP("MainWindow", "Write a lesson of your own, in English, Bahasa Indonesia or both, and share it as a lesson pack."),
               "library.new_lesson"),
    ActionSpec("edit_lesson_copy", QT_TRANSLATE_NOOP("MainWindow", "&Edit a copy of this lesson…"),
               QT_TRANSLATE_NOOP("MainWindow", "Open a copy of the lesson shown in the lesson editor, to change it into your own."),
               "library.edit_copy"),
    ActionSpec("remove_lesson_pack", QT_TRANSLATE_NOOP("MainWindow", "&Remove a lesson pack…"),
               QT_TRANSLATE_NOOP("MainWindow", "Take the lessons of a lesson pack you opened out of the lesson list."),
               "library.remove_dialog"),
    ActionSpec("glossary", QT_TRANSLATE_NOOP("MainWindow", "&Glossary"),
               QT_TRANSLATE_NOOP("MainWindow", "Every term, explained in a paragraph, with the lesson that shows it (F3)."),
               "show_glossary", args=(None,), shortcut="F3"),
    ActionSpec("guide", QT_TRANSLATE_NOOP("MainWindow", "&Teacher's guide"),
               QT_TRANSLATE_NOOP("MainWindow", "Installing, a first lesson and saving work, step by step (F1)."), "show_guide", shortcut=Key.HelpContents),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), QT_TRANSLATE_NOOP("MainWindow", "The keys that control training."),
               "show_shortcuts"),
    ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "&About backprop-gui"), QT_TRANSLATE_NOOP("MainWindow", "Version and licence."), "show_about"),
)

#: The tool bar's actions (the epoch counter and speed follow them, see the window).
RUN_ACTIONS = ("play", "step_epoch", "step_batch", "reset")

#: The menus: (attribute, title, items). An item is an action's name, "-" for a
#: separator, or "@part" for what the window adds itself (a submenu, the docks).
MENUS = (
    ("file_menu", QT_TRANSLATE_NOOP("MainWindow", "&File"),
     ("new", "open", "import_csv", "@recent", "-", "save", "save_as", "@export", "-", "print_worksheet", "export_results", "-", "quit")),
    ("edit_menu", QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("undo", "redo")),
    ("run_menu", QT_TRANSLATE_NOOP("MainWindow", "&Run"),
     (*RUN_ACTIONS, "-", "step_through", "practice", "race", "-", "keep_run", "clear_kept_runs")),
    ("view_menu", QT_TRANSLATE_NOOP("MainWindow", "&View"),
     ("@docks", "-", "@level", "classroom", "leave_classroom", "-", "projector", "reset_layout", "reset_settings", "-", "zoom_in", "zoom_out", "zoom_reset", "-", "@language")),
    ("help_menu", QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("lessons", "@lesson_tools", "glossary", "guide", "-", "shortcuts", "about")),
)
LESSON_TOOLS_MENU = ("new_lesson", "edit_lesson_copy", "-", "remove_lesson_pack")
EXPORT_MENU = ("export_history", "export_plot", "export_screenshot", "-", "export_pytorch", "export_numpy")


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _handler(window: QWidget, spec: ActionSpec):
    method = reduce(getattr, spec.handler.split("."), window)
    if spec.checkable:
        return method
    return lambda _checked=False: method(*spec.args)


def build(window: QWidget) -> dict[str, QAction]:
    """Make every action of the table, as ``window.<name>_action``; their shortcuts work
    wherever the focus is in the window."""
    actions = {}
    style = window.style()
    for spec in ACTIONS:
        action = QAction(window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        if spec.icon is not None:
            action.setIcon(style.standardIcon(spec.icon))
        (action.toggled if spec.checkable else action.triggered).connect(_handler(window, spec))
        window.addAction(action)
        setattr(window, spec.attribute or f"{spec.name}_action", action)
        actions[spec.name] = action
    return actions


def fill_menu(menu, items, actions: dict[str, QAction], parts: dict) -> None:
    """Put ``items`` (see :data:`MENUS`) into ``menu``; ``parts`` makes the "@" items."""
    for item in items:
        if item == "-":
            menu.addSeparator()
        elif item.startswith("@"):
            parts[item[1:]](menu)
        else:
            menu.addAction(actions[item])


def retranslate(actions: dict[str, QAction]) -> None:
    """Every action's text and tooltip in the current language."""
    for spec in ACTIONS:
        action = actions[spec.name]
        tip = translate(spec.tip)
        action.setText(translate(spec.text))
        action.setToolTip(tip)
        action.setStatusTip(tip)


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, in the table's order."""
    rows = []
    for spec in ACTIONS:
        keys = actions[spec.name].shortcut()
        if not keys.isEmpty():
            what = translate(spec.key_help or spec.text).replace("&", "").rstrip("…")
            rows.append((keys.toString(QKeySequence.SequenceFormat.NativeText), what))
    return rows
