"""Tests for ``parse_article`` on articles written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import diplofacts
from diplofacts import (
    ConsultationRound,
    EventStatus,
    FuzzyDate,
    LocalizedText,
    ParseError,
    RelativeDate,
    Summit,
    Topic,
    ValidationError,
    VenueKind,
)
from diplofacts.gazetteer import Gazetteer, PlaceEntry, VenueEntry
from diplofacts.text import (
    UnsupportedLanguageError,
    parser_for,
    register_language,
    supported_languages,
)
from diplofacts.text._build import Builder
from diplofacts.text._entities import EntityMention, MentionKind
from diplofacts.text._normalize import normalize
from diplofacts.text._people import PersonMention, RoleMention

SUMMIT = """قمة روسية أمريكية مرتقبة في إسطنبول

ستعقد قمة روسيا والولايات المتحدة في إسطنبول في 20 سبتمبر، بحسب ما نقلته وكالة تاس \
عن مصدر دبلوماسي. ويلتقي الرئيسان فلاديمير بوتين ودونالد ترامب على انفراد، ثم يعقدان \
مؤتمرا صحفيا.

ويضم الوفد الروسي وزير الخارجية سيرغي لافروف.

وتشمل أهداف القمة النقاط التالية:
- رفع العقوبات عن المصارف
- تبادل الأسرى بين البلدين

وقال الكرملين إن التحضيرات تسير بشكل جيد.
"""

ROUNDS = """جولة حوار ثالثة بين طهران والرياض بعد قمة جدة

عقدت جولتا الحوار السابقتان بين إيران والسعودية في بغداد، وجرت جولات الحوار السابقة \
في بغداد في 9 أبريل و21 مايو. ومن المقرر أن تعقد جولة حوار ثالثة بين إيران والسعودية \
بعد قمة جدة التي عقدت في جدة.
"""


def test_summit_article() -> None:
    """A scheduled summit with its date, venue, leaders, delegation, agenda and sources."""
    article = diplofacts.parse_article(SUMMIT, published=dt.date(2025, 9, 1))
    assert article.text == SUMMIT
    (summit,) = article.events
    assert isinstance(summit, Summit)
    assert summit.parties == ("RU", "US")
    assert summit.status == EventStatus.SCHEDULED
    assert FuzzyDate(year=2025, month=9, day=20, year_inferred=True) == summit.date
    assert summit.venue is not None
    assert (
        summit.venue.locality.get("en") if summit.venue.locality else None,
        summit.venue.country,
        summit.venue.kind,
    ) == ("Istanbul", "TR", VenueKind.CITY)
    assert summit.host is None
    assert {"Vladimir Putin", "Donald Trump"} == {
        p.name.get("en") for p in summit.leaders if p.name
    }
    russia = summit.delegation("RU")
    assert russia is not None
    assert russia.members[0].roles == ("foreign minister",)
    assert {"sanctions", "humanitarian"} <= {i.topic.value for i in summit.agenda}
    assert {"one_on_one", "press_conference"} <= {p.kind.value for p in summit.phases}
    tass = next(a for a in summit.attributions if a.outlet == "TASS")
    assert tass.via is not None
    assert tass.via.description is not None
    assert tass.via.description.get("en") == "diplomatic source"
    assert any(s.organization and s.organization.canonical == "Kremlin" for s in article.statements)
    for item in summit.agenda:
        assert item.evidence


def test_without_published_the_year_stays_unknown() -> None:
    """A date without a year keeps the year unknown when there is no publication date."""
    (summit,) = diplofacts.parse_article(SUMMIT).events
    assert isinstance(summit.date, FuzzyDate)
    assert summit.date.to_edtf() == "XXXX-09-20"


def test_rounds_and_an_anchor_summit() -> None:
    """Two held rounds from one plural mention, a coming round relative to a summit."""
    article = diplofacts.parse_article(ROUNDS, published=dt.date(2025, 6, 1))
    rounds = article.consultation_rounds
    dated = sorted(
        (r.date.month, r.date.day, r.status.value, r.number)
        for r in rounds
        if isinstance(r.date, FuzzyDate)
    )
    assert dated == [(4, 9, "held", 1), (5, 21, "held", 2)]
    coming = [r for r in rounds if isinstance(r.date, RelativeDate)]
    assert len(coming) == 1
    assert isinstance(coming[0].date, RelativeDate)
    (summit,) = article.summits
    assert (summit.id, "after") == (coming[0].date.anchor, coming[0].date.relation.value)
    assert summit.status == EventStatus.HELD
    assert all(r.parties == ("IR", "SA") for r in rounds)


def test_phone_call_is_not_an_event() -> None:
    """A phone call between ministers gives no event; its date is kept as unparsed."""
    article = diplofacts.parse_article(
        "أجرى وزير الخارجية سيرغي لافروف اتصالا هاتفيا مع نظيره التركي في 3 مارس.",
        published=dt.date(2025, 3, 5),
    )
    assert article.events == ()
    assert any("date" in u.reason for u in article.unparsed)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "ألغيت جولة المحادثات الرابعة بين إيران والولايات المتحدة في مسقط.",
            EventStatus.CANCELLED,
        ),
        (
            "أرجئت جولة المحادثات الرابعة بين إيران والولايات المتحدة في روما.",
            EventStatus.POSTPONED,
        ),
        (
            "أعيدت جدولة جولة المحادثات بين إيران والولايات المتحدة في مسقط.",
            EventStatus.RESCHEDULED,
        ),
    ],
)
def test_status_words_give_the_status(sentence: str, status: EventStatus) -> None:
    """Cancelled, postponed and rescheduled rounds."""
    (event,) = diplofacts.parse_article(sentence).events
    assert isinstance(event, ConsultationRound)
    assert status == event.status


def test_host_and_mediator_only_when_stated() -> None:
    """«استضافت سلطنة عمان … بوساطة عمانية» gives host and mediator; the venue alone does not."""
    hosted = diplofacts.parse_article(
        "استضافت سلطنة عمان جولة محادثات بين إيران والولايات المتحدة بوساطة عمانية في مسقط."
    )
    assert (hosted.events[0].host, hosted.events[0].mediators) == ("OM", ("OM",))
    plain = diplofacts.parse_article("عقدت جولة محادثات بين إيران والولايات المتحدة في جنيف.")
    assert (plain.events[0].host, plain.events[0].mediators) == (None, ())


def test_users_gazetteer_is_merged_with_ours() -> None:
    """A venue from the user's gazetteer is found beside the shipped names."""
    own = Gazetteer.from_entries(
        venues=[
            VenueEntry(
                id="test-palace",
                kind=VenueKind.PALACE,
                names=LocalizedText.of(en="Test Palace", ar="قصر التجربة"),
                country="TR",
            )
        ]
    )
    article = diplofacts.parse_article(
        "تعقد قمة روسيا وتركيا في قصر التجربة في 5 مايو.", gazetteer=own
    )
    venue = article.events[0].venue
    assert venue is not None
    assert venue.name is not None
    assert venue.name.get("en") == "Test Palace"


