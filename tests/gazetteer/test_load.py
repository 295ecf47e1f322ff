"""Tests for the Gazetteer: the package data, users' files, merging and role lookups."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diplofacts import LocalizedText, ValidationError
from diplofacts.gazetteer import (
    KINDS,
    ROLES,
    CountryEntry,
    Gazetteer,
    PersonEntry,
    Term,
)

PERSON = {
    "id": "sami",
    "wikidata": None,
    "country": "EG",
    "names": {"en": "Sami Example", "ar": "سامي المثال"},
    "aliases_ar": ["المثال"],
    "terms": [{"role": "deputy foreign minister", "start": "2024-01-01", "end": None}],
}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """Return the package gazetteer."""
    return Gazetteer.default()


def write(tmp_path: Path, data: object) -> Path:
    """Write ``data`` as JSON to a file in ``tmp_path`` and return its path."""
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_default_is_loaded_once(gazetteer: Gazetteer) -> None:
    """The package gazetteer is read once and the same object is returned after."""
    assert gazetteer is Gazetteer.default()


def test_default_has_every_collection(gazetteer: Gazetteer) -> None:
    """Every collection of the package data has entries."""
    assert [] == [kind for kind in KINDS if not getattr(gazetteer, kind)]


def test_default_entries_are_keyed_by_their_id(gazetteer: Gazetteer) -> None:
    """Every entry sits under its own id, so ids are unique per collection."""
    mismatched = [
        (kind, key)
        for kind in KINDS
        for key, entry in getattr(gazetteer, kind).items()
        if entry.id != key
    ]
    assert [] == mismatched


def test_default_references_known_countries(gazetteer: Gazetteer) -> None:
    """Every country a person, term, venue, place or organization names is in the gazetteer."""
    codes = set(gazetteer.countries)
    named = {
        (kind, entry.id, entry.country)
        for kind in ("people", "venues", "places", "organizations")
        for entry in getattr(gazetteer, kind).values()
        if entry.country is not None
    } | {
        ("term", person.id, term.to)
        for person in gazetteer.people.values()
        for term in person.terms
        if term.to is not None
    }
    assert set() == {item for item in named if item[2] not in codes}


def test_default_roles_are_in_the_vocabulary(gazetteer: Gazetteer) -> None:
    """Every term's role is one of the vocabulary's labels."""
    roles = {term.role for person in gazetteer.people.values() for term in person.terms}
    assert set() == roles - ROLES


def test_default_country_names_are_in_arabic_and_english(gazetteer: Gazetteer) -> None:
    """Every country has an Arabic and an English name."""
    missing = [
        code
        for code, entry in gazetteer.countries.items()
        if entry.names.get("ar") is None or entry.names.get("en") is None
    ]
    assert [] == missing


def test_repr_gives_the_sizes() -> None:
    """The repr counts the entries instead of listing them."""
    assert "<Gazetteer countries=0, people=0, venues=0, places=0, organizations=0>" == repr(
        Gazetteer.from_entries()
    )


@pytest.mark.parametrize(
    ("person", "on", "expected"),
    [
        ("shoigu", dt.date(2020, 6, 1), ["defence minister"]),
        ("shoigu", dt.date(2025, 8, 14), ["security council secretary"]),
        ("shoigu", None, ["security council secretary", "defence minister"]),
        ("dmitriev", dt.date(2025, 8, 14), ["special envoy", "head of sovereign wealth fund"]),
        ("putin", dt.date(2010, 1, 1), ["prime minister"]),
        ("putin", dt.date(2025, 1, 1), ["president"]),
    ],
)
def test_roles_on(
    gazetteer: Gazetteer, person: str, on: dt.date | None, expected: list[str]
) -> None:
    """The terms in force on a date are returned, newest first."""
    assert expected == [term.role for term in gazetteer.roles_on(person, on)]


def test_roles_on_unknown_person_raises(gazetteer: Gazetteer) -> None:
    """Asking about a person the gazetteer does not know raises KeyError."""
    with pytest.raises(KeyError):
        gazetteer.roles_on("nobody-at-all", None)


def test_current_roles_without_a_date_are_the_open_terms(gazetteer: Gazetteer) -> None:
    """With no date, the roles still held are the ones in force."""
    assert ["security council secretary"] == [
        term.role for term in gazetteer.current_roles("shoigu", None)
    ]


def test_current_roles_of_someone_out_of_office_is_the_last_term() -> None:
    """With no date and no open term, the most recent term stands."""
    person = PersonEntry(
        id="old",
        names=LocalizedText.of(en="Old"),
        terms=(
            Term(role="king", start=dt.date(1990, 1, 1), end=dt.date(1995, 1, 1)),
            Term(role="emir", start=dt.date(1996, 1, 1), end=dt.date(1999, 1, 1)),
        ),
    )
    gazetteer = Gazetteer.from_entries(people=[person])
    assert ["emir"] == [term.role for term in gazetteer.current_roles("old", None)]
    assert ["king"] == [term.role for term in gazetteer.current_roles("old", dt.date(1994, 1, 1))]


def test_holders(gazetteer: Gazetteer) -> None:
    """The holders of a role on a date are found, by country and destination."""
    on = dt.date(2025, 8, 14)
    assert ["lavrov"] == [p.id for p in gazetteer.holders("foreign minister", on, country="RU")]
    assert ["darchiev"] == [
        p.id for p in gazetteer.holders("ambassador", on, country="RU", to="US")
    ]


def test_capital_and_country_names(gazetteer: Gazetteer) -> None:
    """The capital and the names of a country are looked up by code."""
    capital = gazetteer.capital_of("RU")
    assert "Moscow" == (capital.get("en") if capital else None)
    assert gazetteer.capital_of("XX") is None
    names = gazetteer.country_name("US")
    assert "United States" == (names.get("en") if names else None)
    assert gazetteer.country_name("XX") is None


def test_from_file_reads_a_subset_of_collections(tmp_path: Path) -> None:
    """A user's file with only people gives a gazetteer of those people."""
    mine = Gazetteer.from_file(write(tmp_path, {"people": [PERSON]}))
    assert (["sami"], {}) == (list(mine.people), dict(mine.countries))
    assert ["deputy foreign minister"] == [t.role for t in mine.roles_on("sami", None)]


