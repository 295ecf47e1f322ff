"""Who takes part: people, organizations, delegates and delegations."""

from __future__ import annotations

import enum

import attrs

from diplofacts.model import _checks
from diplofacts.model.text import LocalizedText, Span, ordered_spans

__all__ = ["Delegate", "Delegation", "Organization", "OrganizationKind", "Person"]


@attrs.frozen(kw_only=True)
class Person:
    """A person, named or only described.

    ``name`` is the person's name in the languages known (the gazetteer adds ``en`` to the
    Arabic of the text). A person the text identifies without naming ("the Russian ambassador
    to the United States") has no ``name`` but a ``description``. ``country`` is the state the
    person serves, when known.

    Invariants: a name or a description (or both); ``country`` ISO 3166-1 alpha-2;
    ``wikidata`` a ``Q`` id; ``id`` a valid id; ``evidence`` sorted spans.
    """

    name: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    description: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    country: str | None = attrs.field(default=None, validator=_checks.optional_country)
    wikidata: str | None = attrs.field(default=None, validator=_checks.wikidata)
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)

    def __attrs_post_init__(self) -> None:
        if self.name is None and self.description is None:
            raise _checks.fail("name", "a person needs a name or a description")


class OrganizationKind(enum.StrEnum):
    """What sort of body an organization is."""

    NEWS_AGENCY = "news_agency"
    BROADCASTER = "broadcaster"
    NEWSPAPER = "newspaper"
    WEBSITE = "website"
    GOVERNMENT_BODY = "government_body"
    EMBASSY = "embassy"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    FUND = "fund"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Organization:
    """An institution, outlet or international body (the Kremlin, TASS, the IAEA).

    ``canonical`` is the short English name used to refer to it (``"TASS"``, ``"Kremlin"``).

    Invariants: ``canonical`` non-blank; ``country`` ISO 3166-1 alpha-2 or ``None``;
    ``wikidata`` a ``Q`` id; ``evidence`` sorted spans.
    """

    canonical: str = attrs.field(validator=_checks.text)
    name: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    kind: OrganizationKind = attrs.field(
        default=OrganizationKind.OTHER, validator=_checks.instance(OrganizationKind)
    )
    country: str | None = attrs.field(default=None, validator=_checks.optional_country)
    wikidata: str | None = attrs.field(default=None, validator=_checks.wikidata)
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)


@attrs.frozen(kw_only=True)
class Delegate:
    """A person with the roles the text gives them ("foreign minister", "special envoy").

    ``roles`` are English role labels as stated in the text (a person may hold several:
    head of a fund *and* special envoy); ``role_text`` is the wording of the text itself.

    Invariants: ``roles`` a tuple of distinct non-blank strings; ``evidence`` sorted spans.
    """

    person: Person = attrs.field(validator=_checks.instance(Person))
    roles: tuple[str, ...] = attrs.field(default=(), validator=_checks.tuple_of(str, unique=True))
    role_text: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)


@attrs.frozen(kw_only=True)
class Delegation:
    """The people one party sends to an event.

    Invariants: ``party`` an ISO 3166-1 alpha-2 code; ``members`` a tuple of
    :class:`Delegate`; ``evidence`` sorted spans.
    """

    party: str = attrs.field(validator=_checks.country)
    members: tuple[Delegate, ...] = attrs.field(default=(), validator=_checks.tuple_of(Delegate))
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)
