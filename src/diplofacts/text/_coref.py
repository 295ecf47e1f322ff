"""Event mentions and their coreference: which cues name the same event.

What belongs here: reading each event cue's surroundings (parties, venue, date, relative
date, status, ordinal) into an :class:`EventMention`, splitting plural cues with several
dates («جولات … في 27 فبراير و10 أبريل») into one mention per date, and clustering the
mentions into events (:class:`Cluster`). Two strong mentions are one event when they are of
the same sort (talks named without a sort take the sort of the first strong mention that
joins them) and their parties, dates, numbers, venues (a venue agrees with the city, region
or country holding it) and new/previous markers agree, and neither is the anchor the other
is dated by; weak mentions (المحادثات، اللقاء) join the event named in their sentence, else
the event their venue or date points to, else (when they say the talks were held and the
last event named was not) the last held event, else the last event named (never one named
only as an anchor, «بعد قمة ألاسكا»), unless that one was named with another noun only
(«اجتماع» after «المحادثات») and an earlier one with theirs. Weak mentions stand alone when
they say enough: a date, place or status with two parties, two parties other than the last
event's, their own date and a place. Talks of another level (side cues) are events of their
own, never the summit or round they prepare. What must not: building model objects
(``_assemble``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from diplofacts.model import EventStatus
from diplofacts.text._dates import DateMention
from diplofacts.text._entities import EntityMention, MentionKind, prefix_before
from diplofacts.text._events import ORDINALS, Cue, CueKind, Headed, StatusCue
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
    "place_key",
    "read_mention",
    "read_subject",
    "says_both_sides",
    "sides_named",
    "subject_parties",
    "verb_in_country",
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
    areas: set[str] = field(default_factory=set)  # its places and the places holding them
    family: str | None = None  # its noun: "talks" (محادثات), "meeting" (اجتماع), "appointment"
    people: set[str] = field(default_factory=set)  # gazetteer ids of those it says meet


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
    _date_rank: tuple[bool, bool, bool] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _relative: DateMention | None = field(default=None, init=False, repr=False, compare=False)
    _number: int | None = field(default=None, init=False, repr=False, compare=False)
    _new: bool = field(default=False, init=False, repr=False, compare=False)
    _held: bool = field(default=False, init=False, repr=False, compare=False)
    _only_anchor: bool = field(default=True, init=False, repr=False, compare=False)
    _areas: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _starts: set[int] = field(default_factory=set, init=False, repr=False, compare=False)
    _families: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _units: set[int] = field(default_factory=set, init=False, repr=False, compare=False)
    _people: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    # the frozen copies of the sets above handed out, until a mention changes them
    _views: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    side: bool = False
    """Technical, expert-level or preparatory talks (named by a side cue): never the main event."""

    def _sync(self) -> None:
        """Fold the mentions appended since the last question into the summaries."""
        if self._seen == len(self.mentions):
            return  # (the common case: nothing new, and no copy of an empty tail)
        self._views.clear()
        for mention in self.mentions[self._seen :]:
            self._parties |= mention.parties
            self._place_ids.update(place_key(p) for p in mention.places)
            self._areas |= _areas_of(mention)
            self._starts.add(mention.cue.start)
            if mention.family is not None:
                self._families.add(mention.family)
            self._units.add(mention.unit_id)
            self._people |= mention.people
            date = mention.date
            if date is not None:
                # clause dates first, a day before a month alone («17 ديسمبر» over «ديسمبر»),
                # those with a year before those without; of the dates read from the
                # sentence, the first
                fs, day = mention.date_from_sentence, date.date
                rank = (
                    fs,
                    not fs and day is not None and day.month is not None and day.day is None,
                    not fs and (day is None or day.year is None),
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
        self._views.clear()

    def _view(self, name: str) -> frozenset[str]:
        """Return a frozen copy of the summary set ``name``, made once until it changes."""
        self._sync()
        found = self._views.get(name)
        if found is None:
            found = self._views[name] = frozenset(getattr(self, name))
        return found

    @property
    def parties(self) -> frozenset[str]:
        """The union of the parties its mentions name."""
        return self._view("_parties")

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
        return self._view("_place_ids")

    @property
    def areas(self) -> frozenset[str]:
        """The ids of its places and of the places and countries holding them."""
        return self._view("_areas")

    def names_cue(self, start: int) -> bool:
        """Tell whether one of its mentions is the cue starting at ``start``."""
        self._sync()
        return start in self._starts

    def uses(self, family: str) -> bool:
        """Tell whether one of its mentions names it with a noun of ``family``."""
        self._sync()
        return family in self._families

    @property
    def families(self) -> frozenset[str]:
        """The noun families its mentions use (talks, meeting)."""
        return self._view("_families")

    @property
    def people(self) -> frozenset[str]:
        """The ids of the people its mentions say meet."""
        return self._view("_people")

    def told_in(self, unit_id: int) -> bool:
        """Tell whether one of its mentions stands in the unit ``unit_id``."""
        self._sync()
        return unit_id in self._units

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
    "_areas",
    "_starts",
    "_families",
    "_units",
    "_people",
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
    # the last two words (and the rest before them) are all that is read
    before = text[max(0, entity.start - len(prefix) - 30) : entity.start - len(prefix)].rsplit(
        maxsplit=2
    )
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
    window_start: int | None = None,
) -> EventMention:
    """Read the parties, places and status of ``cue`` from its clause.

    ``entities`` are the entity mentions of the clause outside people's names; parties
    come from the window after the cue (up to ``window_end``; a weak cue also reads back
    to ``window_start``, the clause start by default), capitals and places after
    في/ب being places, a place right after a summit cue (قمة ألاسكا) its venue, a capital
    right after any cue too unless another party is joined to it («مفاوضات القاهرة»، but
    «محادثات واشنطن وطهران»).
    """
    mention = EventMention(cue=cue, unit=unit, clause=clause, kind=kind)
    mention.family = _family(text, cue)
    weak = not cue.strong and not cue.side
    low = cue.end
    if weak:
        low = clause[0] if window_start is None else max(clause[0], window_start)
    # the entities are sorted: the window is found by bisection
    first = bisect.bisect_left(entities, low, key=_start_of)
    window = list(entities[first : bisect.bisect_left(entities, window_end, key=_start_of)])
    if weak and window and low > clause[0] and text[low : window[0].start].strip() == "":
        window = window[1:]  # «مهدا لقمة جنيف في لقاء …»: Geneva is the summit's
    _read_window(text, cue, window, mention)
    near = [s for s in statuses if clause[0] <= s.start < clause[1]]  # the clause's own
    if near:
        mention.status = min(near, key=lambda s: abs(s.start - cue.start)).status
    if cue.previous:
        mention.status = EventStatus.HELD
    return mention


# «وقف إطلاق النار في أوكرانيا»، «الحرب في أوكرانيا»: a country after في that is a topic
_TOPIC_NOUNS = frozenset(
    key(w)
    for w in [
        "الحرب", "حرب", "النار", "الأزمة", "أزمة", "الصراع", "النزاع", "السلام", "سلام",
        "الوضع", "الأوضاع", "الاستقرار", "التصعيد", "الأمن", "القتال", "المعارك", "الهجمات",
        "الضربات", "العمليات", "التطورات", "الأحداث", "الاوضاع",
    ]
)  # fmt: skip


def _topic_before(text: str, entity: EntityMention) -> bool:
    """Tell whether a country after في is the place of a topic noun («الحرب في أوكرانيا»)."""
    words = text[max(0, entity.start - 24) : entity.start].split()
    return len(words) >= 2 and words[-1] in _LOCATIVE and words[-2] in _TOPIC_NOUNS


def verb_in_country(text: str, clause_start: int, entity: EntityMention) -> bool:
    """Tell whether a clause opens with a verb and «في» before a country: its venue.

    «انطلقت في الكويت اليوم الجولة الثالثة»: Kuwait is where the round is; «الحرب في
    أوكرانيا» (a noun before في) is a topic. Only the clause's first two words are read.
    """
    prefix = prefix_before(text, entity.start) or ""
    if prefix:
        return False
    words = text[clause_start : entity.start].split(maxsplit=2)
    if len(words) != 2 or words[1] not in _LOCATIVE:
        return False
    verb = words[0]
    return verb not in _TOPIC_NOUNS and _VERB_SHAPE.fullmatch(verb) is not None


# A past or present verb (انطلقت، تعقد، عقدتا), not a noun (الحرب، محادثات): a present
# prefix and three letters, or a past ending that is no plural's «ات».
_VERB_SHAPE = re.compile(r"[وف]?(?!ال)(?:س?[يت]\w{3,}|\w{2,}(?<!ا)(?:ت|تا|وا))")


def _read_window(
    text: str, cue: Cue, window: Sequence[EntityMention], mention: EventMention
) -> None:
    """Sort the names of a cue's window into its places and its parties."""
    last_party = last_side = -1
    sides: set[str] = set()
    for position, entity in enumerate(window):
        adjacent = _gap(_BLANK, text, cue.end, entity.start)
        if entity.kind in (MentionKind.VENUE, MentionKind.PLACE):
            if adjacent or is_locative(text, entity) or entity.kind is MentionKind.VENUE:
                mention.places.append(entity)
        elif entity.kind is MentionKind.CAPITAL and (
            is_locative(text, entity)
            or (adjacent and (cue.kind is CueKind.SUMMIT or not _joined(text, window, position)))
        ):
            mention.places.append(entity)
        elif entity.kind is MentionKind.COUNTRY and is_locative(text, entity):
            if not mention.places and not _topic_before(text, entity):
                mention.places.append(entity)
        elif entity.kind in PARTY_KINDS and not describes_capital(text, entity):
            if _party_position(text, cue, entity, last_party):
                mention.parties.add(entity.entry_id)
                last_party = entity.end
            elif _names_side(text, entity, last_side):
                sides.add(entity.entry_id)
                last_side = entity.end
    if len(sides) >= 2:  # «عقد الوفدان الأمريكي والأوكراني اجتماعين»: both sides named
        mention.parties |= sides


