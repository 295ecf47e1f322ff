"""Tests of :mod:`diplofacts.model.dates`: FuzzyDate, EDTF and RelativeDate."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from diplofacts import FuzzyDate, Precision, Relation, RelativeDate, ValidationError, testing


def problems(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    """Return an error's problems as (path, message) pairs."""
    return [(p.path, p.message) for p in error.value.problems]


@given(testing.fuzzy_dates())
def test_edtf_round_trip(date: FuzzyDate) -> None:
    """Every date reads back from its EDTF form."""
    assert date == FuzzyDate.from_edtf(date.to_edtf())


@given(testing.edtf_strings())
def test_edtf_strings_are_written_back(text: str) -> None:
    """Parsing a valid EDTF string and writing it gives the same string."""
    assert text == FuzzyDate.from_edtf(text).to_edtf()


@pytest.mark.parametrize(
    ("date", "edtf"),
    [
        (FuzzyDate(year=2025), "2025"),
        (FuzzyDate(year=2025, month=8), "2025-08"),
        (FuzzyDate(month=8, day=15), "XXXX-08-15"),
        (FuzzyDate(month=8), "XXXX-08"),
        (FuzzyDate(day=15), "XXXX-XX-15"),
        (FuzzyDate(year=2025, day=15), "2025-XX-15"),
        (FuzzyDate(year=2025, month=8, day=15), "2025-08-15"),
        (FuzzyDate(year=2025, month=8, approximate=True), "2025-08~"),
        (FuzzyDate(year=2025, uncertain=True), "2025?"),
        (FuzzyDate(year=2025, approximate=True, uncertain=True), "2025%"),
        (FuzzyDate(year=2025, month=8, day=15, year_inferred=True), "2025?-08-15"),
        (FuzzyDate(year=2025, month=8, year_inferred=True, uncertain=True), "2025?-08?"),
        (FuzzyDate(year=33, month=2, day=3), "0033-02-03"),
    ],
)
def test_edtf_forms(date: FuzzyDate, edtf: str) -> None:
    """Each shape of date has its EDTF form, both ways."""
    assert edtf == date.to_edtf()
    assert edtf == str(date)
    assert date == FuzzyDate.from_edtf(edtf)


@pytest.mark.parametrize("text", ["2025/08/15", "2025-8", "2025?", "", "2025-08-15T10", "٢٠٢٥"])
def test_from_edtf_rejects_other_forms(text: str) -> None:
    """Strings that are not the EDTF forms written are rejected at ``$`` (or read as such)."""
    if text == "2025?":
        assert FuzzyDate(year=2025, uncertain=True) == FuzzyDate.from_edtf(text)
        return
    with pytest.raises(ValidationError, match="is not an EDTF date") as info:
        FuzzyDate.from_edtf(text)
    assert ["$"] == [p.path for p in info.value.problems]


def test_from_edtf_rejects_dates_that_do_not_exist() -> None:
    """A well-formed EDTF string naming a day that does not exist is rejected."""
    with pytest.raises(ValidationError, match="day 29 does not exist in month 2 of 2025"):
        FuzzyDate.from_edtf("2025-02-29")


@pytest.mark.parametrize(
    ("date", "precision", "complete", "as_date"),
    [
        (FuzzyDate(year=2025), Precision.YEAR, False, None),
        (FuzzyDate(year=2025, month=8), Precision.MONTH, False, None),
        (FuzzyDate(month=8, day=15), Precision.DAY, False, None),
        (FuzzyDate(year=2025, month=8, day=15), Precision.DAY, True, dt.date(2025, 8, 15)),
    ],
)
def test_precision_and_completeness(
    date: FuzzyDate, precision: Precision, complete: bool, as_date: dt.date | None
) -> None:
    """Precision is the finest known part; only complete dates convert to ``date``."""
    assert precision == date.precision
    assert complete == date.is_complete
    assert as_date == date.to_date()


def test_sort_key_puts_unknown_parts_first() -> None:
    """Dates sort by what is known, unknown parts first."""
    dates = [FuzzyDate(year=2025, month=8, day=15), FuzzyDate(month=1), FuzzyDate(year=2025)]
    assert ["XXXX-01", "2025", "2025-08-15"] == [
        str(d) for d in sorted(dates, key=FuzzyDate.sort_key)
    ]


