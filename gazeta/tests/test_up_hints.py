"""`gazeta up`'s hints name the command as the reader can run it."""

import sys

from gazeta.management.commands.up import gazeta_command


def test_after_dev_py_up_the_hint_names_the_venv_command(tmp_path, monkeypatch):
    script = tmp_path / ".venv" / "bin" / "gazeta"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # .venv/bin is not on PATH after `python3 dev.py up`
    monkeypatch.setattr(sys, "argv", [str(script), "up"])
    assert gazeta_command() == ".venv/bin/gazeta"


def test_a_gazeta_on_path_is_named_plainly(tmp_path, monkeypatch):
    script = tmp_path / "bin" / "gazeta"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{script.parent}:/usr/bin:/bin")
    monkeypatch.setattr(sys, "argv", [str(script), "up"])
    assert gazeta_command() == "gazeta"
    monkeypatch.setattr(sys, "argv", ["manage.py", "up"])
    assert gazeta_command() == "gazeta"