def _start_of(entity: EntityMention) -> int:
    return entity.start


def _joined(text: str, window: Sequence[EntityMention], position: int) -> bool:
    """Tell whether a party name is followed by another joined to it by و («واشنطن وطهران»)."""
    if position + 1 >= len(window):
        return False
    entity, after = window[position], window[position + 1]
    return after.kind in PARTY_KINDS and text[entity.end : after.start].strip() in ("و", "")


_TALK_WORDS = frozenset(
    key(w) for w in ["محادثات", "مباحثات", "مفاوضات", "مشاورات", "حوار", "تفاوض"]
)
_APPOINTMENT_WORDS = frozenset([key("موعد")])
_MEETING_WORDS = frozenset(
    key(w) for w in ["اجتماع", "اجتماعات", "لقاء", "لقاءات", "اجتماعين", "لقاءين"]
)


def _family(text: str, cue: Cue) -> str | None:
    """Return the family of the noun a cue ends with: "talks", "meeting", or ``None``."""
    return _word_family(text[cue.start : cue.end].rsplit(maxsplit=1)[-1])


@functools.lru_cache(maxsize=1024)  # a word's family never changes; articles reuse a few
def _word_family(word: str) -> str | None:
    for cut in range(4):
        stem = word[cut:]
        stem = stem.removeprefix("ال")
        if stem in _TALK_WORDS:
            return "talks"
        if stem in _MEETING_WORDS:
            return "meeting"
        if stem in _APPOINTMENT_WORDS:
            return "appointment"
    return None


