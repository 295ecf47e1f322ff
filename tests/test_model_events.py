"""Tests of :mod:`diplofacts.model.events`: Summit and ConsultationRound."""

from __future__ import annotations

from typing import Any

import pytest

from diplofacts import (
    ConsultationRound,
    Delegation,
    EventStatus,
    FuzzyDate,
    Relation,
    RelativeDate,
    Summit,
    ValidationError,
)

HELD = EventStatus.HELD
DAY = FuzzyDate(year=2025, month=8, day=15)


def only_problem(cls: type, **fields: Any) -> tuple[str, str]:
    """Construct ``cls`` and return its single problem as (path, message)."""
    with pytest.raises(ValidationError) as info:
        cls(**fields)
    assert 1 == len(info.value.problems)
    problem = info.value.problems[0]
    return problem.path, problem.message


def test_parties_are_sorted_on_the_way_in() -> None:
    """Parties and mediators given as lists or unsorted tuples are stored sorted."""
    summit = Summit(id="alaska", status=HELD, parties=["US", "RU"], mediators=("TR", "AE"))
    assert ("RU", "US") == summit.parties
    assert ("AE", "TR") == summit.mediators


def test_delegation_lookup() -> None:
    """``delegation`` finds the delegation of a party, or gives ``None``."""
    us = Delegation(party="US")
    summit = Summit(id="alaska", status=HELD, delegations=(us, Delegation(party="RU")))
    assert us == summit.delegation("US")
    assert summit.delegation("SA") is None


def test_end_date_not_before_start() -> None:
    """An end date may equal the start date or follow it, also when incomplete."""
    assert DAY == Summit(id="a", status=HELD, date=DAY, end_date=DAY).end_date
    early = FuzzyDate(year=2025, month=8)
    assert early == Summit(id="a", status=HELD, date=DAY, end_date=early).end_date


def test_round_numbers_and_series() -> None:
    """A round keeps its number and series; both may be unknown."""
    round_ = ConsultationRound(id="r2", status=HELD, number=2, series="us-ru")
    assert (2, "us-ru") == (round_.number, round_.series)
    assert ConsultationRound(id="r", status=HELD).number is None


@pytest.mark.parametrize(
    ("cls", "fields", "path", "message"),
    [
        (
            Summit,
            {"id": "a b", "status": HELD},
            "$.id",
            "'a b' is not a valid id (ASCII letters, digits, '._:/-')",
        ),
        (
            Summit,
            {"id": "x" * 201, "status": HELD},
            "$.id",
            f"'{'x' * 201}' is not a valid id (ASCII letters, digits, '._:/-')",
        ),
        (Summit, {"id": "a", "status": "held"}, "$.status", "expected EventStatus, got str"),
        (
            Summit,
            {"id": "a", "status": HELD, "date": "2025"},
            "$.date",
            "expected FuzzyDate or RelativeDate, got str",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "parties": "US"},
            "$.parties",
            "expected a tuple of country codes, got str",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "parties": ("US", "US")},
            "$.parties",
            "country codes must be unique, got ['US', 'US']",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "parties": ("US", "ZZ", "AE")},
            "$.parties[1]",
            "'ZZ' is not an ISO 3166-1 alpha-2 code",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "parties": ("US", 7)},
            "$.parties[1]",
            "a country code must be a string, not int",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "host": "us"},
            "$.host",
            "'us' is not an ISO 3166-1 alpha-2 code",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "mediators": ("QA", "qa")},
            "$.mediators[1]",
            "'qa' is not an ISO 3166-1 alpha-2 code",
        ),
        (
            Summit,
            {
                "id": "a",
                "status": HELD,
                "delegations": (Delegation(party="US"), Delegation(party="US")),
            },
            "$.delegations",
            "one delegation per party, got parties ['US', 'US']",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "delegations": ("US",)},
            "$.delegations[0]",
            "expected Delegation, got str",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "agenda": ("sanctions",)},
            "$.agenda[0]",
            "expected AgendaItem, got str",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "previous_dates": ("2025",)},
            "$.previous_dates[0]",
            "expected FuzzyDate, got str",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "leaders": ("Putin",)},
            "$.leaders[0]",
            "expected Person, got str",
        ),
        (
            Summit,
            {"id": "a", "status": HELD, "end_date": DAY},
            "$.end_date",
            "an end date needs a calendar start date",
        ),
        (
            Summit,
            {
                "id": "a",
                "status": HELD,
                "date": RelativeDate(relation=Relation.AFTER, text="بعد"),
                "end_date": DAY,
            },
            "$.end_date",
            "an end date needs a calendar start date",
        ),
        (
            Summit,
            {
                "id": "a",
                "status": HELD,
                "date": DAY,
                "end_date": FuzzyDate(year=2025, month=8, day=14),
            },
            "$.end_date",
            "ends 2025-08-14 before it starts 2025-08-15",
        ),
        (
            ConsultationRound,
            {"id": "a", "status": HELD, "number": 0},
            "$.number",
            "round numbers start at 1, got 0",
        ),
        (
            ConsultationRound,
            {"id": "a", "status": HELD, "number": True},
            "$.number",
            "expected int, got bool",
        ),
        (
            ConsultationRound,
            {"id": "a", "status": HELD, "series": "-x"},
            "$.series",
            "'-x' is not a valid id (ASCII letters, digits, '._:/-')",
        ),
        (
            ConsultationRound,
            {"id": "a", "status": HELD, "announced_by": "Lavrov"},
            "$.announced_by",
            "expected Delegate, got str",
        ),
    ],
)
def test_event_invariants(cls: type, fields: dict[str, Any], path: str, message: str) -> None:
    """Each broken event is rejected with its path and message."""
    assert (path, message) == only_problem(cls, **fields)
