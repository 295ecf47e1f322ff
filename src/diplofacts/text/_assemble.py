"""The Arabic pipeline: recognisers over one normalised text, then events as model objects.

What belongs here: :func:`parse_arabic` (registered for ``"ar"``), which normalises once,
runs each recogniser once over the whole match form (gazetteer automaton, dates, people,
event cues, status words, phone calls, layout), adds the cues of table rows named only by
their columns and drops verbs that name no event (a reception is kept when the talks of
both sides follow it), reads event mentions unit by unit (sentences, bullets, table rows),
clusters them (``_coref``), decides each event's owner units (a unit without an event cue
belongs to the event of the unit before it in the same paragraph, list or table), and
fills the events (``_fill``). What must not: word lists (the recogniser modules) or output
formats.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

import attrs

from diplofacts.gazetteer import Gazetteer, PlaceEntry, VenueEntry
from diplofacts.model import Article, EventStatus, Unparsed
from diplofacts.text._build import HEAD_ROLES, Builder
from diplofacts.text._coref import (
    PARTY_KINDS,
    PLACE_KINDS,
    Cluster,
    EventMention,
    cluster_mentions,
    is_locative,
    opens_other_matter,
    place_key,
    read_mention,
    read_subject,
    says_both_sides,
    sides_named,
    verb_in_country,
)
from diplofacts.text._dates import DateMention, find_dates
from diplofacts.text._entities import EntityMention, MentionKind, matcher_for
from diplofacts.text._events import (
    ORDINALS,
    THEIR_TALKS,
    Cue,
    CueKind,
    StatusCue,
    find_cues,
    find_phone_calls,
    find_status_cues,
)
from diplofacts.text._layout import Column, Line, LineKind, clauses, layout, sentences
from diplofacts.text._normalize import key, normalize
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
    heads: frozenset[str] = frozenset()
    """The people (gazetteer ids) heading a state or government on the article's date."""
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
        starts = self._starts.get(id(items))  # (the body of ``bounds``: a hot path)
        if starts is None:
            starts = self.starts_of(items)
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


def _with_row_cues(text: str, lines: list[Line], cues: list[Cue]) -> list[Cue]:
    """Add a cue for each table row that names its event only by the table's columns.

    A row whose event column holds an ordinal alone («| الأولى | 12 أفريل | مسقط |» under
    «الجولة») is that round; a row of a table of dates without an event column («الأحد 23
    مارس الولايات المتحدة وأوكرانيا» under «اليوم التاريخ الطرفان») names the talks of
    that day (weak: it joins the event of its date).
    """
    starts = [c.start for c in cues]
    added: list[Cue] = []
    header: Line | None = None
    for line in lines:
        if line.kind is LineKind.HEADER:
            header = line
            continue
        if line.kind is not LineKind.ROW or not line.columns:
            continue
        low, high = bisect.bisect_left(starts, line.start), bisect.bisect_left(starts, line.end)
        if low < high:
            continue  # the row names its event itself
        cue = _row_cue(text, line, header)
        if cue is not None:
            added.append(cue)
    if not added:
        return cues
    return sorted([*cues, *added], key=_start_of)


def _row_cue(text: str, line: Line, header: Line | None) -> Cue | None:
    """Return the cue a table row stands for, if its columns say which event it is."""
    if Column.EVENT in line.columns:
        at = line.columns.index(Column.EVENT)
        if at >= len(line.cells) or (header is not None and at >= len(header.cells)):
            return None
        start, end = line.cells[at]
        number = ORDINALS.get(text[start:end].strip())
        if number is None:
            return None
        kind = CueKind.ROUND
        if header is not None and header.cells:
            named = find_cues(text[header.cells[at][0] : header.cells[at][1]])
            if named and named[0].kind is CueKind.SUMMIT:
                return None  # summits have no ordinals
        return Cue(start=start, end=end, kind=kind, number=number, row=True)
    if Column.DATE in line.columns:
        first = text[line.start : line.end].split(maxsplit=1)
        if first:
            end = line.start + len(first[0])
            return Cue(start=line.start, end=end, kind=CueKind.TALKS, row=True)
    return None


def _read_row(
    text: str, line: Line, mention: EventMention, entities: Sequence[EntityMention]
) -> None:
    """Give the mention of a row named by its columns the parties and places of its cells.

    Pipe rows: the names in the parties and place columns; a flattened row (no cells) of a
    table with a parties column: its countries and nisbas.
    """
    if Column.PARTIES not in line.columns:
        mention.parties = set()
    elif line.cells:
        cells = [
            c for c, kind in zip(line.cells, line.columns, strict=False) if kind is Column.PARTIES
        ]
        mention.parties = {
            e.entry_id
            for e in entities
            if e.kind in PARTY_KINDS and any(s <= e.start < t for s, t in cells)
        }
    else:
        mention.parties = {
            e.entry_id
            for e in entities
            if e.kind in (MentionKind.COUNTRY, MentionKind.NISBA) and not is_locative(text, e)
        }
    if line.cells and Column.PLACE in line.columns:
        cells = [
            c for c, kind in zip(line.cells, line.columns, strict=False) if kind is Column.PLACE
        ]
        mention.places = [
            e
            for e in entities
            if e.kind in PLACE_KINDS | {MentionKind.COUNTRY}
            and any(s <= e.start < t for s, t in cells)
        ][:1] or mention.places


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
    found: Found,
    unit: Unit,
    free: list[EntityMention],
    statuses: list[StatusCue],
    before: Unit | None = None,
) -> None:
    cues = list(found.within(found.cues, unit.start, unit.end))
    dates = _restated(found, list(found.within(found.dates, unit.start, unit.end)))
    if cues:  # (a unit naming no event has nothing more to read)
        _read_cues(found, unit, cues, dates, free=free, statuses=statuses, before=before)


