r"""CSV: flat tables for spreadsheets and pandas, joined by event id.

:func:`tables` gives five tables, one CSV text each; :func:`dumps` stacks them into one CSV
whose first column, ``table``, names the table of each row (``pandas.read_csv(...)
.groupby("table")`` splits it again); :func:`loads` reads that back into the model.

Columns (``<lang>``: one column per BCP 47 tag in the data, ``ar`` and ``en`` always there;
lists in one cell are separated by ``; `` with ``;`` and ``\\`` escaped by a backslash;
an empty cell is an absent value):

``events``
    ``event_id``, ``type`` (``summit`` or ``consultation_round``), ``status``, ``number``
    and ``series`` (rounds), ``title.<lang>``, ``date`` (EDTF, e.g. ``XXXX-08-15``) or, for a
    relative date, ``date.relation``, ``date.anchor`` (an event id), ``date.offset_days``,
    ``date.text``; ``end_date`` and ``previous_dates`` (EDTF); ``venue.name.<lang>``,
    ``venue.locality.<lang>``, ``venue.region.<lang>``, ``venue.country``, ``venue.kind``,
    ``venue.wikidata``; ``parties``, ``host``, ``mediators`` (ISO 3166-1 alpha-2 codes).
``delegates``
    ``event_id``, ``capacity`` (``leader``, ``member`` of a delegation, or ``announcer`` of a
    round), ``party`` (the delegation's country), ``person.name.<lang>``,
    ``person.description.<lang>``, ``person.id``, ``person.country``, ``person.wikidata``,
    ``roles``, ``role_text.<lang>``. A delegation whose members are not known is one
    ``member`` row with only ``party``.
``agenda``
    ``event_id``, ``item`` (1, 2, ...), ``topic``, ``text.<lang>``.
``phases``
    ``event_id``, ``item``, ``kind``, ``text.<lang>``.
``attributions``
    ``event_id``, ``agenda_item`` (empty when the event itself is credited), ``attribution``
    (1, 2, ... within its list), ``depth`` (0 for the source credited, 1 for the source it
    relied on, ...), ``outlet``, ``speaker.name.<lang>``, ``speaker.description.<lang>``,
    ``speaker.id``, ``speaker.country``, ``speaker.wikidata``, ``description.<lang>``.

The projection (see :func:`project`): every event field survives, but evidence spans do not,
nor does anything of the article but its events (its text, language, publication date,
statements and unparsed parts). ``loads(dumps(x), type(x)) == project(x)``. Text cells are
written as they are: a cell starting with ``=`` is not defused for spreadsheets. Excel needs
a byte-order mark to read UTF-8: save with ``encoding="utf-8-sig"``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any, TypeVar

import attrs

from diplofacts.errors import Problem, ValidationError
from diplofacts.formats._common import AnyEvent, events_of
from diplofacts.formats._converter import EVENT_TAGS, structure, unstructure
from diplofacts.formats._tables import TABLES, flatten, header, stem_of, unflatten
from diplofacts.limits import DEFAULT_LIMITS, Limits
from diplofacts.model import (
    Article,
    Attribution,
    ConsultationRound,
    FuzzyDate,
    LocalizedText,
    RelativeDate,
    Span,
    Summit,
)

__all__ = ["dumps", "loads", "project", "tables"]

T = TypeVar("T")
_CHILDREN = ("delegations", "leaders", "announced_by", "agenda", "phases", "attributions")
_BY_TAG = {tag: cls for cls, tag in EVENT_TAGS.items()}
_LEAVES = (LocalizedText, FuzzyDate, RelativeDate, Span)


def _strip(value: Any) -> Any:
    """Drop every evidence span inside ``value``."""
    if isinstance(value, tuple):
        return tuple(_strip(item) for item in value)
    if attrs.has(type(value)) and not isinstance(value, _LEAVES):
        changes = {
            field.name: () if field.name == "evidence" else _strip(getattr(value, field.name))
            for field in attrs.fields(type(value))
        }
        return attrs.evolve(value, **changes)
    return value


def project(obj: Any) -> Any:
    """Return what the tables keep of ``obj``: its events without evidence spans.

    An :class:`~diplofacts.Article` becomes an article with no text that holds only its
    events; an event stays an event; a list of events becomes a tuple.
    """
    if isinstance(obj, Article):
        return Article(text="", events=_strip(obj.events))
    if isinstance(obj, Summit | ConsultationRound):
        return _strip(obj)
    return _strip(events_of(obj))


def _attribution_rows(
    attributions: tuple[Attribution, ...], agenda_item: int | None
) -> Iterator[dict[str, str]]:
    for number, attribution in enumerate(attributions, 1):
        for depth, link in enumerate(attribution.chain()):
            data = unstructure(attrs.evolve(link, via=None))
            yield {
                "agenda_item": "" if agenda_item is None else str(agenda_item),
                "attribution": str(number),
                "depth": str(depth),
                **flatten(data),
            }


def _rows(event: AnyEvent) -> dict[str, list[dict[str, str]]]:
    """Build the rows of one event (evidence already stripped), by table."""
    data = unstructure(event)
    fields = {key: value for key, value in data.items() if key not in (*_CHILDREN, "id")}
    rows: dict[str, list[dict[str, str]]] = {name: [] for name in TABLES}
    rows["events"].append({"type": EVENT_TAGS[type(event)], **flatten(fields)})
    for leader in data.get("leaders", []):
        rows["delegates"].append({"capacity": "leader", **flatten({"person": leader})})
    for delegation in data.get("delegations", []):
        members = delegation.get("members") or [{}]
        for member in members:
            rows["delegates"].append(
                {"capacity": "member", "party": delegation["party"], **flatten(member)}
            )
    if "announced_by" in data:
        rows["delegates"].append({"capacity": "announcer", **flatten(data["announced_by"])})
    for number, item in enumerate(event.agenda, 1):
        plain = unstructure(attrs.evolve(item, attributions=()))
        rows["agenda"].append({"item": str(number), **flatten(plain)})
        rows["attributions"].extend(_attribution_rows(item.attributions, number))
    for number, phase in enumerate(data.get("phases", []), 1):
        rows["phases"].append({"item": str(number), **flatten(phase)})
    rows["attributions"].extend(_attribution_rows(event.attributions, None))
    for table in rows.values():
        for row in table:
            row["event_id"] = event.id
    return rows


def _all_rows(obj: Any) -> dict[str, list[dict[str, str]]]:
    merged: dict[str, list[dict[str, str]]] = {name: [] for name in TABLES}
    for event in events_of(project(obj)):
        for name, rows in _rows(event).items():
            merged[name].extend(rows)
    return merged


def _write(columns: list[str], rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, restval="")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def tables(obj: Any) -> dict[str, str]:
    """Write the five tables of ``obj`` (an article, an event or a list of events) as CSV."""
    return {name: _write(header(TABLES[name], rows), rows) for name, rows in _all_rows(obj).items()}


def dumps(obj: Any) -> str:
    """Write every table of ``obj`` in one CSV whose first column, ``table``, names the table."""
    merged = _all_rows(obj)
    stems = ["table", *(stem for name in TABLES for stem in TABLES[name])]
    rows = [{"table": name, **row} for name, table in merged.items() for row in table]
    return _write(header(dict.fromkeys(stems), rows), rows)


def _read(data: str | bytes) -> dict[str, list[tuple[int, dict[str, str]]]]:
    """Parse the stacked CSV into rows by table, each with its line number."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise ValidationError(
            [Problem("$", f"not UTF-8 text: {exc.reason} at byte {exc.start}")]
        ) from None
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    try:
        columns = reader.fieldnames or []
        unknown = [c for c in columns if c != "table" and stem_of(c) is None]
        if "table" not in columns or "event_id" not in columns or unknown:
            what = f"unknown columns {unknown}" if unknown else "needs 'table' and 'event_id'"
            raise ValidationError([Problem("line 1", f"header {what}")])
        by_table: dict[str, list[tuple[int, dict[str, str]]]] = {name: [] for name in TABLES}
        for row in reader:
            line = reader.line_num
            name = row.pop("table")
            if name not in by_table or None in row or None in row.values():
                raise ValidationError(
                    [Problem(f"line {line}", f"not a row of a known table: {name!r}")]
                )
            by_table[name].append((line, row))
    except csv.Error as exc:
        raise ValidationError(
            [Problem(f"line {reader.line_num}", f"malformed CSV: {exc}")]
        ) from None
    return by_table