def test_unsupported_language() -> None:
    """Another language raises a ParseError naming the supported ones."""
    with pytest.raises(UnsupportedLanguageError, match="'ar'") as info:
        diplofacts.parse_article("summit", language="en")
    assert isinstance(info.value, ParseError)
    assert (info.value.language, info.value.supported) == ("en", ("ar",))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"text": b"bytes"},
        {"text": "", "published": dt.datetime(2025, 1, 1, tzinfo=dt.UTC)},
        {"text": "", "published": "2025-01-01"},
        {"text": "", "language": 1},
        {"text": "", "gazetteer": {}},
    ],
)
def test_bad_arguments(kwargs: dict[str, object]) -> None:
    """Arguments of the wrong type raise a ValidationError."""
    text = kwargs.pop("text")
    with pytest.raises(ValidationError):
        diplofacts.parse_article(text, **kwargs)  # type: ignore[arg-type]


def test_language_registry() -> None:
    """Parsers register by tag, as callables or ``module:function`` paths."""
    calls: list[str] = []

    def fake(
        text: str, published: dt.date | None, gazetteer: Gazetteer | None
    ) -> diplofacts.Article:
        calls.append(text)
        return diplofacts.Article(text=text, language="fr")

    register_language("fr", fake)
    register_language("fa", "diplofacts.text._assemble:parse_arabic")
    try:
        assert {"ar", "fr", "fa"} <= set(supported_languages())
        assert diplofacts.parse_article("abc", language="fr").language == "fr"
        assert calls == ["abc"]
        assert parser_for("fa") is parser_for("ar")
    finally:
        from diplofacts.text import _REGISTRY

        del _REGISTRY["fr"], _REGISTRY["fa"]


def _builder(gazetteer: Gazetteer) -> Builder:
    return Builder(normalize("x" * 40), gazetteer, dt.date(2025, 8, 14))


def test_builder_completes_a_venue_from_its_city_and_region() -> None:
    """A named venue without locality or region takes them from the places named with it."""
    own = Gazetteer.from_entries(
        venues=[VenueEntry(id="v", names=LocalizedText.of(en="Hall"), country="TR")],
        places=[
            PlaceEntry(
                id="c", kind=VenueKind.CITY, names=LocalizedText.of(en="Town"), country="TR"
            ),
            PlaceEntry(
                id="r", kind=VenueKind.REGION, names=LocalizedText.of(en="Land"), country="TR"
            ),
        ],
    )
    mentions = [
        EntityMention(0, 2, MentionKind.VENUE, "v", "aa"),
        EntityMention(3, 5, MentionKind.PLACE, "c", "bb"),
        EntityMention(6, 8, MentionKind.PLACE, "r", "cc"),
    ]
    venue = _builder(own).venue(mentions)
    assert venue is not None
    assert tuple(
        t.get("en") if t else None for t in (venue.name, venue.locality, venue.region)
    ) == ("Hall", "Town", "Land")


