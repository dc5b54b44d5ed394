"""Operations (issue 11, findings 8 and 9): health without internals, metrics for the operator only,
HTTPS defaults, a documented production environment `check --deploy` is silent with, IPv6 hosts,
and links that follow the address the site is served at when SITE_URL is not set."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.normalize import canonical_url
from portal.tests.conftest import _fresh_cache, newsroom  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


class _DeadConnection:
    vendor = "sqlite"

    def cursor(self):
        raise RuntimeError("could not connect to server at db.internal:5432")


def test_health_says_ok_or_failing_and_nothing_else(client, monkeypatch):
    assert client.get("/healthz").json() == {"status": "ok"}
    monkeypatch.setattr("gazeta.ops.connection", _DeadConnection())
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json() == {"status": "failing"}
    assert b"db.internal" not in response.content and b"sqlite" not in response.content


@pytest.mark.parametrize(
    "address, authorization, allowed",
    [
        ("127.0.0.1", "", True),
        ("::1", "", True),
        ("127.0.0.9", "", True),
        ("203.0.113.5", "", False),
        ("10.0.0.5", "", False),
        ("203.0.113.5", "Bearer gresit", False),
        ("203.0.113.5", "Bearer jeton-de-test-lung", True),
        ("203.0.113.5", "Basic jeton-de-test-lung", False),
    ],
)
def test_metrics_answer_loopback_or_the_bearer_token(client, settings, address, authorization, allowed):
    settings.METRICS_TOKEN = "jeton-de-test-lung"
    headers = {"REMOTE_ADDR": address}
    if authorization:
        headers["HTTP_AUTHORIZATION"] = authorization
    response = client.get("/metrics", **headers)
    assert (response.status_code == 200) == allowed
    assert (b"gazeta_" in response.content) == allowed or not allowed and b"# HELP" not in response.content


def test_without_a_token_metrics_answer_loopback_only(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.5", HTTP_AUTHORIZATION="Bearer ").status_code == 401
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 200


def settings_in_child(**env) -> dict:
    """Import the settings in a fresh process with exactly this environment; return a few values."""
    names = ["SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))"
    )
    base = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG")}
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**base, "DJANGO_SETTINGS_MODULE": "gazeta.settings", "DEBUG": "true", **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    import json

    return json.loads(out.stdout.strip().splitlines()[-1])


def test_https_site_gets_hsts_and_secure_cookies_by_default(tmp_path):
    found = settings_in_child(SITE_URL="https://gazeta.example.ro", GAZETA_VAR_DIR=str(tmp_path))
    assert found["SESSION_COOKIE_SECURE"] and found["CSRF_COOKIE_SECURE"]
    assert found["SECURE_HSTS_SECONDS"] >= 31536000 and found["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    plain = settings_in_child(SITE_URL="http://127.0.0.1:8000", GAZETA_VAR_DIR=str(tmp_path))
    assert not plain["SESSION_COOKIE_SECURE"] and plain["SECURE_HSTS_SECONDS"] == 0


def documented_production_environment() -> dict[str, str]:
    """Return the KEY=value lines of the production block in docs/configuration.md."""
    text = (ROOT / "docs" / "configuration.md").read_text()
    block = re.search(r"## Production.*?```sh\n(.*?)```", text, re.S).group(1)
    return dict(line.split("=", 1) for line in block.splitlines() if re.match(r"^[A-Z_]+=", line))


def test_check_deploy_is_silent_with_the_documented_production_environment(tmp_path):
    env = documented_production_environment()
    assert env["SITE_URL"].startswith("https://") and env["DEBUG"] == "false"
    for name in [key for key in env if key.endswith("_FILE")]:  # the secrets the operator keeps in files
        secret = tmp_path / name.lower()
        secret.write_text(os.urandom(48).hex())
        env[name] = str(secret)
    base = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG")}
    result = subprocess.run(
        [str(Path(sys.executable).parent / "gazeta"), "check", "--deploy", "--fail-level", "WARNING"],
        env={**base, **env, "GAZETA_VAR_DIR": str(tmp_path)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://[2001:db8::1]:8080/stiri/a?utm_source=x", "http://[2001:db8::1]:8080/stiri/a"),
        ("https://[2001:DB8::1]/stiri/a", "https://[2001:db8::1]/stiri/a"),
        ("http://[::1]:80/a", "http://[::1]/a"),
        ("https://Ziar.example.ro:443/a#x", "https://ziar.example.ro/a"),
    ],
)
def test_ipv6_literal_urls_keep_their_brackets(url, expected):
    assert canonical_url(url) == expected


def test_without_site_url_links_follow_the_address_the_site_is_served_at(client, settings, newsroom):
    settings.SITE_URL = ""
    host = {"HTTP_HOST": "127.0.0.1:8123"}
    article = newsroom["own"]
    page = client.get(article.get_absolute_url(), **host).content.decode()
    assert f'<link rel="canonical" href="http://127.0.0.1:8123{article.get_absolute_url()}">' in page
    assert "127.0.0.1:8000" not in page
    feed = client.get("/rss/", **host).content.decode()
    assert f"http://127.0.0.1:8123{article.get_absolute_url()}" in feed and "127.0.0.1:8000" not in feed
    sitemap = client.get("/sitemap-articole.xml", **host).content.decode()
    assert f"http://127.0.0.1:8123{article.get_absolute_url()}" in sitemap and "127.0.0.1:8000" not in sitemap
    robots = client.get("/robots.txt", **host).content.decode()
    assert "Sitemap: http://127.0.0.1:8123/sitemap.xml" in robots
    other = client.get(article.get_absolute_url(), HTTP_HOST="localhost:9000").content.decode()
    assert f'href="http://localhost:9000{article.get_absolute_url()}"' in other  # not the first host's cached copy


def test_a_set_site_url_wins_over_the_request_host(client, settings, newsroom):
    settings.SITE_URL = "https://gazeta.example.ro"
    page = client.get("/recente/", HTTP_HOST="127.0.0.1:8123").content.decode()
    assert '<link rel="canonical" href="https://gazeta.example.ro/recente/">' in page
