"""Shared helpers of the operator tools: read FILE or standard input, print JSON."""

import dataclasses
import json
import sys
from datetime import datetime

from django.core.management.base import CommandError


def read_input(path: str) -> bytes:
    """Return the bytes of path, or of standard input for '-'."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror}") from exc


def to_jsonable(value):
    """Return value with dataclasses as dicts and datetimes as ISO 8601 strings."""
    if dataclasses.is_dataclass(value):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def dumps(value, pretty: bool = True) -> str:
    """Return value as JSON text with Romanian letters kept as they are."""
    return json.dumps(to_jsonable(value), ensure_ascii=False, indent=2 if pretty else None)
