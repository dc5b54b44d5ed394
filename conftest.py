"""Shared pytest fixtures and markers: reference data, database kinds, the browser, the clock."""

import hashlib
import os
from datetime import datetime

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# The instant tests run at unless GAZETA_TEST_NOW names another: a Wednesday noon in summer
# time, far from midnight, a DST change and a new year, so "3 hours ago" is the same day.
# CI replays the tests marked `dates` at the instants where calendar words change.
DEFAULT_NOW = "2026-06-17T12:00:00+03:00"


def pytest_collection_modifyitems(config, items):
    """Skip PostgreSQL-only tests on SQLite and browser tests where Chromium is missing; browser tests are slow.

    Files with slow tests run first, browser files first of all (a stable sort: each file keeps
    its order). With `--dist loadfile --no-loadscope-reorder` (pyproject.toml) the two test
    processes take files in this order: the long ones start at once and the many short ones even
    out the end, where xdist's default order (most tests first) left a few long files for last
    and one process running alone. A process also runs its browser files back to back on one
    Chromium (see `browser`).
    """
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    no_postgres = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://...)")
    no_browser = pytest.mark.skip(reason=f"needs Debian's Chromium at {CHROMIUM}")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(no_postgres)
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.slow)  # a real browser: seconds per page, whatever the test
            if not os.path.exists(CHROMIUM):
                item.add_marker(no_browser)
    browser_files = {item.path for item in items if "browser" in item.keywords}
    slow_files = {item.path for item in items if "slow" in item.keywords}
    items.sort(key=lambda item: (item.path not in browser_files, item.path not in slow_files))


# The test process's Playwright and Chromium while its browser tests run (see `browser`).
_chromium: dict = {}


def _stop_chromium() -> None:
    if _chromium:
        _chromium.pop("browser").close()
        _chromium.pop("playwright").stop()
        if _chromium.pop("set_async_unsafe"):
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def browser():
    """Debian's Chromium, launched once for a run of browser tests; each test closes the contexts it opened.

    A launch costs about a second of CPU, and a context (cookies, storage, viewport) is what keeps
    two tests apart. Playwright's sync API keeps an event loop running in this thread, which
    Django refuses to run queries beside unless told it may (DJANGO_ALLOW_ASYNC_UNSAFE), and which
    would break any asyncio.run: the browser is stopped before the next test that does not use it.
    """
    if not _chromium:
        from playwright.sync_api import sync_playwright

        _chromium["set_async_unsafe"] = "DJANGO_ALLOW_ASYNC_UNSAFE" not in os.environ
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
        playwright = sync_playwright().start()
        _chromium["playwright"] = playwright
        _chromium["browser"] = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    chromium = _chromium["browser"]
    before = set(chromium.contexts)
    yield chromium
    for context in chromium.contexts:
        if context not in before:
            context.close()


def pytest_runtest_setup(item):
    if "browser" not in getattr(item, "fixturenames", ()):
        _stop_chromium()


def pytest_sessionfinish(session, exitstatus):
    _stop_chromium()


def _instants() -> list[str]:
    """The instants GAZETA_TEST_NOW names (ISO times, separated by commas), else DEFAULT_NOW."""
    return [text.strip() for text in os.environ.get("GAZETA_TEST_NOW", DEFAULT_NOW).split(",") if text.strip()]


def pytest_generate_tests(metafunc):
    """With several instants in GAZETA_TEST_NOW, each test that pins the clock runs once at each.

    One run replays them all: CI paid a start (collection, test database, Chromium) per instant.
    """
    instants = _instants()
    if len(instants) > 1 and "frozen_now" in metafunc.fixturenames:
        metafunc.parametrize("frozen_now", instants, indirect=True, ids=[f"now={text}" for text in instants])


@pytest.fixture
def frozen_now(request):
    """Pin the wall clock (Python's time and datetime, every thread) and return the instant.

    The clock still ticks from there, so timeouts and cache lifetimes behave; only the date and
    the time of day are fixed. Tests that render relative or calendar dates depend on it.
    """
    import time_machine

    instant = datetime.fromisoformat(getattr(request, "param", None) or _instants()[0])
    with time_machine.travel(instant, tick=True):
        yield instant


