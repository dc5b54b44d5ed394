"""The page cache cannot be bypassed by anonymous readers (issue 11, finding 5).

It keys on the path and the view's known parameters; junk parameters and cookies that are not a
logged-in session are served the cached page; uncached renders are limited per client.
"""

import secrets

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from portal.tests.conftest import make_article

pytestmark = pytest.mark.django_db


def queries_of(client: Client, path: str, **extra) -> tuple[int, object]:
    """Return (database queries made, response) of one request: a render makes many, a cached copy ~none."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, **extra)
    return len(captured), response


@pytest.fixture
def warm(client, newsroom):
    assert client.get("/bacau/").status_code == 200  # the page is now cached
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/bacau/?p=123",
        "/bacau/?utm_source=x&fbclid=y",
        "/bacau/?zz=" + "9" * 50,
        "/bacau/?pagina=1",
        "/bacau/?pagina=01",
        "/bacau/?q=cluj&judet=iasi",
    ],
)
def test_unknown_or_equivalent_parameters_get_the_cached_page(warm, path):
    count, response = queries_of(warm, path)
    assert response.status_code == 200 and count == 0


@pytest.mark.parametrize(
    "cookie",
    ["sessionid=x", "sessionid=5f0c2a9e8b7d4c1e9a3b6d2f7e1c8a40", "sessionid=; csrftoken=z", "sessionid=" + "a" * 5000],
)
def test_cookies_that_are_not_a_logged_in_session_get_the_cached_page(warm, cookie):
    count, response = queries_of(warm, "/bacau/", HTTP_COOKIE=cookie)
    assert response.status_code == 200 and count <= 1  # at most the lookup of a well-formed session key
    assert "private" not in response["Cache-Control"]


def test_an_anonymous_session_does_not_bypass_the_cache(warm):
    from lib.sessions import SessionStore

    anonymous = SessionStore()
    anonymous["seen"] = True
    anonymous.create()
    count, response = queries_of(warm, "/bacau/", HTTP_COOKIE=f"sessionid={anonymous.session_key}")
    assert response.status_code == 200 and count <= 1


def test_a_logged_in_editor_gets_a_fresh_page(warm):
    editor = Client()
    editor.force_login(get_user_model().objects.create_user("redactor-x", password="parola-lunga-1", is_staff=True))
    count, response = queries_of(editor, "/bacau/")
    assert response.status_code == 200 and count > 3 and "private" in response["Cache-Control"]


def test_a_malformed_page_number_is_one_cached_404(warm):
    first, response = queries_of(warm, "/bacau/?pagina=abc")
    assert response.status_code == 404
    again, response = queries_of(warm, "/bacau/?pagina=%C2%B2")
    assert response.status_code == 404 and again == 0


def test_uncached_renders_are_limited_per_client(client, newsroom, settings):
    settings.PAGE_RATE_LIMIT = 3
    made = [make_article(f"Știre {n}", minutes_ago=n) for n in range(5)]
    statuses = [client.get(a.get_absolute_url(), REMOTE_ADDR="10.7.7.7").status_code for a in made[:4]]
    assert statuses == [200, 200, 200, 429]
    limited = client.get(made[4].get_absolute_url(), REMOTE_ADDR="10.7.7.7")
    assert limited["Retry-After"] == "60" and "Prea multe" in limited.content.decode()
    assert client.get(made[0].get_absolute_url(), REMOTE_ADDR="10.7.7.7").status_code == 200  # cached: still served
    assert client.get(made[4].get_absolute_url(), REMOTE_ADDR="10.8.8.8").status_code == 200  # another client


def test_only_keys_this_server_made_pass_the_signature():
    from lib.sessions import SessionStore, is_signed_key

    made = SessionStore()
    made.create()
    assert is_signed_key(made.session_key)
    forged = made.session_key[:24] + ("a" * 8 if made.session_key[24:] != "a" * 8 else "b" * 8)
    for key in (forged, secrets.token_hex(16), "x", "", made.session_key.upper(), made.session_key + "a"):
        assert not is_signed_key(key), key
