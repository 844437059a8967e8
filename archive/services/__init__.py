"""Every write to the archive, one module per workflow. The admin, forms and management
commands call these; they never write to the models themselves.

- `reference`: verified meetings, ministers, outlets and topics.
- `imports`: raw reports in, articles out, each batch logged.
- `extraction`: what the pipeline read, stored; re-extraction that keeps curated values.
- `shared_passages`: pairs of reports that retell one story.
- `curation`: a curator's edits: fields and parts marked curated, the search vector kept
  true, status changes, withdrawals, reverts.

Callers keep one import: `from archive.services import articles_import`.
"""

from archive.selectors import UNIDENTIFIED_OUTLET_SLUG, reference_snapshot
from archive.services.extraction import (
    CURATED_TOGETHER,
    Corrections,
    ReextractError,
    article_apply_extraction,
    article_reextract,
    extracted_fields,
    extraction_record,
    language_code,
    meeting_links_apply,
    outlet_for,
    valid_url,
)
from archive.services.import_jobs import import_job_create, import_job_run
from archive.services.imports import (
    SEEDS_DIR,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    SeenInBatch,
    article_create,
    articles_import,
    batch_record,
    batches_mark_interrupted,
    clean_hints,
    find_duplicate,
    person_from_import,
    report_import,
    report_parse,
    seeds_load,
    validation_message,
    with_unique_names,
)
from archive.services.reference import (
    REFERENCE_DIR,
    ReferenceLoadResult,
    meeting_load_row,
    meeting_title,
    parse_iso_date,
    person_ensure,
    reference_load,
)
from archive.services.shared_passages import (
    SHARED_WINDOW_DAYS,
    passage_as_dict,
    shared_candidates,
    shared_matches_preview,
    shared_passages_record,
)

__all__ = [
    "CURATED_TOGETHER",
    "REFERENCE_DIR",
    "SEEDS_DIR",
    "SHARED_WINDOW_DAYS",
    "UNIDENTIFIED_OUTLET_SLUG",
    "Corrections",
    "ImportOutcome",
    "ImportReport",
    "ImportStatus",
    "ReextractError",
    "ReferenceLoadResult",
    "SeenInBatch",
    "article_apply_extraction",
    "article_create",
    "article_reextract",
    "articles_import",
    "batch_record",
    "batches_mark_interrupted",
    "clean_hints",
    "extracted_fields",
    "extraction_record",
    "find_duplicate",
    "import_job_create",
    "import_job_run",
    "language_code",
    "meeting_links_apply",
    "meeting_load_row",
    "meeting_title",
    "outlet_for",
    "parse_iso_date",
    "passage_as_dict",
    "person_from_import",
    "person_ensure",
    "reference_load",
    "reference_snapshot",
    "report_import",
    "report_parse",
    "seeds_load",
    "shared_candidates",
    "shared_matches_preview",
    "shared_passages_record",
    "valid_url",
    "validation_message",
    "with_unique_names",
]
