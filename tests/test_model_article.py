"""Tests of :mod:`diplofacts.model.article`: Article and Unparsed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given

from diplofacts import (
    Article,
    Attribution,
    ConsultationRound,
    EventStatus,
    LocalizedText,
    Organization,
    Relation,
    RelativeDate,
    Span,
    Statement,
    Summit,
    Unparsed,
    ValidationError,
)
from diplofacts.model.article import _last_span_end, _spans
from diplofacts.testing import articles

TEXT = "عقدت قمة ألاسكا ثم الجولة الثانية"
HELD = EventStatus.HELD
SAID = LocalizedText.of(ar="كانت المحادثات بناءة")
KREMLIN = Organization(canonical="Kremlin")


def after(anchor: str) -> RelativeDate:
    """Return a date after the event ``anchor``."""
    return RelativeDate(relation=Relation.AFTER, text="بعد القمة", anchor=anchor)


def problems(**fields: Any) -> list[tuple[str, str]]:
    """Construct an article and return its problems as (path, message) pairs."""
    fields.setdefault("text", TEXT)
    with pytest.raises(ValidationError) as info:
        Article(**fields)
    return [(p.path, p.message) for p in info.value.problems]


def test_article_views() -> None:
    """Summits, rounds and events by id are read from ``events``."""
    summit = Summit(id="alaska", status=HELD, evidence=(Span(start=5, end=15),))
    round_ = ConsultationRound(id="r2", status=HELD, date=after("alaska"), number=2)
    article = Article(text=TEXT, published=dt.date(2025, 8, 14), events=(summit, round_))
    assert (summit,) == article.summits
    assert (round_,) == article.consultation_rounds
    assert round_ == article.event("r2")
    with pytest.raises(KeyError):
        article.event("missing")
    assert "ar" == article.language


def test_unparsed_keeps_text_and_reason() -> None:
    """An unparsed part keeps its span, text and reason."""
    part = Unparsed(span=Span(start=0, end=4), text="عقدت", reason="date without a month")
    assert "عقدت" == Article(text=TEXT, unparsed=(part,)).unparsed[0].text


@pytest.mark.parametrize(
    ("fields", "path", "message"),
    [
        ({"span": (0, 1), "text": "x", "reason": "r"}, "$.span", "expected Span, got tuple"),
        (
            {"span": Span(start=0, end=1), "text": "", "reason": "r"},
            "$.text",
            "must not be empty or blank",
        ),
        (
            {"span": Span(start=0, end=1), "text": "x", "reason": None},
            "$.reason",
            "expected a string, got NoneType",
        ),
    ],
)
def test_unparsed_invariants(fields: dict[str, Any], path: str, message: str) -> None:
    """Each broken unparsed part is rejected with its path and message."""
    with pytest.raises(ValidationError) as info:
        Unparsed(**fields)
    assert [(path, message)] == [(p.path, p.message) for p in info.value.problems]


def test_spans_past_the_text() -> None:
    """Every span anywhere in the article must end inside the text, wherever it is."""
    size = len(TEXT)
    late = Span(start=1, end=size + 1)
    event = Summit(
        id="a",
        status=HELD,
        evidence=(late,),
        attributions=(
            Attribution(outlet="TASS", via=Attribution(outlet="Reuters", evidence=(late,))),
        ),
    )
    statement = Statement(text=SAID, organization=KREMLIN, evidence=(late,))
    part = Unparsed(span=late, text="x", reason="r")
    message = f"span 1-{size + 1} ends past the text ({size} characters)"
    assert [
        ("$.events[0].attributions[0].via.evidence[0]", message),
        ("$.events[0].evidence[0]", message),
        ("$.statements[0].evidence[0]", message),
        ("$.unparsed[0].span", message),
    ] == sorted(problems(events=(event,), statements=(statement,), unparsed=(part,)))


def test_span_ending_at_the_text_end_is_inside() -> None:
    """A span may end exactly at the end of the text."""
    event = Summit(id="a", status=HELD, evidence=(Span(start=0, end=len(TEXT)),))
    assert 1 == len(Article(text=TEXT, events=(event,)).events)


def test_duplicate_ids() -> None:
    """Event ids are unique within an article."""
    events = (Summit(id="a", status=HELD), ConsultationRound(id="a", status=HELD))
    assert [("$.events[1].id", "id 'a' is used twice")] == problems(events=events)


def test_dangling_anchor() -> None:
    """A relative date's anchor names an event of the article."""
    events = (Summit(id="a", status=HELD, date=after("b")),)
    assert [("$.events[0].date.anchor", "'b' names no event of this article")] == problems(
        events=events
    )


