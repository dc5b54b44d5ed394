"""Login throttling (issue 11, finding 3): per user and per address, the right password refused while locked."""

import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "parola-corecta-lunga-1"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("sef", password=PASSWORD, is_staff=True, is_superuser=True)


def attempt(address: str, username: str, password: str):
    client = Client(REMOTE_ADDR=address)
    response = client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})
    return response, "_auth_user_id" in client.session


def test_the_limit_is_at_most_ten_failures():
    assert 1 <= settings.AXES_FAILURE_LIMIT <= 10


def test_a_user_is_locked_out_across_addresses_and_the_right_password_is_refused(editor):
    for n in range(settings.AXES_FAILURE_LIMIT):
        response, logged_in = attempt(f"10.0.0.{n + 1}", "sef", "gresita")
        assert not logged_in
    assert response.status_code == 429  # the failure that reached the limit already answers "locked"
    response, logged_in = attempt("10.9.9.9", "sef", PASSWORD)
    assert response.status_code == 429 and not logged_in
    page = response.content.decode()
    assert "Prea multe încercări" in page and "sef" not in page.split("<title>")[0]


def test_an_address_is_locked_out_across_usernames(editor):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt("10.1.1.1", f"ghicit-{n}", "gresita")
    response, logged_in = attempt("10.1.1.1", "sef", PASSWORD)
    assert response.status_code == 429 and not logged_in
    response, logged_in = attempt("10.2.2.2", "sef", PASSWORD)  # another address, a user with no failures
    assert response.status_code == 302 and logged_in


def test_a_few_failures_then_the_right_password_still_work(editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 2):
        response, _ = attempt("10.3.3.3", "sef", "gresita")
        assert response.status_code == 200
    response, logged_in = attempt("10.3.3.3", "sef", PASSWORD)
    assert response.status_code == 302 and logged_in


def test_the_lock_out_shows_in_the_admin_and_a_command_lifts_it(editor):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(f"10.4.4.{n + 1}", "sef", "gresita")
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("operator", password="alta-parola-lunga-2"))
    listing = admin.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200 and "sef" in listing.content.decode()
    assert "încercări de autentificare eșuate" in listing.content.decode().lower()
    assert attempt("10.9.9.9", "sef", PASSWORD)[0].status_code == 429
    out = io.StringIO()
    call_command("axes_reset_username", "sef", stdout=out)
    response, logged_in = attempt("10.9.9.9", "sef", PASSWORD)
    assert response.status_code == 302 and logged_in
