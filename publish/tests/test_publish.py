"""Publishing pages as files: what is written, what a change redoes, what a crash leaves."""

import gzip
import os

import brotli
import pytest

from news.models import Article
from portal.tests.conftest import make_article
from publish import files, pages
from publish.publisher import Publisher, read_state

pytestmark = pytest.mark.django_db


SECTIONS = [*pages.SITE_WIDE, *pages.FIXED, "/bacau/", "/bacau/rss/", "/bacau/actualitate/", "/bacau/sport/"]


@pytest.fixture
def publisher(tmp_path, settings, monkeypatch):
    settings.PUBLISH_DIR = str(tmp_path / "pub")
    # The 42 counties' ~900 section pages take a minute to render here: a few stand for them.
    monkeypatch.setattr(pages, "section_pages", lambda: [*SECTIONS, "/categorie/actualitate/"])
    return Publisher(tmp_path / "pub", articles=50)


def page(publisher, path):
    return files.file_for(publisher.root, path)


def test_every_section_is_listed():
    found = pages.section_pages()
    assert len(found) == len(set(found)) > 42 * 3 and {"/bacau/", "/bacau/sport/", "/categorie/sport/rss/"} <= set(
        found
    )


def test_file_names_follow_the_addresses(tmp_path):
    assert files.file_for(tmp_path, "/") == tmp_path / "index.html"
    assert files.file_for(tmp_path, "/bacau/sport/") == tmp_path / "bacau/sport/index.html"
    assert files.file_for(tmp_path, "/bacau/rss/") == tmp_path / "bacau/rss/index.xml"
    assert files.file_for(tmp_path, "/sitemap-stiri.xml") == tmp_path / "sitemap-stiri.xml"
    for unsafe in ("/../etc/", "/a b/", "/cauta/?q=x", "/x" * 200 + "/"):
        assert files.file_for(tmp_path, unsafe) is None
    assert {files.file_for(tmp_path, p) for p in ("/bacau/", "/rss/", "/sitemap.xml")} == {
        tmp_path / p for p in ("bacau/index.html", "rss/index.xml", "sitemap.xml")
    }


def test_everything_is_published_with_siblings_that_agree(publisher):
    article = make_article(title="Podul de la Letea se redeschide")
    queued = publisher.start()
    publisher.drain()
    assert queued == len(SECTIONS) + 2  # with the category and the article
    for path in ("/", "/bacau/", "/bacau/actualitate/", "/categorie/actualitate/", "/rss/", article.get_absolute_url()):
        target = page(publisher, path)
        body = target.read_bytes()
        assert gzip.decompress(target.with_name(target.name + ".gz").read_bytes()) == body
        assert brotli.decompress(target.with_name(target.name + ".br").read_bytes()) == body
        assert files.agrees(target)
    assert "Podul de la Letea" in page(publisher, "/bacau/").read_text()
    assert sorted(files.published(publisher.root)) == sorted(set(files.published(publisher.root)))
    assert article.get_absolute_url() in set(files.published(publisher.root))


def test_a_batch_shows_new_articles_and_removes_hidden_ones(publisher):
    kept = make_article(title="Consiliul județean votează bugetul")
    publisher.start()
    publisher.drain()
    fresh = make_article(title="Inundații pe valea Trotușului", county="bacau", category="sport")
    hidden_path = kept.get_absolute_url()
    Article.objects.filter(pk=kept.pk).update(status=Article.HIDDEN)  # a bulk action: no save signal
    publisher.batch()
    assert not page(publisher, hidden_path).exists()
    assert not page(publisher, hidden_path).with_name("index.html.gz").exists()
    county = page(publisher, "/bacau/").read_text()
    assert "Inundații pe valea Trotușului" in county and "Consiliul județean votează" not in county
    assert "Inundații" in page(publisher, "/bacau/sport/").read_text()
    assert not page(publisher, fresh.get_absolute_url()).exists()  # its own page comes right after the lists
    publisher.follow_up(60)
    assert "Inundații pe valea" in page(publisher, "/bacau/rss/").read_text()
    assert page(publisher, fresh.get_absolute_url()).exists()  # right after the lists
    assert read_state(publisher.root)["lag_samples"] == 1


