"""Parse-time benchmark: reports of a given size generated from the labeled corpus, parsed
in this process, timed, with the process's peak memory during each parse.

Three kinds of report, each built deterministically (same size and seed, same bytes):

- ``english``: a headline and a dateline, then paragraphs of the English reports of
  `eval/corpus/` and the seeds, reshuffled round after round until the size is reached;
- ``japanese``: the same with the Japanese reports;
- ``one-line``: English sentences and made-up capitalised names ("Minister Haruto Okabe")
  on a single line, no newline at all (a worst case for anything that works per line or
  per capitalised run).

No Django import here: `parse_benchmark` (the management command) passes the Reference.
"""

from __future__ import annotations

import json
import os
import platform
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from archive.ingest.pipeline import parse_report
from archive.ingest.reference import Reference
from archive.ingest.warmup import warm_up

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "eval" / "corpus"
SEEDS = ROOT / "archive" / "fixtures" / "seeds"
KINDS = ("english", "japanese", "one-line")
SIZES_MB = (0.25, 0.5, 1, 2, 5)
MB = 1_000_000

HEADS = {
    "english": "Japan, US ministers meet as regional tensions rise\n\nTokyo, Jan 7 (Reuters) - ",
    "japanese": "日米外相会談\n\n令和4年1月7日\n\n",
}
GIVEN = ("Haruto", "Yuki", "Daniel", "Margaret", "Kenji", "Sofia", "Tomas", "Aiko", "Ravi")
FAMILY = ("Okabe", "Lindqvist", "Moreau", "Tanabe", "Castellanos", "Hughes", "Iwata", "Brandt")
TITLES = ("Minister", "Ambassador", "Senator", "Governor", "Admiral", "Deputy Secretary")


# The corpus as it stood when the generated reports were fixed (ids up to 235): a report
# labeled later must not change the texts, or runs before and after it would time
# different reports.
LAST_CORPUS_ID = 235


