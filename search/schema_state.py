"""Whether the article table already has what the current index code reads.

Search's migrations build "the index the current code defines". Migrating a new database
through old states (an upgrade test, or a plan that runs search's early migrations before
news' latest ones) would then create triggers over columns that do not exist yet. The early
migrations skip in that case: 0005, which depends on news 0014 (the last column the index
reads), drops and builds the index and re-indexes every article anyway.
"""

# Columns of news_article read by the triggers of search.backends, added after news 0002.
READS_LATE_COLUMNS = ("language",)


def article_table_ready(connection) -> bool:
    """Return True when news_article has every column the current triggers read."""
    with connection.cursor() as cursor:
        columns = {column.name for column in connection.introspection.get_table_description(cursor, "news_article")}
    return set(READS_LATE_COLUMNS) <= columns


def index_exists(connection) -> bool:
    """Return True when the search index's tables exist (skipped early migrations leave none)."""
    return any(name in ("search_document", "search_fts") for name in connection.introspection.table_names())