def test_one_batch_renders_each_touched_page_once(publisher, monkeypatch):
    publisher.start()
    publisher.drain()
    for n in range(5):
        make_article(title=f"Știre de test {n}", county="bacau", category="sport")
    rendered = []
    real = publisher.publish
    monkeypatch.setattr(publisher, "publish", lambda path: rendered.append(path) or real(path))
    publisher.batch()
    assert "/bacau/" in rendered and "/bacau/sport/" in rendered and "/" in rendered
    assert "/bacau/rss/" not in rendered and "/bacau/rss/" in publisher.soon  # right after the batch
    publisher.follow_up(60)
    assert len(rendered) == len(set(rendered)) and "/bacau/rss/" in rendered and not publisher.soon


def test_unchanged_pages_are_not_rewritten(publisher):
    make_article()
    publisher.start()
    publisher.drain()
    target = page(publisher, "/judete/")
    stamp = target.stat().st_mtime_ns
    publisher.publish("/judete/")
    assert target.stat().st_mtime_ns == stamp
    assert publisher.batch() == 0  # nothing changed: nothing redone


def test_a_crash_mid_publish_leaves_the_previous_page(publisher):
    """The writer is killed between renames (the siblings new, the page not yet): the page stays whole."""
    target = publisher.root / "bacau" / "index.html"
    files.write_page(target, b"<p>vechi</p>")
    pid = os.fork()
    if pid == 0:  # the publisher, killed at its last rename
        real = os.replace

        def dying(source, final):
            if str(final) == str(target):
                os._exit(9)
            real(source, final)

        files.os.replace = dying
        files.write_page(target, b"<p>nou</p>")
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 9
    assert target.read_bytes() == b"<p>vechi</p>"
    assert any(name.startswith(files.TEMP_PREFIX) for name in os.listdir(target.parent))
    assert files.clean_temporaries(publisher.root) >= 1  # the next start
    assert not any(name.startswith(files.TEMP_PREFIX) for name in os.listdir(target.parent))
    assert files.agrees(target) and target.read_bytes() == b"<p>vechi</p>"


def test_an_error_mid_write_keeps_page_and_siblings_in_agreement(tmp_path, monkeypatch):
    target = tmp_path / "x" / "index.html"
    files.write_page(target, b"<p>vechi</p>")
    real = os.replace
    monkeypatch.setattr(files.os, "replace", lambda s, f: (_ for _ in ()).throw(OSError) if f == target else real(s, f))
    with pytest.raises(OSError):
        files.write_page(target, b"<p>nou</p>")
    assert target.read_bytes() == b"<p>vechi</p>" and files.agrees(target)
    assert os.listdir(target.parent) == ["index.html"]


def test_lists_readers_open_first_are_redone_first():
    first, later = pages.split(["/", "/bacau/", "/bacau/sport/", "/bacau/onesti/", "/bacau/rss/", "/categorie/sport/",
                                "/categorie/sport/atom/", "/subiect/3/", "/sitemap-stiri.xml", "/recente/"])  # fmt: skip
    assert first == ["/", "/bacau/", "/bacau/sport/", "/categorie/sport/", "/recente/"]
    assert later == ["/bacau/onesti/", "/bacau/rss/", "/categorie/sport/atom/", "/sitemap-stiri.xml", "/subiect/3/"]


def test_touched_pages_of_an_article():
    row = pages.Row("s", "bacau", "sport", 7, ())
    touched = pages.touched([row], {"neamt"})
    assert {"/", "/bacau/", "/bacau/sport/", "/categorie/sport/", "/subiect/7/", "/neamt/", "/bacau/rss/"} <= touched
    assert "/iasi/" not in touched


def test_stats_report_the_directory(publisher, settings):
    from publish.apps import PublishConfig

    make_article()
    publisher.start()
    publisher.drain()
    found = PublishConfig.stats(None)["published"]
    assert found["enabled"] and found["pages"] > 10 and found["bytes"] > found["pages"] * 1000
    settings.PUBLISH_DIR = ""
    assert PublishConfig.stats(None) == {"published": {"enabled": False}}


def test_an_article_pushed_out_of_the_window_loses_its_file_not_its_lists(publisher, monkeypatch):
    old = make_article(title="Știre mai veche", minutes_ago=50)
    publisher.limit = 1
    publisher.start()
    publisher.drain()
    assert page(publisher, old.get_absolute_url()).exists()
    make_article(title="Știre mai nouă", minutes_ago=5, county="iasi")
    rendered = []
    real = publisher.publish
    monkeypatch.setattr(publisher, "publish", lambda path: rendered.append(path) or real(path))
    publisher.batch()
    assert not page(publisher, old.get_absolute_url()).exists()  # beyond PUBLISH_ARTICLES: Gazeta serves it
    assert "/iasi/" in rendered and "/bacau/" not in rendered
