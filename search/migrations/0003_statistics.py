"""PostgreSQL: track the 10,000 most common lexemes, so a word missing from them is rare.

search.backends.postgres.has_rare_lexeme reads these statistics to send queries with a rare
word to the GIN posting lists; the default target (100) lists too few lexemes for "not
listed" to mean "rare".
"""

from django.db import migrations

from search.schema_state import index_exists


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql" and index_exists(schema_editor.connection):
        schema_editor.execute("ALTER TABLE search_document ALTER COLUMN document SET STATISTICS 1000")
        schema_editor.execute("ANALYZE search_document")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_document ALTER COLUMN document SET STATISTICS -1")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_truncate")]
    operations = [migrations.RunPython(create, drop)]
