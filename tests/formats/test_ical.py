"""iCalendar: icalendar reads the output back, and it follows the documented projection."""

from __future__ import annotations

import datetime as dt
import warnings

import icalendar
import pytest
from hypothesis import given

from diplofacts import Article, ConsultationRound, FuzzyDate, Summit
from diplofacts import testing as dt_testing
from diplofacts.formats import ical
from diplofacts.formats._common import ProjectionWarning

STAMP = dt.datetime(2025, 8, 20, 12, 0, tzinfo=dt.UTC)


def _dumps(obj: object) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProjectionWarning)
        return ical.dumps(obj, stamp=STAMP)


@given(dt_testing.articles())
def test_calendar_is_the_projection(article: Article) -> None:
    """One VEVENT per event with a complete date, with its days and status; nothing else."""
    calendar = icalendar.Calendar.from_ical(_dumps(article))
    assert str(calendar["METHOD"]) == "PUBLISH"
    parsed = {
        str(component["UID"]): component
        for component in calendar.walk("VEVENT")
        if "/phase-" not in str(component["UID"])
    }
    expected = {}
    for event in article.events:
        start = event.date.to_date() if isinstance(event.date, FuzzyDate) else None
        if start is not None:
            end = event.end_date.to_date() if event.end_date is not None else None
            expected[f"{event.id}@diplofacts"] = (
                start,
                (end or start) + dt.timedelta(days=1),
                ical.STATUS[event.status],
            )
    actual = {
        uid: (c.decoded("DTSTART"), c.decoded("DTEND"), str(c["STATUS"]))
        for uid, c in parsed.items()
    }
    assert expected == actual
    assert all("ATTENDEE" not in c for c in calendar.walk("VEVENT"))


def test_events_without_a_day_are_left_out_with_a_warning(rounds: Article) -> None:
    """The relative-dated round gives a warning and no VEVENT."""
    with pytest.warns(ProjectionWarning, match="'round-3' has no complete date"):
        text = ical.dumps(rounds, stamp=STAMP)
    assert "round-3@diplofacts" not in text
    assert "DTSTART;VALUE=DATE:20250815" in text


def test_rounds_phases_and_language(rounds: Article) -> None:
    """Rounds are siblings, phases children, and the location carries its language."""
    calendar = icalendar.Calendar.from_ical(_dumps(rounds))
    events = {str(c["UID"]): c for c in calendar.walk("VEVENT")}
    first = events["round-1@diplofacts"]
    assert [str(r) for r in first.get("RELATED-TO", [])] == ["round-2@diplofacts"] or [
        str(first["RELATED-TO"])
    ] == ["round-2@diplofacts"]
    assert first["RELATED-TO"].params["RELTYPE"] == "SIBLING"
    assert events["round-2@diplofacts"].decoded("SEQUENCE") == 1
    summit = events["alaska-summit@diplofacts"]
    assert summit["LOCATION"].params["LANGUAGE"] == "en"
    assert "Joint Base Elmendorf-Richardson" in str(summit["LOCATION"])
    phase = events["alaska-summit/phase-2@diplofacts"]
    assert (
        phase["RELATED-TO"].params["RELTYPE"],
        str(phase["RELATED-TO"]),
    ) == ("PARENT", "alaska-summit@diplofacts")
    assert phase["SUMMARY"].params["LANGUAGE"] == "ar"
    assert "Date as reported (EDTF): 2025?-08-15" in str(summit["DESCRIPTION"])


def test_summaries_without_titles(alaska: Summit) -> None:
    """Events without a title are summarised from their kind and parties."""
    import attrs

    untitled = attrs.evolve(alaska, title=None, venue=None, end_date=FuzzyDate(year=2025, month=8))
    text = ical.dumps(untitled, stamp=STAMP)
    assert "SUMMARY;LANGUAGE=en:Summit: Russia\\, United States" in text
    assert "DTEND;VALUE=DATE:20250816" in text
    round_ = ConsultationRound(
        id="r", status=alaska.status, date=alaska.date, number=4, venue=alaska.venue
    )
    assert "Consultation round 4: parties unknown" in ical.dumps(round_, stamp=STAMP)


def test_locations_in_other_languages(alaska: Summit) -> None:
    """A venue named only in Russian is written in Russian; no country, no country name."""
    import attrs

    from diplofacts import LocalizedText, Venue

    event = attrs.evolve(alaska, venue=Venue(locality=LocalizedText.of(ru="Анкоридж")))
    assert "LOCATION;LANGUAGE=ru:Анкоридж" in ical.dumps(event, stamp=STAMP)
