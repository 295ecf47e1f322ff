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
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import msgspec
import orjson
from _peers import MSummit, PSummit, PSummitList, summit

import diplofacts
from diplofacts.formats import json as dj

RESULTS = Path(__file__).parent / "results"


def timed_together(
    cases: dict[str, tuple[Callable[[], object], ...]],
    *,
    repeats: int,
    number: int,
) -> dict[str, tuple[float, ...]]:
    """Median seconds per call of each function of each variant, the variants interleaved.

    Every repeat runs every variant once, in turn, so that a slow spell of the (shared,
    noisy) machine falls on all of them alike rather than on whichever ran at the time. Time
    is this process's CPU time, so other processes on the machine are not counted.
    """
    runs: dict[tuple[str, int], list[float]] = {
        (name, i): [] for name, fns in cases.items() for i in range(len(fns))
    }
    for _ in range(repeats):
        for name, pair in cases.items():
            for i, fn in enumerate(pair):
                start = time.process_time()
                for _ in range(number):
                    fn()
                runs[name, i].append((time.process_time() - start) / number)
    return {
        name: tuple(statistics.median(runs[name, i]) for i in range(len(fns)))
        for name, fns in cases.items()
    }


def gc_paused(fn: Callable[[], object]) -> Callable[[], object]:
    """Return ``fn`` run with the garbage collector paused, as a careful caller would."""

    def run() -> object:
        gc.disable()
        try:
            return fn()
        finally:
            gc.enable()

    return run


def import_ms(statement: str, repeats: int) -> float:
    """Median CPU time of a fresh interpreter running ``statement``, minus ``pass``."""

    def run(code: str) -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - our own code
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)

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
    bulk_repeats = 3 if args.quick else 5

    obj = summit()
    data = dj.dumps(obj, indent=False)
    raw = orjson.loads(data)
    pyd = PSummit.model_validate_json(data)
    msg = msgspec.json.decode(data, type=MSummit)
    encoder, decoder = msgspec.json.Encoder(), msgspec.json.Decoder(MSummit)
    assert diplofacts.loads(data, type(obj)) == obj

    single = timed_together(
        {
            "orjson, plain dict (floor)": (lambda: orjson.dumps(raw), lambda: orjson.loads(data)),
            "msgspec Struct": (lambda: encoder.encode(msg), lambda: decoder.decode(data)),
            "pydantic v2 (strict)": (
                pyd.model_dump_json,
                lambda: PSummit.model_validate_json(data),
            ),
            "diplofacts (attrs + cattrs, strict)": (
                lambda: dj.dumps(obj, indent=False),
                lambda: dj.loads(data, type(obj)),
            ),
        },
        repeats=repeats,
        number=number,
    )

    objs = [summit(i) for i in range(bulk)]
    bulk_data = dj.dumps(objs, indent=False)
    bulk_raw = orjson.loads(bulk_data)
    pyds = PSummitList.validate_json(bulk_data)
    msgs = msgspec.json.decode(bulk_data, type=list[MSummit])
    list_type: Any = list[type(obj)]  # type: ignore[misc]
    # The inputs above (three copies of 10,000 summits) live until the end of the run. Moved
    # out of the collector's sight, they no longer make every collection during a bulk call
    # slow, which would charge each variant for the benchmark's own data rather than its own.
    gc.collect()
    gc.freeze()
    # Bulk loads are timed twice: as an application calls them (GC on), and with the GC
    # paused by the caller. diplofacts pauses it itself while reading a large document, so
    # the second column is the fair comparison of the work each library does.
    many = timed_together(
        {
            "orjson, plain dict (floor)": (
                lambda: orjson.dumps(bulk_raw),
                lambda: orjson.loads(bulk_data),
                gc_paused(lambda: orjson.loads(bulk_data)),
            ),
            "msgspec Struct": (
                lambda: msgspec.json.encode(msgs),
                lambda: msgspec.json.decode(bulk_data, type=list[MSummit]),
                gc_paused(lambda: msgspec.json.decode(bulk_data, type=list[MSummit])),
            ),
            "pydantic v2 (strict)": (
                lambda: PSummitList.dump_json(pyds),
                lambda: PSummitList.validate_json(bulk_data),
                gc_paused(lambda: PSummitList.validate_json(bulk_data)),
            ),
            "diplofacts (attrs + cattrs, strict)": (
                lambda: dj.dumps(objs, indent=False),
                lambda: dj.loads(bulk_data, list_type),
                gc_paused(lambda: dj.loads(bulk_data, list_type)),
            ),
        },
        repeats=bulk_repeats,
        number=1,
    )

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
    single: dict[str, tuple[float, ...]],
    many: dict[str, tuple[float, ...]],
    memory: dict[str, float],
    imports: dict[str, float],
    *,
    size: int,
    bulk: int,
    bulk_size: int,
) -> str:
    """Render the results as Markdown tables with ratios to pydantic and msgspec."""
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("attrs", "cattrs", "orjson", "pydantic", "msgspec")
    )
    lines = [
        f"Python {platform.python_version()}; {versions}. CPU time of the benchmark process;",
        "only ratios within one run compare.",
        "",
        f"One summit ({size:,} bytes of JSON), microseconds per call (median):",
        "",
    ]
    lines += table(single, ["dumps µs", "loads µs"], 1e6)
    lines += [
        "",
        (
            f"A list of {bulk:,} summits ({bulk_size / 1e6:.1f} MB of JSON), ms per call "
            "(median); the last column with the garbage collector paused by the caller:"
        ),
        "",
    ]
    lines += table(many, ["dumps ms", "loads ms", "loads ms, GC paused"], 1e3)
    lines += ["", "Memory retained per summit (tracemalloc, 2,000 kept):", ""]
    lines += ["| variant | bytes | ×msgspec |", "|---|---:|---:|"]
    for name, value in memory.items():
        lines.append(f"| {name} | {value:,.0f} | {value / memory['msgspec Struct']:.2f} |")
    lines += ["", "Import time, ms of CPU over a bare interpreter (median):", ""]
    lines += ["| import | ms | ×cattrs.preconf.orjson |", "|---|---:|---:|"]
    base = imports["import cattrs.preconf.orjson"]
    lines += [f"| `{name}` | {value:.0f} | {value / base:.2f} |" for name, value in imports.items()]
    return "\n".join(lines) + "\n"


def table(results: dict[str, tuple[float, ...]], columns: list[str], scale: float) -> list[str]:
    """Render one table: each column, then its ratios to pydantic and to msgspec."""
    head = "".join(f" {column} | ×pydantic | ×msgspec |" for column in columns)
    lines = [f"| variant |{head}", "|---|" + "---:|---:|---:|" * len(columns)]
    pydantic, msgspec_ = results["pydantic v2 (strict)"], results["msgspec Struct"]
    for name, values in results.items():
        cells = "".join(
            f" {value * scale:.1f} | {value / pydantic[i]:.2f} | {value / msgspec_[i]:.2f} |"
            for i, value in enumerate(values)
        )
        lines.append(f"| {name} |{cells}")
    return lines


if __name__ == "__main__":
    main()
