"""schema.org JSON-LD: events as ``Event`` nodes for the web and for linked-data tools.

One document, ``{"@context": "https://schema.org", "@graph": [...]}``, holds one ``Event``
per event, one ``EventSeries`` per series of rounds, and for an article a ``NewsArticle``
that is ``about`` its events. Every term is used within the domain schema.org release 29.4
gives it, and the values are shaped so that schema.org's own context (which makes
``startDate`` and the other dates ``Date`` literals, and ``sameAs`` links, but leaves
``eventStatus`` and ``additionalType`` as plain text) reads them as meant. How each part of
the model is written:

* ``@id`` ``urn:diplofacts:event:<id>``, ``identifier`` the id, ``additionalType`` the
  IRI ``urn:diplofacts:summit`` or ``urn:diplofacts:consultation_round`` (written as
  ``{"@id": ...}``); ``name`` the title as language-tagged values (``{"@value": ...,
  "@language": "ar"}``), as are all texts.
* ``startDate``, ``endDate`` and ``previousStartDate``: the known leading part of each date,
  ``2025``, ``2025-08`` or ``2025-08-15``, never more. A date whose year is unknown
  (``XXXX-08-15``) is left out, and so are the qualifiers (approximate, uncertain, year
  inferred): ISO 8601 has no room for them. A relative date is left out too; its stated
  text becomes the ``description``.
* ``eventStatus``, the enumeration member as an IRI (``{"@id": "schema:EventScheduled"}``):
  announced, scheduled and held are ``EventScheduled``; postponed ``EventPostponed``, whose
  planned date is also its ``previousStartDate``; rescheduled ``EventRescheduled``, the
  earlier dates in ``previousStartDate``; cancelled ``EventCancelled``.
* ``location``: a ``Place`` (``name``, ``sameAs`` its Wikidata page) with a
  ``PostalAddress`` (``addressLocality``, ``addressRegion``, ``addressCountry`` the ISO
  code). The venue's kind is not written.
* ``organizer``: the host's government; ``attendee``: ``Role`` nodes with a ``roleName``
  around the attendee, for each party and mediator (``GovernmentOrganization``), each
  leader and each delegate (``Person``, ``affiliation`` their party's government,
  ``roleName`` their roles). Who announced a round is not written.
* ``subEvent``: the phases; ``superEvent``: the round's ``EventSeries``; the round number is
  a second ``identifier``, a ``PropertyValue`` named ``round``.
* ``about``: the agenda items as ``DefinedTerm`` (``termCode`` the topic, ``name`` the
  wording); ``subjectOf``: the attributions, as ``CreativeWork`` reports about the event
  (or agenda item) with ``publisher`` the outlet, ``author`` the speaker and ``isBasedOn``
  the source it relied on.

Evidence spans, the article's text and its statements are not written. The JSON-LD context
is not fetched: :func:`document_loader` serves a bundled copy of the part of schema.org's
context (release 29.4) this output relies on, for JSON-LD processors such as pyld.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import orjson

from diplofacts.formats._common import AnyEvent, country_name, events_of, iso_prefix
from diplofacts.model import (
    Article,
    Attribution,
    ConsultationRound,
    EventStatus,
    FuzzyDate,
    LocalizedText,
    Person,
    RelativeDate,
    Venue,
)

__all__ = ["CONTEXT_URL", "context", "document_loader", "dumps"]

CONTEXT_URL = "https://schema.org"
"""The context every document names."""
_CONTEXT_URLS = frozenset(
    {CONTEXT_URL, "https://schema.org/", "http://schema.org", "http://schema.org/"}
)
_STATUS = {
    EventStatus.ANNOUNCED: "schema:EventScheduled",
    EventStatus.SCHEDULED: "schema:EventScheduled",
    EventStatus.HELD: "schema:EventScheduled",
    EventStatus.POSTPONED: "schema:EventPostponed",
    EventStatus.RESCHEDULED: "schema:EventRescheduled",
    EventStatus.CANCELLED: "schema:EventCancelled",
}
"""The ``EventStatusType`` member of each status, as a compact IRI of schema.org's context."""
_PHASE_NAMES = {
    "one_on_one": "one-on-one meeting",
    "expanded": "talks in expanded format",
    "working_lunch": "working lunch",
    "dinner": "dinner",
    "press_conference": "press conference",
    "statements": "statements to the press",
    "plenary": "plenary session",
    "signing": "signing ceremony",
    "other": "other",
}


