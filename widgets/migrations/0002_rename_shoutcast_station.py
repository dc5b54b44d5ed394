"""The second Radio România Actualități stream is named in Romanian; rename the row loaded before."""

from django.db import migrations

OLD = ("radio-romania-actualitati-legacy-shoutcast", "Radio România Actualități (legacy Shoutcast)")
NEW = ("radio-romania-actualitati-flux-shoutcast", "Radio România Actualități (flux Shoutcast)")


def rename(apps, schema_editor):
    station = apps.get_model("widgets", "RadioStation")
    # Only the default name: an operator who renamed the station keeps their name.
    if not station.objects.filter(slug=NEW[0]).exists():
        station.objects.filter(slug=OLD[0], name=OLD[1]).update(slug=NEW[0], name=NEW[1])


class Migration(migrations.Migration):
    dependencies = [("widgets", "0001_initial")]
    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
