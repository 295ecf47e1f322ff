"""CSV tables: the documented projection survives a round trip, and the csv module reads them."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplofacts import Article, ConsultationRound, Summit, ValidationError
from diplofacts import testing as dt_testing
from diplofacts.formats import csv as dcsv
from diplofacts.formats._tables import TABLES, join_list, split_list


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@given(dt_testing.articles())
def test_article_round_trip_is_the_projection(article: Article) -> None:
    """Reading the tables back gives exactly the documented projection."""
    assert dcsv.project(article) == dcsv.loads(dcsv.dumps(article), Article)


@given(st.one_of(dt_testing.summits(), dt_testing.consultation_rounds()))
def test_event_round_trip_is_the_projection(event: Summit | ConsultationRound) -> None:
    """One event reads back as that event, without evidence."""
    text = dcsv.dumps(event)
    assert dcsv.project(event) == dcsv.loads(text, type(event))
    assert text == dcsv.dumps(dcsv.project(event))


@given(dt_testing.articles())
def test_the_csv_module_reads_every_table(article: Article) -> None:
    """Every table is rectangular CSV with its documented columns and one row per thing."""
    tables = dcsv.tables(article)
    assert list(TABLES) == list(tables)
    events = _rows(tables["events"])
    assert [e.id for e in article.events] == [row["event_id"] for row in events]
    delegates = _rows(tables["delegates"])
    expected = sum(
        len(getattr(e, "leaders", ()))
        + sum(max(1, len(d.members)) for d in e.delegations)
        + (getattr(e, "announced_by", None) is not None)
        for e in article.events
    )
    assert expected == len(delegates)
    agenda = _rows(tables["agenda"])
    assert sum(len(e.agenda) for e in article.events) == len(agenda)
    stacked = _rows(dcsv.dumps(article))
    assert len(stacked) == sum(len(_rows(t)) for t in tables.values())


@given(st.lists(st.text(min_size=1)))
def test_list_cells_split_back(items: list[str]) -> None:
    """Joined lists split back into the same strings, whatever they contain."""
    if items:
        assert items == split_list(join_list(items))


def test_the_alaska_tables(alaska: Summit) -> None:
    """The columns and rows of a known summit."""
    tables = dcsv.tables(alaska)
    events = _rows(tables["events"])
    assert events[0]["date"] == "2025?-08-15"
    assert events[0]["parties"] == "RU; US"
    assert events[0]["venue.locality.ar"] == "أنكوريج"
    delegates = [
        (row["capacity"], row["party"], row["person.name.en"], row["roles"])
        for row in _rows(tables["delegates"])
    ]
    assert delegates == [
        ("leader", "", "Vladimir Putin", ""),
        ("leader", "", "Donald Trump", ""),
        ("member", "RU", "Sergey Lavrov", "foreign minister"),
        ("member", "RU", "Kirill Dmitriev", "head of RDIF; special envoy\\; economy"),
        ("member", "US", "", ""),
    ]
    chain = [
        (
            row["agenda_item"],
            row["attribution"],
            row["depth"],
            row["outlet"],
            row["speaker.name.en"],
        )
        for row in _rows(tables["attributions"])
    ]
    assert chain == [
        ("1", "1", "0", "Al Jazeera", ""),
        ("1", "1", "1", "TASS", ""),
        ("1", "1", "2", "", "Vladimir Putin"),
        ("", "1", "0", "TASS", ""),
    ]
    assert dcsv.project(alaska) == dcsv.loads(dcsv.dumps(alaska), Summit)


def test_projection_keeps_events_only(rounds: Article) -> None:
    """The projected article has no text, no publication date and no evidence."""
    projected = dcsv.project(rounds)
    assert (projected.text, projected.published) == ("", None)
    assert projected.events[0].evidence == ()
    assert projected == dcsv.loads(dcsv.dumps(rounds).encode("utf-8-sig"), Article)
    assert dcsv.project([rounds.events[0]]) == (projected.events[0],)


def _edit(text: str, table: str, index: int, column: str, value: str) -> str:
    """Change one cell of the stacked CSV (the ``index``-th row of ``table``)."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    [row for row in rows if row["table"] == table][index][column] = value
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(reader.fieldnames or []))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("table", "column", "value", "message"),
    [
        ("events", "table", "event", "line 2: not a row of a known table"),
        ("agenda", "event_id", "nowhere", "line 8: no events row"),
        ("events", "type", "meeting", "line 2: unknown event type"),
        ("events", "number", "x", "line 2: column 'number': expected an integer"),
        ("delegates", "capacity", "guest", "line 3: capacity 'guest'"),
        ("events", "date.relation", "after", "line 2: column 'date.relation' conflicts"),
        ("events", "venue.country", "USA", r"line 2: \$.venue.country"),
        ("attributions", "agenda_item", "9", "line 12: no such agenda item"),
    ],
)
def test_problems_name_the_line(
    alaska: Summit, table: str, column: str, value: str, message: str
) -> None:
    """Broken tables are refused with the line of the problem."""
    text = _edit(dcsv.dumps(alaska), table, 0, column, value)
    with pytest.raises(ValidationError, match=message):
        dcsv.loads(text, Summit)


