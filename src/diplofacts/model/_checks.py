"""Field validators shared by the model classes.

Each validator raises :class:`~diplofacts.errors.ValidationError` with one problem whose path
is ``$.<field>``; a caller that knows where the object sits (the converter, or an enclosing
object) re-roots the path with :meth:`ValidationError.with_prefix`. Nothing here knows about
formats or parsing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from diplofacts.errors import Problem, ValidationError
from diplofacts.model._codes import ISO_639_1, ISO_3166_ALPHA2

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

TYPE_ONLY: set[Validator] = set()
"""Validators that check only a value's type (see :func:`type_only`)."""
WHEN_TYPED: dict[Validator, Validator] = {}
"""Cheaper stand-ins for validators, for values whose types are known right (see :func:`typed`)."""
NONBLANK_STRINGS: dict[Validator, bool] = {}
"""Validators of tuples of non-blank strings (see :func:`tuple_of`): whether they must be unique."""

# RFC 5646 well-formed tags (langtag production; grandfathered and private-use-only tags are
# not accepted). Anchored and without nested quantifiers, so it cannot backtrack badly.
_BCP47 = re.compile(
    r"^(?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})"
    r"(?:-(?P<script>[a-z]{4}))?"
    r"(?:-(?P<region>[a-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
    r"(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?$",
    re.ASCII | re.IGNORECASE,
)
_WIKIDATA = re.compile(r"^Q[1-9][0-9]{0,11}$", re.ASCII)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$", re.ASCII)


def fail(field: str, message: str) -> ValidationError:
    """Build the error for one bad field."""
    return ValidationError([Problem(f"$.{field}", message)])


def type_only(check: Validator) -> Validator:
    """Mark ``check`` as testing nothing but the type of a value, and return it.

    A loader that has already checked every type strictly (the shared converter does) may
    skip these and run only the other validators; the model's rules are unchanged.
    """
    TYPE_ONLY.add(check)
    return check


def typed(full: Validator) -> Callable[[Validator], Validator]:
    """Register the decorated validator as ``full`` for values already of the right type.

    It must accept and reject exactly what ``full`` does for such values (it may call
    ``full`` to describe a problem); a loader that checked the types may call it instead.
    """

    def register(check: Validator) -> Validator:
        WHEN_TYPED[full] = check
        return check

    return register


def language_tag_problem(tag: object) -> str | None:
    """Say what is wrong with a BCP 47 tag, or return ``None`` when it is valid.

    A tag must be well formed by RFC 5646, and a two-letter primary language subtag must be
    an ISO 639-1 code (three-letter subtags are accepted as ISO 639-2/3 codes).
    """
    if not isinstance(tag, str):
        return f"a language tag must be a string, not {type(tag).__name__}"
    return _tag_problem(tag)


@functools.lru_cache(maxsize=512)
def _tag_problem(tag: str) -> str | None:
    """Check one tag; cached, as a corpus uses a handful of tags millions of times."""
    match = _BCP47.match(tag)
    if match is None:
        return f"{tag!r} is not a well-formed BCP 47 language tag"
    language = match.group("language").split("-")[0].lower()
    if len(language) == 2 and language not in ISO_639_1:
        return f"{tag!r} does not start with an ISO 639-1 language code"
    return None


def is_country(value: object) -> bool:
    """Tell whether ``value`` is an ISO 3166-1 alpha-2 code in upper case."""
    return isinstance(value, str) and value in ISO_3166_ALPHA2


def country_problem(value: object) -> str:
    """Describe why ``value`` is not a country code."""
    if not isinstance(value, str):
        return f"a country code must be a string, not {type(value).__name__}"
    return f"{value!r} is not an ISO 3166-1 alpha-2 code"


