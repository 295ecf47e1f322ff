"""Who reports and who speaks: attribution phrases and statements.

What belongs here (match-form text, match-form offsets):

* attributions — a reporting word (نقلت، بحسب، وفقا ل، وفق ما نقلته، ذكرت، أفادت، قال،
  أعلن، أكد …) followed within a few words by an organization (an outlet or an
  institution: وكالة تاس، شبكة إن بي سي، الكرملين، البيت الأبيض، السفارة الأمريكية في
  موسكو), then optionally «عن» and the source it relied on: another organization, a
  person, or a described source (مصدر مطلع، مسؤول) — the ``via`` chain;
* statements — a speech verb (قال، صرح، أكد، أعلن، أوضح، أعرب …), its speaker (a person or
  an organization mention starting right after it) and the reported words (after إن/أن/عن/:
  to the end of the sentence).

The caller passes the speakers it found (organizations and people) as :class:`Speaker`
records; this module only reads the words around them. What must not: building model
objects or deciding which event a source belongs to (``_assemble``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from diplofacts.model import StatementKind
from diplofacts.text._entities import EntityMention
from diplofacts.text._events import END, alternation
from diplofacts.text._normalize import key

__all__ = [
    "AttributionMention",
    "Described",
    "Speaker",
    "StatementMention",
    "find_attributions",
    "find_hosts",
    "find_own_mediation",
    "says_all_of_them",
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
    for speaker in speakers:
        if speaker.start < at or speaker.is_person:
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
    attributions: list[AttributionMention] = []
    statements: list[StatementMention] = []
    used: set[int] = set()
    for match in _REPORT.finditer(text, start, end):
        verb = match.group("verb")
        after = [s for s in speakers if match.end() <= s.start <= match.end() + _GAP]
        source = next(iter(after), None)
        if source is None or source.start in used:
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
                attributions.append(AttributionMention(also.start, also.end, also))
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
    return attributions, statements


# Hosts and mediators, only from explicit words (تستضيف، استضافت، بدعوة من، بوساطة، برعاية).
_HOST = re.compile(
    r"(?<!\w)[وف]?(?:"
    + alternation(["تستضيف", "يستضيف", "استضاف", "ستستضيف", "سيستضيف", "تحتضن", "احتضن", "ستحتضن"])
    + r")\w*(?!\w)|(?<!\w)[وف]?ب?(?:استضافه|احتضان)(?!\w)"
)
_INVITE = re.compile(r"(?<!\w)(?:بدعوه\s+من|بدعوه)(?!\w)")
_MEDIATE = re.compile(r"(?<!\w)[وف]?(?:بوساطه|وساطه|برعايه|الوساطه)(?!\w)")
# «في إطار وساطتها»: the mediation of the one named as host
_OWN_MEDIATION = re.compile(r"(?<!\w)[وف]?ب?وساطت(?:ها|ه)(?!\w)")
# «جرت جميعها بوساطة …»: what the sentence says holds for every event it names
_ALL_OF_THEM = re.compile(r"(?<!\w)(?:جميعها|كلها|جميعا|كلتاهما|كلاهما)(?!\w)")


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
    for pattern, host in ((_HOST, True), (_INVITE, True), (_MEDIATE, False)):
        for match in pattern.finditer(text, *unit):
            reach = match.end() + 12
            person = next((p for p in people if 0 <= p[0] - match.end() <= 2), None)
            if person is not None:
                reach = max(reach, person[1])
            after = [
                e
                for e in entities
                if match.end() <= e.start <= reach
                and not (
                    pattern is _HOST
                    and any(
                        match.end() <= c_start and c_end <= e.start for c_start, c_end in events
                    )
                )
            ]
            before = [e for e in entities if pattern is _HOST and 0 <= match.start() - e.end <= 2]
            chosen = after or before
            if chosen:
                out.append((match.start(), chosen[0], host))
    return out
