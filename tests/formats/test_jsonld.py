"""schema.org JSON-LD (release 29.4): expands offline with pyld and follows the projection."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from pyld import jsonld

from diplofacts import Article, EventStatus, FuzzyDate, RelativeDate, Summit
from diplofacts import testing as dt_testing
from diplofacts.formats import jsonld as djsonld

S = "http://schema.org/"

# Properties schema.org 29.4 allows on each type written (its own and those of Thing), from
# data/releases/29.4/schemaorg-current-https-properties.csv, limited to the ones that matter.
_THING = {"@type", "@id", "additionalType", "description", "identifier", "name", "sameAs"}
_THING |= {"subjectOf"}
_EVENT = _THING | {"about", "attendee", "endDate", "eventStatus", "location", "organizer"}
_EVENT |= {"previousStartDate", "startDate", "subEvent", "superEvent"}
DOMAINS = {
    "Event": _EVENT,
    "EventSeries": _EVENT,
    "DefinedTerm": _THING | {"termCode", "inDefinedTermSet"},
    "CreativeWork": _THING | {"author", "publisher", "isBasedOn", "citation", "about"},
}


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
    assert [{"@id": f"{S}EventScheduled"}] == node[f"{S}eventStatus"]
    assert [{"@type": f"{S}Date", "@value": "2025-08-15"}] == node[f"{S}startDate"]
    assert [{"@id": "urn:diplofacts:summit"}] == node[f"{S}additionalType"]
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
    chain = about[0][f"{S}subjectOf"][0]
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
    assert {"@id": "schema:EventRescheduled"} == second["eventStatus"]
    assert ["2025-03"] == second["previousStartDate"]
    round_two = {"@type": "PropertyValue", "name": "round", "value": 2}
    assert ["round-2", round_two] == second["identifier"]
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


def _nodes(value: Any) -> list[dict[str, Any]]:
    """Return every node object in a compact JSON-LD value, depth first."""
    if isinstance(value, list):
        return [node for item in value for node in _nodes(item)]
    if not isinstance(value, dict):
        return []
    return [value] + [node for item in value.values() for node in _nodes(item)]


@given(dt_testing.articles())
def test_every_term_is_in_the_bundled_context_and_in_its_domain(article: Article) -> None:
    """Each key written is defined in the bundled context and allowed on its node's type."""
    terms = set(djsonld.context()["@context"])
    for node in _nodes(json.loads(djsonld.dumps(article))["@graph"]):
        keys = {key for key in node if not key.startswith("@")}
        assert set() == keys - terms
        allowed = DOMAINS.get(node.get("@type", ""))
        if allowed is not None:
            assert set() == set(node) - allowed


def test_status_and_kind_are_iris_under_schema_orgs_context(rounds: Article) -> None:
    """eventStatus and additionalType expand to IRIs, dates to schema:Date literals."""
    node = _node(_expand(djsonld.dumps(rounds)), "urn:diplofacts:event:round-2")
    assert [{"@id": f"{S}EventRescheduled"}] == node[f"{S}eventStatus"]
    assert [{"@id": "urn:diplofacts:consultation_round"}] == node[f"{S}additionalType"]
    assert [{"@type": f"{S}Date", "@value": "2025-03"}] == node[f"{S}previousStartDate"]
    assert {f"{S}eventStatus", f"{S}additionalType"} <= set(node)


def test_bundled_context_coerces_as_schema_org_does() -> None:
    """The bundled copy makes dates Date literals and links IRIs, and leaves the status alone."""
    definitions = djsonld.context()["@context"]
    assert "http://schema.org/" == definitions["@vocab"]
    dates = ("startDate", "endDate", "previousStartDate", "datePublished")
    assert {"Date"} == {definitions[term]["@type"] for term in dates}
    assert {"@id"} == {definitions[t]["@type"] for t in ("sameAs", "isBasedOn", "inDefinedTermSet")}
    assert {"@id": "schema:eventStatus"} == definitions["eventStatus"]
    assert {"@id": "schema:additionalType"} == definitions["additionalType"]


def test_a_postponed_event_keeps_its_planned_date_as_previous(alaska: Summit) -> None:
    """schema.org's EventPostponed wants previousStartDate: the planned date fills it."""
    postponed = attrs.evolve(alaska, status=EventStatus.POSTPONED)
    [node] = [n for n in json.loads(djsonld.dumps(postponed))["@graph"] if n["@type"] == "Event"]
    assert ({"@id": "schema:EventPostponed"}, ["2025-08-15"], "2025-08-15") == (
        node["eventStatus"],
        node["previousStartDate"],
        node["startDate"],
    )
