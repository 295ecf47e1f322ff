"""Flattening model data into table rows and back, for the CSV format.

What belongs here: turning the converter's plain data into flat rows of strings (nested keys
joined with ``.``, lists joined with ``; `` and backslash escapes) and the exact inverse,
plus the column layout (which stems each table has, which are per-language). What does not:
CSV syntax and which model objects go into which table (:mod:`diplofacts.formats.csv`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from diplofacts.errors import Problem, ValidationError

__all__ = [
    "INT_COLUMNS",
    "LIST_COLUMNS",
    "LOCALIZED",
    "TABLES",
    "flatten",
    "header",
    "join_list",
    "rank",
    "split_list",
    "unflatten",
]

TABLES: dict[str, tuple[str, ...]] = {
    "events": (
        "event_id", "type", "status", "number", "series", "title", "date", "date.relation",
        "date.anchor", "date.offset_days", "date.text", "end_date", "previous_dates",
        "venue.name", "venue.locality", "venue.region", "venue.country", "venue.kind",
        "venue.wikidata", "parties", "host", "mediators",
    ),
    "delegates": (
        "event_id", "capacity", "party", "person.name", "person.description", "person.id",
        "person.country", "person.wikidata", "roles", "role_text",
    ),
    "agenda": ("event_id", "item", "topic", "text"),
    "phases": ("event_id", "item", "kind", "text"),
    "attributions": (
        "event_id", "agenda_item", "attribution", "depth", "outlet", "speaker.name",
        "speaker.description", "speaker.id", "speaker.country", "speaker.wikidata",
        "description",
    ),
}  # fmt: skip
"""The column stems of each table, in order; a localized stem has one column per language."""

LOCALIZED = frozenset(
    {
        "title", "venue.name", "venue.locality", "venue.region", "person.name",
        "person.description", "role_text", "text", "speaker.name", "speaker.description",
        "description",
    }
)  # fmt: skip
"""Stems holding a :class:`~diplofacts.LocalizedText`: ``title.ar``, ``title.en``, ..."""

INT_COLUMNS = frozenset(
    {"number", "date.offset_days", "item", "agenda_item", "attribution", "depth"}
)
LIST_COLUMNS = frozenset({"previous_dates", "parties", "mediators", "roles"})
_ORDER = {
    stem: index
    for index, stem in enumerate(dict.fromkeys(["table", *(s for t in TABLES.values() for s in t)]))
}
_ALWAYS = ("ar", "en")


def join_list(items: Iterable[str]) -> str:
    r"""Join strings with ``; ``, escaping ``\\`` and ``;`` inside them with a backslash."""
    return "; ".join(item.replace("\\", "\\\\").replace(";", "\\;") for item in items)


def split_list(cell: str) -> list[str]:
    """Split a cell written by :func:`join_list` back into its strings."""
    items: list[str] = []
    current: list[str] = []
    chars = iter(cell)
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == ";":
            items.append("".join(current))
            current = []
            following = next(chars, "")
            if following != " ":
                current.append(following)
        else:
            current.append(char)
    items.append("".join(current))
    return items


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """Flatten plain data into ``{"venue.name.ar": ..., "parties": "RU; US"}``."""
    row: dict[str, str] = {}
    for key, value in data.items():
        column = f"{prefix}{key}"
        if isinstance(value, Mapping):
            row.update(flatten(value, f"{column}."))
        elif isinstance(value, list):
            row[column] = join_list(value)
        else:
            row[column] = str(value)
    return row


def stem_of(column: str) -> tuple[str, str | None] | None:
    """Split a column into its stem and language tag; ``None`` when no table has it."""
    if column in _ORDER and column not in LOCALIZED:
        return column, None
    stem, _, tag = column.rpartition(".")
    if stem in LOCALIZED and tag:
        return stem, tag
    return None


def rank(column: str) -> tuple[int, int, str]:
    """Sort key: the stem's place in the layout, then ``ar``, ``en``, then other tags."""
    found = stem_of(column)
    if found is None:
        raise ValueError(f"no table has a column {column!r}")  # pragma: no cover - a bug
    stem, tag = found
    if tag is None:
        return _ORDER[stem], 0, ""
    return _ORDER[stem], _ALWAYS.index(tag) if tag in _ALWAYS else len(_ALWAYS), tag


def header(stems: Iterable[str], rows: Iterable[Mapping[str, str]]) -> list[str]:
    """List the columns for ``rows``: every stem, localized ones in ``ar``, ``en`` and more."""
    wanted = list(stems)
    columns = {
        f"{stem}.{tag}" if stem in LOCALIZED else stem: None for stem in wanted for tag in _ALWAYS
    }
    for row in rows:
        columns.update(dict.fromkeys(row))
    return sorted(columns, key=rank)


def unflatten(cells: Mapping[str, str], where: str) -> dict[str, Any]:
    """Rebuild nested plain data from a row's non-empty cells (the inverse of flatten)."""
    data: dict[str, Any] = {}
    for column, cell in cells.items():
        if cell == "":
            continue
        value: Any = cell
        if column in INT_COLUMNS:
            try:
                value = int(cell)
            except ValueError:
                raise ValidationError(
                    [Problem(where, f"column {column!r}: expected an integer, got {cell!r}")]
                ) from None
        elif column in LIST_COLUMNS:
            value = split_list(cell)
        *parents, last = column.split(".")
        node = data
        for part in parents:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise ValidationError(
                    [Problem(where, f"column {column!r} conflicts with column {part!r}")]
                )
        if isinstance(node.get(last), dict):
            raise ValidationError([Problem(where, f"column {column!r} conflicts with others")])
        node[last] = value
    return data
