"""Start the embedded PostgreSQL (pgserver) when no DATABASE_URL is given.

The data folder lives in the checkout (`.pgdata/`, git-ignored) so a second start reuses
the same cluster. pgserver counts the processes holding the server and stops it when the
last one exits, so `make run` and `make test` need no manual set-up or tear-down.
"""

import atexit
import json
from pathlib import Path

DATABASE_NAME = "archive"


def forget_dead_holders(pgdata: Path) -> None:
    """pgserver stops the server when its last holder exits, but a holder that was killed
    (SIGKILL, a CI time-out) never says goodbye and would keep it running for good."""
    import psutil

    holders = pgdata / ".handle_pids.json"
    try:
        pids = json.loads(holders.read_text())
    except (OSError, ValueError):
        return
    alive = [pid for pid in pids if psutil.pid_exists(pid)]
    if alive != pids:
        holders.write_text(json.dumps(alive))


def embedded_database_url(base_dir: Path) -> str:
    import warnings

    # Without a login session there is no XDG_RUNTIME_DIR; pgserver then falls back to /tmp,
    # which is fine, so its warning is noise on every command.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    import pgserver  # imported lazily: production with DATABASE_URL never needs it
    import psycopg

    pgdata = base_dir / ".pgdata"
    with pgserver.PostgresServer._lock:  # the lock pgserver itself takes around this list
        forget_dead_holders(pgdata)
    server = pgserver.get_server(pgdata, cleanup_mode="stop")
    # Registered after pgserver's own exit hook, so it runs first: if the server was
    # restarted meanwhile (by a gunicorn worker, see embedded_server_restart), the last
    # holder must stop the server that runs now, not look for the one that died.
    atexit.register(refresh_postmaster_info, server)
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    return server.get_uri(DATABASE_NAME)


def embedded_server_running(pgdata: Path) -> bool:
    from pgserver.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(pgdata)
    return info is not None and info.is_running() and info.status == "ready"


def refresh_postmaster_info(server) -> None:
    from pgserver.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(server.pgdata)
    if info is not None and info.is_running():
        server._postmaster_info = info


def embedded_server_restart(base_dir: Path) -> bool:
    """Start the embedded server again in a process that already holds it (a gunicorn worker
    after PostgreSQL was stopped or killed under it). The socket folder is derived from the
    data folder, so the URL the settings hold stays right. True when it had to be started."""
    import pgserver

    pgdata = (base_dir / ".pgdata").resolve()
    server = pgserver.PostgresServer._instances.get(pgdata)
    if server is None:
        return False
    with pgserver.PostgresServer._lock:
        if embedded_server_running(pgdata):
            return False
        server.ensure_postgres_running()
    return True
