"""Who reports and who speaks: attribution phrases and statements.

What belongs here (match-form text, match-form offsets):

* attributions — a reporting word (نقلت، بحسب، وفقا ل، وفق ما نقلته، ذكرت، أفادت، قال،
  أعلن، أكد …) followed within a few words by an organization (an outlet or an
  institution: وكالة تاس، شبكة إن بي سي، الكرملين، البيت الأبيض، السفارة الأمريكية في
  موسكو), then optionally «عن» and the source it relied on: another organization, a
  person, or a described source (مصدر مطلع، مسؤول) — the ``via`` chain;
* statements — a speech verb (قال، صرح، أكد، أعلن، أوضح، أعرب …), its speaker (a person or
  an organization mention starting right after it) and the reported words (after إن/أن/عن/:
  to the end of the sentence);
* a source before its verb («وكانت وكالة رويترز قد ذكرت»), the reported clauses of a
  report (إن …، وإن …), a sentence going on with the words before (وأضاف), and datelines
  («الرياض … واس»، «إسطنبول/ الأناضول»، «(واس)»);
* host and mediator words, and the place words tied to them or to the events: «في مقر
  سفارتها» (the host's embassy), «في المدينة نفسها» (the place named before), «كانت مقررة
  في روما» (a place planned, then given up).

The caller passes the speakers it found (organizations and people) as :class:`Speaker`
records; this module only reads the words around them. What must not: building model
objects or deciding which event a source belongs to (``_assemble``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from diplofacts.model import StatementKind
from diplofacts.text._entities import EntityMention
from diplofacts.text._events import END, Headed, alternation
from diplofacts.text._normalize import key

__all__ = [
    "AttributionMention",
    "Described",
    "Speaker",
    "StatementMention",
    "continues_report",
    "find_attributions",
    "find_dateline",
    "find_hosts",
    "find_own_embassy",
    "find_own_mediation",
    "find_same_places",
    "may_plan",
    "planned_place",
    "reported_clauses",
    "says_all_of_them",
    "works_at",
]

_REPORT = re.compile(
    r"(?<!\w)(?:[وف])?(?P<verb>"
    + alternation(
        [
            "نقل",
            "نقلت",
            "نقلته",
            "نقلتها",
            "نقله",
            "نقلا",
            "بحسب",
            "حسب",
            "وفق",
            "وفقا",
            "وفقًا",
            "ذكر",
            "ذكرت",
            "ذكره",
            "ذكرته",
            "أفاد",
            "أفادت",
            "أفادت",
            "به",
            "قال",
            "قالت",
            "أعلن",
            "أعلنت",
            "أكد",
            "أكدت",
            "أوضح",
            "أوضحت",
            "صرح",
            "صرحت",
            "نشرت",
            "نشر",
            "نشرته",
            "وزعت",
            "وزعته",
            "وزعها",
            "كشف",
            "كشفت",
            "أشار",
            "أشارت",
            "أورد",
            "أوردت",
            "أعرب",
            "أعربت",
            "وصف",
            "وصفت",
            "لفت",
            "شدد",
            "شددت",
            "تصريحات",
            "بيان",
            "أصدر",
            "أصدرت",
        ]
    )
    + rf")(?:\s+(?:ما|به|ل|لما))*{END}"
)
_SPEECH = frozenset(
    key(w)
    for w in [
        "قال",
        "قالت",
        "صرح",
        "صرحت",
        "أكد",
        "أكدت",
        "أعلن",
        "أعلنت",
        "أوضح",
        "أوضحت",
        "أعرب",
        "أعربت",
        "أشار",
        "أشارت",
        "كشف",
        "كشفت",
        "ذكر",
        "ذكرت",
        "أفاد",
        "أفادت",
        "شدد",
        "شددت",
        "لفت",
        "لفتت",
        "وصف",
        "وصفت",
    ]
)
_ANNOUNCE = frozenset(key(w) for w in ["أعلن", "أعلنت"])
_DESCRIBED: tuple[tuple[str, str], ...] = (
    ("مصادر مطلعة", "informed sources"),
    ("مصدر مطلع", "informed source"),
    ("مصدر دبلوماسي", "diplomatic source"),
    ("مصادر دبلوماسية", "diplomatic sources"),
    ("مصدر مسؤول", "official source"),
    ("مصدر رسمي", "official source"),
    ("مصدر حكومي", "government source"),
    ("مسؤول رفيع", "senior official"),
    ("مسؤولين", "officials"),
    ("مسؤول", "official"),
    ("مصادر", "sources"),
    ("مصدر", "source"),
)
_DESCRIBED_RE = re.compile(
    r"\s*(?:نقلا\s+)?عن\s+(?:ال)?(" + alternation(w for w, _ in _DESCRIBED) + rf"){END}\S*"
)
_DESCRIBED_EN = {key(w): en for w, en in _DESCRIBED}
_VIA = re.compile(r"\s*(?:نقلا\s+)?عن\s+")
_CONTENT = re.compile(
    r"[^.\n]{0,40}?(?<!\w)(?:ب)?(?:ان|أن|إن)\s+|\s*(?:،\s*)?(?:عن\s+|:\s*|\"\s*)?"
)
_GAP = 40  # characters allowed between a reporting word and its source
# A source named before its reporting verb, with «قد»: «وكانت وكالة رويترز قد ذكرت …».
_SOURCE_FIRST = re.compile(
    r"[\"\s]*(?:ال\w+يه?\s+)?قد\s+(?:"
    + alternation(["ذكرت", "ذكر", "أفادت", "أفاد", "نقلت", "نقل", "أعلنت", "أعلن", "كشفت", "كشف"])
    + "|"
    + alternation(["أوردت", "أورد", "نشرت", "نشر"])
    + r")(?!\w)"
)
# Quotes and a nisba adjective between a source and «عن» (وكالة "تاس" الروسية عن …).
_SKIP = re.compile(r"[\"\s]*(?:ال\w+يه?(?=[\"\s]+(?:نقلا\s+)?عن\s))?[\"\s]*")


@dataclass(frozen=True, slots=True)
class Speaker:
    """A mention that can report or speak: ``ref`` is the caller's index of it."""

    start: int
    end: int
    is_person: bool
    ref: int
    outlet: bool = True
    """For organizations: whether it can be a reporting source (outlets and institutions)."""