_BOTH_WORDS = ["بلدين", "طرفين", "جانبين", "بلدان", "طرفان", "جانبان"]
# tried only near one of its words, 3 letters on at most (see ``Headed.finditer``)
_BOTH_SIDES = Headed.of(
    rf"(?<!\w)[وفبل]?(?:ال|لل)(?:{'|'.join(_BOTH_WORDS)})(?!\w)", _BOTH_WORDS, lead=3
)


_SIDE_WORDS = frozenset(
    key(w) for w in ["الجانب", "الوفد", "جانب", "وفد", "للجانب", "للوفد", "بالوفد"]
)


def delegation_side(
    text: str, entities: Sequence[EntityMention], at: int, low: int = 0, high: int | None = None
) -> str | None:
    """Return the party of «عن الجانب الموريتاني» / «الوفد المالي» standing right before ``at``.

    ``entities[low:high]`` are the party mentions before ``at`` in its clause (read from
    the last one back, without a copy); the side must be named by الجانب or الوفد and end
    at most two words before ``at``.
    """
    for index in range(len(entities) if high is None else high, low, -1):
        entity = entities[index - 1]
        if entity.end > at:
            continue
        if len(text[entity.end : at].split(maxsplit=3)) > 2:
            return None  # this name, and every one before it, is too far
        if entity.kind not in PARTY_KINDS:
            continue
        before = text[max(0, entity.start - 10) : entity.start].split()
        return entity.entry_id if before and before[-1] in _SIDE_WORDS else None
    return None


