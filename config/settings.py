"""The one settings module. Everything that differs in production comes from env vars:
DATABASE_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS, HTTPS."""

import os
import re
import secrets
import warnings
from pathlib import Path

from config.database import parse_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").strip().lower() in (
        "1",
        "true",
        "yes",
        "on",
    )


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def local_secret_key() -> str:
    # A checkout without SECRET_KEY gets its own random key, kept out of git, so that
    # nobody ever runs with a key published in the repository.
    path = BASE_DIR / ".local" / "secret_key"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


DEBUG = env_flag("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY") or local_secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

if os.environ.get("DATABASE_URL"):
    DATABASE_URL = os.environ["DATABASE_URL"]
else:
    from config.embedded_db import embedded_database_url

    DATABASE_URL = embedded_database_url(BASE_DIR)
DATABASES = {"default": parse_database_url(DATABASE_URL)}
# Two test runs on one server (two checkouts, or a run beside a benchmark) need two names.
DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_DATABASE_NAME", "test_archive")}


def replica_database(url: str) -> dict:
    """A read replica's DATABASES entry: never created or migrated by tests (it mirrors
    default there), and given up on quickly when it does not answer."""
    database = parse_database_url(url)
    database["OPTIONS"].setdefault(
        "connect_timeout", os.environ.get("DATABASE_REPLICA_CONNECT_TIMEOUT", "2")
    )
    database["TEST"] = {"MIRROR": "default"}
    return database


# Read replicas (archive/db_router.py, docs/scaling.md): DATABASE_REPLICA_URLS, comma-separated,
# adds the aliases replica_0..n; public pages read from them, writes and curators use default.
DATABASE_REPLICAS = []
for index, url in enumerate(env_list("DATABASE_REPLICA_URLS", "")):
    DATABASES[f"replica_{index}"] = replica_database(url)
    DATABASE_REPLICAS.append(f"replica_{index}")
if DATABASE_REPLICAS:
    DATABASE_ROUTERS = ["archive.db_router.ReplicaRouter"]
# How long a client reads the primary after it wrote, and a silent replica is left alone.
DATABASE_REPLICA_PIN_SECONDS = int(os.environ.get("DATABASE_REPLICA_PIN_SECONDS", "15"))
DATABASE_REPLICA_RETRY_SECONDS = int(os.environ.get("DATABASE_REPLICA_RETRY_SECONDS", "30"))


def statement_timeout(value: str) -> str:
    """DATABASE_STATEMENT_TIMEOUT in PostgreSQL's syntax (500ms, 30s, 2min; a bare number is
    milliseconds; 0 turns the bound off), checked here rather than at the first request."""
    value = value.strip().replace(" ", "")
    if not re.fullmatch(r"\d+(ms|s|min)?", value):
        raise ValueError(f"DATABASE_STATEMENT_TIMEOUT must look like 500ms, 30s or 2min: {value!r}")
    return "0" if int(re.match(r"\d+", value).group()) == 0 else value


# Every statement of a web request is bounded (archive/statement_timeout.py); commands,
# imports and the worker are not.
DATABASE_STATEMENT_TIMEOUT = statement_timeout(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "30s"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "pgtrigger",
    "pghistory",
    "pghistory.admin",
    "django_tasks",
    "django_tasks_db",
    "archive",
    "axes",
]

MIDDLEWARE = [
    # Outermost: a database outage anywhere below answers 503 with Retry-After, not 500.
    "archive.middleware.DatabaseUnavailableMiddleware",
    # A statement over DATABASE_STATEMENT_TIMEOUT is cancelled and answers 503 too.
    "archive.statement_timeout.StatementTimeoutMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads the body or the query string (docs/security.md).
    "archive.middleware.RequestBodyLimitMiddleware",
    "archive.middleware.RejectNulMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who made each change, recorded beside every history row (django-pghistory).
    "pghistory.middleware.HistoryMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers a locked-out login attempt.
    "axes.middleware.AxesMiddleware",
]

if DATABASE_REPLICAS:
    # Which requests may read a replica, and read-after-write (archive/replica_pinning.py).
    MIDDLEWARE.insert(2, "archive.replica_pinning.ReplicaPinningMiddleware")

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "archive.context_processors.vocabularies",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Serve straight from static/ when nobody ran collectstatic (tests, a quick look); WhiteNoise
# then warns that STATIC_ROOT is missing, which is expected there.
WHITENOISE_USE_FINDERS = True
warnings.filterwarnings("ignore", message="No directory at")

# Uploads through the admin import page: large enough for a zip batch, bounded all the same.
DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
# Request bodies, refused from Content-Length before they are read (archive/middleware.py):
# public pages take no uploads; the admin takes the import page's batches.
PUBLIC_MAX_BODY_SIZE = 64 * 1024
ADMIN_MAX_BODY_SIZE = 32 * 1024 * 1024
# With the database down, pages answer 503 and ask clients to come back after this long.
DATABASE_OUTAGE_RETRY_AFTER = 30
EMBEDDED_DATABASE = not os.environ.get("DATABASE_URL")
# Import by URL (archive/fetch/) refuses loopback addresses like every other internal one.
# Test-only: tests set this True (pytest's `settings` fixture) to fetch from a local server.
# Never read from the environment.
ARCHIVE_FETCH_ALLOW_LOOPBACK = False

# Curator sessions: bounded, and gone when the browser closes (only the admin signs in).
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Admin sign-in throttle (django-axes): after AXES_FAILURE_LIMIT failures for one user name
# from one address, that pair is locked out for AXES_COOLOFF_TIME hours. Failures are logged
# (logger "axes") and kept in the admin under Axes.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The log names the user name and address of each failure (never the password), so that an
# operator, or fail2ban, can act on it.
AXES_SENSITIVE_PARAMETERS = []
AXES_COOLOFF_MESSAGE = (
    "Too many failed sign-ins for this user name from your address: signing in is locked for "
    f"{round(AXES_COOLOFF_TIME * 60)} minutes. Nothing else is affected."
)
# Behind the proxy in deploy/ (BEHIND_PROXY=1), the client's address is the one the proxy
# appended to X-Forwarded-For; elsewhere it is the connection's own.
BEHIND_PROXY = env_flag("BEHIND_PROXY")
AXES_CLIENT_IP_CALLABLE = "archive.middleware.client_ip"

# Content-Security-Policy (django-csp) on every response: scripts, styles, images and fonts
# from this site only, never inline; no plugins, no framing, forms post back here only.
# Django's admin needs nothing more: its scripts and styles are files, and its JavaScript
# styles elements through the DOM (el.style), which a CSP does not govern.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# Behind TLS in production: HTTPS=1 turns on the secure-cookie and HSTS settings.
if env_flag("HTTPS"):
    SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Preloading is hard to undo (browsers ship the list): only when asked for, and then
    # Django's reminder that the site is not on the list (security.W021) is beside the point.
    SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD")
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Heavy work (reading and importing uploads) runs in a worker (`manage.py db_worker`, started
# by `make run` and docker-compose), queued in PostgreSQL: no other server to run.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
