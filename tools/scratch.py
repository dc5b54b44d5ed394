"""A throw-away database for evaluation and benchmarks, so they never touch the real one."""

import contextlib

from django.db import connection


@contextlib.contextmanager
def scratch_database(sqlite_path: str | None = None):
    """Point the default connection at a fresh, migrated test database for the block's duration.

    On SQLite the database is in memory unless sqlite_path is given; on PostgreSQL it is the
    usual test database next to the configured one.
    """
    old_name = connection.settings_dict["NAME"]
    test_settings = connection.settings_dict.setdefault("TEST", {})
    old_test_name = test_settings.get("NAME")
    if sqlite_path and connection.vendor == "sqlite":
        test_settings["NAME"] = sqlite_path
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield connection
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        test_settings["NAME"] = old_test_name
