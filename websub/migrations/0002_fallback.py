from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("websub", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="subscription",
            name="fallback_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="înapoi la citire obișnuită din"),
        ),
        migrations.AddField(
            model_name="subscription",
            name="fallback_reason",
            field=models.CharField(blank=True, max_length=300, verbose_name="motivul revenirii"),
        ),
    ]
