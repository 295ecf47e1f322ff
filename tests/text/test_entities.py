"""Tests for gazetteer-name matching: boundaries, proclitics, leftmost-longest choice."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplofacts import LocalizedText, OrganizationKind, VenueKind
from diplofacts.gazetteer import (
    CountryEntry,
    Gazetteer,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    VenueEntry,
)
from diplofacts.text._entities import (
    PREFIXES,
    AliasAutomaton,
    EntityMatcher,
    EntityMention,
    MentionKind,
    key_variants,
    matcher_for,
)
from diplofacts.text._normalize import normalize

C, K, N, P = MentionKind.COUNTRY, MentionKind.CAPITAL, MentionKind.NISBA, MentionKind.PERSON
V, L, ORG = MentionKind.VENUE, MentionKind.PLACE, MentionKind.ORGANIZATION


def names(en: str, ar: str) -> LocalizedText:
    """Build an English and Arabic name."""
    return LocalizedText.of(en=en, ar=ar)


@functools.cache
def small() -> Gazetteer:
    """Return a small hand-made gazetteer whose names exercise the matcher's rules."""
    return Gazetteer.from_entries(
        countries=[
            CountryEntry(
                id="OM",
                alpha3="OMN",
                names=names("Oman", "عُمان"),
                capital=names("Muscat", "مسقط"),
                nisba_ar=("العماني",),
            ),
            CountryEntry(
                id="JO",
                alpha3="JOR",
                names=names("Jordan", "الأردن"),
                capital=names("Amman", "عمّان"),
            ),
            CountryEntry(
                id="US",
                alpha3="USA",
                names=names("United States", "الولايات المتحدة"),
                aliases_ar=("أمريكا",),
                capital=names("Washington", "واشنطن"),
                nisba_ar=("الأمريكي", "الأمريكية"),
            ),
        ],
        people=[
            PersonEntry(
                id="putin", names=names("Vladimir Putin", "فلاديمير بوتين"), aliases_ar=("بوتين",)
            ),
            PersonEntry(id="berri", names=names("Nabih Berri", "نبيه بري"), aliases_ar=("بري",)),
            PersonEntry(
                id="hegseth", names=names("Pete Hegseth", "بيت هيغسيث"), aliases_ar=("هيغسيث",)
            ),
        ],
        venues=[
            VenueEntry(
                id="jber",
                kind=VenueKind.MILITARY_BASE,
                names=names("JBER", "قاعدة إلمندورف – ريتشاردسون"),
                aliases_ar=("إلمندورف – ريتشاردسون",),
            )
        ],
        places=[
            PlaceEntry(id="nome", kind=VenueKind.CITY, names=names("Nome", "نوم")),
            PlaceEntry(id="phnom-penh", kind=VenueKind.CITY, names=names("Phnom Penh", "بنوم بنه")),
            PlaceEntry(id="reunion", kind=VenueKind.REGION, names=names("Réunion", "ريونيون")),
        ],
        organizations=[
            OrganizationEntry(
                id="tass",
                canonical="TASS",
                kind=OrganizationKind.NEWS_AGENCY,
                names=names("TASS", "تاس"),
            ),
            OrganizationEntry(
                id="wapo",
                canonical="Washington Post",
                kind=OrganizationKind.NEWSPAPER,
                names=names("The Washington Post", "واشنطن بوست"),
            ),
            OrganizationEntry(
                id="nbc",
                canonical="NBC",
                kind=OrganizationKind.BROADCASTER,
                names=names("NBC", "إن بي سي"),
            ),
        ],
    )


