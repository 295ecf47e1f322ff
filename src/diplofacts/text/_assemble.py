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
import re
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

    def starts_of(self, items: Sequence[_Located]) -> list[int]:
        """Return the starts of one of the long-lived sorted lists (computed once per list)."""
        key = id(items)
        starts = self._starts.get(key)
        if starts is None:
            starts = self._starts[key] = [item.start for item in items]
        return starts

    def bounds(self, items: Sequence[_Located], start: int, end: int) -> tuple[int, int]:
        """Return the index range of the items of a sorted list starting in ``[start, end)``."""
        starts = self.starts_of(items)
        return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)

    def within(self, items: Sequence[_T], start: int, end: int) -> Sequence[_T]:
        """Return the items of a sorted list that start inside ``[start, end)`` (by bisection)."""
        low, high = self.bounds(items, start, end)
        return items[low:high]


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
    view = _UnitView(found, unit, cues, dates, free)
    both_sides = says_both_sides(text, unit.start, unit.end)
    table_row = unit.line.kind is LineKind.ROW
    for index, cue in enumerate(cues):
        at = view.clause_of(cue.start)
        clause = unit.clauses[at] if at < len(unit.clauses) else (unit.start, unit.end)
        if table_row:
            clause = (unit.start, unit.end)
        window_end = min(clause[1], view.next_strong[index + 1])
        in_anchor = view.anchor_at(cue.start)
        kind = cue.kind
        entities = found.within(free, clause[0], clause[1])
        mention = read_mention(
            text,
            cue,
            unit=len(unit.mentions),
            clause=clause,
            window_end=window_end,
            entities=entities,
            statuses=list(found.within(statuses, *view.between_cues(index, clause)))
            if in_anchor is None
            else [],
            kind=kind,
        )
        mention.anchor_only = in_anchor is not None
        mention.both_sides = both_sides
        if in_anchor is not None:
            after = list(found.within(statuses, in_anchor.end, in_anchor.end + 13))
            mention.status = after[0].status if after else None
            _described_anchor(
                found, view, mention, rest=(in_anchor.end, clause[1]), free=free, statuses=statuses
            )
        if in_anchor is None:
            zone = view.free_zone(index)
            _from_sentence(found, view, mention, zone, statuses)
            _dates_for(found, view, mention=mention, window_end=window_end)
            if mention.date is None and mention.relative is None:
                _sentence_date(view, mention, zone)
            _fuller_date(view, mention)
            if mention.relative is not None:  # places after «بعد قمة X» are the anchor's
                mention.places = [p for p in mention.places if p.start < mention.relative.start]
            if _DEMONSTRATIVE.search(text, max(0, cue.start - 8), cue.start):
                mention.demonstrative = True
                _this_event(view, mention)
        unit.mentions.extend(_split_plural(mention, view, found))


_DEMONSTRATIVE = re.compile(r"(?<!\w)(?:هذه|هذا)\s+$")
# «بعد اجتماعات اللجنة المشتركة التي عقدت في داكار منتصف أبريل»: a relative clause
_RELATIVE_PRONOUN = re.compile(r"\s*(?:التي|الذي|اللتين|اللذين|اللتان|اللذان|الذين)(?!\w)")
# «بعد لقاء جمع لامي بروبيو …»: a verb ending the anchor describes it the same way
_BROUGHT_TOGETHER = re.compile(r"(?<!\w)(?:جمع|جمعت|جمعه|جمعها|جمعهما|ضم|ضمت)$")


def _this_event(view: _UnitView, mention: EventMention) -> None:
    """Keep «هذه القمة بعد …» the event being described: what follows dates the other one.

    The date relative to another event in its clause, and any date after it, describe that
    other event; the link to it (``anchor_of``) stays.
    """
    clause = mention.clause
    index = bisect.bisect_left(view.anchor_starts, mention.cue.end)
    if index == len(view.anchors) or view.anchors[index].start >= clause[1]:
        return
    anchor = view.anchors[index]
    mention.relative = None
    inner = view.first_cue_in(anchor.start, anchor.end)
    mention.anchor_of = inner.start if inner is not None else None
    mention.places = [p for p in mention.places if p.start < anchor.start]
    if mention.date is not None and mention.date.start > anchor.start:
        mention.date = None
        mention.date_from_sentence = False


