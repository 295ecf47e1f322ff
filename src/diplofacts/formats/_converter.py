"""The one cattrs converter every format is built on.

What belongs here: how model objects become plain Python data (dicts, lists, strings,
numbers) and back, strictly. Dates travel as EDTF strings, enums as their values, spans as
``[start, end]`` pairs, localized texts as ``{tag: text}`` objects, events in a mixed list
with a ``"type"`` tag. Fields equal to their default are left out, so equal objects give equal
data. What does not: any file syntax (JSON, YAML, ...) — that is each format module's job.

Structuring is strict: ``null`` is not a string, ``"5"`` is not a number, ``1`` is not
``true``, a string is not a list, unknown keys are errors. Every problem is reported with its
JSON path, all at once (:func:`structure`).

Two converters share one configuration: a fast one, used first, and a detailed one, run only
when the fast one fails, to report every problem. The fast one builds model objects with
generated code (:func:`_fast_builder`) that checks every type as strictly as the hooks do,
then runs the model's own rules; the detailed one goes through each class's ``__init__``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import typing
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from diplofacts import model
from diplofacts.errors import LimitError, Problem, ValidationError
from diplofacts.formats._fast import (
    _HAND_BUILT,
    _NATIVE,
    DEPTH_LIMIT,
    _DateUnion,
    _fast_builder,
    _is_enum,
    _is_fast,
    _is_homogeneous_tuple,
    _is_optional,
    _unbuilder,
)
from diplofacts.limits import MAX_DEPTH_CEILING
from diplofacts.model import (
    ConsultationRound,
    FuzzyDate,
    LocalizedText,
    RelativeDate,
    Span,
    Summit,
)

__all__ = ["EVENT_TAGS", "converter", "structure", "unstructure"]

T = TypeVar("T")

EVENT_TAGS: dict[type, str] = {Summit: "summit", ConsultationRound: "consultation_round"}
"""The ``"type"`` value that marks each kind of event in a mixed list."""
_EVENT_BY_TAG = {tag: cls for cls, tag in EVENT_TAGS.items()}
_EventUnion = Summit | ConsultationRound


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


class _WrongTypeError(TypeError):
    def __init__(self, expected: str, value: object) -> None:
        super().__init__(f"expected {expected}, got {_type_name(value)}")


def _structure_str(value: object, _: object) -> str:
    if type(value) is not str:
        raise _WrongTypeError("a string", value)
    return value


def _structure_int(value: object, _: object) -> int:
    if type(value) is not int:
        raise _WrongTypeError("an integer", value)
    return value


def _structure_float(value: object, _: object) -> float:
    if type(value) is float or type(value) is int:
        return float(value)
    raise _WrongTypeError("a number", value)


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        raise _WrongTypeError("true or false", value)
    return value


def _structure_date(value: object, _: object) -> dt.date:
    if type(value) is not str:
        raise _WrongTypeError("an ISO date string", value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO date such as '2025-08-15'") from None


def _edtf(value: str) -> FuzzyDate:
    """Read an EDTF string; a date that does not exist is reported at the string itself."""
    try:
        return FuzzyDate.from_edtf(value)
    except ValidationError as exc:
        raise ValidationError(
            [
                Problem("$", p.message if p.path == "$" else f"{value!r}: {p.message}")
                for p in exc.problems
            ]
        ) from None


def _structure_fuzzy(value: object, _: object) -> FuzzyDate:
    if type(value) is not str:
        raise _WrongTypeError("an EDTF date string", value)
    return _edtf(value)


def _structure_span(value: object, _: object) -> Span:
    if type(value) is not list or len(value) != 2:
        got = f"a list of {len(value)}" if type(value) is list else _type_name(value)
        raise TypeError(f"expected a [start, end] pair, got {got}")
    for index, item in enumerate(value):
        if type(item) is not int:
            raise ValidationError(
                [Problem(f"$[{index}]", f"expected an integer, got {_type_name(item)}")]
            )
    try:
        return Span(start=value[0], end=value[1])
    except ValidationError as exc:  # the offsets are [0] and [1] of the pair, not fields
        where = {"$.start": "$[0]", "$.end": "$[1]"}
        raise ValidationError(
            [Problem(where.get(p.path, p.path), p.message) for p in exc.problems]
        ) from None


def _structure_text(value: object, _: object) -> LocalizedText:
    if type(value) is not dict:
        raise _WrongTypeError("an object of language tags to texts", value)
    for tag, text in value.items():
        if type(text) is not str:
            raise ValidationError(
                [Problem(f"$.{tag}", f"expected a string, got {_type_name(text)}")]
            )
    try:
        return LocalizedText(texts=value)
    except ValidationError as exc:  # the JSON object *is* the texts: drop the field name
        raise ValidationError(
            [Problem("$" + p.path.removeprefix("$.texts"), p.message) for p in exc.problems]
        ) from None


def _identity(value: Any) -> Any:
    return value


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    members = {member.value: member for member in cls}
    allowed = ", ".join(repr(v) for v in members)

    def hook(value: object, _: object) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not one of {allowed}") from None

    return hook


def _configure(conv: cattrs.Converter, *, detailed: bool) -> None:  # noqa: PLR0915 - one hook each
    """Register the hooks shared by the fast and the detailed converter."""
    for kind, hook in (
        (str, _structure_str),
        (int, _structure_int),
        (float, _structure_float),
        (bool, _structure_bool),
        (dt.date, _structure_date),
        (FuzzyDate, _structure_fuzzy),
        (Span, _structure_span),
        (LocalizedText, _structure_text),
    ):
        conv.register_structure_hook(kind, hook)
    # A StrEnum is a str to singledispatch, so each enum gets its own hook.
    for value in vars(model).values():
        if _is_enum(value):
            conv.register_structure_hook(value, _enum_hook(value))

    def attrs_factory(cls: Any) -> Callable[[object, object], Any]:
        if not detailed and _is_fast(cls):
            return _fast_builder(cls, conv)
        inner = make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=detailed
        )

        def hook(value: object, _: object) -> Any:
            if type(value) is not dict:
                raise _WrongTypeError(f"an object ({cls.__name__})", value)
            if not detailed:
                return inner(value, cls)
            try:
                return inner(value, cls)
            except ClassValidationError as exc:
                more = list(_field_rule_errors(conv, cls, value, exc))
                if not more:
                    raise
                raise ClassValidationError(exc.message, [*exc.exceptions, *more], cls) from None

        return hook

    conv.register_structure_hook_factory(attrs.has, attrs_factory)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(FuzzyDate, FuzzyDate.to_edtf)
    conv.register_unstructure_hook(Span, lambda span: [span.start, span.end])
    conv.register_unstructure_hook(LocalizedText, lambda text: dict(text.texts))

    def tuple_factory(tp: Any) -> Callable[[object, object], tuple[Any, ...]]:
        item_type = typing.get_args(tp)[0]
        item_hook = conv.get_structure_hook(item_type)

        def fast(value: object, _: object) -> tuple[Any, ...]:
            if type(value) is not list:
                raise _WrongTypeError("a list", value)
            return tuple([item_hook(item, item_type) for item in value])

        def careful(value: object, _: object) -> tuple[Any, ...]:
            if type(value) is not list:
                raise _WrongTypeError("a list", value)
            items: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    items.append(item_hook(item, item_type))
                except Exception as exc:  # noqa: BLE001 - collected and re-raised as a group
                    exc.__notes__ = [
                        *getattr(exc, "__notes__", []),
                        IterableValidationNote(f"index {index}", index, item_type),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError("invalid items", errors, tp)
            return tuple(items)

        return careful if detailed else fast

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_factory)

    def optional_factory(tp: Any) -> Callable[[object, object], Any]:
        inner = next(arg for arg in typing.get_args(tp) if arg is not type(None))
        inner_hook = conv.get_structure_hook(inner)
        return lambda value, _: None if value is None else inner_hook(value, inner)

    conv.register_structure_hook_factory(_is_optional, optional_factory)

    # Unstructuring: strings, numbers and None pass through untouched, tuples become lists;
    # other items go through their hook, bound once per type.
    def unstructure_tuple_factory(tp: Any) -> Callable[[Any], Any]:
        item_type = typing.get_args(tp)[0]
        if item_type in _NATIVE:
            return list  # plain data has lists: YAML and CSV read it too
        item_hook = conv.get_unstructure_hook(item_type)
        return lambda value: [item_hook(item) for item in value]

    conv.register_unstructure_hook_factory(_is_homogeneous_tuple, unstructure_tuple_factory)

    def unstructure_optional_factory(tp: Any) -> Callable[[Any], Any]:
        inner = next(arg for arg in typing.get_args(tp) if arg is not type(None))
        if inner in _NATIVE:
            return _identity
        inner_hook = conv.get_unstructure_hook(inner)
        return lambda value: None if value is None else inner_hook(value)

    conv.register_unstructure_hook_factory(_is_optional, unstructure_optional_factory)
    if not detailed:
        conv.register_unstructure_hook_factory(
            lambda cls: _is_fast(cls) and cls not in _HAND_BUILT, lambda cls: _unbuilder(cls, conv)
        )

    def structure_date_union(value: object, _: object) -> FuzzyDate | RelativeDate | None:
        if value is None:
            return None
        if type(value) is str:
            return _edtf(value)
        if type(value) is dict:
            return conv.structure(value, RelativeDate)
        raise _WrongTypeError("an EDTF date string or a relative date object", value)

    conv.register_structure_hook(_DateUnion, structure_date_union)

    def unstructure_date_union(value: FuzzyDate | RelativeDate | None) -> Any:
        if value is None or isinstance(value, FuzzyDate):
            return None if value is None else value.to_edtf()
        return conv.unstructure(value, RelativeDate)

    conv.register_unstructure_hook(_DateUnion, unstructure_date_union)

    def structure_event(value: object, _: object) -> Summit | ConsultationRound:
        if type(value) is not dict:
            raise _WrongTypeError("an event object", value)
        tag = value.get("type")
        cls = _EVENT_BY_TAG.get(tag) if isinstance(tag, str) else None
        if cls is None:
            raise ValidationError(
                [Problem("$.type", f"expected 'summit' or 'consultation_round', got {tag!r}")]
            )
        fields = {k: v for k, v in value.items() if k != "type"}
        event: Summit | ConsultationRound = conv.structure(fields, cls)
        return event

    conv.register_structure_hook(_EventUnion, structure_event)

    def unstructure_event(value: Summit | ConsultationRound) -> dict[str, Any]:
        cls = type(value)
        return {"type": EVENT_TAGS[cls], **conv.unstructure(value, cls)}

    conv.register_unstructure_hook(_EventUnion, unstructure_event)


def _field_rule_errors(
    conv: cattrs.Converter, cls: type, value: dict[str, Any], failed: ClassValidationError
) -> Iterator[ValidationError]:
    """Check the fields that *did* structure against their own rules.

    When some field of an object has the wrong type, the object is never built, so the rules
    of its other fields (a country code, an id) would go unchecked and unreported. The
    detailed pass runs each such field's converter and validator by itself, so that every
    problem is reported at once.
    """
    broken = {
        note.name
        for sub in failed.exceptions
        for note in getattr(sub, "__notes__", ())
        if isinstance(note, AttributeValidationNote)
    }
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        if field.name in broken or field.name not in value or field.validator is None:
            continue
        try:
            item = conv.structure(value[field.name], hints[field.name])
            if callable(field.converter):
                item = field.converter(item)
        except Exception:  # noqa: BLE001, S112 - already reported by the structuring pass
            continue
        try:
            field.validator(None, field, item)
        except ValidationError as exc:
            yield exc


def _make(*, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=detailed
    )
    _configure(conv, detailed=detailed)
    return conv


converter = _make(detailed=False)
"""The shared converter: model objects to plain data and back (fast path)."""
_detailed = _make(detailed=True)


def unstructure(obj: Any) -> Any:
    """Turn a model object (or a list of them) into plain data, ready for any syntax."""
    if isinstance(obj, list | tuple):
        return [unstructure(item) for item in obj]
    return converter.unstructure(obj, type(obj))


def structure(
    data: object, cls: type[T], *, source: str | None = None, max_depth: int = MAX_DEPTH_CEILING
) -> T:
    """Build ``cls`` from plain data, or raise :class:`ValidationError` listing every problem.

    A chain of sources longer than ``max_depth`` raises :class:`LimitError` at its path.
    """
    token = DEPTH_LIMIT.set(max_depth)
    try:
        with contextlib.suppress(Exception):  # the detailed pass below says what was wrong
            return converter.get_structure_hook(cls)(data, cls)  # type: ignore[no-any-return]
    finally:
        DEPTH_LIMIT.reset(token)
    deep = _long_chain(data, max_depth)
    if deep is not None:
        path, length = deep
        raise LimitError(
            f"a chain of {length} sources, over the limit of {max_depth} (Limits.max_depth)",
            limit="max_depth",
            size=length,
            maximum=max_depth,
            path=path,
            source=source,
        )
    try:
        _detailed.structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a ValidationError
        problems = list(dict.fromkeys(_problems(exc, "$")))  # a rule may be seen twice
        raise ValidationError(problems, source=source) from None
    raise AssertionError("unreachable")  # pragma: no cover - both passes accept the same data


def _long_chain(data: object, max_depth: int) -> tuple[str, int] | None:
    """Find a chain of sources (objects linked by ``via``) longer than ``max_depth``.

    Return the path of its first link and its length, or ``None``. Walks the plain data
    without recursion, and only when the fast pass has refused it.
    """
    stack: list[tuple[object, str]] = [(data, "$")]
    while stack:
        value, path = stack.pop()
        if type(value) is list:
            stack.extend((item, f"{path}[{i}]") for i, item in reversed(list(enumerate(value))))
        elif type(value) is dict:
            length, link = 1, value
            while type(link) is dict and type(link.get("via")) is dict:
                link = link["via"]
                length += 1
            if length > max_depth:
                return path, length
            stack.extend(
                (item, f"{path}.{key}")
                for key, item in reversed(list(value.items()))
                if key != "via"
            )
    return None


def _note_path(exc: BaseException, path: str) -> str:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return f"{path}.{note.name}"
        if isinstance(note, IterableValidationNote):
            return f"{path}[{note.index}]"
    return path


def _problems(exc: BaseException, path: str) -> Iterator[Problem]:
    if isinstance(exc, ValidationError):
        yield from exc.with_prefix(path).problems
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield Problem(f"{path}.{key}", "unknown key")
    elif isinstance(exc, ClassValidationError | IterableValidationError):
        for sub in exc.exceptions:
            yield from _problems(sub, _note_path(sub, path))
    elif isinstance(exc, KeyError):
        yield Problem(path, "required key is missing")
    elif isinstance(exc, TypeError | ValueError):
        yield Problem(path, str(exc))
    elif isinstance(exc, RecursionError):  # pragma: no cover - chains are bounded before
        yield Problem(path, "nested too deeply")
    else:  # pragma: no cover - a bug: say so rather than hide it
        yield Problem(path, f"{type(exc).__name__}: {exc}")
