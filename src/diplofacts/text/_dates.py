"""Date expressions in normalised Arabic text -> :class:`DateMention` records.

What belongs here: the date grammar (one compiled pattern per rule, each rule in its
function's docstring), Hijri conversion, resolution of expressions relative to the date of
publication, and :func:`infer_year`. What must not: resolving event anchors ("after the
Alaska summit") to events, or choosing whether an event is past or future; the assembler
does both with what this module reports.

Every pattern runs over the match form made by :func:`~diplofacts.text._normalize.normalize`
(ASCII digits, bare alef, ي for ى, ه for ة, no tashkeel or tatweel). Patterns have no nested
quantifiers; the month alternation is built from the generated name table, longest first.
Each rule proposes candidates; the leftmost-longest non-overlapping ones are kept, then
neighbours are combined (weekday + date, Hijri + «الموافق» + Gregorian, cross-month ranges,
a year shared by dates joined with و).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
from hijridate import Hijri

from diplofacts.errors import ValidationError
from diplofacts.model import FuzzyDate, Relation
from diplofacts.text._calendar_names import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from diplofacts.text._normalize import key

__all__ = ["DateMention", "find_dates", "infer_year"]


@attrs.frozen
class DateMention:
    """One date expression found in normalised text.

    ``start``/``end`` index :attr:`Normalized.text`; ``date`` is the (start) date as far as
    the text states it, ``end_date`` the end of a range. A date's year is never taken from
    the publication date unless the expression itself is relative to publication («غدا»,
    «15 أغسطس الجاري»): then ``relative_to_publication`` is true. ``relation`` and
    ``anchor_text`` describe dates stated relative to another event («بعد قمة الاسكا»).
    """

    start: int
    end: int
    text: str
    date: FuzzyDate | None
    end_date: FuzzyDate | None = None
    relation: Relation | None = None
    anchor_text: str | None = None
    hijri: str | None = None
    weekday: int | None = None
    weekday_conflict: bool = False
    approximate: bool = False
    part: str | None = None
    relative_to_publication: bool = False


def infer_year(month: int, day: int | None, published: dt.date, *, future: bool) -> int:
    """Return the year of the month (and day) nearest to ``published`` in the given direction.

    For a past event, the most recent such date on or before ``published``; for a future
    event, the next one on or after it. With no day, the month containing ``published``
    counts as both. 29 February goes to the nearest leap year.

    >>> infer_year(12, 20, dt.date(2025, 8, 14), future=False)
    2024
    >>> infer_year(2, None, dt.date(2025, 8, 14), future=True)
    2026

    Raises ``ValueError`` when the day does not exist in the month or the year would leave
    1-9999.
    """
    if not 1 <= month <= 12:
        msg = f"month must be 1-12, got {month}"
        raise ValueError(msg)
    step = 1 if future else -1
    year = published.year
    if day is None:
        if (month - published.month) * step < 0:
            year += step
        if not 1 <= year <= 9999:
            msg = f"no year in 1-9999 for month {month} from {published}"
            raise ValueError(msg)
        return year
    if not 1 <= day <= (29 if month == 2 else _days_in(2001, month)):
        msg = f"day {day} does not exist in month {month}"
        raise ValueError(msg)
    for _ in range(9):  # 29 February may be up to eight years away
        if 1 <= year <= 9999 and day <= _days_in(year, month):
            candidate = dt.date(year, month, day)
            if (candidate - published).days * step >= 0:
                return year
        year += step
    msg = f"no year in 1-9999 for {month}-{day} from {published}"
    raise ValueError(msg)


def _days_in(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


# --- the vocabulary, as match-form alternations -------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """Return a trie-shaped non-capturing alternation of the match forms of ``words``.

    A trie lets the regex engine reject a position after one or two characters, where a
    flat alternation tries every word (the notes measured a 20-60x difference). A longer
    word is always tried before its prefix. A space matches one or more spaces, or none
    before a digit («كانون 2», «كانون2»).
    """
    trie: dict[str, Any] = {}
    for word in {key(w) for w in words}:
        node = trie
        for char in " ".join(word.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    """Write one trie node as a pattern; a node where a word ends makes its rest optional."""
    branches = []
    for char in sorted(c for c in node if c):
        child = node[char]
        if char == " ":
            head = r"\s*" if any(c[:1].isdigit() for c in child) else r"\s+"
        else:
            head = re.escape(char)
        branches.append(head + _emit(child))
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group


def _lookup(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    return {"".join(key(name).split()): number for name, number in pairs}


_MONTHS = _lookup(GREGORIAN_MONTHS)
_HIJRI = _lookup(HIJRI_MONTHS)
_WEEKDAYS = _lookup(WEEKDAYS)
_ORDINALS = {
    **{
        w: n
        for n, w in enumerate(
            [
                "الأول",
                "الثاني",
                "الثالث",
                "الرابع",
                "الخامس",
                "السادس",
                "السابع",
                "الثامن",
                "التاسع",
                "العاشر",
            ],
            1,
        )
    },
    **{
        f"{w} عشر": n
        for n, w in enumerate(
            [
                "الحادي",
                "الثاني",
                "الثالث",
                "الرابع",
                "الخامس",
                "السادس",
                "السابع",
                "الثامن",
                "التاسع",
            ],
            11,
        )
    },
    "العشرين": 20,
    "الثلاثين": 30,
    "الحادي والثلاثين": 31,
    "الواحد والثلاثين": 31,
    "الواحد والعشرين": 21,
    **{
        f"{w} والعشرين": n
        for n, w in enumerate(
            [
                "الحادي",
                "الثاني",
                "الثالث",
                "الرابع",
                "الخامس",
                "السادس",
                "السابع",
                "الثامن",
                "التاسع",
            ],
            21,
        )
    },
}
_ORDINAL = _lookup(_ORDINALS.items())

_END = r"(?!\w)"
_MONTH = rf"{_alt(n for n, _ in GREGORIAN_MONTHS)}{_END}"
_HIJRI_MONTH = rf"{_alt(n for n, _ in HIJRI_MONTHS)}{_END}"
_WEEKDAY = rf"{_alt(n for n, _ in WEEKDAYS)}{_END}"
_YEAR = r"[12]\d{3}(?!\d)(?:\s?م(?!\w))?"
_YEAR_CUES = frozenset(map(key, ["عام", "العام", "سنة", "السنة", "لعام", "للعام", "لسنة"]))
_PARTS = {
    **dict.fromkeys(map(key, ["مطلع", "أوائل", "بداية", "بدايات", "أول", "مستهل"]), "early"),
    **dict.fromkeys(map(key, ["منتصف", "أواسط", "وسط"]), "mid"),
    **dict.fromkeys(map(key, ["أواخر", "نهاية", "آخر", "ختام"]), "late"),
}
_APPROX = frozenset(map(key, ["نحو", "حوالي", "قرابة", "زهاء"]))
_RANGE_CUES = frozenset(map(key, ["بين", "من", "يومي", "أيام"]))
_PAST = frozenset(map(key, ["الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة"]))
_FUTURE = frozenset(map(key, ["المقبل", "المقبلة", "القادم", "القادمة"]))
_CURRENT = frozenset(map(key, ["الجاري", "الجارية", "الحالي", "الحالية"]))
_REL = f"(?P<rel>{_alt(_PAST | _FUTURE | _CURRENT)}){_END}"
_SHAHR = frozenset(["شهر"])
# Words read back before a weekday or a day word (already in match form).
_YAWM = frozenset(["يوم"])
_DAY_LEADS = frozenset(["اليوم", "يوم"])
_DAY_WORD_LEADS = frozenset(["بعد", "اول", "روسيا"])

#: [[من] (عام|سنة)] year, or [من] (العام|السنة) (الماضي|المقبل|الجاري), after a month.
_YEAR_TAIL = (
    rf"(?:\s+(?:(?:{_alt(['من'])}\s+)?{_alt(_YEAR_CUES)}\s+)?(?P<y>{_YEAR})"
    rf"|\s+(?:{_alt(['من'])}\s+)?{_alt(['العام', 'السنة'])}\s+"
    rf"(?P<yrel>{_alt(_PAST | _FUTURE | _CURRENT)}){_END})?"
)
# Prepositions that make a bare month name a date: «في شتنبر», «خلال يوليه».
_MONTH_PREPS = frozenset(["في", "خلال", "منذ", "حتي"])

# --- the grammar --------------------------------------------------------------------------
# Each pattern starts with a token that must be there (a digit, a month name, a keyword), so
# the regex engine can skip ahead quickly; optional words *before* that token (a range cue,
# a part of the month, «يوم») are read back with :func:`_words_before`.

#: [من] [شهر] month [/ month] [[من] (عام|سنة)] year] [الجاري|المقبل|الماضي]
_MONTH_TAIL = (
    rf"(?:{_alt(['من'])}\s+)?(?:{_alt(['شهر'])}\s+)?(?P<m>{_MONTH})"
    rf"(?:\s*[/(]\s*(?P<m2>{_MONTH})\)?)?"
    rf"{_YEAR_TAIL}"
    rf"(?:\s+{_REL})?"
)
#: day [(-|الى|حتى|و) day] month-tail: «15 أغسطس», «10 و12 مارس», «3 إلى 5 يونيو 2025».
_DAY_MONTH = re.compile(
    r"(?P<d1>\d{1,2})(?!\d)"
    rf"(?:\s*(?P<sep>-|{_alt(['إلى', 'حتى'])}\s|و)\s*(?P<d2>[0-3]?\d)(?!\d))?"
    rf"\s+{_MONTH_TAIL}"
)
#: ordinal-day month-tail: «الخامس عشر من أغسطس».
_ORDINAL_MONTH = re.compile(rf"(?P<ord>{_alt(_ORDINALS)}){_END}\s+{_MONTH_TAIL}")
#: month [/ month] [year] [الجاري...], after «شهر» or a part word unless a year or a double
#: name or «الجاري» follows: «أغسطس 2025», «مطلع سبتمبر», «آب/أغسطس».
_MONTH_ONLY = re.compile(
    rf"(?<!\d\s)(?P<m>{_MONTH})(?:\s*[/(]\s*(?P<m2>{_MONTH})\)?)?"
    rf"{_YEAR_TAIL}"
    rf"(?:\s+{_REL})?"
)
#: year, after (عام|سنة) [and a part word]: «عام 2025» (a bare four-digit number is not a date).
_YEAR_ONLY = re.compile(rf"(?P<y>{_YEAR})")
#: day sep month sep year, sep one of . / \ -: «15.08.2025», «16\8\2025».
_NUMERIC_DMY = re.compile(
    r"(?P<d>\d{1,2})(?P<s>[./\\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d|[./\\-]\d)"
)
#: year sep month sep day: «2025-08-15», «2025/08/15».
_NUMERIC_YMD = re.compile(
    r"(?P<y>\d{4})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d|[./\\-]\d)"
)
#: day Hijri-month year [هـ|هجرية|للهجرة]: «21 صفر 1447 هـ».
_HIJRI_DATE = re.compile(
    rf"(?P<d1>\d{{1,2}})\s+(?P<m>{_HIJRI_MONTH})\s+(?P<y>1[3-5]\d\d)(?!\d)"
    rf"(?:\s*{_alt(['هـ', 'هجرية', 'هجري', 'للهجرة', 'الهجري'])}{_END})?"
)
#: weekday [المقبل|الماضي], after an optional «يوم»/«اليوم»: «يوم الخميس المقبل».
_WEEKDAY_RE = re.compile(rf"(?P<wd>{_WEEKDAY})(?:\s+{_REL})?")
_DAY_WORDS = {
    key("اليوم"): 0,
    key("غدا"): 1,
    key("غد"): 1,
    key("أمس"): -1,
    key("البارحة"): -1,
}
#: اليوم | غدا | [بعد] غد | [أول] أمس [الأول]: a day counted from publication (not «اليوم
#: التالي»).
_DAY_WORD = re.compile(
    rf"(?P<w>{_alt(_DAY_WORDS)}){_END}(?P<first>\s+{_alt(['الأول'])}{_END})?"
    rf"(?!\s+{_alt(['الأول', 'الثاني', 'التالي', 'الأخير', 'نفسه', 'ذاته', 'العالمي'])})"
)
#: (الأسبوع|الشهر|العام) (المقبل|الجاري|الماضي), after an optional part word.
_PERIOD = re.compile(rf"(?P<unit>{_alt(['الأسبوع', 'الشهر', 'العام', 'السنة'])})\s+{_REL}")
_UNITS = _alt(
    [
        "يوم",
        "أيام",
        "يومين",
        "يوما",
        "أسبوع",
        "أسبوعين",
        "أسبوعا",
        "أسابيع",
        "شهر",
        "شهرين",
        "شهرا",
        "أشهر",
        "شهور",
        "عام",
        "عامين",
        "عاما",
        "أعوام",
        "سنة",
        "سنتين",
        "سنوات",
        "ساعة",
        "ساعات",
        "ساعتين",
    ]
)
_NUMBER_WORDS = _alt(
    [
        "ثلاثة",
        "أربعة",
        "خمسة",
        "ستة",
        "سبعة",
        "ثمانية",
        "تسعة",
        "عشرة",
        "ثلاث",
        "أربع",
        "خمس",
        "ست",
        "سبع",
        "ثماني",
        "تسع",
        "عشر",
        "بضعة",
        "بضع",
        "عدة",
    ]
)
_DURATION_PREPS = {
    key("خلال"): Relation.WITHIN,
    key("في غضون"): Relation.WITHIN,
    key("بعد"): Relation.AFTER,
    key("قبل"): Relation.BEFORE,
    key("منذ"): Relation.BEFORE,
}
_PLURAL_UNITS = _alt(
    ["الأيام", "الأسابيع", "الأشهر", "الشهور", "الساعات", "الأعوام", "السنوات", "الفترة"]
)
#: (خلال|في غضون|بعد|قبل|منذ) [number] unit | (الأيام|الأسابيع ...) (المقبلة|الماضية):
#: «خلال أسبوعين», «خلال الأيام المقبلة».
_DURATION = re.compile(
    rf"(?P<prep>{_alt(_DURATION_PREPS)})\s+(?:"
    rf"(?:(?:\d{{1,3}}|{_NUMBER_WORDS})\s+)?{_UNITS}"
    rf"|{_PLURAL_UNITS}\s+"
    rf"{_alt(['المقبلة', 'القادمة', 'الماضية', 'الأخيرة'])}){_END}(?!\s+(?:\d|{_MONTH}))"
)
_EVENT_PREPS = {
    **dict.fromkeys(map(key, ["بعد", "عقب", "بعيد", "إثر", "في أعقاب", "غداة"]), Relation.AFTER),
    **dict.fromkeys(map(key, ["قبل", "قبيل"]), Relation.BEFORE),
    key("على هامش"): Relation.ON_SIDELINES_OF,
    **dict.fromkeys(
        map(key, ["خلال", "أثناء", "في أثناء", "إبان", "في إطار", "في ختام"]), Relation.DURING
    ),
}
_EVENT_NOUNS = [
    "قمة",
    "زيارة",
    "اجتماع",
    "اجتماعات",
    "لقاء",
    "لقاءات",
    "محادثات",
    "مباحثات",
    "مفاوضات",
    "مؤتمر",
    "جولة",
    "جولات",
    "مشاورات",
    "منتدى",
    "اتصال",
    "مكالمة",
    "دورة",
    "أعمال",
    "انتخابات",
    "حوار",
]
#: (بعد|عقب|قبل|على هامش|خلال ...) [ال]event-noun: the start of an event-relative date.
_EVENT = re.compile(
    rf"(?P<prep>{_alt(_EVENT_PREPS)})\s+(?P<head>(?:ال)?{_alt(_EVENT_NOUNS)}){_END}"
)
_ANCHOR_WORD = re.compile(r"[ \t]+(?P<w>[^\s\d.,،؛:;!?؟\"'()\[\]{}|/\\<>*•-]+)")
_STOP = frozenset(
    key(w)
    for w in [
        "في",
        "من",
        "إلى",
        "على",
        "عن",
        "مع",
        "بين",
        "حيث",
        "التي",
        "الذي",
        "الذين",
        "اللذين",
        "ثم",
        "أو",
        "لكن",
        "بعد",
        "قبل",
        "خلال",
        "عند",
        "منذ",
        "حول",
        "ضد",
        "لدى",
        "عبر",
        "لأن",
        "كما",
        "إذ",
        "أن",
        "إن",
        "إذا",
        "حتى",
        "كي",
        "مباشرة",
        "بأيام",
        "بيوم",
        "بأسبوع",
        "بساعات",
        "بقليل",
        "بشهر",
        "أيضا",
        "فقط",
        "وفي",
        "ومن",
        "وإلى",
        "وعلى",
        "وبعد",
        "وقبل",
        "وخلال",
        "ومع",
        "وعن",
    ]
)
_CONNECT_SAME = re.compile(rf"\s*[,،]?\s*(?:و?{_alt(['الموافق', 'الموافقة'])})(?:\s*ل)?\s*")
_CONNECT_WEEKDAY = re.compile(rf"\s*[,،]?\s*(?:{_alt(['الموافق'])}\s*)?")
_CONNECT_RANGE = re.compile(rf"\s*(?:-|{_alt(['إلى', 'حتى'])})\s*")
_CONNECT_AND = re.compile(r"\s*و\s*")


# --- candidates ---------------------------------------------------------------------------


@attrs.define
class _Found:
    """A mention under construction, with what the combining step needs to know."""

    start: int
    end: int
    kind: str  # "day", "month", "year", "weekday", "hijri", "relative", "event"
    date: FuzzyDate | None = None
    core: int = -1  # start without a range cue («من», «بين»), for single dates
    cue: str | None = None
    relation: Relation | None = None
    anchor: str | None = None
    hijri: str | None = None
    hijri_date: dt.date | None = None
    weekday: int | None = None
    approximate: bool = False
    part: str | None = None
    relative: bool = False
    end_date: FuzzyDate | None = None
    rel: str | None = None


def _fuzzy(
    year: int | None,
    month: int | None,
    day: int | None,
    *,
    approximate: bool = False,
    year_inferred: bool = False,
) -> FuzzyDate | None:
    """Build a FuzzyDate, or return ``None`` for one that cannot exist."""
    try:
        return FuzzyDate(
            year=year,
            month=month,
            day=day,
            approximate=approximate,
            year_inferred=year_inferred,
        )
    except ValidationError:
        return None


def _word_before(text: str, pos: int) -> tuple[int, str]:
    """Return the start and text of the word before ``pos`` (across spaces), or ``(pos, "")``.

    A proclitic و or ف is dropped from the word returned (its start still counts it).
    """
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == pos:
        return pos, ""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start, text[start:end]


def _cue_before(text: str, pos: int, words: frozenset[str] | dict[str, str]) -> tuple[int, str]:
    """Return the start and match form of a cue word from ``words`` just before ``pos``."""
    start, word = _word_before(text, pos)
    if word in words:
        return start, word
    if word[:1] in ("و", "ف") and word[1:] in words:
        return start, word[1:]
    return pos, ""


def _digit_before(text: str, pos: int) -> bool:
    return pos > 0 and text[pos - 1].isdigit()


def _year_of(text: str | None) -> int | None:
    return None if text is None else int(text.rstrip("م \t\n\r\f\v"))


def _resolve_month_year(
    month: int, day: int | None, rel: str | None, published: dt.date | None
) -> tuple[int | None, bool]:
    """Return (year, relative to publication) for «month الجاري/المقبل/الماضي»."""
    if rel is None:
        return None, False
    if published is None:
        return None, True
    if rel in _CURRENT:
        return published.year, True
    if day is None and month == published.month:  # «أغسطس الماضي» written in August
        return published.year + (1 if rel in _FUTURE else -1), True
    try:
        return infer_year(month, day, published, future=rel in _FUTURE), True
    except ValueError:  # «31 فبراير المقبل»: no such date, the caller drops it
        return None, True


def _year_from_rel(yrel: str | None, published: dt.date | None) -> tuple[int | None, bool]:
    """Return (year, relative to publication) for «من العام الماضي/المقبل/الجاري»."""
    if yrel is None:
        return None, False
    if published is None:
        return None, True
    return published.year + (1 if yrel in _FUTURE else -1 if yrel in _PAST else 0), True


def _month_of(m: str, m2: str | None) -> tuple[int, bool]:
    """Return the month and whether a double month names the same month twice."""
    month = _MONTHS["".join(m.split())]
    return month, m2 is None or _MONTHS["".join(m2.split())] == month


def _day_month(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: [approx] [بين|من|يومي] day [-|و|إلى day] month-tail, or ordinal month-tail."""
    for pattern in (_DAY_MONTH, _ORDINAL_MONTH):
        for match in pattern.finditer(text):
            if pattern is _DAY_MONTH and _digit_before(text, match.start()):
                continue
            if pattern is _ORDINAL_MONTH and not _boundary_before(text, match.start()):
                continue
            yield from _day_month_found(text, match, published)


