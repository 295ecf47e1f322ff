"""YAML is lossless and reads with a safe loader only."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplofacts import Article, Summit, ValidationError
from diplofacts import testing as dt_testing
from diplofacts.formats import yaml as dyaml

MODEL_OBJECTS = st.one_of(
    dt_testing.articles(),
    dt_testing.summits(),
    dt_testing.consultation_rounds(),
    dt_testing.venues(),
    dt_testing.attributions(),
    dt_testing.fuzzy_dates(),
)


@given(MODEL_OBJECTS)
def test_round_trip_is_lossless(obj: Any) -> None:
    """loads(dumps(x), type(x)) == x for every kind of model object."""
    assert obj == dyaml.loads(dyaml.dumps(obj), type(obj))


@given(dt_testing.articles())
def test_dumps_is_a_fixed_point(article: Article) -> None:
    """Writing what was read gives the same text."""
    text = dyaml.dumps(article)
    assert text == dyaml.dumps(dyaml.loads(text, Article))


def test_bytes_and_unquoted_dates_are_read(alaska: Summit) -> None:
    """Unquoted dates stay strings, so hand-written YAML needs no quotes."""
    text = (
        "text: abc\npublished: 2025-08-14\nevents:\n"
        "  - type: summit\n    id: a\n    status: held\n    date: 2025-08-15\n"
    )
    article = dyaml.loads(text.encode(), Article)
    assert str(article.published) == "2025-08-14"
    assert str(article.events[0].date) == "2025-08-15"


def test_arabic_is_written_as_is(alaska: Summit) -> None:
    """Arabic text is not escaped."""
    assert "قمة ألاسكا" in dyaml.dumps(alaska)


def test_malformed_yaml_names_the_place() -> None:
    """A syntax error reports its line and column."""
    with pytest.raises(ValidationError) as info:
        dyaml.loads("id: [a\nstatus: held", Summit)
    assert "malformed YAML at line" in str(info.value)


def test_python_tags_are_refused() -> None:
    """The safe loader builds no Python objects."""
    with pytest.raises(ValidationError, match="malformed YAML"):
        dyaml.loads("!!python/object/apply:os.system ['true']", Summit)


def test_problems_have_paths() -> None:
    """Model problems are reported with their JSON paths."""
    with pytest.raises(ValidationError) as info:
        dyaml.loads("id: a\nstatus: helt\nhost: 5\n", Summit)
    assert {"$.status", "$.host"} <= {p.path for p in info.value.problems}