def _read_cues(
    found: Found,
    unit: Unit,
    cues: list[Cue],
    dates: list[DateMention],
    *,
    free: list[EntityMention],
    statuses: list[StatusCue],
    before: Unit | None,
) -> None:
    """Read the event mention of each cue of a unit."""
    text = found.text
    view = _UnitView(found, unit, cues, dates, free)
    both_sides = says_both_sides(text, unit.start, unit.end)
    table_row = unit.line.kind is LineKind.ROW
    for index, cue in enumerate(cues):
        at = view.clause_of(cue.start)
        clause = unit.clauses[at] if at < len(unit.clauses) else (unit.start, unit.end)
        if table_row:
            clause = (unit.start, unit.end)
        window_end = min(clause[1], view.next_strong[index + 1])
        if (cue.purpose or not (cue.strong or cue.side)) and index + 1 < len(cues):
            # «مهدا لقمة جنيف في لقاء …»: a reference, and weak talks, read up to the next cue
            window_end = min(window_end, cues[index + 1].start)
        in_anchor = view.anchor_at(cue.start)
        anchored = in_anchor is not None or cue.purpose  # «مهدا لقمة جنيف»: a reference
        kind, named = _kind_and_people(found, cue, clause, anchored=anchored)
        entities = found.within(free, clause[0], clause[1])
        mention = read_mention(
            text,
            cue,
            unit=len(unit.mentions),
            clause=clause,
            window_end=window_end,
            entities=entities,
            statuses=[]
            if anchored
            else list(found.within(statuses, *view.between_cues(index, clause))),
            kind=kind,
            window_start=cues[index - 1].end if index and not table_row else None,
        )
        mention.anchor_only = anchored
        mention.both_sides = both_sides
        since = cues[index - 1].end if index else unit.start  # «عقدت إيران وأمريكا الجولة»
        near = () if table_row else unit.clauses[max(0, at - 2) : at + 1]
        read_subject(
            text,
            mention,
            near,
            found.within(free, since, cue.start),
            found.within(found.entities, since, cue.start),
        )
        if cue.row:
            _read_row(text, unit.line, mention, entities)
        mention.people = {p.person_id for p in named if p.person_id is not None}
        if anchored:
            _read_reference(
                found, view, mention, in_anchor, window_end=window_end, free=free, statuses=statuses
            )
        else:
            zone = view.free_zone(index)
            _from_sentence(found, view, mention, zone, statuses)
            _dates_for(found, view, mention=mention, window_end=window_end)
            if mention.date is None and mention.relative is None:
                _sentence_date(found, view, mention, zone, statuses)
            _fuller_date(view, mention)
            if mention.relative is not None:  # places after «بعد قمة X» are the anchor's
                mention.places = [p for p in mention.places if p.start < mention.relative.start]
            if _DEMONSTRATIVE.search(text, max(0, cue.start - 8), cue.start):
                mention.demonstrative = True
                _this_event(view, mention)
        if not anchored and not cue.strong and not mention.parties:
            _sentence_sides(found, view, mention, free, index, before=before)
        if mention.demonstrative and index + 1 < len(cues):
            _leave_to_next(found, mention, cues[index + 1], statuses)
        if index and cues[index - 1].end > clause[0] and not table_row:
            # «مفاوضات إيران وأمريكا في روما والاتفاق على اجتماعات فنية»: Rome is the talks'
            mention.places = [p for p in mention.places if p.start > cue.start]
        unit.mentions.extend(_split_plural(mention, view, found, window_end))


def _read_reference(
    found: Found,
    view: _UnitView,
    mention: EventMention,
    in_anchor: DateMention | None,
    *,
    window_end: int,
    free: list[EntityMention],
    statuses: list[StatusCue],
) -> None:
    """Read what an event named as a reference says of itself.

    An anchor («بعد القمة التي عقدت في …»): the status right after it and its relative
    clause; an event prepared for («التحضير للجولة المقبلة في مسقط يوم 20 يونيو»): the date
    in its own window.
    """
    if in_anchor is not None:
        after = list(found.within(statuses, in_anchor.end, in_anchor.end + 13))
        mention.status = after[0].status if after else None
        _described_anchor(
            found,
            view,
            mention,
            rest=(in_anchor.end, mention.clause[1]),
            free=free,
            statuses=statuses,
        )
        if mention.date is None:  # «عقب اجتماع الاثنين»: the anchor named by its weekday
            rest = found.text[mention.cue.end : in_anchor.end]
            named = find_dates(rest)
            day = named[0] if len(named) == 1 and named[0].text == rest.strip() else None
            if day is not None and day.date is None and day.weekday is not None:
                shift = mention.cue.end  # the weekday alone, right after the noun
                mention.date = attrs.evolve(day, start=day.start + shift, end=day.end + shift)
        return
    low = bisect.bisect_left(view.told_starts, mention.cue.end)
    if low < len(view.told) and view.told[low].start < window_end:
        mention.date = view.told[low]


