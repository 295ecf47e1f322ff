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
