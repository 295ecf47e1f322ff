"""YAML: the canonical data in YAML syntax, lossless, read with a safe loader only.

The data is exactly what canonical JSON holds (fields equal to their default left out, dates
as EDTF strings, spans as ``[start, end]`` pairs), so ``loads(dumps(x), type(x)) == x``.
Reading never constructs arbitrary Python objects: it uses PyYAML's safe loader, with
timestamps left as strings so that ``published: 2025-08-14`` and ``date: 2025-08-15`` need
no quotes. Needs the ``yaml`` extra (PyYAML), imported only when used.
"""

from __future__ import annotations

import enum
import functools
from typing import Any, TypeVar

from diplofacts.errors import Problem, ValidationError
from diplofacts.formats._converter import structure, unstructure
from diplofacts.limits import DEFAULT_LIMITS, Limits

__all__ = ["dumps", "loads"]

T = TypeVar("T")
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


@functools.cache
def _loader() -> Any:
    """PyYAML's safe loader, reading timestamps as plain strings."""
    import yaml  # noqa: PLC0415 - an optional extra, imported when used

    class Loader(yaml.SafeLoader):
        """The safe loader without the timestamp resolver."""

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


@functools.cache
def _dumper() -> Any:
    """PyYAML's safe dumper, writing enum members (the model's str enums) as their values."""
    import yaml  # noqa: PLC0415 - an optional extra, imported when used

    class Dumper(yaml.SafeDumper):
        """The safe dumper, taught the model's enums."""

    def enum_value(dumper: yaml.SafeDumper, value: enum.Enum) -> yaml.Node:
        return dumper.represent_str(str(value.value))

    Dumper.add_multi_representer(enum.Enum, enum_value)
    return Dumper


def dumps(obj: Any) -> str:
    """Write a model object (or a list of them) as YAML, keys in the model's field order."""
    import yaml  # noqa: PLC0415 - an optional extra, imported when used

    text: str = yaml.dump(unstructure(obj), Dumper=_dumper(), allow_unicode=True, sort_keys=False)
    return text


def loads(data: str | bytes, cls: type[T], *, limits: Limits | None = None) -> T:
    """Read YAML as a ``cls`` with the safe loader; every problem is reported at once.

    Raises :class:`~diplofacts.ValidationError` for malformed YAML (naming the line and
    column), wrong types, unknown or missing keys, and values the model rejects;
    :class:`~diplofacts.LimitError` for a document or a chain of sources over ``limits``.
    """
    limits = limits or DEFAULT_LIMITS
    limits.check_document(data)
    import yaml  # noqa: PLC0415 - an optional extra, imported when used

    try:
        raw = yaml.load(data, Loader=_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = getattr(exc, "problem", None) or str(exc)
        raise ValidationError([Problem("$", f"malformed YAML{where}: {reason}")]) from None
    return structure(raw, cls, max_depth=limits.max_depth)