@dataclass(frozen=True, slots=True)
class Described:
    """A source described, not named (مصدر مطلع): its range and English label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class AttributionMention:
    """A reporting phrase: the source and the chain of sources it relied on."""

    start: int
    end: int
    source: Speaker
    via: tuple[Speaker | Described, ...] = ()
    joined: bool = False  # joined by و to the source before it («واس ووكالة إرنا»)


@dataclass(frozen=True, slots=True)
class StatementMention:
    """A speech verb, its speaker and the reported words (``content`` range)."""

    start: int
    end: int
    speaker: Speaker
    content: tuple[int, int]
    kind: StatementKind


def _via_chain(
    text: str, at: int, limit: int, by_start: dict[int, Speaker]
) -> tuple[tuple[Speaker | Described, ...], int]:
    """Read «عن X» links after ``at``; return them and where the chain ends."""
    chain: list[Speaker | Described] = []
    while True:
        skip = _SKIP.match(text, at, limit)
        at = skip.end() if skip else at
        described = _DESCRIBED_RE.match(text, at, limit)
        if described is not None:
            label = _DESCRIBED_EN[described.group(1)]
            chain.append(Described(described.start(1), described.end(), label))
            return tuple(chain), described.end()
        link = _VIA.match(text, at, limit)
        if link is None or link.end() not in by_start:
            return tuple(chain), at
        speaker = by_start[link.end()]
        chain.append(speaker)
        at = speaker.end


_JOIN = re.compile(r"[\s()\"]*(?:،\s*)?و?")


def _joined(text: str, at: int, speakers: Sequence[Speaker]) -> list[Speaker]:
    """Return the organizations joined by و to a source (بحسب واس ووكالة إرنا)."""
    out: list[Speaker] = []
    first = bisect.bisect_left(speakers, at, key=lambda s: s.start)
    for index in range(first, len(speakers)):  # (by index: no pass over those before)
        speaker = speakers[index]
        if speaker.is_person:
            continue
        gap = _JOIN.fullmatch(text, at, speaker.start)
        if gap is None:
            break
        if "و" in gap.group():
            out.append(speaker)
        at = speaker.end  # without و: the same source again, in brackets («(واس)»)
    return out


def find_attributions(
    text: str, sentence: tuple[int, int], speakers: Sequence[Speaker]
) -> tuple[list[AttributionMention], list[StatementMention]]:
    """Find the attributions and statements of one sentence.

    ``speakers`` are the organization and person mentions of the sentence, in order.
    """
    start, end = sentence
    by_start = {s.start: s for s in speakers}
    starts = [s.start for s in speakers]
    attributions: list[AttributionMention] = []
    statements: list[StatementMention] = []
    used: set[int] = set()
    for match in _REPORT.finditer(text, start, end):
        verb = match.group("verb")
        first = bisect.bisect_left(starts, match.end())
        source = speakers[first] if first < len(speakers) else None
        if source is None or source.start > match.end() + _GAP or source.start in used:
            continue
        between = text[match.end() : source.start]
        if any(mark in between for mark in "،.؛\n") or (
            source.is_person and source.start - match.end() > 2
        ):
            continue
        used.add(source.start)
        via, chain_end = _via_chain(text, source.end, end, by_start)
        if not source.is_person and source.outlet:
            attributions.append(AttributionMention(match.start(), chain_end, source, via))
            for also in _joined(text, chain_end, speakers):  # «واس ووكالة إرنا»
                used.add(also.start)
                attributions.append(AttributionMention(also.start, also.end, also, joined=True))
        if verb in _SPEECH:
            content = _CONTENT.match(text, chain_end, end)
            begin = content.end() if content else chain_end
            stop = end
            while stop > begin and text[stop - 1] in ' .،"':
                stop -= 1
            if stop - begin >= 3:
                kind = (
                    StatementKind.ANNOUNCEMENT
                    if verb in _ANNOUNCE
                    else StatementKind.QUOTE
                    if '"' in text[begin - 1 : stop + 1]
                    else StatementKind.PARAPHRASE
                )
                statements.append(
                    StatementMention(match.start(), stop, source, (begin, stop), kind)
                )
    for source in speakers:  # «وكانت شبكة CNN قد ذكرت أن …»: the source before its verb
        if source.is_person or not source.outlet or source.start in used:
            continue
        if _SOURCE_FIRST.match(text, source.end, end) is not None:
            used.add(source.start)
            attributions.append(AttributionMention(source.start, source.end, source))
    attributions.sort(key=lambda a: a.start)
    return attributions, statements


# «إن …، وإن …»، «بأن …»: each opens a clause of the reported words.
_THAT = re.compile(r"(?<!\w)[وف]?ب?(?:ان|انه|انها|انهما)(?!\w)")


def reported_clauses(text: str, start: int, end: int) -> list[int]:
    """Return where each reported clause of ``text[start:end]`` opens (إن، وإن، بأن …)."""
    return [match.start() for match in _THAT.finditer(text, start, end)]


# «مسؤول في البيت الأبيض»، «مصدر في الكرملين»: someone working there, not a venue
_STAFF = re.compile(
    r"(?<!\w)[وف]?(?:ال)?(?:"
    + alternation(["مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "متحدث"])
    + "|"
    + alternation(["متحدثة", "مستشار", "مستشارة", "موظف", "موظفون", "موظفي", "دبلوماسي"])
    + r")\w{0,3}\s+(?:رفيع\s+)?(?:في|ب)\s*$"
)


def works_at(text: str, at: int) -> bool:
    """Tell whether the place at ``at`` is where someone named before works («مسؤول في …»)."""
    return _STAFF.search(text, max(0, at - 30), at) is not None


# «كانت مقررة في روما»: a place planned, then given up for another («ثم عقدت في مسقط»)
_PLANNED = re.compile(r"(?<!\w)(?:المقرر|مقرر|مقرره|مقررا|مبرمج|مبرمجه|مزمع|يفترض)\w*(?!\w)")


def planned_place(text: str, clause_start: int, at: int) -> bool:
    """Tell whether the place at ``at`` was only planned («كانت مقررة في روما»)."""
    return _PLANNED.search(text, max(clause_start, at - 40), at) is not None


_PLAN_LETTERS = re.compile("مقرر|مبرمج|مزمع|يفترض")  # in every word of ``_PLANNED``


def may_plan(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` has a word of planning: else no place in it was planned.

    A search for plain letters, far cheaper than :func:`planned_place` for each place.
    """
    return _PLAN_LETTERS.search(text, start, end) is not None