def test_builder_describes_unnamed_people_and_reads_roles_from_the_gazetteer() -> None:
    """An unnamed ambassador is described in English; a known person without a stated role
    gets the roles the gazetteer gives for the date."""
    builder = _builder(Gazetteer.default())
    role = RoleMention(0, 5, "ambassador", "RU", "US", "x")
    unnamed = PersonMention(0, 5, None, None, None, None, (role,), True, "RU", True)
    person = builder.person(unnamed)
    assert person.description is not None
    assert person.description.get("en") == "ambassador of Russia to United States"
    known = PersonMention(0, 5, 0, 5, "lavrov", "Sergey Lavrov", (), False, "RU", False)
    assert "foreign minister" in builder.roles(known)
    stranger = PersonMention(0, 5, 0, 5, None, "A. Person", (), True, "RU", False)
    assert (builder.person(stranger).name or LocalizedText.of(en="?")).get("en") == "A. Person"


def _rounds(text: str, published: dt.date | None = None) -> tuple[ConsultationRound, ...]:
    return diplofacts.parse_article(text, published=published).consultation_rounds


def _date(event: ConsultationRound) -> tuple[int | None, int | None, int | None, bool]:
    date = event.date
    assert isinstance(date, FuzzyDate)
    return (date.year, date.month, date.day, date.year_inferred)


def test_a_past_date_without_year_takes_the_nearest_year() -> None:
    """«أمس الأحد 7 سبتمبر» and an earlier round with no status word fall before publication."""
    first, third = sorted(
        _rounds(
            "احتضنت الدوحة أمس الأحد 7 سبتمبر الجولة الثالثة من المحادثات بين مصر وإثيوبيا.\n\n"
            "وكانت الجولة الأولى بين مصر وإثيوبيا في 30 أغسطس.",
            dt.date(2025, 9, 8),
        ),
        key=lambda r: r.number or 0,
    )
    assert ((2025, 9, 7, True), EventStatus.HELD) == (_date(third), third.status)
    assert ((2025, 8, 30, True), EventStatus.HELD) == (_date(first), first.status)


def test_a_stated_date_beats_the_word_yesterday() -> None:
    """«أمس 14.03.2024» keeps the year as written."""
    (held,) = _rounds(
        "عقدت أمس 14.03.2024 في القاهرة الجولة الثانية من المشاورات بين مصر والسودان.",
        dt.date(2024, 3, 15),
    )
    assert (2024, 3, 14, False) == _date(held)


def test_a_range_that_includes_yesterday_is_the_date() -> None:
    """«اختتمت أمس … التي انعقدت يومي 8 و9 سبتمبر 2025»: the range is the date."""
    (held,) = _rounds(
        "اختتمت أمس في القاهرة الجولة الثالثة من المشاورات بين مصر والسودان، "
        "التي انعقدت يومي 8 و9 سبتمبر 2025.",
        dt.date(2025, 9, 10),
    )
    assert (2025, 9, 8, False) == _date(held)
    assert held.end_date == FuzzyDate(year=2025, month=9, day=9)


def test_postponed_then_scheduled_is_rescheduled() -> None:
    """A round put off and then set for a stated day was rescheduled."""
    (moved,) = _rounds(
        "أرجئت الجولة الثانية من المحادثات بين مصر والسودان. "
        "وستعقد الجولة الثانية الخميس 18 سبتمبر في القاهرة.",
        dt.date(2025, 9, 10),
    )
    assert EventStatus.RESCHEDULED == moved.status


def test_a_month_before_publication_is_held() -> None:
    """A round dated to a month wholly before publication, without a status word, was held."""
    (held,) = _rounds(
        "جولة المشاورات الأولى بين مصر والسودان في مارس 2025 بالقاهرة.", dt.date(2025, 9, 10)
    )
    assert EventStatus.HELD == held.status


def test_a_meeting_of_the_two_countries_ministers_is_a_new_round() -> None:
    """«اجتماع مرتقب لوزيري الخارجية» after held talks is another event, of «البلدين»."""
    held, coming = _rounds(
        "عقدت في بغداد جولة محادثات بين الأردن والعراق أمس.\n\n"
        "اجتماع مرتقب لوزيري الخارجية\n\n"
        "ويعقد وزيرا خارجية البلدين اجتماعا لبحث تبادل السفراء.",
        dt.date(2025, 9, 10),
    )
    assert (EventStatus.HELD, EventStatus.ANNOUNCED) == (held.status, coming.status)
    assert ("IQ", "JO") == coming.parties
    assert [Topic.DIPLOMATIC_MISSIONS] == [i.topic for i in coming.agenda]


def test_talks_said_to_be_held_are_the_held_round() -> None:
    """«المحادثات جرت» after the next round's heading refers to the round that was held."""
    first, second = _rounds(
        "عقدت الجولة الأولى من المحادثات بين الأردن والعراق في بغداد أمس.\n\n"
        "الجولة الثانية\n\n"
        "ونقلت وكالة تاس عن الوزير أن المحادثات جرت في أجواء إيجابية، "
        "وأن الجولة الثانية ستعقد الشهر المقبل.",
        dt.date(2025, 9, 10),
    )
    assert ("TASS", "TASS") == (first.attributions[0].outlet, second.attributions[0].outlet)
    assert EventStatus.ANNOUNCED == second.status


