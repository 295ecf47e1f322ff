"""iCalendar (RFC 5545): events with a known day, for calendar applications.

``METHOD:PUBLISH``, and one ``VEVENT`` per event whose date is a complete calendar date:

* ``UID`` ``<id>@diplofacts``; ``DTSTART;VALUE=DATE`` the day; ``DTEND;VALUE=DATE`` the day
  after the end date (DTEND is exclusive), or the day after the start when the end date is
  not a complete date; ``DTSTAMP`` the time of writing (or ``stamp``).
* ``SUMMARY`` the title (or "Summit: ..." / "Consultation round N: ..." naming the
  parties), ``LOCATION`` the venue, each with ``LANGUAGE`` (English if available, else
  Arabic, else the first language); ``CATEGORIES`` ``summit`` or ``consultation round``.
* ``STATUS``: announced and postponed are ``TENTATIVE``; scheduled, held and rescheduled
  ``CONFIRMED`` (a rescheduled event also gets ``SEQUENCE``, its number of earlier dates);
  cancelled ``CANCELLED``.
* ``RELATED-TO;RELTYPE=SIBLING`` links the rounds of one series; each phase is a VEVENT of
  its own (``UID`` ``<id>/phase-<n>@diplofacts``, the event's days) with
  ``RELATED-TO;RELTYPE=PARENT`` to its event, which lists it with ``RELTYPE=CHILD``.
* ``DESCRIPTION``, in English: the date as reported (EDTF, which keeps an inferred year or
  an approximation visible), parties, host, mediators, leaders, delegations, agenda and
  sources. There are no ``ATTENDEE`` lines: RFC 5545 does not allow them when publishing.

Events without a complete date (a month, a day with no year, a relative date) are left out
with a :class:`ProjectionWarning`: a relative date never becomes a ``DTSTART``, and no day or
year is ever made up. Evidence, statements and the article's text are not written. Needs the
``ical`` extra (icalendar), imported only when used.
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any

from diplofacts.formats._common import (
    AnyEvent,
    ProjectionWarning,
    country_name,
    events_of,
    pick,
)
from diplofacts.model import ConsultationRound, EventStatus, FuzzyDate, LocalizedText

__all__ = ["ProjectionWarning", "dumps"]

STATUS = {
    EventStatus.ANNOUNCED: "TENTATIVE",
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.HELD: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.RESCHEDULED: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}
"""The ``STATUS`` written for each :class:`~diplofacts.EventStatus`."""
_DAY = dt.timedelta(days=1)


def uid(event_id: str, phase: int | None = None) -> str:
    """Return the ``UID`` of an event, or of its ``phase``-th phase (counting from 1)."""
    return f"{event_id}@diplofacts" if phase is None else f"{event_id}/phase-{phase}@diplofacts"


def days(event: AnyEvent) -> tuple[dt.date, dt.date] | None:
    """Return ``(DTSTART, DTEND)`` of ``event``, or ``None`` when it has no complete date."""
    start = event.date.to_date() if isinstance(event.date, FuzzyDate) else None
    if start is None:
        return None
    end = event.end_date.to_date() if event.end_date is not None else None
    return start, (end or start) + _DAY


def _language(*texts: LocalizedText | None) -> str:
    for tag in ("en", "ar"):
        if any(text is not None and tag in text for text in texts):
            return tag
    return next((text.texts[0][0] for text in texts if text is not None), "en")


def _summary(event: AnyEvent) -> tuple[str, str]:
    if event.title is not None:
        tag = _language(event.title)
        return pick(event.title, tag) or "", tag
    parties = ", ".join(country_name(code, "en") for code in event.parties) or "parties unknown"
    if isinstance(event, ConsultationRound):
        number = f" {event.number}" if event.number is not None else ""
        return f"Consultation round{number}: {parties}", "en"
    return f"Summit: {parties}", "en"


def _location(event: AnyEvent) -> tuple[str, str] | None:
    venue = event.venue
    if venue is None:
        return None
    tag = _language(venue.name, venue.locality, venue.region)
    parts = [pick(text, tag) for text in (venue.name, venue.locality, venue.region)]
    if venue.country is not None:
        parts.append(country_name(venue.country, tag))
    return ", ".join(part for part in parts if part), tag


def _name(text: LocalizedText | None) -> str:
    return pick(text, "en") or "unnamed"


def _description(event: AnyEvent) -> str:
    assert isinstance(event.date, FuzzyDate)  # noqa: S101 - only dated events get here
    lines = [f"Date as reported (EDTF): {event.date.to_edtf()}"]
    if event.end_date is not None:
        lines.append(f"End date as reported (EDTF): {event.end_date.to_edtf()}")

    def countries(codes: tuple[str, ...]) -> str:
        return ", ".join(f"{country_name(code, 'en')} ({code})" for code in codes)

    for label, codes in (("Parties", event.parties), ("Mediators", event.mediators)):
        if codes:
            lines.append(f"{label}: {countries(codes)}")
    if event.host is not None:
        lines.append(f"Host: {countries((event.host,))}")
    leaders = getattr(event, "leaders", ())
    if leaders:
        lines.append("Leaders: " + "; ".join(_name(p.name or p.description) for p in leaders))
    for delegation in event.delegations:
        members = "; ".join(
            _name(m.person.name or m.person.description)
            + (f" ({', '.join(m.roles)})" if m.roles else "")
            for m in delegation.members
        )
        lines.append(
            f"Delegation of {countries((delegation.party,))}: {members or 'members unknown'}"
        )
    lines.extend(f"Agenda: {item.topic.value}: {_name(item.text)}" for item in event.agenda)
    lines.extend(
        "Source: "
        + " citing ".join(
            link.outlet or _name(link.description)
            if link.speaker is None
            else _name(link.speaker.name or link.speaker.description)
            for link in attribution.chain()
        )
        for attribution in event.attributions
    )
    return "\n".join(lines)


def _vevents(
    event: AnyEvent, start: dt.date, end: dt.date, siblings: list[str], stamp: dt.datetime
) -> list[Any]:
    import icalendar  # noqa: PLC0415 - an optional extra, imported when used

    component = icalendar.Event()
    component.add("uid", uid(event.id))
    component.add("dtstamp", stamp)
    component.add("dtstart", start)
    component.add("dtend", end)
    summary, tag = _summary(event)
    component.add("summary", summary, parameters={"LANGUAGE": tag})
    location = _location(event)
    if location is not None:
        component.add("location", location[0], parameters={"LANGUAGE": location[1]})
    component.add("description", _description(event))
    kind = "consultation round" if isinstance(event, ConsultationRound) else "summit"
    component.add("categories", [kind])
    component.add("status", STATUS[event.status])
    if event.status is EventStatus.RESCHEDULED and event.previous_dates:
        component.add("sequence", len(event.previous_dates))
    for sibling in siblings:
        component.add("related-to", sibling, parameters={"RELTYPE": "SIBLING"})
    phases = []
    for number, phase in enumerate(event.phases, 1):
        component.add("related-to", uid(event.id, number), parameters={"RELTYPE": "CHILD"})
        sub = icalendar.Event()
        sub.add("uid", uid(event.id, number))
        sub.add("dtstamp", stamp)
        sub.add("dtstart", start)
        sub.add("dtend", end)
        text = phase.text or LocalizedText.of(en=phase.kind.value.replace("_", " "))
        sub_tag = _language(text)
        sub.add("summary", f"{pick(text, sub_tag)}", parameters={"LANGUAGE": sub_tag})
        sub.add("status", STATUS[event.status])
        sub.add("related-to", uid(event.id), parameters={"RELTYPE": "PARENT"})
        phases.append(sub)
    return [component, *phases]


def dumps(obj: Any, *, stamp: dt.datetime | None = None) -> str:
    """Write the events of ``obj`` that have a complete date as an iCalendar ``PUBLISH``.

    ``stamp`` is the ``DTSTAMP`` (default: now, in UTC). Each event left out gives a
    :class:`ProjectionWarning`.
    """
    import icalendar  # noqa: PLC0415 - an optional extra, imported when used

    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//diplofacts//diplofacts//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    dated: list[tuple[AnyEvent, tuple[dt.date, dt.date]]] = []
    for event in events_of(obj):
        found = days(event)
        if found is None:
            warnings.warn(
                f"event {event.id!r} has no complete date ({_date_text(event)}); "
                "left out of the calendar",
                ProjectionWarning,
                stacklevel=2,
            )
        else:
            dated.append((event, found))
    series: dict[str, list[str]] = {}
    for event, _ in dated:
        if isinstance(event, ConsultationRound) and event.series is not None:
            series.setdefault(event.series, []).append(uid(event.id))
    for event, (start, end) in dated:
        own = (
            series.get(event.series, [])
            if isinstance(event, ConsultationRound) and event.series
            else []
        )
        siblings = [other for other in own if other != uid(event.id)]
        for component in _vevents(event, start, end, siblings, stamp):
            calendar.add_component(component)
    text: str = calendar.to_ical().decode("utf-8")
    return text


def _date_text(event: AnyEvent) -> str:
    if event.date is None:
        return "no date"
    if isinstance(event.date, FuzzyDate):
        return event.date.to_edtf()
    return f"relative: {event.date.text}"
