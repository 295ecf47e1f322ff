"""The fixture articles: each ``NN-*.ar.txt`` parses to the facts in its ``.expected.json``.

One test per fixture; a failure lists every field that differs, event by event. The format
is described in ``tests/fixtures/articles/README.md``. Comparison rules: events in order of
first mention and their number exact; type, status, date (``end`` for ranges, ``relative``
with ``anchor_event_index``), parties, host, mediators, venue fields, number, the set of
leaders' surnames, agenda topics, phases and attribution outlets exact; every expected
delegate found in the delegation of its party with a role containing ``role_contains`` (by
English surname; by ``surname_ar`` for people not in the gazetteer; unnamed when the surname
is null).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import diplofacts
from diplofacts import ConsultationRound, FuzzyDate, LocalizedText, Person, RelativeDate, Summit
from diplofacts.text._normalize import key

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
FIXTURES = sorted(ARTICLES.glob("*.expected.json"))

Event = Summit | ConsultationRound


def _en(text: LocalizedText | None) -> str | None:
    return None if text is None else text.get("en")


def _date_problems(expected: Any, event: Event, events: tuple[Event, ...]) -> list[str]:
    actual = event.date
    if expected is None:
        return [] if actual is None else [f"date: expected none, got {actual!r}"]
    if "relative" in expected:
        anchor = events[expected["anchor_event_index"]].id
        if not isinstance(actual, RelativeDate):
            return [f"date: expected {expected['relative']} {anchor}, got {actual!r}"]
        got_relative = (actual.relation.value, actual.anchor)
        want_relative = (expected["relative"], anchor)
        if got_relative == want_relative:
            return []
        return [f"date: expected {want_relative}, got {got_relative}"]
    if not isinstance(actual, FuzzyDate):
        return [f"date: expected {expected}, got {actual!r}"]
    problems = []
    want = tuple(expected[k] for k in ("year", "month", "day", "year_inferred"))
    got = (actual.year, actual.month, actual.day, actual.year_inferred)
    if want != got:
        problems.append(f"date (year, month, day, inferred): expected {want}, got {got}")
    end = expected.get("end")
    got_end = event.end_date
    if end is not None:
        want_end = tuple(end[k] for k in ("year", "month", "day"))
        have_end = None if got_end is None else (got_end.year, got_end.month, got_end.day)
        if want_end != have_end:
            problems.append(f"end date: expected {want_end}, got {have_end}")
    return problems


def _venue_problems(expected: Any, event: Event) -> list[str]:
    venue = event.venue
    if expected is None:
        return [] if venue is None else [f"venue: expected none, got {venue}"]
    if venue is None:
        return [f"venue: expected {expected}, got none"]
    problems = []
    name = _en(venue.name) or ""
    if expected["name_en_contains"] is not None and expected["name_en_contains"] not in name:
        problems.append(
            f"venue name: expected to contain {expected['name_en_contains']!r}, got {name!r}"
        )
    if expected["name_en_contains"] is None and venue.name is not None:
        problems.append(f"venue name: expected none, got {name!r}")
    for field, got in (
        ("locality_en", _en(venue.locality)),
        ("region_en", _en(venue.region)),
        ("country", venue.country),
    ):
        if expected[field] != got:
            problems.append(f"venue {field}: expected {expected[field]!r}, got {got!r}")
    return problems


def _is_wanted(want: Any, person: Person) -> bool:
    """Match an expected delegate: by English surname, by Arabic name, or as unnamed."""
    if want.get("surname_ar"):
        arabic = key(person.name.get("ar", "")) if person.name else ""
        return key(want["surname_ar"]) in arabic
    if want["surname_en"] is None:
        return person.name is None
    return bool(want["surname_en"] in (_en(person.name) or ""))


def _people_problems(expected: Any, event: Event) -> list[str]:
    problems = []
    leaders = event.leaders if isinstance(event, Summit) else ()
    surnames = sorted(expected["leaders"])
    got_leaders = sorted(_en(p.name) or _en(p.description) or "?" for p in leaders)
    if len(surnames) != len(got_leaders) or not all(
        any(s in g for g in got_leaders) for s in surnames
    ):
        problems.append(f"leaders: expected {surnames}, got {got_leaders}")
    for want in expected["delegates"]:
        delegation = event.delegation(want["party"])
        members = delegation.members if delegation else ()
        match = [m for m in members if _is_wanted(want, m.person)]
        if not match:
            have = [(_en(m.person.name), m.roles) for m in members]
            problems.append(
                f"delegate {want['surname_en']} ({want['party']}) missing; party has {have}"
            )
        elif not any(want["role_contains"] in " ".join(m.roles) for m in match):
            problems.append(
                f"delegate {want['surname_en']}: no role containing {want['role_contains']!r} "
                f"in {match[0].roles}"
            )
    return problems


def _event_problems(expected: Any, event: Event, events: tuple[Event, ...]) -> list[str]:
    problems: list[str] = []
    kind = "summit" if isinstance(event, Summit) else "consultation_round"
    if expected["type"] != kind:
        problems.append(f"type: expected {expected['type']}, got {kind}")
    simple = {
        "status": event.status.value,
        "parties": list(event.parties),
        "host": event.host,
        "mediators": list(event.mediators),
        "number": event.number if isinstance(event, ConsultationRound) else None,
    }
    for field, got in simple.items():
        if expected[field] != got:
            problems.append(f"{field}: expected {expected[field]!r}, got {got!r}")
    problems += _date_problems(expected["date"], event, events)
    problems += _venue_problems(expected["venue"], event)
    problems += _people_problems(expected, event)
    sets = {
        "agenda_topics": {i.topic.value for i in event.agenda},
        "phases": {p.kind.value for p in event.phases},
        "attributions": {a.outlet for a in event.attributions if a.outlet},
    }
    for field, got_set in sets.items():
        if set(expected[field]) != got_set:
            problems.append(f"{field}: expected {sorted(expected[field])}, got {sorted(got_set)}")
    return problems


def problems_of(path: Path) -> list[str]:
    """Return every difference between a fixture's expected facts and the parse."""
    expected = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_name(path.name.replace(".expected.json", ".ar.txt")).read_text(
        encoding="utf-8"
    )
    published = expected["published"]
    article = diplofacts.parse_article(
        text, published=dt.date.fromisoformat(published) if published else None
    )
    events = article.events
    problems = []
    if len(expected["events"]) != len(events):
        problems.append(
            f"expected {len(expected['events'])} events, "
            f"got {len(events)}: {[e.id for e in events]}"
        )
    for index, (want, event) in enumerate(zip(expected["events"], events, strict=False)):
        problems += [
            f"event {index} ({event.id}): {p}" for p in _event_problems(want, event, events)
        ]
    return problems


# Fixtures the parser does not read fully yet, each with what it still gets wrong. They are
# strict expected failures: the day one passes, its test fails until it is taken off this list.
KNOWN_GAPS: dict[str, str] = {}


def _cases() -> list[Any]:
    cases = []
    for path in FIXTURES:
        name = path.name.split(".")[0]
        gap = KNOWN_GAPS.get(name)
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(path, id=name, marks=marks))
    return cases


def test_known_gaps_name_real_fixtures() -> None:
    """Every entry of the list of known gaps names a fixture that exists."""
    names = {path.name.split(".")[0] for path in FIXTURES}
    assert set() == set(KNOWN_GAPS) - names


@pytest.mark.parametrize("path", _cases())
def test_fixture(path: Path) -> None:
    """The article parses to the facts its expected file lists."""
    problems = problems_of(path)
    assert problems == [], "\n".join([f"{path.name}:", *problems])


def test_there_are_enough_fixtures() -> None:
    """At least 25 fixture articles are checked."""
    assert len(FIXTURES) >= 25