def test_merged_adds_and_replaces_by_id(gazetteer: Gazetteer, tmp_path: Path) -> None:
    """Merging adds new entries and replaces ours with the other's of the same id."""
    lavrov = {**PERSON, "id": "lavrov", "names": {"en": "S. Lavrov", "ar": "لافروف"}}
    mine = Gazetteer.from_file(write(tmp_path, {"people": [PERSON, lavrov]}))
    merged = gazetteer.merged(mine)
    assert ("S. Lavrov", "sami", len(gazetteer.people) + 1) == (
        merged.people["lavrov"].names.get("en"),
        merged.people["sami"].id,
        len(merged.people),
    )
    assert "Sergey Lavrov" == gazetteer.people["lavrov"].names.get("en")


@pytest.mark.parametrize(
    ("data", "paths"),
    [
        ({"people": [{**PERSON, "country": "ZZ"}]}, ["$.people[0].country"]),
        (
            {"people": [{**PERSON, "terms": [{"role": "tsar"}]}], "venues": 3},
            ["$.people[0].terms[0].role", "$.venues"],
        ),
        ({"people": [PERSON, PERSON]}, ["$.people[1].id"]),
        ({"persons": []}, ["$.persons"]),
        ({"version": 2}, ["$.version"]),
        ([], ["$"]),
    ],
)
def test_from_file_reports_every_problem(tmp_path: Path, data: object, paths: list[str]) -> None:
    """A broken user file raises ValidationError naming the file and every bad path."""
    path = write(tmp_path, data)
    with pytest.raises(ValidationError) as info:
        Gazetteer.from_file(path)
    assert (str(path), paths) == (info.value.source, [p.path for p in info.value.problems])
    assert str(path) in str(info.value)


def test_from_file_rejects_bad_json(tmp_path: Path) -> None:
    """A file that is not JSON raises ValidationError naming the file."""
    path = tmp_path / "bad.json"
    path.write_text('{"people": [', encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        Gazetteer.from_file(path)
    assert (str(path), "$") == (info.value.source, info.value.problems[0].path)


def test_from_entries_rejects_repeated_ids() -> None:
    """Two entries with one id raise ValidationError pointing at the second."""
    entry = CountryEntry(id="RU", alpha3="RUS", names=LocalizedText.of(en="Russia"))
    with pytest.raises(ValidationError) as info:
        Gazetteer.from_entries(countries=[entry, entry])
    assert ["$.countries[1].id"] == [p.path for p in info.value.problems]


def test_gazetteer_is_immutable() -> None:
    """Neither the gazetteer nor its collections can be changed."""
    gazetteer = Gazetteer.from_entries()
    with pytest.raises(AttributeError):
        gazetteer.people = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        gazetteer.people["x"] = None  # type: ignore[index]