# «وأضاف …»، «وتابع …»: the speaker of the sentence before goes on.
_GOES_ON = re.compile(
    r"[وف]?(?:"
    + alternation(["أضاف", "أضافت", "تابع", "تابعت", "مضى", "مضت", "استطرد", "استطردت"])
    + r")(?!\w)"
)


def continues_report(text: str, at: int) -> bool:
    """Tell whether the sentence at ``at`` goes on with the words reported before (وأضاف)."""
    return _GOES_ON.match(text, at) is not None


# A dateline: «الرياض ٢٠ شعبان … واس», «إسطنبول/ الأناضول», «مسقط في … /العمانية/»,
# «الرياض (واس) - …»: a place, then the agency, alone on its line or between marks.
_DATELINE_WORD = re.compile(r"[^\s/()\-:،,\"«»]+")
_DATELINE_MARK = frozenset("/()-")
_DATELINE_WORDS = 14  # a dateline of its own is short; an inline one sits in its first words
_AGENCY_WORDS = 4


def find_dateline(
    text: str, line: tuple[int, int], agencies: Mapping[str, str]
) -> tuple[str, int, int] | None:
    """Return ``(agency id, start, end)`` for the agency a dateline line names, or ``None``.

    ``line`` should start with the dateline's place (the caller checks it); ``agencies``
    maps the match form of each agency name, short dateline forms included (واس، الأناضول،
    العمانية), to its id. The agency must end the line (a line of at most 14 words) or stand
    between marks («(واس)», «/العمانية/», «- واس -») among the line's first 14 words.
    """
    start, end = line
    words = [m.span() for m in _DATELINE_WORD.finditer(text, start, end)][:_DATELINE_WORDS]
    whole = len(words) < _DATELINE_WORDS or not _DATELINE_WORD.search(text, words[-1][1], end)
    for first in range(1, len(words)):
        for count in range(min(_AGENCY_WORDS, len(words) - first), 0, -1):
            name_start, name_end = words[first][0], words[first + count - 1][1]
            agency = agencies.get(" ".join(text[name_start:name_end].split()))
            if agency is None:
                continue
            before = text[words[first - 1][1] : name_start]
            after = text[name_end : words[first + count][0]] if first + count < len(words) else ""
            last = first + count == len(words) and whole
            if last or (_DATELINE_MARK & set(before) and (_DATELINE_MARK & set(after))):
                return agency, name_start, name_end
    return None


