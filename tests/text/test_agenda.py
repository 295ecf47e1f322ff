"""Tests for topics, agenda triggers, item splitting and phases."""

from __future__ import annotations

import pytest

from diplofacts import PhaseKind, Topic
from diplofacts.text._agenda import (
    continues_list,
    find_agenda_triggers,
    find_phases,
    is_list_intro,
    split_items,
    topic_of,
    topics_in,
)
from diplofacts.text._normalize import normalize


def norm(phrase: str) -> str:
    return normalize(phrase).text


@pytest.mark.parametrize(
    ("phrase", "topic"),
    [
        ("رفع العقوبات الاقتصادية", Topic.SANCTIONS),
        ("تسوية الأزمة الأوكرانية", Topic.UKRAINE),
        ("استعادة البعثات الدبلوماسية", Topic.DIPLOMATIC_MISSIONS),
        ("للدبلوماسيين وعائلاتهم", Topic.DIPLOMATIC_MISSIONS),
        ("عودة النشاط الدبلوماسي", Topic.DIPLOMATIC_RELATIONS),
        ("الأمن السيبراني", Topic.CYBERSECURITY),
        ("خفض التوترات العسكرية", Topic.SECURITY),
        ("استقرار المنطقة", Topic.REGIONAL_STABILITY),
        ("تخصيب اليورانيوم", Topic.NUCLEAR),
        ("تخفيف القيود", Topic.SANCTIONS),
    ],
)
def test_topic_of(phrase: str, topic: Topic) -> None:
    """The most specific topic named in an item is its topic."""
    text = norm(phrase)
    assert topic == topic_of(text, 0, len(text))


def test_no_topic() -> None:
    """Text naming no topic has none."""
    text = norm("اجتماعات رسمية بمشاركة كبار المسؤولين")
    assert (topic_of(text, 0, len(text)), topics_in(text, 0, len(text))) == (None, [])


def test_split_items_at_commas_and_conjunctions() -> None:
    """Items split at «،» and at و; pieces without a topic join their neighbour."""
    text = norm("تأسيس آليات للرصد، خفض العقوبات وعودة النشاط الدبلوماسي بين واشنطن وموسكو")
    got = [(text[s:e], t) for s, e, t in split_items(text, 0, len(text))]
    assert got == [
        ("تاسيس اليات للرصد، خفض العقوبات", Topic.SANCTIONS),
        ("عوده النشاط الدبلوماسي بين واشنطن وموسكو", Topic.DIPLOMATIC_RELATIONS),
    ]


def test_split_items_keeps_words_starting_with_waw() -> None:
    """«وزير» is a word, not a conjunction."""
    text = norm("لقاء وزير الطاقة")
    assert [(text, Topic.ENERGY)] == [(text[s:e], t) for s, e, t in split_items(text, 0, len(text))]


def test_triggers_and_list_intro() -> None:
    """Agenda verbs are triggers; «النقاط التالية:» introduces a list."""
    text = norm("يهدف اللقاء إلى تحقيق تقدم عبر النقاط التالية:")
    assert [text[s:e] for s, e in find_agenda_triggers(text, 0, len(text))] == ["يهدف", "النقاط"]
    assert is_list_intro(text, 0, len(text))
    assert not is_list_intro(norm("جرت القمة"), 0, 8)


def test_phases() -> None:
    """Programme parts are found with their kind."""
    text = norm(
        "لقاء على انفراد ثم جلسة موسعة وغداء عمل ومؤتمر صحفي وتوقيع اتفاق وعشاء وجلسة عامة"
        " وتصريحات مقتضبة"
    )
    assert [p.kind for p in find_phases(text)] == [
        PhaseKind.ONE_ON_ONE, PhaseKind.EXPANDED, PhaseKind.WORKING_LUNCH,
        PhaseKind.PRESS_CONFERENCE, PhaseKind.SIGNING, PhaseKind.DINNER, PhaseKind.PLENARY,
        PhaseKind.STATEMENTS,
    ]  # fmt: skip


def test_an_item_after_the_conjunction_keeps_its_topic() -> None:
    """«التعاون التجاري والاقتصادي» gives a trade item and an economy item."""
    text = norm("سيتطرق الوزيران إلى التعاون الزراعي والتجاري والاقتصادي")
    assert [Topic.TRADE, Topic.ECONOMY] == [t for _, _, t in split_items(text, 0, len(text))]


def test_coordinated_adjectives_share_their_noun_phrase() -> None:
    """«التعاون الاقتصادي والتجاري بين البلدين» gives two topics, each with the whole phrase."""
    text = norm("بحث الجانبان التعاون الاقتصادي والتجاري بين البلدين، وملف العقوبات")
    start = text.index("التعاون")
    items = split_items(text, start, len(text))
    phrase = "التعاون الاقتصادي والتجاري بين البلدين"
    assert [
        (Topic.ECONOMY, phrase),
        (Topic.TRADE, phrase),
        (Topic.SANCTIONS, "ملف العقوبات"),
    ] == [(t, text[s:e]) for s, e, t in items]


def test_in_exchange_for_separates_items() -> None:
    """«مقابل» joins two items: the nuclear file and lifting sanctions."""
    text = norm("الملف النووي مقابل تخفيف العقوبات")
    assert [Topic.NUCLEAR, Topic.SANCTIONS] == [t for _, _, t in split_items(text, 0, len(text))]


def test_ambassadors_are_about_missions() -> None:
    """Exchanging ambassadors is about diplomatic missions."""
    text = norm("ترتيب تبادل السفراء")
    assert Topic.DIPLOMATIC_MISSIONS == topic_of(text, 0, len(text))


@pytest.mark.parametrize(
    ("clause", "continues"),
    [
        ("واستئناف التبادل التجاري", True),
        ("إلى جانب دعم الاستقرار", True),
        ("فضلا عن ملف الطاقة", True),
        ("وهذا يتطلب جهدا كبيرا", False),
        ("كما أن الخلافات كبيرة", False),
        ("في إطار مسعى مشترك", False),
    ],
)
def test_continues_list(clause: str, continues: bool) -> None:
    """A clause opened by و or «إلى جانب» goes on with the items before it."""
    text = norm(clause)
    assert continues == continues_list(text, 0, len(text))


def test_a_negated_trigger_names_no_agenda() -> None:
    """«لا يتناول» says what the talks are not about."""
    text = norm("المسار لا يتناول القضايا الكبرى، بينما تناول الوفدان ملف الطاقة")
    found = [text[s:e] for s, e in find_agenda_triggers(text, 0, len(text))]
    assert "تناول" in found
    assert "يتناول" not in found
