"""Tests for the date grammar (diplofacts.text._dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplofacts
from diplofacts import FuzzyDate
from diplofacts.text._calendar_names import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from diplofacts.text._dates import DateMention, find_dates
from diplofacts.text._normalize import key, normalize

PUBLISHED = dt.date(2025, 8, 14)  # a Thursday


def _find(phrase: str, published: dt.date | None = None) -> list[DateMention]:
    return find_dates(normalize(phrase).text, published=published)


def _edtf(date: FuzzyDate | None) -> str | None:
    return None if date is None else date.to_edtf()


def _dates(phrase: str, published: dt.date | None = None) -> list[tuple[str, str | None]]:
    """Summarise each mention as (text, EDTF of its date)."""
    return [(m.text, _edtf(m.date)) for m in _find(phrase, published)]


# --- the grammar, phrase by phrase ------------------------------------------------------------

CASES: list[tuple[str, dt.date | None, list[tuple[str, str | None]]]] = [
    # day and month, with and without a year
    ("يلتقي الوزيران في 15 أغسطس بالعاصمة", None, [("15 اغسطس", "XXXX-08-15")]),
    ("يلتقي الوزيران في 15 أغسطس بالعاصمة", PUBLISHED, [("15 اغسطس", "XXXX-08-15")]),
    ("وقع الاتفاق يوم 3 مارس 2021 في جنيف", None, [("3 مارس 2021", "2021-03-03")]),
    ("في 3 مارس من عام 2021", None, [("3 مارس من عام 2021", "2021-03-03")]),
    ("في 3 مارس 2021م", None, [("3 مارس 2021م", "2021-03-03")]),
    ("بتاريخ ٧ حزيران ٢٠٢٢", None, [("7 حزيران 2022", "2022-06-07")]),
    ("في 5 من شهر تموز", None, [("5 من شهر تموز", "XXXX-07-05")]),
    ("وفي 12 كانون 2 2020", None, [("12 كانون 2 2020", "2020-01-12")]),
    ("وفي 4 تشرين الأول", None, [("4 تشرين الاول", "XXXX-10-04")]),
    # double months
    ("في 18 آب/أغسطس 2023", None, [("18 اب/اغسطس 2023", "2023-08-18")]),
    ("في 18 أغسطس/ آب", None, [("18 اغسطس/ اب", "XXXX-08-18")]),
    ("في 2 آب (أغسطس) 2023", None, [("2 اب (اغسطس) 2023", "2023-08-02")]),
    ("خلال شهر حزيران/يونيو", None, [("شهر حزيران/يونيو", "XXXX-06")]),
    ("في 1 يونيو/يوليو 2023", None, [("1 يونيو", "XXXX-06-01"), ("يوليو 2023", "2023-07")]),
    # two dates joined with و, and a shared year
    (
        "جرت جولتان في 2 يناير و19 مايو",
        None,
        [("2 يناير", "XXXX-01-02"), ("19 مايو", "XXXX-05-19")],
    ),
    (
        "جرت جولتان في 2 يناير و19 مايو 2024",
        None,
        [("2 يناير", "2024-01-02"), ("19 مايو 2024", "2024-05-19")],
    ),
    (
        "في 20 ديسمبر و3 يناير 2024",
        None,
        [("20 ديسمبر", "XXXX-12-20"), ("3 يناير 2024", "2024-01-03")],
    ),
    # month and year precision
    ("في أكتوبر 2019 أعلن", None, [("اكتوبر 2019", "2019-10")]),
    ("في سبتمبر/أيلول 2016", None, [("سبتمبر/ايلول 2016", "2016-09")]),
    ("ومنذ عام 2014 لم يلتقيا", None, [("عام 2014", "2014")]),
    ("في العام 2014", None, [("العام 2014", "2014")]),
    ("ورقم 2014 ليس تاريخا", None, []),
    ("ومنذ وفبراير", None, []),
    ("وفي أكتوبر قال", None, [("اكتوبر", "XXXX-10")]),
    ("ذلك أكتوبر قال", None, []),
    ("لقاء مرتقب في شتنبر", None, [("شتنبر", "XXXX-09")]),
    ("خلال يوليه", None, [("يوليه", "XXXX-07")]),
    ("في أوت من العام الماضي", PUBLISHED, [("اوت من العام الماضي", "2024?-08")]),
    ("في أوت من العام الماضي", None, [("اوت من العام الماضي", "XXXX-08")]),
    ("في 5 مارس من العام المقبل", PUBLISHED, [("5 مارس من العام المقبل", "2026?-03-05")]),
    ("في 5 مارس العام الجاري", PUBLISHED, [("5 مارس العام الجاري", "2025?-03-05")]),
    # numeric
    ("في 21.10.2024 صدر", None, [("21.10.2024", "2024-10-21")]),
    ("في 5/3/2022 صدر", None, [("5/3/2022", "2022-03-05")]),
    ("في 16\\8\\2025 صدر", None, [("16\\8\\2025", "2025-08-16")]),
    ("في 2025-08-15 صدر", None, [("2025-08-15", "2025-08-15")]),
    ("في 2025/08/15 صدر", None, [("2025/08/15", "2025-08-15")]),
    ("في ١٥/٠٨/٢٠٢٥ صدر", None, [("15/08/2025", "2025-08-15")]),
    ("في 31.02.2025 صدر", None, []),
    ("في 12.13.2025 صدر", None, []),
    ("الإصدار 1.2.3.2025", None, []),
    ("في 5/3/0999 صدر", None, []),
    # ordinal days
    ("في الخامس عشر من أغسطس", None, [("الخامس عشر من اغسطس", "XXXX-08-15")]),
    ("في الحادي والعشرين من مارس 2020", None, [("الحادي والعشرين من مارس 2020", "2020-03-21")]),
    ("الأول من يناير", None, [("الاول من يناير", "XXXX-01-01")]),
    # impossible dates are not dates
    ("في 31 نوفمبر 2024", None, []),
    ("في 29 فبراير 2023", None, []),
    ("في 29 فبراير 2024", None, [("29 فبراير 2024", "2024-02-29")]),
    ("في 45 مايو", None, []),
    ("في 0 مايو", None, []),
    # Hijri, alone and with the Gregorian date
    ("في 21 صفر 1447 هـ", None, [("21 صفر 1447 ه", "2025-08-15")]),
    ("في 21 صفر 1447ه", None, [("21 صفر 1447ه", "2025-08-15")]),
    ("في 30 صفر 1447 هـ", None, [("30 صفر 1447 ه", None)]),
    ("في 3 رجب 1520 هـ", None, [("3 رجب 1520 ه", None)]),
    (
        "في 21 صفر 1447 هـ الموافق 15 أغسطس 2025",
        None,
        [("21 صفر 1447 ه الموافق 15 اغسطس 2025", "2025-08-15")],
    ),
    (
        "في 15 أغسطس 2025م الموافق 21 صفر 1447هـ",
        None,
        [("15 اغسطس 2025م الموافق 21 صفر 1447ه", "2025-08-15")],
    ),
    (
        "في 21 صفر 1447 هـ، الموافق لـ 1 سبتمبر 2025",
        None,
        [("21 صفر 1447 ه، الموافق ل 1 سبتمبر 2025", "2025-09-01?")],
    ),
    # relative to publication: resolved only with a publication date
    ("وقال غداً سيصل", None, [("غدا", None)]),
    ("وقال غداً سيصل", PUBLISHED, [("غدا", "2025?-08-15")]),
    ("وقال اليوم إن", PUBLISHED, [("اليوم", "2025?-08-14")]),
    ("ويصل بعد غد", PUBLISHED, [("بعد غد", "2025?-08-16")]),
    ("ويصل يوم غد", PUBLISHED, [("يوم غد", "2025?-08-15")]),
    ("من أجل غد أفضل", PUBLISHED, []),
    ("وصل أمس", PUBLISHED, [("امس", "2025?-08-13")]),
    ("وصل يوم أمس", PUBLISHED, [("يوم امس", "2025?-08-13")]),
    ("وصل أول أمس", PUBLISHED, [("اول امس", "2025?-08-12")]),
    ("وصل أمس الأول", PUBLISHED, [("امس الاول", "2025?-08-12")]),
    ("في اليوم التالي", PUBLISHED, []),
    ("قناة روسيا اليوم", PUBLISHED, []),
    ("الأول من نوعه", PUBLISHED, []),
    ("الأسبوع المقبل", PUBLISHED, [("الاسبوع المقبل", "2025?-08")]),
    ("الأسبوع المقبل", dt.date(2025, 8, 28), [("الاسبوع المقبل", None)]),
    ("الأسبوع الماضي", dt.date(2025, 8, 21), [("الاسبوع الماضي", "2025?-08")]),
    ("الأسبوع المقبل", None, [("الاسبوع المقبل", None)]),
    ("الشهر المقبل", PUBLISHED, [("الشهر المقبل", "2025?-09")]),
    ("الشهر الماضي", PUBLISHED, [("الشهر الماضي", "2025?-07")]),
    ("الشهر الجاري", dt.date(2025, 12, 1), [("الشهر الجاري", "2025?-12")]),
    ("الشهر المقبل", dt.date(2025, 12, 1), [("الشهر المقبل", "2026?-01")]),
    ("الشهر المقبل", None, [("الشهر المقبل", None)]),
    ("العام المقبل", PUBLISHED, [("العام المقبل", "2026")]),
    ("العام الماضي", PUBLISHED, [("العام الماضي", "2024")]),
    ("السنة الحالية", PUBLISHED, [("السنه الحاليه", "2025")]),
    ("الخميس المقبل", PUBLISHED, [("الخميس المقبل", "2025?-08-21")]),
    ("الخميس الماضي", PUBLISHED, [("الخميس الماضي", "2025?-08-07")]),
    ("السبت القادم", PUBLISHED, [("السبت القادم", "2025?-08-16")]),
    ("الأحد الماضي", PUBLISHED, [("الاحد الماضي", "2025?-08-10")]),
    ("يوم الخميس المقبل", None, [("يوم الخميس المقبل", None)]),
    ("يوم الخميس", PUBLISHED, [("يوم الخميس", None)]),
    ("الخميس الجاري", PUBLISHED, [("الخميس الجاري", None)]),
    ("في 15 أغسطس الجاري", PUBLISHED, [("15 اغسطس الجاري", "2025?-08-15")]),
    ("في 15 أغسطس الجاري", None, [("15 اغسطس الجاري", "XXXX-08-15")]),
    ("في 3 سبتمبر المقبل", PUBLISHED, [("3 سبتمبر المقبل", "2025?-09-03")]),
    ("في 3 يوليو المقبل", PUBLISHED, [("3 يوليو المقبل", "2026?-07-03")]),
    ("في 20 يوليو الماضي", PUBLISHED, [("20 يوليو الماضي", "2025?-07-20")]),
    ("في 31 فبراير المقبل", PUBLISHED, []),
    ("في 3 مارس 2021 الماضي", PUBLISHED, [("3 مارس 2021", "2021-03-03")]),
    ("في أغسطس الماضي", PUBLISHED, [("اغسطس الماضي", "2024?-08")]),
    ("في أغسطس الماضي", None, [("اغسطس الماضي", "XXXX-08")]),
    ("في أغسطس المقبل", PUBLISHED, [("اغسطس المقبل", "2026?-08")]),
    ("في مايو المقبل", PUBLISHED, [("مايو المقبل", "2026?-05")]),
    ("في ديسمبر المقبل", PUBLISHED, [("ديسمبر المقبل", "2025?-12")]),
    ("في مارس 2020 الماضي", PUBLISHED, [("مارس 2020", "2020-03")]),
    # parts of a month or year
    ("في مطلع سبتمبر", None, [("مطلع سبتمبر", "XXXX-09")]),
    ("في أواخر شهر مايو 2022", None, [("اواخر شهر مايو 2022", "2022-05")]),
    ("في منتصف الشهر الجاري", PUBLISHED, [("منتصف الشهر الجاري", "2025?-08")]),
    ("في مطلع الشهر المقبل", PUBLISHED, [("مطلع الشهر المقبل", "2025?-09")]),
    ("في نهاية العام الجاري", PUBLISHED, [("نهايه العام الجاري", "2025")]),
    ("في أواسط عام 2019", None, [("اواسط عام 2019", "2019")]),
    ("وفي حوالي 20 مايو", None, [("حوالي 20 مايو", "XXXX-05-20~")]),
    # durations
    ("خلال أسبوعين", PUBLISHED, [("خلال اسبوعين", "2025?-08")]),
    ("خلال أسبوعين", dt.date(2025, 8, 25), [("خلال اسبوعين", None)]),
    ("خلال ثلاثة أيام", None, [("خلال ثلاثه ايام", None)]),
    ("خلال الأيام المقبلة", None, [("خلال الايام المقبله", None)]),
    ("في غضون 10 أيام", None, [("في غضون 10 ايام", None)]),
    ("قبل عامين", None, [("قبل عامين", None)]),
]


@pytest.mark.parametrize(("phrase", "published", "expected"), CASES)
def test_phrases(
    phrase: str, published: dt.date | None, expected: list[tuple[str, str | None]]
) -> None:
    """Each phrase gives the expected mentions and dates."""
    assert expected == _dates(phrase, published)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("تعقد بين 10 و12 مارس", "XXXX-03-10", "XXXX-03-12"),
        ("تعقد من 3 إلى 5 يونيو", "XXXX-06-03", "XXXX-06-05"),
        ("تعقد من 3 حتى 5 يونيو 2026", "2026-06-03", "2026-06-05"),
        ("تعقد 10-12 مارس", "XXXX-03-10", "XXXX-03-12"),
        ("تعقد يومي 10 و11 مارس", "XXXX-03-10", "XXXX-03-11"),
        ("تعقد من 28 فبراير إلى 2 مارس 2025", "2025-02-28", "2025-03-02"),
        ("تعقد بين 30 ديسمبر و2 يناير 2025", "2024-12-30", "2025-01-02"),
        ("تعقد 28 فبراير - 2 مارس", "XXXX-02-28", "XXXX-03-02"),
    ],
)
def test_ranges(phrase: str, start: str, end: str) -> None:
    """Ranges give one mention with a start and an end date."""
    [mention] = _find(phrase)
    assert (start, end) == (_edtf(mention.date), _edtf(mention.end_date))


def test_backwards_day_range_keeps_the_second_day() -> None:
    """«30 و2 مارس» is no range: only the complete second date is kept."""
    assert [("2 مارس", "XXXX-03-02")] == _dates("في 30 و2 مارس")


def test_range_of_impossible_days_gives_nothing() -> None:
    """A range whose days do not exist in the month gives no mention."""
    assert [] == _dates("بين 30 و31 فبراير")


def test_range_text_includes_its_cue() -> None:
    """A range mention starts at «بين», a single date at its day."""
    [ranged] = _find("تعقد بين 10 و12 مارس")
    [single] = _find("ومن 10 مارس")
    assert "بين 10 و12 مارس" == ranged.text
    assert "10 مارس" == single.text


@pytest.mark.parametrize(
    ("phrase", "weekday", "conflict"),
    [
        ("الجمعة 15 أغسطس 2025", 4, False),
        ("الخميس 15 أغسطس 2025", 3, True),
        ("الخميس 15 أغسطس", 3, False),
        ("يوم الاثنين، 11 أغسطس 2025", 0, False),
        ("الأحد الموافق 17 أغسطس 2025", 6, False),
        ("الأربعاء 13.08.2025", 2, False),
        ("الجمعة 21 صفر 1447 هـ", 4, False),
        ("السبت 21 صفر 1447 هـ الموافق 15 أغسطس 2025", 5, True),
    ],
)
def test_weekday_with_date(phrase: str, weekday: int, conflict: bool) -> None:
    """A weekday before a date joins it and is checked against it when the year is known."""
    [mention] = _find(phrase)
    assert (weekday, conflict) == (mention.weekday, mention.weekday_conflict)
    assert mention.date is not None


@pytest.mark.parametrize(
    ("published", "conflict"), [(dt.date(2025, 8, 15), False), (PUBLISHED, True)]
)
def test_today_with_weekday(published: dt.date, conflict: bool) -> None:
    """«اليوم الجمعة» resolves to the publication date, uncertain when not a Friday."""
    [mention] = _find("وقال اليوم الجمعة إن", published)
    expected = FuzzyDate(
        year=published.year, month=8, day=published.day, year_inferred=True, uncertain=conflict
    )
    assert expected == mention.date
    assert (4, conflict) == (mention.weekday, mention.weekday_conflict)


def test_today_with_weekday_and_date() -> None:
    """«اليوم الجمعة 15 أغسطس» is one mention dated by its explicit part."""
    [mention] = _find("اليوم الجمعة 15 أغسطس/آب 2025", PUBLISHED)
    assert ("اليوم الجمعه 15 اغسطس/اب 2025", "2025-08-15", 4) == (
        mention.text,
        _edtf(mention.date),
        mention.weekday,
    )


def test_hijri_and_gregorian_that_disagree_are_uncertain() -> None:
    """A Hijri date a week off its «الموافق» Gregorian date marks the date uncertain."""
    [mention] = _find("21 صفر 1447 هـ الموافق 22 أغسطس 2025")
    assert FuzzyDate(year=2025, month=8, day=22, uncertain=True) == mention.date
    assert "21 صفر 1447 ه" == mention.hijri


def test_hijri_with_gregorian_lacking_a_year() -> None:
    """A «الموافق» Gregorian date without a year is kept, marked uncertain."""
    [mention] = _find("21 صفر 1447 هـ الموافق 15 أغسطس")
    assert FuzzyDate(month=8, day=15, uncertain=True) == mention.date


@pytest.mark.parametrize(
    ("phrase", "part"),
    [
        ("مطلع أكتوبر", "early"),
        ("أوائل أكتوبر", "early"),
        ("بداية أكتوبر", "early"),
        ("منتصف أكتوبر", "mid"),
        ("أواسط أكتوبر", "mid"),
        ("أواخر أكتوبر", "late"),
        ("نهاية أكتوبر", "late"),
    ],
)
def test_part_of_month(phrase: str, part: str) -> None:
    """Part-of-month words set part and approximate, and keep the month exact."""
    [mention] = _find(phrase)
    assert (part, True) == (mention.part, mention.approximate)
    assert FuzzyDate(month=10) == mention.date


def test_relative_flags() -> None:
    """Only expressions relative to publication carry the flag."""
    flags = [m.relative_to_publication for m in _find("غدا و15 أغسطس و15 أغسطس الجاري")]
    assert [True, False, True] == flags


def test_year_is_never_taken_from_publication_for_plain_dates() -> None:
    """A date without a year keeps the year unknown even with a publication date."""
    [mention] = _find("في 27 فبراير", PUBLISHED)
    assert FuzzyDate(month=2, day=27) == mention.date


# --- offsets back to the original text -------------------------------------------------------

ORIGINALS = [
    ("وَصَلَ الوَفْدُ فِي ١٥ أَغُسْطُس ٢٠٢٥ إلى", "١٥ أَغُسْطُس ٢٠٢٥"),
    ("تنعقد في 15 أغســطس الجاري", "15 أغســطس الجاري"),
    ("في \u200f27\u200f فبراير", "27\u200f فبراير"),
    ("في ۱۸ آب/أغسطس", "۱۸ آب/أغسطس"),
    ("ﻓﻲ 15 ﺃﻏﺴﻄﺲ", "15 ﺃﻏﺴﻄﺲ"),
    ("بعد قِمَّةِ أَلاسْكا، قال", "بعد قِمَّةِ أَلاسْكا"),
    ("غداً\u200f يصل", "غداً"),
    ("في 21 صفر 1447 هـ الموافق 15 أغسطس 2025", "21 صفر 1447 هـ الموافق 15 أغسطس 2025"),
]


@pytest.mark.parametrize(("original", "expected"), ORIGINALS)
def test_mentions_map_back_to_the_original(original: str, expected: str) -> None:
    """A mention's span in the original text is the date as the user wrote it."""
    normalized = normalize(original)
    [mention] = find_dates(normalized.text)
    span = normalized.span(mention.start, mention.end)
    assert expected == span.extract(original)
    assert mention.text == normalized.text[mention.start : mention.end]


