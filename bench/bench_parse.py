"""Benchmark ``parse_article`` against dateparser, for linearity, and on adversarial input.

Run:  .venv/bin/pip install --group bench && .venv/bin/python bench/bench_parse.py [--quick]

All variants run side by side in one process and are timed in CPU time of that process (one
core); the ratios are what count (the machine is shared and noisy). The ordinary news text is
the fixture articles of ``tests/fixtures``, which we wrote ourselves in the style of the genre.
It writes ``bench/results/parse.md``.

* throughput of ``parse_article`` on news, in MB/s of UTF-8, against
  ``dateparser.search.search_dates(text, languages=["ar"])`` on the same text (that peer only
  finds dates);
* linearity: the per-byte cost of one 1 MB input against one 10 KB input;
* adversarial input: 1 MB of repeated digits, prepositions, month names, bullets and marks,
  per-MB cost against ordinary news.
"""

from __future__ import annotations

import argparse
import functools
import time
from collections.abc import Callable
from pathlib import Path

import diplofacts

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).parent / "results"


def news_text() -> str:
    """The fixture articles, joined as one stream of news."""
    articles = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.ar.txt"))
    return "\n\n".join(path.read_text(encoding="utf-8") for path in articles)


def sized(text: str, size: int) -> str:
    """Repeat ``text`` (whole paragraphs) up to about ``size`` bytes of UTF-8."""
    unit = text + "\n\n"
    repeats = max(1, size // len(unit.encode()))
    return unit * repeats


def adversarial(size: int) -> dict[str, str]:
    """Inputs built to hurt a naive parser, each about ``size`` bytes."""
    pieces = {
        "repeated digits": "15 15 2025 ١٥ ۱۵ 15.08. ",
        "repeated prepositions": "في بين من إلى على عن بعد قبل خلال ",
        "repeated month names": "أغسطس آب غشت أوت يونيه كانون الثاني ",
        "bullets": "\n• - * ١- ",
        "marks": "\u200f\u200e\u200b\u0640\u064b\u0651 ",
        "one long line": "قمة " * 3 + "ا" * 200 + " ",
    }
    return {name: sized(piece, size) for name, piece in pieces.items()}


def seconds(fn: Callable[[], object], repeats: int) -> float:
    """Least CPU seconds of ``fn`` over ``repeats`` runs (this process's CPU time).

    The least, not the median: a busy shared machine only ever adds time (through shared
    caches and the hypervisor), so the fastest run is the best estimate of the cost.
    """
    runs = []
    for _ in range(repeats):
        start = time.process_time()
        fn()
        runs.append(time.process_time() - start)
    return min(runs)


def parse_cost(text: str, repeats: int) -> float:
    """Least CPU seconds per MB of parsing ``text`` as one article."""
    return seconds(functools.partial(diplofacts.parse_article, text), repeats) / mb(text)


def mb(text: str) -> float:
    """Size of ``text`` in MB of UTF-8."""
    return len(text.encode()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    args = parser.parse_args()
    repeats = 3 if args.quick else 5
    big = 200_000 if args.quick else 1_000_000

    from dateparser.search import search_dates  # type: ignore[import-untyped]

    news = news_text()
    articles = [
        p.read_text(encoding="utf-8") for p in (ROOT / "tests/fixtures/articles").glob("*.ar.txt")
    ]
    corpus_mb = sum(mb(a) for a in articles)
    ours = seconds(lambda: [diplofacts.parse_article(a) for a in articles], repeats)
    peer_text = sized(news, 100_000)
    peer = seconds(lambda: search_dates(peer_text, languages=["ar"]), 1 if args.quick else 3)
    rows = [
        ("diplofacts.parse_article, article by article", corpus_mb / ours),
        ("dateparser search_dates(languages=['ar']), 100 KB", mb(peer_text) / peer),
    ]

    small, large = sized(news, 10_000), sized(news, big)
    per_small = parse_cost(small, repeats * 3)
    per_large = parse_cost(large, repeats)
    hostile = {name: parse_cost(text, repeats) for name, text in adversarial(big).items()}

    lines = [
        "Throughput on news (MB/s of UTF-8, CPU time, best run):",
        "",
        "| variant | MB/s | ×dateparser |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {rate:.2f} | {rate / rows[1][1]:.1f} |" for name, rate in rows]
    lines += [
        "",
        "Linearity: CPU seconds per MB of one input of each size:",
        "",
        "| input | s/MB | ×10 KB |",
        "|---|---:|---:|",
        f"| 10 KB of news | {per_small:.3f} | 1.00 |",
        f"| {mb(large):.1f} MB of news | {per_large:.3f} | {per_large / per_small:.2f} |",
        "",
        f"Adversarial input ({mb(large):.1f} MB each): seconds per MB against news of that size:",
        "",
        "| input | s/MB | ×news |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {cost:.3f} | {cost / per_large:.2f} |" for name, cost in hostile.items()]
    report = "\n".join(lines) + "\n"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "parse.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
