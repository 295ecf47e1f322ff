"""From prose to the model: normalisation with an offset map, recognisers and assembly.

The pipeline runs one way: ``_normalize`` (match form + offset map) -> recognisers
(``_entities``, ``_dates``, ``_people``, ``_events``, ``_agenda``, ``_sources``) -> ``_layout``
(lines, bullets, tables, sentences) -> ``_coref`` (event mentions -> events) -> ``_assemble``
(model objects). Nothing here knows about output formats.

This package also keeps the **language registry**: :func:`register_language` binds a
language tag to a function ``(text, published, gazetteer) -> Article``;
:func:`parser_for` returns it or raises :class:`UnsupportedLanguageError` naming the
languages that are supported. Arabic (``"ar"``) is registered here, loaded on first use.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from diplofacts.errors import ParseError

if TYPE_CHECKING:
    from diplofacts.gazetteer import Gazetteer
    from diplofacts.model import Article

__all__ = [
    "LanguageParser",
    "UnsupportedLanguageError",
    "parser_for",
    "register_language",
    "supported_languages",
]

LanguageParser: TypeAlias = "Callable[[str, dt.date | None, Gazetteer | None], Article]"
"""A language's parser: ``(text, published, gazetteer) -> Article``."""


class UnsupportedLanguageError(ParseError):
    """``parse_article`` was asked for a language no parser is registered for.

    ``language`` is the tag asked for; ``supported`` the tags that are registered.
    """

    def __init__(self, language: str, supported: tuple[str, ...], *, source: str) -> None:
        self.language = language
        self.supported = supported
        listed = ", ".join(repr(tag) for tag in supported)
        super().__init__(
            f"language {language!r} is not supported; supported languages: {listed}",
            source=source,
        )


# Either a parser or "module:function", imported on first use (keeps ``import diplofacts``
# cheap and free of import cycles).
_REGISTRY: dict[str, LanguageParser | str] = {"ar": "diplofacts.text._assemble:parse_arabic"}


def register_language(language: str, parser: LanguageParser | str) -> None:
    """Register ``parser`` (a callable or a ``"module:function"`` path) for ``language``."""
    _REGISTRY[language] = parser


def supported_languages() -> tuple[str, ...]:
    """Return the registered language tags, sorted."""
    return tuple(sorted(_REGISTRY))


def parser_for(language: str, *, source: str = "") -> LanguageParser:
    """Return the parser registered for ``language``.

    Raises :class:`UnsupportedLanguageError` (a :class:`~diplofacts.ParseError`) when there
    is none; ``source`` is the text being parsed, kept on the error.
    """
    entry = _REGISTRY.get(language)
    if entry is None:
        raise UnsupportedLanguageError(language, supported_languages(), source=source)
    if isinstance(entry, str):
        module_name, _, name = entry.partition(":")
        loaded: LanguageParser = getattr(importlib.import_module(module_name), name)
        _REGISTRY[language] = loaded
        return loaded
    return entry
