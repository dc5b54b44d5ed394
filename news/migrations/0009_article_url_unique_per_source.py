"""Article URLs are unique per source (issue 11): a feed may no longer overwrite another outlet's article."""

from django.db import migrations, models

from lib.triggers import keep_triggers

# Rebuilding news_article on SQLite would trip over (and lose) search's triggers: kept around it.
SET_ASIDE, RESTORE = keep_triggers("news_article")


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0008_desk_county_settings"),
    ]

    operations = [
        SET_ASIDE,
        migrations.AlterField(
            model_name="article",
            name="url",
            field=models.URLField(max_length=1000, verbose_name="adresă canonică"),
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.UniqueConstraint(fields=("source", "url"), name="article_unique_url_per_source"),
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.UniqueConstraint(
                condition=models.Q(("source__isnull", True)), fields=("url",), name="article_unique_own_url"
            ),
        ),
        RESTORE,
    ]