# --- properties ------------------------------------------------------------------------------

VOCABULARY = sorted(
    {key(name) for name, _ in GREGORIAN_MONTHS + HIJRI_MONTHS + WEEKDAYS}
    | {
        key(w)
        for w in [
            "في",
            "من",
            "بين",
            "إلى",
            "حتى",
            "و",
            "-",
            "/",
            "(",
            ")",
            "،",
            ".",
            "الموافق",
            "هـ",
            "عام",
            "العام",
            "شهر",
            "يوم",
            "اليوم",
            "غدا",
            "بعد",
            "غد",
            "أمس",
            "أول",
            "الأول",
            "مطلع",
            "منتصف",
            "أواخر",
            "الجاري",
            "المقبل",
            "الماضي",
            "الأسبوع",
            "الشهر",
            "خلال",
            "قبل",
            "عقب",
            "على",
            "هامش",
            "قمة",
            "زيارة",
            "أسبوعين",
            "الأيام",
            "المقبلة",
            "حوالي",
            "يومي",
            "التالي",
            "روسيا",
        ]
    }
    | {"1", "10", "12", "15", "29", "30", "31", "2025", "1447", "1600", "15.08.2025", "2025-13-01"}
)
PHRASES = st.lists(st.sampled_from(VOCABULARY), max_size=14).map(" ".join)


