"""Story clustering: duplicates, syndicated copies, the same event, and the story's counts."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import Article, County, Source
from stories.cluster import cluster_article
from stories.models import ArticleBand

AGENCY = (
    "Consiliul Județean Bacău a aprobat joi bugetul pentru anul viitor, în valoare de 900 de milioane "
    "de lei, cu o creștere de 12 la sută a sumelor pentru drumurile județene. Președintele consiliului a "
    "declarat că cele mai mari investiții merg spre modernizarea drumului dintre Onești și Comănești "
    "și spre noul ambulatoriu al spitalului județean. Opoziția a criticat lipsa fondurilor pentru "
    "transportul școlar și a votat împotrivă, dar proiectul a trecut cu 22 de voturi."
)
OTHER = (
    "Echipa de handbal a orașului a câștigat derbiul cu rivala din județul vecin după un meci "
    "spectaculos, încheiat cu scorul de 31 la 29. Antrenorul a lăudat apărarea și portarul, care a "
    "apărat trei aruncări de la șapte metri în ultimele minute ale partidei jucate în sala sporturilor."
)


@pytest.fixture
def outlets(reference_data):
    county = County.objects.get(slug="bacau")
    return [Source.objects.create(name=f"Ziar {i}", slug=f"ziar-{i}", county=county) for i in range(4)]


def make(source, n, title, text, hours=0, **extra):
    return Article.objects.create(
        source=source,
        url=f"https://ziar{source.pk}.example/{n}",
        title=title,
        text=text,
        lead=text[:200],
        word_count=len(text.split()),
        county=source.county,
        published_at=timezone.now() - timedelta(hours=hours),
        **extra,
    )


def test_it_folds_a_syndicated_copy_into_the_agency_story(outlets):
    first = make(outlets[0], 1, "Bugetul județului, aprobat", AGENCY)
    copy_text = AGENCY.replace("joi", "în ședința de joi").replace("Opoziția", "Consilierii opoziției")
    copy = make(outlets[1], 2, "Bani mai mulți pentru drumuri", copy_text + " Citiți și alte știri.")
    story = cluster_article(first)
    assert cluster_article(copy).pk == story.pk
    story.refresh_from_db()
    assert (story.article_count, story.source_count) == (2, 2)


def test_it_keeps_unrelated_stories_apart(outlets):
    a = cluster_article(make(outlets[0], 1, "Bugetul județului, aprobat", AGENCY))
    b = cluster_article(make(outlets[1], 2, "Victorie la handbal", OTHER))
    assert a.pk != b.pk


def test_it_groups_the_same_event_told_in_other_words(outlets):
    a = cluster_article(
        make(
            outlets[0],
            1,
            "Incendiu puternic la fabrica de mobilă din Onești",
            "Pompierii din Onești au intervenit cu 4 autospeciale la hala firmei Lemnaria, "
            "unde 35 de angajați au fost evacuați. Comandantul Mihai Bejan spune că pagubele "
            "trec de 200.000 de lei.",
        )
    )
    b = cluster_article(
        make(
            outlets[1],
            2,
            "Fabrica Lemnaria din Onești, cuprinsă de flăcări",
            "Flăcările au mistuit o parte din hala Lemnaria: 35 de oameni au ieșit la timp, "
            "iar Mihai Bejan, de la ISU, estimează pagube de 200.000 de lei. Au venit 4 echipaje.",
            hours=3,
        )
    )
    unrelated = cluster_article(
        make(
            outlets[2],
            3,
            "Concurs de șah la Casa de Cultură din Onești",
            "Clubul Rocada a adunat 60 de copii; câștigătorul, Andrei Toma, are 11 ani.",
            hours=2,
        )
    )
    assert a.pk == b.pk != unrelated.pk


def test_it_does_not_group_the_same_words_outside_the_time_window(outlets):
    title = "Incendiu puternic la fabrica de mobilă din Onești"
    a = cluster_article(make(outlets[0], 1, title, "Pompierii au stins un incendiu la fabrica de mobilă."))
    b = cluster_article(
        make(outlets[1], 2, title, "Flăcările au cuprins din nou hala, la cinci zile după primul foc.", hours=24 * 5)
    )
    assert a.pk != b.pk


def test_it_joins_an_exact_duplicate_by_fingerprint(outlets):
    a = cluster_article(make(outlets[0], 1, "Titlu", "Scurt.", fingerprint="abc"))
    b = cluster_article(make(outlets[1], 2, "Alt titlu", "Cu totul altceva.", fingerprint="abc"))
    assert a.pk == b.pk


def test_it_prefers_the_own_newsroom_then_an_outlet_of_the_county_then_the_earliest(outlets):
    agency = Source.objects.create(name="Agenția", slug="agentia")  # no county: a national outlet
    first = make(agency, 1, "Bugetul județului, aprobat", AGENCY, hours=5)
    story = cluster_article(first)
    local = make(outlets[1], 2, "Bugetul, pe larg", AGENCY + " " + OTHER, hours=4)
    cluster_article(local)
    story.refresh_from_db()
    assert story.representative_id == local.pk  # an outlet of Bacău, the story's county
    later = make(outlets[2], 3, "Bugetul, încă o dată", AGENCY + " Citiți și alte știri.", hours=1)
    cluster_article(later)
    story.refresh_from_db()
    assert story.representative_id == local.pk  # a later copy does not move the story's place in lists
    own = make(outlets[3], 4, "Bugetul județului, explicat de redacție", AGENCY, is_own=True)
    cluster_article(own)
    story.refresh_from_db()
    assert story.representative_id == own.pk and story.article_count == 4


def test_it_stores_band_keys_and_recomputes_them_when_clustered_again(outlets):
    article = make(outlets[0], 1, "Bugetul județului, aprobat", AGENCY)
    first = cluster_article(article)
    assert cluster_article(article).pk == first.pk
    assert ArticleBand.objects.filter(article=article).count() == 16
