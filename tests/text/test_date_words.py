"""Tests for year inference (diplofacts.text._date_words.infer_year)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplofacts.text._dates import infer_year

PUBLISHED = dt.date(2025, 8, 14)  # a Thursday


@pytest.mark.parametrize(
    ("month", "day", "future", "expected"),
    [
        (8, 15, False, 2024),
        (8, 15, True, 2025),
        (8, 14, False, 2025),
        (8, 14, True, 2025),
        (8, 13, False, 2025),
        (8, 13, True, 2026),
        (2, 27, False, 2025),
        (2, 27, True, 2026),
        (12, 1, False, 2024),
        (8, None, False, 2025),
        (8, None, True, 2025),
        (9, None, False, 2024),
        (7, None, True, 2026),
        (2, 29, False, 2024),
        (2, 29, True, 2028),
    ],
)
def test_infer_year(month: int, day: int | None, future: bool, expected: int) -> None:
    """The year is the nearest one on the right side of the publication date."""
    assert expected == infer_year(month, day, PUBLISHED, future=future)


@pytest.mark.parametrize(
    ("month", "day", "published", "future"),
    [
        (13, 1, PUBLISHED, False),
        (4, 31, PUBLISHED, False),
        (2, 30, PUBLISHED, True),
        (12, None, dt.date(1, 1, 1), False),
        (12, 5, dt.date(1, 1, 1), False),
    ],
)
def test_infer_year_rejects(month: int, day: int | None, published: dt.date, future: bool) -> None:
    """Impossible dates and years outside 1-9999 raise ValueError."""
    with pytest.raises(ValueError, match=r"month|day|year"):
        infer_year(month, day, published, future=future)


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(1, 12),
    st.one_of(st.none(), st.integers(1, 31)),
    st.booleans(),
)
def test_infer_year_properties(
    published: dt.date, month: int, day: int | None, future: bool
) -> None:
    """The inferred date lies on the stated side of publication and as near as possible."""
    try:
        year = infer_year(month, day, published, future=future)
    except ValueError:
        assert day is not None
        assert day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
        return
    if day is None:
        month_index = year * 12 + month
        published_index = published.year * 12 + published.month
        assert 0 <= (month_index - published_index) * (1 if future else -1) < 12
        return
    when = dt.date(year, month, day)
    distance = (when - published).days * (1 if future else -1)
    limit = 366 if (month, day) != (2, 29) else 8 * 366
    assert 0 <= distance <= limit
