"""Tests of :mod:`diplofacts.errors`."""

from __future__ import annotations

import pytest

import diplofacts
from diplofacts.errors import DiplofactsError, ParseError, Problem, ValidationError


def test_problem_renders_path_and_message() -> None:
    """A problem reads ``path: message``."""
    assert "$.party: bad" == str(Problem("$.party", "bad"))


def test_one_problem_renders_on_one_line() -> None:
    """A single problem is the whole message."""
    error = ValidationError([Problem("$.id", "is blank")])
    assert "$.id: is blank" == str(error)
    assert (Problem("$.id", "is blank"),) == error.problems


def test_many_problems_render_one_per_line() -> None:
    """Several problems are counted, then listed one per line."""
    error = ValidationError([Problem("$.a", "one"), Problem("$.b[0]", "two")], source="x.json")
    assert "x.json: 2 problems:\n  $.a: one\n  $.b[0]: two" == str(error)


def test_a_message_alone_is_a_problem_at_the_root() -> None:
    """A plain message becomes one problem at ``$``."""
    assert (Problem("$", "broken"),) == ValidationError("broken").problems


def test_source_is_named() -> None:
    """The source, when known, starts the message."""
    error = ValidationError("broken", source="article.json")
    assert "article.json: $: broken" == str(error)
    assert "article.json" == error.source


def test_a_validation_error_needs_a_problem() -> None:
    """An error without problems is a programming error."""
    with pytest.raises(ValueError, match="at least one problem"):
        ValidationError([])


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("$", "$.events[0]"),
        ("$.id", "$.events[0].id"),
        ("$[1]", "$.events[0][1]"),
        ("name", "$.events[0].name"),
    ],
)
def test_with_prefix_nests_paths(path: str, expected: str) -> None:
    """``with_prefix`` roots every path under the prefix, keeping the source."""
    error = ValidationError([Problem(path, "bad")], source="s").with_prefix("$.events[0]")
    assert [expected] == [problem.path for problem in error.problems]
    assert "s" == error.source


def test_errors_are_value_errors() -> None:
    """Every concrete error is a DiplofactsError and a ValueError."""
    for cls in (ValidationError, ParseError, diplofacts.UnsupportedFormatError):
        assert issubclass(cls, DiplofactsError)
        assert issubclass(cls, ValueError)


def test_parse_error_shows_an_excerpt_with_offsets() -> None:
    """A parse error quotes twenty characters either side of its span, with offsets."""
    source = "عقدت القمة في ألاسكا\nيوم 15 آب"
    error = ParseError("no year", source=source, span=diplofacts.Span(start=25, end=27))
    assert "no year (characters 25-27: «القمة في ألاسكا يوم 15 آب»)" == str(error)
    assert source == error.source
    assert diplofacts.Span(start=25, end=27) == error.span


def test_parse_error_excerpt_is_bounded() -> None:
    """The excerpt keeps twenty characters either side of the span."""
    source = "a" * 50 + "XY" + "b" * 50
    error = ParseError("here", source=source, span=diplofacts.Span(start=50, end=52))
    assert f"here (characters 50-52: «{'a' * 20}XY{'b' * 20}»)" == str(error)


def test_parse_error_without_span_is_its_message() -> None:
    """Without a span, the message stands alone."""
    error = ParseError("empty input", source="")
    assert "empty input" == str(error)
    assert error.span is None
