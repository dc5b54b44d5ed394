"""PostgreSQL backend: a tsvector per visible article in search_document, kept by triggers.

The text search configuration `gazeta_ro` copies `romanian` and puts `unaccent` before the
Snowball stemmer, so ș, ş and s index alike and "spitalelor" meets "spitalul". Positions are
stripped (ranking is done in Python, phrases are not needed): smaller vectors, faster reads.
County and category are tag lexemes ("00j12", "00c3") in the same vector, like on SQLite, and
so is the publication week ("00w2960", weeks since 1970): a query for words that are not
common asks GIN for the matches of the newest weeks only, so the index intersects the
posting lists and the table is read for about a page of matches instead of all of them.
Each row also keeps its "head" (folded title and lead), which ranking reads instead of the
article rows.
"""

import time

from django.db import connection
from django.utils import timezone

from news.visibility import VISIBLE_STATUSES
from search.backends.base import ID_BITS, ID_MASK, Match, key_range

WEEK_SECONDS = 7 * 86400
VISIBLE = "(" + ", ".join(f"'{s}'" for s in VISIBLE_STATUSES) + ")"
DOCUMENT = f"""
    SELECT a.id, (extract(epoch FROM a.published_at)::bigint << {ID_BITS}) | (a.id & {ID_MASK}),
        replace(lower(unaccent(a.title)), E'\\n', ' ') || E'\\n' || lower(unaccent(a.lead)),
        strip(to_tsvector(CASE WHEN a.language = 'hu' THEN 'gazeta_hu' ELSE 'gazeta_ro' END::regconfig,
                          concat_ws(' ', a.title, a.lead, a.text)))
        || strip(to_tsvector('gazeta_ro', COALESCE((SELECT string_agg(p.value->>'name', ' ')
            FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a.geo_places) = 'array' THEN a.geo_places
                                      ELSE '[]'::jsonb END) p), '')))
        || array_to_tsvector(ARRAY['00c' || COALESCE(a.category_id, 0),
                                   '00w' || extract(epoch FROM a.published_at)::bigint / {WEEK_SECONDS}]
            || CASE WHEN a.county_id IS NULL THEN ARRAY[]::text[] ELSE ARRAY['00j' || a.county_id] END
            || ARRAY(SELECT '00j' || o.county_id FROM news_article_other_counties o WHERE o.article_id = a.id))
    FROM news_article a"""

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS gazeta_ro",
    "CREATE TEXT SEARCH CONFIGURATION gazeta_ro (COPY = romanian)",
    "ALTER TEXT SEARCH CONFIGURATION gazeta_ro ALTER MAPPING FOR hword, hword_part, word WITH unaccent, romanian_stem",
    # Hungarian articles (Article.language 'hu', issue 21) are stemmed by Snowball's Hungarian.
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS gazeta_hu",
    "CREATE TEXT SEARCH CONFIGURATION gazeta_hu (COPY = hungarian)",
    "ALTER TEXT SEARCH CONFIGURATION gazeta_hu ALTER MAPPING FOR hword, hword_part, word WITH unaccent, hungarian_stem",
    """CREATE TABLE search_document (
        article_id bigint PRIMARY KEY, key bigint NOT NULL, head text NOT NULL, document tsvector NOT NULL)""",
    # search.backends.postgres.lexeme_stats reads the 10,000 most common lexemes: a word
    # missing from them is rare (the default target, 100, lists too few for that).
    "ALTER TABLE search_document ALTER COLUMN document SET STATISTICS 1000",
    # Every GIN scan reads the whole pending list of recent inserts (4 MB by default: 280
    # pages read per query were measured while articles were arriving); 128 kB keeps that
    # to 16 pages, and the inserting session merges the list into the index that often.
    "CREATE INDEX search_document_gin ON search_document USING gin (document) WITH (gin_pending_list_limit = 128)",
    "CREATE INDEX search_document_key ON search_document (key)",
    f"""CREATE FUNCTION search_refresh(aid bigint) RETURNS void LANGUAGE sql AS $$
        DELETE FROM search_document WHERE article_id = aid;
        INSERT INTO search_document (article_id, key, head, document)
        {DOCUMENT} WHERE a.id = aid AND a.status IN {VISIBLE};
    $$""",
    """CREATE FUNCTION search_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM search_document WHERE article_id = OLD.id;
            RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND (OLD.title, OLD.lead, OLD.text, OLD.status, OLD.published_at, OLD.county_id,
                OLD.category_id, OLD.language, OLD.geo_places) IS NOT DISTINCT FROM (NEW.title, NEW.lead, NEW.text,
                NEW.status, NEW.published_at, NEW.county_id, NEW.category_id, NEW.language, NEW.geo_places) THEN
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
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS gazeta_hu",
]


def tsquery(query) -> tuple[str, list]:
    """Return SQL for the query's tsquery and its parameters: all terms and tags required."""
    parts, params = [], []
    if query.text:
        # Romanian or Hungarian stems: an article is indexed in its own language's.
        words = "(plainto_tsquery('gazeta_ro', %s) || plainto_tsquery('gazeta_hu', %s))"
        params.extend([query.text, query.text])
        if query.alternative is not None and query.alternative.text:  # 'dn28' or 'dn 28' (search.roads)
            words = f"({words} || plainto_tsquery('gazeta_ro', %s) || plainto_tsquery('gazeta_hu', %s))"
            params.extend([query.alternative.text, query.alternative.text])
        parts.append(words)
    for tag in query.tags():
        parts.append("%s::tsquery")
        params.append(tag)
    return " && ".join(parts), params


