"""Tests of canonical JSON (:mod:`diplofacts.formats.json`) and the shared converter."""

from __future__ import annotations

import datetime as dt
import json as std_json
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplofacts
from diplofacts import testing
from diplofacts.errors import Problem
from diplofacts.formats import _converter, json
from diplofacts.model import (
    ConsultationRound,
    Delegation,
    EventStatus,
    FuzzyDate,
    LocalizedText,
    Span,
    Summit,
)

ALL = testing.MODEL_TYPES + testing.ENUM_TYPES
ids = [cls.__name__ for cls in ALL]


def problem_paths(error: diplofacts.ValidationError) -> list[str]:
    """Return the paths of an error's problems."""
    return [problem.path for problem in error.problems]


def rejected(data: Any, cls: type) -> diplofacts.ValidationError:
    """Load ``data`` (plain data, dumped to JSON) as ``cls`` and return the error it raises."""
    with pytest.raises(diplofacts.ValidationError) as info:
        json.loads(orjson.dumps(data), cls)
    return info.value


@pytest.mark.parametrize("cls", ALL, ids=ids)
@given(data=st.data())
def test_round_trip(cls: type, data: st.DataObject) -> None:
    """``loads(dumps(x), type(x)) == x`` and ``dumps`` is a fixed point, for every class."""
    value = data.draw(st.from_type(cls))
    text = diplofacts.dumps(value)
    again: object = diplofacts.loads(text, cls)
    assert value == again
    assert text == diplofacts.dumps(again)


@given(testing.articles())
def test_compact_dumps_round_trip(article: diplofacts.Article) -> None:
    """The compact form reads back too, and says the same as the indented one."""
    compact = json.dumps(article, indent=False)
    assert "\n" == compact[-1]
    assert "\n" not in compact[:-1]
    assert article == json.loads(compact.encode(), diplofacts.Article)
    assert orjson.loads(compact) == orjson.loads(json.dumps(article))


@given(testing.localized_texts())
def test_equal_texts_dump_identically(text: LocalizedText) -> None:
    """A localized text given in any order dumps to the same bytes."""
    backwards = LocalizedText(texts=dict(reversed(text.texts)))
    assert diplofacts.dumps(text) == diplofacts.dumps(backwards)


@given(st.lists(testing.country_codes(), unique=True, max_size=4), st.randoms())
def test_party_order_does_not_change_dumps(parties: list[str], random: Any) -> None:
    """Parties given in any order dump to the same bytes."""
    shuffled = list(parties)
    random.shuffle(shuffled)
    one = Summit(id="s", status=EventStatus.HELD, parties=tuple(parties))
    other = Summit(id="s", status=EventStatus.HELD, parties=tuple(shuffled))
    assert diplofacts.dumps(one) == diplofacts.dumps(other)


def test_list_of_objects_dumps_as_array() -> None:
    """A list of model objects is written as a JSON array."""
    spans = [Span(start=0, end=1), Span(start=2, end=4)]
    assert [[0, 1], [2, 4]] == orjson.loads(json.dumps(spans))


def test_arabic_is_not_escaped() -> None:
    """Arabic text is written as UTF-8, not ``\\u`` escapes."""
    assert '"موسكو"' in json.dumps(LocalizedText.of(ar="موسكو"))


def test_defaults_are_left_out() -> None:
    """Fields equal to their default are not written."""
    summit = Summit(id="alaska", status=EventStatus.HELD)
    assert '{\n  "id": "alaska",\n  "status": "held"\n}\n' == json.dumps(summit)


def test_article_events_carry_a_type_tag() -> None:
    """Events in an article are tagged with their kind."""
    article = diplofacts.Article(
        text="نص",
        published=dt.date(2025, 8, 14),
        events=(
            Summit(id="a", status=EventStatus.HELD),
            ConsultationRound(id="b", status=EventStatus.SCHEDULED, number=2),
        ),
    )
    data = orjson.loads(json.dumps(article))
    assert ["summit", "consultation_round"] == [event["type"] for event in data["events"]]
    assert "2025-08-14" == data["published"]


@pytest.mark.parametrize("cls", ALL, ids=ids)
@given(data=st.data())
def test_invalid_raw_data_is_rejected_with_its_path(cls: type, data: st.DataObject) -> None:
    """Data broken in one place raises ValidationError naming that place, never another error."""
    case = data.draw(testing.invalid_raw(cls))
    error = rejected(case.data, cls)
    assert case.path in problem_paths(error), (case.how, [str(p) for p in error.problems])


@given(data=st.data())
def test_article_rules_are_checked_on_load(data: st.DataObject) -> None:
    """Breaking an article's cross-references is reported at the place broken."""
    case = data.draw(testing.invalid_raw(diplofacts.Article, testing.articles(min_events=2)))
    assert case.path in problem_paths(rejected(case.data, diplofacts.Article)), case.how


