"""The ``diplofacts`` command line: parse articles, convert and validate facts, print the schema.

``diplofacts parse FILE... [--published DATE] [--format F] [--output DIR] [--max-chars N]``
    Extract the facts of each article and write them in format ``F`` (default ``json``);
    an article longer than ``N`` characters is refused (default 5,000,000; 0: no limit).
``diplofacts convert IN --to F [--from F] [--type T] [--output DIR] [--max-bytes N]``
    Read facts (JSON, YAML or CSV, from the extension of ``IN`` or ``--from``) and write
    them in another format.
``diplofacts validate FILE... [--from F] [--type T] [--max-bytes N]``
    Check that files hold valid facts. A file larger than ``N`` bytes is refused (default
    256 MiB; 0: no limit).

``--type`` (``article``, ``summit``, ``consultation_round``) says what a file holds; by
default it is guessed: an object with ``text`` is an article, an event with a round's fields
a consultation round, any other event a summit.

``diplofacts schema [--type T]``
    Print the JSON Schema of canonical JSON.

``-`` reads standard input. Output goes to standard output, or with ``--output DIR`` to one
file per input named after it with the format's extension. Exit status: 0 on success, 1 when
an input cannot be read or is invalid (one line per problem on standard error, naming the
file and the place), 2 for bad usage. With several files and a terminal on standard error, a
progress bar is drawn there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from diplofacts.errors import DiplofactsError, LimitError, ParseError, ValidationError
from diplofacts.formats import FORMATS, READABLE, dumps, loads
from diplofacts.limits import DEFAULT_LIMITS, Limits

__all__ = ["EXTENSIONS", "main"]

T = TypeVar("T")

EXTENSIONS: dict[str, str] = {
    "json": ".json",
    "yaml": ".yaml",
    "csv": ".csv",
    "jsonld": ".jsonld",
    "ical": ".ics",
    "markdown": ".md",
    "plover": ".jsonl",
}
"""The file extension written for each format."""
_READ_BY_SUFFIX = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv"}
_EXTRAS = {"yaml": "yaml", "icalendar": "ical"}
_STDIN = "-"
_TYPES = ["auto", "article", "summit", "consultation_round"]


class _InputError(Exception):
    """One input failed: the lines to print on standard error."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = [" ".join(line.split()) for line in lines]
        super().__init__("\n".join(self.lines))


def _display(name: str) -> str:
    return "<stdin>" if name == _STDIN else name


def _read(name: str) -> str:
    """Read a file (or standard input for ``-``) as UTF-8 text."""
    try:
        raw = sys.stdin.buffer.read() if name == _STDIN else Path(name).read_bytes()
    except OSError as exc:
        raise _InputError([f"{_display(name)}: cannot read: {exc.strerror or exc}"]) from None
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise _InputError([f"{_display(name)}: not UTF-8 text (byte {exc.start})"]) from None


def _problems(name: str, error: DiplofactsError) -> _InputError:
    if isinstance(error, ValidationError):
        return _InputError(f"{_display(name)}: {p.path}: {p.message}" for p in error.problems)
    return _InputError([f"{_display(name)}: {error}"])


def _progress(names: Sequence[str]) -> Iterator[str]:
    """Yield ``names``, drawing a progress bar on a terminal when there are several."""
    draw = len(names) > 1 and sys.stderr.isatty()
    for done, name in enumerate(names, 1):
        yield name
        if draw:
            filled = done * 30 // len(names)
            bar = "#" * filled + "." * (30 - filled)
            sys.stderr.write(f"\r[{bar}] {done}/{len(names)}")
            sys.stderr.flush()
    if draw:
        sys.stderr.write("\n")


def _write(output: str, name: str, fmt: str, directory: Path | None) -> None:
    if directory is None:
        sys.stdout.write(output)
        sys.stdout.flush()
        return
    stem = "stdin" if name == _STDIN else Path(name).stem
    target = directory / f"{stem}{EXTENSIONS[fmt]}"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        target.write_text(output, encoding="utf-8", newline="")
    except OSError as exc:
        raise _InputError([f"{target}: cannot write: {exc.strerror or exc}"]) from None


