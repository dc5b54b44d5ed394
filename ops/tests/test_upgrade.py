"""An existing site upgrades: a database made before the latest migrations migrates with its data and search.

The test runs on the suite's own vendor: a scratch SQLite file, or (with DATABASE_URL=postgres://…)
a scratch PostgreSQL database beside the test database, made and dropped here.
"""

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

from search.index import search_head, search_terms

GAZETA = str(Path(sys.executable).with_name("gazeta"))
# The state of a site made before news_article last gained columns. Built with today's code, search's
# early migrations skip (their triggers would read columns not there yet: search.schema_state), so the
# upgrade must build the index and find the article that was stored before.
BEFORE = [("news", "0011_breaking_news"), ("search", "0004_heads_and_weeks")]

COLUMNS = (
    "guid, url, title, slug, lead, body_html, text, snippet, image_url, image, image_caption, image_alt,"
    " author_name, published_at, created_at, modified_at, reading_minutes, word_count, geo_confidence,"
    " geo_places, county_locked, category_locked, source_categories, fingerprint, status, is_own,"
    " extraction, breaking_until"
)
ROW = (
    "", "https://gazeta.example/a", "Podul de la Zănești", "", "", "", "Text.", "", "", "", "", "", "",
    "2026-11-01 10:00:00", "2026-11-01 10:00:00", "2026-11-01 10:00:00", 1, 1, 0.0, "[]", False, False,
    "[]", "", "published", True, "", None,
)  # fmt: skip


class _SQLite:
    def __init__(self, tmp_path: Path):
        self.path = tmp_path / "gazeta.sqlite3"
        self.url = ""  # the embedded default: GAZETA_VAR_DIR/gazeta.sqlite3

    def insert_article(self) -> None:
        with sqlite3.connect(self.path) as db:
            db.create_function("search_terms", 3, search_terms, deterministic=True)  # what the triggers call
            db.create_function("search_head", 2, search_head, deterministic=True)
            marks = ", ".join("?" * len(ROW))
            db.execute(f"INSERT INTO news_article ({COLUMNS}) VALUES ({marks})", ROW)

    def index_state(self) -> tuple[set[str], int, int]:
        with sqlite3.connect(self.path) as db:
            triggers = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            articles = db.execute("SELECT count(*) FROM news_article").fetchone()[0]
            indexed = db.execute("SELECT count(*) FROM search_fts").fetchone()[0]
        return triggers, articles, indexed

    def drop(self) -> None:
        pass


class _PostgreSQL:
    def __init__(self):
        import psycopg

        self.psycopg = psycopg
        settings = connection.settings_dict
        self.name = f"gazeta_upgrade_{uuid.uuid4().hex[:10]}"
        self.server = {
            "host": settings["HOST"] or "127.0.0.1",
            "port": settings["PORT"] or 5432,
            "user": settings["USER"],
            "password": settings["PASSWORD"] or None,
        }
        password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
        where = f"{self.server['host']}:{self.server['port']}"
        self.url = f"postgres://{settings['USER']}{password}@{where}/{self.name}"
        with psycopg.connect(dbname="postgres", autocommit=True, **self.server) as admin:
            admin.execute(f'CREATE DATABASE "{self.name}"')

    def _connect(self):
        return self.psycopg.connect(dbname=self.name, **self.server)

    def insert_article(self) -> None:
        marks = ", ".join(["%s"] * len(ROW))
        with self._connect() as db:
            db.execute(f"INSERT INTO news_article ({COLUMNS}) VALUES ({marks})", ROW)

    def index_state(self) -> tuple[set[str], int, int]:
        with self._connect() as db:
            triggers = {row[0] for row in db.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
            articles = db.execute("SELECT count(*) FROM news_article").fetchone()[0]
            indexed = db.execute("SELECT count(*) FROM search_document").fetchone()[0]
        return triggers, articles, indexed

    def drop(self) -> None:
        with self.psycopg.connect(dbname="postgres", autocommit=True, **self.server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


# The triggers each vendor's index is kept by (search/backends).
TRIGGERS = {
    "sqlite": {"search_article_insert", "search_article_update", "search_counties_insert"},
    "postgresql": {"search_article", "search_counties"},
}


@pytest.mark.slow
@pytest.mark.django_db
def test_a_database_from_before_the_latest_article_columns_migrates_with_its_articles_searchable(tmp_path):
    database = _PostgreSQL() if connection.vendor == "postgresql" else _SQLite(tmp_path)
    env = {**os.environ, "GAZETA_VAR_DIR": str(tmp_path), "DATABASE_URL": database.url, "GAZETA_TESTING": "0"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.setdefault("SECRET_KEY", "upgrade-test-only")
    try:
        for app, name in BEFORE:
            done = subprocess.run(
                [GAZETA, "migrate", app, name, "-v0"], env=env, capture_output=True, text=True, timeout=300
            )
            assert done.returncode == 0, done.stderr[-2000:]
        database.insert_article()
        upgraded = subprocess.run([GAZETA, "migrate", "-v0"], env=env, capture_output=True, text=True, timeout=300)
        assert upgraded.returncode == 0, upgraded.stderr[-2000:]
        triggers, articles, indexed = database.index_state()
        assert TRIGGERS[connection.vendor] <= triggers
        assert (articles, indexed) == (1, 1)
    finally:
        database.drop()
