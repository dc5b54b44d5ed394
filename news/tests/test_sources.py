"""Source lists: the shipped defaults, TSV and OPML import and export, the demo network's roster."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ingest.tests.local_feeds import FeedServer
from news.models import Source
from news.sources import export_opml, import_specs, load_default_sources, read_file, read_opml, read_tsv

pytestmark = pytest.mark.django_db

TSV = (
    "name\thomepage\tfeed_url\tcounty\tconfidence\n"
    "Ziarul de Bacău\thttps://zb.invalid/\thttps://zb.invalid/feed/\tBacău\tseen\n"
    "Național\thttps://n.invalid/\thttps://n.invalid/rss\tnational\tseen\n"
    "Regional\thttps://r.invalid/\thttps://r.invalid/feed\tregional (Moldova)\tinferred\n"
)


def test_it_loads_the_default_sources_with_their_counties(reference_data):
    count = load_default_sources()
    assert count == Source.objects.count() > 190
    assert Source.objects.filter(kind=Source.KIND_INSTITUTION).count() == 10
    assert Source.objects.get(name="B365.ro").county.slug == "bucuresti"
    local = Source.objects.filter(county__isnull=False).values("county").distinct().count()
    assert local >= 40
    assert load_default_sources() == count and Source.objects.count() == count  # loading twice adds nothing


def test_it_imports_a_tsv_with_counties_and_national_outlets(reference_data):
    created, updated = import_specs(read_tsv(TSV))
    assert (created, updated) == (3, 0)
    assert Source.objects.get(name="Ziarul de Bacău").county.slug == "bacau"
    assert Source.objects.get(name="Național").county is None
    assert Source.objects.get(name="Regional").county is None
    assert import_specs(read_tsv(TSV)) == (0, 3)


def test_an_opml_export_imports_back_to_the_same_sources(reference_data):
    import_specs(read_tsv(TSV))
    Source.objects.filter(name="Național").update(sitemap_url="https://n.invalid/sitemap-news.xml")
    opml = export_opml()
    Source.objects.all().delete()
    import_specs(read_file(opml))
    assert Source.objects.count() == 3
    assert Source.objects.get(feed_url="https://zb.invalid/feed/").county.slug == "bacau"
    assert Source.objects.get(name="Național").sitemap_url == "https://n.invalid/sitemap-news.xml"


def test_a_source_can_carry_its_own_user_agent_and_polling_floor(reference_data):
    text = (
        "name\tfeed_url\tcounty\tuser_agent\tmin_interval\n"
        "Pretențios\thttps://p.invalid/feed\tCluj\tMozilla/5.0 (compatibil)\t1800\n"
    )
    import_specs(read_tsv(text))
    source = Source.objects.get()
    assert (source.user_agent, source.min_interval) == ("Mozilla/5.0 (compatibil)", 1800)
    opml = export_opml()
    Source.objects.all().delete()
    import_specs(read_file(opml))
    assert Source.objects.get().min_interval == 1800


def test_it_reads_the_opml_of_other_readers():
    specs = read_opml("""<?xml version="1.0"?><opml version="1.0"><body><outline text="Știri">
      <outline text="Ziar" type="rss" xmlUrl="https://z.invalid/rss" htmlUrl="https://z.invalid/"/>
      <outline text="Fără flux"/></outline></body></opml>""")
    assert [(s.name, s.feed_url) for s in specs] == [("Ziar", "https://z.invalid/rss")]


def test_a_broken_file_gives_a_clear_error():
    with pytest.raises(ValueError, match="sources:"):
        read_file("<opml><body><outline")
    with pytest.raises(ValueError, match="feed_url"):
        read_file("name\tcounty\nX\tAlba\n")


def test_an_entity_bomb_in_an_opml_file_is_refused():
    levels = ['<!ENTITY a0 "ha">'] + [f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10)]
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE opml [{"".join(levels)}]><opml><body>'
        '<outline text="&a9;" xmlUrl="https://z.invalid/rss"/></body></opml>'
    )
    with pytest.raises(ValueError, match="sources: not OPML"):
        read_opml(bomb)


def test_the_sources_command_imports_and_exports(tmp_path, reference_data):
    path = tmp_path / "surse.tsv"
    path.write_text(TSV, encoding="utf-8")
    out = StringIO()
    call_command("sources", "import", str(path), stdout=out)
    assert "adăugate: 3" in out.getvalue()
    out = StringIO()
    call_command("sources", "export", "--opml", stdout=out)
    assert out.getvalue().count("<outline") == 3 and 'county="bacau"' in out.getvalue()
    with pytest.raises(CommandError, match="cannot import"):
        call_command("sources", "import", str(tmp_path / "lipsă.tsv"))


def test_it_registers_the_outlets_of_a_demo_network(reference_data):
    server = FeedServer()
    try:
        roster = [
            {
                "slug": "ecoul-test",
                "name": "Ecoul Test",
                "homepage": server.url("/ecoul-test/"),
                "feed_url": server.url("/ecoul-test/feed/"),
                "county": "iasi",
                "kind": "outlet",
                "default_category": "sport",
            },
            {
                "slug": "agentia",
                "name": "Agenția",
                "feed_url": server.url("/agentia/rss.xml"),
                "county": None,
                "kind": "agency",
            },
        ]
        server.add("/_outlets.json", json.dumps(roster), content_type="application/json")
        out = StringIO()
        call_command("sources", "demo", "--base-url", server.base_url, stdout=out)
        assert "INGEST_ALLOWED_HOSTS=" + server.host in out.getvalue()
        outlet = Source.objects.get(slug="ecoul-test")
        assert outlet.county.slug == "iasi" and outlet.default_category.slug == "sport"
        assert Source.objects.get(slug="agentia").kind == Source.KIND_AGENCY
    finally:
        server.stop()


def test_the_hungarian_outlets_of_the_shipped_lists_declare_hungarian(reference_data):
    load_default_sources()
    hungarian = Source.objects.filter(language="hu")
    assert hungarian.filter(name__startswith="Székelyhon").exists()
    assert hungarian.filter(name__startswith="Kolozsvári Rádió").exists()
    assert not hungarian.filter(name__startswith="Adevărul").exists()


def test_a_demo_outlet_declares_its_language_and_a_malformed_one_is_ignored(reference_data):
    from news.sources import read_demo_outlets

    import_specs(
        read_demo_outlets(
            [
                {"slug": "csiki", "name": "Csíki", "feed_url": "http://d.invalid/csiki/feed/", "language": "hu"},
                {"slug": "rau", "name": "Rău", "feed_url": "http://d.invalid/rau/feed/", "language": "hu'><x"},
            ]
        )
    )
    assert Source.objects.get(slug="csiki").language == "hu"
    assert Source.objects.get(slug="rau").language == "ro"
