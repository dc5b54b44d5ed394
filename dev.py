#!/usr/bin/env python3
"""Set up Gazeta in .venv and run it or its tests: `python3 dev.py up` / `python3 dev.py test`.

Only the standard library is used here, because this runs before anything is installed.
Each step is idempotent: the virtual environment is rebuilt only when requirements.lock or
pyproject.toml change.
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"
STAMP = VENV / ".gazeta-installed"


def install() -> None:
    """Create .venv and install the pinned dependencies and Gazeta itself, if anything changed."""
    digest = hashlib.sha256(
        (ROOT / "requirements.lock").read_bytes() + (ROOT / "pyproject.toml").read_bytes()
    ).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest and (BIN / "gazeta").exists():
        return
    if not (BIN / "python").exists():
        print("Creez mediul virtual .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    print("Instalez dependențele (requirements.lock) …", flush=True)
    subprocess.run([*pip, "install", "-r", str(ROOT / "requirements.lock")], check=True)
    subprocess.run([*pip, "install", "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(digest)


def main() -> int:
    """Dispatch `up` (run Gazeta with the demo network) or `test` (run the test suite)."""
    if len(sys.argv) < 2 or sys.argv[1] not in {"up", "test"}:
        print(__doc__.splitlines()[0])
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    os.chdir(ROOT)
    install()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if command == "up":
        # The quick start reads the demo network; `--no-demo` reads the real outlets instead.
        args = [arg for arg in rest if arg != "--no-demo"] if "--no-demo" in rest else ["--demo", *rest]
        return subprocess.call([str(BIN / "gazeta"), "up", *args], env=env)
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *rest], env=env)


if __name__ == "__main__":
    sys.exit(main())
