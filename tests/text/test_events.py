"""Tests for event cues, ordinals, status words and phone calls."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplofacts
from diplofacts import EventStatus
from diplofacts.text._events import (
    _CUE,
    _HEAD_SCAN,
    _PHONE,
    _STATUS,
    CueKind,
    find_cues,
    find_phone_calls,
    find_status_cues,
)
from diplofacts.text._normalize import normalize


def cues(phrase: str) -> list[tuple[str, CueKind, int | None, bool, bool, bool]]:
    text = normalize(phrase).text
    return [
        (text[c.start : c.end], c.kind, c.number, c.new, c.previous, c.plural)
        for c in find_cues(text)
    ]


@pytest.mark.parametrize(
    ("phrase", "kind", "number"),
    [
        ("تعقد القمة غدا", CueKind.SUMMIT, None),
        ("الجولة الثانية من المحادثات", CueKind.ROUND, 2),
        ("جولة مشاورات ثالثة في جنيف", CueKind.ROUND, 3),
        ("الجولة رقم 7", CueKind.ROUND, 7),
        ("الاجتماع الوزاري في الرياض", CueKind.ROUND, None),
        ("انتهت المحادثات", CueKind.TALKS, None),
    ],
)
def test_cue_kinds_and_ordinals(phrase: str, kind: CueKind, number: int | None) -> None:
    """Each event noun is found with its sort and the ordinal stated with it."""
    found = cues(phrase)
    assert (kind, number) == (found[0][1], found[0][2])


def test_round_cue_takes_its_noun() -> None:
    """«جولة مشاورات» is one cue, marked new when «جديدة» follows it."""
    assert cues("جولة مشاورات جديدة مرتقبة") == [
        ("جوله مشاورات", CueKind.ROUND, None, True, False, False)
    ]


def test_plural_and_previous_rounds() -> None:
    """«جولات الحوار السابقة» is plural and previous; «القمتين» is a plural summit."""
    found = cues("جولات الحوار السابقة والقمتين")
    assert (found[0][4], found[0][5]) == (True, True)
    assert (found[1][1], found[1][5]) == (CueKind.SUMMIT, True)


def test_summits_have_no_number() -> None:
    """An ordinal after قمة is not a round number."""
    assert cues("القمة الثانية")[0][2] is None


@pytest.mark.parametrize(
    ("phrase", "status"),
    [
        ("عقدت الجولة", EventStatus.HELD),
        ("التي جرت في إسطنبول", EventStatus.HELD),
        ("اجتماع ثلاثي عقد صباح الجمعة", EventStatus.HELD),
        ("وقد استضافتها سلطنة عمان", EventStatus.HELD),
        ("ستعقد القمة", EventStatus.SCHEDULED),
        ("من المقرر أن", EventStatus.SCHEDULED),
        ("جولة مرتقبة", EventStatus.ANNOUNCED),
        ("أرجئت الجولة", EventStatus.POSTPONED),
        ("أعيدت جدولة الجولة", EventStatus.RESCHEDULED),
        ("ألغيت القمة", EventStatus.CANCELLED),
    ],
)
def test_status_words(phrase: str, status: EventStatus) -> None:
    """Tense and cue words give the status."""
    assert [status] == [s.status for s in find_status_cues(normalize(phrase).text)]


def test_holding_is_not_held() -> None:
    """The masdar «عقد» (holding) and «من أجل» are not status words."""
    assert find_status_cues(normalize("على عقد لقاء من أجل السلام").text) == []


def test_phone_calls() -> None:
    """«اتصال هاتفي» and «مكالمة» are phone calls; «قنوات الاتصال» is not."""
    text = normalize("أجرى اتصالا هاتفيا ثم مكالمة، عبر قنوات الاتصال").text
    assert [text[s:e] for s, e in find_phone_calls(text)] == ["اتصالا هاتفيا", "مكالمه"]


def test_a_meeting_of_ministers_is_a_round() -> None:
    """«اجتماع مرتقب لوزراء الخارجية» names a coming round by itself; a bare meeting does not."""
    assert [("اجتماع", CueKind.ROUND, None, True, False, False)] == cues(
        "اجتماع مرتقب لوزراء خارجية الدول الثلاث"
    )
    assert [("اجتماع", CueKind.TALKS, None, False, False, False)] == cues("اجتماع لجنة الخبراء غدا")
    assert [("اجتماعا", CueKind.TALKS, None, False, False, False)] == cues("عقدا اجتماعا مطولا")


def test_a_plural_cue_lists_its_ordinals() -> None:
    """«الجولتان الثانية والرابعة» carry both numbers, in order."""
    text = normalize("جرت الجولتان الثانية والرابعة في الدوحة").text
    (cue,) = find_cues(text)
    assert (2, 4) == cue.numbers
    (single,) = find_cues(normalize("الجولة الثانية").text)
    assert () == single.numbers


@pytest.mark.parametrize(
    "phrase",
    [
        "استأنف الجانبان المفاوضات",
        "واستأنفت القاهرة وأنقرة المشاورات",
        "استؤنفت المباحثات صباح الثلاثاء",
        "خاض الوفدان جولة رابعة",
        "وخاضت البعثتان محادثات شاقة",
        "اختتمت أعمال اللجنة المشتركة",
        "أنهى المفاوضون جولتهم",
        "وأنهت الوفود اجتماعاتها",
    ],
)
def test_resuming_engaging_and_ending_in_the_past_are_held(phrase: str) -> None:
    """Past verbs of resuming, engaging in or ending talks say the talks were held."""
    assert [EventStatus.HELD] == [s.status for s in find_status_cues(normalize(phrase).text)]


@pytest.mark.parametrize("phrase", ["تستأنف المحادثات", "ستستأنف المفاوضات", "يختتم الوزراء"])
def test_resuming_or_ending_in_the_present_is_not_held(phrase: str) -> None:
    """The present and future «تستأنف»، «ستستأنف»، «يختتم» do not say the talks were held."""
    statuses = [s.status for s in find_status_cues(normalize(phrase).text)]
    assert EventStatus.HELD not in statuses


def test_hosting_in_the_past_is_held() -> None:
    """«احتضنت» (hosted) says the event was held."""
    text = normalize("احتضنتها العاصمة").text
    assert [EventStatus.HELD] == [s.status for s in find_status_cues(text)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("ستعقد الدورة الثانية للجنة العليا في القاهرة", [("الدوره", CueKind.ROUND, 2)]),
        ("دورة جديدة من المشاورات", [("دوره", CueKind.ROUND, None)]),
        ("في الدورة الاقتصادية الحالية", []),
    ],
)
def test_a_session_of_a_committee_or_of_talks_is_a_round(
    phrase: str, expected: list[tuple[str, CueKind, int | None]]
) -> None:
    """«الدورة … للجنة» / «دورة من المشاورات» is a round; any other «دورة» is not a cue."""
    assert expected == [(text, kind, number) for text, kind, number, *_ in cues(phrase)][:1]


def test_a_round_with_a_pronoun_is_one_round() -> None:
    """«جولته الأولى», «جولتها المقبلة»: one round of a series named before, not several."""
    assert [("جولته", CueKind.ROUND, 1, False, False, False)] == cues("تعقد جولته الأولى")
    assert [("جولتها", CueKind.ROUND, None, True, False, False)] == cues("جولتها المقبلة")


def _cue_flags(phrase: str) -> list[tuple[str, CueKind, bool, bool, bool, bool]]:
    text = normalize(phrase).text
    return [
        (text[c.start : c.end], c.kind, c.side, c.purpose, c.reception, c.verb)
        for c in find_cues(text)
    ]


def test_an_ordinal_after_the_next_cue_is_not_this_cues_number() -> None:
    """«ناقشت هذه الجولة ما تحقق في الجولتين الثانية والثالثة»: the first cue has no number."""
    text = normalize("ناقشت هذه الجولة ما تحقق في الجولتين الثانية والثالثة").text
    first, second = find_cues(text)
    assert (None, (2, 3)) == (first.number, second.numbers)


def test_a_dual_meeting_noun_names_two_events() -> None:
    """«عقد الوزيران لقاءين»: a dual weak cue is plural (one event per date)."""
    assert [("لقاءين", CueKind.TALKS, None, False, False, True)] == cues("عقد الوزيران لقاءين")


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("بدأت اجتماعات تقنية بين الفريقين", True),
        ("اجتماعات على مستوى الخبراء في فيينا", True),
        ("ألغي الاجتماع التحضيري للقمة", True),
        ("انتهى الاجتماع بين الوفدين", False),
    ],
)
def test_technical_and_preparatory_talks_are_side_cues(phrase: str, side: bool) -> None:
    """Talks said to be technical, expert-level or preparatory are of another level."""
    assert side == _cue_flags(phrase)[0][2]


@pytest.mark.parametrize(
    ("phrase", "purpose"),
    [
        ("وصل الوفد تمهيدا للقمة المرتقبة", True),
        ("شكلت لجنة لمتابعة نتائج القمة", True),
        ("التقى الوزيران للتحضير لجولة جديدة", True),
        ("عقدت القمة في الرباط", False),
    ],
)
def test_an_event_prepared_for_or_followed_up_is_a_reference(phrase: str, purpose: bool) -> None:
    """«تمهيدا للقمة»، «لمتابعة نتائج القمة»: the event is named, not told."""
    assert purpose == next(f[3] for f in _cue_flags(phrase) if f[1] is not CueKind.TALKS)


def test_receiving_a_counterpart_is_a_summit_cue() -> None:
    """«يستقبل الملك … نظيره» is a summit cue; receiving an ambassador is none."""
    assert [("يستقبل", CueKind.SUMMIT, False, False, True, False)] == _cue_flags(
        "يستقبل الملك غدا نظيره الأردني"
    )
    assert [] == _cue_flags("استقبل الوزير سفير اليابان")


def test_verbs_of_meeting_and_appointments_are_weak_cues() -> None:
    """«سيلتقي …» is a verb cue; «موعد مع …» a weak cue; «موعد القمة» none of its own."""
    assert [("سيلتقي", CueKind.TALKS, False, False, False, True)] == _cue_flags(
        "سيلتقي الوزيران في باريس"
    )
    assert ["وموعد", "القمه"] == [f[0] for f in _cue_flags("وموعد مع الرئيس قبل موعد القمة")]


def test_a_round_of_talks_joined_by_min_is_one_cue() -> None:
    """«جولات من المحادثات» is one plural round cue, not a round and weak talks."""
    assert [("جولات من المحادثات", CueKind.ROUND, None, False, False, True)] == cues(
        "عقدت ثلاث جولات من المحادثات"
    )


def test_talks_that_started_were_held() -> None:
    """«انطلقت الجولة» says the round was held (it started)."""
    assert [EventStatus.HELD] == [s.status for s in find_status_cues(normalize("انطلقت").text)]


def test_their_meeting_with_a_dual_pronoun_is_a_weak_talks_cue() -> None:
    """«لقائهما», the meeting of the two named before, is weak talks like «لقاء»."""
    assert [("لقائهما", CueKind.TALKS, None, False, False, False)] == cues(
        "وبحثا خلال لقائهما التعاون التجاري"
    )


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("استأنفت مصر وتركيا جولة المشاورات السياسية في أنقرة يوم الثلاثاء 12 أغسطس.", "held"),
        ("خاض الوفدان المصري والتركي جولة ثالثة من المشاورات في أنقرة يوم 12 أغسطس.", "held"),
        ("أنهت مصر وتركيا جولة ثانية من المشاورات في أنقرة يوم الثلاثاء 12 أغسطس.", "held"),
        ("ستستأنف جولة المحادثات بين مصر وتركيا في أنقرة يوم الثلاثاء 19 أغسطس.", "scheduled"),
    ],
)
def test_a_round_resumed_or_ended_in_the_past_was_held(sentence: str, status: str) -> None:
    """A round resumed, engaged in or ended in the past was held; «ستستأنف» is scheduled."""
    (event,) = diplofacts.parse_article(sentence, published=dt.date(2025, 8, 14)).events
    assert status == event.status.value


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("استؤنفت المفاوضات في تونس بعد أن جرت الدورة الأولى في عمان", [1]),
        ("عقدت المفاوضات في تونس. وكانت الدورة الأولى قد جرت في عمان", []),
        ("عقدت الدورة الثالثة من الحوار. وكانت الدورة الثانية قد جرت في عمان", [3, 2]),
        ("افتتح البرلمان الدورة الثانية من الفصل التشريعي", []),
        ("فاز في الدورة الأولى من الانتخابات. وتنطلق الدورة الثانية الأحد", []),
    ],
)
def test_an_ordinal_session_is_a_round_only_where_talks_are_told(
    phrase: str, expected: list[int]
) -> None:
    """«الدورة الثانية» is a round beside a talks noun in its sentence or after a talks session."""
    found = [c for c in cues(phrase) if c[0].endswith("دوره")]
    assert expected == [number for _, _, number, *_ in found]


_PIECES = [
    *"وفبلكال ،.\n-",
    "القمة",
    "قمتين",
    "الجولة",
    "جولتها",
    "الاجتماع",
    "اجتماعهما",
    "وزاري",
    "لوزيري",
    "الدورة",
    "الثانية",
    "المشاورات",
    "موعد مع",
    "يستقبل",
    "نظيره",
    "يلتقي",
    "عقدت",
    "عقد صباح",
    "أعيدت جدولة",
    "موعدا جديدا",
    "اتصال هاتفي",
    "مكالمة",
    "اتصالا مرئيا",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_headed_patterns_find_what_their_plain_patterns_find(phrase: str) -> None:
    """Trying a pattern only near its head words gives the matches of ``finditer``."""
    text = normalize(phrase).text
    for headed in (_CUE, _STATUS, _PHONE):
        expected = [(m.span(), m.groupdict()) for m in headed.pattern.finditer(text)]
        assert expected == [(m.span(), m.groupdict()) for m in headed.finditer(text)]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_one_head_scan_finds_what_each_pattern_finds(phrase: str) -> None:
    """Trying each pattern at the heads of one shared scan gives the matches of ``finditer``."""
    text = normalize(phrase).text
    starts = _HEAD_SCAN.starts(text)
    for headed, heads in zip((_CUE, _STATUS, _PHONE), starts, strict=True):
        expected = [(m.span(), m.groupdict()) for m in headed.pattern.finditer(text)]
        assert expected == [(m.span(), m.groupdict()) for m in headed.finditer_at(text, heads)]
