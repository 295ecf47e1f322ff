"""What events are about (topics, agenda items) and how they unfold (phases)."""

from __future__ import annotations

import enum

import attrs

from diplofacts.model import _checks
from diplofacts.model.sources import Attribution
from diplofacts.model.text import LocalizedText, Span, ordered_spans

__all__ = ["AgendaItem", "Phase", "PhaseKind", "Topic"]


class Topic(enum.StrEnum):
    """The subject of an agenda item."""

    SANCTIONS = "sanctions"
    UKRAINE = "ukraine"
    DIPLOMATIC_RELATIONS = "diplomatic_relations"
    """Relations in general: restoring, normalising or cutting them."""
    DIPLOMATIC_MISSIONS = "diplomatic_missions"
    """Embassies and consulates, their staff, property and work."""
    SECURITY = "security"
    ARMS_CONTROL = "arms_control"
    """Arms control, including strategic stability."""
    NUCLEAR = "nuclear"
    """Nuclear programmes and enrichment."""
    REGIONAL_STABILITY = "regional_stability"
    ECONOMY = "economy"
    ENERGY = "energy"
    TRADE = "trade"
    HUMANITARIAN = "humanitarian"
    """Humanitarian matters, including prisoner exchanges."""
    CYBERSECURITY = "cybersecurity"
    COUNTERTERRORISM = "counterterrorism"
    MIGRATION = "migration"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class AgendaItem:
    """One item on an event's agenda, with its wording as stated.

    Invariants: ``topic`` a :class:`Topic`; ``text`` the wording (in the article's language);
    ``attributions`` who reported this item, when the text credits someone for it;
    ``evidence`` sorted spans.
    """

    topic: Topic = attrs.field(validator=_checks.instance(Topic))
    text: LocalizedText = attrs.field(validator=_checks.instance(LocalizedText))
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(), validator=_checks.tuple_of(Attribution)
    )
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)


class PhaseKind(enum.StrEnum):
    """A part of the programme of an event."""

    ONE_ON_ONE = "one_on_one"
    EXPANDED = "expanded"
    """Talks with the delegations present ("expanded format")."""
    WORKING_LUNCH = "working_lunch"
    DINNER = "dinner"
    PRESS_CONFERENCE = "press_conference"
    STATEMENTS = "statements"
    """Statements to the press without questions."""
    PLENARY = "plenary"
    SIGNING = "signing"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Phase:
    """A part of an event's programme (a one-on-one meeting, a press conference).

    Invariants: ``kind`` a :class:`PhaseKind`; ``evidence`` sorted spans.
    """

    kind: PhaseKind = attrs.field(validator=_checks.instance(PhaseKind))
    text: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)