_blocker = []  # the session's django_db_blocker, for the teardown hook below


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the reference data (42 counties, 14 categories, 13,908 localities) once per test database.

    Tests run in a transaction rolled back at their end, so the rows stay for the whole session:
    loading them per test was most of the suite's time. Transactional tests end by emptying the
    other tables (_empty_written_tables); one that changed these rows ends with a flush of every
    table, after which pytest_runtest_teardown loads them again.
    """
    from django.db import connection
    from django.test import TransactionTestCase

    from news.reference.load import load_reference

    _blocker.append(django_db_blocker)
    with django_db_blocker.unblock():
        load_reference()
        _kept[connection.alias] = _digest(connection)
    flush_all = TransactionTestCase._fixture_teardown
    TransactionTestCase._fixture_teardown = _empty_written_tables
    _flushed.append(flush_all)
    yield
    TransactionTestCase._fixture_teardown = flush_all
    _blocker.clear()  # the test databases go next: nothing may be loaded after this
    _flushed.clear()


@pytest.fixture
def reference_data(db):
    """The reference data, loaded once per session (django_db_setup): how many rows of each."""
    from news.models import Category, County, Locality

    return {
        "counties": County.objects.count(),
        "categories": Category.objects.count(),
        "localities": Locality.objects.count(),
    }


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    names = getattr(item, "fixturenames", ())
    return bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0]))) or (
        "transactional_db" in names or "live_server" in names
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test's flush of every table (its fixtures are torn down by now), load the reference data again."""
    result = yield
    # After the session's last test the test databases are gone (and the settings name the real one).
    if _blocker and nextitem is not None and _is_transactional(item) and _flushed[1:]:
        from django.db import connection

        from news.reference.load import load_reference

        with _blocker[0].unblock():
            load_reference()
            _restore_site_pages()
            _kept[connection.alias] = _digest(connection)
        del _flushed[1:]
    return result


# The rows a transactional test's teardown keeps: loaded once (django_db_setup) or made by migrations.
KEPT_TABLES = (
    "news_county",
    "news_category",
    "news_locality",
    "portal_sitepage",
    "django_content_type",
    "auth_permission",
)
_kept: dict[str, str] = {}  # database alias -> digest of KEPT_TABLES' rows as the session loaded them
_flushed: list = []  # [TransactionTestCase's own teardown, then True after each time it had to run]


def _digest(connection) -> str:
    """Hash every row of KEPT_TABLES (about 14,000 rows: tens of milliseconds)."""
    digest = hashlib.sha256()
    with connection.cursor() as cursor:
        for table in KEPT_TABLES:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)} ORDER BY 1")  # noqa: S608 - fixed names
            digest.update(repr(cursor.fetchall()).encode())
    return digest.hexdigest()


def _empty_written_tables(self) -> None:
    """TransactionTestCase's teardown without the flush of the reference data, when the test left it as it was.

    Django's teardown flushes every table; loading the 13,908 localities again cost a second of
    CPU per transactional test. The other tables are emptied the way flush empties them (DELETE
    on SQLite, TRUNCATE on PostgreSQL). A test that changed a kept row gets Django's flush.
    """
    from django.core.management.color import no_style
    from django.db import connections

    for alias in self._databases_names(include_mirrors=False):
        connection = connections[alias]
        if _kept.get(alias) != _digest(connection):
            _flushed.append(True)
            return _flushed[0](self)
        tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
        emptied = [table for table in tables if table not in KEPT_TABLES]
        connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), emptied))


def _restore_site_pages():
    """Make again the five site pages that a data migration creates and a flush removed."""
    import importlib

    from portal.site_pages import SitePage

    migration = importlib.import_module("portal.migrations.0002_site_pages_text")  # a digit-led module name
    for slug, title, description, body in migration.PAGES:
        SitePage.objects.get_or_create(
            slug=slug, defaults={"title": title, "description": description, "body_html": body}
        )


def _hypothesis_profiles():
    """Register the fuzz test's budgets: "ci" (default, repeatable) and "fuzz" (10,000 requests)."""
    from hypothesis import settings

    settings.register_profile("ci", max_examples=500, deadline=None, database=None, derandomize=True, print_blob=True)
    settings.register_profile("fuzz", max_examples=5000, deadline=None, database=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_hypothesis_profiles()


@pytest.fixture(autouse=True)
def _site_url(settings):
    """Tests run as an operator who set SITE_URL; a test of the unset case sets it to ""."""
    if not os.environ.get("SITE_URL"):
        settings.SITE_URL = "http://127.0.0.1:8000"


@pytest.fixture(scope="session")
def collected_static():
    """A STATIC_ROOT collected as `gazeta up` collects it, shared by this checkout's test runs; copy it into a new site.

    `gazeta up` then finds it current (gazeta.collected) and skips collectstatic, which costs
    42 s of CPU a time (every file hashed and compressed twice). It is made once, under a lock,
    while the static files stay the same; each run checks that in about a second.
    """
    import fcntl
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    checkout = hashlib.sha256(str(Path(__file__).resolve().parent).encode()).hexdigest()[:12]
    home = Path(tempfile.gettempdir()) / f"gazeta-test-static-{checkout}"
    home.mkdir(exist_ok=True)
    hidden = ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "PROMETHEUS_MULTIPROC_DIR")
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    env.update(GAZETA_VAR_DIR=str(home), GAZETA_TESTING="0", LOG_LEVEL="WARNING")
    command = [
        str(Path(sys.executable).with_name("gazeta")),
        "shell",
        "-c",
        "from gazeta.collected import collect_static; collect_static()",
    ]
    with open(home / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other test process waits for the same files
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return home / "static"


@pytest.fixture
def media_root(settings, tmp_path):
    """Point MEDIA_ROOT (uploads and image renditions) at a fresh directory; return it."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