# A verb of holding, conducting, resuming or closing talks, in any tense (عقد، أجرى، بدأ،
# استأنف، اختتم، خاض، واصل، أنهى، افتتح), after و/ف and a particle (قد، كما، ثم). Verbs
# of hosting (استضاف، احتضن) are not among them: their subject is a host, not a party.
_PAST_HOLDING = "عقد اجري بدا استانف اختتم خاض واصل انهي افتتح"
_PAST_STEMS = "اجر انه"  # أجرت، أنهت: never alone (أجر، إنه are other words)
_PRESENT_HOLDING = "عقد جري بدا ستانف ختتم خوض واصل نهي فتتح"
_HOLDING_VERB = re.compile(
    r"(?:[وف]?(?:قد|لقد|كما|ثم)\s+)?[وف]?"
    rf"(?:(?:{'|'.join(_PAST_HOLDING.split())})(?:ت|ا|تا|وا)?"
    rf"|(?:{'|'.join(_PAST_STEMS.split())})(?:ت|تا|وا)"
    rf"|س?[يت](?:{'|'.join(_PRESENT_HOLDING.split())})(?:ان|ا|ون|ن)?)(?!\w)"
)
# «الوفدان الروسي والأمريكي»، «البلدان»، «وفدا روسيا وأوكرانيا»: the sides before their names
_SUBJECT_WORDS = frozenset(
    key(w)
    for w in [
        "الوفدان", "وفدا", "الوفد", "وفد", "الجانبان", "الجانب", "البلدان", "الطرفان",
        "حكومتا", "الحكومتان",
        # «وزيرا خارجية مصر والأرجنتين»، «رئيسا البلدين»: the dual titles of the sides
        "وزيرا", "الوزيران", "رئيسا", "الرئيسان", "زعيما", "الزعيمان", "خارجية", "وزارتا",
        "وزراء", "رؤساء", "قادة",
    ]
)  # fmt: skip
_SUBJECT_GAP = 8  # words at most between the subject and the cue («، السبت 26 أبريل،»)
# «بوساطة عمانية»، «برعاية مصرية قطرية»: a mediator between the subject and the cue
_MEDIATION_WORDS = frozenset(key(w) for w in ["بوساطة", "وساطة", "برعاية", "رعاية", "بحضور"])


def read_subject(
    text: str,
    mention: EventMention,
    clauses: Sequence[tuple[int, int]],
    entities: Sequence[EntityMention],
    titled: Sequence[EntityMention] = (),
) -> None:
    """Give a mention without parties (nor an anchor) the states a verb of holding names.

    The capitals of the subject are then no places of the mention («استأنفت واشنطن وطهران
    المحادثات»: not in Tehran). See :func:`subject_parties`. ``titled`` (the names inside
    people's titles too) are read when ``entities`` name no subject: «عقد وزيرا خارجية مصر
    والأرجنتين اجتماعا», where «وزيرا خارجية مصر» is a title.
    """
    if mention.anchor_only or mention.parties:
        return  # «بين X وY» after the cue names its parties
    cue = mention.cue
    parties = subject_parties(text, cue, clauses, entities)
    if not parties and len(titled) > len(entities):
        parties = subject_parties(text, cue, clauses, titled)
    if parties:
        mention.parties = parties
        mention.places = [p for p in mention.places if p.start > cue.start or is_locative(text, p)]


def subject_parties(
    text: str,
    cue: Cue,
    clauses: Sequence[tuple[int, int]],
    entities: Sequence[EntityMention],
) -> set[str]:
    """Return the states a verb of holding names as subject before ``cue``, its object.

    «عقدت إيران والولايات المتحدة، السبت، الجولة الثالثة»، «استأنفت واشنطن وطهران
    المحادثات»، «بدأ البلدان الجزائري والمغربي جولة»: the verb opens the cue's clause, or
    one of the two clauses before it when the cue opens its own (a date between commas);
    two or more countries, capitals, or nisbas after الوفدان/الجانبان/البلدان, joined by و
    or مع, follow it; what stands between them and the cue is a few words naming no other state
    (``entities``, those after any earlier cue of the sentence). None else.
    """
    own = bisect.bisect_right(clauses, cue.start, key=lambda clause: clause[0]) - 1
    if own < 0:
        return set()
    candidates = [own]
    if _gap(_BLANK, text, clauses[own][0], cue.start):
        candidates += [i for i in (own - 1, own - 2) if i >= 0]
    for index in candidates:
        verb = _HOLDING_VERB.match(text, clauses[index][0])
        if verb is not None:
            return _subject(text, cue, verb.end(), entities)
    return set()


