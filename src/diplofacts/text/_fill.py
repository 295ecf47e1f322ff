"""Filling events: status, date, parties, venue, numbers and ids of each cluster.

What belongs here: turning a :class:`~diplofacts.text._coref.Cluster` into the event-level
facts (status by the rule below, the date with its year inferred from the publication date,
parties with their anaphoric fallback, the venue, the round number and series), then handing
the contents (people, agenda, phases, sources) to ``_contents``. What must not: reading words.

Status rule: cancelled, rescheduled or postponed when a mention says so (postponed and
scheduled for a stated day, or put off to a stated day, is rescheduled); else held when a
mention says so (or calls it previous, السابقة); else scheduled when the event has a set day
(a calendar date or a weekday); else announced. The calendar then corrects it (a day past is
held, one to come not yet), and an event named only as what a held event came after
(«بعد جولة أولى») was held too. An event with no date of its own takes that of the one table
row it owns. The year of a date stated without one is inferred from ``published``
(most recent for held events, next for scheduled or announced ones, else the one nearest
to publication; a word relative to publication right before the date, «أمس», gives its
own year) and marked inferred.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import datetime as dt
import re
from collections.abc import Sequence

import attrs

from diplofacts.model import (
    ConsultationRound,
    EventStatus,
    FuzzyDate,
    Relation,
    RelativeDate,
    Statement,
    Summit,
    Unparsed,
)
from diplofacts.text._assemble import Found, Unit
from diplofacts.text._build import HEAD_ROLES, Builder, slug
from diplofacts.text._contents import Contents
from diplofacts.text._coref import Cluster
from diplofacts.text._date_relative import lasting_days
from diplofacts.text._dates import DateMention, infer_year
from diplofacts.text._events import CueKind
from diplofacts.text._layout import LineKind

__all__ = ["fill"]

_ORDER = (EventStatus.CANCELLED, EventStatus.RESCHEDULED, EventStatus.POSTPONED, EventStatus.HELD)


def _status(cluster: Cluster) -> EventStatus:
    said = {m.status for m in cluster.mentions if m.status is not None}
    date = cluster.date
    if (
        EventStatus.POSTPONED in said
        and date is not None
        and (EventStatus.SCHEDULED in said or date.new_date)
    ):
        return EventStatus.RESCHEDULED  # put off, and to be held on a stated day
    for status in _ORDER:
        if status in said:
            return status
    mention = cluster.date
    if (
        mention is not None
        and (mention.weekday if mention.date is None else mention.date.day) is not None
        and not _WINDOW.match(mention.text)
    ):
        return EventStatus.SCHEDULED  # a set day (a weekday said alone is one too)
    return EventStatus.ANNOUNCED


# «بين 20 و30 يونيو»: a window proposed for the event, not a day it is set for
_WINDOW = re.compile(r"(?:ما\s+)?بين(?!\w)")


def _by_date(status: EventStatus, date: FuzzyDate | None, builder: Builder) -> EventStatus:
    """Correct a status by the calendar.

    A full date after publication is not yet held; one before it, with no status word, is
    (so is a month wholly before the month of publication).
    """
    day = date.to_date() if date is not None else None
    published = builder.published
    if (
        day is None
        and date is not None
        and date.year is not None
        and date.month is not None
        and published is not None
        and (date.year, date.month) < (published.year, published.month)
        and status in (EventStatus.SCHEDULED, EventStatus.ANNOUNCED)
    ):
        return EventStatus.HELD  # a month wholly before publication
    if day is None or published is None:
        return status
    if status is EventStatus.HELD and day > published:
        return EventStatus.SCHEDULED
    if status in (EventStatus.SCHEDULED, EventStatus.ANNOUNCED) and day < published:
        return EventStatus.HELD
    return status


_CAME_BEFORE = frozenset({Relation.AFTER, Relation.DURING, Relation.ON_SIDELINES_OF})


def _held_before(clusters: list[Cluster], statuses: list[EventStatus], found: Found) -> None:
    """Mark held an event named only as what a held event came after (or took place during).

    «وكانت الجولة الثانية قد عقدت … بعد جولة أولى اقتصرت على …»: the first round, named
    with no status word of its own, came before a round that was held.
    """
    held_units = {
        m.unit_id
        for cluster, status in zip(clusters, statuses, strict=True)
        if status is EventStatus.HELD
        for m in cluster.mentions
        if not m.anchor_only
    }
    starts = found.starts_of(found.dates)
    for index, cluster in enumerate(clusters):
        if statuses[index] is not EventStatus.ANNOUNCED or not cluster.only_anchor:
            continue
        for mention in cluster.mentions:
            at = bisect.bisect_right(starts, mention.cue.start) - 1
            anchor = found.dates[at] if at >= 0 else None
            if (
                mention.status is None
                and mention.unit_id in held_units
                and anchor is not None
                and mention.cue.start < anchor.end
                and anchor.relation in _CAME_BEFORE
            ):
                statuses[index] = EventStatus.HELD
                break


def _direction(cluster: Cluster) -> bool | None:
    """Tell whether the event's words put it in the future (``True``), the past, or neither.

    Held is past; scheduled or announced words are future; a postponement, cancellation
    or rescheduling (whose date may lie on either side) and no status word say neither.
    """
    said = {m.status for m in cluster.mentions if m.status is not None}
    if EventStatus.HELD in said:
        return False
    if said and said <= {EventStatus.SCHEDULED, EventStatus.ANNOUNCED}:
        return True
    return None


def _nearest_year(month: int, day: int | None, published: dt.date) -> int:
    """Return the year that puts the month (and day) nearest to ``published``, either way."""
    past = infer_year(month, day, published, future=False)
    coming = infer_year(month, day, published, future=True)
    if day is None:
        now = published.year * 12 + published.month
        return past if now - (past * 12 + month) <= coming * 12 + month - now else coming
    before = published - dt.date(past, month, day)
    after = dt.date(coming, month, day) - published
    return past if before <= after else coming


def _neighbour_year(found: Found, mention: DateMention) -> int | None:
    """Return the year of a word relative to publication right before a date (أمس الاثنين 2 يونيو).

    The two name the same day when they agree on month and day.
    """
    date = mention.date
    for other in found.within(found.dates, max(0, mention.start - 12), mention.start):
        gap = found.text[other.end : mention.start]
        if (
            other.relative_to_publication
            and other.date is not None
            and date is not None
            and gap.strip() == ""
            and (other.date.month, other.date.day) == (date.month, date.day)
        ):
            return other.date.year
    return None


def _row_dates(units: list[Unit], found: Found) -> dict[int, list[DateMention]]:
    """Return the calendar dates of the table rows each event owns alone (by ``id``).

    A row without an event cue continues the event named before it: «التاريخ المكان … /
    2025-05-16 قصر دولمة بهتشة» dates the round the prose tells.
    """
    rows: dict[int, list[DateMention]] = collections.defaultdict(list)
    for unit in units:
        if unit.mentions or len(unit.owners) != 1:
            continue
        dates = [
            d
            for d in found.within(found.dates, unit.start, unit.end)
            if d.relation is None and d.date is not None and not d.relative_to_publication
        ]
        if dates and (unit.line.kind is LineKind.ROW or _flat_row(found.text, unit, dates[0])):
            rows[id(unit.owners[0])].extend(dates)
    return rows


def _flat_row(text: str, unit: Unit, first: DateMention) -> bool:
    """Tell whether a prose line is a table row flattened with spaces.

    It opens with a date and is no sentence («2025-05-16 قصر دولمة بهتشة - إسطنبول …»).
    """
    line = unit.line
    body = text[line.start : line.end]
    return (
        (unit.start, unit.end) == (line.start, line.end)
        and text[line.start : first.start].strip() == ""
        and not any(mark in body for mark in ".!?؟")
    )


def _date(
    cluster: Cluster, found: Found, builder: Builder, rows: Sequence[DateMention] = ()
) -> FuzzyDate | None:
    """Return an event's date: its mentions', else that of the one table row it owns."""
    mention = cluster.date
    if mention is None and len(rows) == 1:
        mention = rows[0]
        found.used_dates.add(mention.start)
    if mention is None:
        return None
    if mention.date is None:
        return _weekday_date(cluster, mention, builder.published)
    date = mention.date
    published = builder.published
    if date.year is None and date.month is not None and published is not None:
        with contextlib.suppress(ValueError):
            year = _neighbour_year(found, mention)
            if year is None:
                future = _direction(cluster)
                year = (
                    _nearest_year(date.month, date.day, published)
                    if future is None
                    else infer_year(date.month, date.day, published, future=future)
                )
            return FuzzyDate(
                year=year,
                month=date.month,
                day=date.day,
                approximate=date.approximate,
                uncertain=date.uncertain,
                year_inferred=True,
            )
    return date


def _weekday_date(
    cluster: Cluster, mention: DateMention, published: dt.date | None
) -> FuzzyDate | None:
    """Resolve a weekday said alone («الخميس») to the nearest such day in the event's direction.

    The weekday of publication is that day; otherwise held: the last one before
    publication; to come: the next one; neither: the nearer.
    """
    if mention.weekday is None or published is None or mention.relation is not None:
        return None
    if mention.weekday == published.weekday():  # «انطلقت، الجمعة،» on a Friday: that day
        return FuzzyDate(
            year=published.year, month=published.month, day=published.day, year_inferred=True
        )
    back = (published.weekday() - mention.weekday) % 7 or 7
    ahead = (mention.weekday - published.weekday()) % 7 or 7
    future = _direction(cluster)
    if future is None:
        future = ahead < back
    day = published + dt.timedelta(days=ahead if future else -back)
    return FuzzyDate(year=day.year, month=day.month, day=day.day, year_inferred=True)


def _end_date(end: FuzzyDate | None, start: FuzzyDate) -> FuzzyDate | None:
    """Give the end of a range the year inferred for its start (the next one if it wraps).

    «بين 20 و30 يونيو» without a year: both days are in the year inferred for the event.
    """
    if end is None or end.year is not None or start.year is None or end.month is None:
        return end
    wraps = (end.month, end.day or 0) < (start.month or 0, start.day or 0)
    return attrs.evolve(end, year=start.year + wraps, year_inferred=start.year_inferred)


def _lasting_end(found: Found, mention: DateMention, start: FuzzyDate) -> FuzzyDate | None:
    """Return the last day of an event said to last n days after its start date.

    «تنطلق الجولة اليوم … وتستمر يومين»: the phrase must follow the date in its sentence,
    before any other date. A date between them restating the start day («23 أكتوبر … انطلقت
    اليوم») is the event's date said again: it counts as used.
    """
    first = start.to_date()
    if first is None or mention.end_date is not None:
        return None
    text = found.text
    stop = min(len(text), mention.end + 200)
    for mark in (".", "\n"):
        at = text.find(mark, mention.end, stop)
        if at >= 0:
            stop = at
    for later in found.within(found.dates, mention.end, stop):
        if later.date is None or later.end_date is not None or later.date.to_date() != first:
            stop = later.start
            break
        found.used_dates.add(later.start)
    days = lasting_days(text, mention.end, stop)
    if days is None or days < 2:
        return None
    last = first + dt.timedelta(days=days - 1)
    return FuzzyDate(
        year=last.year, month=last.month, day=last.day, year_inferred=start.year_inferred
    )


def _kind(cluster: Cluster, found: Found, units: list[Unit]) -> CueKind:
    """Return the sort of an event: its cues', else a summit when only heads of state speak.

    Technical, expert-level or preparatory talks (a side event) are a round whoever they
    name («اجتماع تحضيري للقمة»).
    """
    if cluster.kind is not CueKind.TALKS:
        return cluster.kind
    if cluster.side:
        return CueKind.ROUND
    heads = others = 0
    del units
    for mention in cluster.mentions:
        for person in found.within(found.people, mention.clause[0], mention.clause[1]):
            if {r.role for r in person.roles} & HEAD_ROLES:
                heads += 1
            else:
                others += 1
    return CueKind.SUMMIT if heads and not others else CueKind.ROUND


def _fallback_parties(
    clusters: list[Cluster], parties: list[set[str]], *, relative: bool = False
) -> None:
    """Give events without parties those their mentions refer back to.

    An event named as another's anchor (with ``relative``, also one named relative to
    another, once people have given parties to events), or named in the same
    sentence as an event of its sort (any sort, for talks or a meeting), takes that event's
    parties; one whose words say «البلدين» / «الطرفين» takes the
    two parties of the last event named before it with two; a round takes the parties of
    the article's other rounds when they all have the same ones («جولات الحوار السابقة»).
    """
    for index, cluster in enumerate(clusters):
        if parties[index]:
            continue
        starts = {x.cue.start for x in cluster.mentions}
        units = {x.unit_id for x in cluster.mentions}
        for other_index, other in enumerate(clusters):
            if other_index == index or not parties[other_index]:
                continue
            other_starts = {x.cue.start for x in other.mentions}
            anchored = any(m.anchor_of in starts for m in other.mentions) or (
                relative and any(m.anchor_of in other_starts for m in cluster.mentions)
            )
            same_unit = cluster.kind in (other.kind, CueKind.TALKS) and any(
                m.unit_id in units for m in other.mentions
            )
            if anchored or same_unit:
                parties[index] = set(parties[other_index])
                break
    for index, cluster in enumerate(clusters):
        if parties[index] or not any(m.both_sides for m in cluster.mentions):
            continue
        first = cluster.mentions[0].cue.start
        before = [
            i
            for i, other in enumerate(clusters)
            if len(parties[i]) == 2 and other.mentions[0].cue.start < first
        ]
        if before:  # «وزيرا خارجية البلدين»: the two parties of the event named before
            parties[index] = set(parties[before[-1]])
    round_sets = {
        frozenset(parties[i])
        for i, c in enumerate(clusters)
        if c.kind is CueKind.ROUND and parties[i]
    }
    if len(round_sets) == 1:
        (only,) = round_sets
        for index, cluster in enumerate(clusters):
            if cluster.kind is CueKind.ROUND and not parties[index]:
                parties[index] = set(only)


def _numbers(
    clusters: list[Cluster],
    kinds: list[CueKind],
    parties: list[set[str]],
    dates: list[FuzzyDate | None],
    statuses: list[EventStatus],
) -> dict[int, tuple[int | None, str | None]]:
    """Return each round's number and series: its place in date order, if the ordinals agree."""
    groups: dict[frozenset[str], list[int]] = collections.defaultdict(list)
    for index, kind in enumerate(kinds):
        if kind is CueKind.ROUND and parties[index]:
            groups[frozenset(parties[index])].append(index)
    out: dict[int, tuple[int | None, str | None]] = {}
    for key, members in groups.items():
        series = "rounds-" + "-".join(sorted(c.lower() for c in key))
        stated = {i: clusters[i].number for i in members}
        known = {i: date for i in members if (date := dates[i]) is not None}
        dated = sorted(known, key=lambda i: known[i].sort_key())
        coming = [
            i
            for i in members
            if dates[i] is None and statuses[i] in (EventStatus.ANNOUNCED, EventStatus.SCHEDULED)
        ]
        order = dated + coming
        consistent = (
            len(order) == len(members)
            and any(stated.values())
            and all(
                n is None or n == position + 1
                for position, n in ((order.index(i), n) for i, n in stated.items())
            )
        )
        for i in members:
            number = order.index(i) + 1 if consistent else stated[i]
            out[i] = (number, series if len(members) > 1 or number else None)
    return out