STATS_SECONDS = 600  # lexeme frequencies change slowly; re-read them every ten minutes
# A query whose words (and filters) are expected in more than this share of the articles
# walks the key index down, testing each row: about 100/share rows, consecutive in the
# table (some 5 to a page). Below it, GIN intersects the words with the newest weeks and the
# table is read for the matches alone, each on its own page. Estimated, not tuned: with
# 10,000 articles a week, reading 100/(5 x share) pages equals reading share x 10,000 pages
# near a share of 4.5%.
WALK_SHARE = 0.05
# Weeks asked for, newest first, until enough matches are found; then every week. Each rung
# reads the matches of the weeks it covers, so a ladder by 4 reads at most 4/3 of the last.
WEEK_LADDER = (1, 4, 16, 64)
_stats = {"at": 0.0, "rows": 0, "weeks": 1.0, "freqs": {}}


def lexeme_stats(cursor) -> dict:
    """Return the row count, weeks covered and most common lexemes' frequencies (ANALYZE's)."""
    if time.monotonic() - _stats["at"] > STATS_SECONDS:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = 'search_document'")
        _stats["rows"] = max(cursor.fetchone()[0], 0)
        cursor.execute(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats"
            " WHERE tablename = 'search_document' AND attname = 'document'"
        )
        row = cursor.fetchone()
        _stats["freqs"] = dict(zip(row[0], row[1])) if row and row[0] else {}
        cursor.execute("SELECT (max(key) >> %s) - (min(key) >> %s) FROM search_document", [ID_BITS, ID_BITS])
        _stats["weeks"] = max((cursor.fetchone()[0] or 0) / WEEK_SECONDS, 1.0)
        _stats["at"] = time.monotonic()
    return _stats


def expected_share(cursor, query) -> float:
    """Return the expected share of articles matching the query (words taken as independent).

    A word missing from ANALYZE's most common lexemes is rarer than the least common listed.
    Without statistics (a fresh index) every query is taken as common: the key walk is the
    safe path on a small table.
    """
    stats = lexeme_stats(cursor)
    freqs = stats["freqs"]
    if not stats["rows"] or not freqs:
        return 1.0
    cursor.execute("SELECT tsvector_to_array(to_tsvector('gazeta_ro', %s))", [query.text])
    lexemes = cursor.fetchone()[0] + query.tags()
    floor = min(freqs.values())
    share = 1.0
    for lexeme in lexemes:
        share *= freqs.get(lexeme, floor)
    return share


def week_tags(first_week: int, last_week: int) -> str:
    """Return a tsquery text matching any of the weeks, newest first."""
    return " | ".join(f"00w{week}" for week in range(last_week, first_week - 1, -1))


class PostgresBackend:
    def matches(self, query, limit: int, offset: int = 0) -> list[Match]:
        """Return the newest matches: walking the key index for common words, else GIN by weeks."""
        low, high = key_range(query, timezone.now())
        sql, params = tsquery(query)
        select = f"SELECT key, head FROM search_document WHERE document @@ ({sql}) AND key BETWEEN %s AND %s"
        with connection.cursor() as cursor:
            share = expected_share(cursor, query)
            if share >= WALK_SHARE:
                # Let the planner walk the key index (or intersect GIN lists when the words
                # together turn out rare; it knows the counts better for several words).
                cursor.execute(f"{select} ORDER BY key DESC LIMIT %s OFFSET %s", params + [low, high, limit, offset])
                return [Match(*row) for row in cursor.fetchall()]
            stats = lexeme_stats(cursor)
            per_week = max(share * stats["rows"] / stats["weeks"], 1e-9)
            # The ladder starts at the newest article in range, not at the range's end: after
            # a quiet spell (or in a corpus that ends in the past) the newest weeks are empty.
            cursor.execute("SELECT max(key) FROM search_document WHERE key BETWEEN %s AND %s", [low, high])
            newest = cursor.fetchone()[0]
            if newest is None:
                return []
            last_week, first_week = (newest >> ID_BITS) // WEEK_SECONDS, (low >> ID_BITS) // WEEK_SECONDS
            wanted = limit + offset
            for weeks in WEEK_LADDER:
                if weeks * per_week < wanted:  # expected too few: skip to a wider rung
                    continue
                if last_week - weeks + 1 <= first_week:
                    break  # this rung covers the whole range: ask without weeks
                # "key + 0" cannot use the key index: the planner has to take the GIN path.
                cursor.execute(
                    f"{select} AND document @@ %s::tsquery ORDER BY key + 0 DESC LIMIT %s OFFSET %s",
                    params + [low, high, week_tags(last_week - weeks + 1, last_week), limit, offset],
                )
                rows = cursor.fetchall()
                if len(rows) == limit:  # the newest weeks hold all the newest matches asked for
                    return [Match(*row) for row in rows]
            cursor.execute(f"{select} ORDER BY key + 0 DESC LIMIT %s OFFSET %s", params + [low, high, limit, offset])
            return [Match(*row) for row in cursor.fetchall()]

    def candidates(self, query, limit: int, offset: int = 0) -> list[int]:
        return [match.id for match in self.matches(query, limit, offset)]

    def rebuild(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE search_document")
            # In key order, so the newest rows, which most queries read, sit together.
            cursor.execute(
                f"INSERT INTO search_document (article_id, key, head, document) {DOCUMENT}"
                f" WHERE a.status IN {VISIBLE} ORDER BY 2"
            )
            cursor.execute("ANALYZE search_document")
            cursor.execute("SELECT count(*) FROM search_document")
            return cursor.fetchone()[0]
