"""What events contain: leaders, delegations, agenda, phases, sources, hosts and mediators.

What belongs here: :class:`Contents`, which gives each recognised thing of a unit to the
event the unit speaks of (the nearest event cue before it in the unit, else the unit's
owner), applies the agenda rule of ``_agenda`` (list entries one item each; prose and table
items merged by topic), and keeps the leftovers as :class:`~diplofacts.Unparsed`. Hosts
and mediators come only from explicit words (تستضيف، استضافت، بدعوة من، بوساطة، برعاية).
What must not: event-level decisions (``_fill``) or word lists other than host/mediator cues.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import attrs

from diplofacts.model import (
    AgendaItem,
    Attribution,
    Delegate,
    Delegation,
    LocalizedText,
    Person,
    Phase,
    Statement,
    Topic,
    Unparsed,
)
from diplofacts.text._agenda import (
    continues_list,
    find_agenda_triggers,
    find_phases,
    is_list_intro,
    split_items,
)
from diplofacts.text._assemble import Found, Unit
from diplofacts.text._build import HEAD_ROLES, Builder
from diplofacts.text._coref import PARTY_KINDS, Cluster, attendance_sentence, delegation_side
from diplofacts.text._entities import EntityMention, MentionKind
from diplofacts.text._events import CueKind
from diplofacts.text._layout import Column, LineKind
from diplofacts.text._sources import (
    Speaker,
    find_attributions,
    find_hosts,
    find_own_mediation,
    says_all_of_them,
)

__all__ = ["Contents"]


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
        self._statements: list[tuple[int | None, Statement]] = []
        self._announcers: dict[int, Delegate] = {}
        self._leaders: dict[int, list[Person]] = defaultdict(list)
        self._again: dict[tuple[int, str, str], list[Delegate]] = defaultdict(list)
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
        self._mediators: dict[int, set[str]] = defaultdict(set)
        self._own_mediation: set[int] = set()  # events whose host mediates («وساطتها»)
        # mediators stated for a whole series («ست جولات … بوساطة عمانية»), with its parties
        self._series_mediators: list[tuple[frozenset[str], str]] = []
        self._host_places: dict[int, list[EntityMention]] = defaultdict(list)
        self._speaker_starts: set[int] = set()
        self._read()

    # -- ownership ---------------------------------------------------------------------
    def _owner(self, unit: Unit, at: int) -> int | None:
        """Return the event a thing at ``at`` in ``unit`` belongs to."""
        before = [
            m for m in unit.mentions if (not m.anchor_only or m.described) and m.cue.start <= at
        ]
        for mention in reversed(before):
            cluster = self._cluster_of(mention)
            if cluster is not None:
                return cluster
        if unit.owners:
            return self.index.get(id(unit.owners[0]))
        return None

    def _cluster_of(self, mention: object) -> int | None:
        return self._by_mention.get(id(mention))

    # -- reading -----------------------------------------------------------------------
    def _read(self) -> None:
        t = self.found.text
        intro = False
        for unit in self.units:
            self._read_sources(unit)
            self._read_people(unit)
            self._read_agenda(unit, intro)
            self._read_hosts(unit)
            if unit.line.kind is LineKind.PROSE:
                intro = is_list_intro(t, unit.start, unit.end) and bool(
                    find_agenda_triggers(t, unit.start, unit.end)
                )
            if unit.line.kind is LineKind.ROW and not unit.mentions and unit.owners:
                self._row_dates(unit)

    def _read_people(self, unit: Unit) -> None:
        for person in self.found.within(self.found.people, unit.start, unit.end):
            owner = self._owner(unit, person.start)
            if owner is None or person.start in self._speaker_starts:
                if person.described_only and person.person_id is None and owner is None:
                    self._keep(person.start, person.end, "title without a name")
                continue
            roles = {r.role for r in person.roles}
            if self.clusters[owner].kind.value != "round" and roles & HEAD_ROLES:
                built = self.builder.person(person)
                if person.person_id is None and person.described_only:
                    continue
                known = {p.id or str(p.name) for p in self._leaders[owner]}
                if (built.id or str(built.name)) not in known:
                    self._leaders[owner].append(built)
                continue
            side = self._side(unit, person.start)
            if (
                person.described_only
                and side is None
                and not attendance_sentence(self.found.text, unit.start)
            ):
                continue  # an unnamed official counts as heading a side or taking part
            party = (
                person.country or next((r.country for r in person.roles if r.country), None) or side
            )
            if party is None:
                self._keep(person.start, person.end, "person without a party")
                continue
            delegate = self.builder.delegate(person)
            who = person.person_id or self.builder.original(person.start, person.end)
            members = self._members[owner][party]
            if who in members:  # named again: its roles and spans are added once, at the end
                self._again[(owner, party, who)].append(delegate)
            else:
                members[who] = delegate

    def _side(self, unit: Unit, at: int) -> str | None:
        """Return the party named as a side right before ``at`` («عن الجانب المالي …»)."""
        clause = next(((s, e) for s, e in unit.clauses if s <= at < e), (unit.start, unit.end))
        entities = self.found.within(self.found.entities, clause[0], at)
        return delegation_side(self.found.text, entities, at)

    def _read_agenda(self, unit: Unit, intro: bool) -> None:
        t = self.found.text
        owner = self._owner(unit, unit.end)
        if owner is None:
            return
        kind = unit.line.kind
        phases = list(self.found.within(self._all_phases, unit.start, unit.end))
        for phase in phases:
            at_phase = self._owner(unit, phase.start)
            self._phases[owner if at_phase is None else at_phase][phase.kind].append(
                (phase.start, phase.end)
            )
        if kind is LineKind.BULLET:
            for target in self._list_owners(unit, owner):
                self._read_bullet(unit, target, intro=intro, phases=bool(phases))
            return
        if kind is LineKind.ROW:
            for start, end in self._agenda_cells(unit):
                for s, e, topic in split_items(t, start, end):
                    self._add_item(owner, topic, s, e)
            return
        if not is_list_intro(t, unit.start, unit.end):
            self._read_prose_items(unit, owner)

    def _read_prose_items(self, unit: Unit, owner: int) -> None:
        """Read the items that follow (or precede) each agenda trigger of a prose unit."""
        t = self.found.text
        for _, trigger_end in find_agenda_triggers(t, unit.start, unit.end):
            here = next(
                (i for i, (s, e) in enumerate(unit.clauses) if s <= trigger_end < e + 1),
                len(unit.clauses),
            )
            clause_end = unit.clauses[here][1] if here < len(unit.clauses) else unit.end
            at_trigger = self._owner(unit, trigger_end)
            item_owner = owner if at_trigger is None else at_trigger
            # Items follow the event noun the trigger governs: «تبحث الجولة المؤجلة مسودة
            # اتفاق بشأن البرنامج النووي»; «اتفقا على مواصلة الحوار في جولة ثالثة» has none.
            begin = max(
                (
                    c.end
                    for c in self.found.within(self.found.cues, trigger_end, clause_end)
                    if c.strong
                ),
                default=trigger_end,
            )
            items = split_items(t, begin, clause_end)
            if not items:  # «العقوبات … ستطرح على طاولة النقاش»: the item comes first
                clause_start = max(
                    (s for s, _ in unit.clauses if s <= trigger_end), default=unit.start
                )
                items = split_items(t, clause_start, trigger_end)
            about_event = any(
                c.strong for c in self.found.within(self.found.cues, trigger_end, clause_end)
            )
            if not items and not about_event:  # «تركزت المحادثات، بحسب …، على البرنامج
                # النووي»: the next clause that states items (not «اتفقا على عقد جولة …، على
                # أن يحدد الموعد عبر القنوات الدبلوماسية», whose object is the event)
                here = next(
                    (
                        i
                        for i in range(here + 1, len(unit.clauses))
                        if split_items(t, *unit.clauses[i])
                    ),
                    len(unit.clauses),
                )
                items = split_items(t, *unit.clauses[here]) if here < len(unit.clauses) else []
            for s, e in unit.clauses[here + 1 :] if items else ():
                if not continues_list(t, s, e):  # «…، واستئناف العلاقات، إلى جانب …»
                    break
                items += split_items(t, s, e)
            for s, e, topic in items:
                self._add_item(item_owner, topic, s, e)

    def _list_owners(self, unit: Unit, owner: int) -> list[int]:
        """Return the events a list entry belongs to.

        Every event of a plural cue split by its dates when the list continues it
        («تناولت الجولتان اللتان عقدتا في 27 فبراير و10 أبريل …:»), else ``owner``.
        """
        if unit.mentions or len(unit.owners) < 2:
            return [owner]
        starts = [{m.cue.start for m in c.mentions} for c in unit.owners]
        shared = set.intersection(*starts)
        if not shared:
            return [owner]
        return [self.index[id(c)] for c in unit.owners if id(c) in self.index]

    def _read_bullet(self, unit: Unit, owner: int, *, intro: bool, phases: bool) -> None:
        """Give a list entry's items (one per topic) to ``owner``, or keep it as unparsed."""
        t = self.found.text
        if self.found.within(self.found.people, unit.start, unit.end):
            return  # a list of people (a delegation), not of agenda items
        pieces = split_items(t, unit.start, unit.end)
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
            for e in self.found.within(self.found.entities, unit.start, unit.end)
            if e.kind is MentionKind.ORGANIZATION
            and e.entry_id in self.builder.gazetteer.organizations
        ]
        people = list(self.found.within(self.found.people, unit.start, unit.end))
        speakers = sorted(
            [Speaker(o.start, o.end, False, i) for i, o in enumerate(orgs)]
            + [Speaker(p.start, p.end, True, i) for i, p in enumerate(people)],
            key=lambda s: s.start,
        )
        attributions, statements = find_attributions(t, (unit.start, unit.end), speakers)
        for found in attributions:
            owner = self._owner(unit, found.start)
            attribution = self.builder.attribution(
                found.source, found.via, orgs, people, (found.start, found.end)
            )
            targets = {owner} if owner is not None else set()
            targets |= {self.index[id(c)] for c in unit.owners if id(c) in self.index}
            for target in targets:
                for link in _chain_outlets(attribution):
                    self._sources[target].setdefault(link.outlet or "", link)
        for statement in statements:
            self._speaker_starts.add(statement.speaker.start)
            content_owner = next(
                (
                    self._cluster_of(m)
                    for m in unit.mentions
                    if statement.content[0] <= m.cue.start < statement.content[1]
                ),
                None,
            )
            event = (
                content_owner if content_owner is not None else self._owner(unit, statement.start)
            )
            speaker = statement.speaker
            person = people[speaker.ref] if speaker.is_person else None
            self._statements.append(
                (
                    event,
                    Statement(
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

    def _read_hosts(self, unit: Unit) -> None:
        """Read hosts and mediators; a mediator said of several events goes to each of them.

        «وجرت جميعها بوساطة …» (or a plural cue in the sentence): every event the sentence
        names; a plural round cue that names no dated round («ست جولات … بوساطة عمانية»):
        every round of the series; «في إطار وساطتها»: the event's host mediates.
        """
        text = self.found.text
        span = (unit.start, unit.end)
        entities = [
            e for e in self.found.within(self.found.entities, *span) if e.kind in PARTY_KINDS
        ]
        people = [(p.start, p.end) for p in self.found.within(self.found.people, *span)]
        named = [
            i
            for i in dict.fromkeys(self._cluster_of(m) for m in unit.mentions if not m.anchor_only)
            if i is not None
        ]
        cues = self.found.within(self.found.cues, *span)
        plural = [c for c in cues if c.plural]
        own_cues = {m.cue.start for m in unit.mentions}
        series = any(c.kind is CueKind.ROUND and c.start not in own_cues for c in plural)
        every = bool(plural) or says_all_of_them(text, span)
        nouns = [(c.start, c.end) for c in cues]
        for at, entity, host in find_hosts(text, span, entities, people, nouns):
            owner = self._owner(unit, at)
            if host:
                if owner is not None:
                    self._hosts.setdefault(owner, entity.entry_id)
                    if entity.kind is MentionKind.CAPITAL:  # «مسقط تستضيف»: the city too
                        self._host_places[owner].append(entity)
                continue
            if series:
                parties = frozenset(p for i in named for p in self.clusters[i].parties)
                self._series_mediators.append((parties, entity.entry_id))
            for target in (named if every else []) + ([] if owner is None else [owner]):
                self._mediators[target].add(entity.entry_id)
        for at in find_own_mediation(text, span):
            owner = self._owner(unit, at)
            if owner is not None:
                self._own_mediation.add(owner)

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
        cluster = self.clusters[index]
        agenda = [
            AgendaItem(
                topic=topic,
                text=LocalizedText(texts={"ar": self.builder.original(*wording)}),
                evidence=self.builder.spans(evidence),
            )
            for topic, evidence, wording in self._resolved_agenda(index)
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
        for party, members in sorted(self._members.get(index, {}).items()):
            merged = [
                self._merged(first, self._again.get((index, party, who), []))
                for who, first in members.items()
            ]
            delegations.append(
                Delegation(
                    party=party,
                    members=tuple(merged),
                    evidence=tuple(sorted({s for m in merged for s in m.evidence})),
                )
            )
        return {
            "venue": self.builder.venue(
                [p for m in cluster.mentions for p in m.places] or self._host_places.get(index, [])
            ),
            "host": self._hosts.get(index),
            "mediators": tuple(sorted(self.mediators(index, parties))),
            "delegations": tuple(delegations),
            "agenda": tuple(agenda),
            "phases": tuple(phases),
            "attributions": tuple(self._sources.get(index, {}).values()),
        }

    @staticmethod
    def _merged(first: Delegate, again: list[Delegate]) -> Delegate:
        """Return a delegate with the roles and spans of every time the person was named."""
        if not again:
            return first
        roles = tuple(dict.fromkeys(r for d in (first, *again) for r in d.roles))
        spans = tuple(sorted({s for d in (first, *again) for s in d.evidence}))
        return Delegate(person=first.person, roles=roles, role_text=first.role_text, evidence=spans)

    def _resolved_agenda(
        self, index: int
    ) -> list[tuple[Topic, list[tuple[int, int]], tuple[int, int]]]:
        """Apply the agenda rule: list entries stay; prose items merge into them by topic."""
        items = self._agenda.get(index, [])
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
            attrs.evolve(statement, event=self.ids[event] if event is not None else None)
            for event, statement in self._statements
        ]
        return tuple(sorted(out, key=lambda s: s.evidence[0]))

    def people_parties(self, index: int) -> set[str]:
        """Return the countries of the leaders and delegations (not hosts or mediators)."""
        found = {p.country for p in self._leaders.get(index, []) if p.country}
        found |= set(self._members.get(index, {}))
        return found - self.mediators(index) - {self._hosts.get(index)}

    def unparsed(self) -> list[Unparsed]:
        """Return what looked relevant but was not understood."""
        found = self.found
        cues = sorted(m.cue.start for c in self.clusters for m in c.mentions)
        for date in found.dates:
            import bisect  # noqa: PLC0415

            at = bisect.bisect_left(cues, date.start)
            names_event = at < len(cues) and cues[at] < date.end
            if date.start not in found.used_dates and not names_event:
                self._keep(date.start, date.end, "date not tied to an event")
        return self._unparsed


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