def test_a_capital_named_with_its_nisba_is_a_place_not_a_party() -> None:
    """«في العاصمة الإيطالية روما» gives the venue, not Italy as a party."""
    (talks,) = _rounds(
        "عقدت في العاصمة الإيطالية روما جولة محادثات بين إيران والولايات المتحدة.",
        dt.date(2025, 9, 10),
    )
    assert ("IR", "US") == talks.parties
    assert talks.venue is not None
    locality = talks.venue.locality
    assert ("Rome", "IT") == (locality and locality.get("en"), talks.venue.country)


def test_a_side_named_before_an_official_gives_the_party() -> None:
    """«عن الجانب الأردني المدير العام …» puts the official in Jordan's delegation."""
    (talks,) = _rounds(
        "عقدت في بغداد الجولة الثانية من المشاورات بين الأردن والعراق. "
        "وشارك عن الجانب الأردني المدير العام للشؤون القنصلية سامي ناصر."
    )
    delegation = talks.delegation("JO")
    assert delegation is not None
    assert ["سامي ناصر"] == [m.person.name and m.person.name.get("ar") for m in delegation.members]


def test_two_rounds_on_two_days_with_their_ordinals() -> None:
    """«الجولتان الأولى والثانية … يومي 3 و17 مارس»: two rounds, numbered in that order."""
    first, second = _rounds(
        "وجرت الجولتان الأولى والثانية بين مصر والسودان في القاهرة يومي 3 و17 مارس."
    )
    assert [(1, (None, 3, 3, False)), (2, (None, 3, 17, False))] == [
        (first.number, _date(first)),
        (second.number, _date(second)),
    ]


def test_a_list_after_two_rounds_belongs_to_both() -> None:
    """Entries listed after «تناولت الجولتان …» are the agenda of each round."""
    rounds = _rounds(
        "تناولت الجولتان اللتان عقدتا بين مصر والسودان في 3 مارس و17 مارس النقاط التالية:\n"
        "- تعزيز التبادل التجاري\n"
        "- أمن الحدود\n"
    )
    assert 2 == len(rounds)
    for held in rounds:
        assert EventStatus.HELD == held.status
        assert [Topic.TRADE, Topic.SECURITY] == [i.topic for i in held.agenda]


def test_a_sentence_ends_at_a_full_stop_without_space() -> None:
    """Noisy text «3 مارس.ونقلت»: the next sentence is its own."""
    first, second = _rounds(
        "عقدت الجولة الأولى من المحادثات بين مصر والسودان في القاهرة في 3 مارس."
        "ونقلت وكالة تاس عن مصدر أن الجولة المقبلة تعقد في الخرطوم في 5 مايو."
    )
    assert ((None, 3, 3, False), ()) == (_date(first), first.attributions)
    assert second.venue is not None
    assert (None, 5, 5, False) == _date(second)


def test_agenda_items_across_clauses() -> None:
    """Items after an attribution continue through clauses opened by و or «إلى جانب»."""
    (talks,) = _rounds(
        "عقدت في القاهرة الجولة الثانية من المشاورات بين مصر والسودان. "
        "وناقش الجانبان، وفق وكالة تاس، إعادة فتح السفارتين، واستئناف التبادل التجاري، "
        "إلى جانب تعزيز الأمن على الحدود. وهذا يتطلب جهدا كبيرا."
    )
    assert [Topic.DIPLOMATIC_MISSIONS, Topic.TRADE, Topic.SECURITY] == [
        i.topic for i in talks.agenda
    ]


def test_agreeing_to_hold_a_round_is_not_an_agenda_item() -> None:
    """«اتفقا على مواصلة الحوار في جولة ثالثة» names an event; its agenda comes later."""
    held, coming = _rounds(
        "عقدت في القاهرة الجولة الثانية من المشاورات بين مصر والسودان، واتفق الطرفان على "
        "مواصلة الحوار في جولة ثالثة، على أن يحدد الموعد عبر القنوات الدبلوماسية. ومن المنتظر "
        "أن تبحث الجولة الثالثة ملف الطاقة مقابل رفع العقوبات."
    )
    assert () == held.agenda
    assert [Topic.ENERGY, Topic.SANCTIONS] == [i.topic for i in coming.agenda]


def test_a_statement_distributed_by_an_agency_is_attributed() -> None:
    """«البيان الذي وزعته وكالة شينخوا» attributes to Xinhua."""
    (talks,) = _rounds(
        "عقدت في بكين جولة محادثات بين السعودية وإيران. وبحسب البيان الذي وزعته وكالة "
        "شينخوا، اتفق الجانبان على استئناف العلاقات."
    )
    assert ["Xinhua"] == [a.outlet for a in talks.attributions]


def test_a_place_in_a_clause_on_another_matter_is_not_the_venue() -> None:
    """«…، قبل أن يتوقف المسار بسبب الأزمة في القاهرة»: Cairo is not where the round met."""
    rounds = _rounds(
        "أما الجولة الرابعة بين مصر والسودان فجرت في 21 أيلول 2021، "
        "قبل أن يتوقف المسار بسبب الأزمة في القاهرة."
    )
    assert [None] == [r.venue for r in rounds]


