"""Tests for the reader of ``_assemble``: per-cue lookups answered by bisection."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

import diplofacts
from diplofacts import EventStatus, FuzzyDate
from diplofacts.gazetteer import Gazetteer
from diplofacts.text._assemble import _holders, _nearest
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


def _summary(text: str, published: dt.date) -> list[tuple[str, str]]:
    events = diplofacts.parse_article(text, published=published).events
    return [(event.status.value, str(event.date)) for event in events]


def test_a_speaker_with_a_gloss_and_a_time_of_day_gives_the_statement_date() -> None:
    """«أفاد مسؤول في الكرملين (Kremlin)، مساء الاثنين 6/10/2025»: when it was said."""
    text = (
        "أفاد مسؤول في الكرملين (Kremlin)، مساء الاثنين 6/10/2025، بأنه لا موعد لقمة روسية صينية."
    )
    assert [("announced", "None")] == _summary(text, dt.date(2025, 10, 7))


def test_a_subject_that_does_not_speak_leaves_the_date_to_the_event() -> None:
    """«ويستقبل ترامب اليوم الجمعة … في لقاء»: a person before a date is no speaker here."""
    text = "ويستقبل ترامب اليوم الجمعة الرئيس الأوكراني زيلينسكي في البيت الأبيض، في قمة ثنائية."
    assert [("scheduled", "2025?-10-17")] == _summary(text, dt.date(2025, 10, 17))


def test_a_phone_call_and_its_date_do_not_date_the_event() -> None:
    """«ألغي الاجتماع بعد اتصال هاتفي … يوم الاثنين 20/10/2025»: neither is the meeting's date."""
    text = (
        "ألغي الاجتماع التحضيري بين وزيري الخارجية الروسي والأمريكي بعد اتصال هاتفي بين"
        " الوزيرين يوم الاثنين 20/10/2025."
    )
    assert [("cancelled", "None")] == _summary(text, dt.date(2025, 10, 22))


def test_what_a_described_anchor_says_is_not_the_main_events() -> None:
    """The date and status word in «بعد القمة التي … في 15 أغسطس، والتي انتهت» are the anchor's."""
    text = (
        "وستكون قمة بودابست المرتقبة الثانية بين ترامب وبوتين بعد القمة التي جمعتهما في ألاسكا"
        " في 15 أغسطس، والتي انتهت دون اتفاق."
    )
    assert ("announced", "held") == tuple(
        status for status, _ in _summary(text, dt.date(2025, 10, 17))
    )


def test_within_two_weeks_gives_the_month() -> None:
    """«خلال أسبوعين» published on 3 October: an October summit, month precision."""
    text = "اتفق الرئيسان الروسي والأمريكي على عقد قمة في بودابست خلال أسبوعين."
    assert [("announced", "2025?-10")] == _summary(text, dt.date(2025, 10, 3))


def test_a_duration_far_after_the_cue_tells_of_something_else() -> None:
    """«الجولة أسفرت عن … أطفال سيعادون … خلال الأسابيع المقبلة»: not the round's date."""
    text = (
        "وقالت الخارجية إن الجولة الروسية الأوكرانية أسفرت عن الاتفاق على قوائم تضم أطفالا"
        " سيعادون إلى ذويهم خلال الأسابيع المقبلة."
    )
    assert [("announced", "None")] == _summary(text, dt.date(2025, 8, 18))


def test_put_off_to_a_day_is_rescheduled() -> None:
    """«تأجيل الجولة … إلى الخميس المقبل»: rescheduled, dated by the new day."""
    text = "تأجيل جولة المحادثات الروسية الأوكرانية إلى الخميس المقبل"
    assert [("rescheduled", "2025?-06-05")] == _summary(text, PUBLISHED)


def test_put_off_then_held_is_held_on_the_later_day() -> None:
    """«كانت مقررة يوم 3 مايو، ثم أرجئت وعقدت يوم 11 مايو»: held, on 11 May."""
    text = (
        "الجولة الرابعة من المحادثات الروسية الأوكرانية: كانت مقررة في جنيف يوم 3 مايو، ثم"
        " أرجئت وعقدت في فيينا يوم 11 مايو."
    )
    assert [("held", "2025?-05-11")] == _summary(text, PUBLISHED)


