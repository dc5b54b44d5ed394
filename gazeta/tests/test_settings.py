import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from gazeta import env

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("raw, expected", [("1", True), ("True", True), ("off", False), ("", False)])
def test_it_reads_booleans(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env.env_bool("FLAG") is expected


def test_it_rejects_a_vague_boolean(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be true or false"):
        env.env_bool("FLAG")


def test_it_rejects_numbers_out_of_bounds(monkeypatch):
    monkeypatch.setenv("N", "abc")
    with pytest.raises(ImproperlyConfigured, match="N must be a whole number"):
        env.env_int("N", 1)
    monkeypatch.setenv("N", "0")
    with pytest.raises(ImproperlyConfigured, match="between 1 and 5"):
        env.env_int("N", 1, minimum=1, maximum=5)


def test_it_reads_a_secret_from_a_file(monkeypatch, tmp_path):
    (tmp_path / "key").write_text("s3cret\n")
    monkeypatch.setenv("SECRET_KEY_FILE", str(tmp_path / "key"))
    assert env.env_str("SECRET_KEY") == "s3cret"


def test_it_generates_and_keeps_a_secret_key(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = env.secret_key(tmp_path / "secret_key", may_generate=True)
    assert len(first) > 40 and env.secret_key(tmp_path / "secret_key", may_generate=True) == first


def test_it_requires_a_secret_key_in_production(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY is required"):
        env.secret_key(tmp_path / "missing", may_generate=False)


def _check(**variables) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY"}}
    environment.update(variables)
    environment.pop("GAZETA_TESTING", None)
    return subprocess.run(
        [sys.executable, "-m", "gazeta.cli", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_stops_start_up_on_a_bad_value(tmp_path):
    result = _check(DEBUG="sometimes", GAZETA_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_it_rejects_an_unknown_database_url(tmp_path):
    result = _check(DATABASE_URL="mysql://root@127.0.0.1/x", SECRET_KEY="k", GAZETA_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "DATABASE_URL must be sqlite:// or postgres://" in result.stderr


def test_it_runs_on_the_embedded_default_with_nothing_set(tmp_path):
    result = _check(GAZETA_VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "secret_key").exists()


def test_it_requires_a_secret_key_once_a_database_url_is_set(tmp_path):
    result = _check(DATABASE_URL="postgres://u@127.0.0.1/x", GAZETA_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr
