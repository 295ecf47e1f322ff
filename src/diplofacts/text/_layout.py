"""The shape of an article: lines, bullets, tables (pipe and flattened), sentences, clauses.

What belongs here: cutting the match-form text into :class:`Line` records (prose, bullet,
table header, table row) with their cells, and prose into sentences and clauses. Offsets
are match-form offsets. What must not: word meanings beyond the table column names and
the list markers; nothing here builds model objects.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from diplofacts.text._normalize import key

__all__ = ["Column", "Line", "LineKind", "clauses", "layout", "sentences"]


class LineKind(enum.Enum):
    """What a line of the article is."""

    BLANK = "blank"
    PROSE = "prose"
    BULLET = "bullet"
    HEADER = "header"
    ROW = "row"
    RULE = "rule"


class Column(enum.Enum):
    """What a table column holds, from its header."""

    DATE = "date"
    PLACE = "place"
    AGENDA = "agenda"
    EVENT = "event"
    PARTIES = "parties"
    STATUS = "status"
    OTHER = "other"


_COLUMN_WORDS: dict[str, Column] = {
    key(word): column
    for words, column in (
        ("التاريخ الموعد اليوم الزمان التوقيت", Column.DATE),
        ("المكان المدينة الموقع الدولة البلد", Column.PLACE),
        ("الأهداف الموضوعات المواضيع الملفات القضايا المحاور الأجندة الهدف", Column.AGENDA),
        ("المناسبة الحدث الفعالية الاجتماع الجولة اللقاء القمة", Column.EVENT),
        ("الأطراف الوفود المشاركون المشاركين الطرفان", Column.PARTIES),
        ("الحالة الوضع", Column.STATUS),
    )
    for word in words.split()
}
_COLUMN_PHRASES = {key("جدول الأعمال"): Column.AGENDA, key("جدول الاعمال"): Column.AGENDA}

# «•», «-», «*», «–» (normalised to '-'), «1.», «١-», «2)», «أ-» at the start of a line.
_BULLET = re.compile(r"[ \t]*(?:[•●▪◦·*\-+]|\d{1,2}[.)\-]|[اب][.)\-])[ \t]+")
_RULE = re.compile(r"[ \t|:\-]*-{3,}[ \t|:\-]*")
# A full stop ends a sentence before a space, or before an Arabic letter when a noisy text
# dropped the space («… 3 مايو.ونقلت …»); not inside «2.5» or «U.S.». A line break ends one
# too. (The pattern opens with the class of every first character, «[.!?؟]+(?=…)|\n»
# rewritten, so the regex engine skips to the next such character.)
_SENTENCE_END = re.compile(r"[.!?؟\n](?:(?<=\n)|(?<=[.!?؟])[.!?؟]*(?=\s|$|[\u0621-\u064a]))")
# A clause ends at a comma, semicolon or colon, or at a dash or quote between white spaces
# («\s[-"]\s»). The pattern opens with the class of all of them, so that the engine skips
# from one rare character to the next, and :func:`clauses` puts the cut at the white space
# before a dash.
_CLAUSE_END = re.compile(r"[،,؛;:\-\"](?:(?<=[،,؛;:])|(?<=\s.)\s)")


@dataclass(frozen=True, slots=True)
class Line:
    """One line: its kind, its match-form range, where its body starts, and its cells.

    ``block`` counts paragraphs (blank lines and headings separate them); ``columns`` are
    the column kinds of the table the line belongs to (headers and rows only).
    """

    kind: LineKind
    start: int
    end: int
    body: int
    block: int
    cells: tuple[tuple[int, int], ...] = ()
    columns: tuple[Column, ...] = ()


def _header_columns(text: str) -> tuple[Column, ...] | None:
    """Return the columns when ``text`` is a header line made only of column names."""
    opening = text.replace("|", " ").split(maxsplit=2)  # most lines fail at their first word
    if opening and opening[0] not in _COLUMN_WORDS and " ".join(opening[:2]) not in _COLUMN_PHRASES:
        return None
    words = text.replace("|", " ").split()
    columns: list[Column] = []
    at = 0
    while at < len(words):
        pair = " ".join(words[at : at + 2])
        if pair in _COLUMN_PHRASES:
            columns.append(_COLUMN_PHRASES[pair])
            at += 2
        elif words[at] in _COLUMN_WORDS:
            columns.append(_COLUMN_WORDS[words[at]])
            at += 1
        else:
            return None
    return tuple(columns) if len(columns) >= 2 else None


def _pipe_cells(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Split a pipe row into trimmed cell ranges (empty cells dropped)."""
    cells: list[tuple[int, int]] = []
    at = start
    for piece in text[start:end].split("|"):
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            cells.append((at + lead, at + lead + len(stripped)))
        at += len(piece) + 1
    return tuple(cells)


_MAX_FLAT_ROW_WORDS = 40


def layout(text: str) -> list[Line]:
    """Cut ``text`` into lines and say what each one is."""
    lines: list[Line] = []
    block = 0
    table: tuple[Column, ...] = ()
    at = 0
    for raw in text.split("\n"):
        start, end = at, at + len(raw)
        at = end + 1
        stripped = raw.strip()
        if not stripped:
            lines.append(Line(LineKind.BLANK, start, end, start, block))
            block += 1
            table = ()
            continue
        lead = start + len(raw) - len(raw.lstrip())
        trail = start + len(raw.rstrip())
        if "|" in stripped:
            if _RULE.fullmatch(stripped):
                lines.append(Line(LineKind.RULE, lead, trail, lead, block, (), table))
                continue
            cells = _pipe_cells(text, lead, trail)
            columns = _header_columns(stripped)
            if columns is not None and not table:
                table = columns
                lines.append(Line(LineKind.HEADER, lead, trail, lead, block, cells, columns))
            else:
                lines.append(Line(LineKind.ROW, lead, trail, lead, block, cells, table))
            continue
        columns = _header_columns(stripped)
        if columns is not None:
            table = columns
            lines.append(Line(LineKind.HEADER, lead, trail, lead, block, (), columns))
            continue
        if table and len(stripped.split()) <= _MAX_FLAT_ROW_WORDS and "|" not in stripped:
            lines.append(Line(LineKind.ROW, lead, trail, lead, block, (), table))
            continue
        table = ()
        bullet = _BULLET.match(text, lead, trail)
        if bullet is not None and bullet.end() < trail:
            lines.append(Line(LineKind.BULLET, lead, trail, bullet.end(), block))
            continue
        lines.append(Line(LineKind.PROSE, lead, trail, lead, block))
        if not _SENTENCE_END.search(stripped) and len(stripped.split()) <= 14:
            block += 1  # a heading closes the paragraph before it and opens a new one
    return lines


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence ranges (trimmed, non-empty)."""
    out: list[tuple[int, int]] = []
    at = start
    for match in _SENTENCE_END.finditer(text, start, end):
        _add_trimmed(text, at, match.end(), out)
        at = match.end()
    _add_trimmed(text, at, end, out)
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence range into clause ranges at commas, semicolons and dashes."""
    out: list[tuple[int, int]] = []
    at = start
    for match in _CLAUSE_END.finditer(text, start, end):
        cut = match.start()
        if match.end() - cut == 2:  # « - »: the white space before the dash opens the cut
            cut -= 1
            if cut < at:  # that space ends the cut before, or lies before ``start``
                continue
        _add_trimmed(text, at, cut, out)
        at = match.end()
    _add_trimmed(text, at, end, out)
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        out.append((start + lead, start + lead + len(stripped)))
