"""Tests for topics, agenda triggers, item splitting and phases."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplofacts import PhaseKind, Topic
from diplofacts.text._agenda import (
    _BODY,
    _HEADED_TRIGGER,
    _PHASE_SPAN,
    _PURPOSE_WORD,
    _TOPIC_SPAN,
    about_after,
    after_subject,
    continues_list,
    find_agenda_triggers,
    find_phases,
    for_a_body,
    is_aside,
    is_list_intro,
    is_object,
    is_talks_noun,
    names_by_construct,
    other_item,
    phase_denied,
    purpose_after,
    reads_other,
    said_of_all_rounds,
    series_subject,
    split_items,
    talks_of_round,
    topic_of,
    topics_in,
)
from diplofacts.text._coref import _BOTH_SIDES
from diplofacts.text._normalize import normalize
from diplofacts.text._sources import _HOST, _INVITE, _MEDIATE


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


@pytest.mark.parametrize(
    ("phrase", "topic"),
    [
        ("انسحاب القوات من المعابر", Topic.SECURITY),
        ("إعادة الأطفال إلى ذويهم", Topic.HUMANITARIAN),
        ("الإفراج عن ثلاثمئة أسير", Topic.HUMANITARIAN),
        ("ترسيم الحدود البرية بين البلدين", Topic.OTHER),
        ("عودة سفيري البلدين إلى مقريهما", Topic.DIPLOMATIC_MISSIONS),
    ],
)
def test_more_topic_words(phrase: str, topic: Topic) -> None:
    """Withdrawals, children, captives, border demarcation and ambassadors have their topic."""
    text = norm(phrase)
    assert topic == topic_of(text, 0, len(text))


def test_searching_for_someone_is_not_a_discussion() -> None:
    """«يبحث الأهالي عنهم» is searching, not discussing: no trigger."""
    text = norm("سلمت اللجنة قائمة بمفقودين يبحث الأهالي عنهم في الأراضي الأوكرانية")
    assert [] == find_agenda_triggers(text, 0, len(text))


def test_new_triggers_centre_on_and_resulted_in() -> None:
    """«تمحورت … حول» and «أسفرت عن» introduce items."""
    text = norm("تمحورت المباحثات حول الطاقة، ثم أسفرت عن اتفاق للتبادل")
    found = [text[s:e] for s, e in find_agenda_triggers(text, 0, len(text))]
    assert [norm("تمحورت"), norm("أسفرت عن")] == found


@pytest.mark.parametrize(
    ("phrase", "items"),
    [
        ("اجتماعا لتنسيق المواقف", "تنسيق المواقف"),
        ("اجتماعا بهدف تعزيز الثقة", "تعزيز الثقة"),
        ("اجتماعا للمرة الأولى", None),
        ("اجتماعا في العاصمة", None),
    ],
)
def test_purpose_after_an_event_noun(phrase: str, items: str | None) -> None:
    """«ل» with a verbal noun or «بهدف» after an event noun states what it is for."""
    text = norm(phrase)
    at = purpose_after(text, len(norm("اجتماعا")), len(text))
    assert (None if items is None else norm(items)) == (None if at is None else text[at:])


def test_about_after_an_event_noun() -> None:
    """«… بين البلدين حول تقاسم المياه»: the subject starts after «حول»."""
    text = norm("المفاوضات بين البلدين حول تقاسم المياه")
    at = about_after(text, len(norm("المفاوضات")), len(text))
    assert norm("تقاسم المياه") == (None if at is None else text[at:])


@pytest.mark.parametrize(
    ("clause", "denied"),
    [
        ("لم يعقد الزعيمان مؤتمرا صحفيا", True),
        ("ثم ألغيت مأدبة عشاء", True),
        ("انتهى اللقاء من دون مؤتمر صحفي", True),
        ("لم يتحدثا طويلا بل عقدا مؤتمرا صحفيا", False),
        ("عقد الوزيران مؤتمرا صحفيا", False),
    ],
)
def test_phase_denied(clause: str, denied: bool) -> None:
    """A programme part after a negation or a cancellation did not take place."""
    text = norm(clause)
    phase = find_phases(text)[-1]
    assert denied == phase_denied(text, 0, phase.start)


def test_a_lunch_of_work_with_the_article_is_a_working_lunch() -> None:
    """«غداء العمل» is a working lunch, named whole."""
    text = norm("وأقيم غداء العمل في القاعة الكبرى")
    assert [(PhaseKind.WORKING_LUNCH, norm("غداء العمل"))] == [
        (p.kind, text[p.start : p.end]) for p in find_phases(text)
    ]


def test_items_end_where_circumstances_begin() -> None:
    """«… في ظل أزمتها الاقتصادية» says why, not what: the item ends before it."""
    text = norm("ترسيم الحدود البحرية أولوية في ظل أزمتها الاقتصادية")
    assert [(Topic.OTHER, norm("ترسيم الحدود البحرية أولوية"))] == [
        (t, text[s:e]) for s, e, t in split_items(text, 0, len(text))
    ]


@pytest.mark.parametrize(
    ("clause", "aside", "object_"),
    [
        ("بحسب ما أفادت به الوكالة", True, False),
        ("وفق مصدر مطلع", True, False),
        ("على البرنامج النووي", False, True),
        ("وأكد الوزير استعداد بلاده", False, False),
    ],
)
def test_asides_and_objects(clause: str, aside: bool, object_: bool) -> None:
    """An attribution clause is set in between; a clause opened by «على» is an object."""
    text = norm(clause)
    assert (aside, object_) == (is_aside(text, 0, len(text)), is_object(text, 0, len(text)))


def test_an_agreement_on_is_a_trigger() -> None:
    """«اتفاق الأطراف على …» introduces what the parties agreed on."""
    text = norm("أكد البيان اتفاق الأطراف على ضمان الملاحة")
    found = [text[s:e] for s, e in find_agenda_triggers(text, 0, len(text))]
    assert [norm("اتفاق الأطراف على")] == found


def test_a_failed_agreement_does_not_swallow_the_dispute() -> None:
    """«دون اتفاق بسبب الخلاف على …»: the dispute is the trigger, not the missing deal."""
    text = norm("توقفت دون اتفاق بسبب الخلاف على خرائط الانسحاب")
    found = [text[s:e] for s, e in find_agenda_triggers(text, 0, len(text))]
    assert [norm("الخلاف على")] == found


@pytest.mark.parametrize(
    ("clause", "trigger", "body"),
    [
        ("اقترحت موسكو تشكيل مجموعات عمل لبحث القضايا الإنسانية", "لبحث", True),
        ("اقترحت موسكو تشكيل مجموعات عمل لبحث القضايا الإنسانية", "القضايا", True),
        ("التقى الوزيران في جنيف لبحث القضايا الإنسانية", "لبحث", False),
    ],
)
def test_for_a_body(clause: str, trigger: str, body: bool) -> None:
    """What a working group is set up to discuss is its remit, not the event's agenda."""
    text = norm(clause)
    assert body == for_a_body(text, 0, text.index(norm(trigger)))


