"""Markdown fact tables in Arabic and English."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from diplofacts import Article, FuzzyDate, Summit
from diplofacts import testing as dt_testing
from diplofacts.formats import markdown


def _rows(table: str) -> list[list[str]]:
    lines = [line for line in table.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in line[2:-2].split(" | ")] for line in lines[1:]]


def test_the_rounds_in_english(rounds: Article) -> None:
    """Dates show only what is known; the inferred year is bracketed."""
    assert _rows(markdown.table(rounds, "en")) == [
        ["Alaska summit (held)", "15 August [2025]",
         "Joint Base Elmendorf-Richardson, Anchorage, Alaska, United States",
         "Russia, United States", "easing sanctions; تسوية الأزمة الأوكرانية"],
        ["Consultation round 1 (held)", "27 February 2025", "Istanbul, Turkey",
         "Russia, United States", "عمل السفارات"],
        ["Consultation round 2 (rescheduled)", "10 April 2025", "Istanbul, Turkey",
         "Russia, United States", "—"],
        ["Consultation round 3 (announced)", "after Alaska summit", "—",
         "Russia, United States", "—"],
    ]  # fmt: skip


def test_the_rounds_in_arabic(rounds: Article) -> None:
    """The Arabic table is right to left, with Arabic names and the date as stated."""
    text = markdown.table(rounds, "ar")
    assert text.startswith('<div dir="rtl" lang="ar">\n\n| الحدث | التاريخ |')
    rows = _rows(text)
    assert rows[0][:2] == ["قمة ألاسكا (عُقدت)", "15 أغسطس [2025]"]
    assert rows[0][3] == "روسيا، الولايات المتحدة"
    assert rows[3][1] == "بعد قمة ألاسكا"
    assert rows[0][4] == "خفض العقوبات؛ تسوية الأزمة الأوكرانية"


def test_both_languages_by_default(alaska: Summit) -> None:
    """dumps writes the Arabic table, then the English one."""
    text = markdown.dumps(alaska)
    assert text.index("الحدث") < text.index("| Event |")
    assert markdown.table(alaska, "en") == markdown.dumps(alaska, language="en")
    with pytest.raises(ValueError, match="'ar' or 'en'"):
        markdown.table(alaska, "fr")


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        (FuzzyDate(month=8, day=15), "15 August"),
        (FuzzyDate(year=2025, month=8), "August 2025"),
        (FuzzyDate(year=2025), "2025"),
        (FuzzyDate(year=2025, day=15), "2025"),
        (FuzzyDate(day=15), "—"),
        (
            FuzzyDate(year=2025, month=8, approximate=True, uncertain=True),
            "about August 2025 (unconfirmed)",
        ),
    ],
)
def test_dates_are_never_more_precise(alaska: Summit, date: FuzzyDate, shown: str) -> None:
    """A date shows exactly its known parts."""
    event = attrs.evolve(alaska, date=date, title=None, venue=None, agenda=())
    assert [["Summit (held)", shown, "—", "Russia, United States", "—"]] == _rows(
        markdown.table(event, "en")
    )


def test_cells_are_escaped(alaska: Summit) -> None:
    """Pipes and line breaks cannot break the table."""
    from diplofacts import LocalizedText

    event = attrs.evolve(
        alaska,
        title=LocalizedText.of(en="a | b\nc"),
        end_date=FuzzyDate(year=2025, month=8, day=16),
    )
    row = _rows(markdown.table(event, "en"))[0]
    assert row[0].replace("\\|", "\\|") == "a \\| b c (held)"
    assert row[1] == "15 August [2025] – 16 August 2025"


@given(dt_testing.articles())
def test_one_row_per_event(article: Article) -> None:
    """Every event gets one row of five cells in each language."""
    for language in ("ar", "en"):
        rows = _rows(markdown.table(article, language))
        assert [5] * len(article.events) == [len(row) for row in rows]
