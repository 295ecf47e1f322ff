"""Tests for finding people: titles, their complements, names known and unknown."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplofacts import LocalizedText
from diplofacts.gazetteer import Gazetteer, OrganizationEntry, PersonEntry, Term
from diplofacts.text._entities import matcher_for
from diplofacts.text._normalize import normalize
from diplofacts.text._people import PersonMention, RoleMention, find_people

ON = dt.date(2025, 8, 14)

Role = tuple[str, str | None, str | None]
"""(role, country, to) as the text states them."""
Row = tuple[str | None, str | None, tuple[Role, ...], str | None]
"""(name text, person id, roles, country) of one person mention."""


def people(
    phrase: str, on: dt.date | None = ON, gazetteer: Gazetteer | None = None
) -> list[PersonMention]:
    """Return the people of ``phrase`` with the package gazetteer (or ``gazetteer``)."""
    gazetteer = gazetteer or Gazetteer.default()
    norm = normalize(phrase)
    text = norm.text
    return find_people(text, matcher_for(gazetteer).find(text), gazetteer, on=on, source=norm)


def rows(phrase: str, on: dt.date | None = ON) -> list[Row]:
    """Summarise each person mention of ``phrase`` as a row."""
    text = normalize(phrase).text
    return [
        (
            None if p.name_start is None else text[p.name_start : p.name_end],
            p.person_id,
            tuple((r.role, r.country, r.to) for r in p.roles),
            p.country,
        )
        for p in people(phrase, on)
    ]


FM = ("foreign minister", None, None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # every role family, with a gazetteer name after the title
        (
            "الرئيس فلاديمير بوتين",
            [("فلاديمير بوتين", "putin", (("president", None, None),), "RU")],
        ),
        (
            "نائب الرئيس الأمريكي جي دي فانس",
            [("جي دي فانس", "vance", (("vice president", "US", None),), "US")],
        ),
        (
            "رئيس الوزراء الروسي ميخائيل ميشوستين",
            [("ميخائيل ميشوستين", "mishustin", (("prime minister", "RU", None),), "RU")],
        ),
        (
            "الملك عبد الله الثاني",
            [("عبد الله الثاني", "king-abdullah-ii", (("king", None, None),), "JO")],
        ),
        ("وزير الخارجية سيرغي لافروف", [("سيرغي لافروف", "lavrov", (FM,), "RU")]),
        (
            "ووزير الدفاع أندريه بيلاوسوف",
            [("اندريه بيلاوسوف", "belousov", (("defence minister", None, None),), "RU")],
        ),
        (
            "وزير الحرب الأمريكي بيت هيغسيث",
            [("بيت هيغسيث", "hegseth", (("defence minister", "US", None),), "US")],
        ),
        (
            "بوزير المالية أنطون سيلوانوف",
            [("انطون سيلوانوف", "siluanov", (("finance minister", None, None),), "RU")],
        ),
        (
            "وزير الخزانة سكوت بيسنت",
            [("سكوت بيسنت", "bessent", (("finance minister", None, None),), "US")],
        ),
        (
            "مساعد الرئيس الروسي يوري أوشاكوف",
            [("يوري اوشاكوف", "ushakov", (("presidential aide", "RU", None),), "RU")],
        ),
        (
            "المتحدث باسم الكرملين دميتري بيسكوف",
            [("دميتري بيسكوف", "peskov", (("spokesperson", "RU", None),), "RU")],
        ),
        (
            "المبعوث الأمريكي الخاص ستيف ويتكوف",
            [("ستيف ويتكوف", "witkoff", (("special envoy", "US", None),), "US")],
        ),
        (
            "السفير الروسي في واشنطن ألكسندر دارتشييف",
            [("الكسندر دارتشييف", "darchiev", (("ambassador", "RU", "US"),), "RU")],
        ),
        # several titles for one holder, joined by و
        (
            (
                "وحضر رئيس صندوق الاستثمارات المباشرة الروسي والمبعوث الخاص للشؤون "
                "الاقتصادية الدولية كيريل دميترييف"
            ),
            [
                (
                    "كيريل دميترييف",
                    "dmitriev",
                    (("head of sovereign wealth fund", "RU", None), ("special envoy", None, None)),
                    "RU",
                )
            ],
        ),
        # lists: one mention each
        (
            (
                "وضم الوفد وزير المالية أنطون سيلوانوف، ووزير الخارجية سيرغي لافروف، "
                "ووزير الدفاع أندريه بيلاوسوف"
            ),
            [
                ("انطون سيلوانوف", "siluanov", (("finance minister", None, None),), "RU"),
                ("سيرغي لافروف", "lavrov", (FM,), "RU"),
                ("اندريه بيلاوسوف", "belousov", (("defence minister", None, None),), "RU"),
            ],
        ),
        (
            "اجتمع الرئيسان دونالد ترامب وفلاديمير بوتين",
            [
                ("دونالد ترامب", "trump", (("president", None, None),), "US"),
                ("فلاديمير بوتين", "putin", (("president", None, None),), "RU"),
            ],
        ),
        # unknown people from titles
        (
            "وقال نائب وزير الخارجية سامي الفلاني إن",
            [("سامي الفلاني", None, (("deputy foreign minister", None, None),), None)],
        ),
        (
            "وأعلن وزير الخارجية الموريتاني محمد ولد الفلاني،",
            [("محمد ولد الفلاني", None, (("foreign minister", "MR", None),), "MR")],
        ),
        (
            "والتقى الرئيسان سامي الفلاني وكريم العلاني في",
            [
                ("سامي الفلاني", None, (("president", None, None),), None),
                ("كريم العلاني", None, (("president", None, None),), None),
            ],
        ),
        # an apposition after a comma names a known person only
        (
            "وزير الخارجية الروسي، سيرغي لافروف",
            [("سيرغي لافروف", "lavrov", (("foreign minister", "RU", None),), "RU")],
        ),
        (
            "وزير الخارجية الروسي، سامي الفلاني",
            [(None, "lavrov", (("foreign minister", "RU", None),), "RU")],
        ),
        # a name with no title takes its roles from the gazetteer
        ("وقال لافروف", [("لافروف", "lavrov", (("foreign minister", "RU", None),), "RU")]),
        (
            "وبوتين وبيلاوسوف",
            [
                ("بوتين", "putin", (("president", "RU", None),), "RU"),
                ("بيلاوسوف", "belousov", (("defence minister", "RU", None),), "RU"),
            ],
        ),
    ],
)
def test_named_people(phrase: str, expected: list[Row]) -> None:
    """Each phrase yields the expected people with the roles the text states."""
    assert expected == rows(phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "وصرح السفير الروسي لدى الولايات المتحدة بأن",
            [(None, "darchiev", (("ambassador", "RU", "US"),), "RU")],
        ),
        (
            "وقال وزير خارجية روسيا إن",
            [(None, "lavrov", (("foreign minister", "RU", None),), "RU")],
        ),
        (
            "ويتخذ الرئيس الأمريكي قرارا حاسما بشأنها",
            [(None, "trump", (("president", "US", None),), "US")],
        ),
        ("وقال المتحدث باسم الكرملين إن", [(None, None, (("spokesperson", "RU", None),), "RU")]),
        (
            "المتحدثة باسم وزارة الخارجية الروسية",
            [(None, None, (("spokesperson", "RU", None),), "RU")],
        ),
        ("ولي العهد السعودي", [(None, "mbs", (("crown prince", "SA", None),), "SA")]),
        ("أمير قطر", [(None, "tamim", (("emir", "QA", None),), "QA")]),
        ("وسلطان عمان", [(None, "haitham", (("sultan", "OM", None),), "OM")]),
        ("المرشد الأعلى في إيران", [(None, None, (("supreme leader", None, None),), None)]),
        ("المستشار الألماني", [(None, "merz", (("chancellor", "DE", None),), "DE")]),
        (
            "ومستشار الأمن القومي الأمريكي",
            [(None, "rubio", (("national security adviser", "US", None),), "US")],
        ),
        (
            "أمين مجلس الأمن الروسي",
            [(None, "shoigu", (("security council secretary", "RU", None),), "RU")],
        ),
        ("كبير المفاوضين الإيرانيين بأن", [(None, None, (("negotiator", "IR", None),), "IR")]),
        (
            "رئيس الاستخبارات الروسية ومدير المخابرات الأمريكية",
            [
                (None, None, (("intelligence chief", "RU", None),), "RU"),
                (None, None, (("intelligence chief", "US", None),), "US"),
            ],
        ),
        ("الأمين العام لحلف الناتو", [(None, None, (("secretary-general", None, None),), None)]),
        (
            "الممثل الأعلى للسياسة الخارجية",
            [(None, None, (("high representative", None, None),), None)],
        ),
        ("رئيس الحكومة العراقية", [(None, "sudani", (("prime minister", "IQ", None),), "IQ")]),
        ("رئيس الوزراء", [(None, None, (("prime minister", None, None),), None)]),
        (
            "نائب وزير الخارجية الروسي",
            [(None, None, (("deputy foreign minister", "RU", None),), "RU")],
        ),
        ("من الرئيسين الروسي", [(None, None, (("president", "RU", None),), "RU")]),
        # construct titles without a complement, and titles naming no role, are not people
        ("رئيس مجلس إدارة الشركة", []),
        ("الشيخ", []),
        ("المستشار في السفارة", []),
        ("عاد الوزير إلى بلاده", []),
        (
            "نائب رئيس الوزراء الأردني",
            [(None, None, (("deputy prime minister", "JO", None),), "JO")],
        ),
    ],
)
def test_described_people(phrase: str, expected: list[Row]) -> None:
    """Titles with no name describe a person, looked up when one person holds the role."""
    assert expected == rows(phrase)
    assert all(p.described_only and p.name_start is None for p in people(phrase))


def test_described_person_is_not_looked_up_without_a_date() -> None:
    """With no date, an unnamed holder stays unnamed."""
    assert [(None, None, (("president", "US", None),), "US")] == rows("الرئيس الأمريكي", on=None)


def test_unknown_words_that_do_not_end_like_a_name_are_not_a_name() -> None:
    """Words after a title that run on into more words are not taken for a name."""
    assert [(None, None, (FM,), None)] == rows("وزير الخارجية يرى أن الحل قريب جدا")


def test_gazetteer_roles_follow_the_date() -> None:
    """A name with no title takes the roles in force on the date, marked as not stated."""
    mentions = people("وقال شويغو", on=dt.date(2020, 6, 1))
    assert [("defence minister", False)] == [
        (r.role, m.roles_stated) for m in mentions for r in m.roles
    ]
    mentions = people("وقال شويغو", on=None)
    assert ["security council secretary"] == [r.role for m in mentions for r in m.roles]


def test_mention_offsets() -> None:
    """A mention covers its titles and name; its role covers the title and complement."""
    text = normalize("قال وزير الخارجية الروسي سيرغي لافروف").text
    mention = people("قال وزير الخارجية الروسي سيرغي لافروف")[0]
    expected = PersonMention(
        start=4,
        end=len(text),
        name_start=25,
        name_end=len(text),
        person_id="lavrov",
        name_en="Sergey Lavrov",
        roles=(RoleMention(4, 24, "foreign minister", "RU", None, "وزير الخارجيه الروسي"),),
        roles_stated=True,
        country="RU",
        described_only=False,
    )
    assert expected == mention


def test_a_gazetteer_without_the_person_finds_unknown_people() -> None:
    """With no people in the gazetteer, a titled name is still found."""
    gazetteer = Gazetteer.from_entries()
    mentions = people("وزير الخارجية سيرغي لافروف،", gazetteer=gazetteer)
    assert [(None, "foreign minister")] == [(m.person_id, m.roles[0].role) for m in mentions]


def test_known_person_without_roles_on_the_date() -> None:
    """A known person out of office on the date has no roles."""
    person = PersonEntry(
        id="x",
        names=LocalizedText.of(ar="سامي الفلاني"),
        terms=(Term(role="king", start=dt.date(2000, 1, 1), end=dt.date(2001, 1, 1)),),
    )
    gazetteer = Gazetteer.from_entries(people=[person])
    mentions = people("وقال سامي الفلاني", gazetteer=gazetteer)
    assert [("x", None, ())] == [(m.person_id, m.name_en, m.roles) for m in mentions]


_VOCABULARY = (
    "وزير الخارجية الروسي سيرغي لافروف والمبعوث الخاص للتعاون الرئيسان بوتين ودونالد ترامب "
    "السفير لدى الولايات المتحدة سامي الفلاني ، . إن في رئيس روسيا المتحدث باسم الكرملين "
    "أمير قطر والرئيس ونائب"
)
WORDS = st.sampled_from(_VOCABULARY.split())


@given(st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=20).map(" ".join)))
def test_find_people_never_raises_and_gives_ordered_disjoint_spans(text: str) -> None:
    """On any text, people are sorted, non-overlapping and inside the text."""
    text = normalize(text).text
    mentions = people(text)
    previous = 0
    for mention in mentions:
        assert previous <= mention.start < mention.end <= len(text)
        if mention.name_start is not None and mention.name_end is not None:
            assert mention.start <= mention.name_start < mention.name_end <= mention.end
        previous = mention.end


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # complements: a ministry's name, a palace, a region, three filler words
        (
            "المتحدثة باسم وزارة الخارجية الروسية",
            [(None, None, (("spokesperson", "RU", None),), "RU")],
        ),
        ("المتحدث باسم قصر الإليزيه", [(None, None, (("spokesperson", "FR", None),), "FR")]),
        ("رئيس الشيشان", []),
        (
            "المتحدث باسم حكومة دولة جمهورية روسيا",
            [(None, None, (("spokesperson", "RU", None),), "RU")],
        ),
        (
            "المبعوث الأمريكي الخاص الجديد المكلف",
            [(None, None, (("special envoy", "US", None),), "US")],
        ),
        ("الرئيس الأمريكي الذي", [(None, "trump", (("president", "US", None),), "US")]),
        # qualifiers: a nisba inside, a name right after, running out, a stop word
        (
            "المبعوث الخاص للشؤون الروسية",
            [(None, None, (("special envoy", "RU", None),), "RU")],
        ),
        (
            "المبعوث الخاص للشؤون الخارجية سيرغي لافروف",
            [("سيرغي لافروف", "lavrov", (("special envoy", None, None),), "RU")],
        ),
        (
            "المبعوث الخاص للتعاون الاقتصادي والتجاري والمالي والثقافي والعلمي والتقني",
            [(None, None, (("special envoy", None, None),), None)],
        ),
        ("المبعوث الخاص للتعاون الذي", [(None, None, (("special envoy", None, None),), None)]),
        (
            "والمبعوث الخاص إلى الشرق الأوسط ستيف ويتكوف",
            [("ستيف ويتكوف", "witkoff", (("special envoy", None, None),), "US")],
        ),
        (
            "وكان المبعوث الخاص للرئيس الأمريكي إلى الشرق الأوسط ستيف ويتكوف",
            [("ستيف ويتكوف", "witkoff", (("special envoy", "US", None),), "US")],
        ),
        ("المبعوث الخاص في الشرق الأوسط", [(None, None, (("special envoy", None, None),), None)]),
        # destinations that are not countries
        (
            "السفير الروسي لدى “الولايات المتحدة”",
            [(None, None, (("ambassador", "RU", None),), "RU")],
        ),
        ("السفير الروسي في الكرملين", [(None, None, (("ambassador", "RU", None),), "RU")]),
        # unknown words running into a known name, or into a country
        (
            "نائب وزير الخارجية سامي لافروف",
            [("سامي لافروف", "lavrov", (("deputy foreign minister", None, None),), "RU")],
        ),
        (
            "نائب وزير الخارجية سامي روسيا",
            [(None, None, (("deputy foreign minister", None, None),), None)],
        ),
        # a plural title's list ends at something that is not a name
        (
            "الرئيسان دونالد ترامب وروسيا",
            [("دونالد ترامب", "trump", (("president", None, None),), "US")],
        ),
        (
            "الرئيسان دونالد ترامب وبوتين",
            [
                ("دونالد ترامب", "trump", (("president", None, None),), "US"),
                ("بوتين", "putin", (("president", None, None),), "RU"),
            ],
        ),
        (
            "الرئيسان دونالد ترامب في",
            [("دونالد ترامب", "trump", (("president", None, None),), "US")],
        ),
    ],
)
def test_complements_and_edges(phrase: str, expected: list[Row]) -> None:
    """Complements, qualifiers, destinations and lists end where they should."""
    assert expected == rows(phrase)


def overlapping() -> Gazetteer:
    """Return a gazetteer whose names overlap titles in every way."""
    names = LocalizedText.of
    return Gazetteer.from_entries(
        people=[
            PersonEntry(id="abu", names=names(ar="أبو الرئيس")),
            PersonEntry(id="runon", names=names(ar="الخاص سامي")),
        ],
        organizations=[
            OrganizationEntry(id="mfa", canonical="MFA", names=names(ar="الخارجية")),
            OrganizationEntry(
                id="rdif",
                canonical="RDIF",
                country="RU",
                names=names(ar="صندوق الاستثمارات المباشرة الروسي"),
            ),
        ],
    )


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("قال أبو الرئيس", [("abu", None, True)]),
        ("قال وزير الخارجية", [(None, None, False)]),
        ("المبعوث الخاص سامي", [("runon", None, True)]),
        ("رئيس صندوق الاستثمارات المباشرة الروسي", [(None, "RU", False)]),
    ],
)
def test_titles_overlapping_names(
    phrase: str, expected: list[tuple[str | None, str | None, bool]]
) -> None:
    """A name starting before a title or running past it wins; one inside it is dropped."""
    mentions = people(phrase, gazetteer=overlapping())
    assert expected == [(m.person_id, m.country, m.name_start is not None) for m in mentions]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a title after a known name, of the same country or a role the gazetteer gives
        (
            "وصل لافروف وزير الخارجية الروسي إلى",
            [("لافروف", "lavrov", (("foreign minister", "RU", None),), "RU")],
        ),
        (
            "ورافقه ستيف ويتكوف المبعوث الخاص أمس",
            [("ستيف ويتكوف", "witkoff", (("special envoy", None, None),), "US")],
        ),
        # a title of another country after a name is the object of a verb, not an apposition
        (
            "استقبل بوتين الرئيس الأمريكي",
            [
                ("بوتين", "putin", (("president", "RU", None),), "RU"),
                (None, "trump", (("president", "US", None),), "US"),
            ],
        ),
        # a relative clause states a past role
        (
            "وحضر بيسكوف، الذي كان حينها مديرا لإدارة الإعلام، اللقاء",
            [("بيسكوف", "peskov", (("director", None, None),), "RU")],
        ),
        # deputies, first deputies and two deputies
        (
            "نائب وزير الدفاع سامي الفلاني",
            [("سامي الفلاني", None, (("deputy defence minister", None, None),), None)],
        ),
        (
            "النائب الأول لوزير الخارجية كريم العلاني",
            [("كريم العلاني", None, (("first deputy foreign minister", None, None),), None)],
        ),
        (
            "نائب أمين المجلس الأعلى للأمن القومي كريم العلاني",
            [("كريم العلاني", None, (("deputy security council secretary", None, None),), None)],
        ),
        # titles that govern a noun phrase, and where the holder serves
        (
            "منسق شؤون اللاجئين في الحكومة الأردنية سامي الفلاني",
            [("سامي الفلاني", None, (("coordinator", "JO", None),), "JO")],
        ),
        (
            "رئيس لجنة الدفاع في مجلس النواب كريم العلاني",
            [("كريم العلاني", None, (("committee chair", None, None),), None)],
        ),
        (
            "مدير إدارة الشؤون الأوروبية في الوزارة سامي الفلاني",
            [("سامي الفلاني", None, (("director", None, None),), None)],
        ),
        (
            "مفوضة شؤون المرأة لدى الرئيس التركي سلمى الفلانية",
            [("سلمي الفلانيه", None, (("commissioner", "TR", None),), "TR")],
        ),
        (
            "وزير الدولة بوزارة الخارجية سامي الفلاني",
            [("سامي الفلاني", None, (("minister of state", None, None),), None)],
        ),
        (
            "وزير الخارجية والتعاون والمغاربة في الخارج كريم العلاني",
            [("كريم العلاني", None, (FM,), None)],
        ),
        # a capital after «في» is where, not whom: no name, so the phrase is left alone
        ("وزير الخارجية في موسكو", [(None, None, (FM,), None)]),
        # an adviser to another official, a chancellor of a country
        (
            "مستشار وزير الخارجية سامي الفلاني",
            [("سامي الفلاني", None, (("adviser", None, None),), None)],
        ),
        ("مستشار ألمانيا", [(None, "merz", (("chancellor", "DE", None),), "DE")]),
        # an adjective between a definite title and its nisba
        (
            "رئيس جهاز الاستخبارات العامة الأردني",
            [(None, None, (("intelligence chief", "JO", None),), "JO")],
        ),
        # military ranks and the chief of general staff
        (
            "العميد الركن سامي الفلاني",
            [("سامي الفلاني", None, (("brigadier general", None, None),), None)],
        ),
        (
            "رئيس هيئة الأركان العامة الأردني",
            [(None, None, (("chief of general staff", "JO", None),), "JO")],
        ),
        # a counterpart holds the role of the person named before
        (
            "التقى وزير الخارجية الأردني سامي الفلاني ونظيره التركي كريم العلاني",
            [
                ("سامي الفلاني", None, (("foreign minister", "JO", None),), "JO"),
                ("كريم العلاني", None, (("foreign minister", "TR", None),), "TR"),
            ],
        ),
        # two ambassadors of «البلدين»
        (
            "وحضر سفيرا البلدين سامي الفلاني وكريم العلاني",
            [
                ("سامي الفلاني", None, (("ambassador", None, None),), None),
                ("كريم العلاني", None, (("ambassador", None, None),), None),
            ],
        ),
        # an unknown name never runs on to the next line
        ("وأعلن وزيرا الخارجية\nوجاء البيان", [(None, None, (FM,), None)]),
        # a noun after a title is no name
        ("وأقام الرئيس مأدبة عشاء", [(None, None, (("president", None, None),), None)]),
    ],
)
def test_titles_after_names_and_new_role_families(phrase: str, expected: list[Row]) -> None:
    """Appositions, deputies, governed phrases, ranks and counterparts give the stated roles."""
    assert expected == rows(phrase)


def test_the_verb_tarassa_is_not_truss() -> None:
    """«ترأس» (chaired) is not the bare surname «تراس» once hamza is folded."""
    assert [] == rows("وترأس الاجتماع", on=dt.date(2022, 9, 20))


def test_a_counterpart_with_nobody_before_names_nobody() -> None:
    """«نظيره» with no person named before it has no role, so an unknown name is not taken."""
    assert [] == rows("نظيره سامي الفلاني")


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("وعن الجانب المالي الأمين العام لوزارة الخارجية سيدو كوناتي في باماكو", "ML"),
        ("ويشرف عليها من الجانب المصري رئيس جهاز المخابرات العامة", "EG"),
        ("ويضم الوفد الإسرائيلي نائب رئيس الوفد أوري شاحر", "IL"),
        ("ويشرف على الجانب المصري من المفاوضات رئيس جهاز المخابرات العامة", "EG"),
    ],
)
def test_an_official_takes_the_country_of_the_side_named_before(phrase: str, country: str) -> None:
    """«عن الجانب المالي الأمين العام ...»: the official belongs to that side."""
    assert [country] == [p.country for p in people(phrase)]


@pytest.mark.parametrize(
    "phrase",
    [
        "الجانب المصري، رئيس جهاز المخابرات العامة",
        "الجانب المصري في جولة المفاوضات الطويلة رئيس جهاز المخابرات العامة",
        "قال المصري رئيس جهاز المخابرات العامة",
    ],
)
def test_a_side_too_far_or_not_a_side_gives_no_country(phrase: str) -> None:
    """A comma, a long gap or a nisba that is not a side leaves the country unknown."""
    assert [None] == [p.country for p in people(phrase)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "جلسة ضمت الرئيسين ووزيري الخارجية أنتوني بلينكن وسيرغي لافروف.",
            [
                (None, None, (("president", None, None),), None),
                ("انتوني بلينكن", "blinken", (FM,), "US"),
                ("سيرغي لافروف", "lavrov", (FM,), "RU"),
            ],
        ),
        (
            "حضر وزيرا الخارجية والرئيس الروسي فلاديمير بوتين.",
            [
                (None, None, (FM,), None),
                ("فلاديمير بوتين", "putin", (("president", "RU", None),), "RU"),
            ],
        ),
    ],
)
def test_a_plural_title_joined_by_wa_does_not_share_the_names(
    phrase: str, expected: list[Row]
) -> None:
    """Titles joined by و where one is plural name different people; the nearest governs."""
    assert expected == rows(phrase, dt.date(2021, 6, 16))


def test_a_plural_title_of_both_countries_stands_for_each_party() -> None:
    """«سفيرا الدولتين» names no country: one holder per party, marked ``each_party``."""
    found = people("واتفق الطرفان على أن يلتقي سفيرا الدولتين الشهر المقبل.")
    assert [("ambassador", True, True)] == [
        (p.roles[0].role, p.described_only, p.each_party) for p in found
    ]


def test_a_singular_title_of_both_countries_is_not_each_party() -> None:
    """«وزير خارجية البلدين» is not plural: no holder per party."""
    found = people("وقال وزير الخارجية الكويتي إن العلاقات بين البلدين متينة.")
    assert [False] == [p.each_party for p in found]


def test_a_plural_title_before_one_unknown_word_pair_names_nobody() -> None:
    """«بين الرئيسين دام نحو ساعة»: a plural title lists names; two loose words are none."""
    assert [(None, None, (("president", None, None),), None)] == rows(
        "جرى اتصال بين الرئيسين دام نحو ساعة كاملة."
    )


def test_a_plural_title_before_a_list_of_unknown_names_names_each() -> None:
    """«وزيرا الخارجية سالم الهاشمي وخالد العتيبي»: two unknown names after a plural title."""
    assert ["سالم الهاشمي", "خالد العتيبي"] == [
        row[0] for row in rows("وحضر وزيرا الخارجية سالم الهاشمي وخالد العتيبي.")
    ]


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("وحضر وزير الخارجية العماني بدر البوسعيدي، ومدير المراسم في الوزارة سالم الحارثي.", "OM"),
        (
            "وشارك وزير الخارجية الأردني أيمن الصفدي، ومنسق الملف بالوزارة خالد المومني.",
            "JO",
        ),
        ("وحضر مدير المراسم في الوزارة سالم الحارثي.", None),
        (
            "وحضر وزير الخارجية العماني بدر البوسعيدي. وتحدث مدير المراسم في الوزارة سالم الحارثي.",
            None,
        ),
    ],
)
def test_an_official_of_the_ministry_named_before_takes_its_country(
    phrase: str, country: str | None
) -> None:
    """«في الوزارة» is the ministry of the person named before, in the same sentence only."""
    assert country == rows(phrase)[-1][3]


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("وحضر نائب الأمين العام لمجلس الأمن القومي سعيد إيرواني.", "deputy secretary-general"),
        ("وحضر مساعد الأمين العام للجامعة العربية حسام زكي.", "assistant secretary-general"),
    ],
)
def test_deputies_and_assistants_of_a_secretary_general(phrase: str, role: str) -> None:
    """«نائب الأمين العام لمجلس الأمن القومي …»: the body's adjective stays in the title."""
    assert [role] == [r[0] for row in rows(phrase) for r in row[2]]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("وحضر السفير القطري أحمد بن ناصر آل ثاني.", "احمد بن ناصر ال ثاني"),
        ("وحضر مدير الإدارة عبد الرحمن بن علي الكواري.", "عبد الرحمن بن علي الكواري"),
        ("وحضر المدير العام للشؤون القنصلية سيدي ولد التاه.", "سيدي ولد التاه"),
        ("وحضر السفير القطري أحمد بن في الدوحة.", None),
    ],
)
def test_the_links_of_an_arabic_name_do_not_count(phrase: str, name: str | None) -> None:
    """«بن», «ولد», «آل», «عبد» join a name's parts; a name never ends with one."""
    assert [name] == [row[0] for row in rows(phrase)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "ووصل وزير الزراعة واستصلاح الأراضي سامر خليل إلى العاصمة.",
            [("سامر خليل", None, (("minister", None, None),), None)],
        ),
        (
            "واستقبلت وزيرة البيئة الأردنية لينا عيسى، الوفد.",
            [("لينا عيسي", None, (("minister", "JO", None),), "JO")],
        ),
        (
            "وحضر وزير شؤون المغتربين فادي ناصر.",
            [("فادي ناصر", None, (("minister", None, None),), None)],
        ),
        (
            "وحضر نائب وزير الصحة مراد طه.",
            [("مراد طه", None, (("deputy minister", None, None),), None)],
        ),
        (
            "وحضر وزير السياحة والآثار.",
            [(None, None, (("minister", None, None),), None)],
        ),
    ],
)
def test_a_minister_of_a_portfolio_the_lexicon_does_not_know(
    phrase: str, expected: list[Row]
) -> None:
    """«وزير» with an unknown portfolio is a minister, named or not, of the nisba's country."""
    assert expected == rows(phrase)