def corpus_paragraphs(language: str, *, corpus: Path = CORPUS) -> list[str]:
    """Body-like paragraphs (60+ characters, no URL) of the corpus reports in `language`
    up to LAST_CORPUS_ID (and of the seeds, for English), in a fixed order."""
    texts = []
    for label in sorted((corpus / "labels").glob("*.json")):
        if int(label.stem) > LAST_CORPUS_ID:
            continue
        if json.loads(label.read_text(encoding="utf-8")).get("language") == language:
            texts.append((corpus / "reports" / f"{label.stem}.txt").read_text(encoding="utf-8"))
    if language == "en":
        texts.extend(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    return [
        line.strip()
        for text in texts
        for line in text.splitlines()
        if len(line.strip()) >= 60 and "http" not in line
    ]


def _rounds(pool: list[str], rng: random.Random) -> Iterator[str]:
    """The pool over and over, each round in a new order, no paragraph twice in a row."""
    previous = None
    while True:
        order = pool[:]
        rng.shuffle(order)
        if order[0] == previous:
            order.append(order.pop(0))
        yield from order
        previous = order[-1]


def _made_up_name(rng: random.Random) -> str:
    return f"{rng.choice(TITLES)} {rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _one_line_pieces(rng: random.Random) -> Iterator[str]:
    sentences = [
        s for p in corpus_paragraphs("en") for s in re.split(r"(?<=[.!?])\s+", p) if s.strip()
    ]
    for sentence in _rounds(sentences, rng):
        yield sentence
        yield f"{_made_up_name(rng)} said so too."


def generate_report(kind: str, size_bytes: int, *, seed: int = 0) -> bytes:
    """A `kind` report of about `size_bytes` UTF-8 bytes (never more)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")
    rng = random.Random(f"{kind}:{seed}")
    if kind == "one-line":
        pieces, head, separator = _one_line_pieces(rng), "", " "
    else:
        pool = corpus_paragraphs("en" if kind == "english" else "ja")
        pieces, head, separator = _rounds(pool, rng), HEADS[kind], "\n\n"
    parts, size = [head], len(head.encode())
    for piece in pieces:
        cost = len(piece.encode()) + len(separator)
        if size + cost > size_bytes:
            break
        parts.append(piece + separator)
        size += cost
    return "".join(parts).rstrip().encode()


def _peak_rss_kb() -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1))


def _reset_peak_rss() -> bool:
    """Reset the process's peak RSS (Linux `clear_refs`); False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Timing:
    kind: str
    size_mb: float
    size_bytes: int
    seconds: float  # wall clock
    cpu_seconds: float  # this process's CPU time: what other work on the machine disturbs less
    peak_rss_mb: float
    peak_is_process_peak: bool  # True when the peak could not be reset before the parse
    load: float = 0.0  # the machine's 1-minute load average when the parse began

    @property
    def mb_per_s(self) -> float:
        return self.size_bytes / MB / self.seconds if self.seconds else 0.0

    @property
    def cpu_seconds_per_mb(self) -> float:
        return self.cpu_seconds / (self.size_bytes / MB) if self.size_bytes else 0.0


def time_parse(raw: bytes, reference: Reference, *, kind: str, size_mb: float) -> Timing:
    """Parse `raw` once in this process: wall-clock and CPU seconds, and the peak RSS."""
    reset, load = _reset_peak_rss(), os.getloadavg()[0]
    started, cpu_started = time.perf_counter(), time.process_time()
    parse_report(raw, reference=reference, filename=f"{kind}.txt")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = _peak_rss_kb() / 1024
    return Timing(kind, size_mb, len(raw), seconds, cpu, peak, not reset, load)


def run(
    reference: Reference,
    *,
    kinds=KINDS,
    sizes_mb=SIZES_MB,
    progress: Callable[[Timing], None] | None = None,
) -> list[Timing]:
    """Every kind at every size, smallest first; one parse each, in a process warmed up
    as the import worker warms itself (`warm_up`: the reference's indexes, dateparser's
    tables, which only some kinds' dates reach) and by a parse of each kind, so that no
    one-time cost lands in the first row of a kind."""
    warm_up(reference)
    for kind in kinds:
        parse_report(generate_report(kind, 20_000), reference=reference)
    timings = []
    for kind in kinds:
        for size_mb in sizes_mb:
            # A seed of its own per size: with one seed, each report would begin with the
            # one parsed before it, and whatever the parser remembers of its last text
            # (`needles`, `prefilter.fold`) would read the larger one cheaply.
            raw = generate_report(kind, int(size_mb * MB), seed=int(size_mb * MB))
            timing = time_parse(raw, reference, kind=kind, size_mb=size_mb)
            timings.append(timing)
            if progress:
                progress(timing)
    return timings


def _load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def machine() -> str:
    """CPU model, cores, memory, Python, and the load now: called once the run is over
    (each row of the table has the load when its parse began; a shared machine's other
    work slows every row)."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1])
        memory = f", {memory_kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, TypeError):
        memory = ""
    load = _load()
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; load average when the table was written {load}"
    )


def markdown(timings: list[Timing], *, machine: str, command: str, note: str = "") -> str:
    """The results file: how it was run, then one row per report."""
    lines = [
        "# Parse benchmark",
        "",
        f"Written by `{command}` (`bench/parse.py`): `parse_report` run in-process on reports",
        "generated from the labeled corpus (`english`, `japanese`: paragraphs reshuffled until",
        "the size is reached; `one-line`: English sentences and made-up capitalised names on",
        "one line without a newline; each size shuffled from a seed of its own, so that no",
        "report begins with the one parsed before it). One parse per row. Wall-clock seconds",
        "depend on what else",
        "the machine runs; CPU seconds (this process's) much less, so CPU s/MB is the column to",
        "read for linearity: flat down a kind's rows means linear. Peak RSS is the process's",
        "high-water mark during that parse (reset before it), with the interpreter and Django.",
        "",
        f"- Machine: {machine}",
        "- Load: the machine's 1-minute load average when each parse began (2 cores: other",
        "  work slows wall-clock seconds most, CPU seconds too, through shared caches and cores)",
        f"- Command: `{command}`",
    ]
    if note:
        lines.append(f"- Note: {note}")
    lines += [
        "",
        "| kind | size (MB) | bytes | seconds | MB/s | CPU seconds | CPU s/MB | peak RSS (MB) "
        "| load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for t in timings:
        star = "*" if t.peak_is_process_peak else ""
        lines.append(
            f"| {t.kind} | {t.size_mb:g} | {t.size_bytes:,} | {t.seconds:.2f} | "
            f"{t.mb_per_s:.2f} | {t.cpu_seconds:.2f} | {t.cpu_seconds_per_mb:.2f} | "
            f"{t.peak_rss_mb:.0f}{star} | {t.load:.1f} |"
        )
    if any(t.peak_is_process_peak for t in timings):
        lines += ["", "\\* the peak could not be reset: the process's peak so far."]
    return "\n".join(lines) + "\n"