def _facts(
    text: str, published: dt.date
) -> list[tuple[str, str, str, tuple[str, ...], int | None]]:
    """Each event as (type, date, status, parties, number), in order of first mention."""
    return [
        (
            type(e).__name__,
            str(e.date.to_edtf()) if isinstance(e.date, FuzzyDate) else type(e.date).__name__,
            e.status.value,
            e.parties,
            e.number if isinstance(e, ConsultationRound) else None,
        )
        for e in diplofacts.parse_article(text, published=published).events
    ]


def test_a_dual_meeting_noun_with_two_days_is_two_events() -> None:
    """«اجتماعين يومي 3 و5 مايو» of «الوفدان المصري والسوداني»: two meetings, one a day."""
    text = "وعقد الوفدان المصري والسوداني اجتماعين يومي 3 و5 مايو في القاهرة."
    assert [
        ("ConsultationRound", "2025?-05-03", "held", ("EG", "SD"), None),
        ("ConsultationRound", "2025?-05-05", "held", ("EG", "SD"), None),
    ] == _facts(text, dt.date(2025, 6, 1))


def test_expert_level_talks_are_not_the_numbered_round() -> None:
    """«اجتماعات فنية على مستوى الخبراء» on one day, «الجولة الرابعة» on another: two events."""
    text = (
        "اتفق الطرفان على عقد اجتماعات فنية على مستوى الخبراء يوم 10 يونيو في جنيف، على أن"
        " تعقد الجولة الرابعة من المحادثات بين إيران والولايات المتحدة في فيينا يوم 20 يونيو."
    )
    assert [("2025?-06-10", None), ("2025?-06-20", 4)] == [
        (date, number) for _, date, _, _, number in _facts(text, dt.date(2025, 6, 1))
    ]


def test_a_preparatory_meeting_of_ministers_before_a_summit_is_a_round() -> None:
    """«اجتماعا تمهيديا … قبل القمة بين روبيو ولافروف»: a round dated before the summit."""
    text = (
        "اتفق ترامب وبوتين على عقد قمة في فيينا. وقال ترامب إن اجتماعا تمهيديا سيعقد قبل القمة"
        " بين وزير الخارجية ماركو روبيو ونظيره الروسي سيرغي لافروف."
    )
    summit, meeting = diplofacts.parse_article(text, published=dt.date(2025, 6, 1)).events
    assert isinstance(summit, Summit)
    assert isinstance(meeting, ConsultationRound)
    assert isinstance(meeting.date, RelativeDate)
    assert (summit.id, "before") == (meeting.date.anchor, meeting.date.relation.value)


def test_a_table_whose_event_column_holds_ordinals_feeds_each_round() -> None:
    """«| الأولى | 3 مايو | مسقط |» under «الجولة»: round 1 of 3 May in Muscat."""
    text = (
        "عقدت إيران والولايات المتحدة جولتين من المحادثات.\n\n"
        "| الجولة | التاريخ | المكان |\n|---|---|---|\n"
        "| الأولى | 3 مايو | مسقط |\n| الثانية | 10 مايو | روما |\n"
    )
    rounds = diplofacts.parse_article(text, published=dt.date(2025, 6, 1)).consultation_rounds
    assert [(1, "2025?-05-03", "Muscat"), (2, "2025?-05-10", "Rome")] == [
        (
            r.number,
            str(r.date.to_edtf()) if isinstance(r.date, FuzzyDate) else None,
            r.venue and r.venue.locality and r.venue.locality.get("en"),
        )
        for r in rounds
    ]


def test_rows_of_a_table_of_days_join_the_talks_of_their_day() -> None:
    """«الأحد 4 مايو مصر وإثيوبيا» joins the talks of 4 May, adding no event."""
    text = (
        "عقد الوفدان المصري والسوداني اجتماعين يومي 3 و5 مايو، والتقى الوفد المصري بالوفد"
        " الإثيوبي يوم 4 مايو.\n\nاليوم التاريخ الطرفان\nالسبت 3 مايو مصر والسودان\n"
        "الأحد 4 مايو مصر وإثيوبيا\n"
    )
    assert [
        ("2025?-05-03", ("EG", "SD")),
        ("2025?-05-05", ("EG", "SD")),
        ("2025?-05-04", ("EG", "ET")),
    ] == [(date, parties) for _, date, _, parties, _ in _facts(text, dt.date(2025, 6, 1))]


def test_a_venue_inside_the_city_named_before_is_the_same_event() -> None:
    """«قمة جنيف» and a summit «في فيلا لا غرانج» (in Geneva) are one summit."""
    text = (
        "قمة جنيف بين الرئيسين\n\nعقدت القمة الأمريكية الروسية في فيلا لا غرانج يوم 16 يونيو 2021."
    )
    assert [("Summit", "2021-06-16", "held", ("RU", "US"), None)] == _facts(
        text, dt.date(2021, 6, 17)
    )


def test_talks_in_two_cities_of_one_country_are_two_events() -> None:
    """Talks in Jeddah and talks in Riyadh (the capital) are not one event."""
    text = (
        "رحبت المملكة بالمحادثات الأمريكية الأوكرانية التي استضافتها مدينة جدة يوم 11 مارس،"
        " والمحادثات الأمريكية الروسية التي استضافتها مدينة الرياض يوم 18 فبراير."
    )
    assert [("2025?-03-11", ("UA", "US")), ("2025?-02-18", ("RU", "US"))] == [
        (date, parties) for _, date, _, parties, _ in _facts(text, dt.date(2025, 6, 1))
    ]