def _leave_to_next(
    found: Found, mention: EventMention, after: Cue, statuses: list[StatusCue]
) -> None:
    """Leave the date, places and status told after the next cue of the clause to that cue.

    «وتأتي هذه الجولة بعد تعثر مفاوضات الدوحة التي استضافتها قطر في 6 يوليو»: this round
    refers back to the article's event; the date and «استضافتها» are the Doha talks'.
    """
    if after.start >= mention.clause[1]:
        return
    said = found.within(statuses, mention.clause[0], after.start)
    mention.status = said[-1].status if said else None
    if mention.date is not None and mention.date.start > after.start:
        mention.date = None
        mention.date_from_sentence = False
    mention.places = [p for p in mention.places if p.start < after.start]


def _kind_and_people(
    found: Found, cue: Cue, clause: tuple[int, int], *, anchored: bool
) -> tuple[CueKind, list[PersonMention]]:
    """Return the sort of event a cue names and the people it says meet.

    A verb of receiving: those after it; weak talks followed by names («لقاء لافروف
    وروبيو»): those names, which decide the sort; «هذه الاجتماعات …» refers back.
    """
    if cue.reception:
        return cue.kind, list(found.within(found.people, cue.end, clause[1]))
    if (
        anchored
        or cue.strong
        or _DEMONSTRATIVE.search(found.text, max(0, cue.start - 8), cue.start)
    ):
        return cue.kind, []
    named = _named_after(found, cue, clause)
    return _kind_by_people(cue, named), named


def _idle_verbs_dropped(found: Found, units: list[Unit], cues: list[Cue]) -> list[Cue]:
    """Drop the verbs that name no event: a visit, or a meeting verb without the names.

    «يستقبل الرئيس … وزير الخارجية»: a visit; «التقى الوفد الأمريكي …»: the noun of the
    sentence («في محادثات …») names the event. (Before any reading: nothing sees them.)
    A reception followed by the talks of both sides («وعقد الجانبان جلسة مباحثات») is a
    meeting whoever is received: a summit of two heads of state or government, else a round.
    """
    starts = [unit.start for unit in units]
    kept = []
    for position, each in enumerate(cues):
        cue = each
        if cue.reception or cue.verb:
            index = bisect.bisect_right(starts, cue.start) - 1
            if index < 0 or cue.start >= units[index].end:
                continue
            unit = units[index]
            at = bisect.bisect_right(unit.clauses, cue.start, key=_first) - 1
            clause = unit.clauses[at] if at >= 0 else (unit.start, unit.end)
            pair = _pair_in(found, unit.start, unit.end) if cue.reception else []
            if pair and _talks_follow(found, units, index, cues, position):
                cue = dataclasses.replace(cue, kind=_pair_kind(found, pair))
            elif cue.reception and not _receives_a_head(found, cue, clause):
                continue
            if cue.verb and len(_named_after(found, cue, clause)) < 2:
                continue
        kept.append(cue)
    return kept


_TALKS_REACH = 4  # cues after a reception looked at for the talks held in it


def _talks_follow(
    found: Found, units: list[Unit], index: int, cues: list[Cue], position: int
) -> bool:
    """Tell whether the talks of both sides follow the reception ``cues[position]``.

    In its sentence or the next one, before any other event is named: «استقبل … الرئيس
    السوري …. وعقد الجانبان جلسة مباحثات».
    """
    reception = cues[position]
    limit = units[min(index + 1, len(units) - 1)].end
    for later in cues[position + 1 : position + 1 + _TALKS_REACH]:
        if later.start >= limit or later.strong or later.verb or later.side or later.purpose:
            return False
        own = index if later.start < units[index].end else index + 1
        low = max(reception.end, units[own].start)
        if _both_said(found.text, later, low) is not None:
            return True
    return False


# «وعقد الجانبان»، «أجرى الرئيسان»، «وبحث الزعيمان»: both sides named before, as subject
_BOTH = re.compile(
    r"(?<!\w)(?:(?P<held>[وف]?(?:قد\s+)?(?:عقد|اجري|خاض|اختتم|واصل|استانف))\s+)?"
    r"[وف]?ال(?:جانبان|طرفان|رئيسان|زعيمان|قائدان|وفدان)(?!\w)"
)
_BOTH_REACH = 48  # characters before a cue searched for «الجانبان»
_BOTH_WORDS = 3  # words at most between «الجانبان» and the cue («جلسة»، «خلال»)


def _both_said(text: str, cue: Cue, low: int) -> bool | None:
    """Tell whether weak talks are those of «الجانبان» / «الرئيسان» (or «لقائهما»).

    ``None`` when not; else whether a past verb of holding says they were held («وعقد
    الجانبان جلسة مباحثات»).
    """
    if text[cue.start : cue.end].endswith(tuple(THEIR_TALKS)):
        return False
    said = None
    for match in _BOTH.finditer(text, max(low, cue.start - _BOTH_REACH), cue.start):
        said = match  # the last one before the cue
    if said is None or len(text[said.end() : cue.start].split()) > _BOTH_WORDS:
        return None
    return said.group("held") is not None


def _head(found: Found, person: PersonMention) -> bool:
    """Tell whether a person heads a state or government: by the title, or on the date."""
    return _is_head(person) or (person.person_id is not None and person.person_id in found.heads)


