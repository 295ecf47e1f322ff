"""Tests for the month, Hijri-month and weekday name rules (diplofacts.text._date_names)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hijridate import Hijri
from hypothesis import given
from hypothesis import strategies as st

from diplofacts import FuzzyDate
from diplofacts.text._calendar_names import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from diplofacts.text._date_names import _MONTH_ONLY, _month_matches
from diplofacts.text._dates import DateMention, find_dates
from diplofacts.text._normalize import normalize


def _find(phrase: str, published: dt.date | None = None) -> list[DateMention]:
    return find_dates(normalize(phrase).text, published=published)


def _edtf(date: FuzzyDate | None) -> str | None:
    return None if date is None else date.to_edtf()


@pytest.mark.parametrize(("name", "month"), GREGORIAN_MONTHS)
def test_every_month_spelling(name: str, month: int) -> None:
    """Every generated month spelling reads as its month, with day and year."""
    [mention] = _find(f"وصل الوفد في 9 {name} 2024 إلى المدينة")
    assert FuzzyDate(year=2024, month=month, day=9) == mention.date


@pytest.mark.parametrize(("name", "month"), GREGORIAN_MONTHS)
def test_every_month_spelling_without_day(name: str, month: int) -> None:
    """Every month spelling with a year alone gives month precision."""
    [mention] = _find(f"تقرر ذلك في {name} 2023 بعد نقاش")
    assert FuzzyDate(year=2023, month=month) == mention.date


@pytest.mark.parametrize(("name", "weekday"), WEEKDAYS)
def test_every_weekday_name(name: str, weekday: int) -> None:
    """Every weekday name is recognised with its number (0 is Monday)."""
    [mention] = _find(f"وقال المتحدث {name} إن الموعد ثابت")
    assert weekday == mention.weekday
    assert mention.date is None


@pytest.mark.parametrize(("name", "month"), HIJRI_MONTHS)
def test_every_hijri_month_spelling(name: str, month: int) -> None:
    """Every Hijri month spelling converts with the Umm al-Qura calendar."""
    [mention] = _find(f"صدر القرار في 3 {name} 1446 هـ رسميا")
    expected = Hijri(1446, month, 3).to_gregorian()
    assert FuzzyDate(year=expected.year, month=expected.month, day=expected.day) == mention.date
    assert mention.hijri is not None
    assert mention.hijri.startswith("3 ")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("وجرى ذلك في 1 رمضان 1446 هـ", "2025-03-01"),
        ("بدأ العام في 1 محرم 1447ه", "2025-06-26"),
        ("وفي 5 ذي الحجة 1445 للهجرة", "2024-06-11"),
    ],
)
def test_hijri_spot_checks(phrase: str, expected: str) -> None:
    """Known Umm al-Qura dates convert to the right Gregorian day."""
    [mention] = _find(phrase)
    assert expected == _edtf(mention.date)


@given(
    st.lists(
        st.sampled_from(
            [
                *(name for name, _ in GREGORIAN_MONTHS),
                *" \n\t/()0123456789وبلفايأ",
                "آب",
                "ماي",
                "2025",
                "شهر",
                "تشرين",
                "كانون",
                "الثاني",
                "عام",
                "من",
                "الماضي",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_month_names_are_found_where_their_first_word_starts(phrase: str) -> None:
    """The month-alone rule, tried where a month's first word starts and with «not after a
    digit and a space» checked in Python, finds what the look-behind pattern finds."""
    text = normalize(phrase).text
    engine = re.compile(r"(?<!\d\s)" + _MONTH_ONLY.pattern)
    expected = [(m.span(), m.groupdict()) for m in engine.finditer(text)]
    assert expected == [(m.span(), m.groupdict()) for m in _month_matches(text)]
