"""Datetimes across raw SQL, converted as the ORM converts them (the hot paths skip the ORM)."""

from django.db import connection


def to_db(value):
    """Return a datetime as the database takes it in a raw query."""
    return connection.ops.adapt_datetimefield_value(value)


def from_db(value):
    """Return a datetime read by a raw query as the ORM would give it (SQLite's come back naive)."""
    convert = getattr(connection.ops, "convert_datetimefield_value", None)  # SQLite's backend has one
    return convert(value, None, connection) if convert else value