def _pair_in(found: Found, start: int, end: int) -> list[PersonMention]:
    """Return the first person of each of exactly two countries named in ``[start, end)``.

    «استقبل ولي العهد السعودي …، الأربعاء، الرئيس السوري …»: the host and the guest. Fewer
    or more countries name no pair, and so do more than :data:`_PAIR_REACH` people (a
    constant cost per question, however many people a long sentence names).
    """
    first: dict[str, PersonMention] = {}
    people = found.within(found.people, start, end)
    if len(people) > _PAIR_REACH:
        return []
    for person in people:
        if person.country is not None and (person.person_id or not person.described_only):
            first.setdefault(person.country, person)
            if len(first) > _PAIR:
                return []
    return list(first.values()) if len(first) == _PAIR else []


_PAIR = 2
_PAIR_REACH = 12  # people at most in the stretch a pair of sides is read from


def _pair_kind(found: Found, pair: list[PersonMention]) -> CueKind:
    """Return the sort of a meeting of two people: a summit of heads, else a round."""
    return CueKind.SUMMIT if all(_head(found, p) for p in pair) else CueKind.ROUND


def _both_sides_before(
    found: Found,
    mention: EventMention,
    unit: Unit,
    before: Unit | None,
    free: list[EntityMention],
) -> None:
    """Give the talks of «الجانبان» / «الرئيسان» the two sides named just before.

    «استقبل ولي العهد السعودي …، الرئيس السوري …. وعقد الجانبان جلسة مباحثات»: the host
    and the guest (the sort by who they are: heads of state or government hold a summit,
    others a round); else the two delegations named. Nothing when no two sides are named
    in the sentence before or in the mention's own before its cue.
    """
    cue = mention.cue
    held = _both_said(found.text, cue, mention.clause[0])
    if held is None:
        return
    low = unit.start if before is None else before.start
    pair = _pair_in(found, low, cue.start)
    if pair:
        mention.parties = {p.country for p in pair if p.country is not None}
        mention.people = {p.person_id for p in pair if p.person_id is not None}
        mention.kind = _pair_kind(found, pair)
    else:
        sides = sides_named(found.text, found.within(free, low, cue.start)[-_PAIR_REACH:])
        if len(sides) != _PAIR:
            return
        mention.parties = sides
        mention.kind = CueKind.ROUND
    if held and mention.status is None:
        mention.status = EventStatus.HELD


def _heads_on(gaz: Gazetteer, people: list[PersonMention], on: dt.date | None) -> frozenset[str]:
    """Return the people named who head a state or government on ``on`` (by the gazetteer).

    «ولي العهد السعودي الأمير محمد بن سلمان» is named by another title, but is prime minister.
    """
    ids = {p.person_id for p in people if p.person_id is not None and p.person_id in gaz.people}
    return frozenset(
        person
        for person in ids
        if any(term.role in HEAD_ROLES for term in gaz.current_roles(person, on))
    )


# «وفي يوم الاثنين 24 مارس، التقى …»: a date opening its sentence frames all of it
_FRAMING = re.compile(r"\s*[وف]?(?:في\s+)?(?:يوم\s+)?$")


def _sentence_sides(
    found: Found,
    view: _UnitView,
    mention: EventMention,
    free: list[EntityMention],
    index: int,
    *,
    before: Unit | None,
) -> None:
    """Give weak talks the sides their sentence names, and the date opening the sentence.

    «وفي يوم الاثنين 24 مارس، التقى الوفد الأمريكي نفسه بالوفد الروسي …، في محادثات
    استمرت …»: talks of the United States and Russia, on 24 March. Talks of «الجانبان»
    take the two sides named just before (:func:`_both_sides_before`).
    """
    zone = view.free_zone(index)
    if not zone:
        return
    for start, end in zone:  # both sides in one clause (each clause read once per unit)
        sides = view.sides.get(start)
        if sides is None:
            sides = view.sides[start] = sides_named(found.text, found.within(free, start, end))
        mention.parties |= sides
    if not mention.parties:
        _both_sides_before(found, mention, view.unit, before, free)
    date = mention.date
    if (
        date is not None
        and mention.date_from_sentence
        and _FRAMING.fullmatch(found.text, view.unit.start, date.start)
    ):
        mention.date_from_sentence = False


_COUNTERPART = re.compile(r"(?<!\w)نظير(?:ه|ته|ها|هم)(?!\w)")
# «لقاء لافروف وروبيو»، «اجتماع بين ترامب وبوتين»، «لقاء جمع لامي بروبيو»
_BEFORE_NAMES = frozenset(["بين", "جمع", "جمعت", "ضم", "ضمت", "مع"])
_BETWEEN_NAMES = frozenset(["", "و", "مع", "ب", "وبين"])


def _is_head(person: PersonMention) -> bool:
    return any(role.role in HEAD_ROLES for role in person.roles)


def _receives_a_head(found: Found, cue: Cue, clause: tuple[int, int]) -> bool:
    """Tell whether a verb of receiving names a counterpart, or two heads of state, in its clause.

    «سيستقبل نظيره الأوكراني»، «ويستقبل ترامب … الرئيس الأوكراني زيلينسكي»: a summit; a head
    of state receiving a minister is a visit.
    """
    if _COUNTERPART.search(found.text, cue.end, clause[1]):
        return True
    people = found.within(found.people, clause[0], clause[1])
    return sum(_is_head(p) for p in people) >= 2 and any(
        _is_head(p) for p in people if p.start >= cue.end
    )


def _kind_by_people(cue: Cue, named: list[PersonMention]) -> CueKind:
    """Return the sort of a weak cue followed by the names of those meeting.

    «لقاء لافروف وروبيو»: ministers meeting is a round; «لقاء بين ترامب وبوتين»: heads of
    state meeting is a summit; otherwise the cue stays weak.
    """
    if len(named) < 2:
        return cue.kind
    heads = [_is_head(p) for p in named]
    if all(heads):
        return CueKind.SUMMIT
    return cue.kind if any(heads) else CueKind.ROUND


