"""Tests for attribution phrases (with ``via`` chains) and statements."""

from __future__ import annotations

import pytest

from diplofacts import StatementKind
from diplofacts.text._normalize import normalize
from diplofacts.text._sources import (
    Described,
    Speaker,
    continues_report,
    find_attributions,
    find_dateline,
    find_own_embassy,
    find_same_places,
    planned_place,
    reported_clauses,
)


def run(phrase: str, names: list[tuple[str, bool]]) -> tuple[str, list, list]:  # type: ignore[type-arg]
    text = normalize(phrase).text
    speakers = []
    for ref, (name, is_person) in enumerate(names):
        start = text.index(normalize(name).text)
        speakers.append(Speaker(start, start + len(normalize(name).text), is_person, ref))
    attributions, statements = find_attributions(text, (0, len(text)), speakers)
    return text, attributions, statements


def test_outlet_with_a_described_source() -> None:
    """«وفق ما نقلته وكالة تاس عن مصدر مطلع» credits TASS via an informed source."""
    _, attributions, _ = run("وفق ما نقلته وكالة “تاس” الروسية عن مصدر مطلع", [("تاس", False)])
    assert len(attributions) == 1
    via = attributions[0].via
    assert [Described] == [type(v) for v in via]
    assert via[0].label == "informed source"


def test_chain_of_outlets() -> None:
    """«نقلت الجزيرة عن رويترز عن مسؤول» is a chain of three."""
    _, attributions, _ = run(
        "نقلت الجزيرة عن رويترز عن مسؤول", [("الجزيرة", False), ("رويترز", False)]
    )
    assert len(attributions) == 1
    first, second = attributions[0].via
    assert (first.ref, second.label) == (1, "official")


def test_statement_of_a_person() -> None:
    """«قال لافروف إن …» is a statement; a person is not an outlet."""
    text, attributions, statements = run("قال لافروف إن القمة ستعقد قريبا.", [("لافروف", True)])
    assert attributions == []
    (statement,) = statements
    assert (
        text[slice(*statement.content)],
        statement.kind,
    ) == ("القمه ستعقد قريبا", StatementKind.PARAPHRASE)


def test_announcement_and_quote() -> None:
    """أعلن gives an announcement; quoted words a quote."""
    _, _, statements = run("أعلن الكرملين عقد القمة", [("الكرملين", False)])
    assert statements[0].kind == StatementKind.ANNOUNCEMENT
    _, _, quoted = run('وصف البيت الأبيض المحادثات: "إيجابية"', [("البيت الأبيض", False)])
    assert quoted[0].kind == StatementKind.QUOTE


def test_source_too_far_or_behind_a_comma() -> None:
    """A source behind a comma, or a person not right after the verb, is not credited."""
    _, attributions, statements = run("قال، في وقت لاحق، البيت الأبيض", [("البيت الأبيض", False)])
    assert (attributions, statements) == ([], [])
    _, attributions, statements = run("قال أمس الوزير لافروف", [("لافروف", True)])
    assert (attributions, statements) == ([], [])


AGENCIES = {normalize("واس").text: "spa", normalize("الأناضول").text: "anadolu"}


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("جدة ٣ رجب ١٤٤٧ هـ الموافق ٢٣ ديسمبر ٢٠٢٥ م واس", "واس"),
        ("أنقرة/ الأناضول", "الأناضول"),
        ("جدة (واس) - استقبل ولي العهد اليوم وفدا رفيع المستوى في قصر السلام", "واس"),
        ("جدة - استقبل ولي العهد وفدا من واس وغيرها من الوكالات في قصر السلام بجدة", None),
    ],
)
def test_find_dateline(line: str, agency: str | None) -> None:
    """A dateline ends with its agency, or names it between marks; not in running prose."""
    text = normalize(line).text
    found = find_dateline(text, (0, len(text)), AGENCIES)
    expected = None if agency is None else normalize(agency).text
    assert expected == (None if found is None else text[found[1] : found[2]])


@pytest.mark.parametrize(
    ("sentence", "goes_on"),
    [("وأضاف الوزير أن الجولة المقبلة ستعقد قريبا", True), ("وقال الوزير إن الجولة انتهت", False)],
)
def test_continues_report(sentence: str, goes_on: bool) -> None:
    """«وأضاف …» goes on with the words reported in the sentence before."""
    assert goes_on == continues_report(normalize(sentence).text, 0)


def test_find_own_embassy() -> None:
    """«في مقر سفارتها» is the host's own embassy."""
    text = normalize("التي استضافتها قطر في مقر سفارتها بباريس").text
    found = find_own_embassy(text, (0, len(text)))
    assert normalize("في مقر سفارتها").text == (None if found is None else text[slice(*found)])


def test_a_source_before_its_verb() -> None:
    """«وكانت وكالة رويترز قد ذكرت» credits Reuters, named before «قد ذكرت»."""
    text, attributions, _ = run("وكانت وكالة رويترز قد ذكرت أن الجولة انتهت", [("رويترز", False)])
    assert [normalize("رويترز").text] == [text[a.start : a.end] for a in attributions]


def test_reported_clauses() -> None:
    """«إن …، وإن …» opens two reported clauses."""
    text = normalize("قال الوزير إن الجولة انتهت، وإن الطرفين اتفقا على جولة ثالثة").text
    assert 2 == len(reported_clauses(text, 0, len(text)))


@pytest.mark.parametrize(
    ("phrase", "is_city"),
    [("عقدتا في المدينة نفسها", True), ("عقد في القصر نفسه", False), ("عقد في نفس المكان", False)],
)
def test_find_same_places(phrase: str, is_city: bool) -> None:
    """«في المدينة نفسها» points back to a city, «في القصر نفسه» to a building."""
    text = normalize(phrase).text
    assert [is_city] == [city for _, city in find_same_places(text, (0, len(text)))]


def test_planned_place() -> None:
    """«كانت مقررة في روما» is a place planned, «عقدت في مسقط» one held."""
    text = normalize("كانت مقررة في روما ثم عقدت في مسقط").text
    rome, muscat = text.index(normalize("روما").text), text.index(normalize("مسقط").text)
    assert (True, False) == (planned_place(text, 0, rome), planned_place(text, rome + 5, muscat))
