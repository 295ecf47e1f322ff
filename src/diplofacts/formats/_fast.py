"""The fast pass of the shared converter: model objects built by generated code.

What belongs here: the type predicates the converter dispatches on, and the code generation
that builds (and writes) model objects without going through ``__init__``. What does not: the
hooks and error reporting, in :mod:`diplofacts.formats._converter`, which uses this module.
"""

from __future__ import annotations

import contextvars
import enum
import threading
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs

from diplofacts.limits import MAX_DEPTH_CEILING
from diplofacts.model import FuzzyDate, LocalizedText, RelativeDate, Span, _checks
from diplofacts.model._codes import ISO_3166_ALPHA2
from diplofacts.model.text import ordered_spans

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
# (LocalizedText's ``_check_items``, Span's ``__attrs_post_init__``, ``ordered_spans``), and
# so are the country-code rules; the objects a class holds are built inside its function
# rather than by a call each. Anything wrong raises some exception, and the detailed pass
# (which calls ``__init__``) then says what it was. Where the fast pass rejects what the
# detailed pass accepts, ``structure`` fails loudly, so the property tests catch any drift.


class _RejectedError(Exception):
    """Raised by the fast pass; the detailed pass reports what was wrong."""


class _TooDeepError(_RejectedError):
    """Raised by the fast pass for a chain of sources longer than the caller's limit."""


DEPTH_LIMIT: contextvars.ContextVar[int] = contextvars.ContextVar(
    "diplofacts_depth_limit", default=MAX_DEPTH_CEILING
)
"""The longest chain of sources the current ``structure`` call builds (``Limits.max_depth``)."""


_new = object.__new__


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


_GOOD_TAGS: set[str] = set()
"""Language tags met so far and found valid (a corpus uses a handful)."""


def _text_items(value: dict[Any, Any]) -> tuple[tuple[str, str], ...]:
    """Check a dict of texts by language tag and return its pairs sorted by tag.

    Raises :class:`_RejectedError` for no texts, a bad tag, or a text that is not a
    non-blank string.
    """
    if not value:
        raise _RejectedError
    for tag, text in value.items():
        if type(text) is not str or not text.strip():
            raise _RejectedError
        if tag not in _GOOD_TAGS:
            if _checks.language_tag_problem(tag) is not None:
                raise _RejectedError
            if len(_GOOD_TAGS) < 1024:
                _GOOD_TAGS.add(tag)
    return tuple(sorted(value.items()))  # the tags of a dict are distinct: texts never compared


def _fast_text(value: object, _: object = None) -> LocalizedText:
    if type(value) is not dict:
        raise _RejectedError
    obj = _new(LocalizedText)
    _set_texts(obj, _text_items(value))
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


_HAND_BUILT = frozenset({LocalizedText, Span})
"""The value types built and written by hand-written code rather than generated code."""
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


_INLINE_CHECKS: dict[Any, list[str]] = {
    _checks.country: ["if {v} not in COUNTRIES:", "    raise R"],
    _checks.optional_country: ["if {v} is not None and {v} not in COUNTRIES:", "    raise R"],
}
"""Validators whose rule the generated code writes out, for a value whose type it checked.

Each rejects exactly what its validator rejects (the detailed pass then says why)."""