def _named_after(found: Found, cue: Cue, clause: tuple[int, int]) -> list[PersonMention]:
    """Return the people a weak cue names right after it as those meeting.

    «لقاء لافروف وروبيو»، «اجتماع بين …»، «لقاء جمع لامي بروبيو»، «موعد مع زيلينسكي».
    """
    text = found.text
    named: list[PersonMention] = []
    at = cue.end
    for person in found.within(found.people, cue.end, clause[1]):
        gap = text[at : person.start].split()
        if named:
            if "".join(gap) not in _BETWEEN_NAMES:
                break
        elif len(gap) > 1 or (gap and gap[0] not in _BEFORE_NAMES):
            break
        elif not gap and person.name_start != person.start and not cue.verb:
            break  # «هذه الاجتماعات نائبا وزير الخارجية …»: who leads them, not who meets
        named.append(person)
        at = person.end
    return named


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
    mention.places = (
        [
            e
            for e in found.within(free, start, end)
            if e.kind is MentionKind.VENUE
            or (e.kind in (MentionKind.PLACE, MentionKind.CAPITAL) and is_locative(found.text, e))
        ][:1]
        or [  # «بعد محادثات جدة التي جمعت …»: the place named with the anchor
            p for p in mention.places if found.text[mention.cue.end : p.start].strip() == ""
        ]
    )
    mention.described = mention.date is not None or bool(mention.places)


def _restated(found: Found, dates: list[DateMention]) -> list[DateMention]:
    """Drop a word relative to publication that the date right after it restates.

    «أمس 28.07.2021», «أمس الاثنين 2 يونيو»: the calendar date is the one read (``_fill``
    still takes the year of «أمس» when the date has none).
    """
    kept: list[DateMention] = []
    dropped: DateMention | None = None
    for each, after in zip(dates, [*dates[1:], None], strict=False):
        date = each
        if dropped is not None and dropped.new_date:  # «إلى الخميس المقبل 3 يوليو»
            date = attrs.evolve(date, new_date=True)
        dropped = None
        if (
            after is not None
            and date.relative_to_publication
            and date.date is not None
            and after.date is not None
            and found.text[date.end : after.start].strip() == ""
            and (date.date.month, date.date.day) == (after.date.month, after.date.day)
        ):
            found.used_dates.add(date.start)
            dropped = date
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
            # a side cue («اجتماعات فنية») ends the window of the cue before it too
            named = cues[i].strong or cues[i].side
            self.next_strong[i] = cues[i].start if named else self.next_strong[i + 1]
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
        self.sides: dict[int, set[str]] = {}  # clause start -> the sides it names
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
            if entity.kind is MentionKind.COUNTRY and at < len(self.unit.clauses):
                place = verb_in_country(text, self.unit.clauses[at][0], entity)
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
    """Give a mention the calendar or relative date of its clause (phone-call dates excluded).

    A weekday right after the event noun names the event by its day («جولة الخميس»,
    «اجتماع الاثنين»): that is its date, whatever else the clause says; with no calendar
    date, so is a weekday the clause says it is held on («عقد صباح الجمعة»).
    """
    clause = mention.clause
    unit = view.unit
    cue = mention.cue
    after = bisect.bisect_left(view.dates, cue.end, key=_start_of)
    if after < len(view.dates):
        named = view.dates[after]
        if (
            named.weekday is not None
            and named.date is None
            and named.relation is None
            and found.text[cue.end : named.start].strip() == ""
        ):
            mention.date = named
            return
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
        own = _told_of_anchors(found, view, [clause], cue.start)
        nearest = _nearest(view.told, view.told_starts, cue.start, lo=lo, hi=hi, zone=own)
        if nearest is not None:
            mention.date = nearest
    if mention.date is None:  # «اجتماع ثلاثي … عقد صباح الجمعة»: held on a weekday
        end = bisect.bisect_left(view.dates, clause[1], key=_start_of)
        mention.date = next(
            (
                d
                for d in view.dates[after:end]
                if d.weekday is not None
                and d.date is None
                and d.relation is None
                and _HELD_ON.search(found.text, max(0, d.start - 24), d.start) is not None
                and view.first_cue_in(cue.end, d.start) is None
            ),
            None,
        )
    row = unit.line.kind is LineKind.ROW
    low = clause[0] if row else max(clause[0], cue.end)
    high = clause[1] if row else min(clause[1], window_end)
    index = bisect.bisect_left(view.anchor_starts, low)
    if (
        index < len(view.anchors)
        and view.anchors[index].start < high
        and mention.date is None
        and _dates_event(found, cue.end, view.anchors[index])
    ):
        later = view.anchors[index]
        mention.relative = later
        inner = view.first_cue_in(later.start, later.end)
        mention.anchor_of = inner.start if inner is not None else None


# A verb of holding right before a weekday said alone: «عقد صباح الجمعة», «تعقد يوم الأحد».
_HELD_ON = re.compile(
    r"(?<!\w)[وف]?(?:عقد|عقدت|انعقد|انعقدت|جرى|جرت|تعقد|ستعقد|يعقد|سيعقد|تنعقد|ستنعقد)"
    r"\s+(?:(?:صباح|مساء|ظهر|عصر|ليله|يوم)\s+)?$"
)
_DURATION_REACH = 8  # words between an event noun and a duration that still dates it


