"""schema.org JSON-LD: expands offline with pyld and follows the documented projection."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from pyld import jsonld

from diplofacts import Article, FuzzyDate, RelativeDate, Summit
from diplofacts import testing as dt_testing
from diplofacts.formats import jsonld as djsonld

S = "http://schema.org/"


def _expand(text: str) -> list[dict[str, Any]]:
    expanded: list[dict[str, Any]] = jsonld.expand(
        json.loads(text), {"documentLoader": djsonld.document_loader}
    )
    return expanded


def _node(expanded: list[dict[str, Any]], node_id: str) -> dict[str, Any]:
    return next(node for node in expanded if node.get("@id") == node_id)


@given(dt_testing.articles())
def test_output_expands_and_keeps_only_known_date_parts(article: Article) -> None:
    """pyld expands every document; start dates hold only the known leading parts."""
    expanded = _expand(djsonld.dumps(article))
    for event in article.events:
        node = _node(expanded, f"urn:diplofacts:event:{event.id}")
        start = [v["@value"] for v in node.get(f"{S}startDate", [])]
        date = event.date
        if not isinstance(date, FuzzyDate) or date.year is None:
            assert start == []
            continue
        parts = [date.year] + ([date.month] if date.month else [])
        parts += [date.day] if date.month and date.day else []
        assert ["-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts))] == start
        if isinstance(date, RelativeDate):  # pragma: no cover - excluded above
            raise AssertionError


def test_alaska_projection(alaska: Summit) -> None:
    """The summit's status, place, attendees, phases, agenda and sources."""
    node = _node(_expand(djsonld.dumps(alaska)), "urn:diplofacts:event:alaska-summit")
    assert node[f"{S}eventStatus"] == [{"@id": "https://schema.org/EventScheduled"}]
    assert node[f"{S}startDate"] == [{"@value": "2025-08-15"}]
    assert {"@language": "ar", "@value": "قمة ألاسكا"} in node[f"{S}name"]
    address = node[f"{S}location"][0][f"{S}address"][0]
    assert [{"@type": [f"{S}PostalAddress"]}] == [{"@type": address["@type"]}]
    assert address[f"{S}addressCountry"] == [{"@value": "US"}]
    roles = node[f"{S}attendee"]
    assert all([f"{S}Role"] == role["@type"] for role in roles)
    names = {role[f"{S}roleName"][0]["@value"] for role in roles if f"{S}roleName" in role}
    assert {"party", "leader", "foreign minister", "head of RDIF"} <= names
    assert len(node[f"{S}subEvent"]) == 2
    about = node[f"{S}about"]
    assert [item[f"{S}termCode"][0]["@value"] for item in about] == ["sanctions", "ukraine"]
    chain = about[0][f"{S}citation"][0]
    assert chain[f"{S}isBasedOn"][0][f"{S}publisher"][0][f"{S}name"][0]["@value"] == "TASS"
    organizer = node[f"{S}organizer"][0]
    assert organizer["@id"] == "urn:diplofacts:government:US"


def test_rounds_form_a_series(rounds: Article) -> None:
    """Rounds of one series are subEvents of an EventSeries; rescheduling keeps old dates."""
    document = json.loads(djsonld.dumps(rounds))
    graph = {node.get("@id", node["@type"]): node for node in document["@graph"]}
    series = graph["urn:diplofacts:series:istanbul"]
    assert series["@type"] == "EventSeries"
    assert len(series["subEvent"]) == 3
    second = graph["urn:diplofacts:event:round-2"]
    assert second["eventStatus"] == "https://schema.org/EventRescheduled"
    assert second["previousStartDate"] == ["2025-03"]
    assert second["additionalProperty"] == {"@type": "PropertyValue", "name": "round", "value": 2}
    third = graph["urn:diplofacts:event:round-3"]
    assert "startDate" not in third
    assert third["description"] == "بعد قمة ألاسكا"
    article = graph["NewsArticle"]
    assert (article["inLanguage"], article["datePublished"]) == ("ar", "2025-08-20")
    _expand(djsonld.dumps(rounds))


def test_the_loader_never_fetches() -> None:
    """Only schema.org's context is served; other documents are refused."""
    assert djsonld.context() == djsonld.document_loader("https://schema.org/")["document"]
    with pytest.raises(LookupError, match="not bundled"):
        djsonld.document_loader("https://example.org/context.jsonld")