@given(st.one_of(st.text(), PHRASES), st.one_of(st.none(), st.dates()))
def test_find_dates_never_raises(text: str, published: dt.date | None) -> None:
    """Any text gives sorted, non-overlapping mentions inside it whose dates round-trip EDTF."""
    mentions = find_dates(text, published=published)
    last_end = 0
    for mention in mentions:
        assert last_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        last_end = mention.end
        for date in (mention.date, mention.end_date):
            if date is not None:
                assert date == FuzzyDate.from_edtf(date.to_edtf())


@given(PHRASES)
def test_mentions_of_normalized_text_map_back(phrase: str) -> None:
    """Every mention found in a match form maps to a non-empty original span."""
    normalized = normalize(phrase)
    for mention in find_dates(normalized.text):
        span = normalized.span(mention.start, mention.end)
        assert span.end <= len(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "في 115 أغسطس",
        "عام 12025",
        "في 121 صفر 1447 هـ",
        "xالخميس",
        "غدا الأول",
        "xالشهر المقبل",
        "xخلال أسبوعين",
        "xبعد قمة",
        "xمطلع أكتوبر",
        "xالخامس عشر من أغسطس",
    ],
)
def test_no_mention_inside_words_or_numbers(phrase: str) -> None:
    """Nothing is found glued to a letter or inside a longer number."""
    assert [] == _dates(phrase)