def country(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require an ISO 3166-1 alpha-2 code."""
    if not is_country(value):
        raise fail(attribute.name, country_problem(value))


def optional_country(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require an ISO 3166-1 alpha-2 code or ``None``."""
    if value is not None and not is_country(value):
        raise fail(attribute.name, country_problem(value))


@typed(country)
def _typed_country(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in ISO_3166_ALPHA2:
        country(_, attribute, value)


@typed(optional_country)
def _typed_optional_country(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and value not in ISO_3166_ALPHA2:
        optional_country(_, attribute, value)


def country_tuple(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a sorted tuple of distinct country codes."""
    if not isinstance(value, tuple):
        raise fail(attribute.name, f"expected a tuple of country codes, got {type(value).__name__}")
    for index, item in enumerate(value):
        if not is_country(item):
            raise fail(f"{attribute.name}[{index}]", country_problem(item))
    if len(set(value)) != len(value):
        raise fail(attribute.name, f"country codes must be unique, got {list(value)}")


def sorted_codes(value: Sequence[str]) -> tuple[str, ...]:
    """Sort a list or tuple of country codes.

    Codes are sorted only when every one is valid, so that the validator names a bad code by
    its position as given; other values pass through for the validator to reject.
    """
    if isinstance(value, list | tuple):
        items = tuple(value)
        return tuple(sorted(items)) if all(is_country(item) for item in items) else items
    return value  # type: ignore[return-value]  # the validator reports the wrong type


def wikidata(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a Wikidata item id (``Q`` and digits) or ``None``."""
    if value is not None and not (isinstance(value, str) and _WIKIDATA.match(value)):
        raise fail(attribute.name, f"{value!r} is not a Wikidata item id such as 'Q7747'")


def identifier(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require an id: 1-200 ASCII letters, digits and ``._:/-``, starting alphanumeric."""
    if not (isinstance(value, str) and _ID.match(value)):
        raise fail(attribute.name, f"{value!r} is not a valid id (ASCII letters, digits, '._:/-')")


def optional_identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require an id or ``None``."""
    if value is not None:
        identifier(instance, attribute, value)


def text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a string with something other than white space in it."""
    if not isinstance(value, str):
        raise fail(attribute.name, f"expected a string, got {type(value).__name__}")
    if not value.strip():
        raise fail(attribute.name, "must not be empty or blank")


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a non-blank string or ``None``."""
    if value is not None:
        text(instance, attribute, value)


@type_only
def flag(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a real ``bool`` (not ``0``/``1``)."""
    if not isinstance(value, bool):
        raise fail(attribute.name, f"expected true or false, got {value!r}")


def _flatten(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _accepts(kinds: tuple[type, ...]) -> Callable[[object], bool]:
    """Build a test for "an instance of one of ``kinds``", where a bool is not an int."""
    exact = frozenset(kinds)
    takes_bool = bool in kinds

    def accepts(value: object) -> bool:
        if type(value) in exact:  # the common case, without walking the class hierarchy
            return True
        if isinstance(value, bool) and not takes_bool:
            return False
        return isinstance(value, kinds)

    return accepts


def instance(kind: type | tuple[type, ...], *, optional: bool = False) -> Validator:
    """Require an instance of ``kind`` (or ``None`` when ``optional``)."""
    kinds = _flatten(kind)
    names = " or ".join(k.__name__ for k in kinds)
    accepts = _accepts(kinds)

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not accepts(value):
            raise fail(attribute.name, f"expected {names}, got {type(value).__name__}")

    return type_only(check)


def tuple_of(kind: type | tuple[type, ...], *, unique: bool = False) -> Validator:
    """Require a tuple whose items are all instances of ``kind``."""
    kinds = _flatten(kind)
    names = " or ".join(k.__name__ for k in kinds)
    accepts = _accepts(kinds)

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise fail(attribute.name, f"expected a tuple of {names}, got {type(value).__name__}")
        for index, item in enumerate(value):
            if not accepts(item):
                raise fail(
                    f"{attribute.name}[{index}]", f"expected {names}, got {type(item).__name__}"
                )
            if isinstance(item, str) and not item.strip():
                raise fail(f"{attribute.name}[{index}]", "must not be empty or blank")
        if unique and len(set(value)) != len(value):
            raise fail(attribute.name, "items must be unique")

    if kinds == (str,):  # strings must also be non-blank
        NONBLANK_STRINGS[check] = unique

        @typed(check)
        def strings(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
            if not all(map(str.strip, value)) or (unique and len(set(value)) != len(value)):
                check(_, attribute, value)

        return check
    return check if unique else type_only(check)  # uniqueness is a rule, not a type
