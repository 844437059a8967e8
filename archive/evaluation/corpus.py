"""The labeled corpus in `eval/corpus/`: each report's raw bytes with its label, checked.

The label format is described in `eval/corpus/README.md`; `corpus_load` refuses a label that
lacks a key the scoring reads, or gives it a value of the wrong shape, rather than scoring
a report against half a label.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SPLITS = ("dev", "holdout")

# key -> the check its value must pass, and what it should be, for the error message.
_LIST_OF_STR = (
    lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    "a list of strings",
)
_OPTIONAL_STR = (lambda v: v is None or isinstance(v, str), "a string or null")
_OPTIONAL_ISO = (lambda v: v is None or _is_iso(v), "an ISO date or null")
REQUIRED_KEYS = {
    "id": (lambda v: isinstance(v, str) and re.fullmatch(r"\d{3}", v) is not None, "three digits"),
    "language": (lambda v: isinstance(v, str) and bool(v), "a language code"),
    "split": (lambda v: v in SPLITS, "'dev' or 'holdout'"),
    "title": _OPTIONAL_STR,
    "published": _OPTIONAL_ISO,
    "people": _LIST_OF_STR,
    "meetings": (
        lambda v: isinstance(v, list) and all(_is_meeting(m) for m in v),
        "a list of meetings, each with a kind and an ISO date or null",
    ),
    "noise_lines": _LIST_OF_STR,
    "kept_sentences": _LIST_OF_STR,
    "quotes": (
        lambda v: isinstance(v, list) and all(_is_quote(q) for q in v),
        "a list of quotes, each with a text and a speaker (string or null)",
    ),
}


class LabelError(ValueError):
    """A label the scoring cannot read."""


def _is_iso(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None


def _is_meeting(value) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("kind"), str)
        and "date" in value
        and (value["date"] is None or _is_iso(value["date"]))
    )


def _is_quote(value) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("text"), str)
        and "speaker" in value
        and (value["speaker"] is None or isinstance(value["speaker"], str))
    )


@dataclass(frozen=True)
class LabeledMeeting:
    kind: str
    date: date | None


@dataclass(frozen=True)
class LabeledQuote:
    text: str
    speaker: str | None


@dataclass(frozen=True)
class Label:
    id: str
    language: str
    split: str
    title: str | None
    published: date | None
    people: tuple[str, ...]
    meetings: tuple[LabeledMeeting, ...]
    noise_lines: tuple[str, ...]
    kept_sentences: tuple[str, ...]
    quotes: tuple[LabeledQuote, ...]


@dataclass(frozen=True)
class CorpusReport:
    label: Label
    raw: bytes
    filename: str
    url: str = ""  # the label's `source_url`: the address a curator imports it from


def label_parse(data: dict, *, where: str = "label") -> Label:
    """A Label from one decoded `labels/NNN.json`; LabelError names the first bad key."""
    if not isinstance(data, dict):
        raise LabelError(f"{where}: not a JSON object")
    for key, (check, expected) in REQUIRED_KEYS.items():
        if key not in data:
            raise LabelError(f"{where}: missing key {key!r}")
        if not check(data[key]):
            raise LabelError(f"{where}: {key!r} must be {expected}, not {data[key]!r}")
    return Label(
        id=data["id"],
        language=data["language"],
        split=data["split"],
        title=data["title"],
        published=date.fromisoformat(data["published"]) if data["published"] else None,
        people=tuple(data["people"]),
        meetings=tuple(
            LabeledMeeting(m["kind"], date.fromisoformat(m["date"]) if m["date"] else None)
            for m in data["meetings"]
        ),
        noise_lines=tuple(data["noise_lines"]),
        kept_sentences=tuple(data["kept_sentences"]),
        quotes=tuple(LabeledQuote(q["text"], q["speaker"]) for q in data["quotes"]),
    )


def corpus_load(
    directory: Path, *, split: str = "all", ids: set[str] | None = None
) -> list[CorpusReport]:
    """Every report of `split` ("dev", "holdout" or "all") in `directory`, by id; `ids`
    keeps only those. A label without its report, or a report without its label, is an
    error: the corpus is scored whole or not at all."""
    if split not in (*SPLITS, "all"):
        raise ValueError(f"unknown split {split!r}")
    labels = {path.stem: path for path in sorted((directory / "labels").glob("*.json"))}
    texts = {path.stem: path for path in sorted((directory / "reports").glob("*.txt"))}
    if not labels:
        raise LabelError(f"no labels in {directory / 'labels'}")
    if labels.keys() != texts.keys():
        unpaired = sorted(labels.keys() ^ texts.keys())
        raise LabelError(f"reports and labels do not pair up: {', '.join(unpaired)}")
    if ids is not None and ids - labels.keys():
        raise LabelError(f"no such reports: {', '.join(sorted(ids - labels.keys()))}")
    reports = []
    for stem, path in labels.items():
        if ids is not None and stem not in ids:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise LabelError(f"{path.name}: not JSON ({error})") from error
        label = label_parse(data, where=path.name)
        if label.id != stem:
            raise LabelError(f"{path.name}: id {label.id!r} differs from the file name")
        if split in ("all", label.split):
            reports.append(
                CorpusReport(
                    label,
                    texts[stem].read_bytes(),
                    texts[stem].name,
                    url=str(data.get("source_url") or ""),
                )
            )
    return reports
