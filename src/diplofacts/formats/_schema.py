"""The JSON Schema of canonical JSON, generated from the model's classes.

What belongs here: walking the attrs classes and their type hints into JSON Schema (draft
2020-12), mirroring the hooks of :mod:`diplofacts.formats._converter`. Field checks that the
schema can express (country codes, ids, Wikidata ids, non-blank text) are read from the
field's validator; the rest of the model's rules (a day that exists in its month, spans inside
the text) are beyond JSON Schema and are enforced by ``loads``.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from diplofacts.formats._converter import EVENT_TAGS
from diplofacts.model import Article, FuzzyDate, LocalizedText, Span, _checks
from diplofacts.model._codes import ISO_3166_ALPHA2

__all__ = ["json_schema"]

_EDTF_PATTERN = r"^([0-9]{4}\?(?=-)|[0-9]{4}|XXXX)(-([0-9]{2}|XX)(-[0-9]{2})?)?[?~%]?$"
_DEFS_FIXED: dict[str, dict[str, Any]] = {
    "Country": {
        "description": "An ISO 3166-1 alpha-2 country code.",
        "type": "string",
        "enum": sorted(ISO_3166_ALPHA2),
    },
    "EDTF": {
        "description": (
            "A date in EDTF: 2025-08-15, XXXX-08-15, 2025-08~, 2025?-08-15 (year inferred)."
        ),
        "type": "string",
        "pattern": _EDTF_PATTERN,
    },
    "Span": {
        "description": "[start, end] character offsets into the article text; start < end.",
        "type": "array",
        "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 1}],
        "minItems": 2,
        "maxItems": 2,
    },
    "LocalizedText": {
        "description": "A text in one or more languages, keyed by BCP 47 tag.",
        "type": "object",
        "minProperties": 1,
        "propertyNames": {"pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"},
        "additionalProperties": {"type": "string", "pattern": "\\S"},
    },
}
_VALIDATOR_SCHEMAS: dict[Any, dict[str, Any]] = {
    _checks.country: {"$ref": "#/$defs/Country"},
    _checks.optional_country: {"$ref": "#/$defs/Country"},
    _checks.wikidata: {"type": "string", "pattern": "^Q[1-9][0-9]{0,11}$"},
    _checks.identifier: {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$"},
    _checks.optional_identifier: {
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$",
    },
    _checks.text: {"type": "string", "pattern": "\\S"},
    _checks.optional_text: {"type": "string", "pattern": "\\S"},
    _checks.country_tuple: {
        "type": "array",
        "items": {"$ref": "#/$defs/Country"},
        "uniqueItems": True,
    },
}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = dict(_DEFS_FIXED)

    def of_type(self, tp: Any) -> dict[str, Any]:  # noqa: PLR0911 - one branch per kind of type
        fixed = {FuzzyDate: "EDTF", Span: "Span", LocalizedText: "LocalizedText"}
        if tp in fixed:
            return {"$ref": f"#/$defs/{fixed[tp]}"}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is dt.date:
            return {"type": "string", "format": "date"}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.enum(tp)
        if typing.get_origin(tp) is tuple:
            return {"type": "array", "items": self.of_type(typing.get_args(tp)[0])}
        if typing.get_origin(tp) in (typing.Union, types.UnionType):
            return self.union(typing.get_args(tp))
        if attrs.has(tp):
            return self.attrs_class(tp)
        raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - a model bug

    def enum(self, tp: type[enum.Enum]) -> dict[str, Any]:
        if tp.__name__ not in self.defs:
            self.defs[tp.__name__] = {
                "description": (tp.__doc__ or tp.__name__).strip().splitlines()[0],
                "type": "string",
                "enum": [member.value for member in tp],
            }
        return {"$ref": f"#/$defs/{tp.__name__}"}

    def union(self, args: tuple[Any, ...]) -> dict[str, Any]:
        options = [arg for arg in args if arg is not type(None)]
        if all(arg in EVENT_TAGS for arg in options):
            return {"oneOf": [self.attrs_class(arg, tag=EVENT_TAGS[arg]) for arg in options]}
        schemas = [self.of_type(arg) for arg in options]
        if type(None) in args:
            schemas.append({"type": "null"})
        return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}

    def attrs_class(self, cls: type, *, tag: str | None = None) -> dict[str, Any]:
        name = cls.__name__ if tag is None else f"{cls.__name__}Tagged"
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: classes may refer to themselves
            hints = typing.get_type_hints(cls)
            properties: dict[str, Any] = {}
            required: list[str] = []
            if tag is not None:
                properties["type"] = {"const": tag}
                required.append("type")
            for field in attrs.fields(cls):
                properties[field.name] = self.field(field, hints[field.name])
                if field.default is attrs.NOTHING:
                    required.append(field.name)
            doc = (cls.__doc__ or cls.__name__).strip().splitlines()[0]
            self.defs[name] = {
                "description": doc,
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}

    def field(self, field: attrs.Attribute[Any], tp: Any) -> dict[str, Any]:
        special = _VALIDATOR_SCHEMAS.get(field.validator)
        if special is None:
            return self.of_type(tp)
        if type(None) in typing.get_args(tp):
            return {"anyOf": [special, {"type": "null"}]}
        return special


def json_schema(cls: type | None = None) -> dict[str, Any]:
    """Build the JSON Schema (draft 2020-12) of ``cls``'s canonical JSON."""
    target = Article if cls is None else cls
    builder = _Builder()
    root = builder.of_type(target)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://diplofacts.invalid/schema/{target.__name__}.json",
        "title": f"diplofacts {target.__name__}",
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }
