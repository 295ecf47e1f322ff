"""Build one timeline of consultation rounds from several articles.

    python examples/rounds_timeline.py [FOLDER]

Reads every ``*.ar.txt`` in FOLDER (default: ``rounds_timeline/`` next to this script,
three reports on the 2025 Iran-US talks); a file name starting with ``YYYY-MM-DD_`` gives
the publication date. A round reported by several articles (the third article recaps
earlier rounds in a table) is one round in the timeline: rounds are merged by their parties
and number, or by parties and day when the text gives no number. Each merged round keeps
its most precise date and remembers every article that reported it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

import attrs

import diplofacts
from diplofacts import ConsultationRound, EventStatus, FuzzyDate, LocalizedText

HERE = Path(__file__).resolve().parent
# Later statuses win when two reports disagree: a round announced in one article and
# reported as held in the next has been held.
STATUS_ORDER = [
    EventStatus.ANNOUNCED,
    EventStatus.SCHEDULED,
    EventStatus.POSTPONED,
    EventStatus.RESCHEDULED,
    EventStatus.HELD,
    EventStatus.CANCELLED,
]


@attrs.define
class Entry:
    """One round of the timeline, merged from every report of it."""

    parties: tuple[str, ...]
    number: int | None
    date: FuzzyDate | None
    status: EventStatus
    venue: str
    sources: list[str] = attrs.field(factory=list)

    def key(self) -> tuple[object, ...]:
        return (self.parties, self.number) if self.number else (self.parties, self.day())

    def day(self) -> str | None:
        return self.date.to_edtf() if self.date and self.date.is_complete else None


def published_from_name(path: Path) -> dt.date | None:
    match = re.match(r"(\d{4}-\d{2}-\d{2})_", path.name)
    return dt.date.fromisoformat(match.group(1)) if match else None


def label(text: LocalizedText | None) -> str:
    if text is None:
        return ""
    return text.get("en") or text.get("ar") or next(iter(text.values()))


def better(old: FuzzyDate | None, new: FuzzyDate | None) -> FuzzyDate | None:
    """The more informative of two dates: more parts known, then a stated year."""

    def score(date: FuzzyDate | None) -> tuple[int, int]:
        if date is None:
            return (-1, 0)
        known = sum(part is not None for part in (date.year, date.month, date.day))
        return (known, 0 if date.year_inferred else 1)

    return new if score(new) > score(old) else old


def entry_of(event: ConsultationRound, source: str) -> Entry:
    venue = event.venue
    place = label(venue.locality) or label(venue.name) if venue else ""
    date = event.date if isinstance(event.date, FuzzyDate) else None
    return Entry(event.parties, event.number, date, event.status, place, [source])


def merge(entries: list[Entry]) -> list[Entry]:
    merged: dict[tuple[object, ...], Entry] = {}
    for entry in entries:
        known = merged.get(entry.key())
        if known is None:
            merged[entry.key()] = entry
            continue
        known.date = better(known.date, entry.date)
        known.venue = known.venue or entry.venue
        if STATUS_ORDER.index(entry.status) > STATUS_ORDER.index(known.status):
            known.status = entry.status
        known.sources.extend(s for s in entry.sources if s not in known.sources)
    return sorted(
        merged.values(),
        key=lambda e: (e.parties, e.date.sort_key() if e.date else (9999, 99, 99), e.number or 0),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE / "rounds_timeline")
    args = parser.parse_args(argv)

    entries: list[Entry] = []
    paths = sorted(args.folder.glob("*.ar.txt"))
    for path in paths:
        article = diplofacts.parse_article(
            path.read_text(encoding="utf-8"), published=published_from_name(path)
        )
        source = path.name.removesuffix(".ar.txt")
        entries.extend(entry_of(event, source) for event in article.consultation_rounds)

    timeline = merge(entries)
    print(f"{len(timeline)} round(s) from {len(entries)} mention(s) in {len(paths)} article(s)\n")
    for entry in timeline:
        number = f"round {entry.number}" if entry.number else "round ?"
        date = entry.date.to_edtf() if entry.date else "date unknown"
        print(
            f"{date:<12} {number:<9} {'-'.join(entry.parties):<6} {entry.status.value:<10} "
            f"{entry.venue:<10} ({len(entry.sources)} report(s): {', '.join(entry.sources)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
