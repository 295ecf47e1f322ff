"""Tests for the typed gazetteer entries and their validators."""

from __future__ import annotations

import datetime as dt

import pytest

from diplofacts import LocalizedText, ValidationError, VenueKind
from diplofacts.gazetteer import (
    KINDS,
    ROLES,
    CountryEntry,
    Gazetteer,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    Term,
)
from diplofacts.text._lexicon import TITLES

NAMES = LocalizedText.of(en="Somewhere", ar="مكان")


def test_term_accepts_a_vocabulary_role_and_ordered_dates() -> None:
    """A term with a known role and start before end builds."""
    term = Term(role="foreign minister", start=dt.date(2004, 3, 9), end=dt.date(2020, 1, 1))
    assert "foreign minister" == term.role


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"role": "dictator"}, "$.role"),
        ({"role": "king", "start": dt.date(2020, 1, 2), "end": dt.date(2020, 1, 1)}, "$.end"),
        ({"role": "ambassador", "to": "XX"}, "$.to"),
        ({"role": "ambassador", "title_en": " "}, "$.title_en"),
        ({"role": "king", "start": "2020-01-01"}, "$.start"),
    ],
)
def test_term_rejects_bad_fields(kwargs: dict[str, object], path: str) -> None:
    """A bad role, reversed dates, a bad country or a blank title raise with the field path."""
    with pytest.raises(ValidationError) as info:
        Term(**kwargs)  # type: ignore[arg-type]
    assert path == info.value.problems[0].path


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2019, 12, 31), False),
        (dt.date(2020, 1, 1), True),
        (dt.date(2021, 6, 1), True),
        (dt.date(2022, 1, 1), True),
        (dt.date(2022, 1, 2), False),
    ],
)
def test_term_in_force_includes_both_ends(on: dt.date, expected: bool) -> None:
    """A term is in force from its start to its end, both days included."""
    term = Term(role="king", start=dt.date(2020, 1, 1), end=dt.date(2022, 1, 1))
    assert expected == term.in_force(on)


def test_open_term_is_in_force_any_day() -> None:
    """A term with no dates is in force on any day."""
    assert Term(role="king").in_force(dt.date(1900, 1, 1))


def test_the_vocabulary_holds_every_listed_role() -> None:
    """The role vocabulary has the agreed labels, deputies of ministers included."""
    assert 65 == len(ROLES)
    expected = {
        "minister of state",
        "committee chair",
        "chief of general staff",
        "commissioner",
        "coordinator",
        "intelligence chief",
        "security council secretary",
        "deputy defence minister",
        "first deputy foreign minister",
        "deputy security council secretary",
        "deputy prime minister",
        "foreign ministry under-secretary",
        "deputy secretary-general",
        "assistant secretary-general",
    }
    assert expected <= ROLES


def test_the_title_vocabulary_uses_only_known_roles() -> None:
    """Every role a title of the text vocabulary names is one a gazetteer term may carry."""
    assert set() == {title.role for title in TITLES if title.role} - ROLES


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"id": "XX", "alpha3": "RUS"}, "$.id"),
        ({"id": "RU", "alpha3": "RU"}, "$.alpha3"),
        ({"id": "RU", "alpha3": "RUS", "wikidata": "159"}, "$.wikidata"),
        ({"id": "RU", "alpha3": "RUS", "nisba_ar": ("",)}, "$.nisba_ar[0]"),
    ],
)
def test_country_entry_rejects_bad_codes(kwargs: dict[str, object], path: str) -> None:
    """Country codes, Wikidata ids and alias lists are checked at construction."""
    with pytest.raises(ValidationError) as info:
        CountryEntry(names=NAMES, **kwargs)  # type: ignore[arg-type]
    assert path == info.value.problems[0].path


def test_person_entry_rejects_a_bad_id() -> None:
    """A person id must be an ASCII identifier."""
    with pytest.raises(ValidationError) as info:
        PersonEntry(id="لافروف", names=NAMES)
    assert "$.id" == info.value.problems[0].path


def test_place_entry_is_a_city_or_a_region() -> None:
    """A place of any kind other than city or region is rejected."""
    assert VenueKind.CITY == PlaceEntry(id="x", kind=VenueKind.CITY, names=NAMES).kind
    with pytest.raises(ValidationError) as info:
        PlaceEntry(id="x", kind=VenueKind.PALACE, names=NAMES)
    assert "$.kind" == info.value.problems[0].path


def test_english_names_are_ascii() -> None:
    """English names are spelled in ASCII as news agencies write them; the native form has its tag.

    A user searching for "Dolmabahce" or "Erdogan" finds the entry; "Dolmabahçe Sarayı" is
    kept under ``tr``.
    """
    gazetteer = Gazetteer.default()
    texts = [
        (kind, entry.id, field, getattr(entry, field))
        for kind in KINDS
        for entry in getattr(gazetteer, kind).values()
        for field in ("names", "capital", "locality", "region")
        if getattr(entry, field, None) is not None
    ]
    assert [] == [row[:3] for row in texts if not (row[3].get("en") or "").isascii()]
    assert "Dolmabahçe Sarayı" == gazetteer.venues["dolmabahce"].names.get("tr")


def test_a_side_organization_needs_a_country() -> None:
    """A movement taking part as a side («حركة حماس») must say whose code it uses."""
    assert OrganizationEntry(id="m", canonical="M", names=NAMES, country="PS", side=True).side
    with pytest.raises(ValidationError) as info:
        OrganizationEntry(id="m", canonical="M", names=NAMES, side=True)
    assert "$.side" == info.value.problems[0].path