# Hosts and mediators, only from explicit words (تستضيف، استضافت، بدعوة من، بوساطة، برعاية).
_HOST_VERBS = ["تستضيف", "يستضيف", "استضاف", "ستستضيف", "سيستضيف", "تحتضن", "احتضن", "ستحتضن"]
_HOST_NOUNS = ["استضافه", "احتضان"]
_MEDIATE_WORDS = ["بوساطه", "وساطه", "برعايه", "الوساطه"]
# Each is tried only near its words (after at most two proclitic letters, «وب»): see
# ``Headed.finditer``.
_HOST = Headed.of(
    rf"(?<!\w)[وف]?(?:{alternation(_HOST_VERBS)})\w*(?!\w)"
    rf"|(?<!\w)[وف]?ب?(?:{'|'.join(_HOST_NOUNS)})(?!\w)",
    _HOST_VERBS + _HOST_NOUNS,
    lead=2,
)
_INVITE = Headed.of(r"(?<!\w)(?:بدعوه\s+من|بدعوه)(?!\w)", ["بدعوه"], lead=0)
_MEDIATE = Headed.of(rf"(?<!\w)[وف]?(?:{'|'.join(_MEDIATE_WORDS)})(?!\w)", _MEDIATE_WORDS, lead=1)
# «في إطار وساطتها»: the mediation of the one named as host
_OWN_MEDIATION = re.compile(r"(?<!\w)[وف]?ب?وساطت(?:ها|ه)(?!\w)")
# «جرت جميعها بوساطة …»: what the sentence says holds for every event it names
_ALL_OF_THEM = re.compile(r"(?<!\w)(?:جميعها|كلها|جميعا|كلتاهما|كلاهما)(?!\w)")


# «في مقر سفارتها»، «بسفارة بلاده»: the embassy of the one named as host
_OWN_EMBASSY = re.compile(
    r"(?<!\w)(?:[وف]?(?:في|ب)\s+)?(?:مقر\s+)?(?:[وف]?ب)?(?:سفارت(?:ها|ه)|سفاره\s+بلاد(?:ها|ه))(?!\w)"
)


# «في المدينة نفسها»، «في القصر نفسه»، «في نفس المكان»: the place named before.
_SAME_NOUNS = {
    "مدينه": True, "عاصمه": True, "قصر": False, "مقر": False, "فندق": False, "مكان": False,
}  # fmt: skip
_SAME_PLACE = re.compile(
    r"(?<!\w)(?:في|ب)\s*(?:ال(?P<noun>"
    + "|".join(_SAME_NOUNS)
    + r")\s+(?:نفسه|نفسها|ذاته|ذاتها)|نفس\s+ال(?P<noun2>"
    + "|".join(_SAME_NOUNS)
    + r"))(?!\w)"
)

