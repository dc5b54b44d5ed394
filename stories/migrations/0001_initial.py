"""ArticleSignature and ArticleBand join this app by state only: their tables stay as they are."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("news", "0006_romanian_field_names"),
    ]

    state_operations = [
        migrations.CreateModel(
            name="ArticleBand",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.BigIntegerField(db_index=True)),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="bands", to="news.article"
                    ),
                ),
            ],
            options={"db_table": "news_articleband"},
        ),
        migrations.CreateModel(
            name="ArticleSignature",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="signature",
                        serialize=False,
                        to="news.article",
                    ),
                ),
                ("minhash", models.BinaryField(blank=True)),
                ("shingle_count", models.PositiveIntegerField(default=0)),
                ("title_words", models.TextField(blank=True)),
                ("county_slug", models.CharField(blank=True, max_length=40)),
                ("published_at", models.DateTimeField(db_index=True)),
            ],
            options={
                "db_table": "news_articlesignature",
                "indexes": [models.Index(fields=["county_slug", "published_at"], name="signature_county_pub")],
            },
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations, database_operations=[]),
    ]