def test_an_event_a_held_event_came_after_was_held() -> None:
    """«عقدت الجولة الثانية … بعد جولة أولى اقتصرت على …»: the first round was held too."""
    text = (
        "وكانت الجولة الثانية من المحادثات الروسية الأوكرانية قد عقدت في جنيف يوم 10 مايو،"
        " بعد جولة أولى اقتصرت على تبادل الوثائق."
    )
    assert [("held", "2025?-05-10"), ("held", "None")] == _summary(text, PUBLISHED)


def test_a_table_row_flattened_with_spaces_dates_the_event_before_it() -> None:
    """A line opening with a date after the prose («2025-05-16 قصر …») dates the round told."""
    text = (
        "انطلقت الجولة الأولى من المحادثات بين روسيا وأوكرانيا في إسطنبول.\n\n"
        "التاريخ المكان\n2025-05-16 قصر دولمة بهتشة - إسطنبول\n"
    )
    assert [("held", "2025-05-16")] == _summary(text, dt.date(2025, 5, 17))


def test_a_weekday_right_after_the_event_noun_is_its_date() -> None:
    """«جولة الخميس»: the round is named by its day, not by a later date of the clause."""
    text = "ستعقد جولة الخميس بين روسيا وأوكرانيا في جنيف، وتنتهي المهلة أواخر الشهر الجاري."
    assert [("scheduled", "2025?-06-05")] == _summary(text, PUBLISHED)


def test_the_weekday_of_publication_is_the_day_of_publication() -> None:
    """«الأحد» in an article of Sunday 1 June is that Sunday, whatever the event's direction."""
    date = DateMention(start=0, end=5, text="الأحد", date=None, weekday=6)
    cue = Cue(start=10, end=15, kind=CueKind.ROUND)
    for status in (EventStatus.HELD, EventStatus.SCHEDULED, None):
        mention = EventMention(cue=cue, unit=0, clause=(0, 20), kind=CueKind.ROUND, status=status)
        cluster = Cluster(kind=CueKind.ROUND, mentions=[mention])
        assert FuzzyDate(year=2025, month=6, day=1, year_inferred=True) == _weekday_date(
            cluster, date, PUBLISHED
        )


def test_a_weekday_the_clause_says_the_event_was_held_on_dates_it() -> None:
    """«اجتماع ثلاثي … عقد صباح الجمعة» in a Friday article: held that Friday."""
    text = (
        "وسبق المحادثات الروسية الأوكرانية اجتماع ثلاثي تركي أمريكي أوكراني عقد صباح الجمعة"
        " في إسطنبول."
    )
    assert ("held", "2025?-05-16") == _summary(text, dt.date(2025, 5, 16))[-1]


def _calls(text: str) -> int:
    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        diplofacts.parse_article(text, published=PUBLISHED)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize(
    "piece", ["اجتماعين يومي 3 و5 مايو ", "اجتماع فني في جنيف ", "محادثات روسيا "]
)
def test_many_dual_side_or_weak_cues_in_one_clause_are_read_in_linear_work(piece: str) -> None:
    """Eight times the cues of one clause cost far less than 64 times the work.

    A dual cue splits by the dates of its own window only; a cue's names are found by
    bisection (no pass over the whole clause per cue).
    """
    _calls(piece * 10)
    small, large = _calls(piece * 100), _calls(piece * 800)
    assert large < 16 * small


def _all_calls(text: str) -> int:
    """Count the Python and built-in calls of one parse (a list comprehension is one)."""
    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        diplofacts.parse_article(text, published=PUBLISHED)
    finally:
        sys.setprofile(None)
    return count


_OPENING = "عقد وزيرا خارجية مصر والأردن اجتماعا في عمان يوم 4 مايو "


