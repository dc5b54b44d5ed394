"""The portal's own rows: the site's pages (portal.site_pages)."""

from portal.site_pages import SitePage  # noqa: F401
