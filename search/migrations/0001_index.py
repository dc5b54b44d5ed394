"""The search index of each database vendor: FTS5 + triggers, or tsvector + GIN + triggers."""

from django.db import migrations

from search.schema_state import article_table_ready


def create(apps, schema_editor):
    if not article_table_ready(schema_editor.connection):
        return  # 0005 builds the index once news_article has every column it reads
    for statement in _backend(schema_editor).CREATE:
        schema_editor.execute(statement, params=None)


def drop(apps, schema_editor):
    for statement in _backend(schema_editor).DROP:
        schema_editor.execute(statement, params=None)


def _backend(schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from search.backends import postgres

        return postgres
    from search.backends import sqlite

    return sqlite


def fill(apps, schema_editor):
    """Index the articles that exist already."""
    from search.backends.postgres import PostgresBackend
    from search.backends.sqlite import SqliteBackend

    if not article_table_ready(schema_editor.connection):
        return
    backend = PostgresBackend() if schema_editor.connection.vendor == "postgresql" else SqliteBackend()
    backend.rebuild()


class Migration(migrations.Migration):
    dependencies = [("news", "0002_articleband_articlesignature")]
    operations = [
        migrations.RunPython(create, drop),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
