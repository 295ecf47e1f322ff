"""Convert a folder of Arabic articles to iCalendar and CSV.

    python examples/calendar_export.py [FOLDER] [--out DIR]

Reads every ``*.ar.txt`` in FOLDER (default: ``calendar_export/`` next to this script); a
file name starting with ``YYYY-MM-DD_`` gives the article's publication date. Writes, in
DIR (default: a new temporary directory):

* ``<article>.ics`` and ``<article>.csv`` for each article;
* ``all.ics`` and ``all.csv`` for the whole folder, each event id prefixed with its
  article's name so that ids stay unique across articles.

iCalendar holds only events with a complete date; what it leaves out is listed, not lost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
import warnings
from pathlib import Path

import attrs

import diplofacts
from diplofacts import ConsultationRound, RelativeDate, Summit

HERE = Path(__file__).resolve().parent


def published_from_name(path: Path) -> dt.date | None:
    match = re.match(r"(\d{4}-\d{2}-\d{2})_", path.name)
    return dt.date.fromisoformat(match.group(1)) if match else None


def prefixed(event: Summit | ConsultationRound, prefix: str) -> Summit | ConsultationRound:
    """The event with its id (and the anchor of a relative date) under ``prefix``."""
    changes: dict[str, object] = {"id": f"{prefix}.{event.id}"}
    if isinstance(event.date, RelativeDate) and event.date.anchor is not None:
        changes["date"] = attrs.evolve(event.date, anchor=f"{prefix}.{event.date.anchor}")
    return attrs.evolve(event, **changes)


def export(obj: object, path: Path, fmt: str) -> list[str]:
    """Write ``obj`` in ``fmt`` to ``path``; return what the format had to leave out."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path.write_text(diplofacts.dumps(obj, format=fmt), encoding="utf-8")
    return [str(warning.message) for warning in caught]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE / "calendar_export")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="diplofacts-"))
    out.mkdir(parents=True, exist_ok=True)

    everything: list[Summit | ConsultationRound] = []
    for path in sorted(args.folder.glob("*.ar.txt")):
        stem = path.name.removesuffix(".ar.txt")
        article = diplofacts.parse_article(
            path.read_text(encoding="utf-8"), published=published_from_name(path)
        )
        left_out = export(article, out / f"{stem}.ics", "ical")
        export(article, out / f"{stem}.csv", "csv")
        print(f"{path.name}: {len(article.events)} event(s) -> {stem}.ics, {stem}.csv")
        for message in left_out:
            print(f"  not in the calendar: {message}")
        everything.extend(prefixed(event, stem.replace("_", ".")) for event in article.events)

    export(everything, out / "all.ics", "ical")
    export(everything, out / "all.csv", "csv")
    calendar = (out / "all.ics").read_text(encoding="utf-8")
    print(
        f"\nall.ics: {calendar.count('BEGIN:VEVENT')} VEVENT(s); all.csv: "
        f"{len(everything)} event(s)"
    )
    for line in calendar.splitlines():
        if line.startswith(("DTSTART", "SUMMARY")):
            print(f"  {line}")
    print(f"\nwritten to {out}")

    # CSV is one of the formats diplofacts reads back: the events survive the trip.
    table = (out / "all.csv").read_text(encoding="utf-8")
    again = diplofacts.loads(table, diplofacts.Article, format="csv")
    assert [event.id for event in again.events] == [event.id for event in everything]  # noqa: S101
    print(f"all.csv read back: {len(again.events)} event(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
