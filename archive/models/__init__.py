"""The archive's data: outlets, people and their offices, meetings, articles and what
curators and the ingestion pipeline record about them. Reads go through one custom
QuerySet per model; writes go through `archive.services`. One module per family;
everything is importable from `archive.models`."""

from .articles import (  # noqa: F401
    REFRESH_SEARCH_VECTOR_SQL,
    SEARCH_CONFIG,
    Article,
    ArticleMeeting,
    ArticleQuerySet,
    Credit,
    Mention,
    Quote,
    QuoteQuerySet,
    search_query,
    sha256_hex,
)
from .counts import (  # noqa: F401
    AnyOf,
    CountedArticle,
    IdArray,
    PublishedCount,
    count_subquery,
    published_count,
)
from .entities import (  # noqa: F401
    BoilerplatePattern,
    Office,
    OfficeQuerySet,
    Outlet,
    OutletQuerySet,
    Person,
    PersonAlias,
    PersonQuerySet,
    Topic,
    TopicQuerySet,
)
from .imports import (  # noqa: F401
    ImportBatch,
    ImportJob,
    ImportJobReport,
    WithdrawnArticle,
)
from .meetings import (  # noqa: F401
    Meeting,
    MeetingParticipant,
    MeetingQuerySet,
    OfficialDocument,
)
from .passages import (  # noqa: F401
    PassageKey,
    PassageSignature,
    PassageStopKey,
    PassageUnsigned,
    SharedPassage,
    SharedPassageQuerySet,
    StoryGroup,
    StoryGroupQuerySet,
    StoryMember,
)
from .tracking import (  # noqa: F401
    tracked,
)
from .vocabularies import (  # noqa: F401
    SERIES_LABELS,
    AliasKind,
    ArticleStatus,
    BatchState,
    CountKind,
    CreditRole,
    DatePrecision,
    ImportChannel,
    JobState,
    JobStep,
    LinkRole,
    LinkSource,
    MeetingFormat,
    MeetingKind,
    OfficialDocumentKind,
    OutletKind,
    Post,
    SortKey,
    series_label,
)