def found(phrase: str, gazetteer: Gazetteer | None = None) -> list[tuple[MentionKind, str, str]]:
    """Return (kind, id, matched text) for every mention in the match form of ``phrase``."""
    text = normalize(phrase).text
    return [(m.kind, m.entry_id, m.text) for m in matcher_for(gazetteer or small()).find(text)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # names that begin with a clitic letter keep it
        ("التقى بوتين", [(P, "putin", "بوتين")]),
        ("وبوتين", [(P, "putin", "بوتين")]),
        ("ببوتين", [(P, "putin", "بوتين")]),
        ("لبوتين", [(P, "putin", "بوتين")]),
        ("وببوتين", [(P, "putin", "بوتين")]),
        # the notes' traps: the boundary test must not hide the real name
        ("البيت هيغسيث", [(P, "hegseth", "هيغسيث")]),
        ("جزيرة بريونيون", [(L, "reunion", "ريونيون")]),
        ("في بنوم بنه", [(L, "phnom-penh", "بنوم بنه")]),
        ("مدينة نوم", [(L, "nome", "نوم")]),
        ("ونوم", [(L, "nome", "نوم")]),
        ("بري", [(P, "berri", "بري")]),
        ("وبري", [(P, "berri", "بري")]),
        # no match inside a word
        ("بوتينية", []),
        ("سبوتين", []),
        ("الماتاس", []),
        # the article and the prepositions before it
        ("للولايات المتحدة", [(C, "US", "لولايات المتحده")]),
        ("وللولايات المتحدة", [(C, "US", "لولايات المتحده")]),
        ("بالولايات المتحدة", [(C, "US", "الولايات المتحده")]),
        ("والولايات المتحدة", [(C, "US", "الولايات المتحده")]),
        ("الولايات المتحدة", [(C, "US", "الولايات المتحده")]),
        ("لولايات المتحدة", []),
        ("وبأمريكا", [(C, "US", "امريكا")]),
        ("فالأمريكي", [(N, "US", "الامريكي")]),
        ("كالأمريكية", [(N, "US", "الامريكيه")]),
        ("للأمريكي", [(N, "US", "لامريكي")]),
        ("وتأمريكا", []),
        ("والأمريكا", []),
        ("للأمريكا", []),
        # capitals, and a country beating a capital with the same key
        ("بين واشنطن ومسقط", [(K, "US", "واشنطن"), (K, "OM", "مسقط")]),
        ("سلطنة عمان", [(C, "OM", "عمان")]),
        ("الجانب العماني", [(N, "OM", "العماني")]),
        # venues with dashes and quotes, whatever the spacing
        ("في قاعدة “إلمندورف – ريتشاردسون” الجوية", [(V, "jber", "المندورف - ريتشاردسون")]),
        ("قاعدة إلمندورف-ريتشاردسون", [(V, "jber", "قاعده المندورف-ريتشاردسون")]),
        ("قاعدة إلمندورف ريتشاردسون", [(V, "jber", "قاعده المندورف ريتشاردسون")]),
        ("بقاعدة إلمندورف - ريتشاردسون", [(V, "jber", "قاعده المندورف - ريتشاردسون")]),
        # organizations after a generic word, and the longest name winning over a capital
        ("أفادت وكالة “تاس”", [(ORG, "tass", "تاس")]),
        ("نقلت شبكة «إن بي سي»", [(ORG, "nbc", "ان بي سي")]),
        ("وفق صحيفة واشنطن بوست", [(ORG, "wapo", "واشنطن بوست")]),
        ("قناة إن بي سي", [(ORG, "nbc", "ان بي سي")]),
        ("في واشنطن بوستن", [(K, "US", "واشنطن")]),
    ],
)
def test_small_gazetteer(phrase: str, expected: list[tuple[MentionKind, str, str]]) -> None:
    """Each phrase yields exactly the expected mentions, clitics excluded from the span."""
    assert expected == found(phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("قمة بين روسيا وأمريكا", [(C, "RU", "روسيا"), (C, "US", "امريكا")]),
        ("من موسكو إلى واشنطن", [(K, "RU", "موسكو"), (K, "US", "واشنطن")]),
        ("الوفد الروسي والجانب الأمريكي", [(N, "RU", "الروسي"), (N, "US", "الامريكي")]),
        ("وزير الخارجية سيرغي لافروف", [(P, "lavrov", "سيرغي لافروف")]),
        ("ولافروف", [(P, "lavrov", "لافروف")]),
        ("وزير الدفاع أندريه بيلاوسوف", [(P, "belousov", "اندريه بيلاوسوف")]),
        ("وبيلاوسوف", [(P, "belousov", "بيلاوسوف")]),
        ("فلاديمير بوتين وبوتين", [(P, "putin", "فلاديمير بوتين"), (P, "putin", "بوتين")]),
        ("تعقد في ألاسكا", [(L, "alaska", "الاسكا")]),
        ("إلى قاعدة “إلمندورف – ريتشاردسون”", [(V, "jber", "المندورف - ريتشاردسون")]),
        ("جولات في إسطنبول", [(L, "istanbul", "اسطنبول")]),
        ("المتحدث باسم الكرملين", [(ORG, "kremlin", "الكرملين")]),
        ("ذكرت وكالة “تاس” الروسية", [(ORG, "tass", "تاس"), (N, "RU", "الروسيه")]),
        ("بثت شبكة «إن بي سي»", [(ORG, "nbc", "ان بي سي")]),
    ],
)
def test_default_gazetteer(phrase: str, expected: list[tuple[MentionKind, str, str]]) -> None:
    """The package gazetteer finds countries, capitals, nisbas, people, places and outlets."""
    assert expected == found(phrase, Gazetteer.default())


def test_mentions_carry_their_offsets() -> None:
    """A mention's offsets index the match-form text and exclude the clitic."""
    text = normalize("قال وبوتين").text
    assert [EntityMention(5, 10, P, "putin", "بوتين")] == matcher_for(small()).find(text)