def _generate(cls: type, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    ns: dict[str, Any] = {
        "R": _RejectedError,
        "new": _new,
        "COUNTRIES": ISO_3166_ALPHA2,
        "Span": Span,
        "LocalizedText": LocalizedText,
        "GOOD_TAGS": _GOOD_TAGS,
        "text_items": _text_items,
        "set_texts": _set_texts,
        "set_start": _set_start,
        "set_end": _set_end,
        "BUILD": _BUILDERS,
    }
    builder = _Builder(cls, conv, ns)
    body = builder.object_code(cls, 0)
    lines = ["def build(o0, _=None):"]
    if builder.recursive:  # the second argument is the type for cattrs, a depth in here
        ns["TooDeep"], ns["LIMIT"] = _TooDeepError, DEPTH_LIMIT
        lines += [  # a chain's n-th link is built at depth n - 1; only links past the first check
            "    depth = _ if type(_) is int else 0",
            "    if depth and depth >= LIMIT.get():",
            "        raise TooDeep",
        ]
    lines += [*_indent(body), "    return self0"]
    source = "\n".join(lines)
    exec(compile(source, f"<diplofacts fast build {cls.__qualname__}>", "exec"), ns)  # noqa: S102
    build: Callable[[object, object], Any] = ns["build"]
    return build


class _Builder:
    """Writes the code of one fast-pass function (see :func:`_fast_builder`).

    The model objects a class holds are built in the same function, not by a call each: at
    nesting depth ``d`` the dict being read is ``o{d}``, the object being built ``self{d}``
    and the value of the current field ``v{d}``. A class that holds itself (``Attribution.via``)
    is built by a call to its own function.
    """

    def __init__(self, top: type, conv: cattrs.Converter, ns: dict[str, Any]) -> None:
        self.top, self.conv, self.ns = top, conv, ns
        self.open: list[type] = []
        self.count = 0
        self.recursive = False

    def name(self, prefix: str, value: object) -> str:
        """Return a new global name of the function, bound to ``value``."""
        self.count += 1
        key = f"{prefix}{self.count}"
        self.ns[key] = value
        return key

    def object_code(self, cls: type, depth: int) -> list[str]:
        """Lines that build the dict ``o{depth}`` into a ``cls`` left in ``self{depth}``."""
        self.open.append(cls)
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        o, obj, n = f"o{depth}", f"self{depth}", f"n{depth}"
        # Unknown keys: the keys read (the required ones, and each optional one found, counted
        # in n) must be all the keys there are.
        required = sum(field.default is attrs.NOTHING for field in fields)
        lines = [
            f"if type({o}) is not dict:",
            "    raise R",
            f"{obj} = new({self.name('cls', cls)})",
            f"{n} = {required}",
        ]
        for field in fields:
            lines += self.field_code(cls, field, hints[field.name], depth)
        lines += [f"if len({o}) != {n}:", "    raise R"]
        if hasattr(cls, "__attrs_post_init__"):
            lines.append(f"{obj}.__attrs_post_init__()")
        self.open.pop()
        return lines

    def field_code(self, cls: type, field: attrs.Attribute[Any], tp: Any, depth: int) -> list[str]:
        """Lines that read one field from ``o{depth}``, check it and set it on ``self{depth}``.

        A validator runs on what was read, not on a default: the default passed it when this
        code was generated, and validators are functions of the value alone. So a validator
        runs only when the value is not ``None`` (for a field whose default is ``None``) or
        not empty (for a field whose default is ``()``).
        """
        o, obj, v = f"o{depth}", f"self{depth}", f"v{depth}"
        validator, default = field.validator, field.default
        convert: Any = field.converter  # a plain function in the model, never a Converter
        if default is not attrs.NOTHING:
            if convert is not None:
                default = convert(default)
            if validator is not None:  # a default that breaks a rule would be a model bug
                validator(None, field, default)
        ordered = validator is ordered_spans
        if validator in _checks.TYPE_ONLY or ordered:  # the span loop checks the order itself
            validator = None
        strings = None
        if validator is not None and tp == tuple[str, ...]:
            strings = _checks.NONBLANK_STRINGS.get(validator)
        if strings is not None:  # the loop over the strings checks them itself
            validator = None
        takes_none = default is None and convert is None and _takes_none(tp)
        body = self.value_code(tp, depth, ordered=ordered, strings=strings)
        if takes_none and body[0] == f"if {v} is not None:":  # tested once, below
            body = [line.removeprefix("    ") for line in body[1:]]
        body += self.rule_code(field, validator, convert, depth, skip_empty=default == ())
        setter = self.name("set", _slot_setter(cls, field.name))
        name = field.name
        read = [f"{v} = {o}[{name!r}]"]
        if default is attrs.NOTHING:
            return [*read, *body, f"{setter}({obj}, {v})"]
        if takes_none:
            body = [f"if {v} is not None:", *_indent(body)]
        # A missing key costs a test and the setting of the default, nothing more.
        literal = default is None or (default == () and type(default) is tuple)
        value = repr(default) if literal else self.name("default", default)
        return [
            f"if {name!r} in {o}:",
            *_indent([f"n{depth} += 1", *read, *body, f"{setter}({obj}, {v})"]),
            "else:",
            f"    {setter}({obj}, {value})",
        ]

    def rule_code(
        self,
        field: attrs.Attribute[Any],
        validator: Any,
        convert: Any,
        depth: int,
        *,
        skip_empty: bool,
    ) -> list[str]:
        """Lines that run a field's converter and validator on ``v{depth}``, of the right type.

        With ``skip_empty``, the validator is not run on an empty tuple (the default).
        """
        v, obj = f"v{depth}", f"self{depth}"
        if convert is _checks.sorted_codes and validator is _checks.country_tuple:
            return [  # sorted_codes then country_tuple, for strings: all valid, distinct
                f"if not COUNTRIES.issuperset({v}) or len(set({v})) != len({v}):",
                "    raise R",
                f"{v} = tuple(sorted({v}))",
            ]
        lines = [] if convert is None else [f"{v} = {self.name('conv', convert)}({v})"]
        if validator in _INLINE_CHECKS:
            return lines + [line.format(v=v) for line in _INLINE_CHECKS[validator]]
        if validator is not None:
            check = _checks.WHEN_TYPED.get(validator, validator)
            call = f"{self.name('check', check)}({obj}, {self.name('attr', field)}, {v})"
            lines += [f"if {v}:", f"    {call}"] if skip_empty else [call]
        return lines

    def value_code(  # noqa: PLR0911 - one return per kind of type
        self, tp: Any, depth: int, *, ordered: bool = False, strings: bool | None = None
    ) -> list[str]:
        """Lines that check ``v{depth}`` strictly as a ``tp`` and leave the structured value there.

        With ``ordered``, a tuple of spans must also be sorted and distinct (``ordered_spans``);
        with ``strings`` not ``None``, a tuple of strings must hold non-blank strings, distinct
        if ``strings`` is true (``_checks.tuple_of(str)``).
        """
        v = f"v{depth}"
        if tp in (str, int, bool):
            return [f"if type({v}) is not {tp.__name__}:", "    raise R"]
        if _is_enum(tp):
            return [f"{v} = {self.name('enum', {member.value: member for member in tp})}[{v}]"]
        if tp is LocalizedText:
            return _text_code(v)
        if _is_fast(tp) and tp not in _BUILDERS and tp not in self.open:
            inner = f"self{depth + 1}"
            return [f"o{depth + 1} = {v}", *self.object_code(tp, depth + 1), f"{v} = {inner}"]
        if tp in _BUILDERS or _is_fast(tp):
            return [f"{v} = {self.call(tp, v)}"]
        if _is_optional(tp):
            inner_tp = next(arg for arg in typing.get_args(tp) if arg is not type(None))
            return [f"if {v} is not None:", *_indent(self.value_code(inner_tp, depth))]
        if _is_homogeneous_tuple(tp):
            return [
                f"if type({v}) is not list:",
                "    raise R",
                *self.tuple_code(tp, depth, ordered=ordered, strings=strings),
            ]
        hook = self.name("hook", self.conv.get_structure_hook(tp))
        return [f"{v} = {hook}({v}, {self.name('tp', tp)})"]

    def tuple_code(self, tp: Any, depth: int, *, ordered: bool, strings: bool | None) -> list[str]:
        """Lines that turn the list ``v{depth}`` into a tuple of checked items."""
        v = f"v{depth}"
        item = typing.get_args(tp)[0]
        if item is str and strings is not None:
            distinct = [f"if len({v}) > 1 and len(set({v})) != len({v}):", "    raise R"]
            return [
                f"for x in {v}:",
                "    if type(x) is not str or not x.strip():",
                "        raise R",
                f"{v} = tuple({v})",
                *(distinct if strings else []),
            ]
        if item in (str, int, bool):
            return [
                f"for x in {v}:",
                f"    if type(x) is not {item.__name__}:",
                "        raise R",
                f"{v} = tuple({v})",
            ]
        if item is Span:
            return _spans_code(v, ordered=ordered)
        if _is_fast(item) and item not in _BUILDERS and item not in self.open:
            items, each = f"items{depth}", f"o{depth + 1}"
            return [
                f"{items} = []",
                f"for {each} in {v}:",
                *_indent(self.object_code(item, depth + 1)),
                f"    {items}.append(self{depth + 1})",
                f"{v} = tuple({items})",
            ]
        if item in _BUILDERS or _is_fast(item):
            return [f"{v} = tuple([{self.call(item, 'x')} for x in {v}])"]
        hook = self.name("item", self.conv.get_structure_hook(item))
        return [f"{v} = tuple([{hook}(x, {self.name('tp', item)}) for x in {v}])"]

    def call(self, cls: type, arg: str) -> str:
        """Return the code that builds a ``cls`` from ``arg`` by calling its own function.

        A class that holds itself (``Attribution.via``) passes on how deep the chain is.
        """
        key = self.name("cls", cls)
        if cls is self.top:
            self.recursive = True
            return f"BUILD[{key}]({arg}, depth + 1)"
        if cls in _BUILDING:  # being generated further up the stack: look it up when called
            return f"BUILD[{key}]({arg}, 1)"
        build = _BUILDERS[cls] if cls in _BUILDERS else _fast_builder(cls, self.conv)
        return f"{self.name('build', build)}({arg}{', 1' if cls in self.open else ''})"


def _indent(lines: list[str]) -> list[str]:
    return [f"    {line}" for line in lines]


def _takes_none(tp: Any) -> bool:
    """Tell whether ``None`` is a value of ``tp``."""
    return type(None) in typing.get_args(tp)


def _text_code(v: str) -> list[str]:
    """Lines that build the dict ``v`` into a localized text, as :func:`_fast_text` does.

    A text in one or two languages whose tags are known good and in order, the usual case,
    is checked here; any other goes through :func:`_text_items`.
    """
    return [
        f"if type({v}) is not dict:",
        "    raise R",
        f"pairs = tuple({v}.items())",
        "size = len(pairs)",
        "if size == 2:",
        "    (tag, x), (tag2, x2) = pairs",
        "    if (",
        "        tag not in GOOD_TAGS",
        "        or tag2 not in GOOD_TAGS",
        "        or tag2 <= tag",
        "        or type(x) is not str",
        "        or not x.strip()",
        "        or type(x2) is not str",
        "        or not x2.strip()",
        "    ):",
        f"        pairs = text_items({v})",
        "elif size == 1:",
        "    (tag, x), = pairs",
        "    if tag not in GOOD_TAGS or type(x) is not str or not x.strip():",
        f"        pairs = text_items({v})",
        "else:",
        f"    pairs = text_items({v})",
        "text = new(LocalizedText)",
        "set_texts(text, pairs)",
        f"{v} = text",
    ]


def _spans_code(v: str, *, ordered: bool) -> list[str]:
    """Lines that build a list ``v`` of ``[start, end]`` pairs into a tuple of spans.

    Spans are the most numerous objects, so they are built here rather than by a call each.
    With ``ordered`` the spans must come sorted and distinct, as ``ordered_spans`` requires.
    """
    pair = [  # ``x`` read as a span's [start, end] into ``s``, ``e``
        "if type(x) is not list:  # and s, e = x fails unless a pair",
        "    raise R",
        "s, e = x",
        "if type(s) is not int or type(e) is not int or s < 0 or e <= s:",
        "    raise R",
    ]
    build = ["span = new(Span)", "set_start(span, s)", "set_end(span, e)"]
    order = [
        "if s < ps or (s == ps and e <= pe):",
        "    raise R",
        "ps = s",
        "pe = e",
    ]
    one = [  # one span, the usual case: no list, no order to check
        f"if len({v}) == 1:",
        *_indent([f"x = {v}[0]", *pair, *build, f"{v} = (span,)"]),
        "else:",
    ]
    return one + _indent(
        [
            "spans = []",
            *(["ps = pe = -1"] if ordered else []),
            f"for x in {v}:",
            *_indent([*pair, *(order if ordered else []), *build, "spans.append(span)"]),
            f"{v} = tuple(spans)",
        ]
    )


def _unbuilder(cls: type, conv: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    """Generate the function that turns a ``cls`` into a dict, leaving out default values.

    It writes what cattrs' generated code writes, with cheaper tests for the defaults
    (``is not None`` rather than calling ``__ne__`` on a model object), and with the model
    objects it holds written out in the same function rather than by a call each (a class
    that holds itself, such as ``Attribution.via``, is written by a call).
    """
    ns: dict[str, Any] = {"list": list, "dict": dict, "len": len}
    writer = _Writer(conv, ns)
    lines = [
        "def unbuild(obj):",
        *_indent(writer.object_code(cls, "obj", "res", 0)),
        "    return res",
    ]
    source = "\n".join(lines)
    exec(compile(source, f"<diplofacts unbuild {cls.__qualname__}>", "exec"), ns)  # noqa: S102
    unbuild: Callable[[Any], dict[str, Any]] = ns["unbuild"]
    return unbuild


class _Writer:
    """Writes the code of one unbuild function (see :func:`_unbuilder`)."""

    def __init__(self, conv: cattrs.Converter, ns: dict[str, Any]) -> None:
        self.conv, self.ns = conv, ns
        self.open: list[type] = []
        self.count = 0

    def name(self, prefix: str, value: object = None) -> str:
        """Return a new global name of the function, bound to ``value``."""
        self.count += 1
        key = f"{prefix}{self.count}"
        self.ns[key] = value
        return key

    def object_code(self, cls: type, src: str, dst: str, depth: int) -> list[str]:
        """Lines that leave in ``dst`` the dict of the ``cls`` in ``src``."""
        self.open.append(cls)
        hints = typing.get_type_hints(cls)
        v = f"v{depth}"
        lines = [f"{dst} = {{}}"]
        for field in attrs.fields(cls):
            tp, name, default = hints[field.name], field.name, field.default
            lines.append(f"{v} = {src}.{name}")
            target = f"{dst}[{name!r}]"
            if default is None:
                test = f"if {v} is not None:"
                tp = _without_none(tp)
            elif default == () and type(default) is tuple:
                test = f"if {v}:"
            elif default is attrs.NOTHING:
                test = ""
            else:
                test = f"if {v} != {self.name('default', default)}:"
            code = self.value_code(tp, v, target, depth)
            lines += [test, *_indent(code)] if test else code
        self.open.pop()
        return lines

    def value_code(self, tp: Any, v: str, target: str, depth: int) -> list[str]:  # noqa: PLR0911
        """Lines that set ``target`` to the plain data of ``v``, a ``tp``."""
        if _is_optional(tp):
            inner = self.value_code(_without_none(tp), v, target, depth)
            return [f"if {v} is None:", f"    {target} = None", "else:", *_indent(inner)]
        if tp in _NATIVE or _is_enum(tp):
            return [f"{target} = {v}"]
        if tp is LocalizedText:
            return _texts_code(v, target)
        if tp is Span:
            return [f"{target} = [{v}.start, {v}.end]"]
        if _is_homogeneous_tuple(tp):
            item = typing.get_args(tp)[0]
            if item in _NATIVE:
                return [f"{target} = list({v})"]
            if item is Span:
                return [
                    f"if len({v}) == 1:",
                    f"    s = {v}[0]",
                    f"    {target} = [[s.start, s.end]]",
                    "else:",
                    f"    {target} = [[s.start, s.end] for s in {v}]",
                ]
            if _is_fast(item) and item not in self.open and item not in _HAND_BUILT:
                out, each, plain = f"out{depth}", f"item{depth}", f"r{depth + 1}"
                return [
                    f"{out} = []",
                    f"for {each} in {v}:",
                    *_indent(self.object_code(item, each, plain, depth + 1)),
                    f"    {out}.append({plain})",
                    f"{target} = {out}",
                ]
            hook = self.name("hook", self.conv.get_unstructure_hook(item))
            return [f"{target} = [{hook}(x) for x in {v}]"]
        if _is_fast(tp) and tp not in self.open and tp not in _HAND_BUILT:
            plain = f"r{depth + 1}"
            return [*self.object_code(tp, v, plain, depth + 1), f"{target} = {plain}"]
        if self.open and tp is self.open[0]:  # a class that holds itself (Attribution.via)
            return [f"{target} = unbuild({v})"]
        hook = self.name("hook", self.conv.get_unstructure_hook(tp))
        return [f"{target} = {hook}({v})"]


def _without_none(tp: Any) -> Any:
    """Return ``tp`` without ``None``: ``X`` for ``X | None``, the type itself otherwise."""
    if _is_optional(tp):
        return next(arg for arg in typing.get_args(tp) if arg is not type(None))
    return tp


def _texts_code(v: str, target: str) -> list[str]:
    """Lines that set ``target`` to the dict of the localized text ``v``.

    Texts in one or two languages, the usual, are unpacked rather than given to ``dict``.
    """
    return [
        f"t = {v}.texts",
        "if len(t) == 2:",
        "    (a, x), (b, y) = t",
        f"    {target} = {{a: x, b: y}}",
        "elif len(t) == 1:",
        "    (a, x), = t",
        f"    {target} = {{a: x}}",
        "else:",
        f"    {target} = dict(t)",
    ]