def test_war_words_take_the_conflict_topic_given() -> None:
    """«مقترحات لوقف إطلاق النار» names the war: the topic given for it, else none."""
    text = norm("مقترحات لوقف إطلاق النار")
    assert ([Topic.UKRAINE], []) == (
        [t for _, _, t in split_items(text, 0, len(text), conflict=Topic.UKRAINE)],
        [t for _, _, t in split_items(text, 0, len(text))],
    )


def test_a_ban_on_strikes_is_not_sanctions() -> None:
    """«حظر الضربات على منشآت الطاقة» is about energy, not sanctions."""
    text = norm("تدابير لحظر الضربات على منشآت الطاقة")
    assert Topic.ENERGY == topic_of(text, 0, len(text))


@pytest.mark.parametrize(
    ("phrase", "noun"),
    [
        ("الجولة الخامسة من المفاوضات بين البلدين", "المفاوضات"),
        ("جولة ثالثة من هذه المشاورات", "المشاورات"),
        ("الجولتين الأولى والثانية من الحوار", "الحوار"),
        ("الجولة الأولى في جنيف", None),
    ],
)
def test_talks_of_round(phrase: str, noun: str | None) -> None:
    """«الجولة … من المفاوضات»: the round is one of the talks the noun after «من» names."""
    text = norm(phrase)
    span = talks_of_round(text, len(text.split(maxsplit=1)[0]), len(text))
    assert (None if noun is None else norm(noun)) == (None if span is None else text[slice(*span)])


@pytest.mark.parametrize(
    ("phrase", "subject"),
    [
        ("مفاوضات ترسيم الحدود البرية بين الجزائر وتونس", ["ترسيم الحدود البرية"]),
        ("المحادثات الأمنية غير المعلنة", ["الأمنية"]),
        ("المشاورات الثنائية بين البلدين حول مكافحة الإرهاب", ["الثنائية", "مكافحة الإرهاب"]),
        ("المفاوضات التي جرت في القاهرة حول الأسرى", []),
        ("المفاوضات، حول الأسرى", []),
        ("محادثات السلام أمس في الدوحة", ["السلام"]),
    ],
)
def test_series_subject_is_its_name_and_what_it_is_about(phrase: str, subject: list[str]) -> None:
    """A series' subject: the words of its name, and «حول …» reached past adjectives and «بين»."""
    text = norm(phrase)
    noun = (0, len(text.split(maxsplit=1)[0].rstrip("،")))
    spans = series_subject(text, noun, len(text))
    assert [norm(s) for s in subject] == [text[s:e] for s, e in spans]


