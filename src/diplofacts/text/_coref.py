"""Event mentions and their coreference: which cues name the same event.

What belongs here: reading each event cue's surroundings (parties, venue, date, relative
date, status, ordinal) into an :class:`EventMention`, splitting plural cues with several
dates («جولات … في 27 فبراير و10 أبريل») into one mention per date, and clustering the
mentions into events (:class:`Cluster`). Two strong mentions are one event when they are of
the same sort and their parties, dates, numbers, venues and new/previous markers agree;
weak mentions (المحادثات، اللقاء) join the event their venue or date points to, else (when
they say the talks were held and the last event named was not) the last held event, else
the last event named (never one named only as an anchor, «بعد قمة ألاسكا»). What must not:
building model objects (``_assemble``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from diplofacts.model import EventStatus
from diplofacts.text._dates import DateMention
from diplofacts.text._entities import EntityMention, MentionKind, prefix_before
from diplofacts.text._events import Cue, CueKind, StatusCue
from diplofacts.text._normalize import key

__all__ = [
    "Cluster",
    "EventMention",
    "attendance_sentence",
    "cluster_mentions",
    "delegation_side",
    "describes_capital",
    "is_locative",
    "opens_other_matter",
    "read_mention",
    "says_both_sides",
]

PARTY_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.CAPITAL, MentionKind.NISBA})
PLACE_KINDS = frozenset({MentionKind.VENUE, MentionKind.PLACE, MentionKind.CAPITAL})


@dataclass
class EventMention:
    """One cue with what its clause says about the event it names."""

    cue: Cue
    unit: int
    clause: tuple[int, int]
    kind: CueKind
    parties: set[str] = field(default_factory=set)
    places: list[EntityMention] = field(default_factory=list)
    date: DateMention | None = None
    date_from_sentence: bool = False  # read outside the cue's clause: never splits events
    relative: DateMention | None = None
    status: EventStatus | None = None
    anchor_only: bool = False
    described: bool = False  # an anchor its own relative clause dates or places
    demonstrative: bool = False  # «هذه القمة»: the event the article is about
    anchor_of: int | None = None  # cue start of the event this mention is relative to
    both_sides: bool = False  # its sentence says «البلدين», «الطرفين»: the two named before
    unit_id: int = -1


@dataclass
class Cluster:
    """The mentions of one event, in text order.

    Its summaries (parties, date, number, places …) are kept up to date as mentions are
    appended, each mention folded in once, so asking for them costs nothing however large
    the event grows (clustering stays linear in the number of mentions per event).
    """

    kind: CueKind
    mentions: list[EventMention] = field(default_factory=list)
    _seen: int = field(default=0, init=False, repr=False, compare=False)
    _parties: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _place_ids: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _date: DateMention | None = field(default=None, init=False, repr=False, compare=False)
    _date_rank: tuple[bool, bool] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _relative: DateMention | None = field(default=None, init=False, repr=False, compare=False)
    _number: int | None = field(default=None, init=False, repr=False, compare=False)
    _new: bool = field(default=False, init=False, repr=False, compare=False)
    _held: bool = field(default=False, init=False, repr=False, compare=False)
    _only_anchor: bool = field(default=True, init=False, repr=False, compare=False)

    def _sync(self) -> None:
        """Fold the mentions appended since the last question into the summaries."""
        for mention in self.mentions[self._seen :]:
            self._parties |= mention.parties
            self._place_ids.update(p.entry_id for p in mention.places)
            date = mention.date
            if date is not None:
                rank = (
                    mention.date_from_sentence,
                    date.date is None or date.date.year is None,
                )
                if self._date_rank is None or rank < self._date_rank:
                    self._date, self._date_rank = date, rank
            if self._relative is None:
                self._relative = mention.relative
            if not self._number:
                self._number = mention.cue.number
            self._new = self._new or mention.cue.new
            self._held = self._held or mention.status is EventStatus.HELD or mention.cue.previous
            self._only_anchor = self._only_anchor and mention.anchor_only
        self._seen = len(self.mentions)

    def insert(self, early: list[EventMention]) -> None:
        """Add mentions in text order (ones named before the mentions already kept)."""
        self.mentions[:] = sorted([*self.mentions, *early], key=lambda m: m.cue.start)
        fresh = Cluster(kind=self.kind, mentions=self.mentions)
        fresh._sync()
        for name in _SUMMARIES:
            setattr(self, name, getattr(fresh, name))

    @property
    def parties(self) -> frozenset[str]:
        """The union of the parties its mentions name."""
        self._sync()
        return frozenset(self._parties)

    @property
    def date(self) -> DateMention | None:
        """The first calendar date of its mentions (read in a cue's clause first)."""
        self._sync()
        return self._date

    @property
    def relative(self) -> DateMention | None:
        """The first relative date of its mentions."""
        self._sync()
        return self._relative

    @property
    def number(self) -> int | None:
        """The first ordinal stated."""
        self._sync()
        return self._number or None

    @property
    def place_ids(self) -> frozenset[str]:
        """The gazetteer ids of its places."""
        self._sync()
        return frozenset(self._place_ids)

    @property
    def only_anchor(self) -> bool:
        """Whether every mention names it only as another event's anchor."""
        self._sync()
        return self._only_anchor

    @property
    def new(self) -> bool:
        """Whether a mention calls it new (جديدة، المقبلة)."""
        self._sync()
        return self._new

    @property
    def held(self) -> bool:
        """Whether a mention says it was held (or calls it previous, السابقة)."""
        self._sync()
        return self._held


_SUMMARIES = (
    "_seen",
    "_parties",
    "_place_ids",
    "_date",
    "_date_rank",
    "_relative",
    "_number",
    "_new",
    "_held",
    "_only_anchor",
)


_LOCATIVE = frozenset(
    key(w)
    for w in [
        "في",
        "من",
        "إلى",
        "داخل",
        "قرب",
        "بمدينة",
        "مدينة",
        "المدينة",
        "بالمدينة",
        "العاصمة",
        "بالعاصمة",
        "ولاية",
        "بولاية",
    ]
)


_CAPITAL_WORDS = frozenset(key(w) for w in ["العاصمة", "بالعاصمة", "للعاصمة", "عاصمة"])


def _nisba_shaped(word: str) -> bool:
    """Tell whether a word looks like a definite nisba adjective (الصينية، الإيطالي)."""
    return word.startswith("ال") and word.endswith(("يه", "ي")) and len(word) > 4


def is_locative(text: str, entity: EntityMention) -> bool:
    """Tell whether a name follows «في» / «ب» (a place, not a party).

    A nisba may stand between: «في العاصمة الصينية بكين».
    """
    prefix = prefix_before(text, entity.start) or ""
    if "ب" in prefix:
        return True
    before = text[max(0, entity.start - len(prefix) - 30) : entity.start - len(prefix)].split()
    if len(before) >= 2 and _nisba_shaped(before[-1]) and before[-2] in _CAPITAL_WORDS:
        return True
    return bool(before) and before[-1] in _LOCATIVE


def describes_capital(text: str, entity: EntityMention) -> bool:
    """Tell whether a nisba qualifies «العاصمة» (العاصمة الإيطالية روما): a place, not a party."""
    if entity.kind is not MentionKind.NISBA:
        return False
    before = text[max(0, entity.start - 14) : entity.start].split()
    return bool(before) and before[-1] in _CAPITAL_WORDS


def read_mention(
    text: str,
    cue: Cue,
    *,
    unit: int,
    clause: tuple[int, int],
    window_end: int,
    entities: Sequence[EntityMention],
    statuses: list[StatusCue],
    kind: CueKind,
) -> EventMention:
    """Read the parties, places and status of ``cue`` from its clause.

    ``entities`` are the entity mentions of the clause outside people's names; parties
    come from the window after the cue (up to ``window_end``), capitals and places after
    في/ب being places, a place right after a summit cue (قمة ألاسكا) its venue.
    """
    mention = EventMention(cue=cue, unit=unit, clause=clause, kind=kind)
    window = [e for e in entities if cue.end <= e.start < window_end]
    if not cue.strong:
        window = [e for e in entities if clause[0] <= e.start < window_end]
    last_party = -1
    for entity in window:
        adjacent = text[cue.end : entity.start].strip() == ""
        if entity.kind in (MentionKind.VENUE, MentionKind.PLACE):
            if adjacent or is_locative(text, entity) or entity.kind is MentionKind.VENUE:
                mention.places.append(entity)
        elif entity.kind is MentionKind.CAPITAL and (
            is_locative(text, entity) or (adjacent and cue.kind is CueKind.SUMMIT)
        ):
            mention.places.append(entity)
        elif entity.kind is MentionKind.COUNTRY and is_locative(text, entity):
            if not mention.places:
                mention.places.append(entity)
        elif (
            entity.kind in PARTY_KINDS
            and not describes_capital(text, entity)
            and _party_position(text, cue, entity, last_party)
        ):
            mention.parties.add(entity.entry_id)
            last_party = entity.end
    near = [s for s in statuses if clause[0] <= s.start < clause[1]]  # the clause's own
    if near:
        mention.status = min(near, key=lambda s: abs(s.start - cue.start)).status
    if cue.previous:
        mention.status = EventStatus.HELD
    return mention


_BOTH_SIDES = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)(?:بلدين|طرفين|جانبين|بلدان|طرفان|جانبان)(?!\w)")