@pytest.mark.parametrize(
    ("opening", "piece"),
    [
        ("", "لقاء لافروف وروبيو "),  # a purpose «ل…» after each cue; people among many cues
        ("", "جولات من المحادثات حول أوكرانيا والأمن "),  # the subject of a series of talks
        ("", "المفاوضات بشأن العقوبات والطاقة "),  # the subject of each talks noun
        ("", "اجتماعا لبحث الأمن والطاقة "),  # the purpose of each meeting
        ("", "نقلت رويترز أن الجولة ستعقد "),  # each report's words and reported clauses
        ("", "نقلت رويترز عن "),  # the source after each reporting verb
        ("", "استضافت سلطنة عمان "),  # the country after each host verb
        ("", "بوساطة عمانية "),  # the mediators listed after each mediation word
        (_OPENING, "يناقش العقوبات والطاقة "),  # the items of each agenda trigger
        (_OPENING, "بحث الأمن وبحث "),  # triggers and the clauses going on with their items
        (_OPENING, "استضافت سلطنة عمان "),  # a host of the event; names far from its cue
        (_OPENING, "الجولة الأولى 12 أبريل مسقط "),  # the subject of a verb far before its cue
    ],
)
def test_many_phrases_of_one_kind_in_one_sentence_are_read_in_linear_work(
    opening: str, piece: str
) -> None:
    """Eight times the phrases of one sentence cost far less than 64 times the work.

    Each phrase (a purpose or subject, a report, a host or mediator word, an agenda
    trigger) is read up to the next phrase that reads on, and its names are found by
    bisection (no pass to the end of the sentence per phrase).
    """
    _all_calls(opening + piece * 5)
    small, large = _all_calls(opening + piece * 30), _all_calls(opening + piece * 240)
    assert large < 16 * small


def test_many_clauses_ending_in_an_agenda_trigger_are_read_in_linear_work() -> None:
    """Sixteen times the clauses «…، على جدول الأعمال» cost far less than 256 times the work.

    A trigger with no item after it looks for its clause by bisection, not by a pass over
    the clauses of the sentence.
    """
    opening = "عقد وزيرا خارجية مصر والأردن اجتماعا في عمان يوم 4 مايو. "
    piece = "على جدول الأعمال، "
    _all_calls(opening + piece * 5)
    small, large = _all_calls(opening + piece * 20), _all_calls(opening + piece * 320)
    assert large < 16 * small


def test_a_place_is_held_by_its_city_region_and_country() -> None:
    """The venue of a summit in Geneva meets Geneva and Switzerland; Reykjavik meets neither."""
    gaz = Gazetteer.default()
    holders = _holders(gaz)
    geneva = next(i for i, p in gaz.places.items() if p.names.get("en") == "Geneva")
    villa = next(
        i for i, v in gaz.venues.items() if v.locality and v.locality.get("en") == "Geneva"
    )
    assert {geneva, "CH"} <= holders[villa]
    assert "@IS" not in holders[villa]


def test_an_anchor_named_by_its_weekday_is_dated_by_it() -> None:
    """«بعد قمة الخميس»: the summit was held on the last Thursday before publication."""
    text = "وقال الكرملين بعد قمة الخميس بين روسيا والصين إن العلاقات بين البلدين ممتازة."
    assert [("held", "2025?-05-29")] == _summary(text, PUBLISHED)


def test_an_anchor_named_by_its_weekday_is_the_event_held_that_day() -> None:
    """«بعد اجتماع الثلاثاء»: the Tuesday meeting told before, not a meeting of its own."""
    text = (
        "عقد الوفدان الروسي والصيني اجتماعا في بكين يوم الثلاثاء 27 مايو.\n\n"
        "وعقد الوفدان الروسي والهندي اجتماعا في بكين يوم الأربعاء 28 مايو.\n\n"
        "وأعلن الكرملين بعد اجتماع الثلاثاء أنه يرحب بنتائجه."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [("2025?-05-27", ["Kremlin"]), ("2025?-05-28", [])] == [
        (str(e.date), [a.outlet for a in e.attributions]) for e in article.events
    ]


_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
]


def _many_summits(count: int) -> str:
    """A text naming ``count`` summits on different days, one sentence each."""
    days = [(day, month) for month in _MONTHS for day in range(1, 29)]
    return "\n".join(f"عقدت قمة في القاهرة يوم {day} {month} 2025." for day, month in days[:count])


def test_a_text_naming_hundreds_of_events_is_read_in_linear_work() -> None:
    """Three times the events cost about three times the work, not nine (a corpus run together)."""
    _calls(_many_summits(10))  # loads what the first parse loads
    small, large = _calls(_many_summits(90)), _calls(_many_summits(270))
    assert large < 4 * small
    assert 270 == len(diplofacts.parse_article(_many_summits(270), published=PUBLISHED).summits)