def test_a_proper_name_ends_a_series_name() -> None:
    """«المحادثات الإيرانية الأمريكية حول …»: the parties' adjectives are who, not what."""
    text = norm("المحادثات النووية الإيرانية الأمريكية حول رفع العقوبات")
    noun_end = len(norm("المحادثات"))
    names = [text.index(norm("الإيرانية"))]
    spans = series_subject(text, (0, noun_end), len(text), names)
    assert [norm("النووية"), norm("رفع العقوبات")] == [text[s:e] for s, e in spans]


def test_a_series_named_alone_is_read_by_its_name_only() -> None:
    """With ``about`` false, «حول …» after talks named by themselves is not the series'."""
    text = norm("مفاوضات السلام بين البلدين حول تبادل الأسرى")
    spans = series_subject(text, (0, len(norm("مفاوضات"))), len(text), about=False)
    assert [norm("السلام")] == [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    ("phrase", "is_noun"),
    [("المفاوضات", True), ("ومشاورات", True), ("للحوار", True), ("اجتماع", False)],
)
def test_is_talks_noun(phrase: str, is_noun: bool) -> None:
    """Nouns for talks, with their clitics, and not a meeting."""
    text = norm(phrase)
    assert is_noun == is_talks_noun(text, 0, len(text))


@pytest.mark.parametrize(
    ("phrase", "all_rounds"),
    [
        ("وتركزت الجولات كلها على الأمن", True),
        ("ناقشت جميع الجولات ملف المياه", True),
        ("وتناولت الجولات الثلاث جميعها الملف الأمني", True),
        ("وتركزت الجولات السابقة على الأمن", False),
    ],
)
def test_said_of_all_rounds(phrase: str, all_rounds: bool) -> None:
    """«الجولات كلها»، «جميع الجولات»: what the sentence states holds for every round."""
    text = norm(phrase)
    assert all_rounds == said_of_all_rounds(text, 0, len(text))


@pytest.mark.parametrize(
    ("phrase", "topic"),
    [
        ("الحوار حول الاستقرار الاستراتيجي", Topic.ARMS_CONTROL),
        ("ضمان استقرار استراتيجي طويل الأمد", Topic.ARMS_CONTROL),
        ("إطلاق الشراكة في إطار الحوار الاستراتيجي", Topic.DIPLOMATIC_RELATIONS),
        ("التعاون الاستراتيجي بين البلدين", None),
    ],
)
def test_strategic_stability_is_arms_control_not_every_strategic_word(
    phrase: str, topic: Topic | None
) -> None:
    """«الاستقرار الاستراتيجي» is arms control; «الاستراتيجي» alone names no topic."""
    text = norm(phrase)
    assert topic == topic_of(text, 0, len(text))


def _other(phrase: str, *, after_event: bool = False) -> tuple[bool, str] | None:
    text = norm(phrase)
    read = other_item(text, 0, len(text), after_event=after_event)
    return None if read is None else (read[0], text[read[1] : read[2]])


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("الطرفان آليات تقاسم مياه النهر في المرحلة المقبلة", (True, "اليات تقاسم مياه النهر")),
        ("إلى توحيد المناهج الدراسية", (True, "توحيد المناهج الدراسيه")),
        ("قضية الجزر المتنازع عليها بين البلدين", (True, "قضيه الجزر المتنازع عليها")),
        ("أن تبقى الحدود مفتوحة", None),
        ("يعقدا لقاء آخر", None),
        ("تفاصيل الزيارة المقبلة", None),  # about the event itself
        ("نتائج اللقاء السابق", None),
        ("ممثلي البلدين الجارين", None),  # who takes part, not what about
        ("مقترحات جديدة", (False, "مقترحات جديده")),  # no definite word: cannot tell
        ("المستجدات الراهنة", (False, "المستجدات الراهنه")),  # too general to be an item
    ],
)
def test_other_item_reads_an_object_without_a_topic(
    phrase: str, expected: tuple[bool, str] | None
) -> None:
    """A noun phrase is an item; a clause, or words about the event itself, are not."""
    assert expected == _other(phrase)