_SIDE_WORDS = frozenset(
    key(w) for w in ["الجانب", "الوفد", "جانب", "وفد", "للجانب", "للوفد", "بالوفد"]
)


def delegation_side(text: str, entities: Sequence[EntityMention], at: int) -> str | None:
    """Return the party of «عن الجانب الموريتاني» / «الوفد المالي» standing right before ``at``.

    ``entities`` are the party mentions before ``at`` in its clause; the side must be
    named by الجانب or الوفد and end at most two words before ``at``.
    """
    for entity in reversed(entities):
        if entity.kind not in PARTY_KINDS or entity.end > at:
            continue
        if len(text[entity.end : at].split()) > 2:
            return None
        before = text[max(0, entity.start - 10) : entity.start].split()
        return entity.entry_id if before and before[-1] in _SIDE_WORDS else None
    return None


# «وحضر الجلسة الافتتاحية …»، «وشارك في الاجتماع …»: a sentence naming who took part
_ATTENDANCE = re.compile(r"\s*[وف]?(?:حضر|حضرها|حضره|شارك|شاركت|ضم|ضمت|يضم|تضم)(?!\w)")


def attendance_sentence(text: str, start: int) -> bool:
    """Tell whether the sentence at ``start`` opens with a verb of taking part (وحضر، وشارك).

    The people it names, even unnamed («وزير الخارجية السعودي»), took part in the event.
    """
    return _ATTENDANCE.match(text, start) is not None