def test_a_meeting_of_other_parties_is_kept_apart_and_the_talks_resume() -> None:
    """«وسبق المحادثات اجتماع ثنائي تركي أمريكي»: an event of its own; «المحادثات» after it
    go back to the round (its source with them)."""
    text = (
        "جرت في أنقرة الجولة الثانية من المحادثات بين أرمينيا وأذربيجان. وسبق المحادثات اجتماع"
        " ثنائي تركي أمريكي في المكان نفسه. وعقب انتهاء المحادثات، قال الوزير إن الأجواء كانت"
        " إيجابية بحسب وكالة الأناضول."
    )
    article = diplofacts.parse_article(text, published=dt.date(2025, 6, 1))
    assert [(("AM", "AZ"), ["Anadolu"]), (("TR", "US"), [])] == [
        (e.parties, [a.outlet for a in e.attributions]) for e in article.events
    ]


def test_a_meeting_named_by_two_ministers_is_a_round_apart_from_the_summit() -> None:
    """«لقاء لافروف وروبيو في سبتمبر» after a summit in Moscow: a ministers' round."""
    text = (
        "اتفق ترامب وبوتين على عقد قمة في موسكو.\n\nلقاء لافروف وروبيو في سبتمبر\n\n"
        "ويلتقي الوزيران في نيويورك."
    )
    assert [("Summit", "NoneType"), ("ConsultationRound", "2025?-09")] == [
        (kind, date) for kind, date, *_ in _facts(text, dt.date(2025, 6, 1))
    ]


def test_receiving_a_counterpart_is_a_summit() -> None:
    """«يستقبل ترامب … نظيره الأوكراني» on a stated day is a summit of both countries."""
    text = (
        "ويستقبل الرئيس الأمريكي دونالد ترامب يوم الاثنين 9 يونيو نظيره الأوكراني فولوديمير"
        " زيلينسكي في البيت الأبيض."
    )
    assert [("Summit", "2025?-06-09", "scheduled", ("UA", "US"), None)] == _facts(
        text, dt.date(2025, 6, 1)
    )


def test_the_summit_a_meeting_prepared_keeps_its_own_date() -> None:
    """«مهدا لقمة جنيف في لقاء … في ريكيافيك في 19 مايو»: the meeting's date, not the summit's."""
    text = (
        "عقدت قمة جنيف يوم 16 يونيو 2021. وكان بلينكن ولافروف قد مهدا لقمة جنيف في لقاء جمعهما"
        " في العاصمة الأيسلندية ريكيافيك في 19 مايو 2021."
    )
    assert [("Summit", "2021-06-16"), ("ConsultationRound", "2021-05-19")] == [
        (kind, date) for kind, date, *_ in _facts(text, dt.date(2021, 6, 17))
    ]


def test_a_round_moved_to_another_city_is_one_round() -> None:
    """Round 4 «مقررة في روما … ثم عقدت في مسقط» and its table row are one round."""
    text = (
        "الجولة الرابعة: كانت مقررة في روما يوم 3 مايو، ثم أرجئت وعقدت في مسقط يوم 11 مايو.\n\n"
        "| الجولة | التاريخ | المكان |\n|---|---|---|\n| الرابعة | 11 مايو | مسقط |\n"
    )
    assert [4] == [number for *_, number in _facts(text, dt.date(2025, 6, 1))]


def test_a_date_opening_a_sentence_dates_the_talks_it_tells() -> None:
    """«وفي يوم الاثنين 24 مارس، التقى الوفد الأمريكي بالوفد الروسي، في محادثات …»."""
    text = (
        "عقد الوفدان الأمريكي والأوكراني اجتماعا في جدة يوم 23 مارس.\n\nوفي يوم الاثنين 24"
        " مارس، التقى الوفد الأمريكي بالوفد الروسي، في محادثات استمرت نحو ساعتين."
    )
    assert [("2025?-03-23", ("UA", "US")), ("2025?-03-24", ("RU", "US"))] == [
        (date, parties) for _, date, _, parties, _ in _facts(text, dt.date(2025, 6, 1))
    ]


def test_an_appointment_in_a_headline_is_the_meeting_told_below() -> None:
    """«وموعد مع زيلينسكي» in the headline names the reception told later, not the summit."""
    text = (
        "قمة ألاسكا تنتهي دون اتفاق.. وموعد مع زيلينسكي في البيت الأبيض\n\n"
        "عقدت قمة ألاسكا يوم 15 أغسطس.\n\nوأعلن البيت الأبيض أن ترامب سيستقبل نظيره الأوكراني"
        " فولوديمير زيلينسكي في البيت الأبيض بواشنطن يوم 18 أغسطس."
    )
    alaska, white_house = diplofacts.parse_article(text, published=dt.date(2025, 8, 16)).events
    assert isinstance(white_house.date, FuzzyDate)
    assert (18, True) == (
        white_house.date.day,
        min(span.start for span in white_house.evidence) < text.index("\n"),
    )
    assert all(span.start > text.index("..") for span in white_house.evidence)
    assert alaska.evidence[0].start == 0


