"""Keep SQLite triggers across a migration that rebuilds a table.

Django alters most SQLite columns by building a new table, dropping the old one and renaming
the new one into place. The old table's own triggers go with it, and SQLite refuses the rename
while a trigger on another table names the table being replaced ("error in trigger ...: no
such table: main.news_article"). Full-text search keeps its index current with such triggers,
so a migration that rebuilds a table they watch wraps its operations in keep_triggers(table):
the triggers that mention it are set aside before and created again, unchanged, after.
"""

import re

from django.db import migrations

_kept: dict[str, list[tuple[str, str]]] = {}  # table -> [(trigger name, its CREATE statement)], per migrate run


def _mentions(sql: str, table: str) -> bool:
    return re.search(rf"\b{re.escape(table)}\b", sql or "") is not None


def keep_triggers(table: str) -> tuple[migrations.RunPython, migrations.RunPython]:
    """Return the operations to put before and after those that rebuild `table` (SQLite only)."""

    def set_aside(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            found = [(name, sql) for name, sql in cursor.fetchall() if _mentions(sql, table)]
            for name, _ in found:
                cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        _kept[table] = found

    def restore(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        with schema_editor.connection.cursor() as cursor:
            for name, sql in _kept.pop(table, []):
                cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')
                cursor.execute(sql)

    return (
        migrations.RunPython(set_aside, restore, elidable=False),
        migrations.RunPython(restore, set_aside, elidable=False),
    )
