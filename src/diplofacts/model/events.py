"""The events diplofacts extracts: :class:`Summit` and :class:`ConsultationRound`."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from diplofacts.model import _checks
from diplofacts.model.actors import Delegate, Delegation, Person
from diplofacts.model.agenda import AgendaItem, Phase
from diplofacts.model.dates import FuzzyDate, RelativeDate
from diplofacts.model.places import Venue
from diplofacts.model.sources import Attribution
from diplofacts.model.text import LocalizedText, Span, ordered_spans

__all__ = ["ConsultationRound", "Event", "EventStatus", "Summit"]


class EventStatus(enum.StrEnum):
    """Where an event stands in its life.

    ``announced`` (said to be coming, no firm date) → ``scheduled`` (a date is fixed) →
    ``held``; or ``postponed`` (put off, no new date), ``rescheduled`` (moved to a new date,
    the old ones kept in ``previous_dates``), ``cancelled``.
    """

    ANNOUNCED = "announced"
    SCHEDULED = "scheduled"
    HELD = "held"
    POSTPONED = "postponed"
    RESCHEDULED = "rescheduled"
    CANCELLED = "cancelled"


_delegation_tuple = _checks.tuple_of(Delegation)
_agenda_tuple = _checks.tuple_of(AgendaItem)


def _check_delegations(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _delegation_tuple(_, attribute, value)
    assert isinstance(value, tuple)  # noqa: S101 - narrowed by the check above
    parties = [delegation.party for delegation in value]
    if len(set(parties)) != len(parties):
        raise _checks.fail(attribute.name, f"one delegation per party, got parties {parties}")


@_checks.typed(_check_delegations)
def _typed_check_delegations(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    parties = {delegation.party for delegation in value}
    if len(parties) != len(value):
        _check_delegations(_, attribute, value)


@_checks.type_only
def _check_agenda(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _agenda_tuple(_, attribute, value)


@attrs.frozen(kw_only=True)
class Event:
    """What summits and consultation rounds have in common (use the subclasses).

    Invariants (checked at construction):

    * ``id`` a valid id (unique within its article: the :class:`Article` checks);
    * ``status`` an :class:`EventStatus` (always given: there is no default);
    * ``date`` a :class:`FuzzyDate`, a :class:`RelativeDate` or ``None``; ``end_date`` only
      beside a FuzzyDate ``date``, and not before it when both are complete;
    * ``parties`` and ``mediators`` sorted, distinct ISO 3166-1 alpha-2 codes (lists and
      unsorted tuples are sorted on the way in); ``host`` a code or ``None``; the host and
      mediators are countries the text says host or mediate, not merely the venue's country;
    * one delegation per party;
    * ``previous_dates`` (earlier dates of a postponed or rescheduled event) FuzzyDates;
    * ``evidence`` sorted spans of the text that mention the event.
    """

    id: str = attrs.field(validator=_checks.identifier)
    status: EventStatus = attrs.field(validator=_checks.instance(EventStatus))
    title: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    date: FuzzyDate | RelativeDate | None = attrs.field(
        default=None, validator=_checks.instance((FuzzyDate, RelativeDate), optional=True)
    )
    end_date: FuzzyDate | None = attrs.field(
        default=None, validator=_checks.instance(FuzzyDate, optional=True)
    )
    previous_dates: tuple[FuzzyDate, ...] = attrs.field(
        default=(), validator=_checks.tuple_of(FuzzyDate)
    )
    venue: Venue | None = attrs.field(
        default=None, validator=_checks.instance(Venue, optional=True)
    )
    parties: tuple[str, ...] = attrs.field(
        default=(), converter=_checks.sorted_codes, validator=_checks.country_tuple
    )
    host: str | None = attrs.field(default=None, validator=_checks.optional_country)
    mediators: tuple[str, ...] = attrs.field(
        default=(), converter=_checks.sorted_codes, validator=_checks.country_tuple
    )
    delegations: tuple[Delegation, ...] = attrs.field(default=(), validator=_check_delegations)
    agenda: tuple[AgendaItem, ...] = attrs.field(default=(), validator=_check_agenda)
    phases: tuple[Phase, ...] = attrs.field(default=(), validator=_checks.tuple_of(Phase))
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(), validator=_checks.tuple_of(Attribution)
    )
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)

    def __attrs_post_init__(self) -> None:
        if self.end_date is not None:
            if not isinstance(self.date, FuzzyDate):
                raise _checks.fail("end_date", "an end date needs a calendar start date")
            start, end = self.date.to_date(), self.end_date.to_date()
            if start is not None and end is not None and end < start:
                raise _checks.fail("end_date", f"ends {end} before it starts {start}")

    def delegation(self, party: str) -> Delegation | None:
        """Return the delegation of ``party``, if there is one."""
        return next((d for d in self.delegations if d.party == party), None)


@attrs.frozen(kw_only=True)
class Summit(Event):
    """A meeting of heads of state or government.

    ``leaders`` are the heads of state or government taking part; the people around them
    are in ``delegations``. Everything else is as in :class:`Event`.
    """

    leaders: tuple[Person, ...] = attrs.field(default=(), validator=_checks.tuple_of(Person))


@attrs.frozen(kw_only=True)
class ConsultationRound(Event):
    """A round of consultations or talks between ministers, envoys or delegations.

    ``number`` is the round's number within its series (1 for the first round), or ``None``
    when the text does not number it; ``series`` an id shared by the rounds of one series;
    ``announced_by`` the person (with their role) who announced the round, when stated.

    Invariants: ``number`` a positive integer or ``None``; ``series`` a valid id or ``None``;
    and those of :class:`Event`.
    """

    number: int | None = attrs.field(default=None, validator=_checks.instance(int, optional=True))
    series: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    announced_by: Delegate | None = attrs.field(
        default=None, validator=_checks.instance(Delegate, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.number is not None and self.number < 1:
            raise _checks.fail("number", f"round numbers start at 1, got {self.number}")
