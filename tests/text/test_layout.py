"""Tests for the layout of an article (diplofacts.text._layout)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diplofacts.text._layout import clauses

_PLAIN_CLAUSE_END = re.compile(r"[،,؛;:]|\s[-\"]\s")
"""The definition of a clause end: a comma, semicolon or colon, or a dash or quote between
white spaces."""


def _clauses_by_definition(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut at each clause end of the definition, keeping the trimmed, non-empty pieces."""
    out: list[tuple[int, int]] = []
    at = start
    for match in [*_PLAIN_CLAUSE_END.finditer(text, start, end), None]:
        cut = end if match is None else match.start()
        piece = text[at:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((at + lead, at + lead + len(piece.strip())))
        if match is not None:
            at = match.end()
    return out


@given(
    st.lists(st.sampled_from([*' \n\t-"،,؛;:.', "قمة", "ab", " - ", ' " ']), max_size=30).map(
        "".join
    ),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_clauses_cut_where_the_definition_cuts(text: str, first: int, second: int) -> None:
    """Clauses are cut at the clause ends of the plain definition, within the range given."""
    start, end = sorted((min(first, len(text)), min(second, len(text))))
    assert _clauses_by_definition(text, start, end) == clauses(text, start, end)


def test_a_dash_between_spaces_ends_a_clause() -> None:
    """A dash between spaces ends a clause; a dash inside a word does not."""
    text = "قال - وأكد، ثم أبو-ظبي"
    assert ["قال", "وأكد", "ثم أبو-ظبي"] == [text[a:b] for a, b in clauses(text, 0, len(text))]
