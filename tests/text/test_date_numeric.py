"""Tests for the all-digit date rule (diplofacts.text._date_numeric)."""

from __future__ import annotations

import pytest

from diplofacts.text._dates import find_dates
from diplofacts.text._normalize import normalize


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("صدر البيان في 15.08.2025 صباحا", "2025-08-15"),
        ("عقد الاجتماع في 16\\8\\2025", "2025-08-16"),
        ("أفاد المسؤول في 21/10/2025 بأن", "2025-10-21"),
        ("عقدت في 3-7-2025 الجولة", "2025-07-03"),
        ("جرى ذلك في 2025-07-10", "2025-07-10"),
        ("جرى ذلك في 2025/07/10", "2025-07-10"),
        ("الرقم 1.2.3.2025 ليس تاريخا", None),
        ("الرقم 15/8/0999 ليس تاريخا", None),
        ("الرقم 31/2/2025 ليس تاريخا", None),
    ],
)
def test_numeric_dates(phrase: str, expected: str | None) -> None:
    """Day-first dates with one separator used twice, and ISO dates; impossible ones drop."""
    dates = [m.date.to_edtf() for m in find_dates(normalize(phrase).text) if m.date is not None]
    assert ([] if expected is None else [expected]) == dates