def _event_id(
    kind: CueKind,
    *,
    parties: set[str],
    date: FuzzyDate | RelativeDate | None,
    number: int | None,
    cluster: Cluster,
    builder: Builder,
    taken: set[str],
) -> str:
    parts = ["summit" if kind is CueKind.SUMMIT else "round", *sorted(p.lower() for p in parties)]
    if kind is not CueKind.SUMMIT and number:
        parts.append(str(number))
    elif isinstance(date, FuzzyDate):
        parts.append(date.to_edtf().replace("?", "").lower())
    else:
        venue = builder.venue([p for m in cluster.mentions for p in m.places])
        name = venue and (venue.name or venue.locality or venue.region)
        if name and name.get("en"):
            parts.append(slug(name.get("en") or ""))
    base = "-".join(parts)
    ident, counter = base, 2
    while ident in taken:
        ident, counter = f"{base}-{counter}", counter + 1
    taken.add(ident)
    return ident


def fill(  # noqa: PLR0912 - one branch per event-level fact
    found: Found, units: list[Unit], clusters: list[Cluster], builder: Builder
) -> tuple[tuple[Summit | ConsultationRound, ...], tuple[Statement, ...], list[Unparsed]]:
    """Build the events, statements and unparsed parts of one article."""
    for unit_id, unit in enumerate(units):
        for mention in unit.mentions:
            mention.unit_id = unit_id
    owned = [c for c in clusters if c.mentions]
    kinds = [_kind(c, found, units) for c in owned]
    statuses = [_status(c) for c in owned]
    rows = _row_dates(units, found)
    dates = [_date(c, found, builder, rows.get(id(c), ())) for c in owned]
    statuses = [_by_date(s, d, builder) for s, d in zip(statuses, dates, strict=True)]
    _held_before(owned, statuses, found)
    parties = [set(c.parties) for c in owned]
    described = [c.only_anchor and any(m.described for m in c.mentions) for c in owned]
    contents = Contents(found, units, owned, builder)
    for i in range(len(parties)):  # an anchor told in its own words: the people it names
        if not parties[i] and described[i]:
            parties[i] = contents.people_parties(i)
    _fallback_parties(owned, parties)
    for i in range(len(parties)):
        if not parties[i]:
            parties[i] = contents.people_parties(i)
    _fallback_parties(owned, parties, relative=True)  # again, after people gave parties
    numbers = _numbers(owned, kinds, parties, dates, statuses)
    taken: set[str] = set()
    ids = [
        _event_id(
            kinds[i],
            parties=parties[i],
            date=dates[i],
            number=numbers.get(i, (None, None))[0],
            cluster=c,
            builder=builder,
            taken=taken,
        )
        for i, c in enumerate(owned)
    ]
    starts = {m.cue.start: ids[i] for i, c in enumerate(owned) for m in c.mentions}
    contents.ids = ids
    events: list[Summit | ConsultationRound] = []
    for i, cluster in enumerate(owned):
        for mention in cluster.mentions:
            if mention.date is not None:
                found.used_dates.add(mention.date.start)
        date: FuzzyDate | RelativeDate | None = dates[i]
        relative = cluster.relative
        if date is None and relative is not None and relative.relation is not None:
            found.used_dates.add(relative.start)
            anchor_start = next(
                (m.anchor_of for m in cluster.mentions if m.anchor_of is not None), None
            )
            anchor = starts.get(anchor_start) if anchor_start is not None else None
            date = RelativeDate(
                relation=relative.relation,
                text=builder.original(relative.start, relative.end),
                anchor=anchor if anchor != ids[i] else None,
            )
        end_date = (
            _end_date(cluster.date.end_date, date)
            if cluster.date is not None and isinstance(date, FuzzyDate)
            else None
        )
        if end_date is None and cluster.date is not None and isinstance(date, FuzzyDate):
            end_date = _lasting_end(found, cluster.date, date)
        common = contents.common(i, parties[i])
        fields = dict(
            id=ids[i],
            status=statuses[i],
            date=date,
            end_date=end_date,
            parties=tuple(parties[i]),
            evidence=builder.spans((m.cue.start, m.cue.end) for m in cluster.mentions),
            **common,
        )
        if kinds[i] is CueKind.SUMMIT:
            events.append(Summit(leaders=contents.leaders(i), **fields))
        else:
            number, series = numbers.get(i, (cluster.number, None))
            events.append(
                ConsultationRound(
                    number=number, series=series, announced_by=contents.announced_by(i), **fields
                )
            )
    order = sorted(range(len(events)), key=lambda i: owned[i].mentions[0].cue.start)
    seen: set[tuple[str, int]] = set()
    for i in order:
        event = events[i]
        if isinstance(event, ConsultationRound) and event.series and event.number:
            if (event.series, event.number) in seen:  # two rounds claim one number: keep the first
                events[i] = attrs.evolve(event, series=None)
            seen.add((event.series, event.number))
    return (tuple(events[i] for i in order), contents.statements(), contents.unparsed())