def test_two_rounds_named_after_this_round_map_ordinal_by_ordinal() -> None:
    """«هذه الجولة بعد الجولتين الأولى والثانية … في 16 مايو و2 يونيو»: rounds 3, 1 and 2."""
    text = (
        "عقدت الجولة الثالثة بين روسيا وأوكرانيا في إسطنبول أمس. وتأتي هذه الجولة بعد الجولتين"
        " الأولى والثانية اللتين عقدتا في 16 مايو و2 يونيو."
    )
    assert [(3, "2025?-07-23"), (1, "2025?-05-16"), (2, "2025?-06-02")] == [
        (number, date) for _, date, _, _, number in _facts(text, dt.date(2025, 7, 24))
    ]


def test_this_round_leaves_what_follows_the_next_cue_to_that_event() -> None:
    """«وتأتي هذه الجولة بعد تعثر مفاوضات الدوحة التي استضافتها قطر في 6 يوليو»: Doha's date."""
    text = (
        "تستضيف مصر اليوم الاثنين 6 أكتوبر مفاوضات بين إسرائيل وحركة حماس في شرم الشيخ.\n\n"
        "وتأتي هذه الجولة بعد تعثر مفاوضات الدوحة التي استضافتها قطر في 6 يوليو الماضي."
    )
    assert [("2025?-10-06", "scheduled"), ("2025?-07-06", "held")] == [
        (date, status) for _, date, status, _, _ in _facts(text, dt.date(2025, 10, 6))
    ]


def test_an_anchor_told_by_a_relative_clause_keeps_the_place_named_with_it() -> None:
    """«بعد محادثات جدة التي جمعت الوفدين …»: the anchored talks were in Jeddah."""
    text = (
        "عقدت في الرياض جولة محادثات بين روسيا والولايات المتحدة يوم 24 مارس، بعد محادثات جدة"
        " التي جمعت الوفدين الأمريكي والأوكراني في 11 مارس."
    )
    venues = [
        e.venue and e.venue.locality and e.venue.locality.get("en")
        for e in diplofacts.parse_article(text, published=dt.date(2025, 3, 26)).events
    ]
    assert ["Riyadh", "Jeddah"] == venues


def test_a_capital_right_after_talks_is_their_place_unless_another_party_follows() -> None:
    """«جولة مفاوضات القاهرة» is in Cairo; «محادثات واشنطن وطهران» are of both capitals."""
    cairo, capitals = (
        diplofacts.parse_article(text, published=dt.date(2025, 7, 1)).events[0]
        for text in (
            "تأجيل جولة مفاوضات القاهرة بين إسرائيل وحركة حماس إلى الخميس المقبل",
            "انطلاق محادثات واشنطن وطهران غدا",
        )
    )
    assert (("IL", "PS"), "Cairo") == (
        cairo.parties,
        cairo.venue and cairo.venue.locality and cairo.venue.locality.get("en"),
    )
    assert ("IR", "US") == capitals.parties


