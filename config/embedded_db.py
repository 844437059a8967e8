"""Start the embedded PostgreSQL (pgserver) when no DATABASE_URL is given.

The data folder lives in the checkout (`.pgdata/`, git-ignored) so a second start reuses
the same cluster. pgserver counts the processes holding the server and stops it when the
last one exits, so `make run` and `make test` need no manual set-up or tear-down.
"""

from pathlib import Path

DATABASE_NAME = "archive"


def embedded_database_url(base_dir: Path) -> str:
    import warnings

    # Without a login session there is no XDG_RUNTIME_DIR; pgserver then falls back to /tmp,
    # which is fine, so its warning is noise on every command.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    import pgserver  # imported lazily: production with DATABASE_URL never needs it
    import psycopg

    server = pgserver.get_server(base_dir / ".pgdata", cleanup_mode="stop")
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    return server.get_uri(DATABASE_NAME)
