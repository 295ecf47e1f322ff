"""Dates with month, Hijri-month and weekday names («15 أغسطس», «21 صفر 1447هـ»).

What belongs here: the rules reading a day and a month name (with a range, an ordinal day,
a year or «الجاري»), a month alone after a cue, a year after «عام», a Hijri date (converted
with the Umm al-Qura calendar, the original kept), and a weekday. What must not: all-digit
dates (``_date_numeric``) or expressions counted from publication or from another event
(``_date_relative``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from hijridate import Hijri

from diplofacts.text._calendar_names import GREGORIAN_MONTHS
from diplofacts.text._date_words import (
    _APPROX,
    _CURRENT,
    _DAY_LEADS,
    _END,
    _FUTURE,
    _HIJRI,
    _HIJRI_MONTH,
    _MONTH,
    _MONTH_PREPS,
    _MONTHS,
    _ORDINAL,
    _ORDINALS,
    _PARTS,
    _PAST,
    _RANGE_CUES,
    _REL,
    _SHAHR,
    _WEEKDAY,
    _WEEKDAYS,
    _YEAR,
    _YEAR_CUES,
    _YEAR_TAIL,
    _alt,
    _boundary_before,
    _cue_before,
    _digit_before,
    _Found,
    _fuzzy,
    _word_before,
    _year_of,
    infer_year,
)
from diplofacts.text._events import Headed, HeadScan

__all__: list[str] = []

# Each pattern starts with a token that must be there (a digit, a month name, a keyword), so
# the regex engine can skip ahead quickly (a lone ``\d``, as in ``\d\d?``, or a trie of
# names: a character class it looks for); optional words *before* that token (a range cue,
# a part of the month, «يوم») are read back with :func:`_cue_before`.

#: [من] [شهر] month [/ month] [[من] (عام|سنة)] year] [الجاري|المقبل|الماضي]
_MONTH_TAIL = (
    rf"(?:{_alt(['من'])}\s+)?(?:{_alt(['شهر'])}\s+)?(?P<m>{_MONTH})"
    rf"(?:\s*[/(]\s*(?P<m2>{_MONTH})\)?)?"
    rf"{_YEAR_TAIL}"
    rf"(?:\s+{_REL})?"
)
#: day [(-|الى|حتى|و) day] month-tail: «15 أغسطس», «10 و12 مارس», «3 إلى 5 يونيو 2025».
_DAY_MONTH = re.compile(
    r"(?P<d1>\d\d?)(?!\d)"
    rf"(?:\s*(?P<sep>-|{_alt(['إلى', 'حتى'])}\s|و)\s*(?P<d2>[0-3]?\d)(?!\d))?"
    rf"\s+{_MONTH_TAIL}"
)
#: ordinal-day month-tail: «الخامس عشر من أغسطس».
_ORDINAL_MONTH = re.compile(rf"(?P<ord>{_alt(_ORDINALS)}){_END}\s+{_MONTH_TAIL}")
#: month [/ month] [year] [الجاري...], after «شهر» or a part word unless a year or a double
#: name or «الجاري» follows: «أغسطس 2025», «مطلع سبتمبر», «آب/أغسطس»; never right after a
#: digit and a space (:func:`_month_matches`).
_MONTH_ONLY = re.compile(
    rf"(?P<m>{_MONTH})(?:\s*[/(]\s*(?P<m2>{_MONTH})\)?)?"
    rf"{_YEAR_TAIL}"
    rf"(?:\s+{_REL})?"
)
#: year, after (عام|سنة) [and a part word]: «عام 2025» (a bare four-digit number is not a date).
_YEAR_ONLY = re.compile(rf"(?P<y>{_YEAR})")
#: day Hijri-month year [هـ|هجرية|للهجرة]: «21 صفر 1447 هـ».
_HIJRI_DATE = re.compile(
    rf"(?P<d1>\d\d?)\s+(?P<m>{_HIJRI_MONTH})\s+(?P<y>1[3-5]\d\d)(?!\d)"
    rf"(?:\s*{_alt(['هـ', 'هجرية', 'هجري', 'للهجرة', 'الهجري'])}{_END})?"
)
#: weekday [المقبل|الماضي], after an optional «يوم»/«اليوم»: «يوم الخميس المقبل».
_WEEKDAY_RE = re.compile(rf"(?P<wd>{_WEEKDAY})(?:\s+{_REL})?")


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


_MONTH_SCAN = HeadScan((Headed.of(_MONTH_ONLY.pattern, (name for name, _ in GREGORIAN_MONTHS), 0),))
"""The first word of every month name: each match of :data:`_MONTH_ONLY` opens with one."""


def _month_matches(text: str) -> Iterator[re.Match[str]]:
    r"""Yield the matches of ``(?<!\d\s)`` + :data:`_MONTH_ONLY`, as ``finditer`` would.

    The pattern is tried only where a month name's first word starts (an automaton finds
    those in one pass, where the engine would try the name trie at every common letter);
    that is where any match starts, so taking the first that matches from the point
    reached is what the engine's search does. The look-behind is tested here: where it
    fails, the search goes on from the next character, as the engine's would.
    """
    at = 0
    for start in _MONTH_SCAN.starts(text)[0]:
        if start < at:
            continue
        match = _MONTH_ONLY.match(text, start)
        if match is None:
            continue
        if start >= 2 and text[start - 2].isdecimal() and text[start - 1].isspace():
            at = start + 1  # «15 أغسطس»: a day's month (_day_month)
            continue
        yield match
        at = match.end()


def _month_only(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: [part] [شهر] month [/ month] [year] [الجاري]; a cue must come with the month."""
    for match in _month_matches(text):
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
