"""Ad code is the operator's (issue 11): the CSP origins of ad networks leave the admin for ADS_SCRIPT_ORIGINS."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("widgets", "0002_rename_shoutcast_station"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="adslot",
            options={
                "ordering": ["position", "name"],
                "permissions": [("change_ad_code", "Poate schimba codul rețelelor de publicitate de pe pagini")],
                "verbose_name": "spațiu publicitar",
                "verbose_name_plural": "spații publicitare",
            },
        ),
        migrations.RemoveField(
            model_name="adslot",
            name="csp_sources",
        ),
        migrations.AlterField(
            model_name="adslot",
            name="snippet",
            field=models.TextField(
                blank=True,
                help_text="Codul HTML dat de rețeaua de publicitate. Scripturile se încarcă doar de pe originile stabilite de operator în ADS_SCRIPT_ORIGINS; scripturile inline și atributele on… sunt refuzate.",
                verbose_name="cod rețea",
            ),
        ),
    ]
