"""Dates counted from publication or from another event («خلال أسبوعين», «بعد القمة»).

What belongs here: days counted from publication (اليوم، غدا، أمس), periods (الأسبوع / الشهر
/ العام المقبل), durations (خلال أسبوعين، بعد ثلاثة أيام) resolved to a month when every day
they may point to lies in one, and phrases relative to another event (a preposition and an
event noun). What must not: resolving an anchor to an event (the assembler does).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from diplofacts.model import FuzzyDate, Relation
from diplofacts.text._date_words import (
    _DAY_WORD_LEADS,
    _END,
    _FUTURE,
    _MONTH,
    _PARTS,
    _PAST,
    _REL,
    _YAWM,
    _alt,
    _boundary_before,
    _cue_before,
    _days_in,
    _Found,
    _fuzzy,
)
from diplofacts.text._normalize import key

__all__: list[str] = []

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
#: Each duration unit with its size and count: a dual counts two, a bare plural a few.
_UNIT_WORDS: dict[str, tuple[str, int | None]] = {
    "يوم": ("day", 1),
    "أيام": ("day", None),
    "يومين": ("day", 2),
    "يوما": ("day", 1),
    "أسبوع": ("week", 1),
    "أسبوعين": ("week", 2),
    "أسبوعا": ("week", 1),
    "أسابيع": ("week", None),
    "شهر": ("month", 1),
    "شهرين": ("month", 2),
    "شهرا": ("month", 1),
    "أشهر": ("month", None),
    "شهور": ("month", None),
    "عام": ("year", 1),
    "عامين": ("year", 2),
    "عاما": ("year", 1),
    "أعوام": ("year", None),
    "سنة": ("year", 1),
    "سنتين": ("year", 2),
    "سنوات": ("year", None),
    "ساعة": ("hour", 1),
    "ساعات": ("hour", None),
    "ساعتين": ("hour", 2),
}
_UNIT_OF = {key(word): value for word, value in _UNIT_WORDS.items()}
_UNITS = _alt(_UNIT_WORDS)
#: Number words before a unit; ``None`` for a vague count («بضعة», «عدة»).
_COUNT_WORDS: dict[str, int | None] = {
    "ثلاثة": 3,
    "أربعة": 4,
    "خمسة": 5,
    "ستة": 6,
    "سبعة": 7,
    "ثمانية": 8,
    "تسعة": 9,
    "عشرة": 10,
    "ثلاث": 3,
    "أربع": 4,
    "خمس": 5,
    "ست": 6,
    "سبع": 7,
    "ثماني": 8,
    "تسع": 9,
    "عشر": 10,
    "بضعة": None,
    "بضع": None,
    "عدة": None,
}
_COUNT_OF = {key(word): value for word, value in _COUNT_WORDS.items()}
_NUMBER_WORDS = _alt(_COUNT_WORDS)
_DURATION_PREPS = {
    key("خلال"): Relation.WITHIN,
    key("في غضون"): Relation.WITHIN,
    key("بعد"): Relation.AFTER,
    key("قبل"): Relation.BEFORE,
    key("منذ"): Relation.BEFORE,
}
#: «خلال الأيام المقبلة»: the unit of a plural period and how far it reaches (``None``: open).
_PLURAL_WORDS: dict[str, tuple[str, int | None]] = {
    "الأيام": ("day", None),
    "الأسابيع": ("week", None),
    "الأشهر": ("month", None),
    "الشهور": ("month", None),
    "الساعات": ("hour", None),
    "الأعوام": ("year", None),
    "السنوات": ("year", None),
    "الفترة": ("open", None),
}
_PLURAL_OF = {key(word): value for word, value in _PLURAL_WORDS.items()}
_PLURAL_UNITS = _alt(_PLURAL_WORDS)
_BACKWARD = frozenset(map(key, ["الماضية", "الأخيرة"]))
#: (خلال|في غضون|بعد|قبل|منذ) [number] unit | (الأيام|الأسابيع ...) (المقبلة|الماضية):
#: «خلال أسبوعين», «خلال الأيام المقبلة».
_DURATION = re.compile(
    rf"(?P<prep>{_alt(_DURATION_PREPS)})\s+(?:"
    rf"(?:(?P<n>\d{{1,3}}|{_NUMBER_WORDS})\s+)?(?P<unit>{_UNITS})"
    rf"|(?P<plural>{_PLURAL_UNITS})\s+"
    rf"(?P<dir>{_alt(['المقبلة', 'القادمة', 'الماضية', 'الأخيرة'])})){_END}"
    rf"(?!\s+(?:\d|{_MONTH}))"
)
#: «بعد أسبوع من القمة», «بعد مرور شهر على …»: counted from an event, not from publication;
#: «من الآن» / «من اليوم» still count from publication.
_FROM_EVENT = re.compile(
    rf"\s+{_alt(['من', 'على', 'عن'])}(?!\w)(?!\s+{_alt(['الآن', 'اليوم'])}{_END})"
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


#: A media noun and one or two name words right before «اليوم»: «موقع المغرب اليوم» is a name.
_MEDIA_NAME = re.compile(
    rf"(?<!\w){_alt(['موقع', 'صحيفة', 'جريدة', 'قناة', 'مجلة', 'بوابة', 'شبكة', 'إذاعة'])}"
    r"\s+(?:\w+\s+)?\w+\s+$"
)
#: What ends a name line: «الجزائر - موقع المغرب اليوم» then a line break, a dash or «(».
_NAME_END = re.compile(r"[ \t]*(?:\n|$|[-–|:()])")


def _day_word(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: [يوم] اليوم | غدا | بعد غد | [أول] أمس [الأول] (not «اليوم التالي», «روسيا اليوم»).

    «اليوم» ending a media name on a byline («موقع المغرب اليوم» then a line break or a
    dash) is no date; «أعلن موقع الوزارة اليوم أن …» still is.
    """
    for match in _DAY_WORD.finditer(text):
        start = match.start()
        if not _boundary_before(text, start):
            continue
        word = match["w"]
        offset = _DAY_WORDS[word]
        before_start, before = _cue_before(text, start, _DAY_WORD_LEADS)
        if before == "روسيا" or (
            word == "اليوم"
            and _NAME_END.match(text, match.end()) is not None
            and _MEDIA_NAME.search(text, max(0, start - 40), start) is not None
        ):
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
    """Rule: [part] (الأسبوع|الشهر|العام) (المقبل|الجاري|الماضي).

    A week resolves to its month when every way of counting weeks (from Saturday, Sunday
    or Monday) keeps it inside one month; a month to the month, a year to the year.
    """
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
        elif published is not None and unit == "الاسبوع":
            date = _window_month(*_week(published, step))
        elif published is not None:
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


