"""Where events happen: :class:`Venue` and its :class:`VenueKind`."""

from __future__ import annotations

import enum

import attrs

from diplofacts.model import _checks
from diplofacts.model.text import LocalizedText, Span, ordered_spans

__all__ = ["Venue", "VenueKind"]


class VenueKind(enum.StrEnum):
    """What sort of place a venue is."""

    MILITARY_BASE = "military_base"
    PALACE = "palace"
    HOTEL = "hotel"
    EMBASSY = "embassy"
    GOVERNMENT_BUILDING = "government_building"
    CONFERENCE_CENTRE = "conference_centre"
    RESIDENCE = "residence"
    CITY = "city"
    REGION = "region"
    COUNTRY = "country"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Venue:
    """The place an event is held: a named venue, a city, a region or just a country.

    ``name`` is the venue's own name (a base, a palace, a hotel) and is ``None`` when the text
    names only a city or region; ``locality`` is the city, ``region`` the state or province,
    ``country`` the ISO 3166-1 alpha-2 code of the country the place lies in. Lying in a
    country does not make that country the event's host.

    Invariants: at least one of name, locality, region and country is known; ``country`` is
    an ISO 3166-1 alpha-2 code; ``wikidata`` a ``Q`` id; ``evidence`` sorted spans.
    """

    name: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    locality: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    region: LocalizedText | None = attrs.field(
        default=None, validator=_checks.instance(LocalizedText, optional=True)
    )
    country: str | None = attrs.field(default=None, validator=_checks.optional_country)
    kind: VenueKind = attrs.field(default=VenueKind.OTHER, validator=_checks.instance(VenueKind))
    wikidata: str | None = attrs.field(default=None, validator=_checks.wikidata)
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=ordered_spans)

    def __attrs_post_init__(self) -> None:
        if (
            self.name is None
            and self.locality is None
            and self.region is None
            and self.country is None
        ):
            raise _checks.fail("name", "a venue needs a name, a locality, a region or a country")
