"""Strict readers for settings that come from environment variables.

A wrong value stops start-up with a message naming the variable, instead of running with a
guess: 'DEBUG=yes please' is an error, not False.
"""

import os
import re
import secrets
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    """Return the variable, or its contents when NAME_FILE points at a file (for secrets)."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text().strip()
        except OSError as error:
            raise ImproperlyConfigured(f"{name}_FILE: cannot read {file_path}: {error}") from error
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    """Return a boolean that accepts only the usual spellings of true and false."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false (1/0, yes/no, on/off), not {raw!r}")


def env_int(name: str, default: int, minimum: int | None = None, maximum: int | None = None) -> int:
    """Return an integer within bounds."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None
    if minimum is not None and value < minimum or maximum is not None and value > maximum:
        raise ImproperlyConfigured(f"{name} must be between {minimum} and {maximum}, not {value}")
    return value


def env_float(name: str, default: float, minimum: float = 0.0) -> float:
    """Return a non-negative (or bounded below) number."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {value}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated list with blanks dropped."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def secret_key(path: Path, may_generate: bool) -> str:
    """Return SECRET_KEY from the environment, else from (or generated into) a local file."""
    value = env_str("SECRET_KEY")
    if value:
        return value
    if path.exists():
        return path.read_text().strip()
    if not may_generate:
        raise ImproperlyConfigured(
            f"SECRET_KEY is required: DEBUG is false, a DATABASE_URL is set and {path} does not exist"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    path.write_text(key)
    path.chmod(0o600)
    return key


# A CSP origin an operator may allow: https, a host or a wildcard of subdomains, an optional
# port, nothing else, so a typo cannot inject another directive (';') or a keyword ('unsafe-inline').
CSP_ORIGIN = re.compile(r"^https://(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$")


def env_origins(name: str) -> list[str]:
    """Return a comma-separated list of https origins for the CSP; anything else stops start-up."""
    origins = [item.lower() for item in env_list(name, [])]
    bad = [item for item in origins if not CSP_ORIGIN.match(item)]
    if bad:
        raise ImproperlyConfigured(f"{name}: not https origins: {', '.join(bad)} (e.g. https://ads.example.ro)")
    return origins
