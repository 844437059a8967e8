"""Turn a DATABASE_URL into Django's DATABASES entry (PostgreSQL only)."""

from urllib.parse import parse_qs, unquote, urlsplit


def parse_database_url(url: str) -> dict:
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise ValueError(f"DATABASE_URL must be a PostgreSQL URL, got scheme {parts.scheme!r}")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    # A Unix-socket server (the embedded one) is given as ?host=/path/to/socket/dir.
    host = query.pop("host", None) or parts.hostname or ""
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")) or "postgres",
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": host,
        "PORT": str(parts.port or ""),
        "OPTIONS": query,
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def pg_tool(name: str) -> str:
    """The path of a PostgreSQL client program (pg_dump, pg_restore): $PG_BIN if set, else
    the one the embedded server's package ships (pgserver's pginstall/bin, PostgreSQL 16),
    else the one on PATH. pg_dump refuses a server newer than itself: for PostgreSQL 17 or
    later behind DATABASE_URL, point PG_BIN at that version's client programs."""
    import os
    import shutil
    from pathlib import Path

    folder = os.environ.get("PG_BIN")
    if not folder:
        try:
            from pgserver._commands import POSTGRES_BIN_PATH
        except ImportError:
            POSTGRES_BIN_PATH = None
        if POSTGRES_BIN_PATH is not None and (POSTGRES_BIN_PATH / name).exists():
            folder = str(POSTGRES_BIN_PATH)
    if folder:
        return str(Path(folder) / name)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(
            f"{name} not found: install PostgreSQL's client programs or set PG_BIN"
        )
    return found


def pg_environment(database: dict) -> dict:
    """libpq's environment variables for a Django DATABASES entry, so that no password ever
    appears on a command line (where `ps` would show it)."""
    import os

    env = dict(os.environ)
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if database.get(key):
            env[variable] = str(database[key])
        else:
            env.pop(variable, None)
    for option, value in database.get("OPTIONS", {}).items():
        if option == "sslmode":
            env["PGSSLMODE"] = str(value)
    return env
