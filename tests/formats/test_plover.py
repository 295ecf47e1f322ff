"""PLOVER records: only held events with a full date, coded by who visited whom."""

from __future__ import annotations

import json
import warnings

import attrs
import pytest
from hypothesis import given

from diplofacts import Article, EventStatus, FuzzyDate, Summit, Venue
from diplofacts import testing as dt_testing
from diplofacts.formats import plover
from diplofacts.formats._common import ProjectionWarning


def test_alaska_is_a_visit(alaska: Summit) -> None:
    """Russia visits the United States: actor Russia (Putin's id), recipient the host."""
    [record] = [json.loads(line) for line in plover.dumps(alaska).splitlines()]
    assert record == {
        "id": "alaska-summit",
        "date": "2025-08-15",
        "event": ["CONSULT"],
        "mode": ["visit"],
        "context": ["economic", "territory"],
        "actor": [
            {"code": "RUS", "sector": "GOV", "identifier_id": "Q7747",
             "identifier_text": "Vladimir Putin"}
        ],
        "recipient": [
            {"code": "USA", "sector": "GOV", "identifier_id": "Q30",
             "identifier_text": "United States"}
        ],
        "event_loc": {"country_code": "USA", "name": "Anchorage"},
    }  # fmt: skip


def test_istanbul_is_third_party_and_announcements_are_not_coded(rounds: Article) -> None:
    """A third state hosts the rounds; the announced round and the rescheduled one give nothing."""
    records = plover.records(rounds)
    assert [r["id"] for r in records] == ["alaska-summit", "round-1"]
    assert records[1]["mode"] == ["third-party"]
    assert records[1]["context"] == ["diplomatic"]


def test_multilateral_and_unknown_hosts(alaska: Summit) -> None:
    """More than two parties is multilateral; no known host leaves the mode empty."""
    many = attrs.evolve(alaska, parties=("RU", "US", "UA"), delegations=())
    [record] = plover.records(many)
    assert (
        record["mode"],
        [a["code"] for a in record["actor"]],
        [r["code"] for r in record["recipient"]],
    ) == (["multilateral"], ["RUS", "UKR"], ["USA"])
    away = attrs.evolve(many, host=None, venue=Venue(country="TR"))
    assert [a["code"] for a in plover.records(away)[0]["actor"]] == ["RUS", "UKR", "USA"]
    nowhere = attrs.evolve(alaska, host=None, venue=None)
    assert plover.records(nowhere)[0]["mode"] == []


def test_held_events_that_cannot_be_coded_warn(alaska: Summit) -> None:
    """A held event without a full date or without two parties is left out, with a warning."""
    with pytest.warns(ProjectionWarning, match="no complete date"):
        assert plover.dumps(attrs.evolve(alaska, date=FuzzyDate(year=2025, month=8))) == ""
    with pytest.warns(ProjectionWarning, match="fewer than two parties"):
        assert plover.records(attrs.evolve(alaska, parties=("RU",))) == []


@given(dt_testing.articles())
def test_records_are_held_events_with_their_day(article: Article) -> None:
    """Every record is a held event, dated with its own complete date."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProjectionWarning)
        records = plover.records(article)
    events = {event.id: event for event in article.events}
    for record in records:
        event = events[record["id"]]
        assert event.status == EventStatus.HELD
        assert isinstance(event.date, FuzzyDate)
        assert str(event.date.to_date()) == record["date"]


def test_people_without_english_names(alaska: Summit) -> None:
    """A Wikidata id without an English name gives no identifier_text."""
    from diplofacts import LocalizedText, Person

    leader = Person(name=LocalizedText.of(ar="بوتين"), wikidata="Q7747", country="RU")
    [record] = plover.records(attrs.evolve(alaska, leaders=(leader,)))
    assert record["actor"][0] == {"code": "RUS", "sector": "GOV", "identifier_id": "Q7747"}
