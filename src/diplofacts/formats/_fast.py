"""The fast pass of the shared converter: model objects built by generated code.

What belongs here: the type predicates the converter dispatches on, and the code generation
that builds (and writes) model objects without going through ``__init__``. What does not: the
hooks and error reporting, in :mod:`diplofacts.formats._converter`, which uses this module.
"""

from __future__ import annotations

import enum
import threading
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs

from diplofacts.model import FuzzyDate, LocalizedText, RelativeDate, Span, _checks

_DateUnion = FuzzyDate | RelativeDate | None


_NATIVE = frozenset({str, int, float, bool})


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_optional(tp: Any) -> bool:
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
        and tp != _DateUnion
    )


# ---- The fast pass -----------------------------------------------------------------------
# Model objects are built without calling ``__init__``: the generated code checks each value's
# type as strictly as the hooks above, so the validators that test only a type
# (``_checks.TYPE_ONLY``) are skipped. Every other validator, every converter and
# ``__attrs_post_init__`` run as ``__init__`` runs them, so every rule of the model holds for
# every object built. The two value types are built by hand, with their rules written out
# (LocalizedText's ``_check_items``, Span's ``__attrs_post_init__``). Anything wrong raises some
# exception, and the detailed pass (which calls ``__init__``) then says what it was.


class _RejectedError(Exception):
    """Raised by the fast pass; the detailed pass reports what was wrong."""


class _TooDeepError(_RejectedError):
    """Raised by the fast pass for data nested deeper than it builds: the detailed pass decides.

    The fast pass takes fewer stack frames per level than the detailed one, so without a
    limit it would accept chains the detailed pass rejects as nested too deeply.
    """


_MAX_DEPTH = 100


_new = object.__new__
_MISSING = object()
_GOOD_TAGS: set[str] = set()


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    """Return a fast ``setattr(obj, name, value)`` for a slotted frozen class."""
    for klass in cls.__mro__:
        slot = vars(klass).get(name)
        if isinstance(slot, types.MemberDescriptorType):
            return slot.__set__
    return lambda obj, value: object.__setattr__(obj, name, value)  # pragma: no cover


_set_texts = _slot_setter(LocalizedText, "texts")
_set_start = _slot_setter(Span, "start")
_set_end = _slot_setter(Span, "end")


def _fast_text(value: object, _: object = None) -> LocalizedText:
    if type(value) is not dict:
        raise _RejectedError
    pairs = sorted(value.items())  # the tags of a dict are distinct
    if not pairs:
        raise _RejectedError
    for tag, text in pairs:
        if type(text) is not str or not text.strip():
            raise _RejectedError
        if tag not in _GOOD_TAGS:
            if _checks.language_tag_problem(tag) is not None:
                raise _RejectedError
            if len(_GOOD_TAGS) < 1024:  # a corpus uses a handful of tags
                _GOOD_TAGS.add(tag)
    obj = _new(LocalizedText)
    _set_texts(obj, tuple(pairs))
    return obj


def _fast_span(value: object, _: object = None) -> Span:
    if type(value) is not list or len(value) != 2:
        raise _RejectedError
    start, end = value
    if type(start) is not int or type(end) is not int or start < 0 or end <= start:
        raise _RejectedError
    obj = _new(Span)
    _set_start(obj, start)
    _set_end(obj, end)
    return obj


def _is_fast(cls: Any) -> bool:
    """Tell whether the fast pass can build ``cls``: a model class whose fields are all plain."""
    return (
        attrs.has(cls)
        and cls.__module__.startswith("diplofacts.model.")
        and cls is not FuzzyDate  # read from EDTF strings by its own hook
        and all(
            field.init and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
            for field in attrs.fields(cls)
        )
    )


_BUILDERS: dict[type, Callable[[object, object], Any]] = {
    LocalizedText: _fast_text,
    Span: _fast_span,
}
_BUILDING: set[type] = set()
_GENERATING = threading.RLock()


