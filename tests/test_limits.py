"""Tests of :mod:`diplofacts.limits`: the bounds callers set on what is read."""

from __future__ import annotations

import json as std_json
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
    assert (
        "$.text: the text is 120 characters long, over the limit of 100 (Limits.max_chars)"
        == str(error)
    )
    assert isinstance(error, diplofacts.ValidationError)


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


def test_check_document_counts_bytes_of_utf8() -> None:
    """A document is measured in bytes, a str in the bytes of its UTF-8."""
    limits = Limits(max_bytes=6)
    limits.check_document("قمة")  # 3 letters, 6 bytes
    limits.check_document(b"123456")
    with pytest.raises(LimitError, match="7 bytes, over the limit of 6"):
        limits.check_document(b"1234567")
    with pytest.raises(LimitError, match="8 bytes, over the limit of 6"):
        limits.check_document("قمة1!")


@given(st.text(max_size=40), st.integers(min_value=1, max_value=120))
def test_check_document_refuses_exactly_the_strings_over_the_limit(text: str, limit: int) -> None:
    """A str is refused if and only if its UTF-8 is longer than max_bytes."""
    over = len(text.encode("utf-8", "surrogatepass")) > limit
    try:
        Limits(max_bytes=limit).check_document(text)
    except LimitError:
        assert over
    else:
        assert not over


def _chain(length: int) -> dict[str, Any]:
    """A chain of ``length`` sources, each credited via the next."""
    link: dict[str, Any] = {"outlet": "TASS"}
    for _ in range(length - 1):
        link = {"outlet": "TASS", "via": link}
    return link


def _summit_with_chain(length: int) -> dict[str, Any]:
    return {"id": "s", "status": "held", "attributions": [{"outlet": "AFP"}, _chain(length)]}


@pytest.mark.parametrize("fmt", ["json", "yaml", "csv"])
def test_a_document_over_max_bytes_is_refused_in_every_format(fmt: str) -> None:
    """Every reader checks the document's size before reading it, naming the limit."""
    summit = diplofacts.Summit(id="s", status=diplofacts.EventStatus.HELD)
    data = diplofacts.dumps(summit, format=fmt)
    assert summit == diplofacts.loads(
        data, diplofacts.Summit, fmt, limits=Limits(max_bytes=len(data))
    )
    with pytest.raises(LimitError) as caught:
        diplofacts.loads(data, diplofacts.Summit, fmt, limits=Limits(max_bytes=len(data) - 1))
    assert ("max_bytes", "$") == (caught.value.limit, caught.value.problems[0].path)


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_a_chain_as_long_as_max_depth_is_read_and_one_longer_is_refused(fmt: str) -> None:
    """A chain of exactly max_depth sources loads; one more link is a LimitError at its path."""
    limits = Limits(max_depth=3)
    text = std_json.dumps(_summit_with_chain(3))  # JSON is YAML too
    summit = diplofacts.loads(text, diplofacts.Summit, fmt, limits=limits)
    assert 3 == len(summit.attributions[1].chain())
    with pytest.raises(LimitError) as caught:
        diplofacts.loads(
            std_json.dumps(_summit_with_chain(4)), diplofacts.Summit, fmt, limits=limits
        )
    expected = "a chain of 4 sources, over the limit of 3 (Limits.max_depth)"
    assert [("$.attributions[1]", expected)] == [(p.path, p.message) for p in caught.value.problems]


def test_a_long_chain_is_refused_before_other_problems_are_walked() -> None:
    """With a wrong type elsewhere, a chain over the limit is still the one error reported."""
    data = _summit_with_chain(5) | {"status": "helde"}
    with pytest.raises(LimitError, match=r"\$\.attributions\[1\]: a chain of 5 sources"):
        diplofacts.loads(std_json.dumps(data), diplofacts.Summit, limits=Limits(max_depth=4))


def test_a_chain_in_csv_is_refused_on_its_line() -> None:
    """CSV names the line of the event whose chain is too long."""
    summit = diplofacts.loads(std_json.dumps(_summit_with_chain(3)), diplofacts.Summit)
    data = diplofacts.dumps(summit, format="csv")
    assert summit == diplofacts.loads(data, diplofacts.Summit, "csv", limits=Limits(max_depth=3))
    with pytest.raises(LimitError, match=r"line 2: \$\.attributions\[1\]: a chain of 3 sources"):
        diplofacts.loads(data, diplofacts.Summit, "csv", limits=Limits(max_depth=2))


def test_max_depth_is_at_most_the_ceiling() -> None:
    """No reader builds chains deeper than MAX_DEPTH_CEILING, so no limit may allow it."""
    from diplofacts.limits import MAX_DEPTH_CEILING

    Limits(max_depth=MAX_DEPTH_CEILING)
    with pytest.raises(ValueError, match="max_depth must be at most 100"):
        Limits(max_depth=MAX_DEPTH_CEILING + 1)