def test_other_item_skips_the_words_that_qualify_the_event_noun() -> None:
    """«… على عقد الجولة الخامسة من …»: the ordinal qualifies the round, it is no object."""
    assert None is _other("الخامسة من المباحثات", after_event=True)


def test_other_item_stops_at_a_proper_name_first() -> None:
    """A name first says who or where: no object."""
    text = norm("باريس وروما")
    assert None is other_item(text, 0, len(text), [0])


@pytest.mark.parametrize(
    ("trigger", "reads"),
    [("ناقشا", True), ("تمحورت حول", True), ("ملف", False), ("الملفات", None), ("والقضايا", None)],
)
def test_reads_other(trigger: str, reads: bool | None) -> None:
    """A definite noun trigger is qualified by the words after it; an indefinite one governs."""
    text = norm(trigger)
    assert reads == reads_other(text, 0, len(text))


@pytest.mark.parametrize(
    ("phrase", "construct"), [("مفاوضات الممرات المائية", True), ("المفاوضات الفنية", False)]
)
def test_names_by_construct(phrase: str, construct: bool) -> None:
    """Only an indefinite talks noun is named by a construct that says what it is about."""
    text = norm(phrase)
    noun = (0, len(text.split()[0]))
    assert construct == names_by_construct(text, noun)


def test_peace_is_a_word_for_the_war() -> None:
    """«عملية السلام» names the war of the event's parties, like «وقف إطلاق النار»."""
    text = norm("دفع عملية السلام")
    assert [Topic.UKRAINE] == [
        t for _, _, t in split_items(text, 0, len(text), conflict=Topic.UKRAINE)
    ]


@pytest.mark.parametrize(
    ("phrase", "object_"),
    [
        ("يبحث الرئيسان خلالها أمن الملاحة", "أمن الملاحة"),
        ("تناولت المسؤولان كذلك ملف اللاجئين", "ملف اللاجئين"),
        ("ناقش الملف النووي", "الملف النووي"),
    ],
)
def test_after_subject_skips_the_subject_of_a_verb_trigger(phrase: str, object_: str) -> None:
    """«يبحث الرئيسان خلالها …»: the object starts after the dual subject and the adverb."""
    text = norm(phrase)
    verb_end = len(text.split()[0])
    assert norm(object_) == text[after_subject(text, verb_end, len(text)) :].strip()


@pytest.mark.parametrize("phrase", ["النقاش", "المباحثات المقبلة"])
def test_other_item_does_not_read_the_talks_themselves_as_an_item(phrase: str) -> None:
    """«ملفات النقاش»: the discussion is the event itself, not something on its agenda."""
    text = norm(phrase)
    assert None is other_item(text, 0, len(text))


_HEADED_PIECES = [
    " ",
    "،",
    "و",
    "ال",
    "ل",
    "ب",
    "ف",
    "x",
    "تبحث",
    "يبحث ذووهم عنهم",
    "ناقش",
    "جدول الأعمال",
    "اتفاق الطرفين على",
    "الملفات",
    "لا يتناول",
    "العقوبات",
    "النووي",
    "الاستقرار الاستراتيجي",
    "أوكرانيا",
    "التجاري",
    "غداء عمل",
    "على انفراد",
    "مؤتمرا صحفيا",
    "الموسعة",
    "التوقيع",
    "تستضيف",
    "باستضافة",
    "بدعوة من",
    "بوساطة",
    "الوساطة",
    "برعاية",
    "مجموعات عمل",
    "لجنة",
    "فريق",
    "البلدين",
    "للطرفين",
    "لبحث",
    "للبحث",
]


@given(
    st.lists(st.sampled_from(_HEADED_PIECES), max_size=30).map("".join),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_headed_patterns_find_what_their_plain_patterns_find(
    phrase: str, first: int, second: int
) -> None:
    """Trying a pattern only near its head words, within bounds, gives ``finditer``'s matches."""
    text = normalize(phrase).text
    start, end = sorted((min(first, len(text)), min(second, len(text))))
    headed_patterns = (_HEADED_TRIGGER, _PHASE_SPAN, _TOPIC_SPAN, _BODY, _HOST, _INVITE, _MEDIATE)
    for headed in (*headed_patterns, _BOTH_SIDES):
        expected = [m.span() for m in headed.pattern.finditer(text, start, end)]
        assert expected == [m.span() for m in headed.finditer(text, start, end)]
    purpose_words = re.compile(r"(?<!\w)ل(?!ل)\w{3,}").finditer(text, start, end)
    assert [m.span() for m in purpose_words] == [
        m.span() for m in _PURPOSE_WORD.finditer(text, start, end)
    ]
