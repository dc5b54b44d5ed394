"""Rebuild the search index with each article's language (Hungarian stems for Hungarian
articles: `gazeta_hu` on PostgreSQL, search.stem_hu on SQLite) and the Romanian names of its
places (geo_places), so that 'Csíkszereda' and 'Miercurea Ciuc' find the same articles (issue 21).

Like 0004: drops and recreates the index the current code defines and re-indexes every article.
"""

from django.db import migrations


def recreate(apps, schema_editor):
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
    dependencies = [("search", "0004_heads_and_weeks"), ("news", "0014_article_language")]
    operations = [migrations.RunPython(recreate, migrations.RunPython.noop)]
