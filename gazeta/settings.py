"""Gazeta's settings, read from environment variables (documented in docs/configuration.md)."""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from gazeta.env import env_bool, env_float, env_int, env_list, env_origins, env_str, secret_key
from gazeta.media_storage import s3_storage

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("GAZETA_VAR_DIR", str(BASE_DIR / "var")))
TESTING = "pytest" in sys.modules or env_bool("GAZETA_TESTING")

DEBUG = env_bool("DEBUG", False)
DATABASE_URL = env_str("DATABASE_URL")
EMBEDDED = not DATABASE_URL  # SQLite file + in-process scheduler: the one-machine default
SECRET_KEY = secret_key(VAR_DIR / "secret_key", may_generate=DEBUG or EMBEDDED or TESTING)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# The public address. Unset: links (canonical, feeds, sitemaps) follow the address each request came
# to (lib.site), so `gazeta up --port 8123` links to 8123; work without a request uses the fallback.
SITE_URL = env_str("SITE_URL", "").rstrip("/")
SITE_URL_FALLBACK = "http://127.0.0.1:8000"
HTTPS_SITE = SITE_URL.startswith("https://")
SITE_NAME = env_str("SITE_NAME", "Gazeta")
CONTACT_DOMAIN = env_str("CONTACT_DOMAIN", "gazeta.ro")
SOCIAL_URL = env_str("SOCIAL_URL", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_prose_editor",
    "ninja",  # the API docs' Swagger UI from its own static files (no CDN)
    "axes",
    "gazeta",
    "news",
    "ingest",
    "understand",
    "stories",
    "images",
    "portal",
    "widgets",
    "search",
    "demo",
    "tools",
    "ops",
    "api",
    "newsletter",
    "websub",
    "mostread",
    "publish",
]

MIDDLEWARE = [
    "mostread.beacon.BeaconMiddleware",  # POST /citit/ only: counted before any other work
    "django.middleware.security.SecurityMiddleware",
    "lib.site.RequestSiteMiddleware",  # links follow the request's address while SITE_URL is unset
    "api.http.ApiHeadersMiddleware",  # /api/ only: rate limit, CORS, ETag (before any page work)
    "portal.cache.PageCacheMiddleware",
    "portal.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.hosts.CountyHostMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # after authentication: answers locked-out logins
]

ROOT_URLCONF = "gazeta.urls"
WSGI_APPLICATION = "gazeta.wsgi.application"

TEMPLATES = [
    {
        # Public pages: Jinja2 renders a news page several times faster than Django's engine.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"environment": "portal.jinja.environment", "autoescape": True},
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "gazeta" / "templates"],  # admin/base_site.html, ahead of the admin's own
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def _database(url: str) -> dict:
    """Return Django's DATABASES entry for a URL; SQLite gets WAL and a busy timeout."""
    if not url:
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{VAR_DIR / 'gazeta.sqlite3'}"
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0))
    except Exception as error:  # dj_database_url raises several types for a bad URL
        raise ImproperlyConfigured(f"DATABASE_URL is not a database URL: {error}") from error
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {
            # IMMEDIATE transactions avoid 'database is locked' upgrades between writers.
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            # mmap: pages already in the OS cache are read without a copy per page. Cold search
            # queries over 1M articles, typical two words: p95 29 and 35 ms with it, 58 and
            # 42 ms without (two runs each, load ~5; docs/search.md). 2 GB is this build's cap.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
            " PRAGMA mmap_size=2147418112;",
        }
    elif config["ENGINE"] == "django.db.backends.postgresql":
        config.setdefault("OPTIONS", {})
        config["CONN_HEALTH_CHECKS"] = True
    else:
        raise ImproperlyConfigured(f"DATABASE_URL must be sqlite:// or postgres://, not {config['ENGINE']}")
    return config