def test_conflicting_columns_in_any_order() -> None:
    """A relative-date column before the date column is refused too."""
    text = "table,event_id,type,status,date.text,date\r\nevents,a,summit,held,soon,2025\r\n"
    with pytest.raises(ValidationError, match="conflicts"):
        dcsv.loads(text, Summit)


def test_bad_headers_are_refused(alaska: Summit) -> None:
    """The header needs table and event_id, and no unknown columns."""
    text = dcsv.dumps(alaska)
    with pytest.raises(ValidationError, match="needs 'table' and 'event_id'"):
        dcsv.loads(text.replace("table,", "", 1).replace("events,", "", 1), Summit)
    with pytest.raises(ValidationError, match="unknown columns"):
        dcsv.loads(text.replace("table,", "table,bogus.x.y,", 1), Summit)


def test_an_event_twice_is_refused(alaska: Summit) -> None:
    """Two events rows with one id are refused."""
    text = dcsv.dumps(alaska)
    lines = text.split("\r\n")
    with pytest.raises(ValidationError, match="twice"):
        dcsv.loads("\r\n".join([*lines[:2], lines[1], *lines[2:]]), Summit)


def test_ragged_rows_are_refused(alaska: Summit) -> None:
    """A row with more cells than the header is not a table row."""
    head, first, rest = dcsv.dumps(alaska).split("\r\n", 2)
    with pytest.raises(ValidationError, match="line 2"):
        dcsv.loads("\r\n".join([head, first + ",extra", rest]), Summit)


def test_single_event_needs_one_event(rounds: Article) -> None:
    """A Summit is read from a CSV holding exactly one summit."""
    with pytest.raises(ValidationError, match="expected one Summit, found 4 events"):
        dcsv.loads(dcsv.dumps(rounds), Summit)


def test_only_articles_and_events_are_read(alaska: Summit) -> None:
    """Other classes cannot be read from tables."""
    with pytest.raises(TypeError, match="CSV reads"):
        dcsv.loads(dcsv.dumps(alaska), dict)


def test_malformed_csv_is_refused() -> None:
    """The csv module's own errors become validation problems."""
    with pytest.raises(ValidationError, match="malformed CSV"):
        dcsv.loads('table,event_id\r\nevents,"a', Article)


def test_missing_header_is_refused() -> None:
    """An empty text has no header."""
    with pytest.raises(ValidationError, match="header"):
        dcsv.loads("", Article)


def test_lists_are_accepted(alaska: Any) -> None:
    """A list of events is written like an article's events."""
    assert dcsv.dumps([alaska]) == dcsv.dumps(alaska)


def test_hand_written_lists() -> None:
    """A list cell written by hand without spaces after ``;`` splits too."""
    assert split_list("RU;US") == ["RU", "US"]
