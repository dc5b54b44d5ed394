"""ArticleSignature and ArticleBand now belong to the stories app: removed from this app's state
only. Their tables (news_articlesignature, news_articleband) and rows stay where they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0006_romanian_field_names"),
        ("stories", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ArticleBand"),
                migrations.DeleteModel(name="ArticleSignature"),
            ],
            database_operations=[],
        ),
    ]