@pytest.mark.parametrize(
    "date", [FuzzyDate(month=2, day=29), FuzzyDate(year=2024, month=2, day=29)]
)
def test_29_february_with_unknown_or_leap_year(date: FuzzyDate) -> None:
    """29 February exists when the year is unknown or a leap year."""
    assert 29 == date.day


@pytest.mark.parametrize(
    ("fields", "path", "message"),
    [
        ({}, "$.year", "a date needs at least a year, a month or a day"),
        ({"year": 0}, "$.year", "year must be an integer from 1 to 9999, got 0"),
        ({"year": 10000}, "$.year", "year must be an integer from 1 to 9999, got 10000"),
        ({"year": True}, "$.year", "year must be an integer from 1 to 9999, got True"),
        ({"month": 13}, "$.month", "month must be an integer from 1 to 12, got 13"),
        ({"month": "8"}, "$.month", "month must be an integer from 1 to 12, got '8'"),
        ({"day": 32}, "$.day", "day must be an integer from 1 to 31, got 32"),
        ({"day": 0}, "$.day", "day must be an integer from 1 to 31, got 0"),
        (
            {"year": 2025, "month": 2, "day": 29},
            "$.day",
            "day 29 does not exist in month 2 of 2025",
        ),
        (
            {"year": 1900, "month": 2, "day": 29},
            "$.day",
            "day 29 does not exist in month 2 of 1900",
        ),
        (
            {"month": 2, "day": 30},
            "$.day",
            "day 30 does not exist in month 2 of an unknown year",
        ),
        ({"month": 4, "day": 31}, "$.day", "day 31 does not exist in month 4 of an unknown year"),
        ({"year": 2025, "approximate": 1}, "$.approximate", "expected true or false, got 1"),
        ({"year": 2025, "uncertain": None}, "$.uncertain", "expected true or false, got None"),
        (
            {"year": 2025, "year_inferred": True},
            "$.year_inferred",
            "an inferred year needs a year and a month or day beside it",
        ),
        (
            {"month": 8, "day": 15, "year_inferred": True},
            "$.year_inferred",
            "an inferred year needs a year and a month or day beside it",
        ),
    ],
)
def test_fuzzy_date_invariants(fields: dict[str, object], path: str, message: str) -> None:
    """Each impossible date is rejected with its path and message."""
    with pytest.raises(ValidationError) as info:
        FuzzyDate(**fields)  # type: ignore[arg-type]
    assert [(path, message)] == problems(info)


def test_inferred_year_beside_a_day() -> None:
    """An inferred year may stand beside a day alone."""
    assert "2025?-XX-15" == FuzzyDate(year=2025, day=15, year_inferred=True).to_edtf()


def test_relative_date_fields() -> None:
    """A relative date keeps its relation, wording, anchor and offset."""
    date = RelativeDate(
        relation=Relation.AFTER, text="بعد أسبوع من القمة", anchor="alaska", offset_days=7
    )
    assert (Relation.AFTER, "alaska", 7) == (date.relation, date.anchor, date.offset_days)
    assert RelativeDate(relation=Relation.WITHIN, text="في غضون أسبوعين").anchor is None


@pytest.mark.parametrize(
    ("fields", "path", "message"),
    [
        ({"relation": "after", "text": "x"}, "$.relation", "expected Relation, got str"),
        ({"relation": Relation.AFTER, "text": " "}, "$.text", "must not be empty or blank"),
        ({"relation": Relation.AFTER, "text": 5}, "$.text", "expected a string, got int"),
        (
            {"relation": Relation.AFTER, "text": "x", "anchor": "a b"},
            "$.anchor",
            "'a b' is not a valid id (ASCII letters, digits, '._:/-')",
        ),
        (
            {"relation": Relation.AFTER, "text": "x", "offset_days": -1},
            "$.offset_days",
            "must not be negative, got -1",
        ),
        (
            {"relation": Relation.AFTER, "text": "x", "offset_days": 1.5},
            "$.offset_days",
            "expected int, got float",
        ),
    ],
)
def test_relative_date_invariants(fields: dict[str, object], path: str, message: str) -> None:
    """Each broken relative date is rejected with its path and message."""
    with pytest.raises(ValidationError) as info:
        RelativeDate(**fields)  # type: ignore[arg-type]
    assert [(path, message)] == problems(info)