_RECEIVED = (
    "استقبل ولي العهد السعودي الأمير محمد بن سلمان، الأحد، الرئيس التركي رجب طيب أردوغان في جدة."
)
_RECEPTION_DAY = dt.date(2025, 3, 10)


def _events_of(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    events = diplofacts.parse_article(text, published=_RECEPTION_DAY).events
    return [(type(e).__name__, e.status.value, e.parties) for e in events]


def test_a_reception_with_the_talks_of_both_sides_is_a_summit_of_the_two_heads() -> None:
    """A crown prince who is prime minister receives a president, then «الجانبان» hold talks."""
    text = _RECEIVED + " وعقد الجانبان جلسة مباحثات تناولت التعاون الاقتصادي."
    (summit,) = diplofacts.parse_article(text, published=_RECEPTION_DAY).summits
    leaders = [person.name.get("en") for person in summit.leaders if person.name]
    assert (("SA", "TR"), FuzzyDate(year=2025, month=3, day=9, year_inferred=True)) == (
        summit.parties,
        summit.date,
    )
    assert ["Mohammed bin Salman", "Recep Tayyip Erdogan"] == leaders


def test_a_reception_without_talks_is_no_event() -> None:
    """A reception followed by a banquet, not by talks, is a visit."""
    assert [] == _events_of(_RECEIVED + " وأقام ولي العهد مأدبة غداء تكريما لضيفه.")


@pytest.mark.parametrize("guest", ["وزير الخارجية الإيراني", "نظيره الإيراني"])
def test_ministers_receiving_each_other_with_talks_hold_a_round(guest: str) -> None:
    """A foreign minister receives another (or his counterpart) and «الجانبان» hold talks."""
    text = (
        f"استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان، الثلاثاء، {guest} عباس عراقجي"
        " في الرياض. وعقد الجانبان جلسة مباحثات تناولت العلاقات الثنائية."
    )
    assert [("ConsultationRound", "held", ("IR", "SA"))] == _events_of(text)


def test_the_talks_of_both_delegations_named_before_are_a_round() -> None:
    """«الجانبان» after a sentence naming two delegations: the talks of those two."""
    text = (
        "وصل الوفد الإيراني إلى مسقط حيث كان في استقباله الوفد الأمريكي."
        " وعقد الجانبان مباحثات غير مباشرة."
    )
    assert [("ConsultationRound", "held", ("IR", "US"))] == _events_of(text)


@pytest.mark.parametrize(
    "before",
    ["", "وصل وزير الخارجية الإيراني عباس عراقجي إلى الرياض. "],
)
def test_talks_of_both_sides_with_no_two_sides_named_stay_unread(before: str) -> None:
    """«الجانبان» with no two sides named before (none, or only one) names no event."""
    assert [] == _events_of(before + "وعقد الجانبان جلسة مباحثات تناولت العلاقات الثنائية.")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "تنطلق في عمان يوم 28 فبراير 2027 جولة محادثات بين الأردن والعراق وتستمر ثلاثة أيام.",
            "2027-03-02",
        ),
        (
            "بدأت في الدوحة اليوم الجولة الرابعة من المشاورات بين قطر وتركيا على مدى يومين.",
            "2026?-05-05",
        ),
        ("تعقد في الرباط يوم 6 مايو 2026 جولة مشاورات بين المغرب وتونس. وتستمر يومين.", None),
    ],
)
def test_a_stated_duration_after_the_start_date_gives_the_end_date(
    text: str, end: str | None
) -> None:
    """«وتستمر ثلاثة أيام» in the start date's sentence ends the event n - 1 days later."""
    event = diplofacts.parse_article(text, published=dt.date(2026, 5, 4)).events[0]
    assert end == (event.end_date.to_edtf() if event.end_date is not None else None)


def test_today_restating_the_dateline_date_is_used() -> None:
    """«اليوم» on the event's day, after the dateline's date, is that date again, not unparsed."""
    text = "عمان 4 مايو 2026 (بترا) - عقدت هنا اليوم جولة مشاورات بين الأردن والعراق."
    article = diplofacts.parse_article(text, published=dt.date(2026, 5, 4))
    date = article.events[0].date
    assert isinstance(date, FuzzyDate)
    assert ("2026-05-04", []) == (
        date.to_edtf(),
        [u.text for u in article.unparsed if u.reason == "date not tied to an event"],
    )
