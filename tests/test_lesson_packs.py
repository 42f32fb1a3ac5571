"""Lesson packs (.bplesson): the built-in lessons make one that reopens identically;
hostile packs are refused with one line; ``backprop-gui lesson check|pack``."""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from backprop_gui.cli import main
from backprop_gui.content import packs
from backprop_gui.content.lessons import load_lessons
from backprop_gui.core.errors import MAX_MESSAGE_CHARS
from backprop_gui.schema import experiment

LESSONS = Path(__file__).resolve().parent.parent / "resources" / "lessons"
MANIFEST = {"format": "backprop-gui-lesson-pack", "version": 1, "title": {"en": "Mine", "id": "Punyaku"}}


def lesson_doc(**changes):
    doc = json.loads((LESSONS / "01_one_neuron.json").read_text(encoding="utf-8"))
    doc.update(changes)
    return doc


def write_pack(path, members, manifest=MANIFEST, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as archive:
        if manifest is not None:
            archive.writestr("manifest.json", json.dumps(manifest))
        for name, content in members.items():
            archive.writestr(name, content if isinstance(content, (bytes, str)) else json.dumps(content))
    return path


def one_good_lesson():
    doc = lesson_doc()
    presets = {p["file"]: (LESSONS / p["file"]).read_bytes() for p in doc["presets"]}
    return {"01_mine.json": doc, **presets}


def refusal(path, tmp_path):
    with pytest.raises(packs.PackError) as caught:
        packs.read_pack(path, into=tmp_path)
    message = str(caught.value)
    assert "\n" not in message and len(message) <= MAX_MESSAGE_CHARS
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("pack-")], "a refused pack left files behind"
    return message


def test_the_built_in_lessons_make_a_pack_that_reopens_identically(tmp_path):
    out = tmp_path / "builtin.bplesson"
    packed = packs.make_pack(LESSONS, out, {"en": "Built-in", "id": "Bawaan"})
    pack = packs.read_pack(out, into=tmp_path)
    built_in = load_lessons(LESSONS)
    assert [lesson.id for lesson in pack.lessons] == [lesson.id for lesson in built_in] == [l.id for l in packed]
    assert pack.title == {"en": "Built-in", "id": "Bawaan"}
    for mine, theirs in zip(pack.lessons, built_in):
        for field in ("title", "goal", "explanation", "try_steps", "question", "answer", "terms", "targets", "number"):
            assert getattr(mine, field) == getattr(theirs, field), (mine.id, field)
        assert [p.label for p in mine.presets] == [p.label for p in theirs.presets]
        for p, q in zip(mine.presets, theirs.presets):
            assert pack.folder in p.path.parents
            assert experiment.load(p.path) == experiment.load(q.path)


def test_a_pack_of_one_lesson_opens(tmp_path):
    pack = packs.read_pack(write_pack(tmp_path / "a.bplesson", one_good_lesson()), into=tmp_path)
    assert [lesson.id for lesson in pack.lessons] == ["one_neuron"]
    assert pack.lessons[0].presets[0].path.is_file()


@pytest.mark.parametrize(
    "name",
    ["../evil.json", "/etc/evil.json", "presets/../../evil.json", "a/b.json", "model.pkl", "run.py", "presets/x.npy",
     "C:\\evil.json", ".hidden.json"],
)
def test_members_that_are_not_plain_lesson_files_are_refused(tmp_path, name):
    members = one_good_lesson()
    members[name] = b"{}"
    message = refusal(write_pack(tmp_path / "bad.bplesson", members), tmp_path)
    assert "refused" in message and "not a lesson or preset file" in message


def test_a_pickle_is_never_unpickled(tmp_path, monkeypatch):
    import pickle

    monkeypatch.setattr(pickle, "loads", lambda *a, **k: pytest.fail("unpickled"))
    members = one_good_lesson()
    members["01_mine.json"] = pickle.dumps({"format": "backprop-gui-lesson"})
    message = refusal(write_pack(tmp_path / "p.bplesson", members), tmp_path)
    assert "01_mine.json" in message and "UTF-8" in message


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    members = one_good_lesson()
    members["presets/bomb.json"] = b" " * (4 * 1024 * 1024)  # packs about 1000 to 1
    message = refusal(write_pack(tmp_path / "bomb.bplesson", members), tmp_path)
    assert "zip bomb" in message or "more than" in message


