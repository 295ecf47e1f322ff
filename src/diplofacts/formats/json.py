"""Canonical JSON: lossless, byte-identical for equal objects, with a JSON Schema.

Keys come in the model's field order (localized texts by language tag), fields equal to their
default are left out, dates are EDTF strings, spans ``[start, end]`` pairs, and text is UTF-8
(Arabic is not escaped). :func:`schema` returns the JSON Schema every output validates
against.
"""

from __future__ import annotations

from typing import Any, TypeVar

import orjson

from diplofacts.errors import Problem, ValidationError
from diplofacts.formats._converter import structure, unstructure
from diplofacts.formats._schema import json_schema

__all__ = ["dumps", "loads", "schema"]

T = TypeVar("T")


def dumps(obj: Any, *, indent: bool = True) -> str:
    """Write a model object (or a list of them) as canonical JSON, ending in a newline."""
    option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
    return orjson.dumps(unstructure(obj), option=option).decode()


def loads(data: str | bytes, cls: type[T]) -> T:
    """Read JSON as a ``cls``; every problem is reported at once with its JSON path.

    Raises :class:`~diplofacts.ValidationError` for malformed JSON, wrong types, unknown or
    missing keys, and values the model rejects.
    """
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ValidationError([Problem("$", f"malformed JSON: {exc}")]) from None
    return structure(raw, cls)


def schema(cls: type | None = None) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of ``cls`` (default: :class:`~diplofacts.Article`)."""
    return json_schema(cls)