DATABASES = {"default": _database(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL and TESTING and os.environ.get("PYTEST_XDIST_WORKER", "").startswith("gw"):
    # Parallel test processes each get their own Redis database, so one's cache.clear()
    # or cached page never leaks into another's test.
    _worker = int(os.environ["PYTEST_XDIST_WORKER"][2:])
    _base, _, _db = REDIS_URL.rpartition("/")
    REDIS_URL = f"{_base}/{(int(_db or 0) + _worker) % 16}" if _db.isdigit() else REDIS_URL
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
elif TESTING:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    # Web workers and the scheduler are separate processes: a file cache is shared by all of
    # them on one machine, so an invalidation made by the scheduler reaches every worker.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Login throttling (django-axes): a username or an address is locked after LOGIN_FAILURE_LIMIT
# failed logins, the right password included, for LOGIN_LOCKOUT_MINUTES; `gazeta axes_reset_username`
# (or axes_reset_ip, axes_reset) lifts it; the attempts are listed in the admin. Addresses come
# from REMOTE_ADDR, as for the search limit: behind a proxy, make it the client's.
# Database sessions with signed keys: the page cache tells an invented session cookie from a real
# one without a database read (lib.sessions).
SESSION_ENGINE = "lib.sessions"
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 10, minimum=1, maximum=100)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own: per user, and per address
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30, minimum=1))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "gazeta.lockout.lockout_response"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "ro"
# Romanian for the admin strings Django's own catalogue leaves in English (the two-box picker,
# "Hold down Control", the article editor's dialogs): gazeta/locale/ro, compiled with Babel.
LOCALE_PATHS = [BASE_DIR / "gazeta" / "locale"]
TIME_ZONE = "Europe/Bucharest"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on a missing root
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if TESTING or DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 3600
# Media (image renditions, uploads) in an S3-compatible object store instead of MEDIA_ROOT when
# MEDIA_S3_BUCKET is set; MEDIA_URL is then the bucket's or its CDN's public address, and the CSP
# admits that host (gazeta/media_storage.py, docs/images.md).
MEDIA_S3_BUCKET = env_str("MEDIA_S3_BUCKET")
if MEDIA_S3_BUCKET:
    MEDIA_URL = env_str("MEDIA_URL")
    STORAGES["default"] = s3_storage(
        MEDIA_S3_BUCKET, MEDIA_URL, env_str("MEDIA_S3_ENDPOINT_URL"), env_str("MEDIA_S3_REGION")
    )

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# An https SITE_URL turns on Secure cookies and HSTS unless the operator says otherwise.
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", HTTPS_SITE)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 365 * 24 * 3600 if HTTPS_SITE else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", HTTPS_SITE)  # county subdomains are ours
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", False)  # a promise to browsers' lists: the operator's call
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^metrics$"]  # probes from this machine over plain http
if env_str("SECURE_PROXY_SSL_HEADER"):  # e.g. X-Forwarded-Proto, set by the TLS proxy in front
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + env_str("SECURE_PROXY_SSL_HEADER").upper().replace("-", "_"), "https")
METRICS_TOKEN = env_str("METRICS_TOKEN", "")  # /metrics answers loopback, or `Authorization: Bearer <token>`

