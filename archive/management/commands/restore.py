import subprocess
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from config.database import pg_environment, pg_tool


class Command(BaseCommand):
    help = (
        "Replace the database's contents with a backup made by `manage.py backup`"
        " (pg_restore, in one transaction: on any error nothing changes). Asks first unless"
        " --yes is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .dump file written by `manage.py backup`")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, file, yes=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"no such file: {path}")
        listing = subprocess.run(
            [pg_tool("pg_restore"), "--list", str(path)], capture_output=True, text=True
        )
        if listing.returncode != 0:
            raise CommandError(f"{path} is not a pg_dump archive: {listing.stderr.strip()}")
        database = connections["default"].settings_dict
        if not yes:
            if not sys.stdin.isatty():
                raise CommandError(
                    "restore replaces the whole database: pass --yes (make restore FORCE=1)"
                    " to confirm"
                )
            answer = input(
                f"Replace everything in database {database['NAME']!r} with {path}? [y/N] "
            )
            if answer.strip().lower() not in ("y", "yes"):
                raise CommandError("restore cancelled; nothing changed")
        for connection in connections.all():
            connection.close()
        result = subprocess.run(
            [
                pg_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={database['NAME']}",
                str(path),
            ],
            env=pg_environment(database),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise CommandError(f"pg_restore failed, nothing changed: {result.stderr.strip()}")
        self.stdout.write(f"Restored {path} into database {database['NAME']!r}.")