_WEEK_STARTS = (5, 6, 0)  # Saturday, Sunday, Monday: where Arab and ISO weeks begin


def _week(published: dt.date, step: int) -> tuple[dt.date, dt.date]:
    """Return the first and last days the week ``step`` weeks from ``published`` may cover."""
    firsts = [
        published - dt.timedelta(days=(published.weekday() - first) % 7 - 7 * step)
        for first in _WEEK_STARTS
    ]
    return min(firsts), max(firsts) + dt.timedelta(days=6)


def _window_month(first: dt.date, last: dt.date) -> FuzzyDate | None:
    """Return the month holding every day from ``first`` to ``last``, if one month does."""
    if (first.year, first.month) != (last.year, last.month):
        return None
    return _fuzzy(first.year, first.month, None, year_inferred=True)


def _shift(day: dt.date, unit: str, count: int) -> dt.date | None:
    """Return ``day`` moved by ``count`` units (a month keeps its day, clamped to the month end)."""
    try:
        if unit == "month":
            index = day.year * 12 + day.month - 1 + count
            year, month = divmod(index, 12)
            return dt.date(year, month + 1, min(day.day, _days_in(year, month + 1)))
        if unit == "hour":  # a few hours reach into the next (or the previous) day
            days = max(1, -(-abs(count) // 24)) if count else 0
            return day + dt.timedelta(days=days if count >= 0 else -days)
        return day + dt.timedelta(days={"day": 1, "week": 7}[unit] * count)
    except (KeyError, ValueError, OverflowError):
        return None


_FEW = (2, 9)  # a vague count («بضعة أيام», «أسابيع»): at least two, at most nine


def _duration_window(
    match: re.Match[str], relation: Relation, published: dt.date
) -> tuple[dt.date, dt.date] | None:
    """Return the first and last days a duration relative to publication may point to.

    «خلال أسبوعين» reaches from publication to two weeks later; «بعد ثلاثة أيام» is the
    third day on (or the day before, said the day before publication); «قبل أسبوع» the
    same backwards; «خلال الأيام المقبلة» reaches as far as a vague count. «منذ» (since) and
    years are not resolved.
    """
    if match["unit"] is not None:
        unit, count = _UNIT_OF["".join(match["unit"].split())]
        if match["n"] is not None:
            count = int(match["n"]) if match["n"].isdigit() else _COUNT_OF[match["n"]]
        low, high = (count, count) if count is not None else _FEW
        backward = relation is Relation.BEFORE
        if backward and match["prep"] != key("قبل"):
            return None
    else:
        unit, _ = _PLURAL_OF[match["plural"]]
        low, high = 0, _FEW[1]
        backward = match["dir"] in _BACKWARD
    if unit in ("year", "open"):
        return None
    if relation is Relation.WITHIN:
        low = 0
    sign = -1 if backward else 1
    near = _shift(published, unit, sign * low)
    far = _shift(published, unit, sign * high)
    if near is None or far is None:
        return None
    if relation is not Relation.WITHIN and unit != "hour" and low == high:
        near -= dt.timedelta(days=sign)  # said the day before it was published
    return (near, far) if near <= far else (far, near)


def _duration(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: «خلال أسبوعين», «بعد ثلاثة أيام», «خلال الأيام المقبلة» (never resolved to a day).

    With ``published``, a duration whose every possible day lies in one month gives that
    month (the year inferred); otherwise it keeps its relation to publication.
    """
    for match in _DURATION.finditer(text):
        if not _boundary_before(text, match.start()):
            continue
        relation = _DURATION_PREPS[" ".join(match["prep"].split())]
        window = None
        if published is not None and _FROM_EVENT.match(text, match.end()) is None:
            window = _duration_window(match, relation, published)
        date = _window_month(*window) if window is not None else None
        yield _Found(
            match.start(),
            match.end(),
            "relative",
            date,
            relation=None if date is not None else relation,
            relative=True,
        )


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


#: «وتستمر [أعمالها] يومين», «على مدى ثلاثة أيام», «لمدة يوم واحد»: how long something lasts.
_LASTS = re.compile(
    rf"(?<!\w)(?:[وف]?{_alt(['تستمر', 'يستمر', 'تتواصل', 'يتواصل', 'تدوم', 'يدوم'])}\s+"
    rf"(?:{_alt(['أعمالها', 'أعماله', 'فعالياتها', 'فعالياته'])}\s+)?"
    rf"(?:{_alt(['لمدة', 'على مدى', 'على مدار', 'طيلة'])}\s+)?"
    rf"|{_alt(['لمدة', 'على مدى', 'على مدار'])}\s+)"
    rf"(?:(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+)?(?P<unit>{_alt(['يوم', 'يومين', 'أيام', 'يوما'])})"
    rf"{_END}"
)


def lasting_days(text: str, start: int, end: int) -> int | None:
    """Return the days a phrase in ``text[start:end]`` says something lasts («وتستمر يومين»).

    Only counted days (a bare «أيام» is a vague count); ``None`` when no such phrase.

    >>> lasting_days("وتستمر يومين", 0, 12), lasting_days("لمده ثلاثه ايام", 0, 15)
    (2, 3)
    """
    match = _LASTS.search(text, start, end)
    if match is None:
        return None
    count = _UNIT_OF["".join(match["unit"].split())][1]
    if match["n"] is not None:
        count = int(match["n"]) if match["n"].isdigit() else _COUNT_OF[match["n"]]
    return count if count is not None and 0 < count <= 31 else None
