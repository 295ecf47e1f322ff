"""The :class:`Gazetteer` and the reading of its data files.

What belongs here: the immutable collection of entries, keyed by id, with the lookups the
recognisers and the assembler need (terms in force on a date, holders of a role), and the
reading of the package data and of users' files through the one shared strict converter
(:func:`diplofacts.formats._converter.structure`), so every problem is a
:class:`~diplofacts.ValidationError` naming the file and the JSON path. What must not:
matching text (``diplofacts.text``), file syntax other than JSON.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import types
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, TypeVar

import attrs
import orjson

from diplofacts.errors import Problem, ValidationError
from diplofacts.gazetteer._entries import (
    CountryEntry,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    Term,
    VenueEntry,
)
from diplofacts.model import LocalizedText, _checks

__all__ = ["KINDS", "Gazetteer"]

KINDS: tuple[str, ...] = ("countries", "people", "venues", "places", "organizations")
"""The five collections, in the order files and problems are reported."""

_FORMAT_VERSION = 1
_E = TypeVar("_E", CountryEntry, PersonEntry, VenueEntry, PlaceEntry, OrganizationEntry)


def _version(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value != _FORMAT_VERSION:
        raise _checks.fail(attribute.name, f"unsupported version {value!r} (expected 1)")


@attrs.frozen(kw_only=True)
class _CountriesFile:
    version: int = attrs.field(validator=_version)
    entries: tuple[CountryEntry, ...]


@attrs.frozen(kw_only=True)
class _PeopleFile:
    version: int = attrs.field(validator=_version)
    entries: tuple[PersonEntry, ...]


@attrs.frozen(kw_only=True)
class _VenuesFile:
    version: int = attrs.field(validator=_version)
    entries: tuple[VenueEntry, ...]


@attrs.frozen(kw_only=True)
class _PlacesFile:
    version: int = attrs.field(validator=_version)
    entries: tuple[PlaceEntry, ...]


@attrs.frozen(kw_only=True)
class _OrganizationsFile:
    version: int = attrs.field(validator=_version)
    entries: tuple[OrganizationEntry, ...]


# The package data files: ``{"version": 1, "entries": [...]}`` each.
_FILES: dict[str, type[Any]] = {
    "countries": _CountriesFile,
    "people": _PeopleFile,
    "venues": _VenuesFile,
    "places": _PlacesFile,
    "organizations": _OrganizationsFile,
}


@attrs.frozen(kw_only=True)
class _UserFile:
    """A user's gazetteer file: any subset of the five collections, each a list of entries."""

    version: int = attrs.field(default=_FORMAT_VERSION, validator=_version)
    countries: tuple[CountryEntry, ...] = ()
    people: tuple[PersonEntry, ...] = ()
    venues: tuple[VenueEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()
    organizations: tuple[OrganizationEntry, ...] = ()


def _parse_json(data: bytes | str, source: str) -> object:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ValidationError([Problem("$", f"not valid JSON: {exc}")], source=source) from None


def _index(entries: Iterable[_E], path: str, source: str | None) -> dict[str, _E]:
    """Key entries by id, or raise naming every repeated id (``path`` formats the index)."""
    out: dict[str, _E] = {}
    first: dict[str, int] = {}
    problems: list[Problem] = []
    for index, entry in enumerate(entries):
        if entry.id in out:
            message = f"id {entry.id!r} is used twice (first at index {first[entry.id]})"
            problems.append(Problem(path.format(index) + ".id", message))
        else:
            first[entry.id] = index
            out[entry.id] = entry
    if problems:
        raise ValidationError(problems, source=source)
    return out


def _proxy(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return types.MappingProxyType(dict(value))


def _field() -> Any:
    return attrs.field(factory=dict, converter=_proxy, repr=False)


def _recent_first(term: Term) -> tuple[dt.date, dt.date]:
    return (term.start or dt.date.min, term.end or dt.date.max)


@attrs.frozen(kw_only=True, eq=False)
class Gazetteer:
    """What the recognisers know: countries, people, venues, places and organizations by id.

    Immutable. Build it with :meth:`default` (the data shipped with diplofacts),
    :meth:`from_file` (a user's JSON file), :meth:`from_entries`, and combine with
    :meth:`merged`. Two gazetteers are equal only when they are the same object.
    """

    countries: Mapping[str, CountryEntry] = _field()
    people: Mapping[str, PersonEntry] = _field()
    venues: Mapping[str, VenueEntry] = _field()
    places: Mapping[str, PlaceEntry] = _field()
    organizations: Mapping[str, OrganizationEntry] = _field()

    def __repr__(self) -> str:
        sizes = ", ".join(f"{kind}={len(getattr(self, kind))}" for kind in KINDS)
        return f"<Gazetteer {sizes}>"

    @classmethod
    def default(cls) -> Gazetteer:
        """Return the gazetteer shipped with diplofacts (read once, then cached)."""
        return _default()

    @classmethod
    def from_entries(
        cls,
        *,
        countries: Iterable[CountryEntry] = (),
        people: Iterable[PersonEntry] = (),
        venues: Iterable[VenueEntry] = (),
        places: Iterable[PlaceEntry] = (),
        organizations: Iterable[OrganizationEntry] = (),
    ) -> Gazetteer:
        """Build a gazetteer from entries; a repeated id raises :class:`ValidationError`."""
        return cls(
            countries=_index(countries, "$.countries[{}]", None),
            people=_index(people, "$.people[{}]", None),
            venues=_index(venues, "$.venues[{}]", None),
            places=_index(places, "$.places[{}]", None),
            organizations=_index(organizations, "$.organizations[{}]", None),
        )

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Read a user's JSON file holding any of the five collections.

        The file is an object such as ``{"people": [...], "venues": [...]}``; every problem
        is reported at once as a :class:`ValidationError` naming the file and the path.
        """
        source = os.fspath(path)
        with open(source, "rb") as stream:  # noqa: PTH123 - a str or PathLike is accepted
            data = _parse_json(stream.read(), source)
        parsed = _structure(data, _UserFile, source)
        return cls(
            **{kind: _index(getattr(parsed, kind), f"$.{kind}[{{}}]", source) for kind in KINDS}
        )

    def merged(self, other: Gazetteer) -> Gazetteer:
        """Return a gazetteer with ``other``'s entries added, replacing ours with the same id."""
        return Gazetteer(
            **{kind: {**getattr(self, kind), **getattr(other, kind)} for kind in KINDS}
        )

    def roles_on(self, person_id: str, on: dt.date | None) -> tuple[Term, ...]:
        """Return the terms ``person_id`` held on ``on`` (every term when ``None``), newest first.

        Raises :class:`KeyError` for a person the gazetteer does not know.
        """
        terms = self.people[person_id].terms
        if on is not None:
            terms = tuple(term for term in terms if term.in_force(on))
        return tuple(sorted(terms, key=_recent_first, reverse=True))

    def current_roles(self, person_id: str, on: dt.date | None) -> tuple[Term, ...]:
        """Return the terms in force on ``on``; with no date, the open terms (or the latest one)."""
        if on is not None:
            return self.roles_on(person_id, on)
        terms = self.roles_on(person_id, None)
        open_terms = tuple(term for term in terms if term.end is None)
        return open_terms or terms[:1]

    def holders(
        self, role: str, on: dt.date, *, country: str | None = None, to: str | None = None
    ) -> tuple[PersonEntry, ...]:
        """Return the people holding ``role`` on ``on`` (for ``country``, sent ``to``), by id."""
        return tuple(
            person
            for _, person in sorted(self.people.items())
            if (country is None or person.country == country)
            and any(
                term.role == role and term.in_force(on) and (to is None or term.to == to)
                for term in person.terms
            )
        )

    def capital_of(self, country: str) -> LocalizedText | None:
        """Return the capital of ``country`` (``None`` when unknown or not in the gazetteer)."""
        entry = self.countries.get(country)
        return None if entry is None else entry.capital

    def country_name(self, country: str) -> LocalizedText | None:
        """Return the names of ``country`` (``None`` when not in the gazetteer)."""
        entry = self.countries.get(country)
        return None if entry is None else entry.names


def _structure(data: object, cls: type[Any], source: str) -> Any:
    from diplofacts.formats._converter import structure  # noqa: PLC0415 - avoid an import cycle

    return structure(data, cls, source=source)


def _read_package_file(kind: str) -> dict[str, Any]:
    """Read one package data file into a mapping of id to entry."""
    source = f"diplofacts/gazetteer/data/{kind}.json"
    data = _parse_json(
        resources.files("diplofacts.gazetteer").joinpath("data", f"{kind}.json").read_bytes(),
        source,
    )
    parsed = _structure(data, _FILES[kind], source)
    return _index(parsed.entries, "$.entries[{}]", source)


@functools.cache
def _default() -> Gazetteer:
    return Gazetteer(**{kind: _read_package_file(kind) for kind in KINDS})
