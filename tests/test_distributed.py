"""Tests of running diplofacts across processes with Dask (the recipe in docs/howto/parallel.md)."""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dask.bag as db
import pytest

import diplofacts
from diplofacts.formats import json as canonical_json

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
HOWTO = ROOT / "docs" / "howto" / "parallel.md"


@pytest.fixture(scope="module")
def corpus() -> dict[str, diplofacts.Article]:
    """Every test article, parsed in this process, by file name."""
    return {
        path.name: diplofacts.parse_article(path.read_text(encoding="utf-8"))
        for path in sorted(ARTICLES.glob("*.ar.txt"))
    }


def dask_recipe() -> Callable[..., list[str]]:
    """Return ``parse_corpus`` from the Dask code block of the how-to, run as written there."""
    blocks = re.findall(r"```python\n(.*?)```", HOWTO.read_text(encoding="utf-8"), re.DOTALL)
    (code,) = [block for block in blocks if "import dask.bag" in block]
    namespace: dict[str, Any] = {"__name__": "dask_corpus"}
    exec(compile(code, str(HOWTO), "exec"), namespace)  # noqa: S102 - our own documentation
    recipe: Callable[..., list[str]] = namespace["parse_corpus"]
    return recipe


def read_lines(files: list[str]) -> list[diplofacts.Article]:
    """Read the articles back from JSON Lines files, in order."""
    articles = []
    for name in files:
        with Path(name).open(encoding="utf-8") as lines:
            articles += [diplofacts.loads(line, diplofacts.Article) for line in lines]
    return articles


def test_corpus_is_not_empty(corpus: dict[str, diplofacts.Article]) -> None:
    """The test corpus has articles with events, so the tests below say something."""
    assert len(corpus) >= 10
    assert any(article.events for article in corpus.values())


def test_articles_pickle(corpus: dict[str, diplofacts.Article]) -> None:
    """Parsed articles pickle and unpickle equal, as worker processes send them back."""
    for article in corpus.values():
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            data = pickle.dumps(article, protocol=protocol)
            assert article == pickle.loads(data)  # noqa: S301 - our own data


def test_model_errors_pickle() -> None:
    """A ValidationError raised in a worker comes back whole, problems and all."""
    with pytest.raises(diplofacts.ValidationError) as info:
        diplofacts.loads('{"id": "", "status": "held"}', diplofacts.Summit)
    again = pickle.loads(pickle.dumps(info.value))  # noqa: S301 - our own data
    assert info.value.problems == again.problems


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_dask_recipe_writes_every_article(
    scheduler: str, corpus: dict[str, diplofacts.Article], tmp_path: Path
) -> None:
    """The how-to's Dask recipe writes each article once, as parsed in one process."""
    files = dask_recipe()(str(ARTICLES), str(tmp_path), scheduler=scheduler)
    assert files
    assert list(corpus.values()) == read_lines(sorted(files, key=part_number))


def test_bag_of_articles_crosses_processes(corpus: dict[str, diplofacts.Article]) -> None:
    """Model objects themselves travel back from worker processes intact."""
    texts = [(ARTICLES / name).read_text(encoding="utf-8") for name in sorted(corpus)[:4]]
    bag = db.from_sequence(texts, npartitions=2)  # type: ignore[no-untyped-call]
    bag = bag.map(diplofacts.parse_article)
    articles = bag.compute(scheduler="processes", num_workers=2)
    assert [corpus[name] for name in sorted(corpus)[:4]] == articles


def test_json_lines_read_back_with_a_bag(
    corpus: dict[str, diplofacts.Article], tmp_path: Path
) -> None:
    """Lines written by ``canonical_json.dumps`` read back in parallel with ``db.read_text``."""
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(canonical_json.dumps(a, indent=False) for a in corpus.values()))
    lines = db.read_text(str(path))  # type: ignore[no-untyped-call]
    bag = lines.map(diplofacts.loads, diplofacts.Article)
    assert list(corpus.values()) == bag.compute(scheduler="synchronous")


def part_number(name: str) -> int:
    """The partition number in a ``part-N.jsonl`` file name, for sorting."""
    match = re.search(r"part-(\d+)\.jsonl$", name)
    assert match is not None
    return int(match.group(1))
