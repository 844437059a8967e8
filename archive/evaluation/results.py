"""The scores as a console table, as `eval/results/latest.json` (each split keeps the
result of its latest run, with the date, commit and command that made it) and as the
`## Accuracy` section of `docs/ingestion.md` (its generated part, between two markers)."""

from __future__ import annotations

import json
from pathlib import Path

from archive.evaluation.scoring import FIELDS

TARGET_OVERALL = 0.95
TARGET_LANGUAGE = 0.90
TARGET_HOLDOUT_GAP = 0.05
SECTION = "## Accuracy"
START = "<!-- make eval writes from here to the end marker; edit outside it -->"
END = "<!-- end of make eval's results -->"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def cell(counts: dict) -> str:
    return f"{percent(counts['precision'])} / {percent(counts['recall'])}"


def split_table(summary: dict) -> list[list[str]]:
    """Rows: a header, then one per field; columns: overall and each language, each
    cell "precision / recall" in percent."""
    languages = list(summary["languages"])
    header = ["field", f"all ({summary['reports']})"] + [
        f"{lang} ({summary['languages'][lang]})" for lang in languages
    ]
    rows = [header]
    for name in FIELDS:
        scores = summary["fields"][name]
        rows.append(
            [name, cell(scores["overall"])]
            + [cell(scores["by_language"][lang]) for lang in languages]
        )
    return rows


def span(interval) -> str:
    """A 95% interval in percent ("88.1–93.0"), or "—"."""
    if not interval:
        return "—"
    return f"{100 * interval[0]:.1f}–{100 * interval[1]:.1f}"


def gap_span(interval) -> str:
    """A gap's 95% interval in points ("−9.8 to −1.2"), or "—"."""
    if not interval:
        return "—"
    return f"{100 * interval[0]:+.1f} to {100 * interval[1]:+.1f}"


def interval_table(run: dict) -> list[list[str]] | None:
    """Each field's overall precision and recall with its 95% interval (`intervals`)."""
    intervals = run.get("intervals")
    if not intervals:
        return None
    rows = [["field", "precision (95% interval)", "recall (95% interval)"]]
    for name in FIELDS:
        overall = run["summary"]["fields"][name]["overall"]
        rows.append(
            [name]
            + [
                f"{percent(overall[key])} ({span(intervals[name][key])})"
                for key in ("precision", "recall")
            ]
        )
    return rows


def _same_run_gaps(splits: dict) -> dict | None:
    """The holdout's gap intervals, when dev was scored in the same run as the holdout
    (else the gap's interval would mix two runs' pipelines)."""
    dev, held = splits["dev"], splits["holdout"]
    gaps = held.get("gap_intervals")
    same = all(dev.get(key) == held.get(key) for key in ("date", "commit"))
    return gaps if gaps and same else None


def comparison_table(splits: dict) -> list[list[str]] | None:
    """dev against holdout, overall, with the gap in points (holdout minus dev) and, when
    both come from one run, the gap's 95% interval."""
    if not {"dev", "holdout"} <= splits.keys():
        return None
    gaps = _same_run_gaps(splits)
    header = ["field", "dev P / R", "holdout P / R", "gap P", "gap R"]
    rows = [header + (["gap P (95%)", "gap R (95%)"] if gaps else [])]
    for name in FIELDS:
        dev = splits["dev"]["summary"]["fields"][name]["overall"]
        held = splits["holdout"]["summary"]["fields"][name]["overall"]
        row = [name, cell(dev), cell(held), _gap(dev, held, "precision"), _gap(dev, held, "recall")]
        if gaps:
            row += [gap_span(gaps[name]["precision"]), gap_span(gaps[name]["recall"])]
        rows.append(row)
    return rows


def _gap(dev: dict, held: dict, key: str) -> str:
    if dev[key] is None or held[key] is None:
        return "—"
    return f"{100 * (held[key] - dev[key]):+.1f}"


def text_table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def shortfalls(summary: dict, intervals: dict | None = None) -> list[str]:
    """Every figure under the issue's targets (95 overall, 90 in each language), one line
    per field: "people: precision 89.0 overall, en 83.9; recall 62.3 overall, ja 44.7".
    With `intervals` ({"overall" or a language: score_intervals' result}), each figure
    carries its 95% interval: "it 66.7 (0.0–100.0)"."""
    lines = []
    for name in FIELDS:
        scores = summary["fields"][name]
        parts = []
        for key in ("precision", "recall"):
            below = []
            value = scores["overall"][key]
            if value is not None and value < TARGET_OVERALL:
                below.append(f"{percent(value)}{_within(intervals, 'overall', name, key)} overall")
            below += [
                f"{lang} {percent(counts[key])}{_within(intervals, lang, name, key)}"
                for lang, counts in scores["by_language"].items()
                if counts[key] is not None and counts[key] < TARGET_LANGUAGE
            ]
            if below:
                parts.append(f"{key} " + ", ".join(below))
        if parts:
            lines.append(f"{name}: " + "; ".join(parts))
    return lines


