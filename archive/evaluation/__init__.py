"""`make eval`: the parsing pipeline's accuracy on the labeled corpus in `eval/corpus/`.

- `corpus`: the reports and their labels, checked (`corpus_load`, `label_parse`).
- `reference`: the shipped reference data read back from a throwaway database
  (`shipped_reference`), or the current database's (`evaluation_reference`).
- `scoring`: one function per field, each giving precision and recall counts.
- `run`: every report through `archive.ingest.parse_report`, scored, summed per split
  and language.
- `intervals`: 95% intervals by the bootstrap over reports, for each score and for the
  holdout's gap (whether the corpus can show a difference at all).
- `results`: the console table, `eval/results/latest.json` and the `## Accuracy`
  section of `docs/ingestion.md`.
"""

from archive.evaluation.corpus import CorpusReport, Label, LabelError, corpus_load, label_parse
from archive.evaluation.reference import (
    EvaluationReference,
    MeetingFacts,
    evaluation_reference,
    shipped_reference,
)
from archive.evaluation.run import (
    ReportScore,
    corpus_score,
    people_outside_reference,
    split_summary,
)
from archive.evaluation.scoring import FIELDS, Counts, NameResolver

__all__ = [
    "FIELDS",
    "CorpusReport",
    "Counts",
    "EvaluationReference",
    "Label",
    "LabelError",
    "MeetingFacts",
    "NameResolver",
    "ReportScore",
    "corpus_load",
    "corpus_score",
    "evaluation_reference",
    "label_parse",
    "people_outside_reference",
    "shipped_reference",
    "split_summary",
]
