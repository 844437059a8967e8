import subprocess
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from config.database import pg_environment, pg_tool


def default_backup_path() -> Path:
    import os

    folder = Path(os.environ.get("BACKUP_DIR") or settings.BASE_DIR / ".local" / "backups")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return folder / f"archive-{stamp}.dump"


class Command(BaseCommand):
    help = (
        "Write the whole database to one file with pg_dump (custom format, compressed): the"
        " embedded server's, or DATABASE_URL's. Default: .local/backups/archive-<UTC time>.dump"
        " ($BACKUP_DIR to change the folder). Restore it with `manage.py restore FILE`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="the file to write")

    def handle(self, *args, output=None, **options):
        path = Path(output) if output else default_backup_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        env = pg_environment(connections["default"].settings_dict)
        dump = [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"]
        result = subprocess.run(
            [*dump, f"--file={partial}"], env=env, capture_output=True, text=True
        )
        if result.returncode != 0:
            partial.unlink(missing_ok=True)
            raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        # A backup is only a backup once it reads back: list its contents before keeping it.
        listing = subprocess.run(
            [pg_tool("pg_restore"), "--list", str(partial)], capture_output=True, text=True
        )
        if listing.returncode != 0 or "TABLE DATA" not in listing.stdout:
            partial.unlink(missing_ok=True)
            raise CommandError(f"the dump does not read back: {listing.stderr.strip()}")
        partial.replace(path)
        tables = listing.stdout.count("TABLE DATA")
        self.stdout.write(f"Backup written: {path} ({path.stat().st_size} bytes, {tables} tables)")