def test_too_large_files_special_files_and_non_zips_get_one_line(tmp_path):
    huge = tmp_path / "huge.bplesson"
    with open(huge, "wb") as file:
        file.truncate(packs.MAX_PACK_BYTES + 1)
    assert "too large" in refusal(huge, tmp_path)
    text = tmp_path / "notes.bplesson"
    text.write_text("hello")
    assert "not a backprop-gui lesson pack" in refusal(text, tmp_path)
    assert "does not exist" in refusal(tmp_path / "missing.bplesson", tmp_path)
    assert "folder" in refusal(tmp_path, tmp_path)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.bplesson"
        os.mkfifo(fifo)
        assert "not a regular file" in refusal(fifo, tmp_path)  # and it did not block


@pytest.mark.parametrize(
    ("manifest", "expected"),
    [(None, "no manifest.json"), ({"format": "backprop-gui-run", "version": 1, "title": {"en": "x"}}, "not a lesson pack"),
     ({**MANIFEST, "version": 99}, "newer backprop-gui"), ({**MANIFEST, "title": "x"}, "title"),
     ({**MANIFEST, "run": "rm -rf /"}, "run")],
)
def test_bad_manifests_are_refused(tmp_path, manifest, expected):
    assert expected in refusal(write_pack(tmp_path / "m.bplesson", one_good_lesson(), manifest), tmp_path)


def test_a_bad_lesson_refuses_the_pack_naming_the_lesson_and_field(tmp_path):
    members = one_good_lesson()
    members["01_mine.json"] = lesson_doc(number=0)
    message = refusal(write_pack(tmp_path / "l.bplesson", members), tmp_path)
    assert "01_mine.json" in message and "number" in message
    members["01_mine.json"] = b'{"format": "backprop-gui-lesson", '
    assert "not valid JSON" in refusal(write_pack(tmp_path / "j.bplesson", members), tmp_path)


def test_a_preset_outside_the_pack_is_refused(tmp_path):
    members = one_good_lesson()
    outside = tmp_path / "outside.json"
    shutil.copy(LESSONS / "presets" / "01_one_neuron.json", outside)
    doc = lesson_doc()
    doc["presets"][0]["file"] = "../../outside.json"
    members["01_mine.json"] = doc
    message = refusal(write_pack(tmp_path / "o.bplesson", members), tmp_path)
    assert "outside" in message


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "backprop_gui", *map(str, args)], capture_output=True, text=True)


def test_cli_packs_and_checks(tmp_path):
    out = tmp_path / "built in.bplesson"
    result = run_cli("lesson", "pack", LESSONS, "-o", out, "--title", "Built-in lessons")
    assert result.returncode == 0, result.stderr
    result = run_cli("lesson", "check", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1 and "12 lesson(s)" in result.stdout and "Built-in lessons" in result.stdout


def test_cli_check_names_the_lesson_and_field_of_a_bad_pack(tmp_path, capsys):
    members = one_good_lesson()
    members["01_mine.json"] = lesson_doc(title={"id": "tanpa bahasa Inggris"})
    bad = write_pack(tmp_path / "bad.bplesson", members)
    assert main(["lesson", "check", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and "01_mine.json" in err[0] and "title" in err[0]


def test_cli_pack_refuses_a_folder_with_a_bad_lesson(tmp_path, capsys):
    folder = tmp_path / "mine"
    (folder / "presets").mkdir(parents=True)
    shutil.copy(LESSONS / "presets" / "01_one_neuron.json", folder / "presets")
    (folder / "01_mine.json").write_text(json.dumps(lesson_doc(goal={})), encoding="utf-8")
    assert main(["lesson", "pack", str(folder), "-o", str(tmp_path / "x.bplesson")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "01_mine.json" in err and "goal" in err
    assert not (tmp_path / "x.bplesson").exists()
