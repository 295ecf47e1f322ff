"""Tests for the reader of ``_assemble``: per-cue lookups answered by bisection."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

import diplofacts
from diplofacts import EventStatus, FuzzyDate
from diplofacts.text._assemble import _nearest
from diplofacts.text._coref import Cluster, EventMention
from diplofacts.text._dates import DateMention
from diplofacts.text._events import Cue, CueKind
from diplofacts.text._fill import _weekday_date

PUBLISHED = dt.date(2025, 6, 1)


def _first_date(text: str) -> FuzzyDate:
    event = diplofacts.parse_article(text, published=PUBLISHED).events[0]
    assert isinstance(event.date, FuzzyDate)
    return event.date


def test_a_phone_call_in_the_clause_leaves_the_event_the_date_after_its_cue() -> None:
    """A date before the cue belongs to the phone call of the clause, not to the event."""
    text = "جرى اتصال هاتفي في 2 مايو سبقته قمة روسية أمريكية عقدت في 5 مايو"
    assert (5, 5) == (_first_date(text).month, _first_date(text).day)


def test_yesterday_inside_a_long_stated_range_takes_the_range() -> None:
    """«أمس» inside a range of more than a year gives the stated range (not the day)."""
    text = (
        "اختتمت أمس الجولة الروسية الأمريكية التي انعقدت من 1 يناير 2024 إلى 31 ديسمبر 2025 في جنيف"
    )
    assert (2024, 1, 1) == (_first_date(text).year, _first_date(text).month, _first_date(text).day)


def test_yesterday_inside_a_short_range_takes_the_range() -> None:
    """«أمس» inside a stated range of days gives that range."""
    text = "اختتمت أمس الجولة الروسية الأمريكية التي انعقدت من 30 مايو إلى 1 يونيو 2025"
    assert (5, 30) == (_first_date(text).month, _first_date(text).day)


class _At:
    def __init__(self, start: int) -> None:
        self.start = start


def test_nearest_prefers_the_earlier_item_on_a_tie_and_skips_items_outside_the_zone() -> None:
    """Equal distances give the earlier item; items outside the zone are never chosen."""
    items = [_At(2), _At(8), _At(20)]
    starts = [2, 8, 20]
    zone = [(0, 10), (15, 30)]
    assert items[0] is _nearest(items, starts, 5, lo=0, hi=3, zone=zone)
    assert items[2] is _nearest(items, starts, 18, lo=0, hi=3, zone=zone)
    assert _nearest(items, starts, 12, lo=0, hi=3, zone=[(11, 14)]) is None
    assert items[1] is _nearest(items, starts, 12, lo=0, hi=3, zone=[(5, 10)])


def test_an_empty_cluster_has_no_facts() -> None:
    """A cluster without mentions names no parties, date, number or places."""
    cluster = Cluster(kind=CueKind.SUMMIT)
    assert (frozenset(), None, None, None, frozenset(), True) == (
        cluster.parties,
        cluster.date,
        cluster.relative,
        cluster.number,
        cluster.place_ids,
        cluster.only_anchor,
    )


def test_many_cues_in_one_sentence_are_read_in_linear_work() -> None:
    """Eight times the cues cost far less than 64 times the work (no per-cue scan of all cues).

    Work is counted as Python function calls, which do not depend on the machine's load, so
    this is no timed test: speed itself is measured in ``bench/``.
    """

    def calls(n: int) -> int:
        count = 0

        def profile(_frame: object, event: str, _arg: object) -> None:
            nonlocal count
            if event == "call":
                count += 1

        text = "قمة عقدت في جنيف 15 أغسطس، " * n
        sys.setprofile(profile)
        try:
            diplofacts.parse_article(text, published=PUBLISHED)
        finally:
            sys.setprofile(None)
        return count

    calls(10)  # warm the gazetteer and the caches
    small, large = calls(100), calls(800)
    assert large < 16 * small


def _events(text: str) -> list[tuple[str, str, str, tuple[str, ...], str | None]]:
    article = diplofacts.parse_article(text, published=PUBLISHED)
    return [
        (
            type(e).__name__,
            str(e.date.to_edtf()) if isinstance(e.date, FuzzyDate) else repr(e.date),
            e.status.value,
            e.parties,
            e.venue.locality.get("en") if e.venue and e.venue.locality else None,
        )
        for e in article.events
    ]


def test_an_anchor_described_by_a_relative_clause_is_an_event_of_its_own() -> None:
    """«هذه القمة … بعد اجتماعات … التي عقدت في القاهرة مطلع مايو»: two events, two dates."""
    text = (
        "وتأتي هذه القمة بين روسيا والصين بعد اجتماعات اللجنة المشتركة التي عقدت في القاهرة"
        " مطلع مايو الماضي. وكانت القمة بين روسيا والصين قد عقدت في بكين يوم 20 مايو."
    )
    assert [
        ("Summit", "2025?-05-20", "held", ("CN", "RU"), "Beijing"),
        ("ConsultationRound", "2025?-05", "held", ("CN", "RU"), "Cairo"),
    ] == _events(text)


def test_an_anchor_without_a_relative_clause_keeps_no_date() -> None:
    """«بعد اجتماعات اللجنة» with nothing said of them: the dated event is the main one."""
    text = "عقدت قمة بين روسيا والصين في بكين يوم 20 مايو بعد اجتماعات اللجنة المشتركة."
    assert "2025?-05-20" == _events(text)[0][1]


def test_a_round_of_a_series_after_an_event_takes_that_events_parties() -> None:
    """«على أن تعقد جولته الأولى بعد القمة»: round 1, after the summit, of the same parties."""
    text = (
        "عقدت قمة بين روسيا والولايات المتحدة في جنيف يوم 3 مايو، واتفق الرئيسان على حوار"
        " حول الأمن على أن تعقد جولته الأولى بعد القمة."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    summit, dialogue = article.events
    assert isinstance(dialogue, diplofacts.ConsultationRound)
    assert isinstance(dialogue.date, diplofacts.RelativeDate)
    assert (1, summit.id, ("RU", "US")) == (
        dialogue.number,
        dialogue.date.anchor,
        dialogue.parties,
    )


def test_a_proposed_window_is_announced_and_its_end_takes_the_inferred_year() -> None:
    """«بين 20 و30 يونيو»: a window, not a set day; the end has the start's year."""
    text = "اقترحت موسكو عقد جولة جديدة من المحادثات بين روسيا وأوكرانيا بين 20 و30 يونيو."
    (event,) = diplofacts.parse_article(text, published=PUBLISHED).events
    assert isinstance(event.date, FuzzyDate)
    assert event.end_date is not None
    assert ("announced", (2025, 6, 20), (2025, 6, 30, True)) == (
        event.status.value,
        (event.date.year, event.date.month, event.date.day),
        (
            event.end_date.year,
            event.end_date.month,
            event.end_date.day,
            event.end_date.year_inferred,
        ),
    )


