"""The typed gazetteer entries: countries, people and their terms, venues, places, organizations.

What belongs here: one frozen attrs class per kind of entry, shaped exactly like the JSON data
files (so the shared converter can build them field by field), with validators that reject a
broken entry at construction: ISO codes, Wikidata ids, roles from :data:`ROLES`, ordered term
dates. What must not: file reading (``_load.py``), matching or any knowledge of prose.

Every entry has ``aliases_ar`` (the spellings matched in text, its Arabic name included) and
``ambiguous_ar``: spellings that are also common Arabic words once normalised («تراس» is the
verb «ترأس», «مالي» means "financial", «بنوك» is ب + «نوك»). Those are never matched on their
own, even when one is the entry's Arabic name; keep the longer unambiguous forms as aliases
(«ليز تراس», «جمهورية مالي»).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from diplofacts.model import LocalizedText, OrganizationKind, VenueKind, _checks

__all__ = [
    "PLACE_KINDS",
    "ROLES",
    "CountryEntry",
    "OrganizationEntry",
    "PersonEntry",
    "PlaceEntry",
    "Term",
    "VenueEntry",
]

_DEPUTISED = (
    "prime minister",
    "foreign minister",
    "defence minister",
    "finance minister",
    "economy minister",
    "energy minister",
    "interior minister",
    "security council secretary",
)
"""Roles that have deputies ("deputy defence minister", "first deputy foreign minister")."""

ROLES: frozenset[str] = frozenset(
    {
        "president",
        "vice president",
        "prime minister",
        "king",
        "crown prince",
        "emir",
        "sultan",
        "supreme leader",
        "chancellor",
        "foreign minister",
        "defence minister",
        "finance minister",
        "economy minister",
        "energy minister",
        "interior minister",
        "presidential aide",
        "chief of staff",
        "national security adviser",
        "security council secretary",
        "special envoy",
        "ambassador",
        "spokesperson",
        "deputy foreign minister",
        "foreign ministry under-secretary",
        "head of sovereign wealth fund",
        "intelligence chief",
        "secretary-general",
        "deputy secretary-general",
        "assistant secretary-general",
        "high representative",
        "negotiator",
        "minister of state",
        "adviser",
        "director",
        "director general",
        "senior director",
        "policy planning director",
        "committee chair",
        "commissioner",
        "coordinator",
        "chief of general staff",
        "general",
        "lieutenant general",
        "major general",
        "brigadier general",
        "deputy head of delegation",
        "deputy assistant foreign minister",
        # a title whose portfolio or body is not in the lexicon («وزير الري», «رئيس هيئة …»)
        "minister",
        "deputy minister",
        "head",
        *(f"{rank} {role}" for rank in ("deputy", "first deputy") for role in _DEPUTISED),
    }
)
"""The English role labels a term or a title may carry."""

PLACE_KINDS: frozenset[VenueKind] = frozenset({VenueKind.CITY, VenueKind.REGION})
"""The kinds a :class:`PlaceEntry` may have."""

_ALPHA3 = re.compile(r"^[A-Z]{3}$", re.ASCII)


def _role(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in ROLES:
        known = ", ".join(sorted(ROLES))
        raise _checks.fail(attribute.name, f"{value!r} is not a known role ({known})")


def _alpha3(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not (isinstance(value, str) and _ALPHA3.match(value)):
        raise _checks.fail(attribute.name, f"{value!r} is not an ISO 3166-1 alpha-3 code")


def _place_kind(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in PLACE_KINDS:
        raise _checks.fail(attribute.name, f"{value!r} is not 'city' or 'region'")


_is_names = _checks.instance(LocalizedText)
_is_optional_text = _checks.instance(LocalizedText, optional=True)
_is_aliases = _checks.tuple_of(str)
_is_optional_date = _checks.instance(dt.date, optional=True)


@attrs.frozen(kw_only=True)
class Term:
    """One term in office: a role held from ``start`` to ``end`` (both inclusive, either unknown).

    ``to`` is the country an ambassador or envoy is sent to; ``title_en`` the official title.
    Invariants: ``role`` one of :data:`ROLES`; ``start <= end`` when both are known.
    """

    role: str = attrs.field(validator=_role)
    start: dt.date | None = attrs.field(default=None, validator=_is_optional_date)
    end: dt.date | None = attrs.field(default=None, validator=_is_optional_date)
    to: str | None = attrs.field(default=None, validator=_checks.optional_country)
    title_en: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise _checks.fail("end", f"{self.end} is before the start {self.start}")

    def in_force(self, on: dt.date) -> bool:
        """Tell whether the term covers the day ``on``."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@attrs.frozen(kw_only=True)
