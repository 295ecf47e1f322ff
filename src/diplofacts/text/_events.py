"""Event words: the cues that name summits and rounds, their ordinals, and status words.

What belongs here: the closed lexicons, in match form, of

* event nouns — *strong* cues that name an event by themselves (قمة، لقاء قمة، جولة
  مشاورات، جولة محادثات، الاجتماع الوزاري، اجتماع لوزيري الخارجية …) and *weak* cues
  (محادثات، مباحثات، مفاوضات، مشاورات، لقاء، اجتماع) that usually refer back to an event
  already named;
* ordinals (الأولى … العاشرة, «جولة … ثانية», «الجولة 3») and the new/previous markers
  (جديدة، المقبلة، المرتقبة، السابقة);
* status words by tense: held (عقدت، جرت، اختتمت، انعقدت، التقى), scheduled (تعقد،
  ستعقد، من المقرر، يلتقي), announced (مرتقبة، يعتزم، عزم، قريب), postponed (أرجئت،
  تأجيل), rescheduled (أعيدت جدولة، تأجيل … إلى موعد جديد), cancelled (ألغيت، إلغاء);
* phone calls (اتصال هاتفي، مكالمة), which are not events.

Each finder is one regex pass over the match-form text. What must not be here: deciding
which mentions are the same event (``_coref``) or building model objects (``_assemble``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from diplofacts.model import EventStatus
from diplofacts.text._normalize import key

__all__ = [
    "Cue",
    "CueKind",
    "StatusCue",
    "find_cues",
    "find_phone_calls",
    "find_status_cues",
]

# Proclitics: conjunction و/ف, preposition ب/ك/ل, article ال (or the ل of لل).
PREFIX = r"(?<!\w)(?:[وف])?(?:[بكل])?(?:ال|ل)?"
END = r"(?!\w)"


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of the match forms of ``words``, longest first."""
    keys = sorted({key(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


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
_SUMMIT = alternation(["قمة", "قمم", "القمة", "قمتين"])
_ROUND = alternation(
    ["جولة", "جولات", "جولتي", "جولتين", "جولتان", "الجولتان", "جولتا", "جولته", "جولتها"]
)
# «جولته الأولى», «جولتها المقبلة»: one round of a series named before (its pronoun)
_ONE_ROUND = frozenset(key(w) for w in ["جولة", "جولته", "جولتها"])
# «الدورة المقبلة للجنة المشتركة», «دورة جديدة من المشاورات»: a session of talks is a round
_SESSION = (
    r"دوره(?=(?:\s+\w+){0,2}?\s+(?:لل|ل|ال|من\s+(?:ال)?)?"
    r"(?:لجنه|مشاورات|محادثات|مفاوضات|مباحثات|حوار)(?!\w))"
)
_MINISTERIAL = alternation(["اجتماع وزاري", "اجتماع الوزاري", "حوار استراتيجي", "حوار الاستراتيجي"])
_WEAK = alternation(
    [
        *_TALK_NOUNS.split()[:4],
        *_TALK_NOUNS.split()[6:],
        "لقاء",
        "اللقاء",
        "اجتماع",
        "اجتماعا",
        "الاجتماع",
        "لقاءات",
        "اجتماعات",
    ]
)
# «اجتماع (مرتقب) لوزيري الخارجية», «لقاء وزراء …»: a meeting of ministers is a round.
_MEETING = alternation(["اجتماع", "الاجتماع", "لقاء", "اللقاء"])
_OF_MINISTERS = r"\s+(?:\w+\s+)?ل?(?:وزيري|وزيرا|وزراء)(?!\w)"
_CUE = re.compile(
    rf"{PREFIX}(?:(?P<summit>{_SUMMIT})|(?P<round>{_ROUND})(?:\s+(?P<noun>{alternation(_TALK_NOUNS.split())}))?"
    rf"|(?P<minister>{_MINISTERIAL}|(?:{_MEETING})(?={_OF_MINISTERS})|{_SESSION})"
    rf"|(?P<weak>{_WEAK})){END}"
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

    @property
    def strong(self) -> bool:
        """Whether the cue names an event by itself (not a weak talks/meeting noun)."""
        return self.kind is not CueKind.TALKS


def _neighbours(text: str, end: int, count: int) -> list[str]:
    """Return up to ``count`` words after ``end``, stopping at a clause mark."""
    words: list[str] = []
    for word in text[end : end + 80].split():
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


def find_cues(text: str) -> list[Cue]:
    """Find every event cue in the match-form ``text``, in order."""
    cues: list[Cue] = []
    for match in _CUE.finditer(text):
        start, end = match.start(), match.end()
        if match.group("summit"):
            kind, plural = CueKind.SUMMIT, match.group("summit") in {key("قمم"), key("قمتين")}
        elif match.group("round"):
            kind = CueKind.ROUND
            plural = match.group("round") not in _ONE_ROUND
        elif match.group("minister"):
            kind, plural = CueKind.ROUND, False
        else:
            kind, plural = CueKind.TALKS, False
        after = _neighbours(text, end, 4)
        number = next((ORDINALS[w] for w in after if w in ORDINALS), None)
        close = after[:2]
        if number is None and kind is CueKind.ROUND:
            digits = _NUMBER_AFTER.match(text, end)
            number = int(digits.group(1)) if digits else None
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
            )
        )
    return cues


_STATUS_WORDS: dict[EventStatus, str] = {
    EventStatus.HELD: "عقدت انعقدت انعقد جرت جرى اختتمت اختتم التقى التقت أجرى أجرت أجريت"
    " استضافت استضاف شهدت انتهت عقدا عقدوا عقدتا جرتا احتضن احتضنت احتضنه احتضنها احتضنته احتضنتها",
    EventStatus.SCHEDULED: "تعقد ستعقد سيعقد يعقد ستجري سيجري تنعقد ستنعقد المقرر المزمع يلتقي"
    " سيلتقي تلتقي ستلتقي ستنطلق سينطلق تنطلق ستستضيف تستضيف يستضيف سيستضيف يعقدا",
    EventStatus.ANNOUNCED: "مرتقبة مرتقب المرتقبة المرتقب يعتزم تعتزم عزم اعتزام قريب قريبا"
    " المقبلة المقبل القادمة مقبلة",
    EventStatus.POSTPONED: "أرجئت أرجئ إرجاء تأجيل تأجلت أجلت تأجيلها إرجائها",
    EventStatus.CANCELLED: "ألغيت ألغي إلغاء ألغت ألغى إلغائها",
}
_STATUS_PATTERN = "|".join(
    rf"(?P<{status.value}>{alternation(words.split())})" for status, words in _STATUS_WORDS.items()
)
_RESCHEDULED = alternation(["أعيدت جدولة", "إعادة جدولة", "موعد جديد", "موعدا جديدا"])
_STATUS = re.compile(
    rf"(?<!\w)(?:[وف])?(?:{_STATUS_PATTERN}){END}"
    rf"|(?P<rescheduled>(?<!\w)(?:[وف])?(?:{_RESCHEDULED}){END})"
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
    for match in _STATUS.finditer(text):
        status = EventStatus(next(name for name, value in match.groupdict().items() if value))
        found.append(StatusCue(match.start(), match.end(), status))
    return found


_PHONE = re.compile(
    rf"{PREFIX}(?:(?:اتصال|اتصالا|اتصالات)\s+(?:ال)?هاتفي\w*|مكالم\w*|اتصالا\s+مرئيا){END}"
)


def find_phone_calls(text: str) -> list[tuple[int, int]]:
    """Return the ranges of phone-call phrases (not events) in the match-form ``text``."""
    return [match.span() for match in _PHONE.finditer(text)]
