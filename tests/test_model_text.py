"""Tests of :mod:`diplofacts.model.text`: LocalizedText and Span."""

from __future__ import annotations

import pytest

from diplofacts import LocalizedText, Span, ValidationError


def test_localized_text_is_a_mapping() -> None:
    """A localized text reads like a dict of tag to text."""
    name = LocalizedText(texts={"en": "Istanbul", "ar": "إسطنبول"})
    assert ("Istanbul", "إسطنبول", ["ar", "en"]) == (name.get("en"), name["ar"], sorted(name))
    assert 2 == len(name)
    assert name.get("fr") is None
    with pytest.raises(KeyError):
        name["fr"]


def test_localized_text_order_does_not_matter() -> None:
    """Texts given in any order are stored sorted by tag, so compare and hash equal."""
    one = LocalizedText(texts={"en": "Moscow", "ar": "موسكو"})
    other = LocalizedText(texts=[("ar", "موسكو"), ("en", "Moscow")])
    assert (("ar", "موسكو"), ("en", "Moscow")) == one.texts
    assert one == other
    assert hash(one) == hash(other)
    assert one == LocalizedText.of(en="Moscow", ar="موسكو")


def test_localized_text_str_joins_languages() -> None:
    """``str`` shows every language, by tag order."""
    assert "موسكو / Moscow" == str(LocalizedText.of(en="Moscow", ar="موسكو"))


def test_pairs_may_be_lists() -> None:
    """Pairs given as lists (as from YAML) are accepted."""
    assert LocalizedText.of(ar="نص") == LocalizedText(texts=[["ar", "نص"]])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("texts", "path", "message"),
    [
        ({}, "$.texts", "needs at least one language: text pair"),
        ("Moscow", "$.texts", "needs at least one language: text pair"),
        ([("ar",)], "$.texts", "expected (language tag, text) pairs, got ('ar',)"),
        ([(1, "x"), ("ar", "y")], "$.texts", "a language tag must be a string, not int"),
        ({"e n": "x"}, "$.texts", "'e n' is not a well-formed BCP 47 language tag"),
        ({"zz": "x"}, "$.texts", "'zz' does not start with an ISO 639-1 language code"),
        ([("ar", "x"), ("ar", "y")], "$.texts.ar", "language tag given twice"),
        ({"ar": "  "}, "$.texts.ar", "text must be a non-blank string"),
        ({"ar": 5}, "$.texts.ar", "text must be a non-blank string"),
    ],
)
def test_localized_text_invariants(texts: object, path: str, message: str) -> None:
    """Each broken localized text is rejected with its path and message."""
    with pytest.raises(ValidationError) as info:
        LocalizedText(texts=texts)  # type: ignore[arg-type]
    assert [(path, message)] == [(p.path, p.message) for p in info.value.problems]


@pytest.mark.parametrize("tag", ["ar", "en-GB", "ar-SA", "zh-Hant-TW", "fil", "ar-x-gulf", "sgn"])
def test_well_formed_tags_are_accepted(tag: str) -> None:
    """Well-formed BCP 47 tags, with script, region and private use, are accepted."""
    assert [tag] == list(LocalizedText(texts={tag: "x"}))


def test_span_orders_and_extracts() -> None:
    """Spans order by position and extract their part of the text."""
    assert Span(start=0, end=2) < Span(start=0, end=3) < Span(start=1, end=2)
    assert "قمة" == Span(start=3, end=6).extract("في قمة ألاسكا")
    assert "3-6" == str(Span(start=3, end=6))


@pytest.mark.parametrize(
    ("start", "end", "path", "message"),
    [
        (-1, 2, "$.start", "must not be negative, got -1"),
        (3, 3, "$.end", "must be greater than start (3), got 3"),
        (3, 1, "$.end", "must be greater than start (3), got 1"),
        ("0", 1, "$.start", "expected int, got str"),
        (0, True, "$.end", "expected int, got bool"),
    ],
)
def test_span_invariants(start: object, end: object, path: str, message: str) -> None:
    """A span is never empty, negative, or made of non-integers."""
    with pytest.raises(ValidationError) as info:
        Span(start=start, end=end)  # type: ignore[arg-type]
    assert [(path, message)] == [(p.path, p.message) for p in info.value.problems]