def test_self_anchor() -> None:
    """An event is never relative to itself."""
    events = (Summit(id="a", status=HELD, date=after("a")),)
    assert [("$.events[0].date.anchor", "an event cannot anchor itself")] == problems(events=events)


def test_unanchored_relative_date_is_fine() -> None:
    """A date relative to the time of writing has no anchor to check."""
    date = RelativeDate(relation=Relation.WITHIN, text="في غضون أسبوعين")
    assert Article(text=TEXT, events=(Summit(id="a", status=HELD, date=date),)).events


def test_statement_event() -> None:
    """A statement's event names an event of the article."""
    statement = Statement(text=SAID, organization=KREMLIN, event="nowhere")
    assert [("$.statements[0].event", "'nowhere' names no event")] == problems(
        statements=(statement,)
    )
    kept = Statement(text=SAID, organization=KREMLIN, event="a")
    article = Article(text=TEXT, events=(Summit(id="a", status=HELD),), statements=(kept,))
    assert (kept,) == article.statements


def test_series_numbers() -> None:
    """Rounds of one series have distinct numbers; other series and unnumbered rounds are free."""
    events = (
        ConsultationRound(id="a", status=HELD, series="s", number=1),
        ConsultationRound(id="b", status=HELD, series="t", number=1),
        ConsultationRound(id="c", status=HELD, series="s"),
        ConsultationRound(id="d", status=HELD, number=1),
        ConsultationRound(id="e", status=HELD, series="s", number=1),
    )
    assert [("$.events[4].number", "round 1 of series 's' appears twice")] == problems(
        events=events
    )


@pytest.mark.parametrize(
    ("fields", "path", "message"),
    [
        ({"text": None}, "$.text", "expected str, got NoneType"),
        ({"language": "zz"}, "$.language", "'zz' does not start with an ISO 639-1 language code"),
        ({"language": 5}, "$.language", "a language tag must be a string, not int"),
        ({"published": "2025-08-14"}, "$.published", "expected a date or None, got str"),
        (
            {"published": dt.datetime(2025, 8, 14)},
            "$.published",
            "expected a date or None, got datetime",
        ),
        (
            {"events": (Statement(text=SAID, organization=KREMLIN),)},
            "$.events[0]",
            "expected Summit or ConsultationRound, got Statement",
        ),
        ({"statements": [1]}, "$.statements", "expected a tuple of Statement, got list"),
    ],
)
def test_article_field_invariants(fields: dict[str, Any], path: str, message: str) -> None:
    """Each broken article field is rejected with its path and message."""
    assert [(path, message)] == problems(**fields)


def test_many_problems_at_once() -> None:
    """An article reports every cross-reference problem together."""
    events = (Summit(id="a", status=HELD, date=after("x")), Summit(id="a", status=HELD))
    assert 2 == len(problems(events=events))


@given(articles(max_events=2))
def test_quick_span_check_agrees_with_the_walk_that_names_places(article: Article) -> None:
    """The quick check of span ends sees the same largest end as the walk that gives paths."""
    parts = (article.events, article.statements, article.unparsed)
    expected = max((span.end for _, span in _spans(parts, "$")), default=-1)
    assert expected == _last_span_end(parts)
