"""`python manage.py parse_benchmark` (`make parse-bench`): `parse_report` timed in this
process on generated reports of 0.25 to 5 MB (English, Japanese, one line without a
newline), with the reference data the archive ships; the table goes to
docs/parse-benchmark.md (bench/parse.py builds the reports and the table)."""

import shlex
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bench import parse as parse_bench

RESULTS = Path(settings.BASE_DIR) / "docs" / "parse-benchmark.md"


def _sizes(value: str) -> tuple[float, ...]:
    try:
        sizes = tuple(float(part) for part in value.split(",") if part.strip())
    except ValueError as error:
        raise CommandError(f"--sizes: {error}") from error
    if not sizes or any(size <= 0 for size in sizes):
        raise CommandError("--sizes: positive megabytes, comma-separated")
    return sizes


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [kind for kind in kinds if kind not in parse_bench.KINDS]
    if not kinds or unknown:
        raise CommandError(f"--kinds: any of {', '.join(parse_bench.KINDS)}")
    return kinds


class Command(BaseCommand):
    help = "Time parse_report on generated reports of 0.25-5 MB; write docs/parse-benchmark.md."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default=",".join(f"{s:g}" for s in parse_bench.SIZES_MB))
        parser.add_argument("--kinds", default=",".join(parse_bench.KINDS))
        parser.add_argument("--output", type=Path, default=RESULTS)
        parser.add_argument("--no-write", action="store_true", help="print only")
        parser.add_argument(
            "--current-database",
            action="store_true",
            help="the reference data of the database as it is (no throwaway database)",
        )

    def handle(self, *args, **options):
        sizes, kinds = _sizes(options["sizes"]), _kinds(options["kinds"])
        from archive.evaluation import evaluation_reference, shipped_reference

        loaded = evaluation_reference() if options["current_database"] else shipped_reference()
        timings = parse_bench.run(
            loaded.reference,
            kinds=kinds,
            sizes_mb=sizes,
            progress=lambda t: self.stderr.write(
                f"{t.kind} {t.size_mb:g} MB: {t.seconds:.2f} s ({t.cpu_seconds:.2f} s CPU), "
                f"peak RSS {t.peak_rss_mb:.0f} MB"
            ),
        )
        command = "python manage.py parse_benchmark " + " ".join(
            shlex.quote(arg) for arg in sys.argv[2:]
        )
        text = parse_bench.markdown(timings, machine=parse_bench.machine(), command=command.strip())
        self.stdout.write(text)
        if not options["no_write"]:
            options["output"].write_text(text, encoding="utf-8")
            self.stderr.write(f"written to {options['output']}")
