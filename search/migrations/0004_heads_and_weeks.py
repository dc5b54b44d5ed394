"""Rebuild the search index with each match's head (folded title and lead) and, on
PostgreSQL, week tags: ranking reads the index rows alone, and a query for words that are
not common reads the matches of the newest weeks only (see search.backends).

0001 creates the index the current code defines, so on a new database this drops and
recreates an empty index; on an older one it re-indexes every article (about as long as
the index's share of `gazeta generate`). Going back leaves the current index in place:
0001's reversal removes it.
"""

from django.db import migrations

from search.schema_state import article_table_ready


def recreate(apps, schema_editor):
    if not article_table_ready(schema_editor.connection):
        return  # 0005 builds the index once news_article has every column it reads
    if schema_editor.connection.vendor == "postgresql":
        from search.backends import postgres as module
        from search.backends.postgres import PostgresBackend as Backend
    else:
        from search.backends import sqlite as module
        from search.backends.sqlite import SqliteBackend as Backend
    for statement in module.DROP + module.CREATE:
        schema_editor.execute(statement, params=None)
    Backend().rebuild()


class Migration(migrations.Migration):
    dependencies = [("search", "0003_statistics")]
    operations = [migrations.RunPython(recreate, migrations.RunPython.noop)]
