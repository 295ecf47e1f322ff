"""Properties of ``parse_article``: any text in, an article or a documented error out.

And render-then-parse: articles written by ``_render`` from drawn facts (prose, bullets or a
pipe table) parse back to those facts.
"""

from __future__ import annotations

import datetime as dt
import typing

from hypothesis import given
from hypothesis import strategies as st

import diplofacts
from diplofacts import FuzzyDate, Span

from ._render import CITIES, MINISTERS, PUBLISHED, Facts, facts, render

ARABIC_BITS = st.sampled_from(
    ["قمة", "جولة", "مشاورات", "الثانية", "بين", "واشنطن", "وموسكو", "في", "إسطنبول", "15",
     "أغسطس", "بعد", "قمة ألاسكا", "،", ".", "\n", "- ", "| ", "وزير الخارجية", "سيرغي لافروف",
     "نقلت وكالة تاس عن مصدر مطلع", "قال", "إن", "ألغيت", "جرت", "ﻗﻤﺔ", "\u200f", "ـــ", "١٥"]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=300), st.lists(ARABIC_BITS, max_size=40).map(" ".join))


def _spans(value: object) -> list[Span]:
    import attrs

    if isinstance(value, Span):
        return [value]
    if isinstance(value, tuple):
        return [s for item in value for s in _spans(item)]
    if attrs.has(type(value)):
        fields = attrs.fields(typing.cast("type[attrs.AttrsInstance]", type(value)))
        return [s for f in fields for s in _spans(getattr(value, f.name))]
    return []


@given(TEXTS, st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1))))
def test_any_text_gives_an_article_with_spans_inside(text: str, published: dt.date | None) -> None:
    """Any str parses to an article whose spans all lie inside the text."""
    article = diplofacts.parse_article(text, published=published)
    assert text == article.text
    for span in _spans((article.events, article.statements, article.unparsed)):
        assert 0 <= span.start < span.end <= len(text)


@given(facts())
def test_render_then_parse_recovers_the_facts(drawn: Facts) -> None:
    """Dates, venue, parties, delegates and agenda topics come back from the rendered text."""
    article = diplofacts.parse_article(render(drawn), published=PUBLISHED)
    assert len(article.events) == 1
    event = article.events[0]
    assert ("summit" if drawn.summit else "round") == event.id.split("-")[0]
    assert tuple(sorted(drawn.parties)) == event.parties
    assert isinstance(event.date, FuzzyDate)
    assert (drawn.date.month, drawn.date.day, True) == (
        event.date.month,
        event.date.day,
        event.date.year_inferred,
    )
    assert event.venue is not None
    assert event.venue.locality is not None
    assert (drawn.city, CITIES[drawn.city][1]) == (
        event.venue.locality.get("en"),
        event.venue.country,
    )
    assert set(drawn.topics) <= {item.topic for item in event.agenda}
    for party in drawn.parties:
        if party in MINISTERS:
            delegation = event.delegation(party)
            assert delegation is not None
            names = [m.person.name.get("en") or "" for m in delegation.members if m.person.name]
            assert any(MINISTERS[party][1] in name for name in names)