@functools.cache
def context() -> dict[str, Any]:
    """Return the bundled context document (the schema.org terms this output relies on)."""
    path = resources.files("diplofacts.formats").joinpath("data", "schemaorg-context.jsonld")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def document_loader(url: str, options: Any = None) -> dict[str, Any]:
    """Serve schema.org's context from the bundled copy; never touch the network.

    Pass it to pyld as ``{"documentLoader": document_loader}``. Any other URL raises
    :class:`LookupError`.
    """
    if url not in _CONTEXT_URLS:
        raise LookupError(f"{url!r} is not bundled and diplofacts does not fetch documents")
    return {"contextUrl": None, "documentUrl": url, "document": context()}


def _texts(text: LocalizedText | None) -> list[dict[str, str]] | None:
    if text is None:
        return None
    return [{"@value": value, "@language": tag} for tag, value in text.texts]


def _date(date: FuzzyDate | None) -> str | None:
    return None if date is None else iso_prefix(date)


def _wikidata(qid: str | None) -> str | None:
    return None if qid is None else f"https://www.wikidata.org/wiki/{qid}"


def _clean(node: dict[str, Any]) -> dict[str, Any]:
    """Drop the keys whose value is absent (``None`` or an empty list)."""
    return {key: value for key, value in node.items() if value is not None and value != []}


def _government(code: str) -> dict[str, Any]:
    names = {tag: country_name(code, tag) for tag in ("ar", "en")}
    known = LocalizedText(texts={t: n for t, n in names.items() if n != code} or {"en": code})
    return {
        "@type": "GovernmentOrganization",
        "@id": f"urn:diplofacts:government:{code}",
        "name": _texts(known),
        "areaServed": {"@type": "Country", "identifier": code},
    }


def _person(person: Person | None, party: str | None = None) -> dict[str, Any] | None:
    if person is None:
        return None
    country = None if person.country is None else {"@type": "Country", "identifier": person.country}
    return _clean(
        {
            "@type": "Person",
            "name": _texts(person.name),
            "description": _texts(person.description),
            "identifier": person.id,
            "nationality": country,
            "affiliation": None if party is None else _government(party),
            "sameAs": _wikidata(person.wikidata),
        }
    )


def _role(role_name: str | list[str] | None, attendee: dict[str, Any] | None) -> dict[str, Any]:
    return _clean({"@type": "Role", "roleName": role_name or None, "attendee": attendee})


def _attendees(event: AnyEvent) -> list[dict[str, Any]]:
    roles = [_role("party", _government(code)) for code in event.parties]
    roles += [_role("mediator", _government(code)) for code in event.mediators]
    roles += [_role("leader", _person(leader)) for leader in getattr(event, "leaders", ())]
    for delegation in event.delegations:
        roles += [
            _role(list(member.roles), _person(member.person, delegation.party))
            for member in delegation.members
        ]
    return roles


def _place(venue: Venue | None) -> dict[str, Any] | None:
    if venue is None:
        return None
    address = _clean(
        {
            "@type": "PostalAddress",
            "addressLocality": _texts(venue.locality),
            "addressRegion": _texts(venue.region),
            "addressCountry": venue.country,
        }
    )
    return _clean(
        {
            "@type": "Place",
            "name": _texts(venue.name),
            "address": address if len(address) > 1 else None,
            "sameAs": _wikidata(venue.wikidata),
        }
    )


