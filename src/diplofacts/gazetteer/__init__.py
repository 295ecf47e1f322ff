"""The gazetteer: what diplofacts knows about countries, people, venues, places and organizations.

>>> from diplofacts.gazetteer import Gazetteer
>>> gazetteer = Gazetteer.default()
>>> gazetteer.countries["RU"].names.get("en")
'Russia'

Entries are typed, validated attrs classes; the data shipped in the package and users' own
files are read through the one shared strict converter, so a bad file raises
:class:`~diplofacts.ValidationError` naming the file and the JSON path of every problem.
"""

from __future__ import annotations

from diplofacts.gazetteer._entries import (
    PLACE_KINDS,
    ROLES,
    CountryEntry,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    Term,
    VenueEntry,
)
from diplofacts.gazetteer._load import KINDS, Gazetteer

__all__ = [
    "KINDS",
    "PLACE_KINDS",
    "ROLES",
    "CountryEntry",
    "Gazetteer",
    "OrganizationEntry",
    "PersonEntry",
    "PlaceEntry",
    "Term",
    "VenueEntry",
]
