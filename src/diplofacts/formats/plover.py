"""PLOVER event records, one JSON object per line, for event-data research.

Only events that took place are coded, as ``CONSULT`` records; an announced or scheduled
meeting is not a consultation (nor is a postponed or cancelled one), so it gives no record.
A record needs a complete date and two parties; a held event without them is left out with
a :class:`ProjectionWarning`, because PLOVER dates are always full days and nothing is made
up. Each record holds:

* ``id`` the event id; ``date`` ``YYYY-MM-DD``; ``event`` ``["CONSULT"]``.
* ``mode``: ``["visit"]`` when the host (the stated host, else the venue's country) is one of
  two parties: the visitor is the ``actor``, the host the ``recipient``; ``["third-party"]``
  when a third state hosts two parties; ``["multilateral"]`` for more than two parties (the
  host, if it is a party, is the recipient). With no known host, ``mode`` is empty and the
  two parties are actor and recipient in code order.
* ``actor`` and ``recipient``: ``{"code": <ISO alpha-3>, "sector": "GOV"}`` with
  ``identifier_id`` (a Wikidata id) and ``identifier_text`` when known: the party's leader,
  else a member of its delegation, else the country itself.
* ``context``: the PLOVER contexts of the agenda topics (sanctions, economy and trade are
  ``economic``; relations and missions ``diplomatic``; security, arms control and nuclear
  ``military``; Ukraine ``territory``; ...).
* ``event_loc``: ``{"country_code": <alpha-3>, "name": <English place name>}`` when known.

Everything else (titles, delegations, attributions, evidence) is not written. This format
cannot be read back.
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
    Topic.UKRAINE: "territory",
    Topic.DIPLOMATIC_RELATIONS: "diplomatic",
    Topic.DIPLOMATIC_MISSIONS: "diplomatic",
    Topic.SECURITY: "military",
    Topic.ARMS_CONTROL: "military",
    Topic.NUCLEAR: "military",
    Topic.REGIONAL_STABILITY: "political",
    Topic.ECONOMY: "economic",
    Topic.ENERGY: "resources",
    Topic.TRADE: "economic",
    Topic.HUMANITARIAN: "humanitarian",
    Topic.CYBERSECURITY: "cyber",
    Topic.COUNTERTERRORISM: "terrorism",
    Topic.MIGRATION: "migration",
    Topic.OTHER: None,
}
"""The PLOVER context of each agenda topic (``None``: no context)."""


def _people(event: AnyEvent, party: str) -> list[Person]:
    leaders = [p for p in getattr(event, "leaders", ()) if p.country == party]
    delegation = event.delegation(party)
    members = [] if delegation is None else [m.person for m in delegation.members]
    return leaders + members


def _entity(event: AnyEvent, party: str) -> dict[str, str]:
    entity = {"code": alpha3(party), "sector": "GOV"}
    person = next((p for p in _people(event, party) if p.wikidata is not None), None)
    country = country_entry(party)
    if person is not None:
        english = None if person.name is None else person.name.get("en")
        found: tuple[object, object] = (person.wikidata, english)
    else:
        names = country.get("names")
        found = (country.get("wikidata"), names.get("en") if isinstance(names, dict) else None)
    keys = ("identifier_id", "identifier_text")
    entity.update({k: v for k, v in zip(keys, found, strict=True) if isinstance(v, str)})
    return entity


def _roles(event: AnyEvent) -> tuple[list[str], list[str], list[str]]:
    """Return ``(mode, actors, recipients)`` as alpha-2 codes."""
    parties = list(event.parties)
    host = event.host or (event.venue.country if event.venue is not None else None)
    if len(parties) > 2:
        if host in parties:
            return ["multilateral"], [p for p in parties if p != host], [host]
        return ["multilateral"], parties, []
    if host in parties:
        return ["visit"], [p for p in parties if p != host], [host]
    return (["third-party"] if host is not None else []), parties[:1], parties[1:]


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
    mode, actors, recipients = _roles(event)
    contexts = {CONTEXTS[item.topic] for item in event.agenda} - {None}
    record: dict[str, Any] = {
        "id": event.id,
        "date": date.isoformat(),
        "event": ["CONSULT"],
        "mode": mode,
        "context": sorted(c for c in contexts if c is not None),
        "actor": [_entity(event, code) for code in actors],
        "recipient": [_entity(event, code) for code in recipients],
    }
    venue = event.venue
    if venue is not None and venue.country is not None:
        location = {"country_code": alpha3(venue.country)}
        place = pick(venue.locality, "en") or pick(venue.name, "en")
        if place is not None:
            location["name"] = place
        record["event_loc"] = location
    return record


def records(obj: Any) -> list[dict[str, Any]]:
    """Return the PLOVER records of ``obj`` (an article, an event or a list of events)."""
    coded = (_record(e) for e in events_of(obj) if e.status is EventStatus.HELD)
    return [record for record in coded if record is not None]


def dumps(obj: Any) -> str:
    """Write the PLOVER records of ``obj`` as JSON lines (empty when nothing is coded)."""
    return "".join(orjson.dumps(record).decode() + "\n" for record in records(obj))
