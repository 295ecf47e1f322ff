"""One parsed article: its text, the events in it, and what could not be read."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from diplofacts.errors import Problem, ValidationError
from diplofacts.model import _checks
from diplofacts.model.dates import RelativeDate
from diplofacts.model.events import ConsultationRound, Summit
from diplofacts.model.sources import Statement
from diplofacts.model.text import Span

__all__ = ["Article", "Unparsed"]


@attrs.frozen(kw_only=True)
class Unparsed:
    """A part of the text that looked relevant but could not be interpreted.

    ``reason`` says why it was kept aside (``"date without a month"``, ``"title without a
    name"``); ``text`` is the text of ``span``.

    Invariants: ``span`` a :class:`Span`; ``text`` and ``reason`` non-blank.
    """

    span: Span = attrs.field(validator=_checks.instance(Span))
    text: str = attrs.field(validator=_checks.text)
    reason: str = attrs.field(validator=_checks.text)


def _check_language(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    problem = _checks.language_tag_problem(value)
    if problem is not None:
        raise _checks.fail(attribute.name, problem)


@_checks.type_only
def _check_events(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _checks.tuple_of((Summit, ConsultationRound))(_, attribute, value)


@_checks.type_only
def _check_published(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise _checks.fail(attribute.name, f"expected a date or None, got {type(value).__name__}")


_CHILDREN: dict[type, tuple[str, ...] | None] = {}
"""For each type met while walking an article: its attrs field names, or ``None`` for a leaf."""


_A_SPAN: tuple[str, ...] = ("(a span)",)
"""What :func:`_children` gives for :class:`Span` and its subclasses (compared by identity)."""


def _children(kind: type) -> tuple[str, ...] | None:
    if issubclass(kind, Span):
        names: tuple[str, ...] | None = _A_SPAN
    elif attrs.has(kind):
        try:
            hints = typing.get_type_hints(kind)
        except Exception:  # noqa: BLE001 - unresolvable hints: walk every field
            hints = {}
        fields = attrs.fields(kind)
        names = tuple(f.name for f in fields if not _leaf_type(hints.get(f.name, object)))
    else:
        names = None
    _CHILDREN[kind] = names
    return names


_LEAVES = (str, int, float, bool, dt.date, enum.Enum, type(None))


def _leaf_type(tp: object) -> bool:
    """Tell whether a field's declared type holds no span whatever its value (by validation).

    Strings, numbers, dates, enums, ``None``, and unions and tuples of those; anything else
    (a model class, which a subclass could extend) is walked.
    """
    if isinstance(tp, type):
        return issubclass(tp, _LEAVES)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType, tuple):
        return all(arg is Ellipsis or _leaf_type(arg) for arg in typing.get_args(tp))
    return False


def _last_span_end(value: object) -> int:
    """Return the largest ``end`` of any span inside ``value`` (-1 without any); no paths.

    The quick check run on every article; :func:`_spans` names the place of a problem.
    """
    last = -1
    stack = [value]
    pop, push, known = stack.pop, stack.append, _CHILDREN
    while stack:
        item = pop()
        kind = type(item)
        if kind is Span:
            last = max(last, typing.cast("Span", item).end)
        elif kind is tuple or (kind is not str and isinstance(item, tuple)):
            stack.extend(typing.cast("tuple[object, ...]", item))
        else:
            names = known[kind] if kind in known else _children(kind)
            if names is _A_SPAN:
                last = max(last, typing.cast("Span", item).end)
            elif names is not None:
                for name in names:
                    push(getattr(item, name))
    return last


def _spans(value: object, path: str) -> Iterator[tuple[str, Span]]:
    """Every span inside ``value``, with its path."""
    if isinstance(value, Span):
        yield path, value
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _spans(item, f"{path}[{index}]")
    elif attrs.has(type(value)):
        for field in attrs.fields(typing.cast("type[attrs.AttrsInstance]", type(value))):
            yield from _spans(getattr(value, field.name), f"{path}.{field.name}")


@attrs.frozen(kw_only=True)
class Article:
    """An article and the facts found in it.

    ``text`` is the input exactly as given: every :class:`Span` anywhere in the article
    indexes into it. ``events`` are the summits and consultation rounds in order of first
    mention; ``statements`` who said what; ``unparsed`` what looked relevant but could not be
    interpreted, so that nothing is dropped without a trace.

    Invariants (checked at construction):

    * every span lies inside ``text`` (``end <= len(text)``);
    * event ids are unique;
    * a :class:`RelativeDate` anchor, and a statement's ``event``, name an event of this
      article (an event is never relative to itself);
    * rounds of one ``series`` have distinct numbers;
    * ``language`` a valid BCP 47 tag; ``published`` a :class:`datetime.date` or ``None``.
    """

    text: str = attrs.field(validator=_checks.instance(str))
    language: str = attrs.field(default="ar", validator=_check_language)
    published: dt.date | None = attrs.field(default=None, validator=_check_published)
    events: tuple[Summit | ConsultationRound, ...] = attrs.field(
        default=(), validator=_check_events
    )
    statements: tuple[Statement, ...] = attrs.field(
        default=(), validator=_checks.tuple_of(Statement)
    )
    unparsed: tuple[Unparsed, ...] = attrs.field(default=(), validator=_checks.tuple_of(Unparsed))

    def __attrs_post_init__(self) -> None:
        problems = list(self._problems())
        if problems:
            raise ValidationError(problems)

    def _problems(self) -> Iterator[Problem]:
        yield from self._span_problems()
        yield from self._reference_problems()
        yield from self._series_problems()

    def _span_problems(self) -> Iterator[Problem]:
        size = len(self.text)
        if _last_span_end((self.events, self.statements, self.unparsed)) <= size:
            return
        for path, span in _spans((self.events, self.statements, self.unparsed), "$"):
            if span.end > size:
                where = path.replace("$[0]", "$.events", 1).replace("$[1]", "$.statements", 1)
                where = where.replace("$[2]", "$.unparsed", 1)
                yield Problem(where, f"span {span} ends past the text ({size} characters)")

    def _reference_problems(self) -> Iterator[Problem]:
        ids: dict[str, int] = {}
        for index, event in enumerate(self.events):
            if event.id in ids:
                yield Problem(f"$.events[{index}].id", f"id {event.id!r} is used twice")
            ids.setdefault(event.id, index)
        for index, event in enumerate(self.events):
            date = event.date
            if isinstance(date, RelativeDate) and date.anchor is not None:
                if date.anchor not in ids:
                    yield Problem(
                        f"$.events[{index}].date.anchor",
                        f"{date.anchor!r} names no event of this article",
                    )
                elif date.anchor == event.id:
                    yield Problem(f"$.events[{index}].date.anchor", "an event cannot anchor itself")
        for index, statement in enumerate(self.statements):
            if statement.event is not None and statement.event not in ids:
                yield Problem(f"$.statements[{index}].event", f"{statement.event!r} names no event")

    def _series_problems(self) -> Iterator[Problem]:
        numbers: dict[tuple[str, int], int] = {}
        for index, event in enumerate(self.events):
            if isinstance(event, ConsultationRound) and event.series and event.number:
                key = (event.series, event.number)
                if key in numbers:
                    yield Problem(
                        f"$.events[{index}].number",
                        f"round {event.number} of series {event.series!r} appears twice",
                    )
                numbers.setdefault(key, index)

    @property
    def summits(self) -> tuple[Summit, ...]:
        """The summits, in order of first mention."""
        return tuple(e for e in self.events if isinstance(e, Summit))

    @property
    def consultation_rounds(self) -> tuple[ConsultationRound, ...]:
        """The consultation rounds, in order of first mention."""
        return tuple(e for e in self.events if isinstance(e, ConsultationRound))

    def event(self, event_id: str) -> Summit | ConsultationRound:
        """Return the event with ``event_id``; raise :class:`KeyError` if there is none."""
        for event in self.events:
            if event.id == event_id:
                return event
        raise KeyError(event_id)
