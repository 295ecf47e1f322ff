"""Parse a corpus of articles in parallel into one JSON Lines file.

    python examples/parallel_corpus.py [FOLDER] [--out FILE] [--workers N]

Parses every ``*.ar.txt`` under FOLDER (default: all the example articles next to this
script) in a pool of worker processes, one article per task, and writes one canonical JSON
article per line to FILE (default: ``articles.jsonl`` in a new temporary directory). A file
that cannot be read or parsed is reported and skipped; the others are still written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import diplofacts
from diplofacts.formats import json as canonical_json

HERE = Path(__file__).resolve().parent


def published_from_name(path: Path) -> dt.date | None:
    match = re.match(r"(\d{4}-\d{2}-\d{2})_", path.name)
    return dt.date.fromisoformat(match.group(1)) if match else None


def parse_one(path: Path) -> tuple[Path, str | None, str | None]:
    """Parse one file in a worker: return (path, one line of JSON, None) or (path, None, error).

    Runs in another process, so it takes and returns small picklable values: a path in,
    a string out. Turning the Article into JSON here keeps the parent process light.
    """
    try:
        text = path.read_text(encoding="utf-8")
        article = diplofacts.parse_article(text, published=published_from_name(path))
    except (OSError, UnicodeDecodeError, diplofacts.DiplofactsError) as error:
        return path, None, f"{type(error).__name__}: {error}"
    return path, canonical_json.dumps(article, indent=False), None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="diplofacts-")) / "articles.jsonl"

    paths = sorted(args.folder.rglob("*.ar.txt"))
    failed = 0
    with ProcessPoolExecutor(max_workers=args.workers) as pool, out.open("w") as sink:
        # map() keeps the input order; chunksize batches small tasks to save round trips.
        for path, line, error in pool.map(parse_one, paths, chunksize=4):
            if error is not None:
                failed += 1
                print(f"{path}: {error}", file=sys.stderr)
                continue
            assert line is not None  # noqa: S101 - no error means a line
            sink.write(line)

    print(
        f"parsed {len(paths) - failed} of {len(paths)} article(s) with {args.workers} "
        f"worker(s) into {out}"
    )

    # Each line is a whole Article again, spans and all.
    with out.open(encoding="utf-8") as source:
        articles = [diplofacts.loads(line, diplofacts.Article) for line in source]
    print(f"read back {len(articles)} article(s), {sum(len(a.events) for a in articles)} event(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
