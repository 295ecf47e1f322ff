"""Strategies for *invalid* raw data: valid plain data broken in one place, with its path.

What belongs here: a walk over plain data (dicts, lists, strings and numbers as JSON gives
them) guided by the model's type hints, the ways each place can be broken, and the
strategies :func:`invalid_raw` and :func:`broken` that draw one breakage. What does not:
building valid objects (``_model.py``).

Each breakage changes exactly one place, so the problem the loader must report is known: its
JSON path is returned beside the data (other problems may follow from it, such as a dangling
anchor after an id is duplicated, but the path given is always among them).
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import attrs
import orjson
from hypothesis import strategies as st

from diplofacts.formats._converter import EVENT_TAGS, unstructure
from diplofacts.model import Article, FuzzyDate, LocalizedText, RelativeDate, Span, _checks

__all__ = ["Broken", "broken", "invalid_raw", "plain"]

Key = str | int
_EVENT_BY_TAG = {tag: cls for cls, tag in EVENT_TAGS.items()}
_DELETE = object()


class Broken(NamedTuple):
    """Plain data broken in one place.

    ``data`` is what a JSON parser would give; ``path`` the JSON path of the problem a
    loader must report (``$.delegations[0].party``); ``how`` a short name of the breakage
    (``"bad country code"``), for readable test failures.
    """

    data: Any
    path: str
    how: str


def plain(obj: object) -> Any:
    """Return ``obj`` as JSON would give it back: dicts, lists, strings, numbers, booleans."""
    return orjson.loads(orjson.dumps(unstructure(obj)))


def json_path(keys: tuple[Key, ...]) -> str:
    """Write ``keys`` as a JSON path: ``("events", 0, "id")`` is ``$.events[0].id``."""
    return "$" + "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in keys)


@attrs.frozen(eq=False)
class _Slot:
    """One place in the data: where it is, what it must hold, whether it is there."""

    keys: tuple[Key, ...]
    kind: str
    value: Any = None
    present: bool = True
    optional: bool = False
    hint: Any = None
    name: str = ""


_STRING_KINDS: dict[Any, str] = {
    _checks.country: "country",
    _checks.optional_country: "country",
    _checks.identifier: "id",
    _checks.optional_identifier: "id",
    _checks.wikidata: "wikidata",
    _checks.text: "text",
    _checks.optional_text: "text",
}


def _is_union(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)


def _walk(  # noqa: PLR0911, PLR0912 - one branch per kind of value
    value: Any,
    hint: Any,
    keys: tuple[Key, ...],
    *,
    present: bool = True,
    optional: bool = False,
    field: attrs.Attribute[Any] | None = None,
) -> Iterator[_Slot]:
    """Every place in ``value`` (of type ``hint``) that can be broken."""
    name = "" if field is None else field.name
    slot = _Slot(keys, "?", value, present, optional, hint, name)
    args = typing.get_args(hint)
    if _is_union(hint) and set(args) <= {*EVENT_TAGS, type(None)}:
        yield attrs.evolve(slot, kind="object")
        cls = _EVENT_BY_TAG.get(value.get("type")) if present else None
        if cls is not None:
            yield _Slot((*keys, "type"), "tag", value["type"], hint=cls)
            yield from _fields(value, cls, keys)
        return
    if _is_union(hint) and RelativeDate in args:
        if not present or isinstance(value, str):
            yield attrs.evolve(slot, kind="edtf", optional=True, hint="union")
        else:
            yield attrs.evolve(slot, kind="object", optional=True, hint=RelativeDate)
            yield from _fields(value, RelativeDate, keys)
        return
    if _is_union(hint):
        inner = next(arg for arg in args if arg is not type(None))
        yield from _walk(value, inner, keys, present=present, optional=True, field=field)
        return
    if typing.get_origin(hint) is tuple:
        yield attrs.evolve(slot, kind="list", hint=args[0])
        if present:
            yield from _items(value, args[0], keys, field)
        return
    if hint is LocalizedText:
        yield attrs.evolve(slot, kind="localized")
        for tag, text in (value if present else {}).items():
            yield _Slot((*keys, tag), "ltext", text)
        return
    if hint is Span:
        yield attrs.evolve(slot, kind="span")
        if present:
            yield _Slot((*keys, 0), "offset", value[0])
            yield _Slot((*keys, 1), "offset", value[1])
        return
    if hint is FuzzyDate:
        yield attrs.evolve(slot, kind="edtf")
        return
    if hint is dt.date:
        yield attrs.evolve(slot, kind="date")
        return
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        yield attrs.evolve(slot, kind="enum")
        return
    if hint is str:
        kind = _STRING_KINDS.get(field.validator if field else None, "str")
        yield attrs.evolve(slot, kind="language" if name == "language" else kind)
        return
    if hint is int:
        yield attrs.evolve(slot, kind="int")
        return
    if attrs.has(hint):
        yield attrs.evolve(slot, kind="object")
        if present:
            yield from _fields(value, hint, keys)
        return
    raise TypeError(f"no breakages for {hint!r}")  # pragma: no cover - a new kind of field


def _items(
    value: list[Any], hint: Any, keys: tuple[Key, ...], field: attrs.Attribute[Any] | None
) -> Iterator[_Slot]:
    """Walk the items of a list: country codes, role labels, or anything else."""
    country_list = field is not None and field.validator is _checks.country_tuple
    for index, item in enumerate(value):
        if country_list:
            yield _Slot((*keys, index), "country", item)
        elif hint is str:
            yield _Slot((*keys, index), "text", item)
        else:
            yield from _walk(item, hint, (*keys, index))


@functools.cache
def _hints(cls: type) -> tuple[tuple[attrs.Attribute[Any], Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((field, hints[field.name]) for field in attrs.fields(cls))


def _fields(value: dict[str, Any], cls: type, keys: tuple[Key, ...]) -> Iterator[_Slot]:
    for field, hint in _hints(cls):
        yield from _walk(
            value.get(field.name),
            hint,
            (*keys, field.name),
            present=field.name in value,
            field=field,
        )


# What each kind of place can be given instead of a value of the right type.
_WRONG_TYPES: dict[str, tuple[Any, ...]] = {
    "object": ([], 7, True, 1.5),
    "list": ("SA", 7, {"items": []}, True),
    "localized": ("Moscow", ["ar", "موسكو"], 7),
    "ltext": (7, True, ["موسكو"], {"text": "x"}),
    "span": ("0-3", 3, {"start": 0, "end": 3}, [1], [1, 2, 3]),
    "offset": ("5", 1.5, True, [1]),
    "edtf": (20250815, ["2025"], True, 1.5),
    "date": (20250815, ["2025-08-15"], True),
    "enum": (5, True, ["held"], 1.5),
    "tag": (5, True, ["summit"]),
    "int": ("5", 1.5, True, [1]),
}
_WRONG_FOR_STRINGS = (5, True, ["x"], {"x": "y"}, 1.5)
_IMPOSSIBLE_EDTF = (
    "2025-02-29",
    "2023-02-30",
    "XXXX-02-30",
    "2024-04-31",
    "XXXX-06-31",
    "2025-13",
    "2025-00",
    "2025-08-32",
    "2025-08-00",
    "0000",
    "XXXX-XX",
    "XXXX?-08-15",
    "2025?-XX",
)
_BAD_EDTF = (
    "2025/08/15",
    "15-08-2025",
    "2025-8-15",
    "2025-08-15T10:00",
    "Aug 2025",
    "",
    "25-08-15",
    "2025-08-1",
    "2025~-08",
    "2025-08-15??",
    "٢٠٢٥-٠٨-١٥",
)
_BAD_ISO_DATES = ("2025-02-29", "2025-13-01", "2025-08-32", "15/08/2025", "yesterday", "")
_BAD_COUNTRIES = ("ZZ", "us", "USA", "", "E1", "SU")
_BAD_IDS = ("", "-x", "a b", "x" * 201, "قمة", "a!b")
_BAD_WIKIDATA = ("Q0", "Q", "P31", "q42", "Q01", "Q1234567890123", "")
_BLANKS = ("", "   ", "\n\t")
_BAD_TAGS = ("e n", "zz", "x", "english-", "123", "")
_BAD_ENUMS = ("HELD", "", "not-a-value", "Summit")

_VALUE_BREAKS: dict[str, tuple[tuple[str, tuple[Any, ...]], ...]] = {
    "edtf": (("impossible date", _IMPOSSIBLE_EDTF), ("bad EDTF", _BAD_EDTF)),
    "date": (("bad ISO date", _BAD_ISO_DATES),),
    "enum": (("bad enum value", _BAD_ENUMS),),
    "tag": (("bad enum value", _BAD_ENUMS),),
    "country": (("bad country code", _BAD_COUNTRIES),),
    "id": (("bad id", _BAD_IDS),),
    "wikidata": (("bad Wikidata id", _BAD_WIKIDATA),),
    "text": (("blank text", _BLANKS),),
    "ltext": (("blank text", _BLANKS),),
    "language": (("bad language tag", _BAD_TAGS),),
}
_INT_BREAKS: dict[str, tuple[str, tuple[Any, ...]]] = {
    "number": ("round number below 1", (0, -1)),
    "offset_days": ("negative offset", (-1, -7)),
}

_Apply = Callable[[st.DrawFn, Any], Broken]


class _Breaker(NamedTuple):
    how: str
    apply: _Apply


def _replace(data: Any, keys: tuple[Key, ...], value: Any) -> Any:
    """Return a copy of ``data`` with the place at ``keys`` set to ``value`` (or removed)."""
    if not keys:
        return value
    result = copy.deepcopy(data)
    parent = result
    for key in keys[:-1]:
        parent = parent[key]
    if value is _DELETE:
        del parent[keys[-1]]
    else:
        parent[keys[-1]] = value
    return result


def _set(slot: _Slot, how: str, values: tuple[Any, ...]) -> _Breaker:
    """Put one of ``values`` at the slot; the problem is at the slot."""

    def apply(draw: st.DrawFn, data: Any) -> Broken:
        value = draw(st.sampled_from(values))
        return Broken(_replace(data, slot.keys, value), json_path(slot.keys), how)

    return _Breaker(how, apply)


def _set_at(slot: _Slot, how: str, value: Any, keys: tuple[Key, ...]) -> _Breaker:
    """Put ``value`` at the slot; the problem is at ``keys``."""

    def apply(_draw: st.DrawFn, data: Any) -> Broken:
        return Broken(_replace(data, slot.keys, value), json_path(keys), how)

    return _Breaker(how, apply)


def _slot_breakers(slot: _Slot) -> Iterator[_Breaker]:
    """Yield the ways to break one place, each giving the path of the problem it makes."""
    kind = slot.kind
    wrong = _WRONG_TYPES.get(kind, _WRONG_FOR_STRINGS)
    if kind == "edtf" and slot.hint != "union":
        wrong = (*wrong, {"year": 2025})
    yield _set(slot, "wrong type", wrong)
    if not slot.optional:
        yield _set(slot, "null where a value is required", (None,))
    if kind == "list":
        yield _set(slot, "string where a list is required", ("SA",))
        if slot.present and slot.value:
            yield from _list_breakers(slot)
        if slot.name in ("parties", "mediators"):
            items = list(slot.value) if slot.present else []
            yield _set_at(slot, "bad country code", [*items, "ZZ"], (*slot.keys, len(items)))
    elif slot.present and kind in _SHAPE_BREAKS:
        yield from _SHAPE_BREAKS[kind](slot)
    if kind == "localized":
        yield _set(slot, "empty localized text", ({},))
    for how, values in _VALUE_BREAKS.get(kind, ()):
        yield _set(slot, how, values)
    if kind == "int" and slot.name in _INT_BREAKS:
        yield _set(slot, *_INT_BREAKS[slot.name])


def _object_breakers(slot: _Slot) -> Iterator[_Breaker]:
    """Break an object: add an unknown key, or leave out a required one."""
    cls = slot.hint if attrs.has(slot.hint) else _EVENT_BY_TAG[slot.value["type"]]
    yield _set_at(slot, "unknown key", {**slot.value, "unexpected": 1}, (*slot.keys, "unexpected"))
    required = [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING]
    if "type" in slot.value:
        required.append("type")
    for name in required:
        rest = {key: value for key, value in slot.value.items() if key != name}
        yield _set_at(slot, "missing required key", rest, (*slot.keys, name))


def _localized_breakers(slot: _Slot) -> Iterator[_Breaker]:
    """Break a localized text with a tag that is not BCP 47 or not ISO 639-1."""
    for tag in _BAD_TAGS:
        yield _set(slot, "bad language tag", ({**slot.value, tag: "نص"},))


def _span_breakers(slot: _Slot) -> Iterator[_Breaker]:
    """Break a span: an end not after the start, or a negative start."""
    start = slot.value[0]
    yield _set_at(slot, "span end <= start", [start, start], (*slot.keys, 1))
    if start > 0:
        yield _set_at(slot, "span end <= start", [start, start - 1], (*slot.keys, 1))
    yield _set_at(slot, "negative offset", [-1 - start, slot.value[1]], (*slot.keys, 0))


def _list_breakers(slot: _Slot) -> Iterator[_Breaker]:
    """Break a non-empty list: repeat an item where items must be distinct, or unsort spans."""
    items = list(slot.value)
    first = copy.deepcopy(items[0])
    if slot.hint is Span:
        swapped = [*items[1:2], *items[:1], *items[2:]] if len(items) > 1 else [first, first]
        yield _set_at(slot, "spans out of order", swapped, (*slot.keys, 1))
    elif slot.name in ("parties", "mediators", "roles", "delegations"):
        yield _set(slot, "repeated item", ([*items, first],))


_SHAPE_BREAKS: dict[str, Callable[[_Slot], Iterator[_Breaker]]] = {
    "object": _object_breakers,
    "localized": _localized_breakers,
    "span": _span_breakers,
}


def _article_breakers(data: dict[str, Any]) -> Iterator[_Breaker]:
    """Break the rules only a whole article checks: spans, ids, anchors and series."""
    events: list[dict[str, Any]] = data.get("events", [])
    ids = {event["id"] for event in events}
    missing = next(name for n in range(len(ids) + 1) if (name := f"no-such-event-{n}") not in ids)
    for index, event in enumerate(events):
        for anchor, how in ((missing, "dangling anchor"), (event["id"], "self anchor")):
            changed = {key: value for key, value in event.items() if key != "end_date"}
            changed["date"] = {"relation": "after", "text": "بعد القمة", "anchor": anchor}
            keys: tuple[Key, ...] = ("events", index)
            yield _set_at(_Slot(keys, "object"), how, changed, (*keys, "date", "anchor"))
        for later in range(index + 1, len(events)):
            keys = ("events", later, "id")
            yield _set_at(_Slot(keys, "id"), "duplicate event id", event["id"], keys)
        if event["type"] == "consultation_round" and event.get("series") and event.get("number"):
            for later in range(index + 1, len(events)):
                keys = ("events", later)
                changed = {**events[later], "series": event["series"], "number": event["number"]}
                changed["type"] = "consultation_round"
                changed.pop("leaders", None)
                yield _set_at(
                    _Slot(keys, "object"), "repeated round number", changed, (*keys, "number")
                )
    for index in range(len(data.get("statements", []))):
        keys = ("statements", index, "event")
        yield _set_at(_Slot(keys, "id"), "statement about no event", missing, keys)
    size = len(data["text"])
    for slot in _walk(data, Article, ()):
        if slot.kind == "list" and slot.hint is Span and slot.present and slot.value:
            last = len(slot.value) - 1
            start = slot.value[last][0]
            keys = (*slot.keys, last)
            yield _set_at(_Slot(keys, "span"), "span past the text", [start, size + 1], keys)
        elif slot.kind == "span" and slot.keys[-1] == "span":
            start = slot.value[0]
            yield _set_at(slot, "span past the text", [start, size + 5], slot.keys)


def _breakers(data: Any, cls: type) -> list[_Breaker]:
    found = [b for slot in _walk(data, cls, ()) for b in _slot_breakers(slot)]
    if cls is Article:
        found.extend(_article_breakers(data))
    return found


@st.composite
def broken(draw: st.DrawFn, data: Any, cls: type) -> Broken:
    """Draw one breakage of ``data``, valid plain data of ``cls`` (see :func:`plain`).

    The kind of breakage is drawn first, then the place, so that rare kinds (a dangling
    anchor) come up as often as common ones (a wrong type).
    """
    by_kind: dict[str, list[_Breaker]] = {}
    for breaker in _breakers(data, cls):
        by_kind.setdefault(breaker.how, []).append(breaker)
    kind = draw(st.sampled_from(sorted(by_kind)))
    breaker = draw(st.sampled_from(by_kind[kind]))
    result: Broken = breaker.apply(draw, data)
    return result


def invalid_raw(
    cls: type, valid: st.SearchStrategy[Any] | None = None
) -> st.SearchStrategy[Broken]:
    """Draw a valid ``cls`` (from ``valid``, or ``st.from_type(cls)``) as plain data, broken once.

    The breakages: a wrong type anywhere (the top level included), ``null`` where a value is
    required, a string where a list is required, an unknown key, a missing required key, a
    bad country code, an impossible date, bad EDTF, a bad ISO date, a bad enum value, a span
    whose end is not after its start, a negative offset, a bad id, Wikidata id or language
    tag, blank text, an empty localized text, a round number below 1, repeated items where
    they must be distinct, spans out of order; and, for an :class:`~diplofacts.Article`, a
    span past the text, a repeated event id, a dangling or self anchor, a statement about no
    event, and a round number used twice in one series.
    """
    source = st.from_type(cls) if valid is None else valid
    return source.flatmap(lambda obj: broken(plain(obj), cls))