def test_the_portfolio_stays_in_the_role_text() -> None:
    """The role of an unknown portfolio covers the portfolio's words, for ``role_text``."""
    phrase = "وحضر وزير الزراعة واستصلاح الأراضي سامر خليل."
    assert ["وزير الزراعه واستصلاح الاراضي"] == [r.text for p in people(phrase) for r in p.roles]


def test_a_given_name_with_wa_is_not_a_second_portfolio() -> None:
    """«وزير النقل وليد …»: «وليد» opens the name, not another portfolio joined by و."""
    assert ["وليد الحسن"] == [row[0] for row in rows("وحضر وزير النقل وليد الحسن.")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "وحضر رئيس هيئة الموانئ البحرية طارق سالم.",
            [("طارق سالم", None, (("head", None, None),), None)],
        ),
        (
            "وحضر أمين عام اتحاد الغرف التجارية فادي ناصر.",
            [("فادي ناصر", None, (("secretary-general", None, None),), None)],
        ),
    ],
)
def test_the_head_of_a_body_the_lexicon_does_not_know(phrase: str, expected: list[Row]) -> None:
    """«رئيس» or «أمين عام» with an unknown body and a name: the body completes the title."""
    assert expected == rows(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "وقال رئيس الهيئة العامة إن الاجتماع انتهى.",
        "وأكد وزير حسن النية أن المسار مستمر.",
        "وقدم الوزير دعما كبيرا للقرار.",
    ],
)
def test_an_open_complement_does_not_make_ordinary_words_a_person(phrase: str) -> None:
    """Without a name, «رئيس» + a phrase is nobody, and «وزير» needs a definite portfolio."""
    assert [] == rows(phrase)


