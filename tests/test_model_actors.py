"""Tests of the actors, places, agenda and sources of the model."""

from __future__ import annotations

from typing import Any

import pytest

from diplofacts import (
    AgendaItem,
    Attribution,
    Delegate,
    Delegation,
    LocalizedText,
    Organization,
    OrganizationKind,
    Person,
    Phase,
    PhaseKind,
    Span,
    Statement,
    StatementKind,
    Topic,
    ValidationError,
    Venue,
    VenueKind,
)

NAME = LocalizedText.of(ar="سالم بن راشد", en="Salem bin Rashid")
PERSON = Person(name=NAME)
SPAN = Span(start=0, end=3)


def only_problem(cls: type, **fields: Any) -> tuple[str, str]:
    """Construct ``cls`` and return its single problem as (path, message)."""
    with pytest.raises(ValidationError) as info:
        cls(**fields)
    assert 1 == len(info.value.problems)
    problem = info.value.problems[0]
    return problem.path, problem.message


@pytest.mark.parametrize(
    ("cls", "fields", "path", "message"),
    [
        (Person, {}, "$.name", "a person needs a name or a description"),
        (Person, {"name": "Salem"}, "$.name", "expected LocalizedText, got str"),
        (
            Person,
            {"name": NAME, "country": "sa"},
            "$.country",
            "'sa' is not an ISO 3166-1 alpha-2 code",
        ),
        (
            Person,
            {"name": NAME, "country": 7},
            "$.country",
            "a country code must be a string, not int",
        ),
        (
            Person,
            {"name": NAME, "wikidata": "Q0"},
            "$.wikidata",
            "'Q0' is not a Wikidata item id such as 'Q7747'",
        ),
        (
            Person,
            {"name": NAME, "id": ""},
            "$.id",
            "'' is not a valid id (ASCII letters, digits, '._:/-')",
        ),
        (
            Person,
            {"name": NAME, "evidence": [SPAN]},
            "$.evidence",
            "expected a tuple of Span, got list",
        ),
        (
            Person,
            {"name": NAME, "evidence": (SPAN, SPAN)},
            "$.evidence[1]",
            "spans must be sorted and distinct: 0-3 follows 0-3",
        ),
        (
            Person,
            {"name": NAME, "evidence": (Span(start=2, end=3), SPAN)},
            "$.evidence[1]",
            "spans must be sorted and distinct: 0-3 follows 2-3",
        ),
        (
            Person,
            {"name": NAME, "evidence": ((0, 3),)},
            "$.evidence[0]",
            "expected Span, got tuple",
        ),
        (Organization, {"canonical": " "}, "$.canonical", "must not be empty or blank"),
        (
            Organization,
            {"canonical": "TASS", "kind": "news_agency"},
            "$.kind",
            "expected OrganizationKind, got str",
        ),
        (Delegate, {"person": NAME}, "$.person", "expected Person, got LocalizedText"),
        (
            Delegate,
            {"person": PERSON, "roles": ["envoy"]},
            "$.roles",
            "expected a tuple of str, got list",
        ),
        (
            Delegate,
            {"person": PERSON, "roles": ("envoy", "envoy")},
            "$.roles",
            "items must be unique",
        ),
        (
            Delegate,
            {"person": PERSON, "roles": ("envoy", " ")},
            "$.roles[1]",
            "must not be empty or blank",
        ),
        (Delegate, {"person": PERSON, "roles": (True,)}, "$.roles[0]", "expected str, got bool"),
        (Delegation, {"party": "USA"}, "$.party", "'USA' is not an ISO 3166-1 alpha-2 code"),
        (
            Delegation,
            {"party": "US", "members": (PERSON,)},
            "$.members[0]",
            "expected Delegate, got Person",
        ),
        (Venue, {}, "$.name", "a venue needs a name, a locality, a region or a country"),
        (Venue, {"country": "XX"}, "$.country", "'XX' is not an ISO 3166-1 alpha-2 code"),
        (Venue, {"country": "US", "kind": "city"}, "$.kind", "expected VenueKind, got str"),
        (AgendaItem, {"topic": "trade", "text": NAME}, "$.topic", "expected Topic, got str"),
        (
            AgendaItem,
            {"topic": Topic.TRADE, "text": None},
            "$.text",
            "expected LocalizedText, got NoneType",
        ),
        (
            Phase,
            {"kind": PhaseKind.DINNER, "evidence": None},
            "$.evidence",
            "expected a tuple of Span, got NoneType",
        ),
        (Attribution, {}, "$.outlet", "an attribution needs an outlet, a speaker or a description"),
        (Attribution, {"outlet": ""}, "$.outlet", "must not be empty or blank"),
        (
            Attribution,
            {"outlet": "TASS", "via": "Reuters"},
            "$.via",
            "expected Attribution, got str",
        ),
        (Statement, {"text": NAME}, "$.speaker", "a statement needs a speaker or an organization"),
        (
            Statement,
            {"text": NAME, "speaker": PERSON, "event": "a b"},
            "$.event",
            "'a b' is not a valid id (ASCII letters, digits, '._:/-')",
        ),
        (
            Statement,
            {"text": NAME, "speaker": PERSON, "kind": "quote"},
            "$.kind",
            "expected StatementKind, got str",
        ),
    ],
)
def test_invariants(cls: type, fields: dict[str, Any], path: str, message: str) -> None:
    """Each broken actor, place, agenda item or source is rejected with its path and message."""
    assert (path, message) == only_problem(cls, **fields)


def test_person_may_be_only_described() -> None:
    """A person the text does not name is described instead."""
    envoy = Person(description=LocalizedText.of(en="the Russian ambassador"), country="RU")
    assert envoy.name is None
    assert "RU" == envoy.country


def test_organization_defaults() -> None:
    """An organization is of kind ``other`` unless told."""
    tass = Organization(canonical="TASS", wikidata="Q223799")
    assert OrganizationKind.OTHER == tass.kind


def test_delegate_holds_several_roles() -> None:
    """A delegate may hold several roles, in the order stated."""
    delegate = Delegate(person=PERSON, roles=("head of the investment fund", "special envoy"))
    assert ("head of the investment fund", "special envoy") == delegate.roles


def test_venue_needs_only_one_place() -> None:
    """A venue may be just a city."""
    venue = Venue(locality=LocalizedText.of(ar="أنكوريج", en="Anchorage"), kind=VenueKind.CITY)
    assert venue.country is None


def test_attribution_chain() -> None:
    """``chain`` lists the attribution and every source it relied on, outermost first."""
    source = Attribution(description=LocalizedText.of(en="an official"))
    reuters = Attribution(outlet="Reuters", via=source)
    jazeera = Attribution(outlet="Al Jazeera", via=reuters, evidence=(SPAN,))
    assert (jazeera, reuters, source) == jazeera.chain()


def test_statement_defaults() -> None:
    """A statement is a paraphrase about no event unless told."""
    statement = Statement(text=NAME, organization=Organization(canonical="Kremlin"))
    assert StatementKind.PARAPHRASE == statement.kind
    assert statement.event is None


def test_phase_and_agenda_item() -> None:
    """Phases and agenda items keep their kind, topic and wording."""
    item = AgendaItem(topic=Topic.SANCTIONS, text=LocalizedText.of(ar="رفع العقوبات"))
    assert Topic.SANCTIONS == item.topic
    assert Phase(kind=PhaseKind.ONE_ON_ONE).text is None