def test_matcher_is_cached_per_gazetteer() -> None:
    """The same gazetteer gives the same matcher; another gazetteer another one."""
    assert matcher_for(small()) is matcher_for(small())
    assert matcher_for(small()) is not matcher_for(Gazetteer.from_entries())


def test_empty_gazetteer_finds_nothing() -> None:
    """A gazetteer with no entries matches nothing."""
    assert [] == EntityMatcher(Gazetteer.from_entries()).find("روسيا")


def test_prefixes_are_the_proclitic_chains() -> None:
    """The allowed proclitics are و ف ب ل ك and a conjunction followed by a preposition."""
    assert {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"} == PREFIXES


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("أ", set()),
        ("روسيا", {"روسيا"}),
        ("  بيت   هيغسيث ", {"بيت هيغسيث"}),
        (
            "مار-أ-لاغو",
            {"مار-ا-لاغو", "مار - ا - لاغو", "مار -ا -لاغو", "مار- ا- لاغو", "مار ا لاغو"},
        ),
    ],
)
def test_key_variants(alias: str, expected: set[str]) -> None:
    """Aliases become match-form keys, with spacing variants around dashes."""
    assert expected == key_variants(alias)


def test_automaton_reports_every_payload_of_a_shared_key() -> None:
    """Two payloads with the same alias come back together."""
    automaton = AliasAutomaton([("روسيا", 1), ("روسيا", 2)])
    assert [(0, 5, (1, 2))] == automaton.find("روسيا")


def test_too_many_letters_before_a_name_is_no_match() -> None:
    """A name preceded by more letters than any proclitic chain is inside a word."""
    assert [] == AliasAutomaton([("روسيا", 1)]).find("كككككككروسيا")


ARABIC = st.lists(
    st.sampled_from([*"ابتروسيالمندفكهشطن -وـ“”،.", "بوتين", "روسيا", "ال"]), max_size=40
).map("".join)


