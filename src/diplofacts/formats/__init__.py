"""Formats: one module per format, all of the same shape, around one shared converter.

Each ``diplofacts.formats.<name>`` module has ``dumps(obj) -> str`` and, where the format can
be read back, ``loads(data, cls, *, limits=None)``. Modules whose back-end is a third-party
package (YAML, iCalendar) import it only when used, so ``import diplofacts`` needs none.

:func:`dumps` and :func:`loads` dispatch on the format's name.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, TypeVar

from diplofacts.errors import UnsupportedFormatError
from diplofacts.limits import Limits

__all__ = ["FORMATS", "READABLE", "dumps", "format_module", "loads"]

T = TypeVar("T")

FORMATS: dict[str, str] = {
    "json": "Canonical JSON (lossless)",
    "yaml": "YAML, safe loading only (lossless; needs PyYAML)",
    "csv": "Flat CSV tables joined by event id",
    "jsonld": "schema.org JSON-LD",
    "ical": "iCalendar (needs icalendar)",
    "markdown": "Markdown fact tables in Arabic and English",
    "plover": "PLOVER event records as JSON lines",
}
"""Every format name, with what it is."""

READABLE: frozenset[str] = frozenset({"json", "yaml", "csv"})
"""The formats that ``loads`` can read back."""


def format_module(name: str) -> ModuleType:
    """Return the module of format ``name``; raise :class:`UnsupportedFormatError` if unknown."""
    if name not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise UnsupportedFormatError(f"unknown format {name!r}; known formats: {known}")
    try:
        return importlib.import_module(f"diplofacts.formats.{name}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("diplofacts"):
            raise UnsupportedFormatError(f"format {name!r} is not available yet") from None
        raise


def dumps(obj: Any, format: str = "json") -> str:  # noqa: A002 - the documented keyword
    """Write a model object (an :class:`~diplofacts.Article` included) in ``format``."""
    module = format_module(format)
    return module.dumps(obj)  # type: ignore[no-any-return]  # every format returns str


def loads(
    data: str | bytes,
    cls: type[T],
    format: str = "json",  # noqa: A002 - the documented keyword
    *,
    limits: Limits | None = None,
) -> T:
    """Read ``data`` in ``format`` as a ``cls``; raise :class:`~diplofacts.ValidationError`.

    ``limits`` bounds the document's size and the chains of sources in it
    (:data:`~diplofacts.limits.DEFAULT_LIMITS` when not given): over them,
    :class:`~diplofacts.LimitError`, a :class:`~diplofacts.ValidationError`.
    """
    module = format_module(format)
    reader = getattr(module, "loads", None)
    if reader is None:
        raise UnsupportedFormatError(f"format {format!r} cannot be read back")
    return reader(data, cls, limits=limits)  # type: ignore[no-any-return]  # a reader returns cls