def _fast_builder(cls: type, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    """Generate the fast pass's function that builds ``cls`` from a dict."""
    with _GENERATING:  # one thread at a time, so _BUILDING is only ever this thread's
        if cls in _BUILDERS:
            return _BUILDERS[cls]
        _BUILDING.add(cls)
        try:
            build = _generate(cls, conv)
        finally:
            _BUILDING.discard(cls)
        _BUILDERS[cls] = build
        return build


def _generate(cls: type, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    ns: dict[str, Any] = {
        "R": _RejectedError,
        "MISSING": _MISSING,
        "new": _new,
        "cls": cls,
        "keys": frozenset(field.name for field in fields),
        "str": str,
        "int": int,
        "bool": bool,
        "list": list,
        "tuple": tuple,
        "dict": dict,
        "type": type,
        "BUILD": _BUILDERS,
    }
    lines = [
        "def build(o, _=None):",
        "    if type(o) is not dict or not keys.issuperset(o):",
        "        raise R",
        "    self = new(cls)",
    ]
    for index, field in enumerate(fields):
        tp = hints[field.name]
        ns[f"set{index}"] = _slot_setter(cls, field.name)
        body = _value_code(tp, ns, conv, f"{index}")
        if field.converter is not None:
            ns[f"conv{index}"] = field.converter
            body.append(f"v = conv{index}(v)")
        body.append(f"set{index}(self, v)")
        validator = field.validator
        if validator is not None and validator not in _checks.TYPE_ONLY:
            ns[f"check{index}"] = _checks.WHEN_TYPED.get(validator, validator)
            ns[f"attr{index}"] = field
            body.append(f"check{index}(self, attr{index}, v)")
        if field.default is attrs.NOTHING:
            lines.append(f"    v = o[{field.name!r}]")
            lines += [f"    {line}" for line in body]
        else:
            default = field.default
            if field.converter is not None:
                default = field.converter(default)
            if validator is not None:  # a default that breaks a rule would be a model bug
                validator(None, field, default)
            ns[f"default{index}"] = default
            lines += [
                f"    v = o.get({field.name!r}, MISSING)",
                "    if v is MISSING:",
                f"        set{index}(self, default{index})",
                "    else:",
            ]
            lines += [f"        {line}" for line in body]
    if ns.get("recursive"):  # the second argument is the type for cattrs, a depth in here
        ns["TooDeep"], ns["MAX_DEPTH"] = _TooDeepError, _MAX_DEPTH
        lines[3:3] = [
            "    depth = _ if type(_) is int else 0",
            "    if depth > MAX_DEPTH:",
            "        raise TooDeep",
        ]
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("    self.__attrs_post_init__()")
    lines.append("    return self")
    source = "\n".join(lines)
    exec(compile(source, f"<diplofacts fast build {cls.__qualname__}>", "exec"), ns)  # noqa: S102
    build: Callable[[object, object], Any] = ns["build"]
    return build


def _value_code(  # noqa: PLR0911 - one return per kind of type
    tp: Any, ns: dict[str, Any], conv: cattrs.Converter, key: str
) -> list[str]:
    """Lines that check ``v`` strictly as a ``tp`` and leave the structured value in ``v``."""
    if tp in (str, int, bool):
        return [f"if type(v) is not {tp.__name__}:", "    raise R"]
    if _is_enum(tp):
        ns[f"enum{key}"] = {member.value: member for member in tp}
        return [f"v = enum{key}[v]"]
    if tp in _BUILDERS or _is_fast(tp):
        return [f"v = {_call_builder(tp, ns, conv, key, 'v')}"]
    if _is_optional(tp):
        inner = next(arg for arg in typing.get_args(tp) if arg is not type(None))
        return ["if v is not None:", *(f"    {line}" for line in _value_code(inner, ns, conv, key))]
    if _is_homogeneous_tuple(tp):
        item = typing.get_args(tp)[0]
        head = ["if type(v) is not list:", "    raise R"]
        if item in (str, int, bool):
            return [
                *head,
                "for x in v:",
                f"    if type(x) is not {item.__name__}:",
                "        raise R",
                "v = tuple(v)",
            ]
        if item in _BUILDERS or _is_fast(item):
            call = _call_builder(item, ns, conv, key, "x")
            if call == f"build{key}(x)":
                return [*head, f"v = tuple(map(build{key}, v))"]
            return [*head, f"v = tuple([{call} for x in v])"]
        ns[f"item{key}"], ns[f"itemtype{key}"] = conv.get_structure_hook(item), item
        return [*head, f"v = tuple([item{key}(x, itemtype{key}) for x in v])"]
    ns[f"hook{key}"], ns[f"tp{key}"] = conv.get_structure_hook(tp), tp
    return [f"v = hook{key}(v, tp{key})"]


def _call_builder(cls: type, ns: dict[str, Any], conv: cattrs.Converter, key: str, arg: str) -> str:
    """Bind the fast builder of ``cls`` in ``ns`` and return the code that calls it on ``arg``."""
    if cls in _BUILDING:  # a class that holds itself (Attribution.via): look it up when called
        ns[f"cls{key}"] = cls
        ns["recursive"] = True
        return f"BUILD[cls{key}]({arg}, depth + 1)"
    ns[f"build{key}"] = _BUILDERS[cls] if cls in _BUILDERS else _fast_builder(cls, conv)
    return f"build{key}({arg})"


def _unbuilder(cls: type, conv: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    """Generate the function that turns a ``cls`` into a dict, leaving out default values.

    It writes what cattrs' generated code writes, with cheaper tests for the defaults
    (``is not None`` rather than calling ``__ne__`` on a model object).
    """
    hints = typing.get_type_hints(cls)
    ns: dict[str, Any] = {"list": list, "dict": dict, "map": map}
    lines = ["def unbuild(obj):", "    res = {}"]
    for index, field in enumerate(attrs.fields(cls)):
        tp, name = hints[field.name], field.name
        default = field.default
        if default is None:
            lines.append(f"    v = obj.{name}\n    if v is not None:")
        elif default == () and type(default) is tuple:
            lines.append(f"    v = obj.{name}\n    if v:")
        elif default is attrs.NOTHING:
            lines.append(f"    v = obj.{name}\n    if True:")
        else:
            ns[f"default{index}"] = default
            lines.append(f"    v = obj.{name}\n    if v != default{index}:")
        lines.append(f"        res[{name!r}] = {_plain_code(cls, tp, ns, conv, index)}")
    lines.append("    return res")
    source = "\n".join(lines)
    exec(compile(source, f"<diplofacts unbuild {cls.__qualname__}>", "exec"), ns)  # noqa: S102
    unbuild: Callable[[Any], dict[str, Any]] = ns["unbuild"]
    return unbuild


def _plain_code(  # noqa: PLR0911 - one return per kind of type
    cls: type, tp: Any, ns: dict[str, Any], conv: cattrs.Converter, index: int
) -> str:
    """Return the expression that turns ``v``, a ``tp`` (not ``None``), into plain data."""
    if _is_optional(tp):
        tp = next(arg for arg in typing.get_args(tp) if arg is not type(None))
    if tp in _NATIVE or _is_enum(tp):
        return "v"
    if tp is LocalizedText:
        return "dict(v.texts)"
    if tp is Span:
        return "[v.start, v.end]"
    if _is_homogeneous_tuple(tp):
        item = typing.get_args(tp)[0]
        if item in _NATIVE:
            return "list(v)"
        if item is Span:
            return "[[span.start, span.end] for span in v]"
        ns[f"item{index}"] = conv.get_unstructure_hook(item)
        return f"list(map(item{index}, v))"
    if tp is cls:  # a class that holds itself (Attribution.via)
        return "unbuild(v)"
    ns[f"hook{index}"] = conv.get_unstructure_hook(tp)
    return f"hook{index}(v)"