def _described_anchor(
    found: Found,
    view: _UnitView,
    mention: EventMention,
    *,
    rest: tuple[int, int],
    free: list[EntityMention],
    statuses: list[StatusCue],
) -> None:
    """Read an anchor's own date, place and status from the relative clause describing it.

    «… بعد اجتماعات اللجنة المشتركة التي عقدت في داكار منتصف أبريل»: the anchored event
    was held in Dakar in mid-April (and is extracted as an event of its own).
    """
    start, end = rest
    if start >= end:
        return
    if (
        _RELATIVE_PRONOUN.match(found.text, start) is None
        and _BROUGHT_TOGETHER.search(found.text, max(0, start - 8), start) is None
    ):
        return
    mention.date = next(
        (
            d
            for d in view.dates[bisect.bisect_left(view.dates, start, key=_start_of) :]
            if d.start < end and d.relation is None and (d.date or d.weekday) is not None
        ),
        None,
    )
    said = found.within(statuses, start, end)
    if said:
        mention.status = said[0].status
    mention.places = [
        e
        for e in found.within(free, start, end)
        if e.kind is MentionKind.VENUE
        or (e.kind in (MentionKind.PLACE, MentionKind.CAPITAL) and is_locative(found.text, e))
    ][:1]
    mention.described = mention.date is not None or bool(mention.places)


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


class _UnitView:
    """Sorted lookups over one unit's cues, clauses, dates and entities (one build per unit).

    Every per-cue question the reader asks (which clause, which anchor, the nearest date or
    status, the first place of a zone) is answered by bisection over lists built once here,
    so reading a unit stays linear in its size (n·log n at worst), however many cues it has.
    """

    def __init__(
        self,
        found: Found,
        unit: Unit,
        cues: list[Cue],
        dates: list[DateMention],
        free: list[EntityMention],
    ) -> None:
        self.unit = unit
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.cue_ends = [c.end for c in cues]
        self.clause_starts = [s for s, _ in unit.clauses]
        # next_strong[i]: start of the first strong cue at or after index i (else the unit end)
        self.next_strong = [unit.end] * (len(cues) + 1)
        for i in range(len(cues) - 1, -1, -1):
            self.next_strong[i] = cues[i].start if cues[i].strong else self.next_strong[i + 1]
        self.anchors = [d for d in dates if d.relation is not None]
        self.anchor_starts = [d.start for d in self.anchors]
        self.calendar = [d for d in dates if d.relation is None and d.date is not None]
        self.calendar_starts = [d.start for d in self.calendar]
        self.told = [d for d in self.calendar if not _statement_date(found, d)]
        self.told_starts = [d.start for d in self.told]
        self.dates = dates
        own = [i for i, c in enumerate(cues) if self.anchor_at(c.start) is None]
        self.own = own
        self.own_index = {cue_index: position for position, cue_index in enumerate(own)}
        self._days: dict[dt.date, int] | None = None
        self._long: list[tuple[int, dt.date, dt.date]] = []
        self._entities(found, free)

    def _entities(self, found: Found, free: list[EntityMention]) -> None:
        """Keep the entities that can end a zone's search for a place, or be that place."""
        text = found.text
        opens: dict[int, bool] = {}
        self.spots: list[tuple[EntityMention, bool, bool | None, bool]] = []
        for entity in found.within(free, self.unit.start, self.unit.end):
            place = entity.kind is MentionKind.VENUE or (
                entity.kind in (MentionKind.PLACE, MentionKind.CAPITAL)
                and is_locative(text, entity)
            )
            at = self.clause_of(entity.start)
            inner: bool | None = None
            if at < len(self.unit.clauses):
                start = self.unit.clauses[at][0]
                if start not in opens:
                    opens[start] = opens_other_matter(text, start)
                inner = opens[start]
            outer = opens_other_matter(text, entity.start)
            if place or inner or outer:
                self.spots.append((entity, place, inner, outer))
        self.spot_starts = [spot[0].start for spot in self.spots]

    def clause_of(self, at: int) -> int:
        """Return the index of the unit's clause holding ``at`` (the clause count if none)."""
        index = bisect.bisect_right(self.clause_starts, at) - 1
        if index >= 0 and at < self.unit.clauses[index][1]:
            return index
        return len(self.unit.clauses)

    def anchor_at(self, at: int) -> DateMention | None:
        """Return the date relative to another event that ``at`` stands in, if any."""
        index = bisect.bisect_right(self.anchor_starts, at) - 1
        if index >= 0 and at < self.anchors[index].end:
            return self.anchors[index]
        return None

    def between_cues(self, index: int, clause: tuple[int, int]) -> tuple[int, int]:
        """Return the part of a clause nearer to cue ``index`` than to any other cue's words."""
        before = bisect.bisect_right(self.cue_ends, clause[1], 0, index)
        start = self.cue_ends[before - 1] if before > 0 else clause[0]
        end = self.cue_starts[index + 1] if index + 1 < len(self.cues) else clause[1]
        return max(start, clause[0]), min(end, clause[1])

    def free_zone(self, index: int) -> list[tuple[int, int]]:
        """Return the clauses a mention may read its facts from: its own to the next cue's.

        The first cue of a unit also reads the clauses before it.
        """
        position = self.own_index.get(index)
        if position is None:
            return []
        clauses = self.unit.clauses
        own_clause = self.clause_of(self.cue_starts[index])
        first = 0 if position == 0 else own_clause
        if position + 1 < len(self.own):
            last = self.clause_of(self.cue_starts[self.own[position + 1]])
            if last == own_clause:
                last += 1
        else:
            last = len(clauses)
        return clauses[first : max(last, first + 1)]

    def first_cue_in(self, start: int, end: int) -> Cue | None:
        """Return the first cue starting inside ``[start, end)``."""
        index = bisect.bisect_left(self.cue_starts, start)
        if index < len(self.cues) and self.cues[index].start < end:
            return self.cues[index]
        return None

    def day_holder(self, day: dt.date) -> DateMention | None:
        """Return the first stated calendar date (not relative to publication) holding ``day``."""
        if self._days is None:
            self._days = {}
            for position, other in enumerate(self.dates):
                if other.relative_to_publication or other.date is None:
                    continue
                if not _inside(other.start, self.unit.clauses):
                    continue
                first = other.date.to_date()
                last = other.end_date.to_date() if other.end_date is not None else first
                if first is None or last is None or last < first:
                    continue
                if (last - first).days > _DAYS_INDEXED:
                    self._long.append((position, first, last))
                    continue
                for offset in range((last - first).days + 1):
                    self._days.setdefault(first + dt.timedelta(days=offset), position)
        best = self._days.get(day)
        for position, first, last in self._long:
            if first <= day <= last and (best is None or position < best):
                best = position
        return None if best is None else self.dates[best]