_OTHER_MATTER = re.compile(
    r"(?:قبل|بعد)\s+(?:ان|ما)(?!\w)|(?:بسبب|رغم|بينما|لكن|غير\s+ان)(?!\w)|في\s+حين(?!\w)"
)


def opens_other_matter(text: str, at: int) -> bool:
    """Tell whether the clause at ``at`` turns to another matter (قبل أن، بسبب، بينما …).

    Its places are not the venue of the event named before it.
    """
    return _OTHER_MATTER.match(text, at) is not None


def says_both_sides(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` refers to the two parties named before (البلدين)."""
    return _BOTH_SIDES.search(text, start, end) is not None


_NEAR_WORDS = 4
# Words that may stand between an event noun and its parties: «الجولة الأولى من المحادثات
# غير المباشرة الإيرانية», «قمة ثلاثية روسية».
_FILLERS = frozenset(
    key(w)
    for w in [
        "من",
        "غير",
        "المباشرة",
        "مباشرة",
        "الرفيعة",
        "رفيعة",
        "المستوى",
        "الثنائية",
        "ثنائية",
        "الثلاثية",
        "ثلاثية",
        "جديدة",
        "الجديدة",
        "المقبلة",
        "مرتقبة",
        "المرتقبة",
        "السابقة",
        "الأولى",
        "الثانية",
        "الثالثة",
        "الرابعة",
        "الخامسة",
        "السادسة",
        "السابعة",
        "الثامنة",
        "التاسعة",
        "العاشرة",
        "المحادثات",
        "المشاورات",
        "المفاوضات",
        "المباحثات",
        "الحوار",
        "محادثات",
        "مشاورات",
        "مفاوضات",
        "مباحثات",
        "القمة",
        "قمة",
        "بين",
        "وفدي",
        "وفود",
        "وفد",
        "الوفدين",
        "وفدين",
    ]
)


def _party_position(text: str, cue: Cue, entity: EntityMention, last_party: int) -> bool:
    """Tell whether a country name stands where an event's parties stand.

    Right after the cue (قمة أمريكا وروسيا، المحادثات الإيرانية الأمريكية, up to three
    words away), after «بين», or joined by و to a party just read.
    """
    if last_party >= 0 and text[last_party : entity.start].strip() in ("", "و", "،"):
        return True
    prefix = prefix_before(text, entity.start) or ""
    before = text[max(0, entity.start - len(prefix) - 5) : entity.start - len(prefix)].split()
    if before and before[-1] == "بين":
        return True
    if entity.start <= cue.end:
        return False
    gap = text[cue.end : entity.start - len(prefix)].split()
    return len(gap) <= _NEAR_WORDS and all(word.strip("،,") in _FILLERS for word in gap)


def _dates_agree(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None or a.date is None or b.date is None:
        return True
    x, y = a.date, b.date
    return (x.month, x.day) == (y.month, y.day) and (None in (x.year, y.year) or x.year == y.year)


def _agrees(cluster: Cluster, mention: EventMention) -> int | None:  # noqa: PLR0911 - one return per way two mentions can differ
    """Score how well ``mention`` fits ``cluster`` (``None``: it cannot be the same event)."""
    score = 0
    parties = cluster.parties
    if parties and mention.parties:
        if not (mention.parties <= parties or parties <= mention.parties):
            return None
        score += 1
    if not mention.date_from_sentence and not _dates_agree(cluster.date, mention.date):
        return None
    if mention.date is not None and cluster.date is not None:
        score += 3
    relative = cluster.relative
    if (mention.date is not None and relative is not None) or (
        mention.relative is not None and cluster.date is not None
    ):
        return None
    number = cluster.number
    if number and mention.cue.number:
        if number != mention.cue.number:
            return None
        score += 3
    places = cluster.place_ids
    if places and mention.places:
        if not places & {p.entry_id for p in mention.places}:
            return None
        score += 2
    if (mention.cue.new and cluster.held) or (mention.cue.previous and cluster.new):
        return None
    return score


def cluster_mentions(mentions: list[EventMention]) -> list[Cluster]:
    """Group mentions into events, in order of first mention."""
    clusters: list[Cluster] = []
    last: Cluster | None = None  # the last event named other than as an anchor
    waiting: list[EventMention] = []  # weak mentions naming an event not yet named
    for mention in mentions:
        if mention.kind is CueKind.TALKS:
            target = _weak_cluster(clusters, mention, last)
            if target is not None:
                target.mentions.append(mention)
                last = target
            elif mention.places and not mention.anchor_only:
                waiting.append(mention)
            continue
        candidates = []
        for index, cluster in enumerate(clusters):
            if cluster.kind is not mention.kind:
                continue
            score = _agrees(cluster, mention)
            if score is not None:
                candidates.append((score, cluster is last, index, cluster))
        if candidates and (mention.demonstrative or _bare_anchor(mention)):
            # «هذه الجولة», «على هامش الجولة»: the article's own event
            chosen = min(candidates, key=lambda c: c[2])[3]
        elif candidates:
            chosen = max(candidates, key=lambda c: (c[0], c[1], c[2]))[3]
        else:
            chosen = Cluster(kind=mention.kind)
            clusters.append(chosen)
        chosen.mentions.append(mention)
        if not mention.anchor_only:
            last = chosen
    _join_later(clusters, waiting)
    return clusters


def _bare_anchor(mention: EventMention) -> bool:
    """Tell whether an anchor names its event by the noun alone («على هامش الجولة»)."""
    return (
        mention.anchor_only
        and mention.cue.number is None
        and mention.date is None
        and not mention.places
        and not mention.parties
    )


def _weak_cluster(
    clusters: list[Cluster], mention: EventMention, last: Cluster | None
) -> Cluster | None:
    """Return the event a weak mention names: one already named, a new one, or none yet."""
    target = _weak_target(clusters, mention, last)
    if target is None and mention.cue.new:
        target = next((c for c in reversed(clusters) if _still_new(c, mention)), None)
    if target is None and _stands_alone(mention):
        target = Cluster(kind=CueKind.TALKS)
        clusters.append(target)
    return target


def _join_later(clusters: list[Cluster], waiting: list[EventMention]) -> None:
    """Give weak mentions with a place the event of that place named after them.

    «محادثات جنيف» in a headline names the Geneva talks the article tells below.
    """
    if not waiting:
        return
    first: dict[str, int] = {}  # place id -> the first event held there
    for i, cluster in enumerate(clusters):
        for place in cluster.place_ids:
            first.setdefault(place, i)
    joining: dict[int, list[EventMention]] = {}
    for mention in waiting:
        index = min(
            (first[p.entry_id] for p in mention.places if p.entry_id in first), default=None
        )
        if index is not None and _agrees(clusters[index], mention) is not None:
            joining.setdefault(index, []).append(mention)
    for index, early in joining.items():
        clusters[index].insert(early)


def _still_new(cluster: Cluster, mention: EventMention) -> bool:
    """Tell whether a new meeting («لقاء جديد») is the one a cluster already names as new."""
    return cluster.new and not cluster.held and _agrees(cluster, mention) is not None


def _weak_target(
    clusters: list[Cluster], mention: EventMention, last: Cluster | None
) -> Cluster | None:
    """Choose the event a weak mention (المحادثات، اللقاء) refers to, if any."""
    if mention.places:
        ids = {p.entry_id for p in mention.places}
        for cluster in reversed(clusters):
            if cluster.place_ids & ids:
                return cluster
    if mention.date is not None and mention.date.date is not None:
        for cluster in reversed(clusters):
            if cluster.date is not None and _dates_agree(cluster.date, mention.date):
                return cluster
    if mention.status is EventStatus.HELD and last is not None and not last.held:
        # «المحادثات جرت …» after a round still to come is named: the talks that were held
        for cluster in reversed(clusters):
            if cluster.held and _agrees(cluster, mention) is not None:
                return cluster
    if last is not None and not mention.anchor_only and _agrees(last, mention) is not None:
        return last  # an anchor is never the event named relative to it
    return None


def _stands_alone(mention: EventMention) -> bool:
    """Tell whether a weak mention says enough to be an event of its own."""
    if mention.described:
        return True  # an anchor described by its own words («… التي عقدت منتصف أبريل»)
    if mention.cue.new and not mention.anchor_only:
        return True  # «لقاء جديد»: a further meeting, not one already named
    said = mention.date is not None or bool(mention.places) or mention.status is not None
    return said and (len(mention.parties) >= 2 or (bool(mention.parties) and bool(mention.places)))