_SAME_LETTERS = re.compile("نفس|ذات")  # in every match of ``_SAME_PLACE``


def find_same_places(text: str, unit: tuple[int, int]) -> list[tuple[int, bool]]:
    """Return ``(where, is_city)`` for each «في المدينة نفسها» (the place named before).

    ``is_city`` is true for a city («المدينة», «العاصمة»), false for a building (القصر).
    """
    out: list[tuple[int, bool]] = []
    if _SAME_LETTERS.search(text, *unit) is None:
        return out  # (a search for plain letters: far cheaper than the pattern)
    for match in _SAME_PLACE.finditer(text, *unit):
        noun = match.group("noun") or match.group("noun2") or ""
        out.append((match.start(), _SAME_NOUNS.get(noun, False)))
    return out


def find_own_embassy(text: str, unit: tuple[int, int]) -> tuple[int, int] | None:
    """Return where a unit says «في مقر سفارتها»: the host's own embassy (no name given)."""
    if text.find("سفار", *unit) < 0:  # in every form (سفارتها، سفارة بلاده): a cheap test
        return None
    match = _OWN_EMBASSY.search(text, *unit)
    return None if match is None else match.span()


def find_own_mediation(text: str, unit: tuple[int, int]) -> list[int]:
    """Return where a unit says «وساطتها»: the host's own mediation (no country named)."""
    return [match.start() for match in _OWN_MEDIATION.finditer(text, *unit)]


def says_all_of_them(text: str, unit: tuple[int, int]) -> bool:
    """Tell whether a unit says what it states holds for all the events it names (جميعها)."""
    return _ALL_OF_THEM.search(text, *unit) is not None


def find_hosts(
    text: str,
    unit: tuple[int, int],
    entities: Sequence[EntityMention],
    people: Sequence[tuple[int, int]] = (),
    events: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, EntityMention, bool]]:
    """Return ``(where, country mention, is_host)`` for each host or mediator word of a unit.

    The country is the one named within a few characters after the word, or (for a host
    verb) right before it («مسقط تستضيف»), or the country of the title starting there
    («بوساطة وزير الخارجية العماني»: ``people`` are the spans of the unit's people);
    ``is_host`` is false for mediators. A country after an event noun that follows the
    host verb qualifies the event hosted, not the host («المملكة تستضيف المحادثات
    الأمريكية»: ``events`` are the spans of the unit's event nouns).
    """
    out: list[tuple[int, EntityMention, bool]] = []
    words = [
        (pattern, match)
        for pattern in (_HOST, _INVITE, _MEDIATE)
        for match in pattern.finditer(text, *unit)
    ]
    if not words:
        return out
    starts = [e.start for e in entities]  # the three lists are in text order
    by_end: dict[int, list[tuple[int, EntityMention]]] = {}
    for index, entity in enumerate(entities):
        by_end.setdefault(entity.end, []).append((index, entity))
    people_starts = [p[0] for p in people]
    event_starts = [c[0] for c in events]
    first_end = [len(text)] * (len(events) + 1)  # the first end of the nouns from each on
    for index in range(len(events) - 1, -1, -1):
        first_end[index] = min(events[index][1], first_end[index + 1])
    for pattern, match in words:
        reach = match.end() + 12
        at = bisect.bisect_left(people_starts, match.end())
        if at < len(people) and people[at][0] - match.end() <= 2:
            reach = max(reach, people[at][1])
        # past an event noun after a host verb, a country qualifies the event hosted
        noun_end = first_end[bisect.bisect_left(event_starts, match.end())]
        chosen = None
        for index in range(bisect.bisect_left(starts, match.end()), len(entities)):
            entity = entities[index]
            if entity.start > reach:
                break
            if pattern is not _HOST or noun_end > entity.start:
                chosen = entity
                break
        if chosen is None and pattern is _HOST:
            before = [
                pair
                for gap in range(7)
                for pair in by_end.get(match.start() - gap, ())
                if gap <= 2 or text[pair[1].end : match.start()].split() == ["قد"]
            ]
            chosen = min(before, key=lambda pair: pair[0])[1] if before else None
        if chosen is not None:
            out.append((match.start(), chosen, pattern is not _MEDIATE))
    return out
