"""The event rule: places, names, numbers and dates decide; template wording, chains and runaway feeds do not."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import Article, County, Source
from stories import cluster, event
from stories.cluster import cluster_article
from stories.models import ArticleSignature

AJOFM = (
    "Agenția Județeană pentru Ocuparea Forței de Muncă {county} anunță că angajatorii din județ au declarat "
    "{jobs} de locuri de muncă vacante. Cele mai multe posturi sunt pentru muncitori necalificați, operatori "
    "la mașini cu comandă numerică și lucrători comerciali. Persoanele interesate se pot prezenta la sediul "
    "agenției din {seat} sau la punctul de lucru din {town}."
)
FOG = (
    "Administrația Națională de Meteorologie a emis o informare de tip cod galben de ceață densă, valabilă în "
    "intervalul {hours}, pentru mai multe localități din județul Bacău. Sunt vizate zonele {places}. "
    "Vizibilitatea scade local sub 200 de metri, iar izolat sub 50 de metri. Șoferii sunt rugați să circule "
    "cu prudență."
)


@pytest.fixture
def outlets(reference_data):
    made = {}
    for slug in ("prahova", "dambovita", "bacau"):
        county = County.objects.get(slug=slug)
        made[slug] = [
            Source.objects.create(name=f"Ziar {slug} {i}", slug=f"ziar-{slug}-{i}", county=county) for i in range(3)
        ]
    return made


def make(source, n, title, text, hours=0.0, county=None):
    return Article.objects.create(
        source=source,
        url=f"https://ziar{source.pk}.example/{n}",
        title=title,
        text=text,
        lead=text[:200],
        word_count=len(text.split()),
        county=county or source.county,
        published_at=timezone.now() - timedelta(hours=hours),
    )


def test_it_reads_places_numbers_dates_and_names_but_not_template_words(reference_data):
    spec = event.specifics(
        "AJOFM Prahova caută oameni pentru 1.380 de locuri de muncă",
        "Bursa are loc pe 7 noiembrie la Câmpina, pe DN 1, spune directorul Ion Popescu.",
    )
    assert {"^prahova", "#1380", "#7/11", "!campina", "@dn1", "popescu"} <= spec.core
    assert not {"agentia", "ajofm", "fortei"} & spec.core


def test_it_keeps_one_release_for_two_counties_apart_and_its_copies_together(outlets):
    prahova = make(
        outlets["prahova"][0],
        1,
        "AJOFM Prahova caută oameni pentru 380 de locuri de muncă",
        AJOFM.format(county="Prahova", jobs=380, seat="Ploiești", town="Câmpina"),
        hours=3,
    )
    dambovita = make(
        outlets["dambovita"][0],
        2,
        "AJOFM Dâmbovița caută oameni pentru 390 de locuri de muncă",
        AJOFM.format(county="Dâmbovița", jobs=390, seat="Târgoviște", town="Moreni"),
        hours=2,
    )
    copy = make(
        outlets["prahova"][1],
        3,
        "380 de locuri de muncă vacante în Prahova",
        AJOFM.format(county="Prahova", jobs=380, seat="Ploiești", town="Câmpina") + " Sursa: AJOFM.",
        hours=1,
    )
    first, other, copied = (cluster_article(a) for a in (prahova, dambovita, copy))
    assert first.pk != other.pk
    assert copied.pk == first.pk


def test_it_keeps_the_same_warning_of_the_next_morning_apart(outlets):
    today = make(
        outlets["bacau"][0],
        1,
        "Cod galben de ceață densă în județul Bacău",
        FOG.format(hours="10:15 – 13:00", places="Bacău, Onești, Moinești și Comănești"),
        hours=22,
    )
    tomorrow = make(
        outlets["bacau"][0],
        2,
        "Cod galben de ceață densă în județul Bacău",
        FOG.format(hours="07:40 – 10:00", places="Bacău, Buhuși, Dărmănești și Podu Turcului"),
    )
    assert cluster_article(today).pk != cluster_article(tomorrow).pk


def test_it_never_grows_a_story_through_a_chain_of_weak_links(outlets):
    """A ≈ B and B ≈ C while A ≉ C: C does not join, because it is checked against the story's core (A)."""
    a_text = (
        "Consiliul Local Onești a aprobat joi bugetul de 120 de milioane de lei, cu bani pentru străzile "
        "din cartierul Slănic și pentru școala din satul Borzești, a anunțat primarul Victor Laiu. "
    ) * 2
    x_text = (
        "Separat, la Târgu Ocna, salina primește 300 de turiști pe zi după redeschiderea galeriei, spune "
        "administratorul Mihai Rusu, iar parcarea nouă are 90 de locuri. "
    ) * 2
    a = make(outlets["bacau"][0], 1, "Bugetul Oneștiului, aprobat", a_text, hours=3)
    b = make(outlets["bacau"][1], 2, "Două vești din județ", a_text + x_text, hours=2)
    c = make(outlets["bacau"][2], 3, "Salina de la Târgu Ocna", x_text * 2, hours=1)
    story = cluster_article(a)
    assert cluster_article(b).pk == story.pk
    assert cluster_article(c).pk != story.pk


def test_it_caps_a_story_and_reads_a_bounded_number_of_rows_for_a_runaway_feed(
    outlets, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(cluster, "STORY_CAP", 5)
    release = AJOFM.format(county="Bacău", jobs=250, seat="Bacău", town="Onești")
    stories = []
    for n in range(12):
        article = make(
            outlets["bacau"][n % 3], n, "Locuri de muncă la Bacău", release + f" Ediția {n}.", hours=1 - n / 100
        )
        with django_assert_max_num_queries(16):  # the same few indexed reads whatever the story's size
            stories.append(cluster_article(article, new=True).pk)
    sizes = {pk: stories.count(pk) for pk in stories}
    assert max(sizes.values()) <= 5 and len(sizes) >= 3


def test_it_places_bad_input_and_bounds_what_it_reads(outlets):
    empty = cluster_article(make(outlets["bacau"][0], 1, "Doar un titlu", ""))
    assert empty.article_count == 1
    huge = make(outlets["bacau"][1], 2, "Text uriaș", "Cuvânt după cuvânt, la Onești, 42 de oameni. " * 45_000)
    assert len(huge.text) > 2_000_000
    cluster_article(huge)
    signature = ArticleSignature.objects.get(article=huge)
    assert signature.shingle_count < cluster.SIGNATURE_CHARS  # hashed on the text's start only
    assert len(signature.title_words) < 2_000
    foreign = cluster_article(make(outlets["bacau"][2], 3, "The quick brown fox", "Jumps over the lazy dog. " * 50))
    assert foreign.article_count == 1
