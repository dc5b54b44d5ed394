"""Structured logs: one line per event, `key=value` pairs, the same keys everywhere."""

import logging
import time

# Keys that stages put in `extra=` so every line about a source can be grepped the same way.
FIELDS = ("source_id", "url", "stage", "status", "elapsed_ms", "count", "error")


class KeyValueFormatter(logging.Formatter):
    """Format a record as `ts=... level=... logger=... msg="..." source_id=7 url=...`."""

    def format(self, record: logging.LogRecord) -> str:
        parts = [
            f"ts={time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(record.created))}Z",
            f"level={record.levelname.lower()}",
            f"logger={record.name}",
            f"msg={_quote(record.getMessage())}",
        ]
        for key in FIELDS:
            value = getattr(record, key, None)
            if value is not None:
                parts.append(f"{key}={_quote(str(value))}")
        if record.exc_info:
            parts.append(f"exc={_quote(self.formatException(record.exc_info))}")
        return " ".join(parts)


def _quote(value: str) -> str:
    """Quote a value when it holds spaces, quotes or newlines."""
    if value and not any(ch in value for ch in ' "=\n'):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