def _cells(row: dict[str, str], *drop: str) -> dict[str, str]:
    return {key: value for key, value in row.items() if key not in ("event_id", *drop)}


class _Builder:
    """Rebuilds the plain data of each event from its rows."""

    def __init__(
        self, by_table: dict[str, list[tuple[int, dict[str, str]]]], max_depth: int
    ) -> None:
        self.max_depth = max_depth
        self.events: dict[str, tuple[int, dict[str, Any]]] = {}
        for line, row in by_table["events"]:
            event_id = row["event_id"]
            if event_id in self.events:
                raise ValidationError([Problem(f"line {line}", f"event {event_id!r} twice")])
            fields = unflatten(_cells(row), f"line {line}")
            self.events[event_id] = (line, {"id": event_id, **fields})
        self.agenda: dict[tuple[str, int], dict[str, Any]] = {}
        for line, row in by_table["delegates"]:
            self.delegate(line, row)
        for line, row in by_table["agenda"]:
            item = unflatten(_cells(row, "item"), f"line {line}")
            self.event(line, row).setdefault("agenda", []).append(item)
            number = row.get("item", "")
            self.agenda[row["event_id"], int(number) if number.isdigit() else 0] = item
        for line, row in by_table["phases"]:
            phase = unflatten(_cells(row, "item"), f"line {line}")
            self.event(line, row).setdefault("phases", []).append(phase)
        self.attributions(by_table["attributions"])

    def event(self, line: int, row: dict[str, str]) -> dict[str, Any]:
        found = self.events.get(row["event_id"])
        if found is None:
            raise ValidationError(
                [Problem(f"line {line}", f"no events row has event_id {row['event_id']!r}")]
            )
        return found[1]

    def delegate(self, line: int, row: dict[str, str]) -> None:
        event = self.event(line, row)
        capacity, party = row.get("capacity", ""), row.get("party", "")
        person = unflatten(_cells(row, "capacity", "party"), f"line {line}")
        if capacity == "leader" and "person" in person:
            event.setdefault("leaders", []).append(person["person"])
        elif capacity == "announcer":
            event["announced_by"] = person
        elif capacity == "member" and party:
            delegations = event.setdefault("delegations", [])
            delegation = next((d for d in delegations if d["party"] == party), None)
            if delegation is None:
                delegation = {"party": party, "members": []}
                delegations.append(delegation)
            if person:
                delegation["members"].append(person)
        else:
            raise ValidationError(
                [Problem(f"line {line}", f"capacity {capacity!r} with party {party!r}")]
            )

    def attributions(self, rows: list[tuple[int, dict[str, str]]]) -> None:
        chains: dict[tuple[str, str, str], list[tuple[int, int, dict[str, Any]]]] = {}
        for line, row in rows:
            self.event(line, row)
            link = unflatten(_cells(row, "agenda_item", "attribution", "depth"), f"line {line}")
            key = (row["event_id"], row.get("agenda_item", ""), row.get("attribution", ""))
            depth = row.get("depth", "")
            chains.setdefault(key, []).append((int(depth) if depth.isdigit() else 0, line, link))
        for (event_id, agenda_item, _), links in chains.items():
            chain: dict[str, Any] | None = None
            for _, _, link in sorted(links, key=lambda entry: entry[0], reverse=True):
                if chain is not None:
                    link["via"] = chain
                chain = link
            target = self.events[event_id][1]
            if agenda_item:
                number = int(agenda_item) if agenda_item.isdigit() else -1
                found = self.agenda.get((event_id, number))
                if found is None:
                    line = links[0][1]
                    raise ValidationError([Problem(f"line {line}", "no such agenda item")])
                target = found
            target.setdefault("attributions", []).append(chain)

    def build(self) -> list[AnyEvent]:
        built: list[AnyEvent] = []
        for line, data in self.events.values():
            kind = data.pop("type", None)
            cls = _BY_TAG.get(kind) if isinstance(kind, str) else None
            if cls is None:
                raise ValidationError([Problem(f"line {line}", f"unknown event type {kind!r}")])
            try:
                built.append(structure(data, cls, max_depth=self.max_depth))
            except ValidationError as exc:
                raise exc.with_prefix(f"line {line}: $") from None
        return built


def loads(data: str | bytes, cls: type[T], *, limits: Limits | None = None) -> T:
    """Read the stacked CSV of :func:`dumps` as an Article, a Summit or a ConsultationRound.

    An article holds every event (and nothing else: see :func:`project`); a single event
    class needs exactly one event of that class. Raises :class:`~diplofacts.ValidationError`
    naming the line of each problem, and :class:`~diplofacts.LimitError` for a document or a
    chain of sources over ``limits``.
    """
    limits = limits or DEFAULT_LIMITS
    limits.check_document(data)
    events = _Builder(_read(data), limits.max_depth).build()
    if cls is Article:
        article: Any = Article(text="", events=tuple(events))
        return article  # type: ignore[no-any-return]  # cls is Article
    if cls in (Summit, ConsultationRound):
        if len(events) != 1 or not isinstance(events[0], cls):
            raise ValidationError(
                [Problem("$", f"expected one {cls.__name__}, found {len(events)} events")]
            )
        return events[0]
    raise TypeError(f"CSV reads an Article, a Summit or a ConsultationRound, not {cls!r}")
