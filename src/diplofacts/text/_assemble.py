"""The Arabic pipeline: recognisers over one normalised text, then events as model objects.

What belongs here: :func:`parse_arabic` (registered for ``"ar"``), which normalises once,
runs each recogniser once over the whole match form (gazetteer automaton, dates, people,
event cues, status words, phone calls, layout), reads event mentions unit by unit
(sentences, bullets, table rows), clusters them (``_coref``), decides each event's owner
units (a unit without an event cue belongs to the event of the unit before it in the same
paragraph, list or table), and fills the events (``_fill``). What must not: word lists
(the recogniser modules) or output formats.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

import attrs

from diplofacts.gazetteer import Gazetteer
from diplofacts.model import Article, Unparsed
from diplofacts.text._build import Builder
from diplofacts.text._coref import (
    Cluster,
    EventMention,
    cluster_mentions,
    is_locative,
    opens_other_matter,
    read_mention,
    says_both_sides,
)
from diplofacts.text._dates import DateMention, find_dates
from diplofacts.text._entities import EntityMention, MentionKind, matcher_for
from diplofacts.text._events import (
    Cue,
    StatusCue,
    find_cues,
    find_phone_calls,
    find_status_cues,
)
from diplofacts.text._layout import Line, LineKind, clauses, layout, sentences
from diplofacts.text._normalize import normalize
from diplofacts.text._people import PersonMention, find_people

__all__ = ["Found", "Unit", "parse_arabic"]


class _Located(Protocol):
    @property
    def start(self) -> int: ...


_T = TypeVar("_T", bound=_Located)


@dataclass
class Unit:
    """A sentence, a bullet or a table row: the stretch events, people and items live in."""

    start: int
    end: int
    line: Line
    clauses: list[tuple[int, int]]
    mentions: list[EventMention] = field(default_factory=list)
    owners: list[Cluster] = field(default_factory=list)


@dataclass
class Found:
    """Everything the recognisers found in one match-form text, sorted by start."""

    text: str
    entities: list[EntityMention]
    dates: list[DateMention]
    people: list[PersonMention]
    cues: list[Cue]
    phones: list[tuple[int, int]]
    used_dates: set[int] = field(default_factory=set)
    speaker_ends: set[int] = field(default_factory=set)
    _starts: dict[int, list[int]] = field(default_factory=dict)

    def within(self, items: Sequence[_T], start: int, end: int) -> Sequence[_T]:
        """Return the items of a sorted list that start inside ``[start, end)`` (by bisection)."""
        key = id(items)
        starts = self._starts.get(key)
        if starts is None:
            starts = self._starts[key] = [item.start for item in items]
        return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def _units(text: str, lines: list[Line]) -> list[Unit]:
    units: list[Unit] = []
    for line in lines:
        if line.kind is LineKind.PROSE:
            for start, end in sentences(text, line.start, line.end):
                units.append(Unit(start, end, line, clauses(text, start, end)))
        elif line.kind in (LineKind.BULLET, LineKind.ROW):
            whole = [(line.body, line.end)]
            units.append(
                Unit(
                    line.body,
                    line.end,
                    line,
                    whole
                    if line.cells or line.kind is LineKind.ROW
                    else clauses(text, line.body, line.end),
                )
            )
    return units


def _outside_people(
    entities: list[EntityMention], people: list[PersonMention]
) -> list[EntityMention]:
    """Drop entity mentions that are part of a person mention (a title's complement)."""
    spans = [(p.start, p.end) for p in people]
    starts = [s for s, _ in spans]
    kept = []
    for entity in entities:
        index = bisect.bisect_right(starts, entity.start) - 1
        if index >= 0 and spans[index][0] <= entity.start < spans[index][1]:
            continue
        kept.append(entity)
    return kept


def _read_unit(
    found: Found, unit: Unit, free: list[EntityMention], statuses: list[StatusCue]
) -> None:
    text = found.text
    cues = list(found.within(found.cues, unit.start, unit.end))
    dates = _restated(found, list(found.within(found.dates, unit.start, unit.end)))
    anchors = [d for d in dates if d.relation is not None]
    table_row = unit.line.kind is LineKind.ROW
    for index, cue in enumerate(cues):
        clause = next(
            ((s, e) for s, e in unit.clauses if s <= cue.start < e), (unit.start, unit.end)
        )
        if table_row:
            clause = (unit.start, unit.end)
        next_cue = next((c.start for c in cues[index + 1 :] if c.strong), clause[1])
        window_end = min(clause[1], next_cue)
        in_anchor = next((d for d in anchors if d.start <= cue.start < d.end), None)
        kind = cue.kind
        entities = found.within(free, clause[0], clause[1])
        mention = read_mention(
            text,
            cue,
            unit=len(unit.mentions),
            clause=clause,
            window_end=window_end,
            entities=entities,
            statuses=list(found.within(statuses, *_between_cues(cues, index, clause)))
            if in_anchor is None
            else [],
            kind=kind,
        )
        mention.anchor_only = in_anchor is not None
        mention.both_sides = says_both_sides(text, unit.start, unit.end)
        if in_anchor is not None:
            after = list(found.within(statuses, in_anchor.end, in_anchor.end + 13))
            mention.status = after[0].status if after else None
        if in_anchor is None:
            zone = _free_zone(unit, cues, cue, anchors)
            _from_sentence(found, mention, zone, free, statuses)
            _dates_for(
                found,
                unit=unit,
                mention=mention,
                dates=dates,
                anchors=anchors,
                cues=cues,
                window_end=window_end,
            )
            if mention.date is None and mention.relative is None:
                _sentence_date(found, mention, dates, zone)
            _fuller_date(mention, dates, unit.clauses)
            if mention.relative is not None:  # places after «بعد قمة X» are the anchor's
                mention.places = [p for p in mention.places if p.start < mention.relative.start]
        unit.mentions.extend(_split_plural(mention, dates, found))


def _restated(found: Found, dates: list[DateMention]) -> list[DateMention]:
    """Drop a word relative to publication that the date right after it restates.

    «أمس 28.07.2021», «أمس الاثنين 2 يونيو»: the calendar date is the one read (``_fill``
    still takes the year of «أمس» when the date has none).
    """
    kept = []
    for date, after in zip(dates, [*dates[1:], None], strict=False):
        if (
            after is not None
            and date.relative_to_publication
            and date.date is not None
            and after.date is not None
            and found.text[date.end : after.start].strip() == ""
            and (date.date.month, date.date.day) == (after.date.month, after.date.day)
        ):
            found.used_dates.add(date.start)
            continue
        kept.append(date)
    return kept


def _dates_for(
    found: Found,
    *,
    unit: Unit,
    mention: EventMention,
    dates: list[DateMention],
    anchors: list[DateMention],
    cues: list[Cue],
    window_end: int,
) -> None:
    """Give a mention the calendar or relative date of its clause (phone-call dates excluded)."""
    clause = mention.clause
    phone = next((s for s, e in found.phones if clause[0] <= s < clause[1]), None)
    calendar = [
        d
        for d in dates
        if d.relation is None
        and d.date is not None
        and clause[0] <= d.start < clause[1]
        and (phone is None or d.start > mention.cue.start or d.start < phone)
    ]
    if phone is not None:
        calendar = [d for d in calendar if d.start > mention.cue.start]
    if calendar:
        mention.date = min(calendar, key=lambda d: abs(d.start - mention.cue.start))
    later = [
        d
        for d in anchors
        if clause[0] <= d.start < clause[1]
        and (d.start >= mention.cue.end or unit.line.kind is LineKind.ROW)
        and (d.start < window_end or unit.line.kind is LineKind.ROW)
    ]
    if later and mention.date is None:
        mention.relative = later[0]
        inner = next((c for c in cues if later[0].start <= c.start < later[0].end), None)
        mention.anchor_of = inner.start if inner is not None else None


def _between_cues(cues: list[Cue], index: int, clause: tuple[int, int]) -> tuple[int, int]:
    """Return the part of a clause nearer to cue ``index`` than to any other cue's words."""
    start = max((c.end for c in cues[:index] if c.end <= clause[1]), default=clause[0])
    end = min((c.start for c in cues[index + 1 :]), default=clause[1])
    return max(start, clause[0]), min(end, clause[1])


def _free_zone(
    unit: Unit, cues: list[Cue], cue: Cue, anchors: list[DateMention]
) -> list[tuple[int, int]]:
    """Return the clauses a mention may read its facts from: its own to the next cue's.

    The first cue of a unit also reads the clauses before it.
    """
    own = [c for c in cues if not any(a.start <= c.start < a.end for a in anchors)]
    if cue not in own:
        return []
    index = own.index(cue)

    def clause_of(at: int) -> int:
        return next((i for i, (s, e) in enumerate(unit.clauses) if s <= at < e), len(unit.clauses))

    first = 0 if index == 0 else clause_of(cue.start)
    last = clause_of(own[index + 1].start) if index + 1 < len(own) else len(unit.clauses)
    if index + 1 < len(own) and last == clause_of(cue.start):
        last += 1
    return unit.clauses[first : max(last, first + 1)]


def _inside(at: int, zone: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in zone)


def _from_sentence(
    found: Found,
    mention: EventMention,
    zone: list[tuple[int, int]],
    free: list[EntityMention],
    statuses: list[StatusCue],
) -> None:
    """Fill a mention's missing status and place from the free clauses of its sentence."""
    if mention.status is None:
        near = [
            x
            for x in (found.within(statuses, zone[0][0], zone[-1][1]) if zone else ())
            if _inside(x.start, zone)
        ]
        if near:
            mention.status = min(near, key=lambda x: abs(x.start - mention.cue.start)).status
    if not mention.places:
        for entity in found.within(free, zone[0][0], zone[-1][1]) if zone else ():
            if entity.start > mention.clause[1] and opens_other_matter(
                found.text, _clause_start(zone, entity.start)
            ):
                break  # «…، قبل أن يتوقف المسار بسبب تغير الحكومة في طهران»
            if _inside(entity.start, zone) and (
                entity.kind is MentionKind.VENUE
                or (
                    entity.kind in (MentionKind.PLACE, MentionKind.CAPITAL)
                    and is_locative(found.text, entity)
                )
            ):
                mention.places.append(entity)
                break


def _fuller_date(
    mention: EventMention, dates: list[DateMention], zone: list[tuple[int, int]]
) -> None:
    """Prefer the stated dates of the sentence to «أمس» when they include it.

    «اختتمت أمس … الجولة …، التي انعقدت يومي 8 و9 أبريل 2025»: «أمس» is the last day.
    """
    date = mention.date
    if date is None or not date.relative_to_publication or date.date is None:
        return
    day = date.date.to_date()
    for other in dates:
        if other.relative_to_publication or other.date is None or not _inside(other.start, zone):
            continue
        first = other.date.to_date()
        last = other.end_date.to_date() if other.end_date is not None else first
        if day is not None and first is not None and last is not None and first <= day <= last:
            mention.date = other
            return


def _clause_start(zone: list[tuple[int, int]], at: int) -> int:
    return next((s for s, e in zone if s <= at < e), at)


def _statement_date(found: Found, date: DateMention) -> bool:
    """Tell whether a date follows a speaker directly (قال عراقجي الجمعة، …): when it was said."""
    before = len(found.text[: date.start].rstrip(" ،,"))
    return before in found.speaker_ends


def _sentence_date(
    found: Found, mention: EventMention, dates: list[DateMention], zone: list[tuple[int, int]]
) -> None:
    """Give a mention without a date in its clause the nearest free date of its sentence."""
    candidates = [
        d
        for d in dates
        if d.relation is None
        and d.date is not None
        and _inside(d.start, zone)
        and not _statement_date(found, d)
    ]
    after = [d for d in candidates if d.start > mention.cue.start]
    chosen = after[0] if after else (candidates[-1] if candidates else None)
    mention.date = chosen
    mention.date_from_sentence = chosen is not None


def _split_plural(
    mention: EventMention, dates: list[DateMention], found: Found
) -> list[EventMention]:
    """One mention per date for a plural cue with several dates (جولات … 27 فبراير و10 أبريل).

    Days joined by و under a plural cue («الجولتان … يومي 12 و26 أبريل») are one date each;
    ordinals listed after the cue («الجولتين الأولى والثانية») go to the dates in order.
    """
    if not mention.cue.plural:
        return [mention]
    clause = mention.clause
    calendar = [
        d
        for d in dates
        if d.relation is None
        and d.date is not None
        and clause[0] <= d.start < clause[1]
        and d.start > mention.cue.start
    ]
    calendar = [part for d in calendar for part in _joined_days(found.text, d)]
    if len(calendar) < 2:
        return [] if mention.date is None else [mention]
    numbers = mention.cue.numbers if len(mention.cue.numbers) == len(calendar) else ()
    out = []
    for index, date in enumerate(calendar):
        cue = mention.cue
        if numbers:
            cue = dataclasses.replace(cue, number=numbers[index], numbers=())
        copy = EventMention(
            cue=cue,
            unit=mention.unit,
            clause=clause,
            kind=mention.kind,
            parties=set(mention.parties),
            places=list(mention.places),
            date=date,
            status=mention.status,
        )
        out.append(copy)
    return out


def _joined_days(text: str, date: DateMention) -> list[DateMention]:
    """Split «يومي 12 و26 أبريل» (two days joined by و, not a range «من … إلى») in two."""
    if date.end_date is None or date.date is None:
        return [date]
    words = text[date.start : date.end].split()
    if not any(w.startswith("و") and w[1:].isdigit() for w in words):
        return [date]
    first = attrs.evolve(date, end_date=None)
    second = attrs.evolve(date, date=date.end_date, end_date=None)
    return [first, second]


def _owners(units: list[Unit], clusters: list[Cluster]) -> None:
    """Give every unit the events it speaks of: its own, else those of the unit before it.

    A unit without an event cue continues the last event named (across paragraphs and
    headings: news prose names an event, then describes it).
    """
    where = {id(m): c for c in clusters for m in c.mentions}
    previous: Unit | None = None
    for unit in units:
        own = []
        for mention in unit.mentions:
            cluster = where.get(id(mention))
            if cluster is not None and not mention.anchor_only and cluster not in own:
                own.append(cluster)
        if own:
            unit.owners = own
        elif previous is not None:
            unit.owners = list(previous.owners)
        previous = unit


def parse_arabic(text: str, published: dt.date | None, gazetteer: Gazetteer | None) -> Article:
    """Parse Arabic ``text`` into an :class:`Article` (see :func:`diplofacts.parse_article`)."""
    from diplofacts.text._fill import fill  # noqa: PLC0415 - _fill imports this module

    gaz = Gazetteer.default() if gazetteer is None else Gazetteer.default().merged(gazetteer)
    norm = normalize(text)
    t = norm.text
    entities = matcher_for(gaz).find(t)
    people = find_people(t, entities, gaz, on=published)
    found = Found(
        t, entities, find_dates(t, published=published), people, find_cues(t), find_phone_calls(t)
    )
    statuses = find_status_cues(t)
    found.speaker_ends = {p.end for p in people} | {
        e.end for e in entities if e.kind is MentionKind.ORGANIZATION
    }
    units = _units(t, layout(t))
    free = _outside_people(entities, people)
    for unit in units:
        _read_unit(found, unit, free, statuses)
    mentions = [m for unit in units for m in unit.mentions]
    clusters = cluster_mentions(mentions)
    _owners(units, clusters)
    builder = Builder(norm, gaz, published)
    events, statements, unparsed = fill(found, units, clusters, builder)
    return Article(
        text=text,
        language="ar",
        published=published,
        events=events,
        statements=statements,
        unparsed=tuple(sorted(unparsed, key=_unparsed_key)),
    )


def _unparsed_key(item: Unparsed) -> tuple[int, int]:
    return item.span.start, item.span.end
