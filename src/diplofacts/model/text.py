"""Text values: :class:`LocalizedText` (one text in several languages) and :class:`Span`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from diplofacts.model import _checks

__all__ = ["LocalizedText", "Span"]


def _items(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Turn a mapping or pairs into pairs sorted by tag (bad shapes pass to the validator)."""
    if isinstance(value, Mapping):
        pairs: Any = tuple(value.items())
    elif isinstance(value, list | tuple):
        pairs = tuple(tuple(p) if isinstance(p, list | tuple) else p for p in value)
    else:
        return value  # type: ignore[return-value]  # the validator reports the wrong type
    try:
        return tuple(sorted(pairs))
    except TypeError:  # unorderable junk: keep it for the validator to describe
        return tuple(pairs)


def _check_items(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not value:
        raise _checks.fail(attribute.name, "needs at least one language: text pair")
    seen: set[str] = set()
    for pair in value:
        if not (isinstance(pair, tuple) and len(pair) == 2):
            raise _checks.fail(attribute.name, f"expected (language tag, text) pairs, got {pair!r}")
        tag, text = pair
        problem = _checks.language_tag_problem(tag)
        if problem is not None:
            raise _checks.fail(attribute.name, problem)
        if tag in seen:
            raise _checks.fail(f"{attribute.name}.{tag}", "language tag given twice")
        seen.add(tag)
        if not isinstance(text, str) or not text.strip():
            raise _checks.fail(f"{attribute.name}.{tag}", "text must be a non-blank string")


@attrs.frozen(kw_only=True)
class LocalizedText(Mapping[str, str]):
    """One text in one or more languages: a read-only mapping of BCP 47 tag to text.

    >>> name = LocalizedText(texts={"en": "Istanbul", "ar": "إسطنبول"})
    >>> name.get("en"), name["ar"], sorted(name)
    ('Istanbul', 'إسطنبول', ['ar', 'en'])

    Invariants (checked at construction):

    * at least one language;
    * every tag is a well-formed BCP 47 tag whose two-letter language is ISO 639-1;
    * no tag twice; every text non-blank.

    ``texts`` accepts a mapping or ``(tag, text)`` pairs and is stored as pairs sorted by tag,
    so equal texts compare and hash equal whatever order they were given in.
    """

    texts: tuple[tuple[str, str], ...] = attrs.field(converter=_items, validator=_check_items)

    @classmethod
    def of(cls, **texts: str) -> LocalizedText:
        """Build from keyword arguments: ``LocalizedText.of(ar="موسكو", en="Moscow")``."""
        return cls(texts=texts)

    def __getitem__(self, tag: str) -> str:
        for key, value in self.texts:
            if key == tag:
                return value
        raise KeyError(tag)

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    def __str__(self) -> str:
        return " / ".join(value for _, value in self.texts)


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A stretch of the article text, by character offsets: ``text[start:end]``.

    Invariants: ``0 <= start < end`` (a span is never empty). That ``end`` lies within the
    text is checked by the :class:`~diplofacts.model.Article` that holds the span. Spans order
    by ``(start, end)``.
    """

    start: int = attrs.field(validator=_checks.instance(int))
    end: int = attrs.field(validator=_checks.instance(int))

    def __attrs_post_init__(self) -> None:
        if self.start < 0:
            raise _checks.fail("start", f"must not be negative, got {self.start}")
        if self.end <= self.start:
            raise _checks.fail("end", f"must be greater than start ({self.start}), got {self.end}")

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"

    def extract(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


def ordered_spans(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a tuple of spans sorted by position with no repeats."""
    if value == ():
        return
    if not isinstance(value, tuple):
        raise _checks.fail(attribute.name, f"expected a tuple of Span, got {type(value).__name__}")
    previous: Span | None = None
    for index, item in enumerate(value):
        if not isinstance(item, Span):
            raise _checks.fail(
                f"{attribute.name}[{index}]", f"expected Span, got {type(item).__name__}"
            )
        if previous is not None and (item.start, item.end) <= (previous.start, previous.end):
            raise _checks.fail(
                f"{attribute.name}[{index}]",
                f"spans must be sorted and distinct: {item} follows {previous}",
            )
        previous = item


@_checks.typed(ordered_spans)
def _typed_ordered_spans(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if len(value) > 1:  # no, or one, span is in order
        ordered_spans(_, attribute, value)