def test_a_country_after_a_topic_noun_is_not_the_venue() -> None:
    """«قمة … لبحث وقف إطلاق النار في أوكرانيا»: Ukraine is the topic's place, not the summit's."""
    text = "اتفق الرئيسان على عقد قمة في بودابست، وستبحث القمة وقف إطلاق النار في أوكرانيا."
    (summit,) = diplofacts.parse_article(text, published=dt.date(2025, 10, 17)).events
    assert ("HU", "Budapest") == (
        summit.venue and summit.venue.country,
        summit.venue and summit.venue.locality and summit.venue.locality.get("en"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في موسكو أمس.",
            [("Summit", ("CN", "RU"))],
        ),
        (
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي ماركو روبيو في كوالالمبور.",
            [("ConsultationRound", ("RU", "US"))],
        ),
        ("استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي ماركو روبيو.", []),
        ("اجتمع وزير الخارجية بالسفراء العرب.", []),
    ],
)
def test_a_verb_of_meeting_is_an_event_only_with_both_names(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """Two heads of state meeting: a summit; two ministers: a round; a visit: no event."""
    events = diplofacts.parse_article(text, published=dt.date(2025, 6, 1)).events
    assert expected == [(type(e).__name__, e.parties) for e in events]


def test_a_preparatory_meeting_is_a_round_whoever_it_names() -> None:
    """«اجتماع تحضيري» naming only the two presidents is still no summit."""
    text = (
        "وعقد اجتماع تحضيري في جنيف أمس بحضور الرئيس الأمريكي دونالد ترامب ونظيره الروسي"
        " فلاديمير بوتين."
    )
    assert ["ConsultationRound"] == [kind for kind, *_ in _facts(text, dt.date(2025, 6, 1))]


def test_an_event_prepared_for_keeps_the_date_of_its_own_words() -> None:
    """«التحضير للجولة المقبلة في مسقط يوم 20 يونيو»: the round named is dated there."""
    text = "واتفق الطرفان على التحضير للجولة المقبلة في مسقط يوم 20 يونيو."
    assert [("ConsultationRound", "2025?-06-20", "scheduled", (), None)] == _facts(
        text, dt.date(2025, 6, 1)
    )


def test_a_meeting_with_its_own_date_and_place_is_an_event_in_a_first_sentence() -> None:
    """«مهدا لقمة جنيف في لقاء … في ريكيافيك في 19 مايو 2021»: the meeting is told, dated."""
    text = (
        "وكان بلينكن ولافروف قد مهدا لقمة جنيف في لقاء جمعهما في العاصمة الأيسلندية ريكيافيك"
        " في 19 مايو 2021."
    )
    assert [("Summit", "NoneType"), ("ConsultationRound", "2021-05-19")] == [
        (kind, date) for kind, date, *_ in _facts(text, dt.date(2021, 6, 17))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عقدت اليابان وكوريا الجنوبية، الثلاثاء 3 يونيو، الجولة الثانية في سيول.", ("JP", "KR")),
        ("ستستأنف أنقرة وأثينا المحادثات الاستكشافية في إسطنبول الشهر المقبل.", ("GR", "TR")),
        ("وأجرى الوفدان الصيني والهندي جولة جديدة من مباحثات الحدود في بكين.", ("CN", "IN")),
        ("واختتم البلدان المغربي والموريتاني جولة حوار في نواكشوط يوم الخميس.", ("MA", "MR")),
        ("تواصل إثيوبيا ومصر المفاوضات حول سد النهضة في أديس أبابا.", ("EG", "ET")),
        ("خاضت باكستان مع الهند جولة مفاوضات شاقة في إسلام آباد.", ("IN", "PK")),
        ("عقدت واشنطن وطهران بوساطة قطرية جولة محادثات في الدوحة.", ("IR", "US")),
        ("تعقد مصر وقطر جولة مفاوضات بين إسرائيل وحماس في الدوحة.", ("IL", "PS")),
        ("تستضيف الكويت جولة جديدة من الحوار بين العراق وتركيا.", ("IQ", "TR")),
        ("استضافت فرنسا وألمانيا جولة محادثات في باريس.", ()),
        ("قالت روسيا وأوكرانيا إن الجولة المقبلة ستعقد في جنيف.", ()),
        ("عقدت تركيا وسوريا في أنقرة مع روسيا جولة محادثات.", ()),
        ("سيعقد وزيرا خارجية كينيا وتنزانيا اجتماعا في نيروبي.", ("KE", "TZ")),
        ("عقدت وزارتا خارجية تونس وليبيا جولة مشاورات في تونس.", ("LY", "TN")),
    ],
)
def test_the_states_a_verb_of_holding_names_before_its_cue_are_its_parties(
    text: str, expected: tuple[str, ...]
) -> None:
    """«عقدت X وY الجولة»: the states before the cue are its parties, unless hosts or «بين»."""
    events = diplofacts.parse_article(text, published=dt.date(2025, 6, 1)).events
    assert [expected] == [e.parties for e in events]


def test_the_capitals_a_verb_of_holding_names_are_parties_not_the_venue() -> None:
    """«ستستأنف أنقرة وأثينا المحادثات»: talks of Turkey and Greece, held in neither capital."""
    text = "ستستأنف أنقرة وأثينا المحادثات الاستكشافية الشهر المقبل."
    (talks,) = diplofacts.parse_article(text, published=dt.date(2025, 6, 1)).events
    assert (("GR", "TR"), None) == (talks.parties, talks.venue)


def test_a_headline_month_and_the_body_day_at_the_same_place_are_one_round() -> None:
    """A headline round «الأسبوع المقبل» and the body's «يومي 17 و18 ديسمبر», both in Doha: one."""
    text = (
        "جولة جديدة من المفاوضات بين الأردن والعراق في الدوحة الأسبوع المقبل\n\n"
        "أعلنت الخارجية الأردنية أن الجولة الثانية من المفاوضات بين الأردن والعراق ستعقد"
        " يومي 17 و18 ديسمبر في الدوحة."
    )
    article = diplofacts.parse_article(text, published=dt.date(2023, 12, 10))
    (event,) = article.events
    assert ("2023?-12-17", 2) == (event.date.to_edtf(), event.number)  # type: ignore[union-attr]


def test_a_month_and_a_day_at_other_places_stay_two_events() -> None:
    """A round «في ديسمبر» in Amman and one on 17 December in Doha are not merged."""
    text = (
        "عقد الأردن والعراق جولة مفاوضات في عمان في ديسمبر، ثم عقدا جولة أخرى يوم 17 ديسمبر"
        " في الدوحة."
    )
    article = diplofacts.parse_article(text, published=dt.date(2024, 1, 10))
    assert 2 == len(article.events)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("انطلقت في قطر أمس جولة محادثات بين تشاد والنيجر.", "QA"),
        ("الحرب في السودان على طاولة المحادثات بين تشاد والنيجر في 3 مايو.", None),
    ],
)
def test_a_country_after_a_clause_opening_verb_and_fi_is_the_venue(
    text: str, venue: str | None
) -> None:
    """«انطلقت في قطر … جولة»: a country after a verb and «في» is where the event is."""
    (event,) = diplofacts.parse_article(text, published=dt.date(2025, 6, 1)).events
    assert venue == (event.venue.country if event.venue is not None else None)