def _subject(text: str, cue: Cue, at: int, entities: Sequence[EntityMention]) -> set[str]:
    """Read the states joined by و from ``at`` (after the verb) up to ``cue`` (see above)."""
    ids: set[str] = set()
    sides, subject = False, True  # sides: «الوفدان» was said; subject: still reading it
    mediator = -1  # the end of a mediator's name («بوساطة مصرية وقطرية»)
    for entity in entities:
        if entity.start < at or entity.start >= cue.start:
            continue
        if subject:
            prefix = prefix_before(text, entity.start) or ""
            joined = True  # only و, مع, «،» and words for the sides before the name
            for word in _WORD.finditer(text, at, entity.start - len(prefix)):
                w = word.group()
                if w in _SUBJECT_WORDS or w.removeprefix("و") in _SUBJECT_WORDS:
                    sides = True
                elif w not in ("،", "و") and not (w == "مع" and ids):
                    joined = False  # not the subject (whatever follows: no pass to the end)
                    break
            subject = (
                prefix in ("", "و")
                and joined
                and entity.kind in PARTY_KINDS
                and (sides or entity.kind is not MentionKind.NISBA)
                and not is_locative(text, entity)
            )
            if subject:
                ids.add(entity.entry_id)
                at = entity.end
                continue
        before = text[max(0, entity.start - 12) : entity.start].split()
        if (before and before[-1] in _MEDIATION_WORDS) or (
            mediator >= 0 and text[mediator : entity.start].strip() in ("", "و")
        ):
            mediator = entity.end
        elif entity.kind in PARTY_KINDS and not (
            is_locative(text, entity) or describes_capital(text, entity)
        ):
            return set()  # another state between the subject and the cue
    if len(ids) < 2 or len(_words(text, at, cue.start, _SUBJECT_GAP)) > _SUBJECT_GAP:
        return set()
    return ids


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
    return next(_BOTH_SIDES.finditer(text, start, end), None) is not None


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
        "ثلاثي",
        "ثنائي",
        "رباعي",
        "رباعية",
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
) | frozenset(ORDINALS)


_FAR_WORDS = 8
_NAME_WORDS = 2
_DELEGATION_WORDS = frozenset(
    key(w)
    for w in [
        "الوفد",
        "وفد",
        "الوفدان",
        "الوفدين",
        "وفدا",
        "وفدي",
        "الجانب",
        "الجانبان",
        "الجانبين",
    ]
)


def sides_named(text: str, entities: Sequence[EntityMention]) -> set[str]:
    """Return the parties of two or more sides named («التقى الوفد الأمريكي بالوفد الروسي»).

    Fewer than two sides name no parties (one side is not the event's whole set).
    """
    sides: set[str] = set()
    last_side = -1
    for entity in entities:
        if entity.kind in PARTY_KINDS and _names_side(text, entity, last_side):
            sides.add(entity.entry_id)
            last_side = entity.end
    return sides if len(sides) >= 2 else set()


def _names_side(text: str, entity: EntityMention, last_side: int) -> bool:
    """Tell whether a nisba qualifies a delegation or side (الوفد الروسي، بالوفد الأمريكي).

    A name joined by و to such a side is one too («الوفدان الأمريكي والأوكراني»).
    """
    if last_side >= 0 and _gap(_AND, text, last_side, entity.start):
        return True
    prefix = prefix_before(text, entity.start) or ""
    before = text[max(0, entity.start - len(prefix) - 12) : entity.start - len(prefix)].split()
    if not before:
        return False
    word = before[-1]
    return any(
        word[cut:] in _DELEGATION_WORDS and all(c in "وفبل" for c in word[:cut]) for cut in range(3)
    )


def _party_position(text: str, cue: Cue, entity: EntityMention, last_party: int) -> bool:
    """Tell whether a country name stands where an event's parties stand.

    Right after the cue (قمة أمريكا وروسيا، المحادثات الإيرانية الأمريكية, up to three
    words away), after «بين», or joined by و to a party just read.
    """
    if last_party >= 0 and _gap(_AND_OR_COMMA, text, last_party, entity.start):
        return True
    prefix = prefix_before(text, entity.start) or ""
    before = text[max(0, entity.start - len(prefix) - 12) : entity.start - len(prefix)].split()
    if before and before[-1] == "بين":
        if entity.start < cue.end:
            return True
        # «مفاوضات شرم الشيخ بين …»: a name or two (a place) may stand before «بين»
        gap = _words(text, cue.end, entity.start - len(prefix), _FAR_WORDS + 1)[:-1]
        others = [word for word in gap if word.strip("،,") not in _FILLERS]
        return len(gap) <= _FAR_WORDS and len(others) <= _NAME_WORDS
    if entity.start <= cue.end:
        return False
    gap = _words(text, cue.end, entity.start - len(prefix), _NEAR_WORDS)
    return len(gap) <= _NEAR_WORDS and all(word.strip("،,") in _FILLERS for word in gap)