@pytest.mark.parametrize(
    ("how", "field", "value", "path"),
    [
        ("null is not a string", "id", None, "$.id"),
        ("a number is not a string", "id", 5, "$.id"),
        ("'5' is not an int", "number", "5", "$.number"),
        ("1.0 is not an int", "number", 1.0, "$.number"),
        ("true is not an int", "number", True, "$.number"),
        ("a string is not a list", "parties", "SA", "$.parties"),
        ("an object is not a list", "parties", {"SA": 1}, "$.parties"),
        ("null is not a list", "parties", None, "$.parties"),
        ("a number in a list of strings", "parties", ["SA", 7], "$.parties[1]"),
        ("an unknown country, as given", "parties", ["ZZ", "SA"], "$.parties[0]"),
        ("a lower-case country", "host", "sa", "$.host"),
        ("an object is not an enum", "status", {"v": 1}, "$.status"),
        ("an unknown status", "status", "HELD", "$.status"),
        ("a number is not a date", "date", 20250815, "$.date"),
        ("bad EDTF", "date", "15/08/2025", "$.date"),
        ("an impossible date", "date", "2025-02-29", "$.date"),
        ("a list is not a span", "evidence", [[0, 1, 2]], "$.evidence[0]"),
        ("a string offset", "evidence", [[0, "1"]], "$.evidence[0][1]"),
        ("an empty span", "evidence", [[3, 3]], "$.evidence[0][1]"),
        ("a negative offset", "evidence", [[-1, 3]], "$.evidence[0][0]"),
        ("true is not an offset", "evidence", [[True, 3]], "$.evidence[0][0]"),
        ("spans out of order", "evidence", [[5, 9], [1, 3]], "$.evidence[1]"),
        ("a span given twice", "evidence", [[1, 3], [1, 3]], "$.evidence[1]"),
        ("a country given twice", "parties", ["SA", "SA"], "$.parties"),
        ("null is not a list of countries", "mediators", None, "$.mediators"),
        ("a text that is not an object", "title", "قمة", "$.title"),
        ("a null text", "title", {"ar": None}, "$.title.ar"),
        ("a blank text", "title", {"ar": " "}, "$.title.ar"),
        ("a bad language tag", "title", {"e n": "x"}, "$.title"),
        ("no languages", "title", {}, "$.title"),
        ("a round number of zero", "number", 0, "$.number"),
    ],
)
def test_converter_is_strict(how: str, field: str, value: object, path: str) -> None:
    """Each loosely typed or invalid value is rejected at its exact path."""
    data = {"id": "r1", "status": "held", field: value}
    assert [path] == problem_paths(rejected(data, ConsultationRound)), how


def test_one_in_a_list_of_booleans_is_not_true() -> None:
    """``1`` is not ``true`` (the converter reads booleans strictly)."""
    with pytest.raises(TypeError, match="expected true or false, got an integer"):
        _converter.converter.structure(1, bool)


def test_floats_read_from_numbers_only() -> None:
    """Numbers read as floats, but strings and booleans do not."""
    assert 2.0 == _converter.converter.structure(2, float)
    with pytest.raises(TypeError, match="expected a number"):
        _converter.converter.structure("2", float)


def test_every_problem_is_reported_at_once() -> None:
    """An unknown key, a missing key and bad values are all reported together."""
    data = {"party": 5, "members": [{"person": {}, "roles": "x"}], "extra": 1}
    error = rejected(data, Delegation)
    assert ["$.extra", "$.members[0].person.name", "$.members[0].roles", "$.party"] == sorted(
        problem_paths(error)
    )


def test_rules_of_good_fields_are_checked_beside_type_errors() -> None:
    """A wrong type in one field does not hide a broken rule in another field of the object."""
    data = {
        "id": "s",
        "status": "held",
        "parties": ["RU", "XX"],
        "host": 7,
        "venue": {"country": "ZZ", "kind": 5},
    }
    error = rejected(data, Summit)
    assert ["$.host", "$.parties[1]", "$.venue.country", "$.venue.kind"] == sorted(
        problem_paths(error)
    )


def test_missing_key_is_named() -> None:
    """A missing required key is reported at its own path."""
    error = rejected({"id": "a"}, Summit)
    assert ["$.status"] == problem_paths(error)
    assert "required key is missing" == error.problems[0].message


def test_unknown_key_is_named() -> None:
    """An unknown key is reported at its own path."""
    error = rejected({"id": "a", "status": "held", "leader": []}, Summit)
    assert ["$.leader"] == problem_paths(error)
    assert "unknown key" == error.problems[0].message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected an object (Summit), got a list"),
        ("summit", "expected an object (Summit), got a string"),
        (None, "expected an object (Summit), got null"),
        (3.5, "expected an object (Summit), got a number"),
    ],
)
def test_top_level_wrong_type(data: object, message: str) -> None:
    """A document of the wrong type is reported at ``$``."""
    error = rejected(data, Summit)
    assert [("$", message)] == [(p.path, p.message) for p in error.problems]


@pytest.mark.parametrize("text", ["{", "", "[1,]", '{"id": "a"', b"\xff"])
def test_malformed_json(text: str | bytes) -> None:
    """Text that is not JSON is a ValidationError at ``$``."""
    with pytest.raises(diplofacts.ValidationError, match=r"^\$: malformed JSON") as info:
        json.loads(text, Summit)
    assert ["$"] == problem_paths(info.value)


