"""The closed vocabularies, for templates: `{% if article.date_precision == DatePrecision.MONTH %}`
instead of a string that could drift from the model's choices."""

from archive import models


def vocabularies(request) -> dict:
    from archive.services.imports import ImportStatus

    return {
        "AliasKind": models.AliasKind,
        "ArticleStatus": models.ArticleStatus,
        "CreditRole": models.CreditRole,
        "DatePrecision": models.DatePrecision,
        "ImportChannel": models.ImportChannel,
        "ImportStatus": ImportStatus,
        "JobState": models.JobState,
        "JobStep": models.JobStep,
        "LinkSource": models.LinkSource,
        "MeetingFormat": models.MeetingFormat,
        "MeetingKind": models.MeetingKind,
        "SortKey": models.SortKey,
    }
