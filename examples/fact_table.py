"""Parse one Arabic news article and print a table of the facts found, with their evidence.

    python examples/fact_table.py [ARTICLE] [--published YYYY-MM-DD]

Without an ARTICLE it reads the Alaska summit article in ``fact_table/``. The publication
date (used to infer the year of "15 August") comes from ``--published`` or from a file name
that starts with ``YYYY-MM-DD_``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

import diplofacts
from diplofacts import ConsultationRound, FuzzyDate, LocalizedText, RelativeDate

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "fact_table" / "2025-08-13_alaska-summit.ar.txt"


def published_from_name(path: Path) -> dt.date | None:
    """The date at the start of a file name such as ``2025-08-13_alaska-summit.ar.txt``."""
    match = re.match(r"(\d{4}-\d{2}-\d{2})_", path.name)
    return dt.date.fromisoformat(match.group(1)) if match else None


def label(text: LocalizedText | None) -> str:
    """English if known, else Arabic, else whatever language there is."""
    if text is None:
        return ""
    return text.get("en") or text.get("ar") or next(iter(text.values()))


def when(date: FuzzyDate | RelativeDate | None) -> str:
    if date is None:
        return "?"
    if isinstance(date, RelativeDate):
        return f"{date.relation.value} {date.anchor or '?'}"
    return date.to_edtf()


def where(event: diplofacts.Event) -> str:
    venue = event.venue
    if venue is None:
        return ""
    parts = [label(venue.name), label(venue.locality), label(venue.region), venue.country or ""]
    return ", ".join(part for part in parts if part)


def table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--published", type=dt.date.fromisoformat, default=None)
    args = parser.parse_args(argv)

    text = args.article.read_text(encoding="utf-8")
    published = args.published or published_from_name(args.article)
    article = diplofacts.parse_article(text, published=published)

    print(f"{args.article.name}: {len(article.events)} event(s), published {published}\n")
    rows = [["id", "kind", "status", "date", "parties", "venue"]]
    for event in article.events:
        kind = "summit" if isinstance(event, diplofacts.Summit) else "round"
        if isinstance(event, ConsultationRound) and event.number is not None:
            kind += f" {event.number}"
        rows.append(
            [
                event.id,
                kind,
                event.status.value,
                when(event.date),
                " ".join(event.parties),
                where(event),
            ]
        )
    print(table(rows))

    for event in article.events:
        print(f"\n== {event.id}")
        for delegation in event.delegations:
            for member in delegation.members:
                roles = ", ".join(member.roles) or "-"
                print(f"  {delegation.party} delegate: {label(member.person.name)} ({roles})")
        for item in event.agenda:
            print(f"  agenda [{item.topic.value}]: {label(item.text)}")
        for attribution in event.attributions:
            chain = " <- ".join(
                link.outlet
                or label(link.speaker.name if link.speaker else None)
                or label(link.description)
                for link in attribution.chain()
            )
            print(f"  reported by: {chain}")
        for span in event.evidence[:3]:
            print(f"  evidence {span}: {span.extract(article.text)!r}")
    for left in article.unparsed:
        print(f"\nnot understood {left.span}: {left.text!r} ({left.reason})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