_DAYS_INDEXED = 400  # longer ranges are checked one by one (they are rare)


def _nearest(
    items: Sequence[_T],
    starts: list[int],
    at: int,
    *,
    lo: int,
    hi: int,
    zone: list[tuple[int, int]],
) -> _T | None:
    """Return the item of ``items[lo:hi]`` inside ``zone`` nearest to ``at`` (earlier on ties)."""
    middle = bisect.bisect_left(starts, at, lo, hi)
    left = next((i for i in range(middle - 1, lo - 1, -1) if _inside(starts[i], zone)), None)
    right = next((i for i in range(middle, hi) if _inside(starts[i], zone)), None)
    if left is None:
        return None if right is None else items[right]
    if right is None or at - starts[left] <= starts[right] - at:
        return items[left]
    return items[right]


def _dates_for(found: Found, view: _UnitView, *, mention: EventMention, window_end: int) -> None:
    """Give a mention the calendar or relative date of its clause (phone-call dates excluded)."""
    clause = mention.clause
    unit = view.unit
    cue = mention.cue
    phones = found.phones
    first_phone = bisect.bisect_left(phones, (clause[0], -1))
    phone = first_phone < len(phones) and phones[first_phone][0] < clause[1]
    lo = bisect.bisect_left(view.told_starts, clause[0])
    hi = bisect.bisect_left(view.told_starts, clause[1])
    if phone:
        after = bisect.bisect_right(view.told_starts, cue.start, lo, hi)
        if after < hi:
            mention.date = view.told[after]
    else:
        nearest = _nearest(view.told, view.told_starts, cue.start, lo=lo, hi=hi, zone=[clause])
        if nearest is not None:
            mention.date = nearest
    row = unit.line.kind is LineKind.ROW
    low = clause[0] if row else max(clause[0], cue.end)
    high = clause[1] if row else min(clause[1], window_end)
    index = bisect.bisect_left(view.anchor_starts, low)
    if index < len(view.anchors) and view.anchors[index].start < high and mention.date is None:
        later = view.anchors[index]
        mention.relative = later
        inner = view.first_cue_in(later.start, later.end)
        mention.anchor_of = inner.start if inner is not None else None