def _dump(obj: Any, name: str, fmt: str) -> str:
    """Write ``obj`` in ``fmt``, turning the format's warnings into lines on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        output = dumps(obj, format=fmt)
    for warning in caught:
        sys.stderr.write(f"{_display(name)}: warning: {warning.message}\n")
    return output


def _source_format(name: str, given: str | None) -> str:
    if given is not None:
        return given
    found = _READ_BY_SUFFIX.get(Path(name).suffix.lower())
    if found is None:
        raise _UsageError(f"cannot tell the format of {_display(name)!r}; give --from")
    return found


class _UsageError(Exception):
    """Bad usage found after argument parsing."""


def _model_class(data: str, fmt: str, given: str) -> type[Any]:
    """Choose what ``data`` holds: ``given``, or for ``auto`` guess from its keys.

    An object with ``text`` (or anything that is not an object) is an article; an event with
    a round's fields (``number``, ``series``, ``announced_by``) a round; any other event a
    summit. CSV always holds an article.
    """
    from diplofacts.model import Article, ConsultationRound, Summit  # noqa: PLC0415

    classes: dict[str, type[Any]] = {
        "article": Article,
        "summit": Summit,
        "consultation_round": ConsultationRound,
    }
    if given != "auto":
        return classes[given]
    raw: Any = None
    try:
        if fmt == "json":
            import orjson  # noqa: PLC0415 - local use

            raw = orjson.loads(data)
        elif fmt == "yaml":
            import yaml  # noqa: PLC0415 - an optional extra

            raw = yaml.safe_load(data)
    except Exception:  # noqa: BLE001 - loads reports the syntax error properly
        return Article
    if not isinstance(raw, dict) or "text" in raw or "id" not in raw:
        return Article
    if raw.keys() & {"number", "series", "announced_by"}:
        return ConsultationRound
    return Summit


def _load(name: str, fmt: str, kind: str, max_bytes: int) -> Any:
    data = _read(name)
    limits = Limits(max_bytes=max_bytes or None)
    try:
        limits.check_document(data)  # before the class is guessed from the data
        return loads(data, _model_class(data, fmt, kind), format=fmt, limits=limits)
    except DiplofactsError as exc:
        raise _problems(name, exc) from None


def _run_each(names: Sequence[str], step: Callable[[str], None]) -> int:
    status = 0
    for name in _progress(names):
        try:
            step(name)
        except _InputError as failure:
            status = 1
            for line in failure.lines:
                sys.stderr.write(line + "\n")
    return status


def _cmd_parse(args: argparse.Namespace) -> int:
    from diplofacts.parse import parse_article  # noqa: PLC0415 - the parser loads on first use

    limits = Limits(max_chars=args.max_chars or None)

    def step(name: str) -> None:
        text = _read(name)
        try:
            article = parse_article(
                text, published=args.published, language=args.language, limits=limits
            )
        except (LimitError, ParseError, ValidationError) as exc:
            raise _problems(name, exc) from None
        _write(_dump(article, name, args.format), name, args.format, args.output)

    return _run_each(args.files, step)


def _cmd_convert(args: argparse.Namespace) -> int:
    fmt = _source_format(args.input, args.source)

    def step(name: str) -> None:
        loaded = _load(name, fmt, args.type, args.max_bytes)
        _write(_dump(loaded, name, args.to), name, args.to, args.output)

    return _run_each([args.input], step)


def _cmd_validate(args: argparse.Namespace) -> int:
    formats = {name: _source_format(name, args.source) for name in args.files}

    def step(name: str) -> None:
        _load(name, formats[name], args.type, args.max_bytes)
        sys.stdout.write(f"{_display(name)}: valid\n")

    return _run_each(args.files, step)


def _cmd_schema(args: argparse.Namespace) -> int:
    import orjson  # noqa: PLC0415 - local use

    from diplofacts.formats.json import schema  # noqa: PLC0415 - local use
    from diplofacts.model import Article, ConsultationRound, Summit  # noqa: PLC0415

    cls = {"article": Article, "summit": Summit, "consultation_round": ConsultationRound}
    document = schema(cls[args.type])
    sys.stdout.write(orjson.dumps(document, option=orjson.OPT_INDENT_2).decode() + "\n")
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2025-08-14") from None


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number such as 1000000")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplofacts", description="Typed facts about summits and consultation rounds."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser("parse", help="extract the facts of articles")
    parse.add_argument("files", nargs="+", metavar="FILE", help="article text ('-': stdin)")
    parse.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD")
    parse.add_argument("--language", default="ar", help="language of the articles (ar)")
    parse.add_argument("--format", choices=sorted(FORMATS), default="json")
    parse.add_argument("--output", type=Path, metavar="DIR", help="write one file per input")
    parse.add_argument(
        "--max-chars",
        type=_count,
        default=DEFAULT_LIMITS.max_chars,
        metavar="N",
        help="refuse an article longer than N characters (0: no limit; default 5000000)",
    )
    parse.set_defaults(run=_cmd_parse)
    convert = commands.add_parser("convert", help="convert facts to another format")
    convert.add_argument("input", metavar="IN", help="a JSON, YAML or CSV file ('-': stdin)")
    convert.add_argument("--to", choices=sorted(FORMATS), required=True)
    convert.add_argument("--from", dest="source", choices=sorted(READABLE))
    convert.add_argument("--output", type=Path, metavar="DIR", help="write a file there")
    convert.add_argument("--type", choices=_TYPES, default="auto", help="what IN holds")
    convert.set_defaults(run=_cmd_convert)
    validate = commands.add_parser("validate", help="check files of facts")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("--from", dest="source", choices=sorted(READABLE))
    validate.add_argument("--type", choices=_TYPES, default="auto", help="what FILE holds")
    for command in (convert, validate):
        command.add_argument(
            "--max-bytes",
            type=_count,
            default=DEFAULT_LIMITS.max_bytes,
            metavar="N",
            help="refuse a file larger than N bytes (0: no limit; default 256 MiB)",
        )
    validate.set_defaults(run=_cmd_validate)
    schema = commands.add_parser("schema", help="print the JSON Schema of canonical JSON")
    schema.add_argument(
        "--type", choices=["article", "summit", "consultation_round"], default="article"
    )
    schema.set_defaults(run=_cmd_schema)
    return parser


def _utf8(stream: Any) -> None:
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() not in ("utf-8", "utf8"):
        stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    try:
        status: int = args.run(args)
    except _UsageError as exc:
        parser.error(str(exc))
    except ModuleNotFoundError as exc:
        extra = _EXTRAS.get(exc.name or "", "all")
        sys.stderr.write(f"diplofacts: this needs the '{extra}' extra: {exc}\n")
        return 1
    return status
