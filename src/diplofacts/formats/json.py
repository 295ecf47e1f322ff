"""Canonical JSON: lossless, byte-identical for equal objects, with a JSON Schema.

Keys come in the model's field order (localized texts by language tag), fields equal to their
default are left out, dates are EDTF strings, spans ``[start, end]`` pairs, and text is UTF-8
(Arabic is not escaped). :func:`schema` returns the JSON Schema every output validates
against.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import orjson

from diplofacts._collector import paused_for
from diplofacts.errors import Problem, ValidationError
from diplofacts.formats._converter import converter, structure
from diplofacts.formats._schema import json_schema
from diplofacts.limits import DEFAULT_LIMITS, Limits

__all__ = ["dumps", "loads", "schema"]

T = TypeVar("T")


def _plain(obj: Any) -> Any:
    """Turn one model object into plain data; orjson calls it for every object it meets."""
    kind = type(obj)
    hook = _HOOKS.get(kind)
    if hook is None:
        hook = _HOOKS[kind] = converter.get_unstructure_hook(kind)
    return hook(obj)


_HOOKS: dict[type, Callable[[Any], Any]] = {}


def dumps(obj: Any, *, indent: bool = True) -> str:
    """Write a model object (or a list of them) as canonical JSON, ending in a newline."""
    option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
    # orjson writes lists, strings, numbers and enums itself and hands each model object to
    # _plain, so a long list is written object by object, never as one big tree of dicts.
    return orjson.dumps(obj, default=_plain, option=option).decode()


def loads(data: str | bytes, cls: type[T], *, limits: Limits | None = None) -> T:
    """Read JSON as a ``cls``; every problem is reported at once with its JSON path.

    Raises :class:`~diplofacts.ValidationError` for malformed JSON, wrong types, unknown or
    missing keys, and values the model rejects; :class:`~diplofacts.LimitError` (one of
    them) for a document or a chain of sources over ``limits``
    (:data:`~diplofacts.limits.DEFAULT_LIMITS` when not given).
    """
    limits = limits or DEFAULT_LIMITS
    limits.check_document(data)
    with paused_for(len(data)):  # a large document is a large tree of objects
        try:
            raw = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise ValidationError([Problem("$", f"malformed JSON: {exc}")]) from None
        return structure(raw, cls, max_depth=limits.max_depth)


def schema(cls: type | None = None) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of ``cls`` (default: :class:`~diplofacts.Article`)."""
    return json_schema(cls)
