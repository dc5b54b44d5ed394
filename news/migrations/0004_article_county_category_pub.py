"""An index for the county category pages (/bacau/sport/, portal.views.category).

Without it the page walks the category's (status, -published_at) index and looks up each
row's county: ~42 rows read per row shown, and the whole category for a deep or empty page
(93 ms for /bacau/sport/?pagina=250 at 1M articles on SQLite). Raw SQL so news.models stays
as it is; IF NOT EXISTS works on SQLite and PostgreSQL.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("news", "0003_article_status_pub_county")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS article_county_category_pub "
            "ON news_article (county_id, category_id, status, published_at DESC)",
            "DROP INDEX IF EXISTS article_county_category_pub",
        ),
    ]
