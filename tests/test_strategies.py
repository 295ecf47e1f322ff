"""Tests of the public hypothesis strategies in :mod:`diplofacts.testing`."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import find, given
from hypothesis import strategies as st

import diplofacts
from diplofacts import testing
from diplofacts.model import Precision, RelativeDate


@pytest.mark.parametrize("cls", testing.MODEL_TYPES + testing.ENUM_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_from_type_draws_instances(cls: type, data: st.DataObject) -> None:
    """``st.from_type`` draws an instance of every model class and enum once registered."""
    value = data.draw(st.from_type(cls))
    assert isinstance(value, cls)


def test_event_base_class_draws_a_summit_or_a_round() -> None:
    """``st.from_type(Event)`` draws one of the concrete events."""
    event = find(st.from_type(diplofacts.Event), lambda _: True)
    assert isinstance(event, diplofacts.Summit | diplofacts.ConsultationRound)


@pytest.mark.parametrize(
    ("name", "condition"),
    [
        ("year only", lambda d: d.precision is Precision.YEAR),
        ("year and month", lambda d: d.year and d.month and d.day is None),
        ("month and day, year unknown", lambda d: d.year is None and d.month and d.day),
        ("29 February, year unknown", lambda d: d.year is None and (d.month, d.day) == (2, 29)),
        ("full date", lambda d: d.is_complete),
        ("month alone", lambda d: d.year is None and d.month and d.day is None),
        ("day alone", lambda d: d.month is None and d.day is not None),
        ("approximate", lambda d: d.approximate and not d.uncertain),
        ("uncertain", lambda d: d.uncertain and not d.approximate),
        ("both qualifiers", lambda d: d.approximate and d.uncertain),
        ("year inferred", lambda d: d.year_inferred),
    ],
)
def test_fuzzy_dates_reach_every_shape(name: str, condition: Any) -> None:
    """Every shape of date the model allows is drawn by ``fuzzy_dates``."""
    date = find(testing.fuzzy_dates(), condition)
    assert condition(date), name


@pytest.mark.parametrize("precision", list(Precision))
@given(data=st.data())
def test_fuzzy_dates_honour_precision(precision: Precision, data: st.DataObject) -> None:
    """``fuzzy_dates(precision=...)`` draws dates of that precision only."""
    assert precision == data.draw(testing.fuzzy_dates(precision=precision)).precision


def test_localized_texts_reach_arabic_and_english() -> None:
    """Localized texts come in Arabic and English together."""
    text = find(testing.localized_texts(), lambda t: "ar" in t and "en" in t)
    assert {"ar", "en"} <= set(text)


@given(testing.articles())
def test_articles_are_consistent(article: diplofacts.Article) -> None:
    """Drawn articles satisfy every cross-reference rule (constructing them again succeeds)."""
    ids = [event.id for event in article.events]
    assert len(set(ids)) == len(ids)
    for event in article.events:
        if isinstance(event.date, RelativeDate) and event.date.anchor is not None:
            assert event.date.anchor in ids
            assert event.id != event.date.anchor
    for statement in article.statements:
        assert statement.event is None or statement.event in ids
    for part in article.unparsed:
        assert len(article.text) >= part.span.end


def test_articles_reach_anchored_events() -> None:
    """Articles with a relative date anchored to another event are drawn."""
    article = find(
        testing.articles(min_events=2),
        lambda a: any(isinstance(e.date, RelativeDate) and e.date.anchor for e in a.events),
    )
    assert len(article.events) >= 2


@given(testing.attributions(max_depth=2))
def test_attribution_chains_are_bounded(attribution: diplofacts.Attribution) -> None:
    """``attributions(max_depth=n)`` never draws a chain longer than ``n``."""
    assert 2 >= len(attribution.chain())


def test_attribution_chains_reach_their_depth() -> None:
    """Chains as long as ``max_depth`` are drawn."""
    attribution = find(testing.attributions(max_depth=3), lambda a: len(a.chain()) == 3)
    assert 3 == len(attribution.chain())


@given(testing.evidence(text_length=5))
def test_evidence_is_sorted_and_bounded(spans: tuple[diplofacts.Span, ...]) -> None:
    """Evidence is sorted, distinct and inside the given length."""
    assert tuple(sorted(set(spans))) == spans
    assert all(span.end <= 5 for span in spans)


def test_evidence_of_an_empty_text_is_empty() -> None:
    """There is no room for a span in an empty text."""
    assert () == find(testing.evidence(text_length=0), lambda _: True)


def test_spans_need_a_text() -> None:
    """A span strategy for an empty text is a usage error."""
    with pytest.raises(ValueError, match="at least one character"):
        find(testing.spans(text_length=0), lambda _: True)


@given(testing.relative_dates(anchors=[]))
def test_relative_dates_without_anchors(date: diplofacts.RelativeDate) -> None:
    """An empty list of anchors means the date is never anchored."""
    assert date.anchor is None


@given(testing.statements(events=[]))
def test_statements_without_events(statement: diplofacts.Statement) -> None:
    """An empty list of events means the statement is about none."""
    assert statement.event is None


@given(testing.edtf_strings())
def test_edtf_strings_read_back(text: str) -> None:
    """Drawn EDTF strings are what ``to_edtf`` writes."""
    assert text == diplofacts.FuzzyDate.from_edtf(text).to_edtf()


@given(testing.arabic_text())
def test_arabic_text_is_not_blank(text: str) -> None:
    """Arabic text is never blank."""
    assert text.strip()


@given(testing.english_text(), testing.language_tags(), testing.wikidata_ids())
def test_small_strategies(text: str, tag: str, qid: str) -> None:
    """English text, language tags and Wikidata ids are valid."""
    assert diplofacts.LocalizedText(texts={tag: text})[tag] == text
    assert diplofacts.Person(name=diplofacts.LocalizedText.of(en=text), wikidata=qid).wikidata


@given(testing.invalid_raw(diplofacts.Span))
def test_broken_data_carries_a_path(case: testing.Broken) -> None:
    """A breakage names a JSON path and how the data was broken."""
    assert case.path.startswith("$")
    assert case.how


def test_invalid_raw_takes_a_strategy_of_valid_objects() -> None:
    """``invalid_raw`` breaks objects from the strategy it is given."""
    case = find(
        testing.invalid_raw(diplofacts.Delegation, testing.delegations(party="SA")),
        lambda c: c.how == "bad country code",
    )
    assert "$.party" == case.path


def test_json_path_writes_keys_and_indexes() -> None:
    """Keys become ``.name`` and indexes ``[n]``."""
    assert "$.events[0].id" == testing.json_path(("events", 0, "id"))
    assert "$" == testing.json_path(())


def test_plain_gives_json_values() -> None:
    """``plain`` gives enums as their values and spans as lists."""
    summit = diplofacts.Summit(id="x", status=diplofacts.EventStatus.HELD)
    assert {"id": "x", "status": "held"} == testing.plain(summit)
    assert type(testing.plain(summit)["status"]) is str
