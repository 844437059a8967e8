"""The closed vocabularies (TextChoices) the models, forms, views and templates share."""

from django.db import models


class OutletKind(models.TextChoices):
    WIRE = "wire", "Wire agency"
    NEWSPAPER = "newspaper", "Newspaper"
    BROADCASTER = "broadcaster", "Broadcaster"
    GOVERNMENT = "government", "Government"
    AGGREGATOR = "aggregator", "Aggregator"
    BLOG = "blog", "Blog"
    UNKNOWN = "unknown", "Unknown"


class Post(models.TextChoices):
    """What an office is, whatever its printed title (an "Acting Secretary of Defense"
    holds the defense post), so that successors can be found."""

    FOREIGN = "foreign", "Foreign minister / Secretary of State"
    DEFENSE = "defense", "Defense minister / Secretary of Defense"
    HEAD_OF_GOVERNMENT = "head_of_government", "Head of government"
    HEAD_OF_STATE = "head_of_state", "Head of state"
    OTHER = "other", "Other"


class MeetingKind(models.TextChoices):
    """Who met: the 2+2 (both countries' foreign and defense ministers), the leaders, the
    foreign or the defense ministers, a trilateral or larger meeting in which both sit, or
    a call (leaders or ministers, by phone or video), or another ministerial meeting."""

    SCC = "scc", "2+2 Security Consultative Committee"
    SUMMIT = "summit", "Leaders' summit"
    FOREIGN_MINISTERS = "foreign_ministers", "Foreign ministers' meeting"
    DEFENSE_MINISTERS = "defense_ministers", "Defense ministers' meeting"
    MULTILATERAL = "multilateral", "Trilateral or multilateral meeting"
    CALL = "call", "Call"
    # Ministers of different posts, or other ministers (an economic "2+2", trade talks).
    MINISTERIAL = "ministerial", "Other ministerial meeting"


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    PHONE = "phone", "By phone"
    VIDEO = "video", "By video"
    VIRTUAL = "virtual", "Virtual"
    HYBRID = "hybrid", "Hybrid"


# What the series keys of the reference data stand for; a curator's new key is shown as
# written, its hyphens as spaces.
SERIES_LABELS = {
    "scc": "Security Consultative Committee (2+2)",
    "extended-deterrence-dialogue": "Ministerial meeting on extended deterrence",
    "quad-leaders": "Quad leaders",
    "quad-foreign-ministers": "Quad foreign ministers",
    "us-japan-rok-trilateral": "Japan–U.S.–ROK trilateral",
    "us-japan-australia-trilateral": "Japan–U.S.–Australia trilateral",
    "us-japan-philippines-trilateral": "Japan–U.S.–Philippines trilateral",
    "us-japan-australia-philippines": "Japan–U.S.–Australia–Philippines",
    "us-japan-india-trilateral": "Japan–U.S.–India trilateral",
    "g7-summit": "G7 leaders' summit",
    "g8-summit": "G8 leaders' summit",
    "g7-foreign-ministers": "G7 foreign ministers' meeting",
    "g8-foreign-ministers": "G8 foreign ministers' meeting",
    "apec-leaders": "APEC Economic Leaders' Meeting",
    "g20-summit": "G20 leaders' summit",
    "east-asia-summit": "East Asia Summit",
    "nuclear-security-summit": "Nuclear Security Summit",
    "g7-sidelines": "On the sidelines of the G7",
    "g8-sidelines": "On the sidelines of the G8",
    "g20-sidelines": "On the sidelines of the G20",
    "apec-sidelines": "On the sidelines of APEC",
    "asean-sidelines": "On the sidelines of ASEAN meetings",
    "un-sidelines": "On the sidelines of the UN",
    "quad-sidelines": "On the sidelines of the Quad",
    "nato-sidelines": "On the sidelines of NATO",
}


def series_label(key: str) -> str:
    return SERIES_LABELS.get(key, key.replace("-", " ")) if key else ""


class LinkRole(models.TextChoices):
    """What a report is to the meeting it is linked to, by its date: written before the
    meeting, about it, or looking back at it later."""

    COVERAGE = "coverage", "Report"
    PREVIEW = "preview", "Preview"
    FOLLOW_UP = "follow_up", "Follow-up"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    INFERRED = "inferred", "Inferred from the meeting"
    UNKNOWN = "unknown", "Unknown"


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    REJECTED = "rejected", "Rejected"


class CreditRole(models.TextChoices):
    REPORTER = "reporter", "Reporting"
    ADDITIONAL_REPORTING = "additional_reporting", "Additional reporting"
    EDITOR = "editor", "Editing"
    STAFF = "staff", "Staff byline"


class AliasKind(models.TextChoices):
    SPELLING = "spelling", "Other spelling"
    MISSPELLING = "misspelling", "Misspelling seen in print"
    SURNAME_FIRST = "surname_first", "Surname first"
    NATIVE_SCRIPT = "native_script", "Native script"


class LinkSource(models.TextChoices):
    AUTOMATIC = "automatic", "Linked by the pipeline"
    CURATOR = "curator", "Linked by a curator"


class ImportChannel(models.TextChoices):
    ADMIN = "admin", "Admin import page"
    COMMAND = "command", "import_articles command"
    SEED = "seed", "Seed corpus"


class SortKey(models.TextChoices):
    """How search results are ordered; "relevance" needs words to rank by."""

    RELEVANCE = "relevance", "Relevance"
    NEWEST = "newest", "Newest first"
    OLDEST = "oldest", "Oldest first"


class OfficialDocumentKind(models.TextChoices):
    JOINT_STATEMENT = "joint_statement", "Joint statement"
    FACT_SHEET = "fact_sheet", "Fact sheet"
    REMARKS = "remarks", "Remarks / transcript"
    PRESS_RELEASE = "press_release", "Press release"
    OTHER = "other", "Other"


class BatchState(models.TextChoices):
    RUNNING = "running", "Running"
    FINISHED = "finished", "Finished"
    INTERRUPTED = "interrupted", "Interrupted"


class JobStep(models.TextChoices):
    PREVIEW = "preview", "Read and preview"
    IMPORT = "import", "Import"


class JobState(models.TextChoices):
    QUEUED = "queued", "Waiting for a worker"
    RUNNING = "running", "Working"
    READY = "ready", "Ready"
    FAILED = "failed", "Failed"


class CountKind(models.TextChoices):
    """What a row of `PublishedCount` counts published reports by: its key is the kind,
    a colon and the id (or the language code)."""

    TOTAL = "total", "All published reports"
    PERSON = "person", "Reports that mention a person"
    OUTLET = "outlet", "Reports of an outlet"
    WIRE = "wire", "Copies of a wire's reports"
    MEETING = "meeting", "Reports linked to a meeting"
    TOPIC = "topic", "Reports on a topic"
    LANGUAGE = "language", "Reports in a language"
    DAY = "day", "Reports published on a day (key: the date, empty when undated)"
    # Per meeting (key: kind, meeting id, value): what its page counts by.
    MEETING_LANGUAGE = "meeting-language", "A meeting's reports in a language"
    MEETING_OUTLET = "meeting-outlet", "A meeting's reports from an outlet"
    MEETING_ROLE = "meeting-role", "A meeting's reports linked in a role"
    MEETING_SPEAKER = "meeting-speaker", "Quotes of a speaker (0: none) in a meeting's reports"
