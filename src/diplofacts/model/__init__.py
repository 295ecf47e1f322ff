"""The diplofacts domain model: frozen, slotted, keyword-only attrs classes.

Every class validates its fields at construction and raises
:class:`~diplofacts.ValidationError` (a :class:`ValueError`) for a bad value, so a broken
object cannot exist. The model knows nothing of formats or parsing.
"""

from diplofacts.model.actors import Delegate, Delegation, Organization, OrganizationKind, Person
from diplofacts.model.agenda import AgendaItem, Phase, PhaseKind, Topic
from diplofacts.model.article import Article, Unparsed
from diplofacts.model.dates import FuzzyDate, Precision, Relation, RelativeDate
from diplofacts.model.events import ConsultationRound, Event, EventStatus, Summit
from diplofacts.model.places import Venue, VenueKind
from diplofacts.model.sources import Attribution, Statement, StatementKind
from diplofacts.model.text import LocalizedText, Span

__all__ = [
    "AgendaItem",
    "Article",
    "Attribution",
    "ConsultationRound",
    "Delegate",
    "Delegation",
    "Event",
    "EventStatus",
    "FuzzyDate",
    "LocalizedText",
    "Organization",
    "OrganizationKind",
    "Person",
    "Phase",
    "PhaseKind",
    "Precision",
    "Relation",
    "RelativeDate",
    "Span",
    "Statement",
    "StatementKind",
    "Summit",
    "Topic",
    "Unparsed",
    "Venue",
    "VenueKind",
]