def _within(intervals: dict | None, group: str, name: str, key: str) -> str:
    """ " (88.1–93.0)", or " (3 reports)" when too few count for an interval."""
    field = ((intervals or {}).get(group) or {}).get(name, {})
    if field.get(key):
        return f" ({span(field[key])})"
    counted = field.get(f"{key}_reports")
    if counted is None:
        return ""
    return f" ({counted} report{'s' if counted != 1 else ''})"


def run_intervals(run: dict) -> dict:
    """{"overall": ..., language: ...} of a run's intervals, for `shortfalls`."""
    return {"overall": run.get("intervals") or {}, **(run.get("language_intervals") or {})}


def holdout_gaps(splits: dict) -> list[str]:
    """Fields where the holdout is more than 5 points below or above dev; with the gap's
    interval from the same run, whether the corpus shows the gap (its interval holds no
    zero) or not."""
    if not {"dev", "holdout"} <= splits.keys():
        return []
    gaps = _same_run_gaps(splits)
    found = []
    for name in FIELDS:
        dev = splits["dev"]["summary"]["fields"][name]["overall"]
        held = splits["holdout"]["summary"]["fields"][name]["overall"]
        for key in ("precision", "recall"):
            if dev[key] is not None and held[key] is not None:
                if abs(held[key] - dev[key]) > TARGET_HOLDOUT_GAP:
                    line = f"{name} {key}: holdout {percent(held[key])} vs dev {percent(dev[key])}"
                    interval = gaps[name][key] if gaps else None
                    if interval:
                        shown = interval[0] > 0 or interval[1] < 0
                        line += f" (95%: {gap_span(interval)}, " + (
                            "a real gap)" if shown else "within the corpus's noise)"
                        )
                    found.append(line)
    return found


def results_merge(path: Path, runs: dict) -> dict:
    """`latest.json` with the splits of this run replaced and the others kept as they were."""
    current = {}
    if path.exists():
        current = json.loads(path.read_text(encoding="utf-8"))
    splits = {**current.get("splits", {}), **runs}
    merged = {
        "fields": list(FIELDS),
        "targets": {
            "overall": TARGET_OVERALL,
            "per_language": TARGET_LANGUAGE,
            "holdout_gap": TARGET_HOLDOUT_GAP,
        },
        "splits": {split: splits[split] for split in ("dev", "holdout", "all") if split in splits},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return merged


def markdown_section(results: dict) -> str:
    """The generated part of `## Accuracy`: each split's run, its tables and its gaps."""
    splits = results["splits"]
    parts = [
        "Precision / recall in percent, micro-averaged over the reports of a split; a cell is",
        '"—" when there is nothing to divide by (kept sentences have no precision). Targets:',
        "95 overall and 90 in each language for every field, the holdout within 5 points of dev.",
        "",
    ]
    for split in ("dev", "holdout", "all"):
        if split not in splits:
            continue
        run = splits[split]
        parts += [
            f"### {split}: {run['summary']['reports']} reports",
            "",
            f"{run['date']}, commit `{run['commit']}`, `{run['command']}`",
            "",
            markdown_table(split_table(run["summary"])),
            "",
        ]
        if run.get("people_outside_reference"):
            parts += [
                "Labeled people the reference data does not hold (always missed): "
                + ", ".join(run["people_outside_reference"])
                + ".",
                "",
            ]
        elif run.get("people_outside_reference_count"):
            parts += [
                f"Labeled people the reference data does not hold (always missed): "
                f"{run['people_outside_reference_count']} (not named: holdout labels stay unread).",
                "",
            ]
        intervals = interval_table(run)
        if intervals:
            parts += [
                "Overall, with 95% intervals (bootstrap over the split's reports, "
                "1,000 draws, fixed seed):",
                "",
                markdown_table(intervals),
                "",
            ]
        below = shortfalls(run["summary"], run_intervals(run))
        parts += ["Under target:" + ("" if below else " none."), ""]
        if below:
            parts += [f"- {line}" for line in below] + [""]
    comparison = comparison_table(splits)
    if comparison:
        gaps = holdout_gaps(splits)
        parts += [
            "### dev against holdout",
            "",
            markdown_table(comparison),
            "",
            "More than 5 points apart: " + ("; ".join(gaps) if gaps else "none") + ".",
            "",
        ]
    return "\n".join(parts).rstrip() + "\n"


def docs_write(path: Path, generated: str, *, intro: str) -> None:
    """Replace the text between the markers of `## Accuracy`; without the section, append
    it (with `intro` above the markers) at the end of the file, leaving the rest alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{START}\n\n{generated}\n{END}"
    if START in text and END in text:
        head, _, rest = text.partition(START)
        _, _, tail = rest.partition(END)
        text = f"{head}{block}{tail}"
    else:
        text = f"{text.rstrip()}\n\n{SECTION}\n\n{intro.strip()}\n\n{block}\n"
    path.write_text(text, encoding="utf-8")
