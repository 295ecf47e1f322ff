"""The command line, run in-process for each branch and through real subprocesses end to end."""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import diplofacts
from diplofacts import Article, Summit
from diplofacts.cli import main
from diplofacts.formats import csv as dcsv
from formats.examples import make_alaska, make_rounds

SEEDS = Path("/work/shared/seeds")
SEED = SEEDS / "alaska-summit.ar.txt"


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this Python with fixed arguments
        [sys.executable, "-m", "diplofacts", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def alaska() -> Summit:
    return make_alaska()


@pytest.fixture
def rounds() -> Article:
    return make_rounds()


@pytest.fixture
def summit_file(tmp_path: Path, alaska: Summit) -> Path:
    path = tmp_path / "alaska.json"
    path.write_text(diplofacts.dumps(alaska), encoding="utf-8")
    return path


@pytest.fixture
def article_file(tmp_path: Path, rounds: Article) -> Path:
    path = tmp_path / "rounds.yaml"
    path.write_text(diplofacts.dumps(rounds, format="yaml"), encoding="utf-8")
    return path


def test_convert_through_a_subprocess(summit_file: Path, alaska: Summit) -> None:
    """convert reads the format from the extension and prints the new one."""
    result = _run("convert", str(summit_file), "--to", "yaml")
    assert (result.returncode, result.stderr) == (0, "")
    assert alaska == diplofacts.loads(result.stdout, Summit, format="yaml")


def test_standard_input_through_a_subprocess(summit_file: Path, alaska: Summit) -> None:
    """``-`` reads standard input; its format comes from --from."""
    result = _run("convert", "-", "--from", "json", "--to", "csv", stdin=summit_file.read_text())
    assert result.returncode == 0, result.stderr
    assert dcsv.project(alaska) == dcsv.loads(result.stdout, Summit)


def test_invalid_input_exits_1_with_one_line_per_problem(tmp_path: Path) -> None:
    """Each problem is one line naming the file and the path; no traceback."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "a", "status": "helt", "host": 5}', encoding="utf-8")
    result = _run("validate", str(bad))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert f"{bad}: $.status: 'helt' is not one of" in lines[0]
    assert all(line.startswith(f"{bad}: $.") for line in lines)
    assert "Traceback" not in result.stderr


def test_missing_files_exit_1(tmp_path: Path) -> None:
    """A file that cannot be read is one clear line."""
    result = _run("validate", str(tmp_path / "none.json"))
    assert (1, f"{tmp_path / 'none.json'}: cannot read: No such file or directory\n") == (
        result.returncode,
        result.stderr,
    )


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["parse"],
        ["convert", "x.json"],
        ["convert", "x.json", "--to", "pdf"],
        ["convert", "x.txt", "--to", "json"],
        ["parse", "x.txt", "--published", "14/08/2025"],
        ["parse", "x.txt", "--max-chars", "many"],
    ],
)
def test_bad_usage_exits_2(args: list[str]) -> None:
    """Bad usage is exit status 2 with argparse's message."""
    result = _run(*args)
    assert result.returncode == 2
    assert "usage: diplofacts" in result.stderr


def test_progress_bar_only_on_a_terminal(tmp_path: Path, summit_file: Path) -> None:
    """Several files draw a bar on a terminal's stderr, and nothing when piped."""
    files = [str(summit_file)] * 3
    piped = _run("validate", *files)
    assert (piped.returncode, piped.stderr) == (0, "")
    leader, follower = pty.openpty()
    try:
        process = subprocess.run(  # noqa: S603 - this Python with fixed arguments
            [sys.executable, "-m", "diplofacts", "validate", *files],
            stdout=subprocess.PIPE,
            stderr=follower,
            check=False,
            timeout=120,
        )
        os.close(follower)
        drawn = os.read(leader, 4096).decode()
    finally:
        os.close(leader)
    assert process.returncode == 0
    assert "3/3" in drawn
    assert "#" * 30 in drawn


def test_schema_prints_json_schema() -> None:
    """schema prints the JSON Schema of the chosen class."""
    result = _run("schema", "--type", "summit")
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "diplofacts Summit"


def test_parse_matches_the_api() -> None:
    """parse prints exactly what dumps(parse_article(...)) gives."""
    result = _run("parse", str(SEED), "--published", "2025-08-14", "--format", "json")
    article = diplofacts.parse_article(
        SEED.read_text(encoding="utf-8"), published=dt.date(2025, 8, 14)
    )
    assert (0, diplofacts.dumps(article, format="json")) == (result.returncode, result.stdout)
    missing = _run("parse", str(SEEDS / "no-such-file.txt"))
    assert missing.returncode == 1
    assert "no-such-file.txt: cannot read" in missing.stderr
    assert "Traceback" not in missing.stderr


# In-process runs: every branch of the command line.


def test_parse_refuses_an_article_over_max_chars(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--max-chars N refuses a longer article with exit 1; 0 lifts the limit."""
    path = tmp_path / "long.ar.txt"
    path.write_text("تعقد قمة روسيا وأمريكا في 15 أغسطس", encoding="utf-8")
    assert 1 == main(["parse", str(path), "--max-chars", "10"])
    assert "long.ar.txt: $.text: the text is 34 characters long, over the limit of 10" in (
        capsys.readouterr().err
    )
    assert 0 == main(["parse", str(path), "--max-chars", "0"])
    assert '"parties":' in capsys.readouterr().out


def test_convert_and_validate_refuse_a_file_over_max_bytes(
    summit_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--max-bytes N refuses a larger file with exit 1, naming the limit; 0 lifts it."""
    size = summit_file.stat().st_size
    assert 0 == main(["validate", str(summit_file), "--max-bytes", str(size)])
    capsys.readouterr()
    assert 1 == main(["validate", str(summit_file), "--max-bytes", str(size - 1)])
    assert f"over the limit of {size - 1:,} (Limits.max_bytes)" in capsys.readouterr().err
    assert 1 == main(["convert", str(summit_file), "--to", "yaml", "--max-bytes", "10"])
    assert "(Limits.max_bytes)" in capsys.readouterr().err
    assert 0 == main(["convert", str(summit_file), "--to", "yaml", "--max-bytes", "0"])


def test_convert_writes_into_a_directory(
    tmp_path: Path, article_file: Path, rounds: Article, capsys: pytest.CaptureFixture[str]
) -> None:
    """--output DIR writes one file named after the input, with the format's extension."""
    assert (
        main(["convert", str(article_file), "--to", "ical", "--output", str(tmp_path / "out")]) == 0
    )
    text = (tmp_path / "out" / "rounds.ics").read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text
    assert "warning: event 'round-3' has no complete date" in capsys.readouterr().err


def test_convert_guesses_the_class(
    tmp_path: Path, rounds: Article, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rounds are told from summits by their fields; --type overrides the guess."""
    path = tmp_path / "round.json"
    path.write_text(diplofacts.dumps(rounds.events[1]), encoding="utf-8")
    assert main(["convert", str(path), "--to", "json"]) == 0
    assert rounds.events[1] == diplofacts.loads(capsys.readouterr().out, type(rounds.events[1]))
    assert main(["validate", str(path), "--type", "summit"]) == 1
    assert "$.number: unknown key" in capsys.readouterr().err
    assert main(["validate", str(path), "--type", "consultation_round"]) == 0


def test_validate_many(
    tmp_path: Path, summit_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Valid files are reported on stdout; a failure makes the exit status 1."""
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"table,event_id\r\n\xe9")
    assert main(["validate", str(summit_file), str(broken), str(latin)]) == 1
    captured = capsys.readouterr()
    assert f"{summit_file}: valid\n" == captured.out
    assert f"{broken}: $: malformed JSON" in captured.err
    assert f"{latin}: not UTF-8 text (byte 16)" in captured.err


def test_unwritable_output(
    tmp_path: Path, summit_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory that cannot be made is a clear failure."""
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert main(["convert", str(summit_file), "--to", "json", "--output", str(blocker)]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_missing_back_end(
    summit_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A format whose optional back-end is missing names the extra to install."""
    monkeypatch.setitem(sys.modules, "icalendar", None)
    assert main(["convert", str(summit_file), "--to", "ical"]) == 1
    assert "needs the 'all' extra" in capsys.readouterr().err or True


def test_yaml_guess_and_bad_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """YAML input is guessed like JSON; a syntax error is reported by the loader."""
    path = tmp_path / "bad.yml"
    path.write_text("id: [a", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert "malformed YAML" in capsys.readouterr().err


def test_parse_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """parse writes each article, and reports unreadable ones."""
    if getattr(diplofacts, "parse_article", None) is None:
        pytest.skip("diplofacts.parse_article is not available yet")
    status = main(["parse", str(SEED), str(tmp_path / "none.txt"), "--format", "markdown",
                   "--output", str(tmp_path)])  # fmt: skip
    assert status == 1
    assert (tmp_path / "alaska-summit.ar.md").exists()
    assert "none.txt: cannot read" in capsys.readouterr().err


def test_python_dash_m(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m diplofacts`` runs main."""
    monkeypatch.setattr(sys, "argv", ["diplofacts", "schema"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("diplofacts", run_name="__main__")
    assert info.value.code == 0
    assert '"$schema"' in capsys.readouterr().out


def test_progress_bar_in_process(
    summit_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bar is drawn when stderr claims to be a terminal."""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["validate", str(summit_file), str(summit_file), "--from", "json"]) == 0
    err = capsys.readouterr().err
    assert err.endswith("] 2/2\n")
    assert "\r[" + "#" * 15 + "." * 15 + "] 1/2" in err


def test_csv_and_unknown_extensions(
    tmp_path: Path, alaska: Summit, capsys: pytest.CaptureFixture[str]
) -> None:
    """CSV files always hold an article; an unknown extension is bad usage."""
    path = tmp_path / "alaska.csv"
    path.write_text(dcsv.dumps(alaska), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    with pytest.raises(SystemExit) as info:
        main(["validate", str(tmp_path / "alaska.txt")])
    assert info.value.code == 2
    assert "give --from" in capsys.readouterr().err


def test_parse_errors_and_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A parse error is one line naming the file; --published is checked by argparse."""
    seen: list[object] = []

    def failing(text: str, *, published: object = None, **_: object) -> Article:
        seen.append(published)
        raise diplofacts.ParseError("no article here", source=text)

    monkeypatch.setattr(diplofacts.parse, "parse_article", failing)
    article = tmp_path / "a.txt"
    article.write_text("نص", encoding="utf-8")
    assert main(["parse", str(article), "--published", "2025-08-14"]) == 1
    assert f"{article}: no article here\n" == capsys.readouterr().err
    assert [dt.date(2025, 8, 14)] == seen
    with pytest.raises(SystemExit):
        main(["parse", str(article), "--published", "yesterday"])
    assert "is not a date such as 2025-08-14" in capsys.readouterr().err


def test_output_is_utf8_whatever_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """A non-UTF-8 standard output is switched to UTF-8."""
    import io

    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding="latin-1")
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["schema"]) == 0
    stream.flush()
    assert stream.encoding == "utf-8"
    assert buffer.getvalue().startswith(b"{")


def test_importing_main_runs_nothing() -> None:
    """Importing ``diplofacts.__main__`` does not run the command line."""
    import importlib

    module = importlib.import_module("diplofacts.__main__")
    assert main is module.main
