"""PostgreSQL: a TRUNCATE of the articles (Django's flush) empties the search index too.

Row triggers do not fire on TRUNCATE; without this, a flushed test database would keep the
index rows of articles that no longer exist. SQLite's flush deletes rows, which the row
triggers follow.
"""

from django.db import migrations

CREATE = [
    """CREATE FUNCTION search_articles_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE search_document;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER search_articles_truncated AFTER TRUNCATE ON news_article
        FOR EACH STATEMENT EXECUTE FUNCTION search_articles_truncated()""",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_articles_truncated ON news_article",
    "DROP FUNCTION IF EXISTS search_articles_truncated()",
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index")]
    operations = [migrations.RunPython(create, drop)]