def test_a_womans_title_takes_a_given_name_in_alif() -> None:
    """After «وزيرة», «دينا» is a given name, not an accusative."""
    expected = [("دينا حسن", None, (("minister", None, None),), None)]
    assert expected == rows("وحضرت وزيرة الثقافة دينا حسن.")


def test_an_accusative_after_a_womans_title_is_no_name() -> None:
    """«وقدمت وزيرة الثقافة دعما كبيرا»: two agreeing accusatives are not a name."""
    assert [(None, None, (("minister", None, None),), None)] == rows(
        "وقدمت وزيرة الثقافة دعما كبيرا."
    )


def test_a_title_after_a_name_with_an_honorific_gives_the_role() -> None:
    """«السيد … البوسعيدي وزير الخارجية»: the title after the name is stated, not looked up."""
    phrase = "وقاد الوساطة السيد بدر بن حمد البوسعيدي وزير الخارجية، ثم غادر."
    assert [["وزير الخارجيه"]] == [[r.text for r in p.roles] for p in people(phrase)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a second title joined by و, with no name of its own, is another role of his
        (
            "وحضر دميترييف، رئيس صندوق الاستثمار المباشر الروسي والمبعوث الخاص للرئيس للاستثمار.",
            [
                (
                    "دميترييف",
                    "dmitriev",
                    (("head of sovereign wealth fund", "RU", None), ("special envoy", None, None)),
                    "RU",
                )
            ],
        ),
        # with a name after it, the second title is another person
        (
            "وحضر كيريل دميترييف، رئيس صندوق الاستثمار المباشر الروسي والمبعوث الخاص ستيف ويتكوف.",
            [
                (
                    "كيريل دميترييف",
                    "dmitriev",
                    (("head of sovereign wealth fund", "RU", None),),
                    "RU",
                ),
                ("ستيف ويتكوف", "witkoff", (("special envoy", None, None),), "US"),
            ],
        ),
        # a second title of another country is another person
        (
            "وصل سيرغي لافروف، وزير الخارجية الروسي ووزير الخارجية الأمريكي، إلى أنقرة.",
            [
                ("سيرغي لافروف", "lavrov", (("foreign minister", "RU", None),), "RU"),
                (None, "rubio", (("foreign minister", "US", None),), "US"),
            ],
        ),
    ],
)
def test_a_second_appositive_title_joined_by_wa(phrase: str, expected: list[Row]) -> None:
    """A title joined by و to a name's appositive title is the same person's, if unnamed."""
    assert expected == rows(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "وحضر اللقاء سيرغي لافروف وزير الخارجية الروسي ووزير الدفاع.",
        "والتقى سيرغي لافروف، وزير الخارجية الروسي ونظيره، في أنقرة.",
    ],
)
def test_a_second_title_without_a_comma_or_a_counterpart_is_not_the_name_s(phrase: str) -> None:
    """Without a comma the gazetteer must give the second role; «ونظيره» is never the same."""
    (first, *_) = rows(phrase)
    assert ("سيرغي لافروف", "lavrov", (("foreign minister", "RU", None),), "RU") == first


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("استقبل وزير الخارجية علي حمدان وفدا تجاريا", "علي حمدان"),
        ("وصل وزير الخارجية على رأس وفد رفيع", None),
    ],
)
def test_ali_spelled_with_ya_opens_a_name(phrase: str, expected: str | None) -> None:
    """«علي» with a dotted ي opens a name after a title; «على» stays the preposition."""
    assert expected == rows(phrase)[0][0]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("وكيل وزارة الخارجية سامي النجار", ("foreign ministry under-secretary",)),
        ("نائب رئيس الوزراء كريم داود", ("deputy prime minister",)),
        ("النائب الأول لرئيس الوزراء كريم داود", ("first deputy prime minister",)),
    ],
)
def test_under_secretary_and_deputy_prime_minister_titles(
    phrase: str, expected: tuple[str, ...]
) -> None:
    """A ministry's under-secretary and a deputy prime minister each state their own role."""
    assert expected == tuple(role for role, _, _ in rows(phrase)[0][2])


def test_a_title_cell_names_the_person_in_the_cell_before() -> None:
    """In a pipe-table row, a title alone in its cell goes to the name in the cell before."""
    phrase = "| البلد | الاسم | الصفة |\n| تونس | منير الحداد | وزير الخارجية |\n"
    assert [("منير الحداد", None, (("foreign minister", "TN", None),), "TN")] == rows(phrase)
