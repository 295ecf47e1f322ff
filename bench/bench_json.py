"""Benchmark canonical JSON against its peers, side by side in one run; ratios are what count.

Run:  .venv/bin/pip install --group bench && .venv/bin/python bench/bench_json.py [--quick]

It times ``dumps`` and ``loads`` of one realistic summit and of a list of 10,000, for
diplofacts (attrs + cattrs, strict), pydantic v2 (strict, frozen), msgspec (frozen structs)
and orjson on a plain dict (the floor), and reports memory per object and import time. It
writes a Markdown table to ``bench/results/json.md`` (included in the docs).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import orjson
from _peers import MSummit, PSummit, PSummitList, summit

import diplofacts
from diplofacts.formats import json as dj

RESULTS = Path(__file__).parent / "results"


def timed(fn: Callable[[], object], *, repeats: int, number: int) -> float:
    """Median seconds per call over ``repeats`` runs of ``number`` calls."""
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter() - start) / number)
    return statistics.median(runs)


def import_ms(statement: str, repeats: int) -> float:
    """Median wall time of a fresh interpreter running ``statement``, minus ``pass``."""

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - our own code
        return time.perf_counter() - start

    base = statistics.median(run("pass") for _ in range(repeats))
    return (statistics.median(run(statement) for _ in range(repeats)) - base) * 1000


def retained_bytes(build: Callable[[], object], count: int) -> float:
    """Bytes retained per object when ``count`` objects built by ``build`` are kept."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [build() for _ in range(count)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return (after - before) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    args = parser.parse_args()
    repeats, number, bulk = (3, 200, 1_000) if args.quick else (9, 2_000, 10_000)

    obj = summit()
    data = dj.dumps(obj, indent=False)
    raw = orjson.loads(data)
    pyd = PSummit.model_validate_json(data)
    msg = msgspec.json.decode(data, type=MSummit)
    encoder, decoder = msgspec.json.Encoder(), msgspec.json.Decoder(MSummit)
    assert diplofacts.loads(data, type(obj)) == obj

    single: dict[str, tuple[float, float]] = {
        "orjson, plain dict (floor)": (
            timed(lambda: orjson.dumps(raw), repeats=repeats, number=number),
            timed(lambda: orjson.loads(data), repeats=repeats, number=number),
        ),
        "msgspec Struct": (
            timed(lambda: encoder.encode(msg), repeats=repeats, number=number),
            timed(lambda: decoder.decode(data), repeats=repeats, number=number),
        ),
        "pydantic v2 (strict)": (
            timed(pyd.model_dump_json, repeats=repeats, number=number),
            timed(lambda: PSummit.model_validate_json(data), repeats=repeats, number=number),
        ),
        "diplofacts (attrs + cattrs, strict)": (
            timed(lambda: dj.dumps(obj, indent=False), repeats=repeats, number=number),
            timed(lambda: dj.loads(data, type(obj)), repeats=repeats, number=number),
        ),
    }

    objs = [summit(i) for i in range(bulk)]
    bulk_data = dj.dumps(objs, indent=False)
    bulk_raw = orjson.loads(bulk_data)
    pyds = PSummitList.validate_json(bulk_data)
    msgs = msgspec.json.decode(bulk_data, type=list[MSummit])
    list_type: Any = list[type(obj)]  # type: ignore[misc]
    many: dict[str, tuple[float, float]] = {
        "orjson, plain dict (floor)": (
            timed(lambda: orjson.dumps(bulk_raw), repeats=3, number=1),
            timed(lambda: orjson.loads(bulk_data), repeats=3, number=1),
        ),
        "msgspec Struct": (
            timed(lambda: msgspec.json.encode(msgs), repeats=3, number=1),
            timed(lambda: msgspec.json.decode(bulk_data, type=list[MSummit]), repeats=3, number=1),
        ),
        "pydantic v2 (strict)": (
            timed(lambda: PSummitList.dump_json(pyds), repeats=3, number=1),
            timed(lambda: PSummitList.validate_json(bulk_data), repeats=3, number=1),
        ),
        "diplofacts (attrs + cattrs, strict)": (
            timed(lambda: dj.dumps(objs, indent=False), repeats=3, number=1),
            timed(lambda: dj.loads(bulk_data, list_type), repeats=3, number=1),
        ),
    }

    memory = {
        "plain dict": retained_bytes(lambda: orjson.loads(data), 2_000),
        "msgspec Struct": retained_bytes(lambda: decoder.decode(data), 2_000),
        "pydantic v2 (strict)": retained_bytes(lambda: PSummit.model_validate_json(data), 2_000),
        "diplofacts (attrs + cattrs, strict)": retained_bytes(
            lambda: dj.loads(data, type(obj)), 2_000
        ),
    }
    imports = {
        "import diplofacts": import_ms("import diplofacts", repeats),
        "import cattrs.preconf.orjson": import_ms("import cattrs.preconf.orjson", repeats),
        "import msgspec": import_ms("import msgspec", repeats),
        "from pydantic import BaseModel": import_ms("from pydantic import BaseModel", repeats),
    }
    report = render(
        single, many, memory, imports, size=len(data), bulk=bulk, bulk_size=len(bulk_data)
    )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "json.md").write_text(report, encoding="utf-8")
    print(report)


def render(
    single: dict[str, tuple[float, float]],
    many: dict[str, tuple[float, float]],
    memory: dict[str, float],
    imports: dict[str, float],
    *,
    size: int,
    bulk: int,
    bulk_size: int,
) -> str:
    """Render the results as Markdown tables with ratios to pydantic and msgspec."""
    lines = [
        f"One summit ({size:,} bytes of JSON), microseconds per call (median):",
        "",
        "| variant | dumps µs | ×pydantic | ×msgspec | loads µs | ×pydantic | ×msgspec |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for table, unit, scale in ((single, "µs", 1e6), (many, "ms", 1e3)):
        pd_d, pd_l = table["pydantic v2 (strict)"]
        ms_d, ms_l = table["msgspec Struct"]
        if table is many:
            lines += [
                "",
                f"A list of {bulk:,} summits ({bulk_size / 1e6:.1f} MB of JSON), ms per call:",
                "",
                (
                    f"| variant | dumps {unit} | ×pydantic | ×msgspec "
                    f"| loads {unit} | ×pydantic | ×msgspec |"
                ),
                "|---|---:|---:|---:|---:|---:|---:|",
            ]
        for name, (d, lo) in table.items():
            lines.append(
                f"| {name} | {d * scale:.1f} | {d / pd_d:.2f} | {d / ms_d:.2f} "
                f"| {lo * scale:.1f} | {lo / pd_l:.2f} | {lo / ms_l:.2f} |"
            )
    lines += ["", "Memory retained per summit (tracemalloc, 2,000 kept):", ""]
    lines += ["| variant | bytes | ×msgspec |", "|---|---:|---:|"]
    for name, value in memory.items():
        lines.append(f"| {name} | {value:,.0f} | {value / memory['msgspec Struct']:.2f} |")
    lines += ["", "Import time, ms over a bare interpreter (median):", ""]
    lines += ["| import | ms |", "|---|---:|"]
    lines += [f"| `{name}` | {value:.0f} |" for name, value in imports.items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
