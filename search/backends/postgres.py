"""PostgreSQL backend: a tsvector per visible article in search_document, kept by triggers.

The text search configuration `gazeta_ro` copies `romanian` and puts `unaccent` before the
Snowball stemmer, so ș, ş and s index alike and "spitalelor" meets "spitalul". Positions are
stripped (ranking is done in Python, phrases are not needed): smaller vectors, faster reads.
County and category are tag lexemes ("00j12", "00c3") in the same vector, like on SQLite.
"""
import time

from django.db import connection
from django.utils import timezone

from search.backends import ID_BITS, ID_MASK, VISIBLE_STATUSES, id_of, key_range

VISIBLE = "(" + ", ".join(f"'{s}'" for s in VISIBLE_STATUSES) + ")"
DOCUMENT = f"""
    SELECT a.id, (extract(epoch FROM a.published_at)::bigint << {ID_BITS}) | (a.id & {ID_MASK}),
        strip(to_tsvector('gazeta_ro', concat_ws(' ', a.title, a.lead, a.text)))
        || array_to_tsvector(ARRAY['00c' || COALESCE(a.category_id, 0)]
            || CASE WHEN a.county_id IS NULL THEN ARRAY[]::text[] ELSE ARRAY['00j' || a.county_id] END
            || ARRAY(SELECT '00j' || o.county_id FROM news_article_other_counties o WHERE o.article_id = a.id))
    FROM news_article a"""

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS gazeta_ro",
    "CREATE TEXT SEARCH CONFIGURATION gazeta_ro (COPY = romanian)",
    "ALTER TEXT SEARCH CONFIGURATION gazeta_ro ALTER MAPPING FOR hword, hword_part, word WITH unaccent, romanian_stem",
    """CREATE TABLE search_document (
        article_id bigint PRIMARY KEY, key bigint NOT NULL, document tsvector NOT NULL)""",
    "CREATE INDEX search_document_gin ON search_document USING gin (document)",
    "CREATE INDEX search_document_key ON search_document (key)",
    f"""CREATE FUNCTION search_refresh(aid bigint) RETURNS void LANGUAGE sql AS $$
        DELETE FROM search_document WHERE article_id = aid;
        INSERT INTO search_document (article_id, key, document)
        {DOCUMENT} WHERE a.id = aid AND a.status IN {VISIBLE};
    $$""",
    """CREATE FUNCTION search_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM search_document WHERE article_id = OLD.id;
            RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND (OLD.title, OLD.lead, OLD.text, OLD.status, OLD.published_at, OLD.county_id,
                OLD.category_id) IS NOT DISTINCT FROM (NEW.title, NEW.lead, NEW.text, NEW.status,
                NEW.published_at, NEW.county_id, NEW.category_id) THEN
            RETURN NEW;
        END IF;
        PERFORM search_refresh(NEW.id);
        RETURN NEW;
    END $$""",
    """CREATE FUNCTION search_counties_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM search_refresh(CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER search_article AFTER INSERT OR UPDATE OR DELETE ON news_article
        FOR EACH ROW EXECUTE FUNCTION search_article_changed()""",
    """CREATE TRIGGER search_counties AFTER INSERT OR DELETE ON news_article_other_counties
        FOR EACH ROW EXECUTE FUNCTION search_counties_changed()""",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_counties ON news_article_other_counties",
    "DROP TRIGGER IF EXISTS search_article ON news_article",
    "DROP FUNCTION IF EXISTS search_counties_changed()",
    "DROP FUNCTION IF EXISTS search_article_changed()",
    "DROP FUNCTION IF EXISTS search_refresh(bigint)",
    "DROP TABLE IF EXISTS search_document",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS gazeta_ro",
]


def tsquery(query) -> tuple[str, list]:
    """Return SQL for the query's tsquery and its parameters: all terms and tags required."""
    parts, params = [], []
    if query.text:
        parts.append("plainto_tsquery('gazeta_ro', %s)")
        params.append(query.text)
    for tag in query.tags():
        parts.append("%s::tsquery")
        params.append(tag)
    return " && ".join(parts), params


STATS_SECONDS = 600  # lexeme frequencies change slowly; re-read them every ten minutes
_stats = {"at": 0.0, "rows": 0, "freqs": {}}


def lexeme_stats(cursor) -> tuple[int, dict[str, float]]:
    """Return the row count and the frequencies of the most common lexemes (ANALYZE's)."""
    if time.monotonic() - _stats["at"] > STATS_SECONDS:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = 'search_document'")
        _stats["rows"] = max(cursor.fetchone()[0], 0)
        cursor.execute("SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats"
                       " WHERE tablename = 'search_document' AND attname = 'document'")
        row = cursor.fetchone()
        _stats["freqs"] = dict(zip(row[0], row[1])) if row and row[0] else {}
        _stats["at"] = time.monotonic()
    return _stats["rows"], _stats["freqs"]


def has_rare_lexeme(cursor, query) -> bool:
    """Return True when a query word is missing from ANALYZE's most common lexemes.

    The planner walks the key index down when it expects many matches; for a word missing
    from its statistics it guesses a frequency that can be far too high, and the walk then
    reads most of the table (7 s measured for a rare place name at 1M articles). Such a word
    has few matches by definition: intersecting GIN posting lists and sorting them is cheap.
    Otherwise the planner's own choice measured best (see docs/search.md).
    """
    rows, freqs = lexeme_stats(cursor)
    if not rows or not freqs:
        return False
    cursor.execute("SELECT tsvector_to_array(to_tsvector('gazeta_ro', %s))", [query.text])
    return any(lexeme not in freqs for lexeme in cursor.fetchone()[0])


class PostgresBackend:
    def candidates(self, query, limit: int, offset: int = 0) -> list[int]:
        """Return ids of the newest matches, walking the key index down or the GIN index."""
        low, high = key_range(query, timezone.now())
        sql, params = tsquery(query)
        with connection.cursor() as cursor:
            # "key + 0" cannot use the key index: the planner has to take the GIN path.
            order = "key + 0" if has_rare_lexeme(cursor, query) else "key"
            cursor.execute(
                f"SELECT key FROM search_document WHERE document @@ ({sql}) AND key BETWEEN %s AND %s"
                f" ORDER BY {order} DESC LIMIT %s OFFSET %s",
                params + [low, high, limit, offset],
            )
            return [id_of(row[0]) for row in cursor.fetchall()]

    def rebuild(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE search_document")
            cursor.execute(f"INSERT INTO search_document (article_id, key, document) {DOCUMENT}"
                           f" WHERE a.status IN {VISIBLE}")
            cursor.execute("ANALYZE search_document")
            cursor.execute("SELECT count(*) FROM search_document")
            return cursor.fetchone()[0]
