"""A covering index for the home page's region blocks (portal.views.home).

The home page reads the newest 400 (id, county) pairs; with (status, -published_at) alone each
row costs a table lookup (~6 ms at 1M articles on SQLite), with county_id in the index none.
Raw SQL so news.models stays as it is; IF NOT EXISTS works on SQLite and PostgreSQL.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("news", "0002_articleband_articlesignature")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS article_status_pub_county ON news_article (status, published_at DESC, county_id)",
            "DROP INDEX IF EXISTS article_status_pub_county",
        ),
    ]