def _dates_event(found: Found, cue_end: int, date: DateMention) -> bool:
    """Tell whether a relative date after an event noun can be that event's date.

    A date relative to another event can, unless that is a phone call (never an event:
    «ألغي الاجتماع بعد اتصال هاتفي بين الوزيرين»); a duration counted from publication
    («خلال الأسابيع المقبلة») only when it follows the noun closely: further on it tells
    of something else the sentence says («الجولة أسفرت عن … أطفال سيعادون … خلال …»).
    """
    if date.anchor_text is not None:
        phones = found.phones
        index = bisect.bisect_left(phones, (date.start, -1))
        return not (index < len(phones) and phones[index][0] < date.end)
    if not date.relative_to_publication:
        return True
    gap = found.text[cue_end : date.start]
    return len(gap.split(maxsplit=_DURATION_REACH)) <= _DURATION_REACH


_WHICH = re.compile(r"[\s،,]*و?(?:التي|الذي|اللتين|اللذين|اللتان|اللذان|الذين)(?!\w)")


def _told_of_anchors(
    found: Found, view: _UnitView, zone: list[tuple[int, int]], at: int
) -> list[tuple[int, int]]:
    """Return ``zone`` without the relative clauses that describe an anchor (not around ``at``).

    «… بعد القمة التي جمعتهما في ألاسكا في 15 أغسطس، والتي انتهت دون اتفاق»: the date and
    the status word told of the Alaska summit are not the sentence's main event's. The
    description runs from the anchor to the end of its clause, and on through the clauses
    that continue it with «التي» / «والتي».
    """
    if not zone:
        return zone
    text = found.text
    clauses = view.unit.clauses
    low = bisect.bisect_left(view.anchor_starts, zone[0][0])
    high = bisect.bisect_left(view.anchor_starts, zone[-1][1])
    cut: list[tuple[int, int]] = []
    for anchor in view.anchors[low:high]:
        if cut and anchor.start < cut[-1][1]:
            continue
        if (
            _RELATIVE_PRONOUN.match(text, anchor.end) is None
            and _BROUGHT_TOGETHER.search(text, max(0, anchor.end - 8), anchor.end) is None
        ):
            continue
        index = view.clause_of(anchor.start)
        if index >= len(clauses):
            continue
        end = clauses[index][1]
        while index + 1 < len(clauses) and _WHICH.match(text, clauses[index + 1][0]):
            index += 1
            end = clauses[index][1]
        if not anchor.start <= at < end:
            cut.append((anchor.start, end))
    return _minus(zone, cut) if cut else zone


