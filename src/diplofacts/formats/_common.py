"""What the lossy formats share: the events of an input, dates without added precision, names.

What belongs here: picking the events out of whatever model object a format is given, the
partial ISO 8601 form of a :class:`~diplofacts.FuzzyDate`, choosing one language of a
:class:`~diplofacts.LocalizedText`, country names and codes (read from the gazetteer's
data), and the warning a format gives when it leaves something out. What does not: any
format's syntax, and anything the lossless formats need (they use the converter alone).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from diplofacts.model import Article, ConsultationRound, FuzzyDate, LocalizedText, Summit

__all__ = [
    "AnyEvent",
    "ProjectionWarning",
    "alpha3",
    "country_entry",
    "country_name",
    "events_of",
    "iso_prefix",
    "pick",
]

AnyEvent = Summit | ConsultationRound
_PREFERRED = ("en", "ar")


class ProjectionWarning(UserWarning):
    """A format left out something it cannot hold (an event without a day, say)."""


def events_of(obj: object) -> tuple[AnyEvent, ...]:
    """Return the events of an :class:`Article`, of one event, or of a list of events."""
    if isinstance(obj, Article):
        return obj.events
    if isinstance(obj, Summit | ConsultationRound):
        return (obj,)
    if isinstance(obj, list | tuple) and all(
        isinstance(item, Summit | ConsultationRound) for item in obj
    ):
        return tuple(obj)
    raise TypeError(f"expected an Article, an event or a list of events, got {type(obj).__name__}")


def iso_prefix(date: FuzzyDate) -> str | None:
    """Write the known leading part of ``date``: ``2025``, ``2025-08`` or ``2025-08-15``.

    Returns ``None`` when the year is unknown (ISO 8601 has no form for "15 August, some
    year"). A day is written only beside its month, so nothing is ever made more precise.
    """
    if date.year is None:
        return None
    text = f"{date.year:04d}"
    if date.month is None:
        return text
    text += f"-{date.month:02d}"
    return text if date.day is None else f"{text}-{date.day:02d}"


def pick(text: LocalizedText | None, language: str) -> str | None:
    """Return ``text`` in ``language``, else in English, else Arabic, else any language."""
    if text is None:
        return None
    for tag in (language, *_PREFERRED):
        if tag in text:
            return text[tag]
    return text.texts[0][1]


@functools.cache
def _countries() -> dict[str, dict[str, Any]]:
    """Load the gazetteer's country entries by alpha-2 code (none when the data is missing)."""
    path = resources.files("diplofacts").joinpath("gazetteer", "data", "countries.json")
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
    except (OSError, ValueError, KeyError, TypeError):  # pragma: no cover - data shipped
        return {}
    return {entry["id"]: entry for entry in entries if isinstance(entry, dict) and "id" in entry}


def country_entry(code: str) -> dict[str, Any]:
    """Return the gazetteer's entry for country ``code`` (empty when it has none)."""
    return _countries().get(code, {})


def alpha3(code: str) -> str:
    """Return the ISO 3166-1 alpha-3 code of an alpha-2 code (the alpha-2 when unknown)."""
    value = _countries().get(code, {}).get("alpha3")
    return value if isinstance(value, str) else code


def country_name(code: str, language: str) -> str:
    """Return the name of country ``code`` in ``language`` (``en`` or ``ar``), else the code."""
    names = _countries().get(code, {}).get("names", {})
    value = names.get(language) if isinstance(names, dict) else None
    return value if isinstance(value, str) else code
