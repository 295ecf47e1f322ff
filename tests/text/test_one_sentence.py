"""One-sentence articles of the kind the documentation shows: each fact read exactly.

The docs' examples (doctests) use such sentences; these tests keep the parser's reading of
them in the default suite, where a regression shows before the docs build.
"""

from __future__ import annotations

import datetime as dt

import diplofacts
from diplofacts import ConsultationRound, EventStatus, FuzzyDate, Summit


def test_a_numbered_round_between_two_named_states_in_a_city() -> None:
    """An ordinal round between two states, a city and a full date: every fact."""
    article = diplofacts.parse_article(
        "جولة مشاورات ثانية بين روسيا وأمريكا في إسطنبول يوم 10 أبريل 2025"
    )
    (event,) = article.events
    assert isinstance(event, ConsultationRound)
    assert (2, ("RU", "US"), EventStatus.SCHEDULED) == (event.number, event.parties, event.status)
    assert FuzzyDate(year=2025, month=4, day=10) == event.date
    assert event.venue is not None
    assert ("Istanbul", "TR") == (
        event.venue.locality and event.venue.locality.get("en"),
        event.venue.country,
    )


def test_an_announced_summit_with_a_date_and_a_region() -> None:
    """A summit announced by an institution, with day, month and a region as venue."""
    article = diplofacts.parse_article(
        "أعلن الكرملين أن قمة روسيا وأمريكا ستعقد في 15 أغسطس في ألاسكا",
        published=dt.date(2025, 8, 10),
    )
    (event,) = article.events
    assert isinstance(event, Summit)
    assert ("RU", "US") == event.parties
    assert FuzzyDate(year=2025, month=8, day=15, year_inferred=True) == event.date
    assert ["Kremlin"] == [a.outlet for a in event.attributions]


def test_capitals_as_parties_of_a_third_round() -> None:
    """Capitals standing for their states are the parties; a later arrival is not an event."""
    article = diplofacts.parse_article(
        "قال المتحدث باسم الخارجية إن الجولة الثالثة من المشاورات بين واشنطن وموسكو ستعقد "
        "الشهر المقبل، فيما يصل المبعوث الخاص إلى المنطقة يوم الخميس 14 أغسطس.",
        published=dt.date(2025, 8, 1),
    )
    (event,) = article.events
    assert isinstance(event, ConsultationRound)
    assert (3, ("RU", "US")) == (event.number, event.parties)
