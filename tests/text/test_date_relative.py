"""Tests for dates counted from publication or from an event (diplofacts.text._date_relative)."""

from __future__ import annotations

import datetime as dt

import pytest

from diplofacts import FuzzyDate, Relation
from diplofacts.text._date_relative import lasting_days
from diplofacts.text._dates import DateMention, find_dates
from diplofacts.text._normalize import normalize


def _find(phrase: str, published: dt.date | None = None) -> list[DateMention]:
    return find_dates(normalize(phrase).text, published=published)


def _edtf(date: FuzzyDate | None) -> str | None:
    return None if date is None else date.to_edtf()


@pytest.mark.parametrize(
    ("phrase", "relation", "anchor"),
    [
        ("جولة جديدة بعد قمة ألاسكا تعكس رغبة", Relation.AFTER, "قمه الاسكا"),
        ("وعقب القمة مباشرة", Relation.AFTER, "القمه"),
        ("قبل قمة مجموعة العشرين في الهند", Relation.BEFORE, "قمه مجموعه العشرين"),
        ("على هامش قمة البريكس", Relation.ON_SIDELINES_OF, "قمه البريكس"),
        ("خلال زيارة الرئيس الفرنسي إلى الجزائر", Relation.DURING, "زياره الرئيس الفرنسي"),
        ("في أعقاب المحادثات الثنائية المطولة", Relation.AFTER, "المحادثات الثنائيه المطوله"),
        ("قبيل اجتماع، قال", Relation.BEFORE, "اجتماع"),
        ("وبعد لقاء الوزيرين وقبل", Relation.AFTER, "لقاء الوزيرين"),
        ("إثر مكالمة هاتفية بين", Relation.AFTER, "مكالمه هاتفيه"),
    ],
)
def test_event_relative(phrase: str, relation: Relation, anchor: str) -> None:
    """An event-relative phrase gives the relation and the anchor's noun phrase."""
    [mention] = _find(phrase)
    assert (relation, anchor) == (mention.relation, mention.anchor_text)
    assert mention.date is None
    assert not mention.relative_to_publication


@pytest.mark.parametrize(
    ("phrase", "published", "relation"),
    [
        ("خلال أسبوعين", dt.date(2025, 8, 30), Relation.WITHIN),
        ("بعد ثلاثة أيام", dt.date(2025, 8, 29), Relation.AFTER),
        ("قبل أسبوع", dt.date(2025, 9, 7), Relation.BEFORE),
        ("منذ سنوات", dt.date(2025, 8, 30), Relation.BEFORE),
    ],
)
def test_duration_relation(phrase: str, published: dt.date, relation: Relation) -> None:
    """A duration reaching over a month's end keeps its relation to publication."""
    [mention] = _find(phrase, published)
    assert (relation, True, None) == (
        mention.relation,
        mention.relative_to_publication,
        mention.date,
    )


@pytest.mark.parametrize(
    ("phrase", "published", "month"),
    [
        ("ستعقد القمة خلال أسبوعين", dt.date(2025, 3, 3), "2025?-03"),
        ("ستعقد القمة في غضون 10 أيام", dt.date(2025, 3, 3), "2025?-03"),
        ("ستعقد القمة خلال الأيام المقبلة", dt.date(2025, 3, 3), "2025?-03"),
        ("وصل الوفد قبل ثلاثة أيام", dt.date(2025, 3, 10), "2025?-03"),
        ("يلتقي الوزيران بعد أسبوع", dt.date(2025, 3, 10), "2025?-03"),
        ("تنتهي المهلة خلال 48 ساعة", dt.date(2025, 3, 10), "2025?-03"),
        ("ستعقد القمة خلال أسبوعين", dt.date(2025, 3, 20), None),
        ("ستعقد القمة خلال الأسابيع المقبلة", dt.date(2025, 3, 3), None),
        ("بعد أسبوع من القمة يلتقي الوزيران", dt.date(2025, 3, 10), None),
        ("متوقفة منذ أسبوع", dt.date(2025, 3, 10), None),
        ("خلال الفترة المقبلة", dt.date(2025, 3, 3), None),
    ],
)
def test_duration_month(phrase: str, published: dt.date, month: str | None) -> None:
    """A duration whose every possible day falls in one month gives that month."""
    [mention] = [m for m in _find(phrase, published) if m.relative_to_publication]
    assert (month, month is None) == (_edtf(mention.date), mention.relation is not None)


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("وتستمر أعمالها يومين", 2),
        ("وتستمر المباحثات يومين", None),  # a subject between verb and count: not read
        ("وتستمر يومين في الفندق", 2),
        ("على مدى أربعة أيام متتالية", 4),
        ("لمدة 5 أيام", 5),
        ("يدوم لمدة يوم واحد", 1),
        ("لمدة أيام", None),
        ("خلال يومين", None),
    ],
)
def test_lasting_days(phrase: str, days: int | None) -> None:
    """«وتستمر يومين», «على مدى أربعة أيام»: the days something lasts, only when counted."""
    text = normalize(phrase).text
    assert days == lasting_days(text, 0, len(text))


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("الرباط - جريدة تونس اليوم\nتعقد الجولة", []),
        ("عمان - موقع الأردن اليوم - قالت الوزارة", []),
        ("ذكر موقع الوزارة اليوم أن الجولة ستعقد", ["اليوم"]),
    ],
)
def test_today_ending_a_media_name_on_a_byline_is_no_date(phrase: str, found: list[str]) -> None:
    """«اليوم» closing a site or paper's name before a line break or dash is part of the name."""
    assert found == [m.text for m in _find(phrase, dt.date(2026, 5, 4))]
