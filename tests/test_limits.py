"""Tests of :mod:`diplofacts.limits`: the bounds callers set on what is read."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplofacts
from diplofacts import DEFAULT_LIMITS, LimitError, Limits, ValidationError


def test_default_limits_are_generous_for_news() -> None:
    """The defaults accept a long article and a large corpus file, and cap chains at 100."""
    assert (5_000_000, 256 * 2**20, 100) == (
        DEFAULT_LIMITS.max_chars,
        DEFAULT_LIMITS.max_bytes,
        DEFAULT_LIMITS.max_depth,
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"max_chars": 0},
        {"max_bytes": -1},
        {"max_depth": None},
        {"max_chars": True},
        {"max_bytes": 1.5},
    ],
)
def test_limits_must_be_positive_ints(fields: dict[str, Any]) -> None:
    """A limit that is not a positive int is refused when the limits are made."""
    with pytest.raises(ValueError, match="must be a positive int"):
        Limits(**fields)


def test_a_text_over_max_chars_is_refused_before_parsing() -> None:
    """parse_article raises LimitError naming the limit, the size and the maximum."""
    with pytest.raises(LimitError) as caught:
        diplofacts.parse_article("قمة " * 30, limits=Limits(max_chars=100))
    error = caught.value
    assert ("max_chars", 120, 100) == (error.limit, error.size, error.maximum)
    assert "the text is 120 characters long, over the limit of 100 (Limits.max_chars)" == str(error)
    assert isinstance(error, diplofacts.DiplofactsError)


def test_a_text_at_max_chars_is_parsed() -> None:
    """A text exactly as long as the limit is read."""
    text = "تعقد قمة روسيا وأمريكا في 15 أغسطس"
    article = diplofacts.parse_article(text, limits=Limits(max_chars=len(text)))
    assert 1 == len(article.summits)


def test_no_max_chars_turns_the_text_limit_off() -> None:
    """With max_chars None a text over the default length passes the check."""
    Limits(max_chars=None).check_text("x" * ((DEFAULT_LIMITS.max_chars or 0) + 1))


def test_the_default_limit_applies_without_limits() -> None:
    """Without limits, a text over the default length is refused."""
    with pytest.raises(LimitError, match="max_chars"):
        diplofacts.parse_article("x" * ((DEFAULT_LIMITS.max_chars or 0) + 1))


def test_limits_of_the_wrong_type_are_a_validation_error() -> None:
    """parse_article names the limits argument when it is not a Limits."""
    with pytest.raises(ValidationError, match=r"\$\.limits: expected a Limits or None, got dict"):
        diplofacts.parse_article("قمة", limits={"max_chars": 5})  # type: ignore[arg-type]


@given(st.integers(min_value=1, max_value=50), st.text(max_size=60))
def test_check_text_refuses_exactly_the_texts_over_the_limit(limit: int, text: str) -> None:
    """check_text raises if and only if the text is longer than max_chars."""
    over = len(text) > limit
    try:
        Limits(max_chars=limit).check_text(text)
    except LimitError:
        assert over
    else:
        assert not over


def test_check_document_counts_bytes_or_characters() -> None:
    """A document is measured in bytes when bytes, in characters when str."""
    limits = Limits(max_bytes=4)
    limits.check_document("قمةقمة"[:4])
    with pytest.raises(LimitError, match="5 bytes, over the limit of 4"):
        limits.check_document(b"12345")
    with pytest.raises(LimitError, match="5 characters, over the limit of 4"):
        limits.check_document("12345")
