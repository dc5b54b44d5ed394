import json

from django.core.management import call_command

from news.models import Article, County, Source


def test_it_prints_counts_as_json(reference_data, capsys):
    bacau = County.objects.get(code="BC")
    ok = Source.objects.create(name="Bun", slug="bun", county=bacau)
    Source.objects.create(name="Stricat", slug="stricat", error_count=3, last_error="fetch: HTTP 500")
    Article.objects.create(source=ok, url="https://e.ro/1", title="1", county=bacau)
    Article.objects.create(source=ok, url="https://e.ro/2", title="2")

    call_command("stats", "--json")
    stats = json.loads(capsys.readouterr().out)

    assert stats["counties"] == 42 and stats["localities"] >= 13_000 and stats["categories"] == 14
    assert stats["sources"] == 2 and stats["articles"] == 2
    assert stats["articles_per_county"]["bacau"] == 1 and stats["articles_per_county"]["iasi"] == 0
    assert stats["articles_without_county"] == 1
    assert [s["name"] for s in stats["sources_in_error"]] == ["Stricat"]
    assert stats["sources_in_error"][0]["last_error"] == "fetch: HTTP 500"