# Ingest: see docs/configuration.md for what each one bounds.
INGEST_ALLOWED_HOSTS = env_list("INGEST_ALLOWED_HOSTS", [])  # e.g. 127.0.0.1:8765 for the demo network
INGEST_USER_AGENT = env_str(
    "INGEST_USER_AGENT", f"GazetaBot/0.1 (+{SITE_URL or SITE_URL_FALLBACK}/; regional news aggregator)"
)
INGEST_TIMEOUT = env_float("INGEST_TIMEOUT", 20.0, minimum=0.1)
INGEST_MAX_BYTES = env_int("INGEST_MAX_BYTES", 15 * 1024 * 1024, minimum=1024)
# The real-page corpus that `gazeta eval extraction` and the extraction floor test read (third
# parties' pages, never shipped): ../shared/realpages next to the checkout unless set.
REALPAGES_DIR = Path(env_str("GAZETA_REALPAGES", str(BASE_DIR.parent / "shared" / "realpages")))
INGEST_HOST_CONCURRENCY = env_int("INGEST_HOST_CONCURRENCY", 2, minimum=1)
INGEST_HOST_DELAY = env_float("INGEST_HOST_DELAY", 1.0)
INGEST_MIN_INTERVAL = env_int("INGEST_MIN_INTERVAL", 300, minimum=10)
INGEST_MAX_INTERVAL = env_int("INGEST_MAX_INTERVAL", 3600, minimum=60)
INGEST_MAX_BACKOFF = env_int("INGEST_MAX_BACKOFF", 6 * 3600, minimum=60)
INGEST_JITTER = env_float("INGEST_JITTER", 0.1)
INGEST_CLAIM_SECONDS = env_int("INGEST_CLAIM_SECONDS", 600, minimum=1)
INGEST_THREADS = env_int("INGEST_THREADS", 4, minimum=1, maximum=64)
# On SIGTERM a worker waits this long for the entry it is reading, then abandons it and exits:
# service managers kill after 10-30 s, so what is left of the grace goes to giving claims back.
INGEST_STOP_SECONDS = env_float("INGEST_STOP_SECONDS", 6.0, minimum=0.1)
# API requests per client a minute; 0 = off. An app polling every list once a minute uses a few;
# 120 lets a researcher page through the archive at two pages a second.
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 120, minimum=0)
# County newsletters (docs/configuration.md): sent over SMTP from the outbox table.
EMAIL_HOST = env_str("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1, maximum=65535)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30, minimum=1)
NEWSLETTER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
NEWSLETTER_FROM = env_str("NEWSLETTER_FROM", f"{SITE_NAME} <stiri@{CONTACT_DOMAIN}>")
# Subscription forms a client may send a minute: a person needs one; more is someone typing others' addresses.
NEWSLETTER_RATE_LIMIT = env_int("NEWSLETTER_RATE_LIMIT", 5, minimum=0)
SEARCH_RATE_LIMIT = env_int("SEARCH_RATE_LIMIT", 30, minimum=0)  # searches per client a minute; 0 = off
# Pages rendered (not served from the page cache) per client a minute; 0 = off. A reader's clicks
# are mostly cached pages; this bounds what random addresses and parameters can make a client cost.
PAGE_RATE_LIMIT = env_int("PAGE_RATE_LIMIT", 120, minimum=0)
# Published pages (issue 20, publish/): anonymous pages written as files (with .gz and .br) under
# this directory for a front server (deploy/nginx.conf) or `gazeta up` to send without Django.
# Empty: nothing is published. PUBLISH_ARTICLES: the newest visible articles that get a file
# (older ones are served by Gazeta, cached); it bounds the directory's size (~60 KB an article).
PUBLISH_DIR = env_str("PUBLISH_DIR", "")
PUBLISH_ARTICLES = env_int("PUBLISH_ARTICLES", 5000, minimum=0, maximum=1_000_000)
# With PUBLISH_DIR set, `gazeta up`'s web server sends the files itself (off when a front server does).
PUBLISH_SERVE = env_bool("PUBLISH_SERVE", True)

# Operations (docs/operations.md): backups, retention, free disk.
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(VAR_DIR / "backups")))
BACKUP_PERIODIC = env_bool("BACKUP_PERIODIC", True)  # a daily backup by the scheduler (or `worker --periodic`)
BACKUP_KEEP_DAILY = env_int("BACKUP_KEEP_DAILY", 7, minimum=1)
BACKUP_KEEP_WEEKLY = env_int("BACKUP_KEEP_WEEKLY", 4, minimum=0)
# Other outlets' articles are deleted after this (0 = kept forever; own articles always are):
# the database's size is then bounded (docs/operations.md has the arithmetic).
RETENTION_ARTICLE_DAYS = env_int("RETENTION_ARTICLE_DAYS", 365, minimum=0)
RETENTION_FULL_TEXT_DAYS = env_int("RETENTION_FULL_TEXT_DAYS", 90, minimum=1)  # other outlets' text -> snippet
RETENTION_SIGNATURE_DAYS = env_int("RETENTION_SIGNATURE_DAYS", 30, minimum=3)  # clustering keys of old articles
RETENTION_FETCH_LOG_DAYS = env_int("RETENTION_FETCH_LOG_DAYS", 30, minimum=1)
RETENTION_LOGIN_DAYS = env_int(
    "RETENTION_LOGIN_DAYS", 90, minimum=1
)  # login records (axes); expired sessions go at once
# Ingest pauses (pages keep serving) when a filesystem it writes to has less free space than this.
DISK_MIN_FREE_MB = env_int("DISK_MIN_FREE_MB", 1024, minimum=0)

# Lead images: fetched by the crawler, stored as WebP renditions under MEDIA (docs/images.md).
IMAGES_DIR = env_str("IMAGES_DIR", "imagini")  # folder of the renditions in the default storage
IMAGES_MAX_BYTES = env_int("IMAGES_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
IMAGES_MAX_PIXELS = env_int("IMAGES_MAX_PIXELS", 40_000_000, minimum=10_000)  # checked before decoding
IMAGES_TIMEOUT = env_float("IMAGES_TIMEOUT", 10.0, minimum=0.1)  # total, per image, redirects included
IMAGES_MAX_ATTEMPTS = env_int("IMAGES_MAX_ATTEMPTS", 3, minimum=1)
IMAGES_RETENTION_DAYS = env_int("IMAGES_RETENTION_DAYS", 180, minimum=1)

# Widgets: outside data is fetched by the scheduler, never during a page view.
WEATHER_BASE_URL = env_str("WEATHER_BASE_URL", "https://api.open-meteo.com")
BNR_RATES_URL = env_str("BNR_RATES_URL", "https://www.bnr.ro/nbrfxrates.xml")
# Ad networks' code is the operator's: the only origins an ad slot's code may load from.
ADS_SCRIPT_ORIGINS = env_origins("ADS_SCRIPT_ORIGINS")

# Host mapping for county subdomains, e.g. "bacau.example.ro=bacau,iasi.example.ro=iasi".
COUNTY_HOSTS = dict(item.split("=", 1) for item in env_list("COUNTY_HOSTS", []) if "=" in item)

LOG_LEVEL = env_str("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"structured": {"()": "gazeta.logs.KeyValueFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "structured"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "httpx": {"level": "WARNING"},
        "trafilatura": {"level": "ERROR"},
        "htmldate": {"level": "ERROR"},
        # A line per 404/429 let anyone fill the log with junk addresses (and cost each
        # such request a formatted log line); server errors are still logged.
        "django.request": {"level": "ERROR"},
    },
}
