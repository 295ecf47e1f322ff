"""Tests for hosts and mediators as ``_contents`` gives them to events."""

from __future__ import annotations

import datetime as dt

import pytest

import diplofacts
from diplofacts import FuzzyDate
from diplofacts.text._contents import _LAST_WORD, _last_word
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


@pytest.mark.parametrize(
    "wording",
    [
        "بوساطة تركية سعودية",
        "بوساطة تركيا والسعودية",
        "بوساطة تركيا، والسعودية",
        "بوساطة تركية-سعودية",
        "بوساطة كل من تركيا والسعودية",
    ],
)
def test_every_mediator_of_a_list_mediates(wording: str) -> None:
    """«بوساطة تركية سعودية», «بوساطة تركيا والسعودية»: each country listed mediates."""
    text = f"عقدت في جنيف يوم 3 مايو الجولة الأولى من المحادثات بين روسيا وأوكرانيا {wording}."
    assert [(1, ("SA", "TR"))] == _mediators(text)


def test_a_mediator_list_stops_at_a_clause() -> None:
    """«بوساطة تركية، وتستضيف سويسرا …»: the country after the comma does not mediate."""
    text = (
        "عقدت في جنيف يوم 3 مايو الجولة الأولى من المحادثات بين روسيا وأوكرانيا بوساطة"
        " تركية، وتستضيف سويسرا الجولة الثانية يوم 9 مايو."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [(1, ("TR",), None), (2, (), "CH")] == [
        (e.number, e.mediators, e.host) for e in article.consultation_rounds
    ]


def test_the_ministers_of_both_countries_are_one_per_party() -> None:
    """«أن يجتمع وزيرا خارجية البلدين»: an unnamed foreign minister for each party."""
    text = (
        "عقدت في الكويت يوم 3 مايو الجولة الأولى من المحادثات بين قطر والبحرين، واتفق"
        " الجانبان على أن يجتمع وزيرا خارجية البلدين الشهر المقبل."
    )
    assert [("BH", ("foreign minister",)), ("QA", ("foreign minister",))] == _unnamed_members(text)


def test_heads_of_counted_rounds_go_to_each_of_those_rounds() -> None:
    """«وترأس الوفدين في الجولات الثلاث …»: the first three rounds, not the postponed fourth."""
    text = (
        "عقدت الجولة الأولى بين السعودية وإيران في 3 أبريل، والجولة الثانية في 9 أبريل،"
        " والجولة الثالثة في 20 أبريل، ثم أرجئت الجولة الرابعة. وترأس الوفدين في الجولات"
        " الثلاث وزير الخارجية السعودي فيصل بن فرحان ووزير الخارجية الإيراني عباس عراقجي."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    heads = {
        e.number: sorted(str(m.person.id) for d in e.delegations for m in d.members)
        for e in article.consultation_rounds
    }
    both = ["araghchi", "faisal-bin-farhan"]
    assert {1: both, 2: both, 3: both, 4: []} == heads


def test_his_country_hosts_is_the_speakers_country() -> None:
    """«أكد رئيس الوزراء المجري … أن بلاده ستستضيف القمة»: Hungary hosts."""
    text = "أكد رئيس الوزراء المجري فيكتور أوربان أن بلاده ستستضيف القمة الروسية الأمريكية."
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert ["HU"] == [e.host for e in article.events]


def _hosts(text: str) -> list[tuple[int | None, str | None]]:
    article = diplofacts.parse_article(text, published=PUBLISHED)
    return [(e.number, e.host) for e in article.consultation_rounds]


def test_a_host_before_qad_and_the_verb_hosts() -> None:
    """«وكانت الدوحة قد استضافت الجولة الأولى»: Qatar hosted it."""
    text = "وكانت الدوحة قد استضافت الجولة الأولى من المحادثات بين روسيا وأوكرانيا يوم 3 مايو."
    assert [(1, "QA")] == _hosts(text)


def test_a_host_since_the_start_hosts_every_round_of_the_track() -> None:
    """«الذي تستضيف بلاده هذه المحادثات منذ انطلاقها»: the speaker's country hosts them all."""
    text = (
        "وعقدت الجولة الثالثة من المحادثات بين روسيا وأوكرانيا في جنيف يوم 3 مايو، بحضور"
        " وزير الخارجية السويسري إينياتسيو كاسيس، الذي تستضيف بلاده هذه المحادثات منذ"
        " انطلاقها. وكانت الجولتان الأولى والثانية قد عقدتا في 2 و20 أبريل."
    )
    assert [(3, "CH"), (1, "CH"), (2, "CH")] == _hosts(text)


def test_a_host_of_one_round_does_not_host_the_others() -> None:
    """Without «منذ انطلاقها», the speaker's country hosts only the round named."""
    text = (
        "وعقدت الجولة الثالثة من المحادثات بين روسيا وأوكرانيا في جنيف يوم 3 مايو، بحضور"
        " وزير الخارجية السويسري إينياتسيو كاسيس، الذي تستضيف بلاده هذه المحادثات."
        " وكانت الجولتان الأولى والثانية قد عقدتا في 2 و20 أبريل."
    )
    assert [(3, "CH"), (1, None), (2, None)] == _hosts(text)


def test_hosting_again_is_the_host_named_before() -> None:
    """«التي استضافتها مجددا»: the country that hosted the round before hosts this one."""
    text = (
        "عقدت الجولة الأولى بين روسيا وأوكرانيا في جنيف يوم 3 مايو، واستضافتها سويسرا."
        " وعقدت الجولة الثانية يوم 9 مايو، التي استضافتها مجددا."
    )
    assert [(1, "CH"), (2, "CH")] == _hosts(text)


def _events(text: str) -> list[diplofacts.Summit | diplofacts.ConsultationRound]:
    return list(diplofacts.parse_article(text, published=PUBLISHED).events)


def test_a_dateline_credits_its_agency_up_to_the_next_heading() -> None:
    """«… واس» on its own line credits SPA with the events before the next heading only."""
    text = (
        "قطر والبحرين تستأنفان الحوار في الكويت\n\n"
        "الكويت ٣ ذو القعدة ١٤٤٦ هـ الموافق ١ مايو ٢٠٢٥ م واس\n\n"
        "عقدت في الكويت يوم 30 أبريل الجولة الأولى من المحادثات بين قطر والبحرين.\n\n"
        "جولة ثانية\n\n"
        "وعقدت الجولة الثانية بين قطر والبحرين في 28 مايو في المنامة.\n"
    )
    assert [(1, ["SPA"]), (2, [])] == [
        (e.number, [a.outlet for a in e.attributions])
        for e in _events(text)
        if isinstance(e, diplofacts.ConsultationRound)
    ]


def test_a_named_venue_of_a_later_clause_beats_the_city() -> None:
    """«في مدينة لوزان …، في فندق بو ريفاج»: the hotel, which lies in that city."""
    text = (
        "عقدت في مدينة لوزان يوم 3 مايو الجولة الأولى من المحادثات بين إيران وبريطانيا،"
        " في فندق بو ريفاج، واستمرت خمس ساعات."
    )
    venues = [e.venue for e in _events(text)]
    assert [("Beau-Rivage Palace", "Lausanne")] == [
        (v.name and v.name.get("en"), v.locality and v.locality.get("en")) for v in venues if v
    ]


def test_a_venue_of_all_of_them_goes_to_every_event_named() -> None:
    """«وجرت جميعها في قصر دولمة بهجة»: each round of the sentence is held there."""
    text = (
        "عقدت الجولة الأولى من المحادثات بين روسيا وأوكرانيا في 3 مايو، ثم الجولة الثانية"
        " في 9 مايو، وجرت جميعها في قصر دولمة بهجة بإسطنبول."
    )
    assert ["Dolmabahce Palace", "Dolmabahce Palace"] == [
        e.venue.name.get("en") if e.venue and e.venue.name else None for e in _events(text)
    ]


def test_its_embassy_is_the_hosts_embassy_in_the_city() -> None:
    """«استضافتها قطر في مقر سفارتها» in Paris: the Qatari embassy in Paris."""
    text = (
        "عقدت في باريس يوم 3 مايو الجولة الأولى من المحادثات بين إيران والولايات المتحدة،"
        " التي استضافتها قطر في مقر سفارتها."
    )
    venues = [e.venue for e in _events(text) if e.venue is not None]
    assert [("Embassy of Qatar in Paris", "embassy")] == [
        (v.name.get("en") if v.name else None, v.kind.value) for v in venues
    ]


def test_programme_parts_that_did_not_happen_are_not_phases() -> None:
    """«لم يعقد الزعيمان لقاء على انفراد، كما ألغيت مأدبة العشاء»: only the press conference."""
    text = (
        "اختتمت في الرباط يوم 3 مايو القمة بين المغرب وإسبانيا. ولم يعقد الزعيمان لقاء على"
        " انفراد، كما ألغيت مأدبة العشاء، بل عقدا مؤتمرا صحفيا مشتركا."
    )
    assert [["press_conference"]] == [[p.kind.value for p in e.phases] for e in _events(text)]


def test_a_purpose_phrase_states_the_items_of_its_event() -> None:
    """«اجتماعا لتفعيل التفاهمات، وترتيب عودة السفراء، وتوسيع التبادل التجاري»."""
    text = (
        "اختتمت في القاهرة يوم 3 مايو المحادثات بين مصر وتركيا.\n\nاجتماع مرتقب\n\n"
        "ونص البيان الختامي على أن يعقد وزيرا خارجية البلدين اجتماعا لتفعيل التفاهمات،"
        " وترتيب عودة السفراء، وتوسيع التبادل التجاري.\n"
    )
    items = [("diplomatic_missions", "ترتيب عودة السفراء"), ("trade", "توسيع التبادل التجاري")]
    assert [[], items] == [
        [(i.topic.value, i.text.get("ar")) for i in e.agenda] for e in _events(text)
    ]


def test_a_list_said_of_all_the_rounds_goes_to_each() -> None:
    """«وتمحورت الجولات كلها حول ملفين:» gives the entries to every round of the series."""
    text = (
        "عقدت الجولة الأولى من المحادثات بين إيران والولايات المتحدة في 3 مايو، والجولة"
        " الثانية في 10 مايو.\n\nوتمحورت الجولات كلها حول ملفين:\n"
        "- مستقبل البرنامج النووي\n- تخفيف العقوبات المصرفية\n"
    )
    both = ["nuclear", "sanctions"]
    assert [both, both] == [[i.topic.value for i in e.agenda] for e in _events(text)]


def test_words_added_by_the_same_speaker_keep_their_outlet() -> None:
    """«وأضاف الوزير …» after «في تصريحات نقلتها وكالة إرنا»: IRNA for the next round too."""
    text = (
        "وقال وزير الخارجية الإيراني عباس عراقجي، في تصريحات نقلتها وكالة إرنا، إن الجولة"
        " الأولى من المحادثات بين إيران والولايات المتحدة انتهت في مسقط يوم 3 مايو.\n\n"
        "وأضاف الوزير الإيراني أن الجولة الثانية ستعقد في روما يوم 10 مايو.\n"
    )
    assert [["IRNA"], ["IRNA"]] == [[a.outlet for a in e.attributions] for e in _events(text)]


def test_what_two_rounds_resulted_in_goes_to_both() -> None:
    """«الجولتين الأولى والثانية … وأسفرتا عن تبادل للأسرى»: humanitarian for both."""
    text = (
        "عقدت الجولة الثالثة من المحادثات بين روسيا وأوكرانيا في إسطنبول يوم 20 مايو، بعد"
        " الجولتين الأولى والثانية اللتين عقدتا في 2 و9 مايو وأسفرتا عن تبادل للأسرى."
    )
    assert {1: ["humanitarian"], 2: ["humanitarian"], 3: []} == {
        e.number: [i.topic.value for i in e.agenda]
        for e in _events(text)
        if isinstance(e, diplofacts.ConsultationRound)
    }


def test_a_list_entry_naming_an_unnamed_title_is_an_item() -> None:
    """«• عودة سفيري البلدين» names no person: it is an agenda item, not a delegate."""
    text = (
        "بحثت القمة بين مصر والسودان في القاهرة يوم 3 مايو الملفات التالية:\n"
        "• عودة سفيري البلدين إلى مقريهما\n• تنمية التجارة الحدودية\n"
    )
    assert [["diplomatic_missions", "trade"]] == [
        [i.topic.value for i in e.agenda] for e in _events(text)
    ]


_ROUND_TWO_LED_BY_MEDINSKY = (
    "عقدت الجولة الثانية من المحادثات بين روسيا وأوكرانيا في إسطنبول يوم 2 يونيو،"
    " وترأس الوفد الروسي مساعد الرئيس فلاديمير مدينسكي."
)


def _members(text: str) -> dict[int | None, list[str]]:
    article = diplofacts.parse_article(text, published=PUBLISHED)
    return {
        e.number: sorted(str(m.person.id) for d in e.delegations for m in d.members)
        for e in article.consultation_rounds
    }


def test_a_round_named_in_an_aside_does_not_take_the_sentence() -> None:
    """«وافتتح فيدان الجلسة، داعيا … إلى البناء على نتائج الجولة الأولى»: round 2's people."""
    text = (
        "عقدت الجولة الثانية من المحادثات بين روسيا وأوكرانيا في إسطنبول يوم 2 يونيو."
        " وافتتح وزير الخارجية التركي هاكان فيدان الجلسة، داعيا الوفدين إلى البناء على"
        " نتائج الجولة الأولى. وترأس الوفد الروسي مساعد الرئيس فلاديمير مدينسكي."
    )
    assert {2: ["fidan", "medinsky"], 1: []} == _members(text)


def test_people_on_a_phone_call_are_not_delegates() -> None:
    """«وتلقى أردوغان اتصالا هاتفيا من بوتين»: neither sat at the round's table."""
    text = (
        f"{_ROUND_TWO_LED_BY_MEDINSKY} وتلقى الرئيس التركي رجب طيب"
        " أردوغان اتصالا هاتفيا من نظيره الروسي فلاديمير بوتين بحثا خلاله نتائج المحادثات."
    )
    assert {2: ["medinsky"]} == _members(text)


def test_a_host_of_a_plural_hosts_the_talks_told_but_not_their_anchor() -> None:
    """«استضافت السعودية … جولات من المحادثات»: the meeting told, not «بعد محادثات جدة»."""
    text = (
        "استضافت السعودية، على مدى يومين، جولات من المحادثات المنفصلة في الرياض. وعقد"
        " الوفدان الأمريكي والأوكراني اجتماعا يوم 3 مايو. وتأتي هذه الجولات بعد محادثات"
        " جدة التي جمعت الوفدين الأمريكي والأوكراني في 11 مارس."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    months = [e.date.month if isinstance(e.date, FuzzyDate) else None for e in article.events]
    assert [("SA", 5), (None, 3)] == list(
        zip([e.host for e in article.events], months, strict=True)
    )


def test_a_host_of_a_plural_does_not_host_talks_in_another_country() -> None:
    """Talks placed in Istanbul are not among those Saudi Arabia hosted."""
    text = (
        "استضافت السعودية جولات من المحادثات. وعقد الوفدان الأمريكي والأوكراني اجتماعا في"
        " الرياض يوم 3 مايو، وعقد الوفدان الأمريكي والروسي اجتماعا في إسطنبول يوم 4 مايو."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert ["SA", None] == [e.host for e in article.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "واتهم وزير الخارجية الروسي سيرغي لافروف كييف بعرقلة الحوار.",
        "ونقلت وكالة تاس عن وزير الخارجية الروسي سيرغي لافروف قوله إن الحوار متعثر.",
        "وأعلن وزير الخارجية الروسي سيرغي لافروف، مساء الأحد، رضا بلاده عن النتائج.",
        "وكان وزير الخارجية الروسي سيرغي لافروف قد دعا إلى تسريع الحوار.",
    ],
)
def test_a_person_speaking_of_the_round_is_not_its_delegate(sentence: str) -> None:
    """«واتهم لافروف …», «عن لافروف قوله»: a statement, not a seat at the table."""
    assert {2: ["medinsky"]} == _members(f"{_ROUND_TWO_LED_BY_MEDINSKY} {sentence}")


def test_a_headlines_speaker_is_not_a_delegate() -> None:
    """«لافروف: الجولة الثالثة …»: the headline quotes him; he is not at the table."""
    text = (
        "لافروف: الجولة الثالثة من المحادثات مع أوكرانيا في إسطنبول يوم 20 يونيو\n\n"
        "أعلنت موسكو أن الجولة الثالثة من المحادثات بين روسيا وأوكرانيا ستعقد في إسطنبول."
    )
    assert {3: []} == _members(text)


def _leaders(text: str) -> list[list[str]]:
    article = diplofacts.parse_article(text, published=PUBLISHED)
    return [sorted(str(p.id) for p in s.leaders) for s in article.summits]


@pytest.mark.parametrize(
    "second",
    [
        "وستكون الثانية بينهما بعد القمة التي جمعتهما في ألاسكا في 15 أغسطس.",
        "وكانت آخر قمة بين الرئيسين قد عقدت في ألاسكا في 15 أغسطس.",
    ],
)
def test_the_two_heads_named_before_lead_a_summit_told_by_a_pronoun(second: str) -> None:
    """«القمة التي جمعتهما», «آخر قمة بين الرئيسين»: Trump and Putin, named before."""
    text = (
        "اتفق الرئيس الأمريكي دونالد ترامب ونظيره الروسي فلاديمير بوتين على عقد قمة في"
        f" بودابست في 20 نوفمبر. {second}"
    )
    assert [["putin", "trump"], ["putin", "trump"]] == _leaders(text)


def test_a_plural_head_with_one_head_named_before_names_nobody() -> None:
    """«بين الرئيسين» after only one named president: the pair is not known."""
    text = (
        "يأمل الرئيس الأمريكي دونالد ترامب عقد قمة روسية أمريكية في بودابست في 20 نوفمبر."
        " وكانت آخر قمة بين الرئيسين قد عقدت في ألاسكا في 15 أغسطس."
    )
    assert [["trump"], []] == _leaders(text)


def test_a_subheading_belongs_to_the_paragraph_it_heads() -> None:
    """«لافروف في جنيف» above the paragraph of round 2: Lavrov is round 2's, not round 1's."""
    text = (
        "عقدت الجولة الأولى من المحادثات بين روسيا وأوكرانيا في إسطنبول يوم 2 مايو.\n\n"
        "لافروف في جنيف\n\n"
        "وعقدت الجولة الثانية من المحادثات بين روسيا وأوكرانيا في جنيف يوم 9 مايو."
    )
    assert {1: [], 2: ["lavrov"]} == _members(text)


def test_people_after_a_split_plural_cue_go_to_each_of_its_events() -> None:
    """«اجتماعين يومي 3 و5 مايو. وترأس الوفد الأوكراني …»: Umerov attends both meetings."""
    text = (
        "عقد الوفدان الأمريكي والأوكراني اجتماعين يومي 3 و5 مايو. وترأس الوفد الأوكراني وزير"
        " الدفاع رستم عمروف."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [["umerov"], ["umerov"]] == [
        [str(m.person.id) for d in e.delegations for m in d.members] for e in article.events
    ]


def test_the_same_delegation_brings_its_members() -> None:
    """«التقى الوفد الأمريكي نفسه بالوفد الروسي»: the US members named before come again."""
    text = (
        "عقد الوفدان الأمريكي والأوكراني اجتماعا يوم 3 مايو، وضم الوفد الأمريكي المبعوث الخاص"
        " ستيف ويتكوف. وفي يوم 4 مايو، التقى الوفد الأمريكي نفسه بالوفد الروسي في محادثات"
        " استمرت ساعتين."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [("UA-US", ["witkoff"]), ("RU-US", ["witkoff"])] == [
        ("-".join(e.parties), [str(m.person.id) for d in e.delegations for m in d.members])
        for e in article.events
    ]


def test_an_official_present_is_not_a_party() -> None:
    """«بحضور وزير الخارجية الصيني»: China's minister is there, China is not a side."""
    text = (
        "وعقد وزير الخارجية السعودي الأمير فيصل بن فرحان ونظيره الإيراني عباس عراقجي جولة"
        " محادثات في بكين يوم 6 أبريل، بحضور وزير الخارجية الصيني وانغ يي."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [(("IR", "SA"), ("CN", "IR", "SA"))] == [
        (e.parties, tuple(d.party for d in e.delegations)) for e in article.events
    ]


def test_words_for_the_war_are_about_ukraine_when_it_is_a_party() -> None:
    """«مقترحات لوقف إطلاق النار»: Ukraine's war for US–Ukrainian talks; no topic for others."""
    text = (
        "عقدت في جدة يوم 3 مايو جولة من المحادثات بين الولايات المتحدة وأوكرانيا، وبحث"
        " الوفدان مقترحات لوقف إطلاق النار.\n\nوعقدت في الرياض يوم 5 مايو جولة من المحادثات"
        " بين السعودية والكويت، وبحث الوفدان مقترحات لوقف إطلاق النار.\n"
    )
    assert [["ukraine"], []] == [[i.topic.value for i in e.agenda] for e in _events(text)]


def test_the_same_city_is_the_city_named_before() -> None:
    """«اللتين عقدتا في المدينة نفسها»: both earlier rounds were held in Istanbul too."""
    text = (
        "عقدت الجولة الثالثة من المحادثات بين روسيا وأوكرانيا في إسطنبول يوم 20 مايو، بعد"
        " الجولتين الأولى والثانية اللتين عقدتا في المدينة نفسها يومي 2 و9 مايو."
    )
    assert ["Istanbul", "Istanbul", "Istanbul"] == [
        e.venue.locality.get("en") if e.venue and e.venue.locality else None for e in _events(text)
    ]


def test_a_planned_place_gives_way_to_the_place_held() -> None:
    """«كانت مقررة في روما …، ثم أرجئت وعقدت في مسقط»: held in Muscat."""
    text = (
        "الجولة الرابعة من المحادثات بين إيران والولايات المتحدة كانت مقررة في روما يوم 3"
        " مايو، ثم أرجئت وعقدت في مسقط يوم 11 مايو."
    )
    assert ["Muscat"] == [
        e.venue.locality.get("en") if e.venue and e.venue.locality else None for e in _events(text)
    ]


def test_a_citys_region_is_only_the_one_stated() -> None:
    """«في مدينة جدة»: Jeddah, with no region the text does not state."""
    text = "عقدت في مدينة جدة يوم 3 مايو الجولة الأولى من المحادثات بين الولايات المتحدة وأوكرانيا."
    assert [("Jeddah", None)] == [
        (
            e.venue.locality.get("en") if e.venue.locality else None,
            e.venue.region.get("en") if e.venue.region else None,
        )
        for e in _events(text)
        if e.venue is not None
    ]


def test_a_series_stated_without_its_rounds_gives_them_its_venue_and_subject() -> None:
    """«جولتين من المحادثات الفنية حول أوكرانيا في قصر تشيراغان»: both meetings."""
    text = (
        "استضافت تركيا جولتين من المحادثات الفنية حول أوكرانيا في قصر تشيراغان بإسطنبول.\n\n"
        "عقد الوفدان الأمريكي والأوكراني اجتماعين يومي 3 و5 مايو.\n"
    )
    expected = [("Ciragan Palace", ["ukraine"]), ("Ciragan Palace", ["ukraine"])]
    assert expected == [
        (
            e.venue.name.get("en") if e.venue and e.venue.name else None,
            [i.topic.value for i in e.agenda],
        )
        for e in _events(text)
    ]


def test_a_government_body_speaks_of_the_event_of_its_country() -> None:
    """«وقال الكرملين …» after US–Ukrainian talks: the earlier Russian–US round."""
    text = (
        "عقدت في الرياض يوم 1 مايو جولة من المحادثات بين روسيا والولايات المتحدة. وعقدت في"
        " جدة يوم 3 مايو جولة من المحادثات بين الولايات المتحدة وأوكرانيا. وقال الكرملين إن"
        " الأجواء كانت جيدة."
    )
    assert [["Kremlin"], []] == [[a.outlet for a in e.attributions] for e in _events(text)]


def test_a_report_credits_the_event_it_is_about() -> None:
    """«نقلت الجزيرة … أن الجولة الثانية ستبحث جدول أعمال الجولة الأولى»: the second only."""
    text = (
        "وقال مصدر إن الجولة الأولى من المحادثات بين روسيا وأوكرانيا ستعقد في الدوحة يوم 3"
        " مايو. ونقلت قناة الجزيرة عن مسؤولين أن الجولة الثانية من المحادثات بين روسيا"
        " وأوكرانيا ستبحث جدول أعمال الجولة الأولى."
    )
    assert [(1, [], []), (2, ["Al Jazeera"], [])] == [
        (e.number, [a.outlet for a in e.attributions], [i.topic.value for i in e.agenda])
        for e in _events(text)
        if isinstance(e, diplofacts.ConsultationRound)
    ]


def test_a_source_named_before_its_verb() -> None:
    """«وكانت وكالة رويترز قد ذكرت أن …»: Reuters reported it."""
    text = (
        "وكانت وكالة رويترز قد ذكرت أن الجولة الأولى من المحادثات بين إيران والولايات"
        " المتحدة ستعقد في مسقط يوم 3 مايو."
    )
    assert [["Reuters"]] == [[a.outlet for a in e.attributions] for e in _events(text)]


def test_an_outlets_latin_name_is_an_outlet() -> None:
    """«ذكرت شبكة CNN أن …»: CNN, written in Latin letters."""
    text = (
        "ذكرت شبكة CNN أن الجولة الأولى من المحادثات بين إيران والولايات المتحدة ستعقد في"
        " مسقط يوم 3 مايو."
    )
    assert [["CNN"]] == [[a.outlet for a in e.attributions] for e in _events(text)]


def test_the_one_chairing_a_summit_leads_it() -> None:
    """«القمة … برئاسة ولي العهد السعودي الأمير محمد بن سلمان»: a leader, not a delegate."""
    text = (
        "عقدت في جدة يوم 3 مايو القمة الخليجية الأمريكية برئاسة ولي العهد السعودي الأمير"
        " محمد بن سلمان، وبمشاركة الرئيس الأمريكي دونالد ترامب."
    )
    assert [["mbs", "trump"]] == _leaders(text)


def test_an_official_at_a_building_does_not_make_it_the_venue() -> None:
    """«قال مسؤول في البيت الأبيض»: where the official works, not where the summit is held."""
    text = "قال مسؤول في البيت الأبيض إن القمة بين روسيا والولايات المتحدة ستعقد قريبا."
    assert [None] == [e.venue for e in _events(text)]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("ووصفها الوسيط التركي بأنها بناءة", ("TR",)),
        ("وقال الوسطاء الأتراك والسعوديون إنها بناءة", ("SA", "TR")),
        ("وقال المسؤول التركي إنها بناءة", ()),
    ],
)
def test_the_mediator_named_by_its_nisba_mediates(clause: str, expected: tuple[str, ...]) -> None:
    """«الوسيط التركي», «الوسطاء الأتراك والسعوديون»: those countries mediate the round."""
    text = f"عقدت في جنيف يوم 3 مايو الجولة الأولى من المحادثات بين روسيا وأوكرانيا، {clause}."
    assert [(1, expected)] == _mediators(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "وتبحث الجولة تنفيذ خطة الرئيس الأمريكي دونالد ترامب.",
        "وأشاد الجانبان بمبادرة الرئيس التركي رجب طيب أردوغان.",
    ],
)
def test_the_owner_of_a_plan_is_not_at_the_table(sentence: str) -> None:
    """«خطة الرئيس الأمريكي دونالد ترامب»: Trump's plan is discussed; he does not attend."""
    assert {2: ["medinsky"]} == _members(f"{_ROUND_TWO_LED_BY_MEDINSKY} {sentence}")


def test_a_head_of_delegation_who_speaks_is_a_delegate() -> None:
    """«وقال رئيس الوفد الروسي فلاديمير مدينسكي …»: he speaks, and he sat at the table."""
    text = (
        "عقدت الجولة الثانية من المحادثات بين روسيا وأوكرانيا في إسطنبول يوم 2 يونيو."
        " وقال رئيس الوفد الروسي فلاديمير مدينسكي للصحفيين بعد الجولة إنها بناءة."
    )
    assert {2: ["medinsky"]} == _members(text)


@pytest.mark.parametrize(
    ("subject", "host"), [("فندق ريتز كارلتون في الرياض يحتضن", None), ("الرياض تحتضن", "SA")]
)
def test_a_city_where_a_hotel_hosts_is_not_the_host(subject: str, host: str | None) -> None:
    """«فندق … في الرياض يحتضن»: the hotel hosts; only «الرياض تحتضن» makes Saudi the host."""
    text = f"{subject} غدا جولة محادثات بين روسيا والولايات المتحدة."
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [host] == [e.host for e in article.events]


def test_the_head_of_the_hamas_delegation_is_a_palestinian_delegate() -> None:
    """«بين إسرائيل وحركة حماس، وترأس وفد الحركة … خليل الحية»: parties IL and PS, al-Hayya PS."""
    text = (
        "عقدت في القاهرة يوم 3 مايو جولة مفاوضات غير مباشرة بين إسرائيل وحركة حماس، وترأس"
        " وفد الحركة القيادي خليل الحية."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [(("IL", "PS"), [("PS", "khalil-al-hayya")])] == [
        (e.parties, [(d.party, str(m.person.id)) for d in e.delegations for m in d.members])
        for e in article.events
    ]


def test_its_hosting_is_the_hosting_of_the_country_named_before() -> None:
    """«جهود قطر … في استضافتها المحادثات»: Qatar hosted the talks."""
    text = (
        "أشاد الوزير بجهود قطر، التي تجسدت في استضافتها المحادثات الأمريكية الأفغانية يوم 3 مايو."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [("QA", ("AF", "US"))] == [(e.host, e.parties) for e in article.events]


# Two meetings in Muscat on consecutive days (12 June 2025 was a Thursday), then reports.
_TWO_MEETINGS = (
    "عقد الوفدان الإيراني والأمريكي اجتماعا في مسقط يوم الخميس 12 يونيو.\n\n"
    "وعقد الوفدان الإيراني والعماني اجتماعا في مسقط يوم الجمعة 13 يونيو.\n\n"
)


def _sources(text: str) -> list[tuple[str, list[str | None]]]:
    article = diplofacts.parse_article(text, published=dt.date(2025, 6, 14))
    return [(str(e.date), [a.outlet for a in e.attributions]) for e in article.events]


def test_a_statement_after_a_meeting_named_by_its_weekday_is_about_that_meeting() -> None:
    """«بيانا عقب اجتماع الخميس»: the Thursday meeting, not the meeting named last."""
    text = _TWO_MEETINGS + (
        "وأصدرت وزارة الخارجية الإيرانية بيانا عقب اجتماع الخميس، أكدت فيه التزامها بالحوار."
    )
    assert [("2025?-06-12", ["Iranian Foreign Ministry"]), ("2025?-06-13", [])] == _sources(text)


@pytest.mark.parametrize(
    "friday", ["واجتماع الجمعة 13 يونيو", "و اجتماع الجمعة"], ids=["dated", "weekday-only"]
)
def test_statements_after_two_meetings_joined_by_and_are_about_both(friday: str) -> None:
    """«بيانين عقب اجتماع الخميس واجتماع الجمعة»: the ministry is credited to both meetings."""
    text = _TWO_MEETINGS + (
        f"وأصدرت وزارة الخارجية العمانية بيانين عقب اجتماع الخميس {friday}،"
        " رحبت فيهما بالأجواء الإيجابية."
    )
    assert [
        ("2025?-06-12", ["Omani Foreign Ministry"]),
        ("2025?-06-13", ["Omani Foreign Ministry"]),
    ] == _sources(text)


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        (  # a government body: the meeting its country took part in
            "وقال البيت الأبيض إن واشنطن لن تخفف العقوبات قبل اتفاق نهائي.",
            [("2025?-06-12", ["Omani Foreign Ministry", "White House"])],
        ),
        (  # an outlet: the meeting the sentence before told last
            "ونقلت وكالة إرنا عن مصدر مطلع أن المشاورات ستستمر.",
            [("2025?-06-13", ["Omani Foreign Ministry", "IRNA"])],
        ),
    ],
    ids=["government-body", "outlet"],
)
def test_a_report_after_statements_on_two_meetings_does_not_spread_to_both(
    report: str, expected: list[tuple[str, list[str | None]]]
) -> None:
    """The sentence after «بيانين عقب اجتماع الخميس واجتماع الجمعة» credits one meeting only."""
    text = _TWO_MEETINGS + (
        "وأصدرت وزارة الخارجية العمانية بيانين عقب اجتماع الخميس واجتماع الجمعة 13 يونيو،"
        " رحبت فيهما بالأجواء الإيجابية. " + report
    )
    spread = [(date, outlets) for date, outlets in _sources(text) if len(outlets) > 1]
    assert expected == spread


def test_a_report_naming_another_event_is_not_about_the_meeting_it_followed() -> None:
    """«بيانا بعد اجتماع الخميس أكد فيه أن الجولة المقبلة …»: the next round only."""
    text = _TWO_MEETINGS + (
        "وأصدر البيت الأبيض بيانا بعد اجتماع الخميس أكد فيه أن الجولة المقبلة ستعقد في روما."
    )
    assert [("2025?-06-12", []), ("2025?-06-13", []), ("None", ["White House"])] == _sources(text)


def test_a_weekday_two_meetings_were_held_on_names_neither() -> None:
    """«عقب اجتماع الخميس» after two Thursday meetings: not the first one named."""
    text = (
        "عقد الوفدان الإيراني والأمريكي اجتماعا في مسقط يوم الخميس 12 يونيو.\n\n"
        "وكان الوفدان الإيراني والعماني قد عقدا اجتماعا في مسقط يوم الخميس 5 يونيو.\n\n"
        "وأصدرت وزارة الخارجية الإيرانية بيانا عقب اجتماع الخميس، أكدت فيه التزامها بالحوار."
    )
    assert [("2025?-06-12", []), ("2025?-06-05", ["Iranian Foreign Ministry"])] == _sources(text)


def _topics(text: str) -> list[tuple[str, int | None, list[str]]]:
    return [
        (e.id, getattr(e, "number", None), sorted(i.topic.value for i in e.agenda))
        for e in _events(text)
    ]


def test_a_series_named_by_its_subject_gives_it_to_every_round() -> None:
    """«الجولة الثالثة من مفاوضات ترسيم الحدود البرية»: each round of the talks is about it."""
    text = (
        "تأجيل الجولة الثالثة من مفاوضات ترسيم الحدود البرية بين مصر والسودان\n\n"
        "أعلنت القاهرة تأجيل الجولة الثالثة من المفاوضات بين مصر والسودان التي كانت مقررة"
        " يوم 10 يونيو في الخرطوم. وكانت الجولة الثانية قد عقدت في القاهرة يوم 20 مايو."
    )
    assert [("round-eg-sd-3", 3, ["other"]), ("round-eg-sd-2", 2, ["other"])] == _topics(text)


def test_a_rounds_own_topic_stays_its_own() -> None:
    """The series' subject («حول الأمن المائي») spreads; «وناقشت الجولة أيضا …» does not."""
    text = (
        "عقدت في القاهرة يوم 3 مايو الجولة الثانية من المفاوضات بين مصر وإثيوبيا حول الأمن"
        " المائي، وناقشت الجولة أيضا التعاون الاقتصادي. وكانت الجولة الأولى قد جرت في أديس"
        " أبابا يوم 5 أبريل."
    )
    expected = [
        ("round-eg-et-2", 2, ["economy", "security"]),
        ("round-eg-et-1", 1, ["security"]),
    ]
    assert expected == _topics(text)


def test_a_series_topic_stays_with_the_parties_of_the_series() -> None:
    """Russian–Ukrainian talks on prisoners: not the subject of Iranian–US rounds."""
    text = (
        "عقدت الجولة الثانية من المفاوضات بين روسيا وأوكرانيا حول تبادل الأسرى في إسطنبول"
        " يوم 9 مايو. وكانت الجولة الأولى من المحادثات بين إيران والولايات المتحدة قد جرت"
        " في مسقط يوم 3 مايو. وعقدت الجولة الأولى بين روسيا وأوكرانيا في 2 مايو."
    )
    expected = [
        ("round-ru-ua-2", 2, ["humanitarian"]),
        ("round-ir-us-1", 1, []),
        ("round-ru-ua-1", 1, ["humanitarian"]),
    ]
    assert expected == _topics(text)


def test_expert_talks_and_summits_are_not_rounds_of_the_series() -> None:
    """Experts' meetings and a summit of the same parties do not take the series' subject."""
    text = (
        "اختتمت في مسقط يوم 3 مايو الجولة الأولى من المحادثات الإيرانية الأمريكية حول"
        " البرنامج النووي، واتفق الطرفان على بدء اجتماعات فنية على مستوى الخبراء يوم 7 مايو."
        " ومن المقرر أن تعقد قمة بين الرئيسين الإيراني والأمريكي في جنيف يوم 20 يونيو."
    )
    assert [["nuclear"], [], []] == [agenda for _, _, agenda in _topics(text)]


def test_a_topic_for_all_the_rounds_goes_to_each() -> None:
    """«وتركزت الجولات كلها على تبادل الأسرى»: every round of the series."""
    text = (
        "عقدت الجولة الأولى من المحادثات بين روسيا وأوكرانيا في إسطنبول يوم 3 مايو، ثم"
        " الجولة الثانية يوم 9 مايو. وتركزت الجولات كلها على تبادل الأسرى."
    )
    expected = [("round-ru-ua-1", 1, ["humanitarian"]), ("round-ru-ua-2", 2, ["humanitarian"])]
    assert expected == _topics(text)


def test_a_series_named_by_place_and_parties_states_no_topic() -> None:
    """«مفاوضات إسطنبول»، «المباحثات السعودية الإيرانية»: no topic for the rounds."""
    text = (
        "عقدت الجولة الثانية من مفاوضات إسطنبول بين روسيا وأوكرانيا يوم 9 مايو. وكانت"
        " الجولة الأولى من المباحثات الروسية الأوكرانية قد عقدت يوم 2 مايو."
    )
    assert [("round-ru-ua-2", 2, []), ("round-ru-ua-1", 1, [])] == _topics(text)


def test_a_weekday_anchor_told_with_a_coming_status_leaves_the_meeting_held() -> None:
    """«عقب اجتماع الخميس الذي تناول … المحادثات المقبلة»: the Thursday meeting stays held."""
    text = _TWO_MEETINGS + (
        "وأصدرت وزارة الخارجية العمانية بيانا عقب اجتماع الخميس الذي تناول التحضير"
        " والمحادثات المقبلة."
    )
    article = diplofacts.parse_article(text, published=dt.date(2025, 6, 14))
    assert [("held", "2025?-06-12"), ("held", "2025?-06-13")] == [
        (e.status.value, str(e.date)) for e in article.events
    ]


def test_a_report_speaks_of_the_events_up_to_the_next_report_of_the_sentence() -> None:
    """«نقلت رويترز أن الجولة الأولى … ونقلت وكالة تاس أن الجولة الثانية …»: TASS's alone."""
    text = (
        "نقلت رويترز أن الجولة الأولى بين مصر والأردن ستعقد في عمان يوم 4 مايو ونقلت"
        " وكالة تاس أن الجولة الثانية ستعقد في القاهرة يوم 9 مايو."
    )
    second = diplofacts.parse_article(text, published=PUBLISHED).consultation_rounds[1]
    assert ["TASS"] == [a.outlet for a in second.attributions]


def test_an_agenda_trigger_reads_up_to_the_next_trigger_with_items_of_its_own() -> None:
    """«ناقش الجانبان الأمن المائي وبحثا التجارة»: the second item is worded after «بحثا»."""
    text = (
        "عقد وزيرا خارجية مصر والأردن في عمان يوم 4 مايو اجتماعا ناقش الجانبان فيه الأمن"
        " المائي وبحثا التجارة."
    )
    event = diplofacts.parse_article(text, published=PUBLISHED).events[0]
    assert [("security", "الأمن المائي"), ("trade", "التجارة")] == [
        (item.topic.value, item.text.get("ar")) for item in event.agenda
    ]


def test_a_purpose_phrase_ends_where_the_next_event_noun_opens_its_own() -> None:
    """«اجتماعا لتنسيق الأمن … وقمة لتعزيز التجارة»: trade is the summit's, not the meeting's."""
    text = (
        "عقد وزيرا خارجية مصر والأردن اجتماعا لتنسيق الأمن المائي في عمان يوم 4 مايو وقمة"
        " لتعزيز التجارة في القاهرة يوم 9 مايو."
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [["security"], ["trade"]] == [[i.topic.value for i in e.agenda] for e in article.events]


def test_a_minister_of_an_unknown_portfolio_joins_the_delegation() -> None:
    """«وترأس الوفد الأردني وزير المياه والري …»: a delegate with the role "minister"."""
    text = (
        "عقد الأردن وسوريا جولة مشاورات في عمان يوم 3 مايو، وترأس الوفد الأردني"
        " وزير المياه والري رائد أبو السعود."
    )
    round_ = diplofacts.parse_article(text, published=PUBLISHED).consultation_rounds[0]
    members = [
        (d.party, m.person.name, m.roles, m.role_text)
        for d in round_.delegations
        for m in d.members
    ]
    expected = [
        (
            "JO",
            diplofacts.LocalizedText(texts={"ar": "رائد أبو السعود"}),
            ("minister",),
            diplofacts.LocalizedText(texts={"ar": "وزير المياه والري"}),
        )
    ]
    assert expected == members


def test_an_unnamed_minister_of_no_side_is_kept_as_unparsed() -> None:
    """«وشارك فيها وزير المياه» says neither who nor which side: kept, not dropped."""
    text = "عقد الأردن وسوريا جولة مشاورات في عمان يوم 3 مايو، وشارك فيها وزير المياه."
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [("وزير المياه", "title without a name")] == [
        (u.text, u.reason) for u in article.unparsed
    ]


def _agenda(text: str) -> tuple[list[list[tuple[str, str | None]]], list[tuple[str, str]]]:
    article = diplofacts.parse_article(text, published=PUBLISHED)
    agendas = [[(i.topic.value, i.text.get("ar")) for i in e.agenda] for e in article.events]
    return agendas, [(u.text, u.reason) for u in article.unparsed]


def test_an_object_without_a_topic_is_an_item_of_topic_other() -> None:
    """«وبحث الوزيران آليات تقاسم مياه النهر»: an item of ``Topic.OTHER`` with its wording."""
    text = (
        "عقد وزيرا خارجية الأردن وسوريا اجتماعا في عمان يوم 3 مايو 2025، وبحث الوزيران"
        " آليات تقاسم مياه النهر."
    )
    assert ([[("other", "آليات تقاسم مياه النهر")]], []) == _agenda(text)


def test_a_purpose_without_a_topic_is_an_item_of_topic_other() -> None:
    """«… جولة مشاورات لتوحيد المناهج الدراسية»: the purpose is the item."""
    text = "عقد الأردن وسوريا في عمان يوم 3 مايو 2025 جولة مشاورات لتوحيد المناهج الدراسية."
    assert ([[("other", "توحيد المناهج الدراسية")]], []) == _agenda(text)


def test_a_series_named_by_a_subject_without_a_topic_states_it_for_each_round() -> None:
    """«مفاوضات الممرات المائية»: ``other`` for the round of the series named in the article."""
    text = (
        "عقد الأردن وسوريا في عمان يوم 3 مايو 2025 الجولة الثانية من مفاوضات الممرات"
        " المائية. وكانت الجولة الأولى قد عقدت في دمشق يوم 2 مارس 2025."
    )
    agendas, _ = _agenda(text)
    assert [["other"], ["other"]] == [[topic for topic, _ in a] for a in agendas]


def test_words_the_reader_cannot_tell_are_kept_as_unparsed() -> None:
    """«وناقش الجانبان مقترحات جديدة»: no item, the words kept with a reason."""
    text = (
        "عقد وزيرا خارجية الأردن وسوريا اجتماعا في عمان يوم 3 مايو 2025، وناقش الجانبان"
        " مقترحات جديدة."
    )
    assert ([[]], [("مقترحات جديدة", "agenda words without a topic")]) == _agenda(text)


def test_a_clause_after_a_trigger_is_no_item() -> None:
    """«واتفقا على عقد الجولة الثانية في دمشق»: the object is the next event, not a topic."""
    text = (
        "عقد وزيرا خارجية الأردن وسوريا اجتماعا في عمان يوم 3 مايو 2025، واتفقا على عقد"
        " الجولة الثانية في دمشق."
    )
    agendas, unparsed = _agenda(text)
    assert ([], []) == ([i for a in agendas for i in a], [u for u in unparsed if "agenda" in u[1]])


def test_a_list_introduced_by_a_named_delegation_gives_its_members_that_side() -> None:
    """«وضم الوفد التونسي:» then bullets: each official listed is in Tunisia's delegation."""
    text = (
        "عقدت تونس وليبيا جولة مشاورات في طرابلس يوم 4 مايو.\n"
        "وضم الوفد التونسي كلا من:\n"
        "- مساعد وزير الخارجية منير بن رجيبة\n"
        "- السفير الأسعد العجيلي\n"
    )
    (event,) = diplofacts.parse_article(text, published=PUBLISHED).events
    assert [("TN", 2)] == [(d.party, len(d.members)) for d in event.delegations]


def test_a_table_row_gives_a_delegate_of_its_country_with_the_role_cell() -> None:
    """A row «البلد | الاسم | الصفة» gives that country's delegate, named, with the role."""
    text = (
        "يعقد وزيرا خارجية تونس والبرازيل اجتماعا في روما يوم 5 يونيو.\n\n"
        "| البلد | الاسم | الصفة |\n| --- | --- | --- |\n"
        "| تونس | منير الحداد | وزير الخارجية |\n| البرازيل | ماركو سيلفا | وزير الخارجية |\n"
    )
    article = diplofacts.parse_article(text, published=PUBLISHED)
    assert [
        ("BR", "ماركو سيلفا", ("foreign minister",)),
        ("TN", "منير الحداد", ("foreign minister",)),
    ] == [
        (d.party, m.person.name and m.person.name.get("ar"), m.roles)
        for e in article.events
        for d in e.delegations
        for m in d.members
    ]


@pytest.mark.parametrize(
    "text",
    ["", "  ", "وقال ", "عن المتحدث قوله\n", "قال: ", "x_y ", "a.b  ", "وزير الخارجية"],
)
@pytest.mark.parametrize("start", [0, 1, 3])
def test_last_word_is_what_the_last_word_pattern_finds(text: str, start: int) -> None:
    """The word ending a stretch (but for white space) is the one ``_LAST_WORD`` finds."""
    found = _LAST_WORD.search(text, min(start, len(text)))
    assert (None if found is None else found.group(1)) == _last_word(
        text, min(start, len(text)), len(text)
    )
