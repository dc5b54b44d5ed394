"""The public, read-only JSON API under /api/v1/ (django-ninja): counties, categories, articles,
stories and search, with an OpenAPI schema and browsable docs served by the site itself.

Reads only what readers may see (news.visibility), shows another outlet's text only as the
pages do (news.excerpt), pages by cursor, and answers with ETag/Last-Modified, CORS for GET
and a per-client rate limit (api.http).
"""
