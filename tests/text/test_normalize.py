"""Tests for the match form and its offset map (diplofacts.text._normalize)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplofacts import Span, ValidationError
from diplofacts.text._normalize import Normalized, _final, key, normalize

TATWEEL = "\u0640"
RLM = "\u200f"
ALM = "\u061c"
ZWNJ = "\u200c"
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("أحمد", "احمد"),
        ("إيران", "ايران"),
        ("آذار", "اذار"),
        ("ٱلقمة", "القمه"),
        ("موسى", "موسي"),
        ("فارسی", "فارسي"),
        ("کابل", "كابل"),
        ("مدينة", "مدينه"),
        ("مؤتمر", "مؤتمر"),
        ("رئيس", "رئيس"),
        ("تُعقَدُ", "تعقد"),
        ("هٰذا", "هذا"),
        ("منتصـــف", "منتصف"),
        ("٢٠٢٥", "2025"),
        ("۱۴۰۴", "1404"),
        ("a" + NBSP + "b\u202fc\u2009d", "a b c d"),
        ("1–2—3‒4−5", "1-2-3-4-5"),
        ("«تاس» “NBC” ‘x’", '"تاس" "nbc" "x"'),
        ("TASS", "tass"),
        ("ﻻ", "لا"),
        ("ﺍﻟﻘﻤﺔ", "القمه"),
        ("بوتين" + RLM + "،" + ALM, "بوتين،"),
        ("لا" + ZWNJ + "زم", "لازم"),
        ("\u202bنص\u202c", "نص"),
        ("e\u0301", "é"),
        ("ﷺ", "صلي الله عليه وسلم"),
        ("ﹰ", " "),
        ("١٥/٨/٢٠٢٥", "15/8/2025"),
        ("", ""),
    ],
)
def test_match_form(original: str, expected: str) -> None:
    """Each normalisation rule gives the documented match form."""
    assert expected == normalize(original).text
    assert expected == key(original)


def test_lone_surrogate_and_nul_survive() -> None:
    """A lone surrogate and NUL pass through without an error."""
    text = "a\ud800\x00ب"
    assert text == normalize(text).text


@pytest.mark.parametrize(
    ("original", "needle", "expected_original"),
    [
        ("في ١٥ أغسـطس", "15 اغسطس", "١٥ أغسـطس"),
        ("القِمَّةُ غداً", "القمه", "القِمَّةُ"),
        ("القِمَّةُ غداً", "غدا", "غداً"),
        ("ﺍﻟﻘﻤﺔ" + RLM + " الخميس", "الخميس", "الخميس"),
        ("ﻻ بد", "لا", "ﻻ"),
        ("ﻻ بد", "ا", "ﻻ"),
        ("x ﷺ y", "الله", "ﷺ"),
        ("قال" + RLM + RLM + " نعم", "قال", "قال"),
    ],
)
def test_to_original_covers_the_source(original: str, needle: str, expected_original: str) -> None:
    """A match-form range maps back to exactly the original characters that produced it."""
    normalized = normalize(original)
    start = normalized.text.index(needle)
    first, last = normalized.to_original(start, start + len(needle))
    assert expected_original == original[first:last]
    assert Span(start=first, end=last) == normalized.span(start, start + len(needle))


def test_offsets_of_identity_text() -> None:
    """Text that needs no change keeps the identity map, end offset included."""
    normalized = normalize("abc 15")
    assert (0, 1, 2, 3, 4, 5, 6) == normalized.offsets
    assert (1, 3) == normalized.to_original(1, 3)


def test_offsets_after_deletions() -> None:
    """Deleted characters are skipped by the map and the end maps to the end of the original."""
    normalized = normalize("بَ" + TATWEEL + "ب")
    assert "بب" == normalized.text
    assert (0, 3, 4) == normalized.offsets
    assert (0, 2) == normalized.to_original(0, 1)


def test_everything_deleted() -> None:
    """A text of nothing but marks normalises to empty text whose end is the original's end."""
    normalized = normalize("\u064b" + RLM)
    assert "" == normalized.text
    assert (2,) == normalized.offsets
    assert (2, 2) == normalized.to_original(0, 0)


def test_empty_range_maps_to_empty_range() -> None:
    """An empty match-form range maps to an empty original range."""
    normalized = normalize("أَب")
    assert (2, 2) == normalized.to_original(1, 1)


@pytest.mark.parametrize(("start", "end"), [(-1, 1), (2, 1), (0, 99)])
def test_to_original_rejects_ranges_outside(start: int, end: int) -> None:
    """A range that is not inside the match form raises IndexError."""
    with pytest.raises(IndexError):
        normalize("أَب").to_original(start, end)


def test_offset_rejects_index_outside() -> None:
    """An offset past the end raises IndexError."""
    with pytest.raises(IndexError):
        normalize("ab").offset(3)


def test_span_of_empty_range_is_invalid() -> None:
    """A Span is never empty, so span() of an empty range raises ValidationError."""
    with pytest.raises(ValidationError):
        normalize("ab").span(1, 1)


def test_normalized_without_map_needs_equal_lengths() -> None:
    """Building a Normalized by hand without a map needs text as long as the original."""
    assert "ab" == Normalized("AB", "ab").text
    with pytest.raises(ValueError, match="same length"):
        Normalized("abc", "ab")


def test_key_is_idempotent_on_the_alphabet() -> None:
    """The match form of a match form is itself, for every Arabic-block character."""
    alphabet = "".join(chr(c) for c in range(0x0600, 0x0700))
    once = key(alphabet)
    assert once == key(once)


def _reference(original: str) -> str:
    """Normalise cluster by cluster with no fast path (the specification)."""
    out: list[str] = []
    cluster = ""
    for char in original:
        if cluster and unicodedata.category(char).startswith("M"):
            cluster += char
            continue
        out.append(_final(cluster))
        cluster = char
    out.append(_final(cluster))
    return "".join(out)


ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PRESENTATION = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF)
MIXED = st.text(
    st.one_of(
        ARABIC,
        PRESENTATION,
        st.sampled_from([" ", NBSP, RLM, ALM, TATWEEL, "\u0301", "A", "1", "\ud800", "\x00"]),
        st.characters(),
    )
)


@given(st.one_of(st.text(), MIXED))
def test_normalize_never_raises_and_map_is_monotonic(original: str) -> None:
    """Any string normalises; its offsets rise monotonically and stay inside the original."""
    normalized = normalize(original)
    offsets = normalized.offsets
    assert len(normalized.text) + 1 == len(offsets)
    assert list(offsets) == sorted(offsets)
    assert all(0 <= o <= len(original) for o in offsets)
    assert len(original) == offsets[-1]
    for i in range(len(normalized.text)):
        first, last = normalized.to_original(i, i + 1)
        assert 0 <= first < last <= len(original)


@given(MIXED)
def test_fast_path_agrees_with_the_cluster_reference(original: str) -> None:
    """The translate fast path gives the same match form as per-cluster normalisation."""
    assert _reference(original) == normalize(original).text


@given(MIXED, st.data())
def test_to_original_of_any_range(original: str, data: st.DataObject) -> None:
    """Every non-empty range maps to a non-empty original range, in order."""
    normalized = normalize(original)
    size = len(normalized.text)
    start = data.draw(st.integers(0, size))
    end = data.draw(st.integers(start, size))
    first, last = normalized.to_original(start, end)
    assert 0 <= first <= last <= len(original)
    assert (end > start) == (last > first)