def _minus(zone: list[tuple[int, int]], cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the parts of the sorted spans of ``zone`` outside the sorted spans of ``cut``."""
    out: list[tuple[int, int]] = []
    for low, end in zone:
        start = low
        for cut_start, cut_end in cut:
            if cut_start < end and start < cut_end:
                if start < cut_start:
                    out.append((start, cut_start))
                start = max(start, cut_end)
        if start < end:
            out.append((start, end))
    return out


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
        own = _told_of_anchors(found, view, zone, mention.cue.start)
        nearest = _nearest(
            statuses, found.starts_of(statuses), mention.cue.start, lo=lo, hi=hi, zone=own
        )
        if nearest is not None:
            mention.status = nearest.status
    if mention.status is EventStatus.POSTPONED and _held_after_all(
        found, statuses, zone, mention.cue.start
    ):
        mention.status = EventStatus.HELD  # «أرجئت وعقدت في مسقط يوم 11 مايو»
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
# What may stand between a speaker and the day they spoke: «أفاد مسؤول في البيت الأبيض
# (White House)، مساء الثلاثاء 21/10/2025»: commas, a gloss in brackets, «في», «يوم», a time of day.
_SAID_GAP = re.compile(
    r"(?:[\s،,]|\([^()\n]{0,40}\)"
    r"|(?<!\w)(?:في|يوم|بتاريخ|مساء|صباح|ظهر|عصر|ليله|فجر)(?!\w))*$"
)
_PHONE_REACH = 5  # words between a phone call and the date it was made on
_SPEAKER_REACH = 100  # characters from a verb of saying to the end of its speaker's name
# «قال عراقجي الجمعة»: a speaker names the day they spoke («ويستقبل ترامب اليوم» does not)
_SPEECH_VERB = re.compile(
    r"(?<!\w)[وف]?(?:قال|قالت|قالا|اعلن|اعلنت|اعلنا|افاد|افادت|صرح|صرحت|اكد|اكدت|ذكر|ذكرت"
    r"|اوضح|اوضحت|اضاف|اضافت|نقل|نقلت|كشف|كشفت|اشار|اشارت|شدد|شددت|ابلغ|ابلغت|اعرب|اعربت"
    r"|رحب|رحبت|نفي|نفت|اعتبر|اعتبرت|بحث|بحثت)(?!\w)"
)


def _statement_date(found: Found, date: DateMention) -> bool:
    """Tell whether a date is when something was said or a call made, not when the event is.

    It follows a speaker, directly (قال عراقجي الجمعة، …) or with «في» / «يوم» / «بتاريخ»,
    a time of day or a gloss in brackets between (أفاد الكرملين مساء الثلاثاء 21/10/2025);
    or it dates a statement («في بيان صدر بتاريخ …»); or it follows a phone call closely
    («بعد اتصال هاتفي بين الوزيرين يوم الاثنين 20/10/2025»).
    """
    text = found.text
    low = max(0, date.start - 60)
    gap = _SAID_GAP.search(text, low, date.start)
    if gap is not None and gap.start() in found.speaker_ends:
        said = text[max(0, gap.start() - _SPEAKER_REACH) : gap.start()]
        said = re.split(r"[.!?؟\n]", said)[-1]
        if _SPEECH_VERB.search(said):
            return True
    if _ISSUED.search(text, max(0, date.start - 30), date.start):
        return True
    return _phone_date(found, date)


def _phone_date(found: Found, date: DateMention) -> bool:
    """Tell whether a date follows a phone call in the same clause, no event named between."""
    phones = found.phones
    index = bisect.bisect_left(phones, (date.start, -1)) - 1
    if index < 0:
        return False
    end = phones[index][1]
    between = found.text[end : date.start]
    return (
        end <= date.start
        and len(between.split(maxsplit=_PHONE_REACH)) <= _PHONE_REACH
        and not any(mark in between for mark in ".،,؛;:!?؟\n")
        and not found.within(found.cues, end, date.start)
    )


def _held_after_all(
    found: Found, statuses: list[StatusCue], zone: list[tuple[int, int]], at: int
) -> StatusCue | None:
    """Return a held word after a postponement in ``zone`` past ``at``, no event named between.

    «الجولة الرابعة: كانت مقررة في روما يوم 3 مايو، ثم أرجئت وعقدت في مسقط يوم 11 مايو»:
    put off, then held after all.
    """
    if not zone:
        return None
    put_off: StatusCue | None = None
    end = zone[-1][1]
    following = bisect.bisect_right(found.starts_of(found.cues), at)
    if following < len(found.cues):  # what comes after the next event noun is that event's
        end = min(end, found.cues[following].start)
    for said in found.within(statuses, at, end):
        if not _inside(said.start, zone):
            continue
        if said.status is EventStatus.POSTPONED:
            put_off = said
        elif (
            said.status is EventStatus.HELD
            and put_off is not None
            and not found.within(found.cues, put_off.end, said.start)
        ):
            return said
    return None


def _reception_day(view: _UnitView, mention: EventMention, zone: list[tuple[int, int]]) -> None:
    """Date a reception by the weekday its sentence names after the verb, no event between.

    «استقبل ولي العهد …، الأربعاء، الرئيس السوري …»: received on Wednesday.
    """
    cue = mention.cue
    after = bisect.bisect_left(view.dates, cue.end, key=_start_of)
    for date in view.dates[after:]:
        if not _inside(date.start, zone) or view.first_cue_in(cue.end, date.start) is not None:
            return
        if date.weekday is not None and date.date is None and date.relation is None:
            mention.date = date
            return


def _sentence_date(
    found: Found,
    view: _UnitView,
    mention: EventMention,
    zone: list[tuple[int, int]],
    statuses: list[StatusCue],
) -> None:
    """Give a mention without a date in its clause the nearest free date of its sentence.

    A postponed event takes the day it is put off to when the sentence gives one; one put
    off and then held, the first date after the word that says it was held.

    Dates in the relative clause describing an anchor («بعد القمة التي عقدت في …») are the
    anchor's.
    """
    chosen = None
    starts = view.told_starts
    zone = _told_of_anchors(found, view, zone, mention.cue.start)
    if zone:
        low = bisect.bisect_left(starts, zone[0][0])
        high = bisect.bisect_left(starts, zone[-1][1])
        after = bisect.bisect_right(starts, mention.cue.start, low, high)
        held = (
            _held_after_all(found, statuses, zone, mention.cue.start)
            if mention.status is EventStatus.HELD
            else None
        )
        if held is not None:
            after = bisect.bisect_right(starts, held.start, low, high)
        elif mention.status is EventStatus.POSTPONED:  # «تأجيل الجولة … إلى 3 يوليو»
            chosen = next(
                (
                    view.told[i]
                    for i in range(low, high)
                    if view.told[i].new_date and _inside(starts[i], zone)
                ),
                None,
            )
        chosen = chosen or next(
            (view.told[i] for i in range(after, high) if _inside(starts[i], zone)), None
        )
        if chosen is None:
            chosen = next(
                (view.told[i] for i in range(high - 1, low - 1, -1) if _inside(starts[i], zone)),
                None,
            )
    mention.date = chosen
    mention.date_from_sentence = chosen is not None
    if chosen is None and mention.cue.reception:
        _reception_day(view, mention, zone)


def _split_plural(
    mention: EventMention, view: _UnitView, found: Found, window_end: int
) -> list[EventMention]:
    """One mention per date for a plural cue with several dates (جولات … 27 فبراير و10 أبريل).

    Days joined by و under a plural cue («الجولتان … يومي 12 و26 أبريل») are one date each;
    ordinals listed after the cue («الجولتين الأولى والثانية») go to the dates in order.
    """
    if not mention.cue.plural:
        return [mention]
    clause = mention.clause
    starts = view.calendar_starts
    lo = max(bisect.bisect_left(starts, clause[0]), bisect.bisect_right(starts, mention.cue.start))
    calendar = view.calendar[lo : bisect.bisect_left(starts, max(window_end, mention.cue.end))]
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


def _owners(units: list[Unit], clusters: list[Cluster], text: str = "") -> None:
    """Give every unit the events it speaks of: its own, else those of the unit before it.

    A unit without an event cue continues the last event named (across paragraphs and
    headings: news prose names an event, then describes it). So does a unit whose cues
    stand only in an aside («وافتتح فيدان الجلسة، داعيا الوفدين إلى البناء على ما تحقق
    في الجولة الأولى»: the session is the event told before).
    """
    where = {id(m): c for c in clusters for m in c.mentions}
    previous: Unit | None = None
    for unit in units:
        told = [
            m
            for m in unit.mentions
            if m.clause[0] <= unit.start or _ASIDE.match(text, m.clause[0]) is None
        ]
        own = []
        for mention in told:
            cluster = where.get(id(mention))
            if cluster is not None and not mention.anchor_only and cluster not in own:
                own.append(cluster)
        anchors = [where[id(m)] for m in told if m.anchor_only and id(m) in where]
        if own:
            unit.owners = own
        elif anchors:  # «ستجتمع الفرق على هامش الجولة …»: what it says is about that event
            unit.owners = list({id(c): c for c in anchors}.values())
        elif previous is not None:
            unit.owners = list(previous.owners)
        previous = unit
    for unit, following in zip(units[-2::-1], units[:0:-1], strict=True):
        if not unit.mentions and following.mentions and _is_subheading(text, unit):
            unit.owners = list(following.owners)  # «زيلينسكي في واشنطن اليوم» heads what follows


def _is_subheading(text: str, unit: Unit) -> bool:
    """Tell whether a unit is a short line of its own with no final stop (a subheading)."""
    line = unit.line
    words = text[line.body : line.end].split()
    return (
        line.kind is LineKind.PROSE
        and 0 < len(words) <= _SUBHEADING_WORDS
        and (unit.start, unit.end) == (line.body, line.end)
        and words[-1][-1] not in ".!?؟:؛"
    )


_SUBHEADING_WORDS = 8
# «، داعيا الوفدين إلى …»: a circumstantial clause, an aside to what the sentence tells
_ASIDE = re.compile(
    r"[\s،,]*(?:"
    + "|".join(
        key(word)
        for word in (
            "داعيا", "مشيرا", "مؤكدا", "مضيفا", "معربا", "لافتا", "موضحا", "معتبرا",
            "مشددا", "مطالبا", "محذرا", "قائلا", "منوها", "مبديا",
        )
    )
    + r")(?!\w)"
)  # fmt: skip


def parse_arabic(text: str, published: dt.date | None, gazetteer: Gazetteer | None) -> Article:
    """Parse Arabic ``text`` into an :class:`Article` (see :func:`diplofacts.parse_article`)."""
    from diplofacts.text._fill import fill  # noqa: PLC0415 - _fill imports this module

    gaz = Gazetteer.default() if gazetteer is None else Gazetteer.default().merged(gazetteer)
    norm = normalize(text)
    t = norm.text
    entities = matcher_for(gaz).find(t)
    people = find_people(t, entities, gaz, on=published, source=norm)
    found = Found(
        t, entities, find_dates(t, published=published), people, find_cues(t), find_phone_calls(t)
    )
    found.heads = _heads_on(gaz, people, published)
    statuses = find_status_cues(t)
    found.speaker_ends = {p.end for p in people} | {
        e.end for e in entities if e.kind is MentionKind.ORGANIZATION
    }
    lines = layout(t)
    units = _units(t, lines)
    found.cues = _idle_verbs_dropped(found, units, _with_row_cues(t, lines, found.cues))
    free = _outside_people(entities, people)
    for unit_id, unit in enumerate(units):
        _read_unit(found, unit, free, statuses, units[unit_id - 1] if unit_id else None)
        for mention in unit.mentions:
            mention.unit_id = unit_id
    mentions = [m for unit in units for m in unit.mentions]
    holders = _holders(gaz)
    for mention in mentions:
        for place in mention.places:
            key = place_key(place)
            mention.areas |= {key, *holders.get(key, ())}
    clusters = cluster_mentions(mentions)
    _owners(units, clusters, t)
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


_HOLDERS: weakref.WeakKeyDictionary[Gazetteer, dict[str, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


def _holders(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Map each place key to the keys of the places and the country holding it.

    Keys are those of :func:`~diplofacts.text._coref.place_key` (``@`` and the country code
    for a capital, which its country holds).
    """
    cached = _HOLDERS.get(gaz)
    if cached is not None:
        return cached
    by_name: dict[str, str] = {}
    for place in gaz.places.values():
        name = place.names.get("en")
        if name:
            by_name.setdefault(name, place.id)
    capitals = {
        name: "@" + code
        for code in gaz.countries
        if (capital := gaz.capital_of(code)) is not None and (name := capital.get("en"))
    }
    holders: dict[str, frozenset[str]] = {code: frozenset({code[1:]}) for code in capitals.values()}
    entries: list[VenueEntry | PlaceEntry] = [*gaz.venues.values(), *gaz.places.values()]
    for entry in entries:
        within = {entry.country} if entry.country else set()
        locality = entry.locality if isinstance(entry, VenueEntry) else None
        for text in (locality, entry.region):
            name = text.get("en") if text is not None else None
            if name and name in by_name:
                within.add(by_name[name])
            if name and capitals.get(name) == f"@{entry.country}":
                within.add(capitals[name])
        holders[entry.id] = frozenset(within)
    _HOLDERS[gaz] = holders
    return holders


def _unparsed_key(item: Unparsed) -> tuple[int, int]:
    return item.span.start, item.span.end