def test_anchor_stops_after_four_words() -> None:
    """An anchor phrase is at most the event noun and three more words."""
    [mention] = _find("بعد قمة مجموعة العشرين الاقتصادية الكبرى")
    assert "قمه مجموعه العشرين الاقتصاديه" == mention.anchor_text


def test_invalid_hijri_with_gregorian_keeps_the_gregorian_date() -> None:
    """An impossible Hijri date beside a Gregorian one leaves the Gregorian date certain."""
    [mention] = _find("30 صفر 1447 هـ الموافق 22 أغسطس 2025")
    assert FuzzyDate(year=2025, month=8, day=22) == mention.date
    assert "30 صفر 1447 ه" == mention.hijri


@pytest.mark.parametrize(
    ("phrase", "new"),
    [
        ("أرجئت القمة إلى 3 يوليو", True),
        ("تأجيل الاجتماع إلى موعد جديد هو الخميس 3 يوليو", True),
        ("أجلت المحادثات حتى يوم 3 يوليو", True),
        ("عقدت القمة في 3 يوليو", False),
        ("وصل الوفد إلى العاصمة يوم 3 يوليو", False),
    ],
)
def test_a_day_put_off_to(phrase: str, new: bool) -> None:
    """A date right after «إلى» / «حتى» (with «موعد جديد هو») is a day something is put off to."""
    [mention] = _find(phrase)
    assert new == mention.new_date


def test_a_weekday_that_does_not_match_its_date_makes_it_uncertain() -> None:
    """«الجمعة 16 أغسطس 2025» (a Saturday) is uncertain; «السبت 16 أغسطس 2025» is not."""
    (wrong,) = find_dates(key("الجمعة 16 أغسطس 2025"))
    (right,) = find_dates(key("السبت 16 أغسطس 2025"))
    assert (True, True) == (wrong.weekday_conflict, wrong.date is not None and wrong.date.uncertain)
    assert (False, False) == (
        right.weekday_conflict,
        right.date is not None and right.date.uncertain,
    )


def test_a_weekday_mismatch_is_kept_in_unparsed() -> None:
    """The event keeps the date, marked uncertain, and the article says why."""
    article = diplofacts.parse_article("تعقد قمة روسيا وأمريكا يوم الجمعة 16 أغسطس 2025 في ألاسكا")
    (summit,) = article.summits
    assert "2025-08-16?" == summit.date.to_edtf()  # type: ignore[union-attr]
    assert ["weekday does not match the date"] == [u.reason for u in article.unparsed]
