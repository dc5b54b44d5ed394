"""Triggers kept across a SQLite table rebuild (what Django does to alter a column there)."""

import pytest
from django.db import OperationalError, connection, transaction

from lib.triggers import keep_triggers

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only"),
]

SETUP = [
    "CREATE TABLE kt_main (id INTEGER PRIMARY KEY, v TEXT)",
    "CREATE TABLE kt_other (id INTEGER PRIMARY KEY)",
    "CREATE TABLE kt_log (v TEXT)",
    "CREATE TRIGGER kt_main_insert AFTER INSERT ON kt_main BEGIN INSERT INTO kt_log VALUES (NEW.v); END",
    "CREATE TRIGGER kt_other_insert AFTER INSERT ON kt_other BEGIN "
    "INSERT INTO kt_log SELECT 'other:' || v FROM kt_main WHERE id = NEW.id; END",
]
REBUILD = [  # Django's SQLite schema editor: new table, copy, drop the old, rename the new into place
    "CREATE TABLE new__kt_main (id INTEGER PRIMARY KEY, v TEXT NOT NULL DEFAULT '')",
    "INSERT INTO new__kt_main (id, v) SELECT id, v FROM kt_main",
    "DROP TABLE kt_main",
    "ALTER TABLE new__kt_main RENAME TO kt_main",
]


def run(cursor, statements):
    for statement in statements:
        cursor.execute(statement)


@pytest.fixture
def tables():
    yield
    with connection.cursor() as cursor:
        run(cursor, [f"DROP TABLE IF EXISTS {name}" for name in ("kt_main", "new__kt_main", "kt_other", "kt_log")])


def test_a_rebuild_fails_without_and_keeps_every_trigger_with_it(tables):
    with connection.schema_editor(atomic=False) as editor, connection.cursor() as cursor:
        run(cursor, SETUP)
        with pytest.raises(OperationalError, match="kt_other_insert"), transaction.atomic():
            run(cursor, REBUILD)  # rolled back
        before, after = keep_triggers("kt_main")
        before.code(None, editor)
        run(cursor, REBUILD)
        after.code(None, editor)
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kt_%' ORDER BY name")
        assert [row[0] for row in cursor.fetchall()] == ["kt_main_insert", "kt_other_insert"]
        cursor.execute("INSERT INTO kt_main (id, v) VALUES (1, 'unu')")
        cursor.execute("INSERT INTO kt_other (id) VALUES (1)")
        cursor.execute("SELECT v FROM kt_log ORDER BY rowid")
        assert [row[0] for row in cursor.fetchall()] == ["unu", "other:unu"]
