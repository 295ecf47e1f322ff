"""Who said what: :class:`Attribution` (sources, with chains) and :class:`Statement`."""

from __future__ import annotations

import enum

import attrs

from diplofacts.model import _checks
from diplofacts.model.actors import Organization, Person
from diplofacts.model.dates import FuzzyDate
from diplofacts.model.text import LocalizedText, Span, ordered_spans

__all__ = ["Attribution", "Statement", "StatementKind"]


@attrs.frozen(kw_only=True)
class Attribution:
    """Who a claim is credited to: an outlet or institution, a speaker, or a described source.

    ``outlet`` is the canonical short name of the outlet or institution (``"TASS"``,
    ``"NBC"``, ``"Kremlin"``); ``speaker`` a person it quotes; ``description`` a source
    described but not named ("an informed source"). ``via`` is the source this one relied on,
    so chains are kept: Al Jazeera citing Reuters citing an official is
    ``Attribution(outlet="Al Jazeera", via=Attribution(outlet="Reuters",
    via=Attribution(description=...)))``.

    Invariants: at least one of outlet, speaker and description; ``evidence`` sorted spans.
    """

    outlet: str | None = attrs.field(default=None, validator=_checks.optional_text)
    speaker: Person | None = attrs.field(
        default=None, validator=_checks.instance(Person, optional=True)
    )
    description: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    via: Attribution | None = attrs.field(default=None)
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)

    @via.validator
    @_checks.type_only
    def _check_via(self, attribute: attrs.Attribute[Attribution | None], value: object) -> None:
        _checks.instance(Attribution, optional=True)(self, attribute, value)

    def __attrs_post_init__(self) -> None:
        if self.outlet is None and self.speaker is None and self.description is None:
            raise _checks.fail(
                "outlet", "an attribution needs an outlet, a speaker or a description"
            )

    def chain(self) -> tuple[Attribution, ...]:
        """Return this attribution and every source it relied on, outermost first."""
        links: list[Attribution] = []
        current: Attribution | None = self
        while current is not None:
            links.append(current)
            current = current.via
        return tuple(links)


class StatementKind(enum.StrEnum):
    """How a statement is reported."""

    QUOTE = "quote"
    PARAPHRASE = "paraphrase"
    ANNOUNCEMENT = "announcement"


@attrs.frozen(kw_only=True)
class Statement:
    """Something a person or institution said, as the text reports it.

    ``speaker`` is the person, ``organization`` the institution speaking (or the one the
    speaker speaks for); ``event`` the ``id`` of the event the statement is about, when it is
    about one; ``date`` when it was said (which is not the event's date).

    Invariants: a speaker or an organization; ``text`` the words as reported; ``event`` a
    valid id (that it names an event is checked by the :class:`~diplofacts.model.Article`);
    ``evidence`` sorted spans.
    """

    text: LocalizedText = attrs.field(validator=_checks.instance(LocalizedText))
    speaker: Person | None = attrs.field(
        default=None, validator=_checks.instance(Person, optional=True)
    )
    organization: Organization | None = attrs.field(
        default=None, validator=_checks.instance(Organization, optional=True)
    )
    kind: StatementKind = attrs.field(
        default=StatementKind.PARAPHRASE, validator=_checks.instance(StatementKind)
    )
    event: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    date: FuzzyDate | None = attrs.field(
        default=None, validator=_checks.instance(FuzzyDate, optional=True)
    )
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(), validator=_checks.tuple_of(Attribution)
    )
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)

    def __attrs_post_init__(self) -> None:
        if self.speaker is None and self.organization is None:
            raise _checks.fail("speaker", "a statement needs a speaker or an organization")
