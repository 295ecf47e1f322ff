"""PLOVER event records, one JSON object per line, for event-data research.

The records follow the PLOVER manual, draft version 0.8 (``PLOVER_MANUAL.tex`` in
openeventdata/PLOVER): its "PLOVER JSON" table for the record, its "Information object for
actors" for ``source`` and ``recipient``, its geonames-based location object for
``event_loc``, and its ``CONSULT`` category for the mode and the roles.

Only events that took place are coded, as ``CONSULT`` records; an announced or scheduled
meeting is not a consultation (PLOVER codes an intention to meet as ``AGREE``), nor is a
postponed or cancelled one, so it gives no record. A record needs a complete date (PLOVER's
``date`` is always ``YYYY-MM-DD``) and two parties; a held event without them is left out
with a :class:`ProjectionWarning`, because nothing is made up. Each record holds:

* ``id`` the event id; ``date`` ``YYYY-MM-DD``; ``enddate`` when the event ends on another
  known day; ``event`` ``["CONSULT"]``.
* ``source`` and ``recipient``, lists of actor objects. When one party hosts the others (the
  stated host, else the venue's country), the visitors are the ``source`` and the host the
  ``recipient``; otherwise every party is a ``source`` and there is no ``recipient``.
* ``mode``: ``["visit"]`` when one of two parties hosts the other; ``["third-party"]`` when a
  third state hosts two parties; ``["multilateral"]`` for more than two parties; left out
  when the host is unknown.
* An actor object is ``{"code": <ISO alpha-3>, "sector": "GOV"}`` with ``identifier_id`` (a
  Wikidata id) and ``identifier_text`` (its English name) when known: the party's leader,
  else a member of its delegation, else the country itself.
* ``context``: the PLOVER contexts of the agenda topics (:data:`CONTEXTS`); left out when
  no topic has one.
* ``event_loc``: ``{"name": <English place name>, "country code": <alpha-2>, "cc3":
  <alpha-3>}`` (the manual's geonames field names) when the venue's country is known.

Optional fields with nothing to say are left out rather than written empty. Everything
else (titles, delegations, attributions, evidence) is not written. This format cannot be
read back.
"""

from __future__ import annotations

import warnings
from typing import Any

import orjson

from diplofacts.formats._common import (
    AnyEvent,
    ProjectionWarning,
    alpha3,
    country_entry,
    events_of,
    pick,
)
from diplofacts.model import EventStatus, FuzzyDate, Person, Topic

__all__ = ["CONTEXTS", "ProjectionWarning", "dumps", "records"]

CONTEXTS: dict[Topic, str | None] = {
    Topic.SANCTIONS: "economic",
    Topic.UKRAINE: "military",
    Topic.DIPLOMATIC_RELATIONS: "diplomatic",
    Topic.DIPLOMATIC_MISSIONS: "diplomatic",
    Topic.SECURITY: "military",
    Topic.ARMS_CONTROL: "military",
    Topic.NUCLEAR: "cbrn",
    Topic.REGIONAL_STABILITY: "diplomatic",
    Topic.ECONOMY: "economic",
    Topic.ENERGY: "resource",
    Topic.TRADE: "economic",
    Topic.HUMANITARIAN: "humanitarian",
    Topic.CYBERSECURITY: "cyber",
    Topic.COUNTERTERRORISM: "terrorism",
    Topic.MIGRATION: "migration",
    Topic.OTHER: None,
}
"""The PLOVER context of each agenda topic (``None``: no context).

Every value is one of the manual's general contexts (draft 0.8): the war in Ukraine is
``military``; nuclear programmes are ``cbrn`` ("chemical, biological, radiation, and
nuclear weapons"); energy is ``resource`` ("territory and natural resources"); regional
stability is ``diplomatic``, the manual having dropped its ``political`` context.
"""


def _people(event: AnyEvent, party: str) -> list[Person]:
    leaders = [p for p in getattr(event, "leaders", ()) if p.country == party]
    delegation = event.delegation(party)
    members = [] if delegation is None else [m.person for m in delegation.members]
    return leaders + members


def _actor(event: AnyEvent, party: str) -> dict[str, str]:
    actor = {"code": alpha3(party), "sector": "GOV"}
    person = next((p for p in _people(event, party) if p.wikidata is not None), None)
    country = country_entry(party)
    if person is not None:
        english = None if person.name is None else person.name.get("en")
        found: tuple[object, object] = (person.wikidata, english)
    else:
        names = country.get("names")
        found = (country.get("wikidata"), names.get("en") if isinstance(names, dict) else None)
    keys = ("identifier_id", "identifier_text")
    actor.update({k: v for k, v in zip(keys, found, strict=True) if isinstance(v, str)})
    return actor


def _roles(event: AnyEvent) -> tuple[list[str], list[str], list[str]]:
    """Return ``(mode, sources, recipients)`` as alpha-2 codes.

    The manual's CONSULT rule: a visitor is the source and its host the recipient; when no
    side hosts, every participant is a source and no recipient is included.
    """
    parties = list(event.parties)
    host = event.host or (event.venue.country if event.venue is not None else None)
    mode = ["multilateral"] if len(parties) > 2 else []
    if host in parties:
        return mode or ["visit"], [p for p in parties if p != host], [host]
    if host is not None and not mode:
        mode = ["third-party"]
    return mode, parties, []


def _skip(event: AnyEvent, why: str) -> None:
    warnings.warn(
        f"held event {event.id!r} {why}; no PLOVER record", ProjectionWarning, stacklevel=4
    )


def _record(event: AnyEvent) -> dict[str, Any] | None:
    date = event.date.to_date() if isinstance(event.date, FuzzyDate) else None
    if date is None:
        _skip(event, "has no complete date")
        return None
    if len(event.parties) < 2:
        _skip(event, "has fewer than two parties")
        return None
    mode, sources, recipients = _roles(event)
    contexts = sorted({c for c in (CONTEXTS[item.topic] for item in event.agenda) if c})
    end = None if event.end_date is None else event.end_date.to_date()
    record: dict[str, Any] = {"id": event.id, "date": date.isoformat()}
    if end is not None and end > date:
        record["enddate"] = end.isoformat()
    record["source"] = [_actor(event, code) for code in sources]
    if recipients:
        record["recipient"] = [_actor(event, code) for code in recipients]
    record["event"] = ["CONSULT"]
    venue = event.venue
    if venue is not None and venue.country is not None:
        place = pick(venue.locality, "en") or pick(venue.name, "en")
        location = {} if place is None else {"name": place}
        location.update({"country code": venue.country, "cc3": alpha3(venue.country)})
        record["event_loc"] = location
    if mode:
        record["mode"] = mode
    if contexts:
        record["context"] = contexts
    return record


def records(obj: Any) -> list[dict[str, Any]]:
    """Return the PLOVER records of ``obj`` (an article, an event or a list of events)."""
    coded = (_record(e) for e in events_of(obj) if e.status is EventStatus.HELD)
    return [record for record in coded if record is not None]


def dumps(obj: Any) -> str:
    """Write the PLOVER records of ``obj`` as JSON lines (empty when nothing is coded)."""
    return "".join(orjson.dumps(record).decode() + "\n" for record in records(obj))