@pytest.mark.parametrize(
    ("event", "path"),
    [
        ({"id": "a", "status": "held"}, "$.events[0].type"),
        ({"type": "meeting", "id": "a", "status": "held"}, "$.events[0].type"),
        ("summit", "$.events[0]"),
        ({"type": "summit", "id": "a", "status": "held", "number": 1}, "$.events[0].number"),
    ],
)
def test_event_tags(event: object, path: str) -> None:
    """Events in an article need a known type tag and that type's fields."""
    assert [path] == problem_paths(rejected({"text": "x", "events": [event]}, diplofacts.Article))


@pytest.mark.parametrize(
    ("date", "path"),
    [
        (5, "$.date"),
        ({"relation": "after"}, "$.date.text"),
        ({"relation": "after", "text": "بعد", "extra": 1}, "$.date.extra"),
        ({"relation": "later", "text": "بعد"}, "$.date.relation"),
        ("XXXX?-08-15", "$.date"),
    ],
)
def test_event_dates(date: object, path: str) -> None:
    """An event date is an EDTF string or a relative date object."""
    assert [path] == problem_paths(rejected({"id": "a", "status": "held", "date": date}, Summit))


def test_published_must_be_an_iso_date() -> None:
    """An article's publication date is an ISO date string."""
    for value, message in (("2025-02-30", "is not an ISO date"), (20250815, "ISO date string")):
        error = rejected({"text": "x", "published": value}, diplofacts.Article)
        assert ["$.published"] == problem_paths(error)
        assert message in error.problems[0].message


def test_fuzzy_date_problems_name_the_string() -> None:
    """A date that cannot exist is reported at the EDTF string, quoting it."""
    error = rejected("2023-02-29", FuzzyDate)
    assert ["$"] == problem_paths(error)
    assert "'2023-02-29': day 29 does not exist in month 2 of 2023" == error.problems[0].message


def test_dumps_and_loads_by_format_name() -> None:
    """``diplofacts.dumps``/``loads`` dispatch to the json module by default."""
    summit = Summit(id="a", status=EventStatus.HELD)
    assert json.dumps(summit) == diplofacts.dumps(summit, format="json")
    assert summit == diplofacts.loads(diplofacts.dumps(summit), Summit, format="json")


def test_unknown_format_is_rejected() -> None:
    """An unknown format name raises UnsupportedFormatError naming the known ones."""
    with pytest.raises(diplofacts.UnsupportedFormatError, match="known formats: csv"):
        diplofacts.dumps(Span(start=0, end=1), format="xml")


def test_true_reads_as_a_boolean() -> None:
    """``true`` is a boolean."""
    assert _converter.converter.structure(True, bool) is True


def test_explicit_null_date_is_no_date() -> None:
    """An explicit ``null`` date reads as no date, and is left out when written again."""
    summit = json.loads('{"id": "a", "status": "held", "date": null}', Summit)
    assert summit.date is None
    assert '{"id":"a","status":"held"}\n' == json.dumps(summit, indent=False)


def test_too_deep_nesting_is_a_limit_error_at_its_path() -> None:
    """A ``via`` chain far past the limit is refused at its place, not crashed on."""
    data: dict[str, Any] = {"outlet": "TASS"}
    for _ in range(900):
        data = {"outlet": "TASS", "via": data}
    document = {"id": "a", "status": "held", "attributions": [{"outlet": "AFP"}, data]}
    with pytest.raises(diplofacts.LimitError) as info:
        json.loads(std_json.dumps(document), Summit)
    assert [
        Problem(
            "$.attributions[1]", "a chain of 901 sources, over the limit of 100 (Limits.max_depth)"
        )
    ] == list(info.value.problems)


def test_texts_given_out_of_order_load_sorted() -> None:
    """A localized text whose tags are not in order reads as the same text, sorted by tag."""
    data = {"id": "r1", "status": "held", "title": {"fr": "Sommet", "ar": "قمة", "en": "Summit"}}
    loaded = json.loads(orjson.dumps(data), ConsultationRound)
    assert loaded.title is not None
    assert (("ar", "قمة"), ("en", "Summit"), ("fr", "Sommet")) == loaded.title.texts
    assert _converter._detailed.structure(data, ConsultationRound) == loaded


def test_null_for_an_optional_field_is_its_default() -> None:
    """``null`` for a field whose default is ``None`` reads as if the key were left out."""
    data = {"id": "r1", "status": "held", "title": None, "host": None, "announced_by": None}
    expected = ConsultationRound(id="r1", status=EventStatus.HELD)
    assert expected == json.loads(orjson.dumps(data), ConsultationRound)


def test_spans_in_order_load() -> None:
    """Several spans sorted by position, sharing a start or not, load as given."""
    data = {"id": "r1", "status": "held", "evidence": [[0, 4], [0, 7], [9, 12]]}
    loaded = json.loads(orjson.dumps(data), ConsultationRound)
    assert [(0, 4), (0, 7), (9, 12)] == [(span.start, span.end) for span in loaded.evidence]