def _inside(at: int, zone: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(zone, at, key=_first) - 1
    return index >= 0 and at < zone[index][1]


def _first(pair: tuple[int, int]) -> int:
    return pair[0]


def _start_of(item: _Located) -> int:
    return item.start


def _from_sentence(
    found: Found,
    view: _UnitView,
    mention: EventMention,
    zone: list[tuple[int, int]],
    statuses: list[StatusCue],
) -> None:
    """Fill a mention's missing status and place from the free clauses of its sentence."""
    if not zone:
        return
    low, high = zone[0][0], zone[-1][1]
    if mention.status is None:
        lo, hi = found.bounds(statuses, low, high)
        nearest = _nearest(
            statuses, found.starts_of(statuses), mention.cue.start, lo=lo, hi=hi, zone=zone
        )
        if nearest is not None:
            mention.status = nearest.status
    if not mention.places:
        index = bisect.bisect_left(view.spot_starts, low)
        for entity, place, inner, outer in view.spots[index:]:
            if entity.start >= high:
                break
            inside = _inside(entity.start, zone)
            if entity.start > mention.clause[1] and (inner if inside else outer):
                break  # «…، قبل أن يتوقف المسار بسبب تغير الحكومة في طهران»
            if inside and place:
                mention.places.append(entity)
                break


def _fuller_date(view: _UnitView, mention: EventMention) -> None:
    """Prefer the stated dates of the sentence to «أمس» when they include it.

    «اختتمت أمس … الجولة …، التي انعقدت يومي 8 و9 أبريل 2025»: «أمس» is the last day.
    """
    date = mention.date
    if date is None or not date.relative_to_publication or date.date is None:
        return
    day = date.date.to_date()
    if day is None:
        return
    holder = view.day_holder(day)
    if holder is not None:
        mention.date = holder


_ISSUED = re.compile(r"(?<!\w)(?:صدر|الصادر|صادر)\s+(?:في|يوم|بتاريخ)?[\s،,]*$")
_SAID_ON = re.compile(r"(?<!\w)(?:في|يوم|بتاريخ)[\s،,]*$")


def _statement_date(found: Found, date: DateMention) -> bool:
    """Tell whether a date is when something was said, not when the event is.

    It follows a speaker directly (قال عراقجي الجمعة، …), or with «في» / «يوم» / «بتاريخ»
    between (أفاد الكرملين في 21/10/2025), or dates a statement («في بيان صدر بتاريخ …»).
    """
    text = found.text
    before = date.start
    while before > 0 and text[before - 1] in " ،,":
        before -= 1
    if before in found.speaker_ends:
        return True
    window = text[max(0, date.start - 30) : date.start]
    if _ISSUED.search(window):
        return True
    link = _SAID_ON.search(window)
    if link is None:
        return False
    before = date.start - len(window) + link.start()
    while before > 0 and text[before - 1] in " ،,":
        before -= 1
    return before in found.speaker_ends


def _sentence_date(view: _UnitView, mention: EventMention, zone: list[tuple[int, int]]) -> None:
    """Give a mention without a date in its clause the nearest free date of its sentence."""
    chosen = None
    starts = view.told_starts
    if zone:
        low = bisect.bisect_left(starts, zone[0][0])
        high = bisect.bisect_left(starts, zone[-1][1])
        after = bisect.bisect_right(starts, mention.cue.start, low, high)
        chosen = next((view.told[i] for i in range(after, high) if _inside(starts[i], zone)), None)
        if chosen is None:
            chosen = next(
                (view.told[i] for i in range(high - 1, low - 1, -1) if _inside(starts[i], zone)),
                None,
            )
    mention.date = chosen
    mention.date_from_sentence = chosen is not None


def _split_plural(mention: EventMention, view: _UnitView, found: Found) -> list[EventMention]:
    """One mention per date for a plural cue with several dates (جولات … 27 فبراير و10 أبريل).

    Days joined by و under a plural cue («الجولتان … يومي 12 و26 أبريل») are one date each;
    ordinals listed after the cue («الجولتين الأولى والثانية») go to the dates in order.
    """
    if not mention.cue.plural:
        return [mention]
    clause = mention.clause
    starts = view.calendar_starts
    lo = max(bisect.bisect_left(starts, clause[0]), bisect.bisect_right(starts, mention.cue.start))
    calendar = view.calendar[lo : bisect.bisect_left(starts, clause[1])]
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
        anchors = [where[id(m)] for m in unit.mentions if m.anchor_only and id(m) in where]
        if own:
            unit.owners = own
        elif anchors:  # «ستجتمع الفرق على هامش الجولة …»: what it says is about that event
            unit.owners = list({id(c): c for c in anchors}.values())
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