# What may stand between two names: nothing, «و», «،» (possessive: no backtracking)
_BLANK = re.compile(r"\s*+")
_AND = re.compile(r"\s*+و?+\s*+")
_AND_OR_COMMA = re.compile(r"\s*+[و،]?+\s*+")
_WORD = re.compile(r"\S+")


def _gap(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is all ``pattern`` (an empty or reversed span is)."""
    return start >= end or pattern.fullmatch(text, start, end) is not None


def _words(text: str, start: int, end: int, most: int) -> list[str]:
    """Return the words of ``text[start:end]``, but no more than ``most + 1`` of them.

    Enough to tell whether there are more than ``most``, without splitting a long stretch.
    """
    return [m.group() for m in itertools.islice(_WORD.finditer(text, start, end), most + 1)]


def place_key(place: EntityMention) -> str:
    """Return the key of a place: its id, or ``@`` and the country code for a capital.

    A capital's mention carries its country's code; the key keeps the city apart from the
    country (Riyadh is not Jeddah, though both are in Saudi Arabia).
    """
    return "@" + place.entry_id if place.kind is MentionKind.CAPITAL else place.entry_id


def _areas_of(mention: EventMention) -> set[str]:
    """Return a mention's places with the places holding them (its places alone if unknown)."""
    return mention.areas or {place_key(p) for p in mention.places}


def _places_meet(cluster: Cluster, mention: EventMention) -> bool:
    """Tell whether a mention's places can be the event's: one holds or is the other.

    «قمة ألاسكا» and «قاعدة إلمندورف-ريتشاردسون» meet (the base is in Alaska); Geneva and
    Reykjavik do not.
    """
    ids = {place_key(p) for p in mention.places}
    return bool(cluster.place_ids & _areas_of(mention)) or bool(ids & cluster.areas)


def _weekday_of(mention: DateMention) -> int | None:
    """Return the weekday a date names: said alone («الخميس») or of a full stated date."""
    if mention.date is None:
        return mention.weekday
    day = mention.date.to_date() if mention.date.year is not None else None
    return None if day is None else day.weekday()


def _dates_agree(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None:
        return True
    if a.date is None or b.date is None:
        # «جولة الخميس»: a weekday said alone is not the day of another weekday
        x_day, y_day = _weekday_of(a), _weekday_of(b)
        return x_day is None or y_day is None or x_day == y_day
    x, y = a.date, b.date
    return (x.month, x.day) == (y.month, y.day) and (None in (x.year, y.year) or x.year == y.year)


def _month_contains(a: DateMention | None, b: DateMention | None) -> bool:
    """Tell whether one date is a month and the other a day in it («ديسمبر»، «17 ديسمبر»)."""
    if a is None or b is None or a.date is None or b.date is None:
        return False
    x, y = a.date, b.date
    return (
        x.month is not None
        and x.month == y.month
        and (x.day is None) != (y.day is None)
        and (None in (x.year, y.year) or x.year == y.year)
    )


def _parties_agree(cluster: Cluster, mention: EventMention) -> bool:
    """Tell whether the parties of either are unknown, or those of one include the other's."""
    parties, said = cluster.parties, mention.parties
    return not parties or not said or said <= parties or parties <= said


def _agrees(cluster: Cluster, mention: EventMention) -> int | None:  # noqa: PLR0911 - one return per way two mentions can differ
    """Score how well ``mention`` fits ``cluster`` (``None``: it cannot be the same event)."""
    score = 0
    if mention.anchor_of is not None and cluster.names_cue(mention.anchor_of):
        return None  # «اجتماع تمهيدي قبل القمة»: never the event it is dated by
    parties = cluster.parties
    if parties and mention.parties:
        if not (mention.parties <= parties or parties <= mention.parties):
            return None
        score += 1
    # a month and a day in it name one event only where the place is the same too
    if (
        not mention.date_from_sentence
        and not _dates_agree(cluster.date, mention.date)
        and not (
            _month_contains(cluster.date, mention.date)
            and cluster.place_ids
            and mention.places
            and _places_meet(cluster, mention)
        )
    ):
        return None
    if mention.date is not None and cluster.date is not None:
        score += 3
    relative = cluster.relative
    own_date = mention.date is not None and not mention.date_from_sentence
    if (own_date and relative is not None) or (
        mention.relative is not None and cluster.date is not None
    ):
        return None
    number = cluster.number
    same_number = bool(number) and number == mention.cue.number
    if number and mention.cue.number:
        if not same_number:
            return None
        score += 3
    if cluster.place_ids and mention.places:
        if not _places_meet(cluster, mention) and not same_number:
            return None  # a round of the same number may have moved («ثم عقدت في مسقط»)
        score += 2
    if (mention.cue.new and cluster.held) or (mention.cue.previous and cluster.new):
        return None
    return score


RECENT_EVENTS = 64
"""How many of the events most recently named a mention is compared with.

An article names a handful of events; a text that names more (a corpus run together) would
otherwise compare every mention with every event, in time that grows with the square of its
length. A mention is compared with the events named most recently, up to this many.
"""


class _Named:
    """The events of a text in order of first mention, and those most recently named."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._position: dict[int, int] = {}
        self._recent: dict[int, tuple[int, Cluster]] = {}  # least recently named first

    def add(self, cluster: Cluster) -> None:
        """Record ``cluster`` as named now (and as a new event if it is one)."""
        key = id(cluster)
        if key not in self._position:
            if not self.clusters or self.clusters[-1] is not cluster:
                self.clusters.append(cluster)
            self._position[key] = len(self.clusters) - 1
        self._recent.pop(key, None)
        self._recent[key] = (self._position[key], cluster)
        if len(self._recent) > RECENT_EVENTS:
            del self._recent[next(iter(self._recent))]

    def window(self) -> list[Cluster]:
        """Return the events a mention is compared with, in order of first mention."""
        if len(self.clusters) <= RECENT_EVENTS:
            return self.clusters
        # positions are distinct, so the pairs sort by position alone (no key function)
        return [cluster for _, cluster in sorted(self._recent.values())]

    def index(self, cluster: Cluster) -> int:
        """Return the position of ``cluster`` in order of first mention."""
        return self._position[id(cluster)]


def cluster_mentions(mentions: list[EventMention]) -> list[Cluster]:
    """Group mentions into events, in order of first mention.

    A strong mention joins an event of its sort, or talks named without a sort (which then
    take its sort); talks of another level (side cues) are events of their own. A mention is
    compared with the :data:`RECENT_EVENTS` events most recently named.
    """
    named = _Named()
    last: Cluster | None = None  # the last event named other than as an anchor
    waiting: list[EventMention] = []  # weak mentions naming an event not yet named
    for mention in mentions:
        if mention.kind is CueKind.TALKS:
            target = _weak_cluster(named.window(), mention, last)
            if target is not None:
                named.add(target)
                target.mentions.append(mention)
                if not _named_by_weekday(mention):  # «عقب اجتماع الاثنين» only refers back
                    last = target
            elif (mention.places or mention.people) and not mention.anchor_only:
                waiting.append(mention)
            continue
        candidates = []
        for cluster in named.window():
            same = cluster.kind is mention.kind
            if not same and (cluster.kind is not CueKind.TALKS or cluster.side):
                continue
            score = _agrees(cluster, mention)
            if score is not None:
                candidates.append((score, same, cluster is last, named.index(cluster), cluster))
        if candidates and (mention.demonstrative or _bare_anchor(mention)):
            # «هذه الجولة», «على هامش الجولة»: the article's own event
            chosen = min(candidates, key=lambda c: (not c[1], c[3]))[4]
        elif candidates:
            chosen = max(candidates, key=lambda c: c[:4])[4]
        else:
            chosen = Cluster(kind=mention.kind)
        named.add(chosen)
        chosen.kind = mention.kind
        chosen.mentions.append(mention)
        if not mention.anchor_only:
            last = chosen
    _join_later(named.clusters, waiting)
    return named.clusters


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
    """Return the event a weak mention names: one already named, a new one, or none yet.

    Talks of another level (a side cue: «اجتماعات فنية»، «الاجتماع التحضيري») join the last
    such talks they agree with, else are a new event.
    """
    if mention.cue.side and not mention.anchor_only:
        target = next(
            (c for c in reversed(clusters) if c.side and _agrees(c, mention) is not None), None
        )
        if target is None:
            target = Cluster(kind=CueKind.TALKS, side=True)
            clusters.append(target)
        return target
    if mention.family == "appointment":
        return None  # «وموعد مع زيلينسكي»: the meeting with him, told later
    target = _weak_target(clusters, mention, last)
    if target is None and mention.cue.new:
        target = next((c for c in reversed(clusters) if _still_new(c, mention)), None)
    if target is None and _stands_alone(mention, last):
        target = Cluster(kind=CueKind.TALKS)
        clusters.append(target)
    return target


def _join_later(clusters: list[Cluster], waiting: list[EventMention]) -> None:
    """Give weak mentions with a place or people the event of that place or those people.

    «محادثات جنيف» in a headline names the Geneva talks the article tells below; «موعد مع
    زيلينسكي» the meeting with Zelensky.
    """
    if not waiting:
        return
    joining: dict[int, list[EventMention]] = {}
    for mention in waiting:
        index = next(
            (
                i
                for i, cluster in enumerate(clusters)
                if not cluster.side
                and (
                    (cluster.place_ids and _places_meet(cluster, mention))
                    or cluster.people & mention.people
                )
            ),
            None,
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
    """Choose the event a weak mention (المحادثات، اللقاء) refers to, if any.

    The event named in the same sentence first («الجولة الثالثة: عادت المفاوضات إلى مسقط»),
    then the event of its place or date, then the last event named, unless that one is
    named with another noun and an earlier one with the mention's («وسبق المحادثات اجتماع
    ثلاثي …. وعقب انتهاء المحادثات»: the talks, not the meeting).
    """
    if (
        last is not None
        and mention.unit_id >= 0
        and not mention.anchor_only
        and last.told_in(mention.unit_id)
        and _agrees(last, mention) is not None
    ):
        return last
    main = [c for c in clusters if not c.side]
    if mention.places:
        for cluster in reversed(main):
            if (
                cluster.place_ids
                and _places_meet(cluster, mention)
                and _parties_agree(cluster, mention)
                and (mention.date_from_sentence or _dates_agree(cluster.date, mention.date))
            ):
                return cluster
    if mention.date is not None and mention.date.date is not None:
        for cluster in reversed(main):
            if (
                cluster.date is not None
                and _dates_agree(cluster.date, mention.date)
                and _parties_agree(cluster, mention)
            ):
                return cluster
    if mention.status is EventStatus.HELD and last is not None and not last.held:
        # «المحادثات جرت …» after a round still to come is named: the talks that were held
        for cluster in reversed(main):
            if cluster.held and _agrees(cluster, mention) is not None:
                return cluster
    if last is None or mention.anchor_only or _agrees(last, mention) is None:
        # an anchor is never the event named relative to it, but may name one by its day
        return _held_that_weekday(main, mention)
    return _by_family(main, mention, last)


def _named_by_weekday(mention: EventMention) -> bool:
    """Tell whether an anchor names its event by a weekday alone («عقب اجتماع الاثنين»)."""
    said = mention.date
    return (
        mention.anchor_only and said is not None and said.date is None and said.weekday is not None
    )


def _held_that_weekday(main: list[Cluster], mention: EventMention) -> Cluster | None:
    """Return the one event held on the weekday an anchor names it by («عقب اجتماع الاثنين»).

    Not when its own words give it another status than held: then it is another meeting
    (or the status word was another noun's: «… الذي تناول المحادثات المقبلة»).
    """
    said = mention.date
    if said is None or not _named_by_weekday(mention):
        return None
    if mention.status not in (None, EventStatus.HELD):
        return None
    held = [
        c
        for c in main
        if c.date is not None
        and (c.date.weekday if c.date.weekday is not None else _weekday_of(c.date)) == said.weekday
        and _parties_agree(c, mention)
    ]
    return held[0] if len(held) == 1 else None


def _by_family(main: list[Cluster], mention: EventMention, last: Cluster) -> Cluster:
    """Return the last event named, or the latest one named with the mention's noun.

    Only when the last event was named with other nouns alone («اجتماع ثلاثي» after
    «المحادثات»): then «المحادثات» goes back to the talks.
    """
    family = mention.family
    if family is None or not last.families or last.uses(family):
        return last
    for cluster in reversed(main):
        if cluster is not last and cluster.uses(family):
            return cluster if _agrees(cluster, mention) is not None else last
    return last


def _stands_alone(mention: EventMention, last: Cluster | None) -> bool:
    """Tell whether a weak mention says enough to be an event of its own.

    Besides a new meeting or a described anchor: a date, place or status with two parties
    (or one and a place), two parties other than the last event's, or its own date and a
    place (the weak mention found no event of that date and place).
    """
    if mention.described:
        return True  # an anchor described by its own words («… التي عقدت منتصف أبريل»)
    if mention.cue.new and not mention.anchor_only:
        return True  # «لقاء جديد»: a further meeting, not one already named
    if mention.anchor_only:
        return False
    said = mention.date is not None or bool(mention.places) or mention.status is not None
    if said and (len(mention.parties) >= 2 or (bool(mention.parties) and bool(mention.places))):
        return True
    if len(mention.parties) >= 2 and last is not None and not _parties_agree(last, mention):
        return True  # «وسبق المحادثات اجتماع ثلاثي تركي أمريكي أوكراني»: other parties
    date = None if mention.date_from_sentence else mention.date
    return date is not None and date.date is not None and bool(mention.places)
