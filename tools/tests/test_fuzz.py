"""No 5xx from anything a reader can put in a URL (issue 11, finding 6).

First the values that broke pages, then hypothesis over every public URL pattern and parameter.
The number of requests comes from the hypothesis profile (root conftest.py): "ci" sends 1,000,
HYPOTHESIS_PROFILE=fuzz sends 10,000 (half of them with a junk session cookie).
"""

from datetime import date
from decimal import Decimal

import pytest
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tools import fuzz

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(reference_data, settings):
    """A few articles, a story, an author and a day of exchange rates; no rate limits in the way."""
    from news.models import Source
    from portal.tests.conftest import make_article, make_author, make_source, make_story
    from widgets.models import ExchangeRate

    settings.SEARCH_RATE_LIMIT = 0
    settings.PAGE_RATE_LIMIT = 0
    source = make_source("Ziarul de Test", "bacau", policy=Source.POLICY_FULL)
    first = make_article("Podul de la Bacău se redeschide", source=source)
    make_story([first, make_article("Podul se redeschide azi", source=make_source("Alt ziar", "bacau"))])
    make_article("Articol propriu din Cluj", county="cluj", is_own=True, author=make_author())
    ExchangeRate.objects.create(date=date(2026, 6, 16), currency="EUR", value=Decimal("5.0761"))
    return fuzz.known_values()


BROKE_BEFORE = [
    "/recente/?pagina=%C2%B2",
    "/bacau/?pagina=%C2%B2",
    "/cauta/?q=cluj&pagina=%C2%B2",
    "/cauta/?q=cluj&de_la=0001-01-01",
    "/cauta/?q=cluj&pana_la=9999-12-31",
    "/cauta/?q=cluj&de_la=0001-01-01&pana_la=0001-01-01",
    "/recente/?pagina=99999999999999999999999",
    "/recente/?pagina=-1",
    "/cauta/?q=%00",
    "/cauta/?q=a%00b",
    "/cauta/?q=%ZZ%C3",
    "/bacau/?pagina=%",
    "/articol/99999999999999999999999/x/",
    "/subiect/99999999999999999999999/",
    "/articol/9223372036854775808/x/",
    "/curs-valutar/?suma=1e999999&moneda=EUR&directie=in-lei",
    "/curs-valutar/?suma=99999999999&moneda=EUR&directie=din-lei",
    "/curs-valutar/?suma=%00&moneda=%00",
    "/categorie/%C3/",
    "/cauta/?q=" + "%C8%99" * 5000,
    "/cauta/?q=NEAR(&judet=%00",
    "/sitemap-%00.xml",
    "/sitemap-stiri.xml?p=-1",
    "/sitemap-articole.xml?p=99999999999999999999",
    "/sitemap-articole.xml?p=%C2%B2",
]


@pytest.mark.parametrize("url", BROKE_BEFORE)
def test_query_values_that_broke_pages_give_no_server_error(world, url):
    path, _, query = url.partition("?")
    assert fuzz.send(Client(raise_request_exception=True), path, query) < 500


def test_the_fuzzer_covers_every_public_pattern():
    patterns = {route.pattern for route in fuzz.public_routes()}
    for expected in (
        "",
        "recente/",
        "cauta/",
        "curs-valutar/",
        "radio/",
        "articol/<int:pk>/<slug:slug>/",
        "sitemap-<section>.xml",
        "<slug:county_slug>/<slug:slug>/",
        "healthz",
        "metrics",
    ):
        assert expected in patterns
    assert not any(pattern.startswith("admin") for pattern in patterns)


SENT = []


def segment(converter: str, known: dict):
    return st.one_of(
        st.sampled_from(known.get(converter) or ["x"]),
        st.sampled_from(fuzz.SEGMENT_HOSTILE),
        st.text(max_size=40),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
    )


VALUES = st.one_of(
    st.sampled_from(fuzz.HOSTILE),
    st.text(max_size=80),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.dates().map(date.isoformat),
    st.floats().map(str),
)


@st.composite
def requests(draw, routes, known):
    route = draw(st.sampled_from(routes))
    values = {part[1]: draw(segment(part[0], known)) for part in route.parts if not isinstance(part, str)}
    pairs = draw(
        st.lists(st.tuples(st.one_of(st.sampled_from(fuzz.PARAMETERS), st.text(max_size=12)), VALUES), max_size=4)
    )
    raw = draw(st.sampled_from(["", *fuzz.RAW_QUERIES]))
    return route.fill(values), fuzz.query_string(pairs, raw)


@pytest.mark.slow
def test_no_public_url_or_parameter_gives_a_server_error(world):
    client, routes = Client(raise_request_exception=True), fuzz.public_routes()
    SENT.clear()

    @hypothesis_settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(request=requests(routes, world))
    def check(request):
        path, query = request
        for cookie in ("", "sessionid=x; csrftoken=y"):  # a junk cookie must not reach other code paths
            status = fuzz.send(client, path, query, cookie)
            SENT.append(status)
            assert status < 500, (path, query, cookie)

    check()
    examples = hypothesis_settings.default.max_examples
    assert len(SENT) >= 2 * examples * 0.9, len(SENT)  # nearly every example ran both requests
