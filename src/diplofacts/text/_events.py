"""Event words: the cues that name summits and rounds, their ordinals, and status words.

What belongs here: the closed lexicons, in match form, of

* event nouns — *strong* cues that name an event by themselves (قمة، لقاء قمة، جولة
  مشاورات، جولة محادثات، الاجتماع الوزاري، اجتماع لوزيري الخارجية …) and *weak* cues
  (محادثات، مباحثات، مفاوضات، مشاورات، لقاء، اجتماع) that usually refer back to an event
  already named; duals name two events (اجتماعين، لقاءين، الجولتين، قمتين); «لقائهما»
  names the talks of the two named before;
* what the words around a cue say of it: talks of another level (*side* cues: «اجتماعات
  فنية»، «على مستوى الخبراء»، «الاجتماع التحضيري»), an event named as what something
  prepares for or follows up (*purpose*: «مهدا لقمة جنيف»، «لمتابعة نتائج القمة»);
* verbs that may name an event: receiving a counterpart or a head of state («يستقبل …
  نظيره»، a summit) and meeting («يلتقي لافروف وروبيو»); ``_assemble`` keeps them only
  when the people named say so, or (a reception) when the talks of both sides follow;
  «موعد مع …», an appointment with someone;
* ordinals (الأولى … العاشرة, «جولة … ثانية», «الجولة 3») and the new/previous markers
  (جديدة، المقبلة، المرتقبة، السابقة);
* status words by tense: held (عقدت، جرت، اختتمت، انعقدت، التقى، استأنفت، خاض، أنهت),
  scheduled (تعقد، ستعقد، من المقرر، يلتقي), announced (مرتقبة، يعتزم، عزم، قريب),
  postponed (أرجئت، تأجيل), rescheduled (أعيدت جدولة، تأجيل … إلى موعد جديد), cancelled
  (ألغيت، إلغاء);
* phone calls (اتصال هاتفي، مكالمة), which are not events.

Each finder is one regex pass over the match-form text, tried only near the words its
pattern opens with (:class:`Headed`); one automaton pass finds those words for the three
finders at once (:class:`HeadScan`). What must not be here: deciding
which mentions are the same event (``_coref``) or building model objects (``_assemble``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick

from diplofacts.model import EventStatus
from diplofacts.text._normalize import key

__all__ = [
    "THEIR_TALKS",
    "Cue",
    "CueKind",
    "StatusCue",
    "find_cues",
    "find_phone_calls",
    "find_status_cues",
]

# Proclitics: conjunction و/ف, preposition ب/ك/ل, article ال (or the ل of لل).
PREFIX = r"(?<!\w)(?:[وف])?(?:[بكل])?(?:ال|ل)?"
PREFIX_LETTERS = 4
"""The most letters :data:`PREFIX` takes before a word («وبال»): a :class:`Headed` lead."""
END = r"(?!\w)"


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of the match forms of ``words``, longest first.

    The words are merged into a trie («اجتماع|اجتماعا|اجتماعات» -> «اجتماع(?:ا(?:ت)?)?»),
    so the engine checks each letter once at a position instead of trying every word in
    turn. A space matches any run of white space. Words that part at a letter cannot both
    match at one position, and where one word is the start of another the longer is tried
    first (a greedy optional): the same matches as the flat alternation longest first.
    """
    trie: dict[str, Any] = {}
    for word in {key(w) for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(r"\s+" if char == " " else re.escape(char), {})
        node[""] = {}  # the end of a word
    return _trie_pattern(trie)


@dataclass(frozen=True)
class Headed:
    """A pattern tried only where one of its head words stands: :meth:`finditer` is quick.

    ``heads`` are words (match form) of which one starts at most ``lead`` characters after
    the start of every match of ``pattern`` (after its proclitics: the words the pattern
    alternates, cut at their first space). Most positions of a text are far from any head,
    and the regex engine skips them at the speed of a search for the heads' first letters,
    instead of trying the whole pattern at each one. ``pattern`` never matches the empty
    string. ``firsts`` are the words ``heads`` alternates.
    """

    pattern: re.Pattern[str]
    heads: re.Pattern[str]
    lead: int
    firsts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, pattern: str, heads: Iterable[str], lead: int) -> Headed:
        """Compile ``pattern`` with the first word of each of ``heads``."""
        firsts = frozenset(key(key(word).split()[0]) for word in heads)
        return cls(re.compile(pattern), re.compile(alternation(firsts)), lead, firsts)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Yield the matches of ``pattern.finditer(text, start, end)``, the same, in order.

        No match starts more than ``lead`` characters before the first head after the
        point reached, so the positions tried are those from there up to that head.
        """
        stop = len(text) if end is None else end
        reached = start
        while (head := self.heads.search(text, reached, stop)) is not None:
            match = self._match_before(text, reached, head.start(), stop)
            if match is None:
                reached = head.start() + 1
            else:
                yield match
                reached = match.end()

    def finditer_at(self, text: str, head_starts: Iterable[int]) -> Iterator[re.Match[str]]:
        """Yield what :meth:`finditer` yields, given every offset where a head starts, sorted.

        Overlapping heads count too (:meth:`HeadScan.starts` finds them all): the first
        offset at or after the point reached is where ``heads`` would be found from there.
        """
        reached = 0
        for at in head_starts:
            if at < reached:
                continue
            match = self._match_before(text, reached, at, len(text))
            if match is None:
                reached = at + 1
            else:
                yield match
                reached = match.end()

    def _match_before(self, text: str, reached: int, at: int, end: int) -> re.Match[str] | None:
        """Return the first match starting up to ``lead`` characters before ``at``, or at it."""
        for start in range(max(reached, at - self.lead), at + 1):
            match = self.pattern.match(text, start, end)
            if match is not None:
                return match
        return None


class HeadScan:
    """The heads of several :class:`Headed` patterns, found in one pass over a text.

    An Aho-Corasick automaton holds every head word with the patterns it heads, so the
    patterns of one text share one scan (kept for the last text asked about) instead of
    one regex search each.
    """

    def __init__(self, patterns: Sequence[Headed]) -> None:
        owners: dict[str, list[int]] = {}  # head word -> the patterns it heads
        for index, headed in enumerate(patterns):
            for word in headed.firsts:
                owners.setdefault(word, []).append(index)
        self._count = len(patterns)
        self._automaton = ahocorasick.Automaton()
        for word, indices in owners.items():
            self._automaton.add_word(word, (len(word), tuple(indices)))
        self._automaton.make_automaton()
        self._last: tuple[str, tuple[list[int], ...]] = ("", tuple([] for _ in patterns))

    def starts(self, text: str) -> tuple[list[int], ...]:
        """Return, per pattern, the sorted offsets in ``text`` where one of its heads starts."""
        last = self._last
        if last[0] is text:
            return last[1]
        found: tuple[set[int], ...] = tuple(set() for _ in range(self._count))
        for end, (length, indices) in self._automaton.iter(text):
            for index in indices:
                found[index].add(end - length + 1)
        result = tuple(sorted(starts) for starts in found)
        self._last = (text, result)  # one tuple, swapped atomically between threads
        return result


def _trie_pattern(node: dict[str, Any]) -> str:
    """Return the pattern of a trie node of :func:`alternation` (see there)."""
    ends = "" in node
    branches = [token + _trie_pattern(child) for token, child in sorted(node.items()) if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
    return body


class CueKind(enum.Enum):
    """Which sort of event a cue names."""

    SUMMIT = "summit"
    ROUND = "round"
    TALKS = "talks"
    """A weak cue: talks or a meeting, of a sort decided by context."""


_ORDINALS = {
    "الأولى": 1, "أولى": 1, "الأول": 1, "الثانية": 2, "ثانية": 2, "الثاني": 2,
    "الثالثة": 3, "ثالثة": 3, "الثالث": 3, "الرابعة": 4, "رابعة": 4, "الخامسة": 5,
    "خامسة": 5, "السادسة": 6, "سادسة": 6, "السابعة": 7, "سابعة": 7, "الثامنة": 8,
    "ثامنة": 8, "التاسعة": 9, "تاسعة": 9, "العاشرة": 10, "عاشرة": 10,
}  # fmt: skip
ORDINALS: dict[str, int] = {key(word): number for word, number in _ORDINALS.items()}
_TALK_NOUNS = "مشاورات محادثات مفاوضات مباحثات الحوار حوار المشاورات المحادثات المفاوضات المباحثات"
_SUMMITS = ["قمة", "قمم", "القمة", "قمتين"]
_ROUNDS = ["جولة", "جولات", "جولتي", "جولتين", "جولتان", "الجولتان", "جولتا", "جولته", "جولتها"]
_SEVERAL_SUMMITS = frozenset(key(w) for w in ["قمم", "قمتين"])
# «جولته الأولى», «جولتها المقبلة»: one round of a series named before (its pronoun)
_ONE_ROUND = frozenset(key(w) for w in ["جولة", "جولته", "جولتها"])
# «الدورة المقبلة للجنة المشتركة», «دورة جديدة من المشاورات»: a session of talks is a round
_SESSION = (
    r"دوره(?=(?:\s+\w+){0,2}?\s+(?:لل|ل|ال|من\s+(?:ال)?)?"
    r"(?:لجنه|مشاورات|محادثات|مفاوضات|مباحثات|حوار)(?!\w))"
)
# «وكانت الدورة الأولى قد جرت في باماكو»: «دورة» and an ordinal, a round only where talks
# are told (a talks noun in its sentence, or a session of talks named before it)
_ORDINAL_SESSION = rf"دوره(?=\s+{alternation(w for w in _ORDINALS if w.startswith('ال'))}(?!\w))"
_TALKS_WORD = re.compile(rf"{PREFIX}(?:{alternation(_TALK_NOUNS.split())})(?!\w)")
_MINISTERIAL = ["اجتماع وزاري", "اجتماع الوزاري", "حوار استراتيجي", "حوار الاستراتيجي"]
# «اجتماعين يومي 23 و25»: a dual names two events (one per date, like «الجولتين»)
_DUAL_WEAK = ["اجتماعين", "اجتماعان", "الاجتماعين", "الاجتماعان", "لقاءين", "لقاءان", "اللقاءين"]
_DUAL_KEYS = frozenset(key(w) for w in _DUAL_WEAK)
# «بحثا خلال لقائهما»: the talks of the two named before (their sides: ``_assemble``)
_THEIR_TALKS = ["لقائهما", "اجتماعهما", "محادثاتهما", "مباحثاتهما", "مشاوراتهما"]
THEIR_TALKS = frozenset(key(w) for w in _THEIR_TALKS)
_WEAK = [
    *_TALK_NOUNS.split()[:4],
    *_TALK_NOUNS.split()[6:],
    "لقاء",
    "اللقاء",
    "اجتماع",
    "اجتماعا",
    "الاجتماع",
    "لقاءات",
    "اجتماعات",
    *_DUAL_WEAK,
    *_THEIR_TALKS,
]
# «اجتماع (مرتقب) لوزيري الخارجية», «لقاء وزراء …»: a meeting of ministers is a round.
_MEETING = ["اجتماع", "الاجتماع", "لقاء", "اللقاء"]
_OF_MINISTERS = r"\s+(?:\w+\s+)?ل?(?:وزيري|وزيرا|وزراء)(?!\w)"
# «ويستقبل ترامب اليوم الجمعة الرئيس الأوكراني …»، «سيستقبل نظيره»: a head of state received
_RECEIVE = ["استقبل", "يستقبل", "سيستقبل", "تستقبل", "ستستقبل", "استقبلت"]
_GUEST = (
    r"(?:\s+\S+){0,4}?\s+(?:نظيره|نظيرته|نظيرها|الرئيس|الملك|السلطان|الامير|امير|رئيس\s+الوزراء)"
    r"(?!\w)"
)
# «ومن المرتقب أن يلتقي لافروف وروبيو في سبتمبر»: a verb of meeting, an event only when
# the names of those meeting follow it (``_assemble`` checks)
_MEET = [
    "يلتقي",
    "سيلتقي",
    "التقى",
    "التقت",
    "تلتقي",
    "ستلتقي",
    "يلتقيان",
    "سيلتقيان",
    "التقيا",
    "اجتمع",
    "يجتمع",
    "سيجتمع",
    "اجتمعت",
    "تجتمع",
    "ستجتمع",
    "يجتمعان",
    "سيجتمعان",
    "اجتمعا",
]
_CUE = Headed.of(
    rf"{PREFIX}(?:(?P<summit>{alternation(_SUMMITS)})|(?P<round>{alternation(_ROUNDS)})"
    rf"(?:\s+(?:من\s+)?(?P<noun>{alternation(_TALK_NOUNS.split())}))?"
    rf"|(?P<minister>{alternation(_MINISTERIAL)}|(?:{alternation(_MEETING)})(?={_OF_MINISTERS})"
    rf"|{_SESSION})"
    rf"|(?P<session>{_ORDINAL_SESSION})"
    rf"|(?P<weak>{alternation(_WEAK)}|موعد(?=\s+مع\s))"
    rf"|(?P<receive>{alternation(_RECEIVE)}){END}(?={_GUEST})"
    rf"|(?P<meet>{alternation(_MEET)})){END}",
    heads=[
        *_SUMMITS,
        *_ROUNDS,
        *_MINISTERIAL,
        *_MEETING,
        "دورة",  # _SESSION, _ORDINAL_SESSION
        *_WEAK,
        "موعد",
        *_RECEIVE,
        *_MEET,
    ],
    lead=PREFIX_LETTERS,
)
_NEW = frozenset(
    key(w)
    for w in [
        "جديدة",
        "جديد",
        "الجديدة",
        "الجديد",
        "المقبلة",
        "المقبل",
        "القادمة",
        "القادم",
        "مقبلة",
        "مرتقب",
        "مرتقبة",
        "المرتقب",
        "المرتقبة",
    ]
)
_PREVIOUS = frozenset(
    key(w) for w in ["السابقة", "سابقة", "الماضية", "الماضي", "السابق", "الأخيرة"]
)
_NUMBER_AFTER = re.compile(r"\s*(?:رقم\s*|ال\s*-?\s*)?(\d{1,2})(?!\d)")


@dataclass(frozen=True, slots=True)
class Cue:
    """An event noun in the text (match-form offsets) and what its neighbours say.

    ``number`` an ordinal stated with it; ``new``/``previous`` markers (جديدة / السابقة)
    within three words; ``plural`` for جولات / قمم (several events in one mention).
    """

    start: int
    end: int
    kind: CueKind
    number: int | None = None
    new: bool = False
    previous: bool = False
    plural: bool = False
    numbers: tuple[int, ...] = ()
    """For a plural cue: the ordinals listed after it («الجولتان الأولى والثالثة»)."""
    side: bool = False
    """Talks of another level than the main event's: technical, expert-level or preparatory
    («اجتماعات فنية»، «على مستوى الخبراء»، «الاجتماع التحضيري»)."""
    purpose: bool = False
    """Named as what something prepares for («مهدا لقمة جنيف»): a reference, not the event told."""
    reception: bool = False
    """A verb of receiving a head of state or a counterpart («يستقبل … الرئيس الأوكراني»):
    a summit when the clause names two heads of state (or a counterpart)."""
    verb: bool = False
    """A verb of meeting («يلتقي لافروف وروبيو»): an event only with the names after it."""
    row: bool = False
    """Made for a table row that names its event only by its columns (``_assemble``)."""

    @property
    def strong(self) -> bool:
        """Whether the cue names an event by itself (not a weak talks/meeting noun)."""
        return self.kind is not CueKind.TALKS


def _neighbours(text: str, end: int, count: int, limit: int | None = None) -> list[str]:
    """Return up to ``count`` words after ``end``, stopping at a clause mark (or ``limit``)."""
    words: list[str] = []
    stop = end + 80 if limit is None else min(end + 80, limit)
    for word in text[end:stop].split():
        bare = word.strip("\"'()")
        words.append(bare.rstrip("،,.؛;:"))
        if len(words) == count or bare != bare.rstrip("،,.؛;:") or word.startswith("|"):
            break
    return words


def _listed_ordinals(words: list[str]) -> tuple[int, ...]:
    """Return the ordinals listed at the start of ``words`` (الأولى والثالثة -> 1, 3)."""
    numbers: list[int] = []
    for word in words:
        bare = word[1:] if numbers and word.startswith("و") else word
        if bare not in ORDINALS:
            break
        numbers.append(ORDINALS[bare])
    return tuple(numbers) if len(numbers) >= 2 else ()


# «اجتماعات فنية على مستوى الخبراء»، «الاجتماع التحضيري»: talks of another level
_SIDE = frozenset(
    key(w)
    for w in [
        "فنية",
        "فني",
        "الفنية",
        "الفني",
        "فنيين",
        "الفنيين",
        "تقنية",
        "تقني",
        "التقنية",
        "التقني",
        "الخبراء",
        "خبراء",
        "للخبراء",
        "تمهيدي",
        "تمهيدية",
        "التمهيدي",
        "التمهيدية",
        "تمهيديا",
        "تحضيري",
        "تحضيرية",
        "التحضيري",
        "التحضيرية",
        "تحضيريا",
    ]
)
# «مهدا لقمة جنيف»، «الإعداد للقمة»: the event something prepares for
_PURPOSE = re.compile(
    r"(?<!\w)(?:[وف]?(?:مهد|مهدا|مهدت|يمهد|تمهد|ليمهد|لتمهد|تمهيدا|التحضير|للتحضير|تحضيرا"
    r"|الاعداد|للاعداد|اعدادا|استعدادا|التمهيد|للتمهيد))\s+$"
)


_GROUPS = ("summit", "round", "minister", "session", "weak", "receive", "meet")


def _side(words: list[str]) -> bool:
    """Tell whether the words after a cue say the talks are technical or preparatory."""
    for word in words[:3]:
        if word in _SIDE:
            return True
        if word not in _SIDE_FILLERS:
            return False
    return False


_SIDE_FILLERS = frozenset(key(w) for w in ["على", "علي", "مستوى", "مستوي", "من", "بين"])


# «لمتابعة نتائج قمة ألاسكا»: the results of an event, followed up
_FOLLOW_UP = re.compile(r"(?<!\w)[وف]?ل?متابعه\s+(?:نتائج\s+|مخرجات\s+)?$")


def _purpose(text: str, start: int, prefix: str) -> bool:
    """Tell whether a cue is what something prepares for or follows up, not the event told.

    «مهدا لقمة جنيف»، «الإعداد للقمة»، «لمتابعة نتائج قمة ألاسكا».
    """
    if _FOLLOW_UP.search(text, max(0, start - 24), start) is not None:
        return True
    if "ل" not in prefix:
        return False
    return _PURPOSE.search(text, max(0, start - 16), start) is not None


def _talks_in_sentence(text: str, start: int, end: int) -> bool:
    """Return whether a talks noun stands in the sentence around ``text[start:end]``."""
    low = max(0, start - 200)  # a bounded window: the pass stays linear in the text
    first = max(text.rfind(".", low, start), text.rfind("\n", low, start), low - 1) + 1
    last = min(len(text), end + 200)
    for mark in (".", "\n"):
        at = text.find(mark, end, last)
        if at >= 0:
            last = at
    return _TALKS_WORD.search(text, first, last) is not None


def find_cues(text: str) -> list[Cue]:
    """Find every event cue in the match-form ``text``, in order.

    An ordinal read after a cue never lies beyond the next cue («هذه الجولة بعد الجولتين
    الأولى والثانية»: the first cue has no number).
    """
    cues: list[Cue] = []
    series = False  # a session of talks named so far («الدورة الثانية من المشاورات»)
    matches = list(_CUE.finditer_at(text, _HEAD_SCAN.starts(text)[0]))
    for index, match in enumerate(matches):
        start, end = match.start(), match.end()
        limit = matches[index + 1].start() if index + 1 < len(matches) else None
        if match.group("summit"):
            kind, plural = CueKind.SUMMIT, match.group("summit") in _SEVERAL_SUMMITS
        elif match.group("receive"):
            kind, plural = CueKind.SUMMIT, False
        elif match.group("meet"):
            kind, plural = CueKind.TALKS, False
        elif match.group("round"):
            kind = CueKind.ROUND
            plural = match.group("round") not in _ONE_ROUND
        elif match.group("minister"):
            kind, plural = CueKind.ROUND, False
            series = series or match.group("minister") == "دوره"
        elif match.group("session"):
            if not (series or _talks_in_sentence(text, start, end)):
                continue
            kind, plural = CueKind.ROUND, False
        else:
            kind, plural = CueKind.TALKS, match.group("weak") in _DUAL_KEYS
        after = _neighbours(text, end, 4, limit)
        number = next((ORDINALS[w] for w in after if w in ORDINALS), None)
        close = after[:2]
        if number is None and kind is CueKind.ROUND:
            digits = _NUMBER_AFTER.match(text, end, limit or len(text))
            number = int(digits.group(1)) if digits else None
        prefix = text[start : match.start(next(g for g in _GROUPS if match[g]))]
        cues.append(
            Cue(
                start=start,
                end=end,
                kind=kind,
                number=number if kind is not CueKind.SUMMIT else None,
                new=any(w in _NEW for w in close),
                previous=any(w in _PREVIOUS for w in close),
                plural=plural,
                numbers=_listed_ordinals(after) if plural else (),
                side=kind is CueKind.TALKS and _side(after),
                purpose=_purpose(text, start, prefix),
                reception=bool(match.group("receive")),
                verb=bool(match.group("meet")),
            )
        )
    return cues


_STATUS_WORDS: dict[EventStatus, str] = {
    EventStatus.HELD: "عقدت انعقدت انعقد جرت جرى اختتمت اختتم التقى التقت أجرى أجرت أجريت"
    " استضافت استضاف شهدت انتهت عقدا عقدوا عقدتا جرتا انطلقت انطلق"
    " احتضن احتضنت احتضنه احتضنها احتضنته احتضنتها"
    " استضافتها استضافته استضافها استضافه"
    # resuming, engaging in, concluding, ending talks, in the past (not «تستأنف»، «يختتم»)
    " استأنف استأنفت استؤنفت استأنفا خاض خاضت خاضا خاضوا أنهى أنهت أنهيا",
    EventStatus.SCHEDULED: "تعقد ستعقد سيعقد يعقد ستجري سيجري تنعقد ستنعقد المقرر المزمع يلتقي"
    " سيلتقي تلتقي ستلتقي ستنطلق سينطلق تنطلق ستستضيف تستضيف يستضيف سيستضيف يعقدا",
    EventStatus.ANNOUNCED: "مرتقبة مرتقب المرتقبة المرتقب يعتزم تعتزم عزم اعتزام قريب قريبا"
    " المقبلة المقبل القادمة مقبلة",
    EventStatus.POSTPONED: "أرجئت أرجئ إرجاء تأجيل تأجلت أجلت تأجيلها إرجائها",
    EventStatus.CANCELLED: "ألغيت ألغي إلغاء ألغت ألغى إلغائها",
}
# «اجتماع … عقد صباح الجمعة»: the passive «عُقد» before a time word (never the noun «على عقد قمة»)
_HELD_PASSIVE = r"عقد(?=\s+(?:صباح|مساء|ظهر|عصر|ليله|يوم|امس|اليوم)(?!\w))"
_STATUS_PATTERN = "|".join(
    rf"(?P<{status.value}>{alternation(words.split())}"
    rf"{'|' + _HELD_PASSIVE if status is EventStatus.HELD else ''})"
    for status, words in _STATUS_WORDS.items()
)
_RESCHEDULED = ["أعيدت جدولة", "إعادة جدولة", "موعد جديد", "موعدا جديدا"]
_STATUS = Headed.of(
    rf"(?<!\w)(?:[وف])?(?:{_STATUS_PATTERN}){END}"
    rf"|(?P<rescheduled>(?<!\w)(?:[وف])?(?:{alternation(_RESCHEDULED)}){END})",
    heads=[*(w for words in _STATUS_WORDS.values() for w in words.split()), "عقد", *_RESCHEDULED],
    lead=1,
)


@dataclass(frozen=True, slots=True)
class StatusCue:
    """A word that tells an event's status, with its match-form offsets."""

    start: int
    end: int
    status: EventStatus


def find_status_cues(text: str) -> list[StatusCue]:
    """Find every status word in the match-form ``text``, in order."""
    found: list[StatusCue] = []
    for match in _STATUS.finditer_at(text, _HEAD_SCAN.starts(text)[1]):
        status = EventStatus(next(name for name, value in match.groupdict().items() if value))
        found.append(StatusCue(match.start(), match.end(), status))
    return found


_PHONE = Headed.of(
    rf"{PREFIX}(?:(?:اتصال|اتصالا|اتصالات)\s+(?:ال)?هاتفي\w*|مكالم\w*|اتصالا\s+مرئيا){END}",
    heads=["اتصال", "مكالم"],
    lead=PREFIX_LETTERS,
)
_HEAD_SCAN = HeadScan((_CUE, _STATUS, _PHONE))
"""The heads of the cue, status and phone-call patterns: one scan serves the three finders."""


def find_phone_calls(text: str) -> list[tuple[int, int]]:
    """Return the ranges of phone-call phrases (not events) in the match-form ``text``."""
    return [match.span() for match in _PHONE.finditer_at(text, _HEAD_SCAN.starts(text)[2])]