def _day_month_found(
    text: str, match: re.Match[str], published: dt.date | None
) -> Iterator[_Found]:
    g = match.groupdict()
    month, same = _month_of(g["m"], g["m2"])
    end = match.end() if same else match.end("m")
    year_text, rel = (g["y"], g["rel"]) if same else (None, None)
    first = int(g["d1"]) if g.get("d1") is not None else _ORDINAL["".join(g["ord"].split())]
    year = _year_of(year_text)
    year, relative = (year, False) if year is not None else _year_from_rel(g["yrel"], published)
    inferred = year is not None and year_text is None
    if year is None and not relative:
        year, relative = _resolve_month_year(month, first, rel, published)
        inferred = year is not None
    elif rel is not None:
        end = match.end("y")
    core = match.start()
    cue_start, cue = _cue_before(text, core, _RANGE_CUES)
    approx_start, approx = _cue_before(text, cue_start, _APPROX)
    date = _fuzzy(year, month, first, approximate=bool(approx), year_inferred=inferred)
    if g.get("d2") is not None:
        last = _fuzzy(year, month, int(g["d2"]), year_inferred=inferred)
        if date is None or last is None or last.sort_key() <= date.sort_key():
            if last is not None:  # «30 و2 مارس» is no range: keep the second date
                yield _Found(match.start("d2"), end, "day", last, relative=relative)
            return
        yield _Found(
            approx_start,
            end,
            "day",
            date,
            end_date=last,
            approximate=bool(approx),
            relative=relative,
        )
    elif date is not None:
        yield _Found(
            approx_start,
            end,
            "day",
            date,
            core=approx_start if approx else core,
            cue=cue or None,
            approximate=bool(approx),
            relative=relative,
        )


