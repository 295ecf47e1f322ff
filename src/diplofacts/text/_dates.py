"""Date expressions in normalised Arabic text -> :class:`DateMention` records.

What belongs here: :func:`find_dates`, which runs every date rule once over the text, keeps
the leftmost-longest non-overlapping candidates and combines neighbours that make one
expression (weekday + date, Hijri + «الموافق» + Gregorian, cross-month ranges, a year shared
by dates joined with و), and the :class:`DateMention` it reports. The rules live by form:
``_date_numeric`` (all-digit dates), ``_date_names`` (month, Hijri-month and weekday names),
``_date_relative`` (expressions counted from publication or from another event), over the
vocabulary and readers of ``_date_words`` (with :func:`infer_year`). What must not: resolving
event anchors ("after the Alaska summit") to events, or choosing whether an event is past or
future; the assembler does both with what these modules report.

Every pattern runs over the match form made by :func:`~diplofacts.text._normalize.normalize`
(ASCII digits, bare alef, ي for ى, ه for ة, no tashkeel or tatweel). Patterns have no nested
quantifiers; the month alternation is built from the generated name table as a trie.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

import attrs

from diplofacts.model import FuzzyDate, Relation
from diplofacts.text._date_names import _day_month, _hijri, _month_only, _weekday, _year_only
from diplofacts.text._date_numeric import _numeric
from diplofacts.text._date_relative import _day_word, _duration, _event, _period
from diplofacts.text._date_words import _alt, _Found, _fuzzy, infer_year

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
    new_date: bool = False
    """Introduced as the day something is put off to («أرجئت إلى 3 يوليو», «إلى موعد جديد هو …»)."""


_CONNECT_SAME = re.compile(rf"\s*[,،]?\s*(?:و?{_alt(['الموافق', 'الموافقة'])})(?:\s*ل)?\s*")
_CONNECT_WEEKDAY = re.compile(rf"\s*[,،]?\s*(?:{_alt(['الموافق'])}\s*)?")
_CONNECT_RANGE = re.compile(rf"\s*(?:-|{_alt(['إلى', 'حتى'])})\s*")
_CONNECT_AND = re.compile(r"\s*و\s*")


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


#: «(أرجئت) إلى | حتى [موعد|تاريخ جديد [هو|في]] [يوم]» right before a date.
_PUT_OFF_TO = re.compile(
    rf"(?<!\w){_alt(['إلى', 'حتى'])}\s+"
    rf"(?:{_alt(['موعد', 'تاريخ'])}\s+{_alt(['جديد', 'آخر'])}\s+(?:{_alt(['هو', 'في'])}\s+)?)?"
    rf"(?:{_alt(['يوم'])}\s+)?$"
)


def _finish(text: str, item: _Found) -> DateMention:
    start = item.start if item.end_date is not None or item.core < 0 else item.core
    date = item.date
    conflict = False
    if item.weekday is not None and date is not None:
        full = date.to_date()
        conflict = full is not None and full.weekday() != item.weekday
        if conflict:  # «الجمعة 16 أغسطس 2025», a Saturday: one of the two is wrong
            date = attrs.evolve(date, uncertain=True)
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
        new_date=_PUT_OFF_TO.search(text, max(0, start - 40), start) is not None,
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
