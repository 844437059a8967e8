"""Each corpus report through the real pipeline (`archive.ingest.parse_report`, raw bytes
and the reference data, with only the address it came from as a hint, as an import by URL
gives it), scored field by field, then added up per split and per language."""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.evaluation.corpus import SPLITS, CorpusReport
from archive.evaluation.reference import EvaluationReference
from archive.evaluation.scoring import (
    FIELDS,
    Counts,
    FieldScore,
    NameResolver,
    score_kept,
    score_meeting,
    score_noise,
    score_people,
    score_published,
    score_quotes,
    score_title,
)
from archive.ingest import IngestError, ParsedReport, parse_report


@dataclass
class ReportScore:
    id: str
    language: str
    split: str
    fields: dict[str, FieldScore] = field(default_factory=dict)
    error: str = ""  # the pipeline refused the file (IngestError): scored as an empty reading


def report_score(
    report: CorpusReport, reference: EvaluationReference, names: NameResolver
) -> ReportScore:
    label = report.label
    score = ReportScore(label.id, label.language, label.split)
    try:
        parsed = parse_report(
            report.raw,
            reference=reference.reference,
            filename=report.filename,
            hints={"url": report.url},  # as an import by URL gives it
        )
    except IngestError as error:
        parsed, score.error = ParsedReport(), str(error)
    score.fields = {
        "people": score_people(parsed, label, names),
        "meeting": score_meeting(parsed, label, reference.meetings),
        "published": score_published(parsed, label),
        "title": score_title(parsed, label),
        "noise": score_noise(parsed, label),
        "kept": score_kept(parsed, label),
        "quotes": score_quotes(parsed, label, names),
    }
    score.fields = {name: value for name, value in score.fields.items() if value is not None}
    return score


def corpus_score(reports: list[CorpusReport], reference: EvaluationReference) -> list[ReportScore]:
    names = NameResolver(reference.reference)
    return [report_score(report, reference, names) for report in reports]


def split_summary(scores: list[ReportScore], *, details: bool) -> dict:
    """Counts, precision and recall per field, overall and per language; with `details`,
    each report's wrong and missed items (never for the holdout: nobody tuning the
    pipeline may read them)."""
    languages = sorted({s.language for s in scores}, key=lambda lang: (lang != "en", lang))
    summary: dict = {
        "reports": len(scores),
        "languages": {lang: sum(s.language == lang for s in scores) for lang in languages},
        "fields": {},
    }
    for name in FIELDS:
        overall = Counts()
        by_language = {lang: Counts() for lang in languages}
        for s in scores:
            if name in s.fields:
                overall += s.fields[name].counts
                by_language[s.language] += s.fields[name].counts
        summary["fields"][name] = {
            "overall": overall.as_dict(),
            "by_language": {lang: counts.as_dict() for lang, counts in by_language.items()},
        }
    if details:
        summary["reports_detail"] = {
            s.id: {
                "language": s.language,
                **({"error": s.error} if s.error else {}),
                **{
                    name: {"wrong": f.wrong, "missed": f.missed}
                    for name, f in s.fields.items()
                    if f.wrong or f.missed
                },
            }
            for s in scores
        }
    return summary


def people_outside_reference(reports: list[CorpusReport], names: NameResolver) -> list[str]:
    """Labeled people (and named speakers) the reference data does not hold: the pipeline
    cannot tag them, so they are missed whatever it does."""
    wanted = set()
    for report in reports:
        wanted.update(report.label.people)
        wanted.update(q.speaker for q in report.label.quotes if q.speaker)
    return sorted(name for name in wanted if names.slug(name) is None)


def splits_present(scores: list[ReportScore]) -> list[str]:
    return [split for split in SPLITS if any(s.split == split for s in scores)]