def test_a_range_across_the_new_year_ends_in_the_next_year() -> None:
    """«من 30 ديسمبر إلى 2 يناير» without a year: the end falls in the following year."""
    text = "تعقد جولة المحادثات بين روسيا وأوكرانيا من 30 ديسمبر إلى 2 يناير."
    (event,) = diplofacts.parse_article(text, published=PUBLISHED).events
    assert isinstance(event.date, FuzzyDate)
    assert event.end_date is not None
    assert 1 == (event.end_date.year or 0) - (event.date.year or 0)


@pytest.mark.parametrize(
    "text",
    [
        (
            "وقالت الخارجية الروسية في بيان صدر بتاريخ 17/5/2025 إن الجولة بين روسيا وأوكرانيا"
            " ستعقد في جنيف يوم 20 مايو."
        ),
        "أعلن الكرملين في 17/5/2025 أن الجولة بين روسيا وأوكرانيا ستعقد في جنيف يوم 20 مايو.",
    ],
)
def test_the_date_of_a_statement_is_not_the_date_of_the_event(text: str) -> None:
    """«في بيان صدر بتاريخ …», «أعلن الكرملين في …»: when it was said, not the event's day."""
    assert (5, 20) == (_first_date(text).month, _first_date(text).day)


def test_a_date_after_a_place_word_is_still_the_events() -> None:
    """«في» before a date that follows no speaker: the event's own date."""
    text = "عقدت الجولة بين روسيا وأوكرانيا في 17/5/2025، وتلتها جولة أخرى في جنيف."
    assert (5, 17) == (_first_date(text).month, _first_date(text).day)


GENEVA = """محادثات جنيف تنتهي.. واتفاق على لقاء جديد

اختتمت في جنيف أمس الجمعة جولة محادثات بين روسيا وأوكرانيا برئاسة وزيري الخارجية.

واتفق الجانبان على مواصلة المحادثات في لقاء جديد لم يحدد موعده بعد.

وجاءت محادثات جنيف بعد لقاء جمع وزير الخارجية البريطاني ديفيد لامي بنظيره الأمريكي \
ماركو روبيو في واشنطن الخميس."""


def test_a_headline_a_new_meeting_and_a_meeting_told_as_an_anchor() -> None:
    """The headline's talks are the Geneva talks; «لقاء جديد» is one event; the anchor another.

    The meeting that «brought together» two ministers is dated by its weekday (the last
    Thursday before publication, since the talks after it were held) and its parties are
    its people's, not the Geneva talks'.
    """
    assert [
        ("ConsultationRound", "2025?-05-31", "held", ("RU", "UA"), "Geneva"),
        ("ConsultationRound", "None", "announced", ("RU", "UA"), None),
        ("ConsultationRound", "2025?-05-29", "held", ("GB", "US"), "Washington, D.C."),
    ] == _events(GENEVA)


def _weekday_mention(status: EventStatus | None) -> tuple[Cluster, DateMention]:
    date = DateMention(start=0, end=6, text="الخميس", date=None, weekday=3)
    cue = Cue(start=10, end=15, kind=CueKind.ROUND)
    mention = EventMention(cue=cue, unit=0, clause=(0, 20), kind=CueKind.ROUND, status=status)
    return Cluster(kind=CueKind.ROUND, mentions=[mention]), date


@pytest.mark.parametrize(
    ("status", "day"),
    [(EventStatus.HELD, 29), (EventStatus.SCHEDULED, 5), (None, 29)],
)
def test_a_weekday_said_alone_is_resolved_by_the_events_direction(
    status: EventStatus | None, day: int
) -> None:
    """«الخميس» on Sunday 1 June: the 29 May when held or unsaid (nearer), 5 June to come."""
    cluster, date = _weekday_mention(status)
    resolved = _weekday_date(cluster, date, PUBLISHED)
    assert resolved is not None
    assert day == resolved.day
    assert _weekday_date(cluster, date, None) is None


def test_this_summit_is_the_articles_summit() -> None:
    """«هذه القمة» joins the first summit named, not the last one."""
    text = (
        "عقدت القمة الروسية الصينية في بكين يوم 3 مايو. وكانت قمة روسية صينية سابقة قد عقدت"
        " في موسكو يوم 3 مارس. وتأتي هذه القمة بعد اجتماعات اللجنة المشتركة."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    first = article.events[0]
    assert ["القمة", "القمة"] == [text[s.start : s.end] for s in first.evidence]
