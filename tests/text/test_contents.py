"""Tests for hosts and mediators as ``_contents`` gives them to events."""

from __future__ import annotations

import datetime as dt

import pytest

import diplofacts
from diplofacts.text._sources import find_own_mediation, says_all_of_them

PUBLISHED = dt.date(2025, 6, 1)


def _mediators(text: str) -> list[tuple[int | None, tuple[str, ...]]]:
    article = diplofacts.parse_article(text, published=PUBLISHED)
    return [(e.number, e.mediators) for e in article.consultation_rounds]


def test_a_mediator_named_by_a_title_is_the_country_of_the_title() -> None:
    """«بوساطة وزير الخارجية التركي …»: Turkey mediates."""
    text = (
        "عقدت في جنيف يوم 3 مايو الجولة الأولى من المحادثات بين روسيا وأوكرانيا"
        " بوساطة وزير الخارجية التركي هاكان فيدان."
    )
    assert [(1, ("TR",))] == _mediators(text)


def test_its_own_mediation_is_the_hosts() -> None:
    """«تستضيف … في إطار وساطتها»: the host mediates."""
    text = (
        "استضافت تركيا في إسطنبول يوم 3 مايو الجولة الأولى من المحادثات بين روسيا"
        " وأوكرانيا في إطار وساطتها بين البلدين."
    )
    assert [(1, ("TR",))] == _mediators(text)


def test_all_of_them_gives_the_mediator_to_every_event_of_the_sentence() -> None:
    """«وجرت جميعها بوساطة قطرية»: each round the sentence names."""
    text = (
        "عقدت الجولة الأولى من المحادثات بين روسيا وأوكرانيا في 3 مايو، ثم الجولة الثانية"
        " في 9 مايو، وجرت جميعها بوساطة قطرية."
    )
    assert [(1, ("QA",)), (2, ("QA",))] == _mediators(text)


def test_a_mediator_of_one_round_stays_with_it() -> None:
    """Without a word for all of them, the next round gets no mediator."""
    text = (
        "عقدت الجولة الأولى من المحادثات بين روسيا وأوكرانيا في 3 مايو بوساطة قطرية."
        " وعقدت الجولة الثانية بين روسيا وأوكرانيا في 9 مايو."
    )
    assert [(1, ("QA",)), (2, ())] == _mediators(text)


def test_a_series_mediator_goes_to_every_round_of_the_series() -> None:
    """«ثلاث جولات … بوساطة قطرية» with no dated round of its own: every round."""
    text = (
        "أجرت موسكو وكييف، بوساطة قطرية، ثلاث جولات من المحادثات. عقدت الجولة الأولى بين"
        " روسيا وأوكرانيا في 3 مايو. وعقدت الجولة الثانية بين روسيا وأوكرانيا في 9 مايو"
        " بوساطة تركية."
    )
    assert [(1, ("QA",)), (2, ("QA", "TR"))] == _mediators(text)


def test_a_series_mediator_skips_the_rounds_of_other_parties() -> None:
    """A series named with its rounds keeps its mediator from another pair's round."""
    text = (
        "عقدت الجولة الأولى من المحادثات بين روسيا وأوكرانيا في 3 مايو، وجرت الجولات"
        " السابقة بوساطة قطرية. وعقدت الجولة الأولى بين إيران والولايات المتحدة في 9 مايو."
    )
    assert [(1, ("QA",)), (1, ())] == _mediators(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("في إطار وساطتها المستمرة", [8]), ("بوساطة عمانية", []), ("وبوساطته", [0])],
)
def test_own_mediation_words(text: str, expected: list[int]) -> None:
    """«وساطتها» / «بوساطته» are found; «بوساطة» + a country is not one."""
    assert expected == find_own_mediation(text, (0, len(text)))


def test_all_of_them_words() -> None:
    """«جميعها» and «كلها» say it of every event; an ordinary sentence does not."""
    assert (True, True, False) == (
        says_all_of_them("وجرت جميعها في جنيف", (0, 19)),
        says_all_of_them("كلها في جنيف", (0, 12)),
        says_all_of_them("جرت في جنيف", (0, 11)),
    )


def test_each_outlet_of_a_chain_is_credited() -> None:
    """«نقلت الجزيرة عن رويترز عن مسؤول»: Al Jazeera (with the chain) and Reuters."""
    text = (
        "نقلت الجزيرة عن رويترز عن مسؤول أن جولة المحادثات بين إيران والولايات المتحدة"
        " ستعقد في مسقط يوم 3 مايو."
    )
    (event,) = diplofacts.parse_article(text, published=PUBLISHED).events
    first, second = event.attributions
    assert ("Al Jazeera", "Reuters", "Reuters") == (
        first.outlet,
        first.via.outlet if first.via else None,
        second.outlet,
    )


def _unnamed_members(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = diplofacts.parse_article(text, published=PUBLISHED)
    return [
        (d.party, m.roles)
        for e in article.consultation_rounds
        for d in e.delegations
        for m in d.members
        if m.person.name is None
    ]


def test_an_unnamed_head_of_a_side_is_a_delegate() -> None:
    """«ترأس الوفد القطري رئيس الاستخبارات …»: the unnamed official joins Qatar's delegation."""
    text = (
        "عقدت في عمان يوم 3 مايو الجولة الثانية من المحادثات بين قطر والكويت،"
        " وترأس الوفد القطري رئيس جهاز الاستخبارات العامة القطري."
    )
    assert [("QA", ("intelligence chief",))] == _unnamed_members(text)


def test_an_unnamed_official_outside_a_side_is_not_a_delegate() -> None:
    """«وقال وزير الخارجية القطري …» names no side: no unnamed delegate."""
    text = (
        "عقدت في عمان يوم 3 مايو الجولة الثانية من المحادثات بين قطر والكويت،"
        " وأشاد بها وزير الخارجية القطري."
    )
    assert [] == _unnamed_members(text)


def test_a_unit_anchored_to_the_round_speaks_of_the_articles_round() -> None:
    """«على هامش الجولة»: the items of that sentence go to the article's round, not an older one."""
    text = (
        "تعقد الجولة الخامسة من المحادثات بين قطر والكويت في عمان يوم 20 مايو."
        "\n\nوعقدت الجولة الرابعة في عمان يوم 2 مايو."
        "\n\nوستجتمع الفرق الفنية على هامش الجولة، لكن ملف العقوبات ما يزال العقدة الأبرز."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    topics = {e.number: [a.topic.value for a in e.agenda] for e in article.consultation_rounds}
    assert {5: ["sanctions"], 4: []} == topics


def test_a_nisba_of_the_hosted_event_is_not_the_host() -> None:
    """«الكويت تستضيف المحادثات القطرية العمانية»: Kuwait hosts; Qatar only qualifies the talks."""
    text = "الكويت تستضيف المحادثات القطرية العمانية يوم 3 مايو."
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert ["KW"] == [e.host for e in article.events]


def test_unnamed_officials_taking_part_are_delegates_of_their_country() -> None:
    """«وحضر الجلسة وزير الخارجية العماني»: the unnamed minister joins Oman's delegation."""
    text = (
        "عقدت في مسقط يوم 3 مايو الجولة الثانية من المحادثات بين قطر والكويت."
        " وحضر الجلسة الافتتاحية وزير الخارجية العماني."
    )
    assert [("OM", ("foreign minister",))] == _unnamed_members(text)
