"""Romanian full-text search over the articles, on SQLite FTS5 or PostgreSQL.

Design (details and figures in docs/search.md):

1. Index: triggers in the database keep one row per visible article (published or
   scheduled), so inserts, edits, hides (also the admin's bulk `update()`), deletes and
   changes of secondary counties reach it whatever the write path. SQLite indexes the output
   of a small Romanian stemmer over folded text (search.stem, called from the trigger);
   PostgreSQL a tsvector of the `gazeta_ro` configuration (unaccent, then Snowball romanian).
   County and category are tag terms in the same document, so filters narrow the match.
2. Key: rows are keyed by (publication seconds << 28 | id), so walking the key downwards
   visits the newest matches first; a date range is a key range and "not yet published" is
   everything above the key of now.
3. Candidates: the backend returns the newest WINDOW (100) matches and stops; every query
   class costs about the same, and two very common words no longer score half the corpus.
4. Ranking (search.rank): in Python over those candidates only — where the terms appear
   (title > lead > body) divided by an age factor. Later pages walk older windows.
5. Page: the 20 chosen rows, with the title and a snippet highlighted (search.snippet),
   escaped first and marked with <mark>.
"""
