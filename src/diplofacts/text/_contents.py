"""What events contain: leaders, delegations, agenda, phases, sources, hosts and mediators.

What belongs here: :class:`Contents`, which gives each recognised thing of a unit to the
event the unit speaks of (the nearest event cue before it in the unit, else the unit's
owner), applies the agenda rule of ``_agenda`` (list entries one item each; prose and table
items merged by topic), and keeps the leftovers as :class:`~diplofacts.Unparsed`. Hosts
and mediators come only from explicit words (تستضيف، استضافت، بدعوة من، بوساطة، برعاية),
said of the event the verb takes as object, of the speaker's country («أن بلاده ستستضيف»),
of the host named before («استضافتها مجددا») or of a whole track («منذ انطلاقها»). People
are delegates unless they only speak of the event or were on the phone; those stated for
counted rounds («في الجولات الخمس») or for both sides («وزيرا خارجية البلدين») are given
to each. The venue is the places stated with the event, made precise by a named venue of
its units («…، في فندق إنتركونتيننتال»، «وجرت جميعها في مقر يونيفيل»، «في مقر سفارتها»); a
dateline's agency is credited with the events of its section. What must not: event-level
decisions (``_fill``) or word lists other than host/mediator cues (the speech verbs and
counts live in ``_lexicon``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import attrs

from diplofacts.model import (
    AgendaItem,
    Attribution,
    Delegate,
    Delegation,
    LocalizedText,
    OrganizationKind,
    Person,
    Phase,
    Relation,
    Statement,
    Topic,
    Unparsed,
    Venue,
    VenueKind,
)
from diplofacts.text._agenda import (
    SUBJECT_REACH,
    Denials,
    Remits,
    about_after,
    after_subject,
    conflict_topic,
    continues_list,
    find_agenda_triggers,
    find_phases,
    is_aside,
    is_list_intro,
    is_object,
    is_talks_noun,
    item_words,
    names_by_construct,
    other_item,
    purpose_after,
    reads_other,
    said_of_all_rounds,
    series_subject,
    split_items,
    talks_of_round,
    topic_of,
)
from diplofacts.text._assemble import Found, Unit
from diplofacts.text._build import HEAD_ROLES, PLACE_RANK, SPAN_ORDER, Builder
from diplofacts.text._coref import (
    PARTY_KINDS,
    Cluster,
    EventMention,
    attendance_sentence,
    delegation_side,
    is_locative,
)
from diplofacts.text._entities import EntityMention, MentionKind
from diplofacts.text._events import Cue, CueKind
from diplofacts.text._layout import Column, Line, LineKind
from diplofacts.text._lexicon import COUNT_WORDS, OWNER_NOUNS, SPEECH_VERBS
from diplofacts.text._normalize import key
from diplofacts.text._people import PersonMention
from diplofacts.text._sources import (
    Speaker,
    continues_report,
    find_attributions,
    find_dateline,
    find_hosts,
    find_own_embassy,
    find_own_mediation,
    find_same_places,
    may_plan,
    planned_place,
    reported_clauses,
    says_all_of_them,
    works_at,
)

__all__ = ["Contents"]

_TRIGGER_RUN = 4  # agenda triggers in a row with no item between that share the items after
_OCCASION_GAP = 4  # words between two events a report was made after («الاثنين 24 مارس»)


class Contents:
    """Distributes one article's people, items and sources among its events."""

    def __init__(
        self, found: Found, units: list[Unit], clusters: list[Cluster], builder: Builder
    ) -> None:
        self.found, self.units, self.builder = found, units, builder
        self.ids: list[str] = []  # set by the caller once the events have ids
        self.index = {id(c): i for i, c in enumerate(clusters)}
        self.clusters = clusters
        self._by_mention = {id(m): i for i, c in enumerate(clusters) for m in c.mentions}
        self._all_phases = find_phases(found.text)  # one pass; units take theirs by bisection
        self._unparsed: list[Unparsed] = []
        # each statement's event and the statement but for its event's id (known at the end)
        self._statements: list[tuple[int | None, functools.partial[Statement]]] = []
        self._announcers: dict[int, Delegate] = {}
        self._leaders: dict[int, list[Person]] = defaultdict(list)
        self._again: dict[tuple[int, str, str], list[Delegate]] = defaultdict(list)
        self._each_party: dict[int, list[PersonMention]] = defaultdict(list)
        self._present: dict[int, set[tuple[str, str]]] = defaultdict(set)  # «بحضور …»
        self._last_with: dict[str, int] = {}  # the event a party's delegates were last given to
        self._phone_starts = sorted(start for start, _ in found.phones)
        self._members: dict[int, dict[str, dict[str, Delegate]]] = defaultdict(
            lambda: defaultdict(dict)
        )
        self._agenda: dict[
            int, list[tuple[Topic, bool, list[tuple[int, int]], tuple[int, int]]]
        ] = defaultdict(list)
        self._phases: dict[int, dict[Any, list[tuple[int, int]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self._sources: dict[int, dict[str, Attribution]] = defaultdict(dict)
        self._hosts: dict[int, str] = {}
        self._last_host: str | None = None  # the host named last, for «استضافتها مجددا»
        self._track_hosts: list[tuple[int | None, str]] = []  # hosts «منذ انطلاقها», with the event
        self._mediators: dict[int, set[str]] = defaultdict(set)
        self._own_mediation: set[int] = set()  # events whose host mediates («وساطتها»)
        # mediators stated for a whole series («ست جولات … بوساطة عمانية»), with its parties
        self._series_mediators: list[tuple[frozenset[str], str]] = []
        self._host_places: dict[int, list[EntityMention]] = defaultdict(list)
        self._venues: dict[int, list[EntityMention]] = defaultdict(list)  # named venues
        self._same_places: dict[int, list[EntityMention]] = defaultdict(list)  # «المدينة نفسها»
        self._moves: dict[int, dict[int, EntityMention]] = defaultdict(dict)  # planned -> held
        self._own_embassy: dict[int, tuple[int, int]] = {}  # «في مقر سفارتها»
        self._speaker_starts: set[int] = set()
        self._series: list[int] = []  # the events a list introduced for a whole series
        self._list_side: str | None = None  # the side a list introduced («وضم الوفد المصري:»)
        # the topics stated for a whole series of talks («مفاوضات ترسيم الحدود»), by its parties
        self._series_topics: dict[frozenset[str], dict[Topic, tuple[int, int]]] = defaultdict(dict)
        self._last_report: list[Attribution] = []  # the outlets of the last words reported
        self._owner_indexes: dict[
            int, tuple[list[int], list[int | None], dict[int, list[int | None]]]
        ] = {}
        self._told: dict[int, tuple[list[int], list[EventMention]]] = {}
        self._thats: dict[int, list[int]] = {}  # see _that_clauses
        self._marks: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}  # see _find_marks
        self._all_starts: dict[int, list[int]] = {}  # see _mention_starts
        self._clause_starts_of: dict[int, list[int]] = {}  # see _clause_starts
        self._counted: dict[int, tuple[int, int] | None] = {}  # see _first_counted_rounds
        self._first_rounds: dict[int, list[int]] = {}  # the rounds numbered 1..count
        self._in_unit: dict[int, _InUnit] = {}  # see _items_of
        self._read()

    # -- ownership ---------------------------------------------------------------------
    def _owner(self, unit: Unit, at: int) -> int | None:
        """Return the event a thing at ``at`` in ``unit`` belongs to."""
        starts, owners, _ = self._owner_index(unit)
        found = owners[bisect.bisect_right(starts, at)]
        if found is not None:
            return found
        if unit.owners:
            return self.index.get(id(unit.owners[0]))
        return None

    def _owner_index(
        self, unit: Unit
    ) -> tuple[list[int], list[int | None], dict[int, list[int | None]]]:
        """Return a unit's lookups for :meth:`_owner` and :meth:`_owners_at`, built once.

        The cue starts of the mentions that own what follows them (not bare anchors), the
        event owning each stretch (``owners[i]``: the last event of the first ``i``
        mentions, for bisection), and the events of the mentions of each cue.
        """
        cached = self._owner_indexes.get(id(unit))
        if cached is not None:
            return cached
        starts: list[int] = []
        owners: list[int | None] = [None]
        by_cue: dict[int, list[int | None]] = defaultdict(list)
        for mention in unit.mentions:  # in the order of their cues
            by_cue[mention.cue.start].append(self._cluster_of(mention))
            if mention.anchor_only and not mention.described:
                continue
            cluster = self._cluster_of(mention)
            starts.append(mention.cue.start)
            owners.append(owners[-1] if cluster is None else cluster)
        built = self._owner_indexes[id(unit)] = (starts, owners, by_cue)
        return built

    def _owners_at(self, unit: Unit, at: int, owner: int) -> list[int]:
        """Return the events a thing at ``at`` belongs to: all those of a plural cue.

        «بعد الجولتين الأولى والثانية …، أسفرتا عن تبادل للأسرى»: both rounds.
        """
        last = self._last_told(unit, at)
        if last is None or not last.cue.plural:
            at_owner = self._owner(unit, at)
            return [owner if at_owner is None else at_owner]
        found = self._owner_index(unit)[2].get(last.cue.start, [])
        return [i for i in dict.fromkeys(found) if i is not None] or [owner]

    def _last_told(self, unit: Unit, at: int) -> EventMention | None:
        """Return the last mention of ``unit`` that is no bare anchor with a cue up to ``at``."""
        starts, told = self._told_index(unit)
        index = bisect.bisect_right(starts, at)
        return told[index - 1] if index else None

    def _told_index(self, unit: Unit) -> tuple[list[int], list[EventMention]]:
        """Return the mentions of ``unit`` that are no bare anchors, with their cue starts."""
        told = self._told.get(id(unit))
        if told is None:
            mentions = [m for m in unit.mentions if not m.anchor_only]
            told = self._told[id(unit)] = ([m.cue.start for m in mentions], mentions)
        return told

    def _cluster_of(self, mention: object) -> int | None:
        return self._by_mention.get(id(mention))

    def _items_of(self, unit: Unit) -> _InUnit:
        """Return the entities, people and cues of ``unit`` (each reader asks: found once)."""
        found = self._in_unit.get(id(unit))
        if found is None:
            within, start, end = self.found.within, unit.start, unit.end
            found = self._in_unit[id(unit)] = _InUnit(
                within(self.found.entities, start, end),
                within(self.found.people, start, end),
                within(self.found.cues, start, end),
            )
        return found

    # -- reading -----------------------------------------------------------------------
    def _read(self) -> None:
        t = self.found.text
        intro = False
        for unit in self.units:
            self._read_sources(unit)
            self._read_people(unit)
            self._read_pronoun_leaders(unit)
            self._read_same_delegation(unit)
            self._read_agenda(unit, intro)
            self._read_hosts(unit)
            self._read_venues(unit)
            if unit.line.kind is LineKind.PROSE:
                intro = is_list_intro(t, unit.start, unit.end) and bool(
                    find_agenda_triggers(t, unit.start, unit.end)
                )
                self._series = self._all_of_series(unit) if intro else []
                self._list_side = self._intro_side(unit)
            if unit.line.kind is LineKind.ROW and not unit.mentions and unit.owners:
                self._row_dates(unit)
        self._read_dateline()
        self._spread_track_hosts()

    def _read_dateline(self) -> None:
        """Credit the agency of a dateline («الرياض … واس») with the events of its section.

        The dateline is one of the article's first lines and starts with a place; its
        section runs to the next heading (a short line without a full stop), so an event
        reported only under a later heading is not credited to it.
        """
        t = self.found.text
        lines: list[Unit] = []
        for unit in self.units:
            if not lines or unit.line is not lines[-1].line:
                lines.append(unit)
        places = (MentionKind.CAPITAL, MentionKind.PLACE, MentionKind.COUNTRY)
        agencies: dict[str, str] | None = None
        for first in lines[:_DATELINE_LINES]:
            line = first.line
            opening = self.found.within(self.found.entities, line.start, line.end)[:1]
            if line.kind is not LineKind.PROSE or not opening or opening[0].kind not in places:
                continue
            if t[line.start : opening[0].start].strip():
                continue
            agencies = self.builder.agency_names() if agencies is None else agencies
            found = find_dateline(t, (line.start, line.end), agencies)
            if found is None:
                continue
            agency, start, end = found
            entry = self.builder.gazetteer.organizations[agency]
            credit = Attribution(outlet=entry.canonical, evidence=(self.builder.span(start, end),))
            for unit in self.units:
                if unit.line.start > line.start and _is_heading(t, unit.line):
                    break  # the headline and the dateline's own line are in the section
                owners = [self.index[id(c)] for c in unit.owners if id(c) in self.index]
                for target in self._named(unit) + owners:
                    self._sources[target].setdefault(entry.canonical, credit)
            return

    def _read_people(self, unit: Unit) -> None:
        for person in self._items_of(unit).people:
            owner = self._owner(unit, person.start)
            speaker = person.start in self._speaker_starts and not self._in_a_delegation(person)
            if owner is None or speaker:
                if person.described_only and person.person_id is None and owner is None:
                    self._keep(person.start, person.end, "title without a name")
                continue
            if self._owns(person):
                continue  # «خطة الرئيس الأمريكي دونالد ترامب»: his plan, not his seat
            if person.each_party:  # «وزيرا خارجية البلدين»: once the parties are known
                self._each_party[owner].append(person)
                continue
            if self.clusters[owner].kind.value != "round" and (
                _heads(person) or person.person_id in self.found.heads or self._chairs(person)
            ):
                self._add_leader(owner, person)
                continue
            if self._on_the_phone(unit):
                continue  # «تلقى أردوغان اتصالا هاتفيا من بوتين»: on the phone, not at the table
            self._add_delegate(unit, owner, person)

    def _add_leader(self, owner: int, person: PersonMention) -> None:
        """Add a head of state or government to the leaders of a summit, once.

        An unnamed plural («آخر قمة بين الرئيسين») stands for the two heads named last.
        """
        if person.person_id is None and person.described_only:
            if person.plural:
                for head in self._heads_before(person.start):
                    self._add_leader(owner, head)
            return
        known = {p.id or str(p.name) for p in self._leaders[owner]}
        entry = self.builder.gazetteer.people.get(person.person_id or "")
        if entry is not None and entry.id in known:
            return  # the gazetteer's person, already a leader: no need to build it again
        built = self.builder.person(person)
        if (built.id or str(built.name)) not in known:
            self._leaders[owner].append(built)

    def _heads_before(self, at: int) -> list[PersonMention]:
        """Return the last two heads of state or government named (by name) before ``at``."""
        people = self.found.people
        index = bisect.bisect_left(self.found.starts_of(people), at)
        heads: dict[str, PersonMention] = {}
        while index > 0 and len(heads) < _PAIR:
            index -= 1
            person = people[index]
            if person.person_id and not person.described_only and _heads(person):
                heads.setdefault(person.person_id, person)
        return list(heads.values()) if len(heads) == _PAIR else []

    def _read_pronoun_leaders(self, unit: Unit) -> None:
        """Read «القمة التي جمعتهما»: the summit's leaders are the two heads named before."""
        for mention in unit.mentions:
            owner = self._cluster_of(mention)
            if owner is None or self.clusters[owner].kind is not CueKind.SUMMIT:
                continue
            if _BROUGHT_THEM.match(self.found.text, mention.cue.end):
                for head in self._heads_before(mention.cue.start):
                    self._add_leader(owner, head)

    def _add_delegate(self, unit: Unit, owner: int, person: PersonMention) -> None:
        """Add an official to the delegation of their party (or keep them as unparsed).

        An unnamed official counts when heading a side or in a sentence of taking part;
        people stated for counted rounds («في الجولات الخمس») go to each of those rounds.
        """
        if self._speaks(person) and not self._in_a_delegation(person):
            return  # «اتهم وزير الطاقة الإسرائيلي …»: a statement about the event
        side = self._side(unit, person.start)
        if side is None and unit.line.kind is LineKind.BULLET:
            side = self._list_side  # «وضم الوفد السوداني كلا من:» and a list of its members
        if (
            person.described_only
            and side is None
            and not attendance_sentence(self.found.text, unit.start)
        ):
            if person.person_id is None and not person.plural:  # «وشارك فيها وزير الري»
                self._keep(person.start, person.end, "title without a name")
            return
        party = person.country or next((r.country for r in person.roles if r.country), None) or side
        if party is None:
            self._keep(person.start, person.end, "person without a party")
            return
        delegate = self.builder.delegate(person)
        who = person.person_id or self.builder.original(person.start, person.end)
        targets = self._counted_rounds(unit, person.start) or self._split_owners(unit) or [owner]
        witness = _PRESENCE.search(self.found.text, max(0, person.start - _LOOK_BACK), person.start)
        for target in targets:
            if witness is not None:  # «بحضور وزير الخارجية الصيني»: there, but not a side
                self._present[target].add((party, who))
            members = self._members[target][party]
            if who in members:  # named again: its roles and spans are added once, at the end
                self._again[(target, party, who)].append(delegate)
            else:
                members[who] = delegate
            self._last_with[party] = target

    def _split_owners(self, unit: Unit) -> list[int]:
        """Return the events of one plural cue split by its dates that a unit continues.

        «عقد الوفدان … اجتماعين يومي 23 و25 مارس. وترأس الوفد الأوكراني …»: both meetings.
        """
        if unit.mentions or len(unit.owners) < _PAIR:
            return []
        shared = set.intersection(*({m.cue.start for m in c.mentions} for c in unit.owners))
        return [self.index[id(c)] for c in unit.owners if id(c) in self.index] if shared else []

    def _read_same_delegation(self, unit: Unit) -> None:
        """Read «التقى الوفد الأمريكي نفسه بالوفد الروسي»: the members named before come too."""
        text = self.found.text
        for entity in self._items_of(unit).entities:
            if entity.kind is not MentionKind.NISBA or not _SAME.match(text, entity.end):
                continue
            if not _DELEGATION_BEFORE.search(text, max(0, entity.start - _LOOK_BACK), entity.start):
                continue
            owner = self._owner(unit, entity.start)
            source = self._last_with.get(entity.entry_id)
            if owner is None or source is None or source == owner:
                continue
            members = self._members[owner][entity.entry_id]
            for who, delegate in self._members[source][entity.entry_id].items():
                members.setdefault(who, delegate)

    def _owns(self, person: PersonMention) -> bool:
        """Tell whether a person is named as the owner of a plan or an initiative."""
        word = _last_word(self.found.text, max(0, person.start - _LOOK_BACK), person.start)
        if word is None:
            return False
        return word in _OWNER or (word[:1] in "لبوف" and word[1:] in _OWNER)

    def _in_a_delegation(self, person: PersonMention) -> bool:
        """Tell whether a person's title puts them in a delegation («رئيس الوفد الروسي …»)."""
        end = person.end if person.name_start is None else person.name_start
        return _DELEGATION_WORD.search(self.found.text, person.start, end) is not None

    def _chairs(self, person: PersonMention) -> bool:
        """Tell whether a named person chairs («القمة … برئاسة ولي العهد …»): a summit leader."""
        text = self.found.text
        return not person.described_only and bool(
            _CHAIRED.search(text, max(0, person.start - _LOOK_BACK), person.start)
        )

    def _speaks(self, person: PersonMention) -> bool:
        """Tell whether a person is the one speaking: «وقال …», «عن … قوله», «ريابكوف: …»."""
        text = self.found.text
        if text[person.end : person.end + 2].lstrip()[:1] == ":":
            return True  # a headline's speaker
        if _last_word(text, max(0, person.start - _LOOK_BACK), person.start) in _SPEECH:
            return True
        verb = _VERB_AFTER.match(text, person.end)  # «وكان ترامب قد دعا»
        if verb is not None and verb.group(1) in _SPEECH:
            return True
        after = _NEXT_WORD.match(text, person.end)
        return after is not None and after.group(1) in _SAYING

    def _on_the_phone(self, unit: Unit) -> bool:
        """Tell whether a unit tells of a phone call (its people are not delegates)."""
        at = bisect.bisect_left(self._phone_starts, unit.start)
        return at < len(self._phone_starts) and self._phone_starts[at] < unit.end

    def _counted_rounds(self, unit: Unit, at: int) -> list[int]:
        """Return the rounds a counted plural before ``at`` speaks of, or none.

        «وترأس الوفدين في الجولات الخمس …»: the people head the first five rounds of the
        series (by their stated numbers), not the event the sentence would otherwise go to.
        """
        if id(unit) not in self._counted:
            self._counted[id(unit)] = self._first_counted_rounds(unit)
        counted = self._counted[id(unit)]
        if counted is None or counted[0] >= at:
            return []
        rounds = self._first_rounds.get(counted[1])
        if rounds is None:
            rounds = self._first_rounds[counted[1]] = [
                i
                for i, cluster in enumerate(self.clusters)
                if cluster.kind is CueKind.ROUND and 0 < (cluster.number or 0) <= counted[1]
            ]
        return list(rounds)

    def _first_counted_rounds(self, unit: Unit) -> tuple[int, int] | None:
        """Return the start and count of the first counted plural round of ``unit``, if any.

        A plural round noun with a count after it («الجولات الخمس») that is no event
        mention of the unit.
        """
        own = {m.cue.start for m in unit.mentions}
        for cue in self._items_of(unit).cues:
            if cue.kind is not CueKind.ROUND or not cue.plural or cue.start in own:
                continue
            word = _NEXT_WORD.match(self.found.text, cue.end)
            count = _COUNTS.get(word.group(1)) if word is not None else None
            if count is not None:
                return cue.start, count
        return None

    def _side(self, unit: Unit, at: int) -> str | None:
        """Return the party named as a side right before ``at`` («عن الجانب المالي …»)."""
        here = bisect.bisect_right(self._clause_starts(unit), at) - 1
        inside = here >= 0 and at < unit.clauses[here][1]
        clause = unit.clauses[here] if inside else (unit.start, unit.end)
        low, high = self.found.bounds(self.found.entities, clause[0], at)
        return delegation_side(self.found.text, self.found.entities, at, low, high)

    def _intro_side(self, unit: Unit) -> str | None:
        """Return the side a list intro names last («وضم الوفد السوداني كلا من:»), if any."""
        t = self.found.text
        stop = unit.end
        while stop > unit.start and t[stop - 1].isspace():
            stop -= 1
        if not t.endswith(":", unit.start, stop):
            return None
        low, high = self.found.bounds(self.found.entities, unit.start, stop)
        return delegation_side(t, self.found.entities, stop - 1, low, high)

    def _read_agenda(self, unit: Unit, intro: bool) -> None:
        t = self.found.text
        owner = self._owner(unit, unit.end)
        if owner is None:
            if unit.line.kind is LineKind.PROSE:
                self._read_purposes(unit, None)  # «ثلاث جولات … حول أوكرانيا»: a series
            return
        kind = unit.line.kind
        phases = list(self.found.within(self._all_phases, unit.start, unit.end))
        denials = Denials(t, unit.start, unit.end) if phases else None
        starts = [s for s, _ in unit.clauses]
        for phase in phases:
            here = bisect.bisect_right(starts, phase.start) - 1
            clause = starts[here] if here >= 0 else unit.start
            if denials is not None and denials.denied(clause, phase.start):
                continue  # «لم يعقد الرئيسان لقاء على انفراد»: planned, not held
            at_phase = self._owner(unit, phase.start)
            self._phases[owner if at_phase is None else at_phase][phase.kind].append(
                (phase.start, phase.end)
            )
        if kind is LineKind.BULLET:
            for target in self._list_owners(unit, owner):
                self._read_bullet(unit, target, intro=intro, phases=bool(phases))
            return
        if kind is LineKind.ROW:
            split = self._splitter(owner)
            for start, end in self._agenda_cells(unit):
                for s, e, topic in split(t, start, end):
                    self._add_item(owner, topic, s, e)
            return
        if not is_list_intro(t, unit.start, unit.end):
            self._read_prose_items(unit, owner)

    def _splitter(self, owner: int) -> Callable[[str, int, int], list[tuple[int, int, Topic]]]:
        """Return :func:`split_items` for the items of event ``owner``.

        Words for the war («وقف إطلاق النار») are read as :data:`_WAR` for now: the
        event's parties, known at the end, say which war it is (:meth:`_resolved_agenda`).
        """
        del owner  # the parties are not final while reading
        return functools.partial(split_items, conflict=_WAR)

    def _read_prose_items(self, unit: Unit, owner: int) -> None:
        """Read the items that follow (or precede) each agenda trigger of a prose unit.

        A trigger's items run to the end of its clause, past the triggers that follow it
        with no item between («تبحث الجولة … مسودة لاتفاق بشأن البرنامج النووي») or none
        after them, but not past one with items both before and after it, which reads on
        from there («ناقش الجانبان الأمن وبحثا الاقتصاد»), nor past :data:`_TRIGGER_RUN`
        triggers; a trigger reads the clauses that go on with its items up to the next
        clause with a trigger of its own (included). So each stretch of words is read a
        bounded number of times.
        """
        t = self.found.text
        all_rounds = said_of_all_rounds(t, unit.start, unit.end)  # «وتركزت الجولات كلها على …»
        triggers = _triggers(t, unit)
        remits = Remits(t, unit.start, unit.end) if triggers else None
        # the item words matter only to triggers that share a clause
        shared = any(a[2] == b[2] for a, b in itertools.pairwise(triggers))
        words = item_words(t, unit.start, unit.end) if shared else []
        with_triggers = sorted({here for _, _, here in triggers})
        read_other = unit.start  # where the last object without a topic ends
        for number, (trigger_start, trigger_end, here) in enumerate(triggers):
            clause_start = unit.clauses[here][0] if here < len(unit.clauses) else unit.start
            if remits is not None and remits.for_a_body(clause_start, trigger_start):
                continue  # «تشكيل مجموعات عمل لبحث …»: the groups' remit, not the agenda
            clause_end = unit.clauses[here][1] if here < len(unit.clauses) else unit.end
            end = _items_end(triggers, number, words, clause_end)
            item_owners = self._owners_at(unit, trigger_end, owner)
            split = self._splitter(item_owners[0])
            # Items follow the event noun the trigger governs: «تبحث الجولة المؤجلة مسودة
            # اتفاق بشأن البرنامج النووي»; «اتفقا على مواصلة الحوار في جولة ثالثة» has none.
            strong = [c for c in self.found.within(self.found.cues, trigger_end, end) if c.strong]
            # «يبحث الوزيران التبادل التجاري»: the subject words are no item
            begin = max((c.end for c in strong), default=after_subject(t, trigger_end, end))
            items = split(t, begin, end)
            if not items:
                before = triggers[number - _TRIGGER_RUN] if number >= _TRIGGER_RUN else None
                since = before[1] if before is not None and before[2] == here else unit.start
                items = self._items_before(unit, (trigger_start, trigger_end), since, split)
            read_to = here
            if not items and not strong and end == clause_end:
                read_to, items = self._object_clause(unit, here, split)
            reads = reads_other(t, trigger_start, trigger_end)
            if not items and reads is not None and trigger_start >= read_other:
                # «ناقش الجانبان قواعد ملء السد»: an object that names no topic (only a noun
                # phrase after the event noun the trigger governs: «اتفقا على عقد جولة ثالثة»)
                read_other, items = self._other_item(
                    begin, end, strict=not reads or bool(strong), after_event=bool(strong)
                )
            if items and end == clause_end:
                # the next clause with a trigger of its own reads on from there
                stop = bisect.bisect_right(with_triggers, read_to)
                last = with_triggers[stop] if stop < len(with_triggers) else len(unit.clauses)
                for s, e in unit.clauses[read_to + 1 : last + 1]:
                    if not continues_list(t, s, e):  # «…، واستئناف العلاقات، إلى جانب …»
                        break
                    items += split(t, s, e)
            for item_owner in item_owners:
                for s, e, topic in items:
                    self._add_item(item_owner, topic, s, e)
            if all_rounds:
                series = self._series_topics[self.clusters[owner].parties]
                for s, e, topic in items:
                    series.setdefault(topic, (s, e))
        self._read_purposes(unit, owner)

    def _items_before(
        self,
        unit: Unit,
        trigger: tuple[int, int],
        since: int,
        split: Callable[[str, int, int], list[tuple[int, int, Topic]]],
    ) -> list[tuple[int, int, Topic]]:
        """Return the items before a trigger with none after it, read from ``since`` on.

        «العقوبات … ستطرح على طاولة النقاش»: the item comes first; not when the event is
        the subject («أن الجولة الثانية بين روسيا وأوكرانيا ستبحث …»): its own words are
        no item.
        """
        trigger_start, trigger_end = trigger
        here = bisect.bisect_right(self._clause_starts(unit), trigger_end) - 1
        clause_start = max(unit.clauses[here][0] if here >= 0 else unit.start, since)
        if self.found.within(self.found.cues, clause_start, trigger_start):
            return []
        return split(self.found.text, clause_start, trigger_start)

    def _object_clause(
        self, unit: Unit, here: int, split: Callable[[str, int, int], list[tuple[int, int, Topic]]]
    ) -> tuple[int, list[tuple[int, int, Topic]]]:
        """Return the clause after the asides that is a trigger's object, and its items.

        «تركزت المحادثات، بحسب …، على البرنامج النووي» (not «…، وأكد أردوغان …», a clause
        of its own, nor «اتفقا على عقد جولة …، على أن يحدد الموعد عبر القنوات الدبلوماسية»,
        whose object is the event).
        """
        t = self.found.text
        after = here + 1
        while after < len(unit.clauses) and is_aside(t, *unit.clauses[after]):
            after += 1
        found = min(len(unit.clauses), after)
        if found < len(unit.clauses) and (found > here + 1 or is_object(t, *unit.clauses[found])):
            return found, split(t, *unit.clauses[found])
        return found, []

    def _read_purposes(self, unit: Unit, owner: int | None) -> None:
        """Read the items of a purpose or subject phrase that qualifies an event noun.

        «يعقد الوزيران اجتماعا لتفعيل الاتفاق، وترتيب تبادل السفراء، ومناقشة …»: the
        phrase and the clauses that go on with it (و…) are the event's items. «المفاوضات
        بين حماس وإسرائيل حول تبادل الأسرى»: the subject of the event the noun names (for
        every round of the series when the unit names a plural cue and no event: «ثلاث
        جولات … حول أوكرانيا»). The subject of the talks a round is «من» is the series'
        (:meth:`_read_series_subject`). A phrase ends where the next event noun of its
        clause opens a phrase of its own, and the clauses that go on with it stop at a
        clause that does («اجتماعا لبحث الأمن، واجتماعا لبحث الطاقة»: one item each), so
        each stretch of words is read once.
        """
        t = self.found.text
        cues = self._items_of(unit).cues
        phrases = self._phrases(unit, cues)
        opening = {here for here, begin, _ in phrases if here is not None and begin is not None}
        for number, cue in enumerate(cues):
            here, begin, end = phrases[number]
            if here is None:
                continue
            if self._read_series_subject(
                unit, cues, number, (here, end), owner=owner, opening=opening
            ):
                continue  # «الجولة الثالثة من المشاورات … حول …»: the subject of the talks
            if begin is None:
                continue
            at_cue = self._owner(unit, cue.end)
            target = owner if at_cue is None else at_cue
            targets = self._series_rounds(unit, cue) if target is None else [target]
            split = functools.partial(split_items, conflict=_WAR)
            items = split(t, begin, end)
            for s, e in self._continued(unit, here, end, opening):
                items += split(t, s, e)
            if not items:  # «اجتماعا لبحث قواعد ملء السد»: a purpose that names no topic
                items = self._other_item(begin, end)[1]
            for each in targets:
                for s, e, topic in items:
                    self._add_item(each, topic, s, e)

    def _phrases(self, unit: Unit, cues: Sequence[Cue]) -> list[tuple[int | None, int | None, int]]:
        """Return, for each cue of ``unit``: its clause, where its own phrase starts, its end.

        The phrase is a purpose («لبحث …», «بهدف …») or a subject («حول …») right after
        the cue; it ends at the clause's end or where the next cue of the clause that opens
        a phrase of its own starts.
        """
        t = self.found.text
        ends = [e for _, e in unit.clauses]
        out: list[tuple[int | None, int | None, int]] = []
        for number, cue in enumerate(cues):
            at = bisect.bisect_left(ends, cue.end)
            if at == len(ends) or unit.clauses[at][0] > cue.end:
                out.append((None, None, cue.end))
                continue
            clause_end = ends[at]
            limit = cues[number + 1].start if number + 1 < len(cues) else clause_end
            begin = purpose_after(t, cue.end, clause_end)
            if begin is None:
                begin = about_after(t, cue.end, min(limit, clause_end))
            out.append((at, begin, clause_end))
        next_opening: dict[int, int] = {}  # clause -> start of the next cue opening a phrase
        for number in range(len(cues) - 1, -1, -1):
            here, begin, clause_end = out[number]
            if here is None:
                continue
            out[number] = (here, begin, next_opening.get(here, clause_end))
            if begin is not None:
                next_opening[here] = cues[number].start
        return out

    def _continued(
        self, unit: Unit, here: int, end: int, opening: set[int]
    ) -> list[tuple[int, int]]:
        """Return the clauses after clause ``here`` that go on with a phrase ending at ``end``.

        None when the phrase ends before its clause does; the run stops at a clause that
        does not continue a list (:func:`continues_list`) or opens a phrase of its own.
        """
        if end != unit.clauses[here][1]:
            return []
        t = self.found.text
        out = []
        for after in range(here + 1, len(unit.clauses)):
            s, e = unit.clauses[after]
            if after in opening or not continues_list(t, s, e):
                break
            out.append((s, e))
        return out

    def _read_series_subject(
        self,
        unit: Unit,
        cues: Sequence[Cue],
        number: int,
        where: tuple[int, int],
        *,
        owner: int | None,
        opening: set[int],
    ) -> bool:
        """Read the subject a unit states for the talks a round noun is a round of.

        «الجولة الخامسة من مفاوضات ترسيم الحدود البحرية»، «الجولة الثالثة من المشاورات
        الروسية الأوكرانية حول لم شمل الأطفال»: the subject of the whole series, an item of
        the round named here and of every round of the series (:meth:`_series_items`). Tell
        whether a subject after «حول/بشأن» was read (the cue's own subject, then). ``where``
        is the cue's clause and where its phrase ends (see :meth:`_phrases`).
        """
        t = self.found.text
        here, end = where
        cue, clause_end = cues[number], unit.clauses[here][1]
        noun = None
        if cue.kind is CueKind.ROUND:
            noun = talks_of_round(t, cue.end, clause_end)
            after = cues[number + 1] if number + 1 < len(cues) else None
            if noun is not None and after is not None and after.start < noun[1]:
                return False  # the talks noun is a cue of its own: read at its turn
        elif cue.kind is CueKind.TALKS and number and cues[number - 1].kind is CueKind.ROUND:
            noun = talks_of_round(t, cues[number - 1].end, cue.end)
            noun = noun if noun is not None and noun[1] == cue.end else None
        named_alone = noun is None and cue.kind is CueKind.TALKS
        if named_alone and is_talks_noun(t, cue.start, cue.end):
            noun = (cue.start, cue.end)  # «مفاوضات ترسيم الحدود البحرية: …», by its name only
        if noun is None or noun[1] > end:
            return False
        reach = min(end, noun[1] + SUBJECT_REACH)
        names = [e.start for e in self.found.within(self.found.entities, noun[1], reach)]
        spans = series_subject(t, noun, end, names, about=not named_alone)
        split = functools.partial(split_items, conflict=_WAR)
        items = [item for s, e in spans for item in split(t, s, e)]
        if not items:
            items = self._other_subject(spans, noun)
        at_cue = self._owner(unit, cue.end) if items else None
        source = owner if at_cue is None else at_cue
        if source is None or not items:
            return False
        series = self._series_topics[self.clusters[source].parties]
        for s, e, topic in items:
            self._add_item(source, topic, s, e)
            series.setdefault(topic, (s, e))
        about = bool(spans) and spans[-1][1] == end
        # the clauses that go on with the subject («…، وناقشت الجولة أيضا …») may tell
        # of the round named here: they are its items only
        for s, e in self._continued(unit, here, end, opening) if about else ():
            for s_item, e_item, topic in split(t, s, e):
                self._add_item(source, topic, s_item, e_item)
        return about

    def _other_item(
        self, start: int, end: int, *, strict: bool = False, after_event: bool = False
    ) -> tuple[int, list[tuple[int, int, Topic]]]:
        """Read the object in ``text[start:end]`` of a trigger or purpose that names no topic.

        A noun phrase is an item of ``Topic.OTHER`` (not one that names an event: «نتائج
        الجولة» is about the event itself); words the reader cannot tell to be one are
        kept as unparsed, unless ``strict`` (only a noun phrase counts: «ملفات مطروحة»).
        ``after_event``: ``start`` is right after the event noun the trigger governs.
        Return where the words read end (``start`` when there are none: a clause, not an
        object) and the item, if any.
        """
        found = self.found
        # a name may start at the «ل» a purpose phrase starts after («لقاء لافروف وروبيو»)
        names = [max(start, e.start) for e in found.within(found.entities, start - 1, end)]
        names += [max(start, p.start) for p in found.within(found.people, start - 1, end)]
        names += [max(start, d.start) for d in found.within(found.dates, start - 1, end)]
        read = other_item(found.text, start, end, names, after_event=after_event)
        if read is None:
            return start, []
        clear, item_start, item_end = read
        if found.within(found.cues, item_start, item_end):
            return item_end, []
        if not clear:
            if not strict:
                self._keep(item_start, item_end, "agenda words without a topic")
            return item_end, []
        return item_end, [(item_start, item_end, Topic.OTHER)]

    def _other_subject(
        self, spans: list[tuple[int, int]], noun: tuple[int, int]
    ) -> list[tuple[int, int, Topic]]:
        """Return the item of a series' subject that names no topic («مفاوضات سد النهضة»).

        The name counts only as a construct after an indefinite noun (not the adjectives
        of «المحادثات الثنائية»); the subject after «حول/بشأن» always does.
        """
        t = self.found.text
        for s, e in spans:
            if t[noun[1] : s].strip():  # the subject after «حول/بشأن»
                items = self._other_item(s, e)[1]
            elif names_by_construct(t, noun):  # the name: kept only when a noun phrase
                names = [x.start for x in self.found.within(self.found.entities, s, e)]
                read = other_item(t, s, e, names)
                items = [(read[1], read[2], Topic.OTHER)] if read is not None and read[0] else []
            else:
                items = []
            if items:
                return items
        return []

    def _series_items(
        self, index: int, parties: set[str], topics: set[Topic]
    ) -> list[tuple[Topic, bool, list[tuple[int, int]], tuple[int, int]]]:
        """Return the items stated for the series event ``index`` is a round of.

        Those of its topics not in ``topics`` (its own), when it is a round with the same
        final ``parties`` as the talks (or talks read without parties) that is numbered or
        named as a round of talks («الجولة الجديدة من المفاوضات»); not talks of another
        level (experts), nor a summit.
        """
        cluster = self.clusters[index]
        if not self._series_topics or cluster.kind is not CueKind.ROUND or cluster.side:
            return []
        t = self.found.text
        if cluster.number is None and not any(
            m.cue.kind is CueKind.ROUND and talks_of_round(t, m.cue.end, len(t)) is not None
            for m in cluster.mentions
        ):
            return []
        stated = {
            **self._series_topics.get(frozenset(), {}),
            **self._series_topics.get(frozenset(parties), {}),
        }
        return [
            (topic, False, [span], span) for topic, span in stated.items() if topic not in topics
        ]

    def _list_owners(self, unit: Unit, owner: int) -> list[int]:
        """Return the events a list entry belongs to.

        Every event of a plural cue split by its dates when the list continues it
        («تناولت الجولتان اللتان عقدتا في 27 فبراير و10 أبريل …:»), else ``owner``.
        """
        if self._series and not unit.mentions:
            return self._series
        if unit.mentions or len(unit.owners) < 2:
            return [owner]
        starts = [{m.cue.start for m in c.mentions} for c in unit.owners]
        shared = set.intersection(*starts)
        if not shared:
            return [owner]
        return [self.index[id(c)] for c in unit.owners if id(c) in self.index]

    def _all_of_series(self, unit: Unit) -> list[int]:
        """Return every event of a series a list introduction speaks of, or nothing.

        «وتمحورت الجولات كلها حول نقطتين:»: a plural cue said of all of them names every
        event of its kind that has the parties of the event the unit is about (or no
        parties of its own).
        """
        t = self.found.text
        cues = [c for c in self._items_of(unit).cues if c.plural]
        owner = self._owner(unit, unit.end)
        if not cues or owner is None or not says_all_of_them(t, (unit.start, unit.end)):
            return []
        parties = self.clusters[owner].parties
        kinds = {c.kind for c in cues}
        return [
            i
            for i, cluster in enumerate(self.clusters)
            if cluster.mentions
            and cluster.kind in kinds
            and cluster.parties in (parties, frozenset())  # none yet: the series' parties
        ]

    def _read_bullet(self, unit: Unit, owner: int, *, intro: bool, phases: bool) -> None:
        """Give a list entry's items (one per topic) to ``owner``, or keep it as unparsed."""
        t = self.found.text
        people = self._items_of(unit).people
        if any(not p.described_only for p in people):
            return  # a list of people (a delegation), not of agenda items
        # «عودة سفيري البلدين»: a title without a name is an item's wording, not a delegate
        pieces = self._splitter(owner)(t, unit.start, unit.end)
        if not pieces and intro:
            pieces = [(unit.start, unit.end, Topic.OTHER)]
        topics: dict[Topic, tuple[int, int]] = {}
        for start, end, topic in pieces:
            first = topics.setdefault(topic, (start, end))
            topics[topic] = (first[0], max(first[1], end))
        for topic, (start, end) in topics.items():
            whole = (unit.start, unit.end) if len(topics) == 1 else (start, end)
            self._agenda[owner].append((topic, True, [whole], whole))
        if not pieces and not phases and not unit.mentions:
            self._keep(unit.start, unit.end, "list entry with no known topic")

    def _agenda_cells(self, unit: Unit) -> list[tuple[int, int]]:
        columns = unit.line.columns
        if Column.AGENDA not in columns:
            return []
        if unit.line.cells:
            return [
                cell
                for cell, column in zip(unit.line.cells, columns, strict=False)
                if column is Column.AGENDA
            ]
        if columns[-1] is not Column.AGENDA:
            return []
        ends = [
            e.end
            for e in self.found.within(self.found.entities, unit.start, unit.end)
            if e.kind
            in (MentionKind.PLACE, MentionKind.VENUE, MentionKind.CAPITAL, MentionKind.COUNTRY)
        ]
        ends += [d.end for d in self.found.within(self.found.dates, unit.start, unit.end)]
        begin = max(ends, default=unit.start)
        return [(begin, unit.end)] if begin < unit.end else []

    def _add_item(self, owner: int, topic: Topic, start: int, end: int) -> None:
        if end <= start:
            return
        for item_topic, _listed, evidence, _wording in self._agenda[owner]:
            if item_topic is topic:
                evidence.append((start, end))
                return
        self._agenda[owner].append((topic, False, [(start, end)], (start, end)))

    def _read_sources(self, unit: Unit) -> None:
        t = self.found.text
        orgs = [
            e
            for e in self._items_of(unit).entities
            if e.kind is MentionKind.ORGANIZATION
            and e.entry_id in self.builder.gazetteer.organizations
        ]
        people = list(self._items_of(unit).people)
        speakers = sorted(
            [Speaker(o.start, o.end, False, i) for i, o in enumerate(orgs)]
            + [Speaker(p.start, p.end, True, i) for i, p in enumerate(people)],
            key=lambda s: s.start,
        )
        attributions, statements = (
            find_attributions(t, (unit.start, unit.end), speakers) if speakers else ([], [])
        )  # (no one named: no one to report, and no pass over the unit)
        credited: list[Attribution] = []
        # a report's words run to the next report of the unit (one joined by و is the same)
        opens = [found.start for found in attributions if not found.joined]
        for found in attributions:
            owner = self._owner(unit, found.start)
            attribution = self.builder.attribution(
                found.source, found.via, orgs, people, (found.start, found.end)
            )
            credited += _chain_outlets(attribution)
            after = bisect.bisect_right(opens, found.end)
            scope = (found.start, opens[after] if after < len(opens) else unit.end)
            targets = self._reported(unit, scope, owner)
            if not found.source.is_person and not unit.mentions:
                targets = self._of_its_country(orgs[found.source.ref], targets, unit.start)
            for target in targets:
                for link in _chain_outlets(attribution):
                    self._sources[target].setdefault(link.outlet or "", link)
        if not attributions and continues_report(t, unit.start):
            # «وأضاف الوزير أن الجولة الثالثة …»: the same words, carried by the same outlets
            owners = [self.index[id(c)] for c in unit.owners if id(c) in self.index]
            for target in dict.fromkeys(self._named(unit) + owners):
                for link in self._last_report:
                    self._sources[target].setdefault(link.outlet or "", link)
        elif statements or attributions:
            self._last_report = credited
        for statement in statements:
            self._speaker_starts.add(statement.speaker.start)
            first = bisect.bisect_left(self._mention_starts(unit), statement.content[0])
            content_owner = (
                self._cluster_of(unit.mentions[first])
                if first < len(unit.mentions)
                and unit.mentions[first].cue.start < statement.content[1]
                else None
            )
            event = (
                content_owner if content_owner is not None else self._owner(unit, statement.start)
            )
            speaker = statement.speaker
            person = people[speaker.ref] if speaker.is_person else None
            self._statements.append(
                (
                    event,
                    functools.partial(
                        Statement,
                        text=LocalizedText(texts={"ar": self.builder.original(*statement.content)}),
                        speaker=self.builder.person(person) if person is not None else None,
                        organization=None
                        if speaker.is_person
                        else self.builder.organization(orgs[speaker.ref]),
                        kind=statement.kind,
                        evidence=(self.builder.span(statement.start, statement.end),),
                    ),
                )
            )
            if (
                person is not None
                and statement.kind.value == "announcement"
                and content_owner is not None
                and content_owner not in self._announcers
            ):
                self._announcers[content_owner] = Delegate(
                    person=self.builder.person(person),
                    roles=self.builder.roles(person),
                    evidence=(self.builder.span(person.start, person.end),),
                )

    def _of_its_country(self, org: EntityMention, targets: list[int], before: int) -> list[int]:
        """Return the events a government body's words go on about, in a unit naming none.

        «وقال الكرملين إن …» after a sentence about US–Ukrainian talks: the Kremlin speaks
        of the last event Russia takes part in, not of talks it has no part in.
        """
        entry = self.builder.gazetteer.organizations[org.entry_id]
        country = entry.country
        if entry.kind is not OrganizationKind.GOVERNMENT_BODY or country is None:
            return targets
        if not targets or any(
            not self.clusters[t].parties or country in self.clusters[t].parties for t in targets
        ):
            return targets
        last = max(
            (
                (max(m.cue.start for m in c.mentions if m.cue.start < before), i)
                for i, c in enumerate(self.clusters)
                if country in c.parties and any(m.cue.start < before for m in c.mentions)
            ),
            default=None,
        )
        return targets if last is None else [last[1]]

    def _reported(self, unit: Unit, scope: tuple[int, int], owner: int | None) -> list[int]:
        """Return the events a report over ``scope`` (its words to the next report) is about.

        The event named before the reporting words, and the first event each reported
        clause names (with the others of its cue when plural); else the events the report
        was made after (:meth:`_occasion`); else the unit's owner.
        «نقلت سكاي نيوز … أن الاجتماع التمهيدي سيخصص لوضع جدول أعمال القمة»: the
        meeting, not the summit named as its complement; «إن الجولة الثانية …، وإن
        الطرفين اتفقا على … جولة ثالثة»: both rounds.
        """
        at, end = scope
        opens = self._that_clauses(unit)
        bounds = [
            at,
            *opens[bisect.bisect_left(opens, at) : bisect.bisect_left(opens, end)],
            end,
        ]
        occasion = self._occasion(unit, at, bounds[1])
        starts, told = self._told_index(unit)
        out = [owner] if owner is not None and bisect.bisect_left(starts, at) else []
        for low, high in itertools.pairwise(bounds):
            cue: int | None = None
            for index in range(bisect.bisect_left(starts, low), bisect.bisect_left(starts, high)):
                mention = told[index]
                if id(mention) in occasion:
                    continue
                if cue is not None and mention.cue.start != cue:
                    break  # only the first event the clause names (all of a plural cue)
                cue = mention.cue.start
                found = self._cluster_of(mention)
                if found is not None:
                    out.append(found)
        if not out:  # «أصدر بيانين عقب اجتماع الاثنين واجتماع الثلاثاء، أكد فيهما …»
            out = [i for i in occasion.values() if i is not None]
        if not out and owner is not None:
            out.append(owner)
        return list(dict.fromkeys(out))

    def _that_clauses(self, unit: Unit) -> list[int]:
        """Return where each reported clause of ``unit`` opens (إن، بأن …), found once."""
        found = self._thats.get(id(unit))
        if found is None:
            found = self._thats[id(unit)] = reported_clauses(self.found.text, unit.start, unit.end)
        return found

    def _clause_starts(self, unit: Unit) -> list[int]:
        """Return where the clauses of ``unit`` start (in order), listed once."""
        found = self._clause_starts_of.get(id(unit))
        if found is None:
            found = self._clause_starts_of[id(unit)] = [s for s, _ in unit.clauses]
        return found

    def _mention_starts(self, unit: Unit) -> list[int]:
        """Return the cue starts of all the mentions of ``unit`` (in order), listed once."""
        found = self._all_starts.get(id(unit))
        if found is None:
            found = self._all_starts[id(unit)] = [m.cue.start for m in unit.mentions]
        return found

    def _occasion(self, unit: Unit, at: int, end: int) -> dict[int, int | None]:
        """Return the events a report was made after, named right after its words.

        «وأصدر البيت الأبيض بيانين منفصلين عقب اجتماع الاثنين واجتماع الثلاثاء»: the
        first event named between the reporting words and the reported clause is an
        anchor of «عقب»/«بعد»; it and the events joined to it by «و» (a few words apart,
        no punctuation between) are what the report is about, unless the report names
        another event. The mentions are keyed by ``id``, with the event each belongs to.
        """
        t = self.found.text
        starts = self._mention_starts(unit)
        low, high = bisect.bisect_left(starts, at), bisect.bisect_left(starts, end)
        if low == high or not unit.mentions[low].anchor_only:
            return {}
        if self._anchor_relation(unit.mentions[low].cue.start) is not Relation.AFTER:
            return {}
        chosen = [unit.mentions[low]]
        for mention in unit.mentions[low + 1 : high]:
            last = chosen[-1]
            if mention.cue.start != last.cue.start:  # not a part of the same plural cue
                gap = t[last.cue.end : mention.cue.start]
                joined = t.startswith("و", mention.cue.start) or gap.split()[-1:] == ["و"]
                words = gap.split(maxsplit=_OCCASION_GAP)
                if not joined or len(words) > _OCCASION_GAP or any(c in gap for c in "،.؛:\n"):
                    break
            chosen.append(mention)
        return {id(m): self._cluster_of(m) for m in chosen}

    def _anchor_relation(self, at: int) -> Relation | None:
        """Return how the date relative to another event that holds ``at`` relates to it."""
        dates = self.found.dates
        index = bisect.bisect_right(self.found.starts_of(dates), at) - 1
        if index >= 0 and at < dates[index].end:
            return dates[index].relation
        return None

    def _read_hosts(self, unit: Unit) -> None:
        """Read hosts and mediators; a mediator said of several events goes to each of them.

        «وجرت جميعها بوساطة …» (or a plural cue in the sentence): every event the sentence
        names; a plural round cue that names no dated round («ست جولات … بوساطة عمانية»):
        every round of the series; «في إطار وساطتها»: the event's host mediates.
        """
        text = self.found.text
        span = (unit.start, unit.end)
        if _HOST_NEEDLES.search(text, *span) is None:
            return  # (a search for plain letters: far cheaper than the patterns below)
        entities = [e for e in self._items_of(unit).entities if e.kind in PARTY_KINDS]
        people = [(p.start, p.end) for p in self._items_of(unit).people]
        named = [
            i
            for i in dict.fromkeys(self._cluster_of(m) for m in unit.mentions if not m.anchor_only)
            if i is not None
        ]
        cues = self._items_of(unit).cues
        plural = [c for c in cues if c.plural]
        own_cues = {m.cue.start for m in unit.mentions}
        series = any(c.kind is CueKind.ROUND and c.start not in own_cues for c in plural)
        every = bool(plural) or says_all_of_them(text, span)
        nouns = [(c.start, c.end) for c in cues]
        hosted_at: set[int] = set()
        parties = frozenset(p for i in named for p in self.clusters[i].parties) if series else None
        of_every: dict[str, None] = {}  # the mediators of every event named (in order)
        for at, entity, host in find_hosts(text, span, entities, people, nouns):
            owner = self._owner(unit, at)
            if host:
                hosted_at.add(at)
                if entity.end > at or not is_locative(text, entity):
                    self._add_host(unit, owner, at, entity)  # not «فندق … في الرياض يحتضن»
                continue
            countries = [e.entry_id for e in _listed(text, entity, entities)]
            if parties is not None:
                self._series_mediators += [(parties, country) for country in countries]
            if every:
                of_every.update(dict.fromkeys(countries))
            if owner is not None:
                self._mediators[owner].update(countries)
        for target in named if of_every else ():
            self._mediators[target].update(of_every)
        self._read_implied_hosts(unit, entities, hosted_at)

    def _add_host(self, unit: Unit, owner: int | None, at: int, entity: EntityMention) -> None:
        """Give a host to the event its verb takes as object (or to a whole series)."""
        after = max(at, entity.end)
        if self._hosts_a_series(unit, after):
            self._track_hosts.append((None, entity.entry_id))
            return
        hosted = self._object_event(unit, after)
        owner = owner if hosted is None else hosted
        if owner is not None:
            self._set_host(unit, owner, entity.entry_id, after)
            if entity.kind is MentionKind.CAPITAL:  # «مسقط تستضيف»: the city too
                self._host_places[owner].append(entity)

    def _read_implied_hosts(
        self, unit: Unit, entities: list[EntityMention], hosted_at: set[int]
    ) -> None:
        """Read hosts and mediators named without a country after the word.

        «في إطار وساطتها» (the host mediates), «أن بلاده ستستضيف» (the speaker's country),
        «الوسيط العماني» (a mediator by its nisba), «استضافتها مجددا» (the host named before).
        """
        text = self.found.text
        span = (unit.start, unit.end)
        for at in find_own_mediation(text, span):
            owner = self._owner(unit, at)
            if owner is not None:
                self._own_mediation.add(owner)
        for match in _OWN_COUNTRY_HOSTS.finditer(text, *span):
            self._own_country_host(unit, match)
        for entity in entities:  # «الوسيط العماني», «الوسطاء المصريون والقطريون»
            if entity.kind is MentionKind.NISBA and _MEDIATOR_NOUN.search(
                text, max(unit.start, entity.start - _LOOK_BACK), entity.start
            ):
                owner = self._owner(unit, entity.start)
                if owner is not None:
                    self._mediators[owner].update(
                        e.entry_id for e in _listed(text, entity, entities)
                    )
        for match in _HOSTED_AGAIN.finditer(text, *span):
            owner = self._owner(unit, match.start())
            if match.start() not in hosted_at and owner is not None and self._last_host:
                self._set_host(unit, owner, self._last_host, match.end())
        hosting = list(_ITS_HOSTING.finditer(text, *span))  # «جهود المملكة … في استضافتها»
        named = sorted(
            ((e.end, index) for index, e in enumerate(entities) if not is_locative(text, e))
            if hosting
            else ()
        )
        last = list(itertools.accumulate((index for _, index in named), max))
        for match in hosting:
            # the last of the names (not places) that end before the word, in text order
            ended = bisect.bisect_right(named, (match.start(), len(entities)))
            owner = self._object_event(unit, match.end())
            if match.start() not in hosted_at and ended and owner is not None:
                self._set_host(unit, owner, entities[last[ended - 1]].entry_id, match.end())

    def _set_host(self, unit: Unit, owner: int, country: str, at: int) -> None:
        """Record ``country`` as the host of event ``owner``, and of its track when said so.

        «الذي تستضيف بلاده هذه المحادثات منذ انطلاقها»: the country hosts every round of
        the series since the first (given out once every unit is read).
        """
        self._hosts.setdefault(owner, country)
        self._last_host = country
        marks, since = self._marks.get(id(unit)) or self._find_marks(unit)
        after = bisect.bisect_left(marks, at)
        clause_end = marks[after] if after < len(marks) else unit.end
        first = bisect.bisect_left(since, (at, at))
        if first < len(since) and since[first][1] <= clause_end:
            self._track_hosts.append((owner, country))

    def _find_marks(self, unit: Unit) -> tuple[list[int], list[tuple[int, int]]]:
        """Find a unit's clause marks and its «منذ انطلاقها» once (see :meth:`_set_host`)."""
        t = self.found.text
        found = self._marks[id(unit)] = (
            [m.start() for m in _CLAUSE_MARK.finditer(t, unit.start, unit.end)],
            [m.span() for m in _SINCE_THE_START.finditer(t, unit.start, unit.end)],
        )
        return found

    def _spread_track_hosts(self) -> None:
        """Give a host said of the whole track to every round of it without a host.

        A host of a series named by a plural («استضافت السعودية جولات من المحادثات») hosts
        every talks the article tells (not those named only as anchors) that are not placed
        in another country.
        """
        for owner, country in self._track_hosts:
            if owner is None:
                for index, cluster in enumerate(self.clusters):
                    venue = self.builder.venue([p for m in cluster.mentions for p in m.places])
                    if (
                        cluster.kind is not CueKind.SUMMIT
                        and not cluster.only_anchor
                        and (venue is None or venue.country in (None, country))
                    ):
                        self._hosts.setdefault(index, country)
                continue
            parties = self.clusters[owner].parties
            for index, cluster in enumerate(self.clusters):
                if cluster.kind is CueKind.ROUND and cluster.parties in (parties, frozenset()):
                    self._hosts.setdefault(index, country)

    def _hosts_a_series(self, unit: Unit, at: int) -> bool:
        """Tell whether a host verb's object is a plural that names no event of its own.

        «استضافت السعودية، على مدى ثلاثة أيام، جولات من المحادثات»: the rounds the article
        tells.
        """
        cues = self.found.within(self.found.cues, at, unit.end)
        if not cues or not cues[0].plural:
            return False
        if any(m.cue.start == cues[0].start for m in unit.mentions):
            return False
        gap = self.found.text[at : cues[0].start]
        # no comma, or a pair of them around an aside («، على مدى ثلاثة أيام،»)
        return len(gap.split()) <= _OBJECT_WORDS and gap.count("،") + gap.count(",") in (0, 2)

    def _own_country_host(self, unit: Unit, match: re.Match[str]) -> None:
        """Read «أكد رئيس الوزراء المجري … أن بلاده ستستضيف القمة»: the speaker's country hosts.

        The country is that of the person named last before «بلاده» in the sentence; the
        event is the one the verb takes as object, else the one the sentence speaks of.
        """
        people = self.found.within(self.found.people, unit.start, match.start())
        country = people[-1].country if people else None
        if country is None:
            return
        owner = self._object_event(unit, match.end())
        if owner is None:
            owner = self._owner(unit, match.start())
        if owner is not None:
            self._set_host(unit, owner, country, match.end())

    def _object_event(self, unit: Unit, at: int) -> int | None:
        """Return the event named a few words after a host verb, in the same clause.

        «وتستضيف سويسرا الجولة الثانية»: the second round is hosted, whatever event the
        sentence named before the verb.
        """
        after = next((m for m in unit.mentions if m.cue.start >= at), None)
        if after is None:
            return None
        gap = self.found.text[at : after.cue.start]
        if _CLAUSE_MARK.search(gap) or len(gap.split()) > _OBJECT_WORDS:
            return None
        return self._cluster_of(after)

    def _named(self, unit: Unit) -> list[int]:
        """Return the events a unit names itself (not as anchors), in order."""
        found = (self._cluster_of(m) for m in unit.mentions if not m.anchor_only)
        return [i for i in dict.fromkeys(found) if i is not None]

    def _read_venues(self, unit: Unit) -> None:
        """Collect the named venues a unit places its events in.

        A venue after في/ب («…، في فندق إنتركونتيننتال») or an institution that is a
        building («في البيت الأبيض») goes to the event owning it; «وجرت جميعها في مقر
        يونيفيل» gives it to every event the unit names. «في مقر سفارتها» marks the host's
        embassy (resolved once the host is known).
        """
        text = self.found.text
        span = (unit.start, unit.end)
        embassy = find_own_embassy(text, span)
        if embassy is not None:
            owner = self._owner(unit, embassy[0])
            if owner is not None:
                self._own_embassy.setdefault(owner, embassy)
        for at, is_city in find_same_places(text, span):
            place = self._place_before(at, is_city=is_city)
            owner = self._owner(unit, at)
            if place is None or owner is None:
                continue
            for target in self._owners_at(unit, at, owner):
                (self._same_places if is_city else self._venues)[target].append(place)
        self._read_moves(unit)
        venues = self.builder.gazetteer.venues
        found = [
            e
            for e in self._items_of(unit).entities
            if e.kind in (MentionKind.VENUE, MentionKind.ORGANIZATION)
            and e.entry_id in venues
            and is_locative(text, e)
            and not works_at(text, e.start)  # «مسؤول في البيت الأبيض»: who, not where
        ]
        if not found:
            return
        named = self._named(unit)
        every = says_all_of_them(text, span) and bool(named)
        cues = self._items_of(unit).cues
        series = next((r for c in cues if (r := self._series_rounds(unit, c))), [])
        for entity in found:
            owner = self._owner(unit, entity.start)
            venue = attrs.evolve(entity, kind=MentionKind.VENUE)
            targets = named if every else series if owner is None else [owner]
            for target in targets:
                self._venues[target].append(venue)

    def _read_moves(self, unit: Unit) -> None:
        """Read a place planned, then given up for another, in one unit.

        «كانت مقررة في روما يوم 3 ماي، ثم أرجئت وعقدت في مسقط»: the event is held in
        Muscat; Rome, which it was planned in, gives way to it.
        """
        text = self.found.text
        if not may_plan(text, unit.start, unit.end):
            return  # no place of the unit was planned
        kinds = (MentionKind.CAPITAL, MentionKind.PLACE, MentionKind.VENUE)
        places = [
            e for e in self._items_of(unit).entities if e.kind in kinds and is_locative(text, e)
        ]
        planned = [p for p in places if planned_place(text, unit.start, p.start)]
        for first in planned:
            later = next(
                (
                    p
                    for p in places
                    if p.start > first.start and p.kind is first.kind and p not in planned
                ),
                None,
            )
            owner = self._owner(unit, first.start)
            if later is not None and owner is not None:
                self._moves[owner][first.start] = later

    def _series_rounds(self, unit: Unit, cue: Cue) -> list[int]:
        """Return the rounds a plural cue of a unit without events speaks of, or none.

        «فندق ريتز كارلتون يحتضن ثلاث جولات من المحادثات»: the rounds the article tells
        of (the first three, when counted), not those named only as anchors («بعد محادثات
        جدة»).
        """
        if not cue.plural or cue.kind is not CueKind.ROUND or unit.mentions or unit.owners:
            return []
        text = self.found.text
        before = text[max(unit.start, cue.start - 12) : cue.start].split()
        after = _NEXT_WORD.match(text, cue.end)
        count = _COUNTS.get("ال" + before[-1]) if before else None
        count = count or (_COUNTS.get(after.group(1)) if after is not None else None)
        rounds = [
            i
            for i, cluster in enumerate(self.clusters)
            if cluster.kind is not CueKind.SUMMIT
            and any(not m.anchor_only for m in cluster.mentions)
        ]
        return rounds[:count] if count else rounds

    def _place_before(self, at: int, *, is_city: bool) -> EntityMention | None:
        """Return the place «في المدينة نفسها» (or «في القصر نفسه») at ``at`` points back to.

        The nearest city (or named venue) stated as a place before it.
        """
        gazetteer = self.builder.gazetteer
        entities = self.found.entities
        index = bisect.bisect_left(self.found.starts_of(entities), at)
        for entity in reversed(entities[:index]):
            if is_city:
                city = entity.kind is MentionKind.CAPITAL or (
                    entity.kind is MentionKind.PLACE
                    and entity.entry_id in gazetteer.places
                    and gazetteer.places[entity.entry_id].kind is VenueKind.CITY
                )
                if city and is_locative(self.found.text, entity):
                    return entity
            elif entity.kind is MentionKind.VENUE and entity.entry_id in gazetteer.venues:
                return entity
        return None

    def _fits(self, venue: EntityMention, places: list[EntityMention]) -> bool:
        """Tell whether a named venue lies in the country and city the event's places say."""
        gazetteer = self.builder.gazetteer
        entry = gazetteer.venues[venue.entry_id]
        city = entry.locality.get("en") if entry.locality else None
        best = min((PLACE_RANK.get(p.kind, len(PLACE_RANK)) for p in places), default=0)
        for place in places:
            if PLACE_RANK.get(place.kind, len(PLACE_RANK)) != best:
                continue  # only the place the venue is built from must agree
            country: str | None = place.entry_id
            locality = None
            if place.kind is MentionKind.VENUE and place.entry_id in gazetteer.venues:
                return place.entry_id == venue.entry_id
            if place.kind is MentionKind.PLACE and place.entry_id in gazetteer.places:
                entry_place = gazetteer.places[place.entry_id]
                country = entry_place.country
                if entry_place.kind is VenueKind.CITY:
                    locality = entry_place.names.get("en")
                elif entry.region is None or entry.region.get("en") != entry_place.names.get("en"):
                    return False  # «في ولاية ألاسكا»: only a venue known to lie there
            elif place.kind is MentionKind.CAPITAL:
                capital = gazetteer.capital_of(place.entry_id)
                locality = capital.get("en") if capital else None
            if country != entry.country or (locality and city and locality != city):
                return False
        return True

    def _venue(self, index: int) -> Venue | None:
        """Return the venue of event ``index``: its places, made precise by a named venue.

        The places stated with the event (a city) give way to a named venue of a later
        clause that lies there («في مدينة جنيف …، في فندق إنتركونتيننتال»); «في مقر
        سفارتها» names the host's embassy in the event's city.
        """
        cluster = self.clusters[index]
        places = [p for m in cluster.mentions for p in m.places] or self._host_places.get(index, [])
        moves = self._moves.get(index, {})  # «كانت مقررة في روما، ثم … عقدت في مسقط»
        places = [moves.get(p.start, p) for p in places]
        places = places or self._same_places.get(index, [])[:1]
        if not any(p.kind is MentionKind.VENUE for p in places):
            named = next((v for v in self._venues.get(index, []) if self._fits(v, places)), None)
            if named is not None:
                places = [named, *places]
        venue = self.builder.venue(places)
        host = self._hosts.get(index)
        embassy = self._own_embassy.get(index)
        if venue is not None and host is not None and embassy is not None and venue.name is None:
            venue = self.builder.embassy(venue, host, embassy)
        return venue

    def mediators(self, index: int, parties: set[str] | None = None) -> set[str]:
        """Return the mediators of event ``index`` (``parties``: its parties, when known)."""
        found = set(self._mediators.get(index, set()))
        host = self._hosts.get(index)
        if index in self._own_mediation and host is not None:
            found.add(host)
        if parties is not None and self.clusters[index].kind is CueKind.ROUND:
            found |= {
                country
                for series, country in self._series_mediators
                if (not series or series == parties) and country not in parties
            }
        return found

    def _row_dates(self, unit: Unit) -> None:
        """Count the dates of a row of an event's table as used (the row restates the date)."""
        cluster = unit.owners[0]
        date = cluster.date
        for mention in self.found.within(self.found.dates, unit.start, unit.end):
            if (
                date is not None
                and date.date is not None
                and mention.date is not None
                and (mention.date.month, mention.date.day) == (date.date.month, date.date.day)
            ):
                self.found.used_dates.add(mention.start)

    def _keep(self, start: int, end: int, reason: str) -> None:
        text = self.builder.original(start, end)
        if text:
            self._unparsed.append(
                Unparsed(span=self.builder.span(start, end), text=text, reason=reason)
            )

    # -- results -----------------------------------------------------------------------
    def common(self, index: int, parties: set[str]) -> dict[str, Any]:
        """Return the fields every event has, for event ``index``."""
        agenda = [
            AgendaItem(
                topic=topic,
                text=LocalizedText(texts={"ar": self.builder.original(*wording)}),
                evidence=self.builder.spans(evidence),
            )
            for topic, evidence, wording in self._resolved_agenda(index, parties)
        ]
        phases = [
            Phase(
                kind=kind,
                text=LocalizedText(texts={"ar": self.builder.original(*spans[0])}),
                evidence=self.builder.spans(spans),
            )
            for kind, spans in sorted(
                self._phases.get(index, {}).items(), key=lambda kv: min(kv[1])
            )
        ]
        delegations = []
        for party, merged in sorted(self._delegates(index, parties).items()):
            delegations.append(
                Delegation(
                    party=party,
                    members=tuple(merged),
                    evidence=tuple(sorted({s for m in merged for s in m.evidence}, key=SPAN_ORDER)),
                )
            )
        return {
            "venue": self._venue(index),
            "host": self._hosts.get(index),
            "mediators": tuple(sorted(self.mediators(index, parties))),
            "delegations": tuple(delegations),
            "agenda": tuple(agenda),
            "phases": tuple(phases),
            "attributions": tuple(self._sources.get(index, {}).values()),
        }

    def _delegates(self, index: int, parties: set[str]) -> dict[str, list[Delegate]]:
        """Return the delegates of event ``index`` by party, each named once.

        A plural title for both sides («وزيرا خارجية البلدين») gives each party that has
        no member with that role an unnamed one.
        """
        out = {
            party: [
                self._merged(first, self._again.get((index, party, who), []))
                for who, first in members.items()
            ]
            for party, members in self._members.get(index, {}).items()
        }
        sides = sorted(parties - self.mediators(index) - {self._hosts.get(index)})
        for person in self._each_party.get(index, []):
            for party in sides:
                members = out.setdefault(party, [])
                if any(set(self.builder.roles(person)) <= set(m.roles) for m in members):
                    continue
                roles = tuple(attrs.evolve(r, country=party) for r in person.roles)
                members.append(
                    self.builder.delegate(attrs.evolve(person, country=party, roles=roles))
                )
        return out

    @staticmethod
    def _merged(first: Delegate, again: list[Delegate]) -> Delegate:
        """Return a delegate with the roles and spans of every time the person was named."""
        if not again:
            return first
        roles = tuple(dict.fromkeys(r for d in (first, *again) for r in d.roles))
        spans = tuple(sorted({s for d in (first, *again) for s in d.evidence}, key=SPAN_ORDER))
        return Delegate(person=first.person, roles=roles, role_text=first.role_text, evidence=spans)

    def _resolved_agenda(
        self, index: int, parties: set[str]
    ) -> list[tuple[Topic, list[tuple[int, int]], tuple[int, int]]]:
        """Apply the agenda rule: list entries stay; prose items merge into them by topic.

        A round of a series also has the topics stated for the whole series
        (:meth:`_series_items`), merged like prose items.
        An item read only from words for the war gets the topic of the war of ``parties``
        (the event's final parties): none when it has none, or ``Topic.OTHER`` for a list
        entry, which is stated for its own sake.
        """
        war = conflict_topic(parties)
        items = []
        own = self._agenda.get(index, [])
        series = self._series_items(index, parties, {item[0] for item in own})
        for read, is_listed, evidence, wording in [*own, *series]:
            topic = read
            if (
                read is _WAR
                and war is not _WAR
                and all(topic_of(self.found.text, s, e) is not _WAR for s, e in evidence)
            ):
                if not is_listed:
                    continue
                topic = war or Topic.OTHER
            items.append((topic, is_listed, evidence, wording))
        listed = [
            (topic, list(evidence), wording)
            for topic, is_listed, evidence, wording in items
            if is_listed
        ]
        for topic, is_listed, evidence, wording in items:
            if is_listed:
                continue
            same = next((item for item in listed if item[0] is topic), None)
            if same is not None:
                same[1].extend(evidence)
            else:
                listed.append((topic, list(evidence), wording))
        return sorted(listed, key=lambda item: min(item[1]))

    def leaders(self, index: int) -> tuple[Person, ...]:
        """Return the heads of state or government of event ``index``."""
        return tuple(self._leaders.get(index, []))

    def announced_by(self, index: int) -> Delegate | None:
        """Who announced event ``index``, when a statement says so."""
        return self._announcers.get(index)

    def statements(self) -> tuple[Statement, ...]:
        """Every statement, in text order."""
        out = [
            statement(event=self.ids[event] if event is not None else None)
            for event, statement in self._statements
        ]
        return tuple(sorted(out, key=lambda s: SPAN_ORDER(s.evidence[0])))

    def people_parties(self, index: int) -> set[str]:
        """Return the countries of the leaders and delegations (not hosts or mediators)."""
        found = {p.country for p in self._leaders.get(index, []) if p.country}
        present = self._present.get(index, set())
        found |= {
            party
            for party, members in self._members.get(index, {}).items()
            if any((party, who) not in present for who in members)
        }
        return found - self.mediators(index) - {self._hosts.get(index)}

    def unparsed(self) -> list[Unparsed]:
        """Return what looked relevant but was not understood."""
        found = self.found
        cues = sorted(m.cue.start for c in self.clusters for m in c.mentions)
        for date in found.dates:
            at = bisect.bisect_left(cues, date.start)
            names_event = at < len(cues) and cues[at] < date.end
            if date.start not in found.used_dates and not names_event:
                self._keep(date.start, date.end, "date not tied to an event")
            elif date.weekday_conflict:
                self._keep(date.start, date.end, "weekday does not match the date")
        return self._unparsed


class _InUnit(NamedTuple):
    """The entities, people and cues of one unit (sorted slices of those of the article)."""

    entities: Sequence[EntityMention]
    people: Sequence[PersonMention]
    cues: Sequence[Cue]


_LIST_JOINTS = frozenset({"", "و", "،", ",", "،و", ",و", "-", "/"})
# Letters every host or mediator word of ``_sources`` and of the patterns below contains
# (استضاف/يستضيف، احتضن/احتضان، بدعوة، وساطة/وساطتها، برعاية، الوسيط/الوسطاء), in match form.
_HOST_NEEDLES = re.compile("ستض|حتض|بدعوه|وساط|برعايه|وسيط|وسطاء")
_HOST_VERB = r"[وف]?[سو]?(?:[تي]?ستضيف|استضاف|[تي]?حتضن|احتضن)\w*"
_HIS_COUNTRY = r"(?:بلاده|بلادها|بلده|بلدها)"
# «أن بلاده ستستضيف القمة», «الذي تستضيف بلاده»: the country of the one speaking hosts
_OWN_COUNTRY_HOSTS = re.compile(
    rf"(?<!\w)(?:{_HIS_COUNTRY}\s+{_HOST_VERB}|{_HOST_VERB}\s+{_HIS_COUNTRY})(?!\w)"
)
# «التي استضافتها مجددا»: the host named before hosts again
_HOSTED_AGAIN = re.compile(rf"(?<!\w){_HOST_VERB}\s+(?:مجددا|مره\s+اخري|مره\s+ثانيه)(?!\w)")
# «في استضافتها المحادثات»: its hosting, said of the country named before it
_ITS_HOSTING = re.compile(r"(?<!\w)(?:في\s+|[وفب])استضافت(?:ها|ه)(?!\w)")
# «منذ انطلاقها»: what is said holds since the first event of the track
_SINCE_THE_START = re.compile(r"(?<!\w)منذ\s+(?:انطلاق|بدايه|بدء|بدايات)\w*")
_OBJECT_WORDS = 6
_CLAUSE_MARK = re.compile(r"[،,.؛;:!?؟\n]")
_NEXT_WORD = re.compile(r"[\s،,]*(\w+)")
_LAST_WORD = re.compile(r"(\w+)\s*$")
_MEDIATOR_NOUN = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:وسيط|وسطاء|وسيطين|وسيطان)\s+$")
_DELEGATION_WORD = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?وفد(?!\w)")
_CHAIRED = re.compile(r"(?<!\w)[وف]?برئاس[ةه]\s+$")
_PRESENCE = re.compile(r"(?<!\w)[وف]?بحضور\s+$")
_VERB_AFTER = re.compile(r" +(?:قد +)?(\w+)")
_LOOK_BACK = 20
_PAIR = 2
# «الوفد الأمريكي نفسه»: the delegation named before, with its members
_SAME = re.compile(r"\s+(?:نفسه|ذاته|عينه)(?!\w)")
_DELEGATION_BEFORE = re.compile(r"(?<!\w)[وفب]?(?:ال)?وفد\s+$")
# «القمة التي جمعتهما»: the summit that brought the two named before together
_BROUGHT_THEM = re.compile(r"\s*(?:التي|الذي)?\s*جمع(?:ت|تا)?(?:هما|هم|بينهما)(?!\w)")
_SPEECH = frozenset(key(word) for word in SPEECH_VERBS)
_OWNER = frozenset(key(word) for word in OWNER_NOUNS)
_SAYING = frozenset(key(word) for word in ("قوله", "قولها", "قولهم", "قولهما"))
_COUNTS = {key(word): count for word, count in COUNT_WORDS.items()}


def _triggers(text: str, unit: Unit) -> list[tuple[int, int, int]]:
    """Return the agenda triggers of a unit as ``(start, end, clause)``.

    The clause is the one the trigger ends in (``len(unit.clauses)`` when none).
    """
    ends = [e for _, e in unit.clauses]
    out = []
    for start, end in find_agenda_triggers(text, unit.start, unit.end):
        here = bisect.bisect_left(ends, end)
        if here < len(unit.clauses) and unit.clauses[here][0] > end:
            here = len(unit.clauses)
        out.append((start, end, here))
    return out


def _items_end(
    triggers: list[tuple[int, int, int]], number: int, words: list[int], clause_end: int
) -> int:
    """Return where the items of trigger ``number`` end (see ``_read_prose_items``).

    ``triggers`` are ``(start, end, clause)``; ``words`` the starts of the item words.
    """
    trigger_end, here = triggers[number][1], triggers[number][2]
    later = triggers[number + 1 : number + 2 + _TRIGGER_RUN]
    for count, (start, end, clause) in enumerate(later):
        if clause != here:
            return clause_end
        if count == _TRIGGER_RUN:
            return start  # a long run of triggers: the next ones read on
        if _any_within(words, trigger_end, start) and _any_within(words, end, clause_end):
            return start  # items before it and after it: the later trigger reads on
    return clause_end


def _last_word(text: str, start: int, end: int) -> str | None:
    """Return the word that ends ``text[start:end]`` but for white space, if any.

    What ``_LAST_WORD`` finds there, without trying the pattern at every position: the
    word is the run of word letters that ends the last of the white-space-parted tokens.
    """
    tokens = text[start:end].split()
    if not tokens:
        return None
    last = tokens[-1]
    if last.isalnum():  # (the usual case: all of it)
        return last
    found = _LAST_WORD.search(last)
    return None if found is None else found.group(1)


def _any_within(starts: list[int], start: int, end: int) -> bool:
    """Tell whether a sorted list of positions has one in ``[start, end)``."""
    at = bisect.bisect_left(starts, start)
    return at < len(starts) and starts[at] < end


def _heads(person: PersonMention) -> bool:
    """Tell whether a person is named as a head of state or government."""
    return any(role.role in HEAD_ROLES for role in person.roles)


def _listed(text: str, first: EntityMention, entities: list[EntityMention]) -> list[EntityMention]:
    """Return ``first`` and the party mentions listed right after it.

    «بوساطة مصرية قطرية أمريكية», «بوساطة مصر وقطر والولايات المتحدة»: each is a mediator.
    """
    out = [first]
    after = bisect.bisect_left(entities, first.end, key=lambda e: e.start)
    for index in range(after, len(entities)):  # (by index: no copy of the rest)
        entity = entities[index]
        if entity.start < out[-1].end:
            continue
        if "".join(text[out[-1].end : entity.start].split()) not in _LIST_JOINTS:
            break
        out.append(entity)
    return out


_DATELINE_LINES = 3  # a dateline is among the first lines (after the headline)
_FULL_STOP = re.compile(r"[.!?؟]")
_HEADING_WORDS = 14


def _is_heading(text: str, line: Line) -> bool:
    """Tell whether a line is a heading: prose of a few words without a full stop."""
    body = text[line.start : line.end]
    return (
        line.kind is LineKind.PROSE
        and len(body.split()) <= _HEADING_WORDS
        and _FULL_STOP.search(body) is None
    )


_WAR = Topic.UKRAINE
"""The topic words for the war are read as until the event's parties are known."""


def _chain_outlets(attribution: Attribution) -> list[Attribution]:
    """Return an attribution and each outlet it relied on, as attributions of their own.

    «نقلت الجزيرة عن رويترز عن مسؤول»: the event is credited to Al Jazeera (citing Reuters,
    the whole chain kept) and to Reuters (citing the official).
    """
    out = [attribution]
    link = attribution.via
    while link is not None:
        if link.outlet is not None:
            out.append(link)
        link = link.via
    return out