def _month_only(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: [part] [شهر] month [/ month] [year] [الجاري]; a cue must come with the month."""
    for match in _MONTH_ONLY.finditer(text):
        g = match.groupdict()
        start = match.start()
        if not _boundary_before(text, start) or _digit_before(text, _word_before(text, start)[0]):
            continue
        shahr_start, shahr = _cue_before(text, start, _SHAHR)
        part_start, part_word = _cue_before(text, shahr_start, _PARTS)
        month, same = _month_of(g["m"], g["m2"])
        year_text, rel = (g["y"], g["rel"]) if same else (None, None)
        yrel = g["yrel"] if same else None
        cued = part_word or shahr or _cue_before(text, start, _MONTH_PREPS)[1]
        if not (cued or year_text or yrel or rel or (g["m2"] and same)):
            continue
        end = match.end() if same else match.end("m")
        year = _year_of(year_text)
        year, relative = (year, False) if year is not None else _year_from_rel(yrel, published)
        if year is None and not relative:
            year, relative = _resolve_month_year(month, None, rel, published)
        elif rel is not None:
            end = match.end("y")
        part = _PARTS.get(part_word)
        date = _fuzzy(year, month, None, year_inferred=year is not None and year_text is None)
        yield _Found(
            part_start,
            end,
            "month",
            date,
            part=part,
            approximate=part is not None,
            relative=relative,
        )


def _year_only(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: [part] (عام|سنة) year: «عام 2025» (a bare four-digit number is not a date)."""
    del published
    for match in _YEAR_ONLY.finditer(text):
        if _digit_before(text, match.start()):
            continue
        cue_start, cue = _cue_before(text, match.start(), _YEAR_CUES)
        if not cue:
            continue
        part_start, part_word = _cue_before(text, cue_start, _PARTS)
        part = _PARTS.get(part_word)
        yield _Found(
            part_start,
            match.end(),
            "year",
            _fuzzy(_year_of(match["y"]), None, None),
            part=part,
            approximate=part is not None,
        )


def _numeric(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: all-digit dates, day first with a dot, slash, backslash or dash; or ISO."""
    del published
    for pattern in (_NUMERIC_DMY, _NUMERIC_YMD):
        for match in pattern.finditer(text):
            before = text[match.start() - 1 : match.start()]
            if before and (before.isdigit() or before in "./\\-"):
                continue
            date = _fuzzy(int(match["y"]), int(match["m"]), int(match["d"]))
            if date is not None and date.year is not None and date.year >= 1000:
                yield _Found(match.start(), match.end(), "day", date)


def _hijri(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: a Hijri date with its year, converted with the Umm al-Qura calendar."""
    del published
    for match in _HIJRI_DATE.finditer(text):
        if _digit_before(text, match.start()):
            continue
        year, month, day = int(match["y"]), _HIJRI["".join(match["m"].split())], int(match["d1"])
        try:
            converted = Hijri(year, month, day).to_gregorian()
        except (OverflowError, ValueError):
            gregorian = date = None
        else:
            gregorian = dt.date(converted.year, converted.month, converted.day)
            date = _fuzzy(gregorian.year, gregorian.month, gregorian.day)
        yield _Found(
            match.start(),
            match.end(),
            "hijri",
            date,
            hijri=match.group(),
            hijri_date=gregorian,
        )


def _weekday(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: [اليوم|يوم] weekday [المقبل|الماضي]; resolved only with a direction or «اليوم»."""
    for match in _WEEKDAY_RE.finditer(text):
        if not _boundary_before(text, match.start()):
            continue
        start, lead = _cue_before(text, match.start(), _DAY_LEADS)
        weekday = _WEEKDAYS[match["wd"]]
        rel = match["rel"]
        today = lead == "اليوم"
        date = None
        if published is not None and rel is not None and rel not in _CURRENT:
            step = 1 if rel in _FUTURE else -1
            days = (weekday - published.weekday()) * step % 7 or 7
            when = published + dt.timedelta(days=days * step)
            date = _fuzzy(when.year, when.month, when.day, year_inferred=True)
        elif published is not None and today:
            date = _fuzzy(published.year, published.month, published.day, year_inferred=True)
        yield _Found(start, match.end(), "weekday", date, weekday=weekday, relative=True, rel=rel)


def _day_word(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: [يوم] اليوم | غدا | بعد غد | [أول] أمس [الأول] (not «اليوم التالي», «روسيا اليوم»)."""
    for match in _DAY_WORD.finditer(text):
        start = match.start()
        if not _boundary_before(text, start):
            continue
        word = match["w"]
        offset = _DAY_WORDS[word]
        before_start, before = _cue_before(text, start, _DAY_WORD_LEADS)
        if before == "روسيا":
            continue
        if word == "غد":
            if before == "بعد":
                offset, start = 2, before_start
            elif not _cue_before(text, start, _YAWM)[1]:
                continue  # a bare «غد» is "the future", not tomorrow; «يوم غد» is tomorrow
        elif word == "امس" and (before == "اول" or match["first"]):
            offset = -2
            start = before_start if before == "اول" else start
        elif match["first"]:
            continue
        start = _cue_before(text, start, _YAWM)[0]
        date = None
        if published is not None:
            when = published + dt.timedelta(days=offset)
            date = _fuzzy(when.year, when.month, when.day, year_inferred=True)
        yield _Found(start, match.end(), "relative", date, relative=True)


def _period(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: [part] (الأسبوع|الشهر|العام) (المقبل|الجاري|الماضي)."""
    for match in _PERIOD.finditer(text):
        if not _boundary_before(text, match.start()):
            continue
        start, part_word = _cue_before(text, match.start(), _PARTS)
        rel = match["rel"]
        unit = match["unit"]
        step = 1 if rel in _FUTURE else -1 if rel in _PAST else 0
        part = _PARTS.get(part_word)
        date = None
        if published is not None and unit == "الشهر":
            index = published.year * 12 + published.month - 1 + step
            date = _fuzzy(index // 12, index % 12 + 1, None, year_inferred=True)
        elif published is not None and unit != "الاسبوع":
            date = _fuzzy(published.year + step, None, None)
        yield _Found(
            start,
            match.end(),
            "relative",
            date,
            part=part,
            approximate=part is not None,
            relative=True,
        )


def _duration(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: «خلال أسبوعين», «بعد ثلاثة أيام», «خلال الأيام المقبلة» (never resolved to a day)."""
    del published
    for match in _DURATION.finditer(text):
        if not _boundary_before(text, match.start()):
            continue
        relation = _DURATION_PREPS[" ".join(match["prep"].split())]
        yield _Found(match.start(), match.end(), "relative", relation=relation, relative=True)


def _event(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: preposition + event noun + up to three more words: «بعد قمة الاسكا»."""
    del published
    for match in _EVENT.finditer(text):
        if not _boundary_before(text, match.start()):
            continue
        end = match.end()
        # One free word after an indefinite head («قمة الاسكا»), then only definite words
        # («قمة مجموعة العشرين», «القمة المرتقبة»): a verb after the phrase ends it.
        definite = match["head"].startswith("ال")
        for _ in range(3):
            word = _ANCHOR_WORD.match(text, end)
            if word is None or word["w"] in _STOP or (definite and not word["w"].startswith("ال")):
                break
            end = word.end()
            definite = True
        relation = _EVENT_PREPS[" ".join(match["prep"].split())]
        anchor = " ".join(text[match.start("head") : end].split())
        yield _Found(match.start(), end, "event", relation=relation, anchor=anchor)


def _boundary_before(text: str, start: int) -> bool:
    """Whether ``start`` begins a word, allowing one proclitic و/ف/ب/ل before it."""
    if start == 0 or not _is_letter(text[start - 1]):
        return True
    return text[start - 1] in "وفبل" and (start == 1 or not _is_letter(text[start - 2]))


def _is_letter(char: str) -> bool:
    return char.isalpha()


_RULES: tuple[Callable[[str, dt.date | None], Iterator[_Found]], ...] = (
    _hijri,
    _numeric,
    _day_month,
    _month_only,
    _year_only,
    _weekday,
    _day_word,
    _period,
    _duration,
    _event,
)

# --- choosing and combining ---------------------------------------------------------------


def _select(found: list[_Found]) -> list[_Found]:
    """Keep the leftmost-longest candidates that do not overlap (earlier rules win ties)."""
    order = sorted(range(len(found)), key=lambda i: (found[i].start, -found[i].end, i))
    kept: list[_Found] = []
    for i in order:
        if not kept or found[i].start >= kept[-1].end:
            kept.append(found[i])
    return kept


def _joins(text: str, left: _Found, right: _Found, pattern: re.Pattern[str]) -> bool:
    return pattern.fullmatch(text, left.end, right.start) is not None


def _combine(text: str, items: list[_Found]) -> list[_Found]:
    """Join neighbours that make one expression; see the module docstring."""
    out: list[_Found] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None and (merged := _merge(text, prev, item)) is not None:
            out[-1] = merged
        else:
            out.append(item)
    for i in range(len(out) - 1, 0, -1):
        _share_year(text, out[i - 1], out[i])
    return out


def _merge(text: str, prev: _Found, item: _Found) -> _Found | None:
    """Return ``prev`` and ``item`` joined when they form one expression, else ``None``."""
    if prev.kind == "hijri" and item.kind == "day" and _joins(text, prev, item, _CONNECT_SAME):
        return _with_hijri(item, prev, start=prev.start, end=item.end)
    if prev.kind == "day" and item.kind == "hijri" and _joins(text, prev, item, _CONNECT_SAME):
        return _with_hijri(prev, item, start=prev.start, end=item.end)
    if (
        prev.kind == "weekday"
        and prev.rel is None
        and item.kind in ("day", "hijri")
        and item.end_date is None
        and _joins(text, prev, item, _CONNECT_WEEKDAY)
    ):
        return attrs.evolve(item, start=prev.start, core=prev.start, weekday=prev.weekday)
    if (
        prev.kind == "day"
        and item.kind == "day"
        and prev.end_date is None
        and item.end_date is None
        and prev.date is not None
        and item.date is not None
        and (
            _joins(text, prev, item, _CONNECT_RANGE)
            or (prev.cue == "بين" and _joins(text, prev, item, _CONNECT_AND))
        )
    ):
        first = prev.date
        if first.year is None and item.date.year is not None and not item.date.year_inferred:
            year = item.date.year - (first.sort_key()[1:] > item.date.sort_key()[1:])
            first = _fuzzy(year, first.month, first.day) or first
        return attrs.evolve(prev, end=item.end, date=first, end_date=item.date, core=prev.start)
    return None


def _with_hijri(greg: _Found, hijri: _Found, *, start: int, end: int) -> _Found:
    """Return the Gregorian mention carrying the Hijri text (uncertain when they disagree)."""
    date = greg.date
    if date is not None and hijri.hijri_date is not None:
        stated = date.to_date()
        if stated is None or abs((stated - hijri.hijri_date).days) > 1:
            date = attrs.evolve(date, uncertain=True)
    weekday = greg.weekday if greg.weekday is not None else hijri.weekday
    return attrs.evolve(
        greg, start=start, core=start, end=end, hijri=hijri.hijri, date=date, weekday=weekday
    )


def _share_year(text: str, left: _Found, right: _Found) -> None:
    """«27 فبراير و10 أبريل 2025»: a stated year covers an earlier date before it too."""
    if not (
        left.kind == "day"
        and right.kind == "day"
        and left.date is not None
        and right.date is not None
        and left.end_date is None
        and left.date.year is None
        and right.date.year is not None
        and not right.date.year_inferred
        and left.hijri is None
        and left.date.sort_key()[1:] <= right.date.sort_key()[1:]
        and _joins(text, left, right, _CONNECT_AND)
    ):
        return
    left.date = _fuzzy(right.date.year, left.date.month, left.date.day) or left.date


def _finish(text: str, item: _Found) -> DateMention:
    start = item.start if item.end_date is not None or item.core < 0 else item.core
    date = item.date
    conflict = False
    if item.weekday is not None and date is not None:
        full = date.to_date()
        conflict = full is not None and full.weekday() != item.weekday
    return DateMention(
        start=start,
        end=item.end,
        text=text[start : item.end],
        date=date,
        end_date=item.end_date,
        relation=item.relation,
        anchor_text=item.anchor,
        hijri=item.hijri,
        weekday=item.weekday,
        weekday_conflict=conflict,
        approximate=item.approximate,
        part=item.part,
        relative_to_publication=item.relative,
    )


def find_dates(text: str, *, published: dt.date | None = None) -> list[DateMention]:
    """Find the date expressions in normalised ``text``, sorted and non-overlapping.

    ``published`` resolves only the expressions relative to publication («غدا», «الشهر
    المقبل», «15 أغسطس الجاري»); a date without a year keeps ``year=None`` otherwise.

    >>> [m.date.to_edtf() for m in find_dates("جرت في 27 فبراير و10 ابريل")]
    ['XXXX-02-27', 'XXXX-04-10']
    """
    found = [item for rule in _RULES for item in rule(text, published)]
    return [_finish(text, item) for item in _combine(text, _select(found))]
