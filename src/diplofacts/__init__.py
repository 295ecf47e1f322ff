"""diplofacts: typed, verified facts about summits and consultation rounds from diplomatic news.

>>> import diplofacts
>>> summit = diplofacts.Summit(id="alaska", parties=("US", "RU"),
...                            date=diplofacts.FuzzyDate.from_edtf("XXXX-08-15"))
>>> summit.parties, summit.date.to_edtf()
(('RU', 'US'), 'XXXX-08-15')
>>> diplofacts.loads(diplofacts.dumps(summit), diplofacts.Summit) == summit
True
"""

from __future__ import annotations

from diplofacts.errors import (
    DiplofactsError,
    LimitError,
    ParseError,
    Problem,
    UnsupportedFormatError,
    ValidationError,
)
from diplofacts.formats import dumps, loads
from diplofacts.gazetteer import Gazetteer
from diplofacts.limits import DEFAULT_LIMITS, Limits
from diplofacts.model import (
    AgendaItem,
    Article,
    Attribution,
    ConsultationRound,
    Delegate,
    Delegation,
    Event,
    EventStatus,
    FuzzyDate,
    LocalizedText,
    Organization,
    OrganizationKind,
    Person,
    Phase,
    PhaseKind,
    Precision,
    Relation,
    RelativeDate,
    Span,
    Statement,
    StatementKind,
    Summit,
    Topic,
    Unparsed,
    Venue,
    VenueKind,
)
from diplofacts.parse import parse_article


def __getattr__(name: str) -> str:
    """Give ``__version__`` from the installed metadata, read on first use.

    Reading package metadata costs about as much as importing the rest of diplofacts, so it
    waits until someone asks.
    """
    if name != "__version__":
        raise AttributeError(f"module 'diplofacts' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - on demand

    try:
        found = version("diplofacts")
    except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found


__all__ = [
    "DEFAULT_LIMITS",
    "AgendaItem",
    "Article",
    "Attribution",
    "ConsultationRound",
    "Delegate",
    "Delegation",
    "DiplofactsError",
    "Event",
    "EventStatus",
    "FuzzyDate",
    "Gazetteer",
    "LimitError",
    "Limits",
    "LocalizedText",
    "Organization",
    "OrganizationKind",
    "ParseError",
    "Person",
    "Phase",
    "PhaseKind",
    "Precision",
    "Problem",
    "Relation",
    "RelativeDate",
    "Span",
    "Statement",
    "StatementKind",
    "Summit",
    "Topic",
    "Unparsed",
    "UnsupportedFormatError",
    "ValidationError",
    "Venue",
    "VenueKind",
    "__version__",
    "dumps",
    "loads",
    "parse_article",
]
