"""Model objects from gazetteer entries and mentions: venues, people, delegates, sources.

What belongs here: small pure functions that turn one recognised thing (an entity mention,
a person mention, an attribution chain) into a model object with its evidence spans, using
the gazetteer for English names and the :class:`Normalized` map for spans. What must not:
deciding which event a thing belongs to (``_assemble``) or reading text.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import weakref
from collections.abc import Iterable

import attrs

from diplofacts.gazetteer import Gazetteer
from diplofacts.model import (
    Attribution,
    Delegate,
    LocalizedText,
    Organization,
    OrganizationKind,
    Person,
    Span,
    Venue,
    VenueKind,
)
from diplofacts.text._entities import EntityMention, MentionKind
from diplofacts.text._normalize import Normalized, key
from diplofacts.text._people import PersonMention
from diplofacts.text._sources import Described, Speaker

__all__ = ["HEAD_ROLES", "PLACE_RANK", "SPAN_ORDER", "Builder"]

SPAN_ORDER = operator.attrgetter("start", "end")
"""The order of spans, ``(start, end)``, as a sort key (far cheaper than comparing spans)."""

HEAD_ROLES = frozenset(
    {"president", "prime minister", "king", "emir", "sultan", "supreme leader", "chancellor"}
)
PLACE_RANK = {
    MentionKind.VENUE: 0,
    MentionKind.PLACE: 1,
    MentionKind.CAPITAL: 2,
    MentionKind.COUNTRY: 3,
}
"""How specific a place mention is (lower first): a venue is built from the most specific."""
_SLUG = re.compile(r"[^a-z0-9]+")
# «وكالة الأنباء …», «وكالة …», «… للأنباء» (match form): what a dateline leaves out
_AGENCY_WORD = re.compile(r"^(?:وكاله\s+(?:الانباء\s+)?|الوكاله\s+)|\s+للانباء$")


def slug(text: str) -> str:
    """Return an ASCII slug for an id part (``Joint Base X`` -> ``joint-base-x``)."""
    return _SLUG.sub("-", text.lower()).strip("-")[:40]


_AGENCY_NAMES: weakref.WeakKeyDictionary[Gazetteer, dict[str, str]] = weakref.WeakKeyDictionary()


def _agency_names(gazetteer: Gazetteer) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry_id, entry in gazetteer.organizations.items():
        if entry.kind is not OrganizationKind.NEWS_AGENCY:
            continue
        for alias in (entry.names.get("ar"), *entry.aliases_ar):
            if not alias:
                continue
            name = " ".join(key(alias).split())
            out.setdefault(name, entry_id)
            short = _AGENCY_WORD.sub("", name)
            if short != name and len(short) >= 3:
                out.setdefault(short, entry_id)
    return out


class Builder:
    """Builds model objects for one article (its normalised text and gazetteer)."""

    def __init__(self, norm: Normalized, gazetteer: Gazetteer, published: dt.date | None) -> None:
        self.norm = norm
        self.gazetteer = gazetteer
        self.published = published
        self._spans: dict[tuple[int, int], Span] = {}  # the spans built, by range
        self._venues: dict[tuple[EntityMention, ...], Venue | None] = {}  # see venue

    def span(self, start: int, end: int) -> Span:
        """Map a match-form range to a span of the original text (built once per range)."""
        found = self._spans.get((start, end))
        if found is None:
            found = self._spans[start, end] = self.norm.span(start, end)
        return found

    def original(self, start: int, end: int) -> str:
        """Return the user's text for a match-form range."""
        first, last = self.norm.to_original(start, end)
        return self.norm.original[first:last].strip()

    def spans(self, ranges: Iterable[tuple[int, int]]) -> tuple[Span, ...]:
        """Return the sorted, distinct spans of match-form ranges."""
        return tuple(sorted({self.span(s, e) for s, e in ranges if e > s}, key=SPAN_ORDER))

    def country_en(self, code: str) -> str:
        """Return a country's English name (the code when unknown)."""
        entry = self.gazetteer.countries.get(code)
        return (entry.names.get("en") if entry else None) or code

    def venue(self, places: list[EntityMention]) -> Venue | None:
        """Build the venue from place mentions: the most specific, completed by the others.

        The region is the one stated («بولاية ألاسكا»), not the one the gazetteer knows a
        city or a named venue lies in: a user reads what the text says. Built once for the
        same places (an event's id and its venue are read from them).
        """
        key = tuple(places)
        if key not in self._venues:
            self._venues[key] = self._venue(places)
        return self._venues[key]

    def _venue(self, places: list[EntityMention]) -> Venue | None:
        if not places:
            return None
        best = min(places, key=lambda p: PLACE_RANK.get(p.kind, 9))
        name = locality = region = None
        country: str | None = None
        kind = VenueKind.OTHER
        wikidata = None
        if best.kind is MentionKind.VENUE and best.entry_id in self.gazetteer.venues:
            entry = self.gazetteer.venues[best.entry_id]
            name, locality = entry.names, entry.locality
            country, kind, wikidata = entry.country, entry.kind, entry.wikidata
        elif best.kind is MentionKind.PLACE and best.entry_id in self.gazetteer.places:
            place = self.gazetteer.places[best.entry_id]
            country, kind, wikidata = place.country, place.kind, place.wikidata
            if place.kind is VenueKind.REGION:
                region = place.names
            else:
                locality = place.names
        elif best.kind is MentionKind.CAPITAL:
            country, kind = best.entry_id, VenueKind.CITY
            locality = self.gazetteer.capital_of(best.entry_id)
        else:
            country, kind = best.entry_id, VenueKind.COUNTRY
        for other in places:
            if other.kind is MentionKind.PLACE and other.entry_id in self.gazetteer.places:
                place = self.gazetteer.places[other.entry_id]
                if place.country == country:
                    if place.kind is VenueKind.REGION and region is None:
                        region = place.names
                    elif place.kind is VenueKind.CITY and locality is None and name is not None:
                        locality = place.names
        evidence = self.spans((p.start, p.end) for p in places)
        return Venue(
            name=name,
            locality=locality,
            region=region,
            country=country,
            kind=kind,
            wikidata=wikidata,
            evidence=evidence,
        )

    def agency_names(self) -> dict[str, str]:
        """Map the match form of every news agency name to its id, dateline forms included.

        A dateline names an agency without «وكالة» or «وكالة الأنباء»: «الأناضول» for
        «وكالة الأناضول», «العمانية» for «وكالة الأنباء العمانية». Built once per gazetteer.
        """
        names = _AGENCY_NAMES.get(self.gazetteer)
        if names is None:
            names = _AGENCY_NAMES[self.gazetteer] = _agency_names(self.gazetteer)
        return names

    def embassy(self, venue: Venue, host: str, phrase: tuple[int, int]) -> Venue:
        """Make ``venue`` (a city) the embassy of ``host`` there («في مقر سفارتها»).

        The gazetteer's entry is used when it has the embassy of that country in that city;
        otherwise the name is composed ("Embassy of Oman in Rome").
        """
        host_names = self.gazetteer.country_name(host)
        host_en = host_names.get("en") if host_names else None
        city = venue.locality
        city_en = city.get("en") if city else None
        evidence = tuple(sorted({*venue.evidence, self.span(*phrase)}, key=SPAN_ORDER))
        for entry in self.gazetteer.venues.values():
            if (
                entry.kind is VenueKind.EMBASSY
                and entry.country == venue.country
                and entry.locality is not None
                and entry.locality.get("en") == city_en
                and host_en is not None
                and host_en in (entry.names.get("en") or "")
            ):
                return attrs.evolve(
                    venue,
                    name=entry.names,
                    kind=entry.kind,
                    wikidata=entry.wikidata,
                    evidence=evidence,
                )
        if host_en is None:
            return venue
        texts = {"en": f"Embassy of {host_en}" + (f" in {city_en}" if city_en else "")}
        host_ar = host_names.get("ar") if host_names else None
        if host_ar:
            city_ar = city.get("ar") if city else None
            texts["ar"] = f"سفارة {host_ar}" + (f" في {city_ar}" if city_ar else "")
        return attrs.evolve(
            venue, name=LocalizedText(texts=texts), kind=VenueKind.EMBASSY, evidence=evidence
        )

    def person(self, mention: PersonMention, *, identify: bool = True) -> Person:
        """Build a person: the gazetteer's names when known, else the name as written.

        ``identify=False`` keeps a person named only by a title unnamed, even when the
        gazetteer knows who held it that day.
        """
        evidence = (self.span(mention.start, mention.end),)
        if (
            (identify or not mention.described_only)
            and mention.person_id
            and mention.person_id in self.gazetteer.people
        ):
            entry = self.gazetteer.people[mention.person_id]
            return Person(
                name=entry.names,
                id=entry.id,
                country=entry.country,
                wikidata=entry.wikidata,
                evidence=evidence,
            )
        if mention.name_start is not None and mention.name_end is not None:
            texts = {"ar": self.original(mention.name_start, mention.name_end)}
            if mention.name_en:
                texts["en"] = mention.name_en
            return Person(
                name=LocalizedText(texts=texts), country=mention.country, evidence=evidence
            )
        return Person(
            description=LocalizedText(
                texts={
                    "ar": self.original(mention.start, mention.end),
                    "en": self.describe(mention),
                }
            ),
            country=mention.country,
            evidence=evidence,
        )

    def describe(self, mention: PersonMention) -> str:
        """Describe an unnamed person in English from their roles ("ambassador of Russia")."""
        parts = []
        for role in mention.roles:
            text = role.role
            if role.country:
                text += f" of {self.country_en(role.country)}"
            if role.to:
                text += f" to {self.country_en(role.to)}"
            parts.append(text)
        return " and ".join(parts) or "unnamed official"

    def roles(self, mention: PersonMention) -> tuple[str, ...]:
        """Return the English role labels of a mention, as stated (or from the gazetteer)."""
        labels = [role.role for role in mention.roles]
        if not labels and mention.person_id in self.gazetteer.people:
            terms = self.gazetteer.current_roles(mention.person_id or "", self.published)
            labels = [term.role for term in terms]
        return tuple(dict.fromkeys(labels))

    def delegate(self, mention: PersonMention) -> Delegate:
        """Build a delegate: the person with their roles and the wording of the roles.

        A delegate named only by a title stays unnamed: the title says which office took
        part, not who sat at the table («وحضر الجلسة وزير الخارجية السعودي»).
        """
        role_text = " و".join(
            self.original(r.start, r.end) for r in mention.roles if r.end > r.start
        )
        return Delegate(
            person=self.person(mention, identify=False),
            roles=self.roles(mention),
            role_text=LocalizedText(texts={"ar": role_text}) if role_text.strip() else None,
            evidence=(self.span(mention.start, mention.end),),
        )

    def organization(self, entity: EntityMention) -> Organization:
        """Build an organization from its gazetteer entry."""
        entry = self.gazetteer.organizations[entity.entry_id]
        return Organization(
            canonical=entry.canonical,
            name=entry.names,
            kind=entry.kind,
            country=entry.country,
            wikidata=entry.wikidata,
            evidence=(self.span(entity.start, entity.end),),
        )

    def attribution(
        self,
        source: Speaker,
        via: tuple[Speaker | Described, ...],
        orgs: list[EntityMention],
        people: list[PersonMention],
        whole: tuple[int, int],
    ) -> Attribution:
        """Build an attribution with its ``via`` chain (innermost source last)."""
        inner: Attribution | None = None
        for link in reversed(via):
            inner = self._link(link, orgs, people, inner)
        return self._link(source, orgs, people, inner, whole)

    def _link(
        self,
        link: Speaker | Described,
        orgs: list[EntityMention],
        people: list[PersonMention],
        via: Attribution | None,
        whole: tuple[int, int] | None = None,
    ) -> Attribution:
        """Build one link of a chain; its evidence is ``whole`` when given, else the link's."""
        evidence = (self.span(*(whole or (link.start, link.end))),)
        if isinstance(link, Described):
            text = LocalizedText(
                texts={"ar": self.original(link.start, link.end), "en": link.label}
            )
            return Attribution(description=text, via=via, evidence=evidence)
        if link.is_person:
            return Attribution(speaker=self.person(people[link.ref]), via=via, evidence=evidence)
        entry = self.gazetteer.organizations[orgs[link.ref].entry_id]
        return Attribution(outlet=entry.canonical, via=via, evidence=evidence)
