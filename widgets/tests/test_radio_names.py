"""Station names readers see are Romanian, also in databases loaded before a rename."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from widgets.radio import read_rows

ENGLISH_WORDS = {"legacy", "stream", "live", "backup"}


def test_the_default_station_names_hold_no_english_words():
    words = {w.strip("()").lower() for row in read_rows() for w in row["name"].split()}
    assert not words & ENGLISH_WORDS


@pytest.mark.django_db(transaction=True)
def test_the_migration_renames_the_station_loaded_under_its_english_name():
    executor = MigrationExecutor(connection)
    executor.migrate([("widgets", "0001_initial")])
    old_apps = executor.loader.project_state([("widgets", "0001_initial")]).apps
    Station = old_apps.get_model("widgets", "RadioStation")
    Station.objects.create(
        name="Radio România Actualități (legacy Shoutcast)",
        slug="radio-romania-actualitati-legacy-shoutcast",
        stream_url="http://stream2.srr.ro:8002/;",
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    from widgets.models import RadioStation

    renamed = RadioStation.objects.get(stream_url="http://stream2.srr.ro:8002/;")
    assert (renamed.slug, renamed.name) == (
        "radio-romania-actualitati-flux-shoutcast",
        "Radio România Actualități (flux Shoutcast)",
    )