def _work(attribution: Attribution | None) -> dict[str, Any] | None:
    if attribution is None:
        return None
    outlet = attribution.outlet
    return _clean(
        {
            "@type": "CreativeWork",
            "publisher": None if outlet is None else {"@type": "Organization", "name": outlet},
            "author": _person(attribution.speaker),
            "description": _texts(attribution.description),
            "isBasedOn": _work(attribution.via),
        }
    )


def _previous_dates(event: AnyEvent) -> list[str]:
    """Return the earlier start dates; a postponed event's planned date is one of them."""
    dates = list(event.previous_dates)
    if event.status is EventStatus.POSTPONED and isinstance(event.date, FuzzyDate):
        dates.append(event.date)
    written = (_date(date) for date in dates)
    return list(dict.fromkeys(text for text in written if text is not None))


def _event(event: AnyEvent) -> dict[str, Any]:
    kind = "consultation_round" if isinstance(event, ConsultationRound) else "summit"
    date = event.date
    round_number = getattr(event, "number", None)
    series = getattr(event, "series", None)
    return _clean(
        {
            "@type": "Event",
            "@id": f"urn:diplofacts:event:{event.id}",
            "identifier": event.id
            if round_number is None
            else [event.id, {"@type": "PropertyValue", "name": "round", "value": round_number}],
            "additionalType": {"@id": f"urn:diplofacts:{kind}"},
            "name": _texts(event.title),
            "description": date.text if isinstance(date, RelativeDate) else None,
            "startDate": _date(date) if isinstance(date, FuzzyDate) else None,
            "endDate": _date(event.end_date),
            "previousStartDate": _previous_dates(event),
            "eventStatus": {"@id": _STATUS[event.status]},
            "location": _place(event.venue),
            "organizer": None if event.host is None else _government(event.host),
            "attendee": _attendees(event),
            "subEvent": [
                {
                    "@type": "Event",
                    "additionalType": {"@id": f"urn:diplofacts:phase:{phase.kind.value}"},
                    "name": _texts(phase.text or LocalizedText.of(en=_PHASE_NAMES[phase.kind])),
                }
                for phase in event.phases
            ],
            "superEvent": None if series is None else {"@id": f"urn:diplofacts:series:{series}"},
            "about": [
                _clean(
                    {
                        "@type": "DefinedTerm",
                        "termCode": item.topic.value,
                        "inDefinedTermSet": "urn:diplofacts:topics",
                        "name": _texts(item.text),
                        "subjectOf": [_work(a) for a in item.attributions],
                    }
                )
                for item in event.agenda
            ],
            "subjectOf": [_work(a) for a in event.attributions],
        }
    )


def _series(events: tuple[AnyEvent, ...]) -> list[dict[str, Any]]:
    members: dict[str, list[dict[str, str]]] = {}
    for event in events:
        if isinstance(event, ConsultationRound) and event.series is not None:
            ref = {"@id": f"urn:diplofacts:event:{event.id}"}
            members.setdefault(event.series, []).append(ref)
    return [
        {
            "@type": "EventSeries",
            "@id": f"urn:diplofacts:series:{series}",
            "identifier": series,
            "subEvent": refs,
        }
        for series, refs in members.items()
    ]


def graph(obj: Any) -> list[dict[str, Any]]:
    """Return the nodes written for ``obj`` (an article, an event or a list of events)."""
    events = events_of(obj)
    nodes = [_event(event) for event in events] + _series(events)
    if isinstance(obj, Article):
        nodes.append(
            _clean(
                {
                    "@type": "NewsArticle",
                    "inLanguage": obj.language,
                    "datePublished": None if obj.published is None else obj.published.isoformat(),
                    "about": [{"@id": f"urn:diplofacts:event:{event.id}"} for event in events],
                }
            )
        )
    return nodes


def dumps(obj: Any) -> str:
    """Write ``obj`` (an article, an event or a list of events) as schema.org JSON-LD."""
    document = {"@context": CONTEXT_URL, "@graph": graph(obj)}
    return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode()
