"""The date vocabulary and what every date rule shares.

What belongs here: the month, weekday and Hijri-month names as match-form alternations (built
from the generated :mod:`~diplofacts.text._calendar_names` table as tries), the cue words
read before a date (parts of a month, range cues, «الماضي» / «المقبل» / «الجاري»), the
candidate record :class:`_Found` the rules propose, the small readers they share (the word
before a position, a cue word before it), and :func:`infer_year`. What must not: a rule's own
pattern (``_date_numeric``, ``_date_names``, ``_date_relative``) or choosing and combining
candidates (``_dates``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import attrs

from diplofacts.errors import ValidationError
from diplofacts.model import FuzzyDate, Relation
from diplofacts.text._calendar_names import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from diplofacts.text._normalize import key

__all__ = ["infer_year"]


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
_UNITS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
"""Ordinal day words 1-9; «الحادي» stands for the first in the teens and twenties."""
_ORDINALS = {
    **{w: n for n, w in enumerate([*_UNITS, "العاشر"], 1)},
    **{f"{w} عشر": n for n, w in enumerate(["الحادي", *_UNITS[1:]], 11)},
    "العشرين": 20,
    "الثلاثين": 30,
    "الحادي والثلاثين": 31,
    "الواحد والثلاثين": 31,
    "الواحد والعشرين": 21,
    **{f"{w} والعشرين": n for n, w in enumerate(["الحادي", *_UNITS[1:]], 21)},
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


def _boundary_before(text: str, start: int) -> bool:
    """Whether ``start`` begins a word, allowing one proclitic و/ف/ب/ل before it."""
    if start == 0 or not _is_letter(text[start - 1]):
        return True
    return text[start - 1] in "وفبل" and (start == 1 or not _is_letter(text[start - 2]))


def _is_letter(char: str) -> bool:
    return char.isalpha()
