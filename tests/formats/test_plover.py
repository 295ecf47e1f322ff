"""PLOVER records (manual draft 0.8): only held events with a full date, coded by who hosted."""

from __future__ import annotations

import json
import warnings

import attrs
import pytest
from hypothesis import given

from diplofacts import (
    AgendaItem,
    Article,
    EventStatus,
    FuzzyDate,
    LocalizedText,
    Person,
    Summit,
    Topic,
    Venue,
)
from diplofacts import testing as dt_testing
from diplofacts.formats import plover
from diplofacts.formats._common import ProjectionWarning

# The general contexts of the PLOVER manual, draft 0.8 (openeventdata/PLOVER, PLOVER_MANUAL.tex,
# table "General contexts"); "historical", "future", "hypothetical" and "negation" are special.
MANUAL_CONTEXTS = frozenset(
    {
        "military",
        "intelligence",
        "peacekeeping",
        "economic",
        "diplomatic",
        "resource",
        "disease",
        "enviro_disaster",
        "migration",
        "humanitarian",
        "asylum",
        "legal",
        "human_rights",
        "rights_freedoms",
        "gender",
        "lgbt",
        "terrorism",
        "human_security",
        "religion_ethnicity",
        "executive",
        "election",
        "legislative",
        "cbrn",
        "cyber",
        "political_institutions",
        "corruption",
        "crime",
        "illegal_drugs",
    }
)


def test_alaska_is_a_visit(alaska: Summit) -> None:
    """Russia visits the United States: source Russia (Putin's id), recipient the host."""
    [record] = [json.loads(line) for line in plover.dumps(alaska).splitlines()]
    assert {
        "id": "alaska-summit",
        "date": "2025-08-15",
        "source": [
            {"code": "RUS", "sector": "GOV", "identifier_id": "Q7747",
             "identifier_text": "Vladimir Putin"}
        ],
        "recipient": [
            {"code": "USA", "sector": "GOV", "identifier_id": "Q30",
             "identifier_text": "United States"}
        ],
        "event": ["CONSULT"],
        "event_loc": {"name": "Anchorage", "country code": "US", "cc3": "USA"},
        "mode": ["visit"],
        "context": ["economic", "military"],
    } == record  # fmt: skip


def test_a_third_state_hosting_makes_both_parties_sources(rounds: Article) -> None:
    """Rounds hosted by Turkey code both parties as sources, with no recipient at all."""
    records = plover.records(rounds)
    assert ["alaska-summit", "round-1"] == [r["id"] for r in records]
    istanbul = records[1]
    assert (["third-party"], ["RUS", "USA"], False) == (
        istanbul["mode"],
        [actor["code"] for actor in istanbul["source"]],
        "recipient" in istanbul,
    )
    assert ["diplomatic"] == istanbul["context"]


def test_multilateral_and_unknown_hosts(alaska: Summit) -> None:
    """More than two parties is multilateral; with no known host there is no mode or recipient."""
    many = attrs.evolve(alaska, parties=("RU", "US", "UA"), delegations=())
    [record] = plover.records(many)
    assert (["multilateral"], ["RUS", "UKR"], ["USA"]) == (
        record["mode"],
        [a["code"] for a in record["source"]],
        [r["code"] for r in record["recipient"]],
    )
    away = attrs.evolve(many, host=None, venue=Venue(country="TR"))
    [record] = plover.records(away)
    assert (["RUS", "UKR", "USA"], False) == (
        [a["code"] for a in record["source"]],
        "recipient" in record,
    )
    nowhere = attrs.evolve(alaska, host=None, venue=None)
    [record] = plover.records(nowhere)
    assert ({"RUS", "USA"}, False, False, False) == (
        {a["code"] for a in record["source"]},
        "mode" in record,
        "recipient" in record,
        "event_loc" in record,
    )


def test_every_context_is_one_the_manual_defines() -> None:
    """Each topic maps to a context of the manual's list, or to none."""
    assert set() == {c for c in plover.CONTEXTS.values() if c is not None} - MANUAL_CONTEXTS
    assert set(plover.CONTEXTS) == set(Topic)


def test_nuclear_energy_and_regional_topics(alaska: Summit) -> None:
    """Enrichment talks are cbrn, oil and gas talks resource, the region's stability diplomatic."""
    agenda = tuple(
        AgendaItem(topic=topic, text=LocalizedText.of(ar="بند"))
        for topic in (Topic.NUCLEAR, Topic.ENERGY, Topic.REGIONAL_STABILITY, Topic.OTHER)
    )
    [record] = plover.records(attrs.evolve(alaska, agenda=agenda))
    assert ["cbrn", "diplomatic", "resource"] == record["context"]
    [record] = plover.records(attrs.evolve(alaska, agenda=agenda[3:]))
    assert "context" not in record


def test_a_known_last_day_is_the_enddate(alaska: Summit) -> None:
    """A two-day meeting gets an enddate; an end that is only a month gives none."""
    two_days = attrs.evolve(alaska, end_date=FuzzyDate(year=2025, month=8, day=16))
    assert "2025-08-16" == plover.records(two_days)[0]["enddate"]
    vague = attrs.evolve(alaska, end_date=FuzzyDate(year=2025, month=8))
    assert "enddate" not in plover.records(vague)[0]


def test_held_events_that_cannot_be_coded_warn(alaska: Summit) -> None:
    """A held event without a full date or without two parties is left out, with a warning."""
    with pytest.warns(ProjectionWarning, match="no complete date"):
        assert "" == plover.dumps(attrs.evolve(alaska, date=FuzzyDate(year=2025, month=8)))
    with pytest.warns(ProjectionWarning, match="fewer than two parties"):
        assert [] == plover.records(attrs.evolve(alaska, parties=("RU",)))


@given(dt_testing.articles())
def test_records_are_held_events_with_their_day(article: Article) -> None:
    """Every record is a held event with its own complete date and at least one source."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProjectionWarning)
        records = plover.records(article)
    events = {event.id: event for event in article.events}
    for record in records:
        event = events[record["id"]]
        assert EventStatus.HELD == event.status
        assert isinstance(event.date, FuzzyDate)
        assert str(event.date.to_date()) == record["date"]
        assert record["source"]
        assert record.get("recipient", [None]) != []


def test_people_without_english_names(alaska: Summit) -> None:
    """A Wikidata id without an English name gives no identifier_text."""
    leader = Person(name=LocalizedText.of(ar="بوتين"), wikidata="Q7747", country="RU")
    [record] = plover.records(attrs.evolve(alaska, leaders=(leader,)))
    assert {"code": "RUS", "sector": "GOV", "identifier_id": "Q7747"} == record["source"][0]