@given(st.one_of(st.text(max_size=80), ARABIC))
def test_find_never_raises_and_gives_ordered_disjoint_spans(text: str) -> None:
    """On any text, mentions are sorted, non-overlapping and inside the text."""
    for gazetteer in (small(), Gazetteer.default()):
        mentions = matcher_for(gazetteer).find(text)
        ends = [0, *(m.end for m in mentions)]
        assert all(ends[i] <= m.start < m.end for i, m in enumerate(mentions))
        assert all(m.end <= len(text) and text[m.start : m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    "phrase",
    ["وصل سيرغي  لافروف إلى", "وصل سيرغي\nلافروف إلى", "وصل سيرغي \n لافروف إلى"],
)
def test_a_name_broken_by_wide_space_is_found(phrase: str) -> None:
    """A run of spaces or a line break inside a name still matches; offsets index the text."""
    text = normalize(phrase).text
    found = matcher_for(Gazetteer.default()).find(text)
    assert [("lavrov", "سيرغي")] == [(m.entry_id, text[m.start : m.end].split()[0]) for m in found]
    assert text[found[0].end - len("لافروف") : found[0].end] == "لافروف"


def kinds_ids(phrase: str) -> list[tuple[str, str]]:
    """Return (kind, id) of each mention of ``phrase`` with the package gazetteer."""
    text = normalize(phrase).text
    return [(m.kind.value, m.entry_id) for m in matcher_for(Gazetteer.default()).find(text)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("وعن الجانب المالي تحدث الوزير في باماكو", [("nisba", "ML"), ("capital", "ML")]),
        (
            "المشاورات الموريتانية المالية في جمهورية مالي",
            [("nisba", "MR"), ("nisba", "ML"), ("country", "ML")],
        ),
        (
            "المشاورات الموريتانية والمالية في باماكو",
            [("nisba", "MR"), ("nisba", "ML"), ("capital", "ML")],
        ),
        ("ونظيره المالي في باماكو", [("nisba", "ML"), ("capital", "ML")]),
        ("وعن الجانب المالي للصفقة", []),
        ("تحدث عن الوضع المالي في باماكو", [("capital", "ML")]),
    ],
)
def test_an_ambiguous_nisba_needs_a_head_noun_and_the_country_named(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    """«المالي» is Mali's only after «الجانب» or a nisba, in a text that names Mali."""
    assert expected == kinds_ids(phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("ذكرت العربية أن الوفد وصل", [("organization", "al-arabiya")]),
        ("بحسب ما نقلته العربية عن مصادر", [("organization", "al-arabiya")]),
        ("ونقلت الجزيرة عن رويترز", [("organization", "al-jazeera"), ("organization", "reuters")]),
        ("تعلم اللغة العربية في الجزيرة", []),
    ],
)
def test_an_outlets_bare_name_needs_a_reporting_verb(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    """«العربية» and «الجزيرة» are the broadcasters only after a reporting verb."""
    assert expected == kinds_ids(phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("استضافت سلطنة عمان الجولة", [("country", "OM")]),
        ("عقدت في عمان بوساطة عمانية", [("country", "OM"), ("nisba", "OM")]),
        ("وصل إلى العاصمة الأردنية عمان", [("nisba", "JO"), ("capital", "JO")]),
        ("زار الأردن والتقى الملك في عمان", [("country", "JO"), ("capital", "JO")]),
        ("عقدت في عمان", [("country", "OM")]),
    ],
)
def test_oman_and_amman_are_told_apart_by_context(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    """«عمان» follows a nisba right before it, else the country the text names more often."""
    assert expected == kinds_ids(phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "قمة في القصر الرئاسي بنواكشوط",
            [("venue", "presidential-palace-nouakchott"), ("capital", "MR")],
        ),
        ("قمة في القصر الرئاسي", []),
        (
            "في مدينة جنيف جولة محادثات في فندق إنتركونتيننتال",
            [("place", "geneva"), ("venue", "intercontinental-geneva")],
        ),
        ("جولة محادثات في فندق إنتركونتيننتال", []),
        (
            "في مقر البعثة الأمريكية الدائمة لدى مكتب الأمم المتحدة في جنيف",
            [("venue", "us-mission-geneva"), ("place", "geneva")],
        ),
    ],
)
def test_a_generic_venue_name_needs_its_locality(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    """«القصر الرئاسي» is a venue only with its city after it or earlier in the sentence."""
    assert expected == kinds_ids(phrase)


def _squeeze_by_character(text: str) -> tuple[str, list[int]]:
    """The definition of squeezing, one character at a time."""
    chars: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        space = char.isspace()
        if not (space and previous_space):
            chars.append(" " if space else char)
            offsets.append(index)
        previous_space = space
    return "".join(chars), offsets


@given(st.text(alphabet=st.sampled_from(" \t\n\u00a0\u2003\u200fقمة ab"), max_size=60) | st.text())
def test_squeeze_matches_its_definition(text: str) -> None:
    """Squeezing white space by runs gives the text and offsets of the per-character rule."""
    from diplofacts.text._entities import _squeeze

    squeezed, offsets = _squeeze(text)
    assert _squeeze_by_character(text) == (
        squeezed,
        [offsets.original(index) for index in range(len(squeezed))],
    )


def test_a_side_movement_is_found_as_its_party() -> None:
    """«حركة حماس» takes part in talks under ``PS``: its name is a mention of that party."""
    gazetteer = Gazetteer.from_entries(
        countries=[CountryEntry(id="PS", alpha3="PSE", names=names("Palestine", "فلسطين"))],
        organizations=[
            OrganizationEntry(
                id="hamas",
                canonical="Hamas",
                names=names("Hamas", "حركة حماس"),
                aliases_ar=("حماس",),
                country="PS",
                side=True,
            ),
            OrganizationEntry(
                id="icrc", canonical="ICRC", names=names("ICRC", "الصليب الأحمر"), country="CH"
            ),
        ],
    )
    text = normalize("مفاوضات بين إسرائيل وحركة حماس بحضور الصليب الأحمر").text
    found = EntityMatcher(gazetteer).find(text)
    assert [(C, "PS"), (ORG, "icrc")] == [(m.kind, m.entry_id) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الرياض: أكدت المملكة دعمها للحوار.", [(K, "SA"), (C, "SA")]),
        ("الرباط: أكدت المملكة دعمها للحوار.", [(K, "MA"), (C, "MA")]),
        ("أكدت المملكة دعمها للحوار.", []),
        ("الرياض والرباط: أكدت المملكة دعمها للحوار.", [(K, "SA"), (K, "MA")]),
        ("الرياض: أكدت المملكة الأردنية دعمها للحوار.", [(K, "SA"), (C, "JO")]),
    ],
)
def test_the_kingdom_is_the_one_kingdom_the_article_names(
    text: str, expected: list[tuple[MentionKind, str]]
) -> None:
    """«المملكة» alone is the kingdom the article names, when it names only one."""
    found = matcher_for(Gazetteer.default()).find(normalize(text).text)
    assert expected == [(m.kind, m.entry_id) for m in found]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("تعاون بين تونس ومالي", [(C, "TN", "تونس"), (C, "ML", "مالي")]),
        ("المحادثات بين مالي وبوركينا فاسو", [(C, "ML", "مالي"), (C, "BF", "بوركينا فاسو")]),
        ("دعم فني ومالي", []),
        ("وضع مالي صعب", []),
    ],
)
def test_an_ambiguous_country_name_counts_when_joined_to_a_country(
    phrase: str, expected: list[tuple[MentionKind, str, str]]
) -> None:
    """«مالي» is Mali after «بين» or joined by و to a country, and "financial" elsewhere."""
    assert expected == found(phrase, Gazetteer.default())