class CountryEntry:
    """A country: its names, its capital, and the nisba adjectives that point to it.

    Invariants: ``id`` an ISO 3166-1 alpha-2 code, ``alpha3`` an alpha-3 code, ``wikidata``
    a ``Q`` id; alias lists are tuples of non-blank strings.
    """

    id: str = attrs.field(validator=_checks.country)
    alpha3: str = attrs.field(validator=_alpha3)
    wikidata: str | None = attrs.field(default=None, validator=_checks.wikidata)
    names: LocalizedText = attrs.field(validator=_is_names)
    aliases_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    ambiguous_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    capital: LocalizedText | None = attrs.field(default=None, validator=_is_optional_text)
    capital_aliases_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    nisba_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)


@attrs.frozen(kw_only=True)
class PersonEntry:
    """A person with the terms they held; ``organization`` names the body a UN/NATO official serves.

    Invariants: ``id`` a valid id; ``country`` alpha-2 or ``None``; ``terms`` a tuple of
    :class:`Term`; ``organization`` the name of the body served (``"NATO"``) or ``None``.
    """

    id: str = attrs.field(validator=_checks.identifier)
    wikidata: str | None = attrs.field(default=None, validator=_checks.wikidata)
    country: str | None = attrs.field(default=None, validator=_checks.optional_country)
    names: LocalizedText = attrs.field(validator=_is_names)
    aliases_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    ambiguous_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    terms: tuple[Term, ...] = attrs.field(default=(), validator=_checks.tuple_of(Term))
    organization: str | None = attrs.field(default=None, validator=_checks.optional_text)


@attrs.frozen(kw_only=True)
class VenueEntry:
    """A named venue (a base, a palace, a hotel) with where it lies.

    Invariants: ``id`` a valid id; ``kind`` a :class:`~diplofacts.VenueKind`; ``country``
    alpha-2 or ``None``; ``wikidata`` a ``Q`` id or ``None``.
    """

    id: str = attrs.field(validator=_checks.identifier)
    kind: VenueKind = attrs.field(default=VenueKind.OTHER, validator=_checks.instance(VenueKind))
    names: LocalizedText = attrs.field(validator=_is_names)
    aliases_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    ambiguous_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    locality: LocalizedText | None = attrs.field(default=None, validator=_is_optional_text)
    region: LocalizedText | None = attrs.field(default=None, validator=_is_optional_text)
    country: str | None = attrs.field(default=None, validator=_checks.optional_country)
    wikidata: str | None = attrs.field(default=None, validator=_checks.wikidata)


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """A city or a region (not a capital used as a metonym: those live on the country).

    Invariants: ``id`` a valid id; ``kind`` city or region; ``country`` alpha-2 or ``None``.
    """

    id: str = attrs.field(validator=_checks.identifier)
    kind: VenueKind = attrs.field(validator=_place_kind)
    names: LocalizedText = attrs.field(validator=_is_names)
    aliases_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    ambiguous_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    region: LocalizedText | None = attrs.field(default=None, validator=_is_optional_text)
    country: str | None = attrs.field(default=None, validator=_checks.optional_country)
    wikidata: str | None = attrs.field(default=None, validator=_checks.wikidata)


@attrs.frozen(kw_only=True)
class OrganizationEntry:
    """An institution, outlet or international body, with its canonical short English name.

    ``side`` marks a movement that takes part in talks as a side under its country's code
    (Hamas for ``PS``): its names are read as that party's names, not as a body's.

    Invariants: ``id`` a valid id; ``canonical`` non-blank; ``kind`` an
    :class:`~diplofacts.OrganizationKind`; ``country`` alpha-2 or ``None``, and set when
    ``side`` is true.
    """

    id: str = attrs.field(validator=_checks.identifier)
    canonical: str = attrs.field(validator=_checks.text)
    kind: OrganizationKind = attrs.field(
        default=OrganizationKind.OTHER, validator=_checks.instance(OrganizationKind)
    )
    names: LocalizedText = attrs.field(validator=_is_names)
    aliases_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    ambiguous_ar: tuple[str, ...] = attrs.field(default=(), validator=_is_aliases)
    country: str | None = attrs.field(default=None, validator=_checks.optional_country)
    wikidata: str | None = attrs.field(default=None, validator=_checks.wikidata)
    side: bool = attrs.field(default=False, validator=_checks.flag)

    def __attrs_post_init__(self) -> None:
        if self.side and self.country is None:
            raise _checks.fail("side", "a side needs the country whose code it takes part under")
