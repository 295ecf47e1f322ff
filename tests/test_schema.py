"""Tests of the generated JSON Schema (:func:`diplofacts.formats.json.schema`)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import diplofacts
from diplofacts import testing
from diplofacts.formats import json

ALL = testing.MODEL_TYPES + testing.ENUM_TYPES
ids = [cls.__name__ for cls in ALL]
VALIDATORS = {cls: Draft202012Validator(json.schema(cls)) for cls in ALL}


def errors(cls: type, data: Any) -> list[str]:
    """Return the schema's complaints about ``data`` as ``cls``."""
    return [error.message for error in VALIDATORS[cls].iter_errors(data)]


@pytest.mark.parametrize("cls", ALL, ids=ids)
def test_schema_is_valid_draft_2020_12(cls: type) -> None:
    """Every class's schema is itself a valid draft 2020-12 schema."""
    Draft202012Validator.check_schema(json.schema(cls))


def test_default_schema_is_the_article() -> None:
    """Without a class the schema describes an article."""
    schema = json.schema()
    assert json.schema(diplofacts.Article) == schema
    assert "diplofacts Article" == schema["title"]
    assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]


@pytest.mark.parametrize("cls", ALL, ids=ids)
@given(data=st.data())
def test_every_dump_is_valid(cls: type, data: st.DataObject) -> None:
    """Whatever ``dumps`` writes is valid against the schema of its class."""
    value = data.draw(st.from_type(cls))
    assert [] == errors(cls, orjson.loads(json.dumps(value)))


def test_article_schema_tags_events() -> None:
    """Events in an article's schema are one of two tagged object schemas."""
    schema = json.schema(diplofacts.Article)
    events = schema["$defs"]["Article"]["properties"]["events"]["items"]
    assert [{"$ref": "#/$defs/SummitTagged"}, {"$ref": "#/$defs/ConsultationRoundTagged"}] == (
        events["oneOf"]
    )
    assert {"const": "summit"} == schema["$defs"]["SummitTagged"]["properties"]["type"]
    assert ["type", "id", "status"] == schema["$defs"]["SummitTagged"]["required"]


def test_attribution_schema_refers_to_itself() -> None:
    """The ``via`` chain of an attribution refers back to the Attribution schema."""
    via = json.schema(diplofacts.Attribution)["$defs"]["Attribution"]["properties"]["via"]
    assert {"anyOf": [{"$ref": "#/$defs/Attribution"}, {"type": "null"}]} == via


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (diplofacts.Summit, {"id": "a"}),
        (diplofacts.Summit, {"id": "a", "status": "held", "extra": 1}),
        (diplofacts.Summit, {"id": "a b", "status": "held"}),
        (diplofacts.Summit, {"id": "a", "status": "over"}),
        (diplofacts.Summit, {"id": "a", "status": "held", "parties": ["SA", "SA"]}),
        (diplofacts.Summit, {"id": "a", "status": "held", "parties": ["ZZ"]}),
        (diplofacts.Summit, {"id": "a", "status": "held", "date": "15/08/2025"}),
        (diplofacts.Summit, {"id": "a", "status": "held", "evidence": [[0]]}),
        (diplofacts.Summit, {"id": "a", "status": "held", "evidence": [[-1, 2]]}),
        (diplofacts.Person, {"name": {"ar": " "}}),
        (diplofacts.Person, {"name": {}}),
        (diplofacts.Person, {"wikidata": "P31"}),
        (diplofacts.Article, {"text": "x", "events": [{"id": "a", "status": "held"}]}),
        (diplofacts.FuzzyDate, "2025/08/15"),
        (diplofacts.EventStatus, "HELD"),
    ],
)
def test_schema_rejects_what_loads_rejects(cls: type, data: Any) -> None:
    """The rules JSON Schema can express reject the same data as ``loads``."""
    assert errors(cls, data)
    with pytest.raises(diplofacts.ValidationError):
        json.loads(orjson.dumps(data), cls)


def test_schema_describes_fields() -> None:
    """Enums, countries and EDTF dates are described in ``$defs``."""
    defs = json.schema(diplofacts.Summit)["$defs"]
    assert "held" in defs["EventStatus"]["enum"]
    assert "SA" in defs["Country"]["enum"]
    assert defs["EDTF"]["pattern"].startswith("^")
    assert "Where an event stands in its life." == defs["EventStatus"]["description"]


@pytest.mark.parametrize(
    ("cls", "expected"),
    [(bool, {"type": "boolean"}), (float, {"type": "number"}), (str, {"type": "string"})],
)
def test_schema_of_plain_types(cls: type, expected: dict[str, str]) -> None:
    """Plain Python types map to their JSON Schema types."""
    schema = json.schema(cls)
    assert expected == {key: schema[key] for key in expected}
