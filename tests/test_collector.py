"""Tests of :mod:`diplofacts._collector`: the collector paused for large inputs only."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

import pytest

import diplofacts
from diplofacts import _collector
from diplofacts.formats import json as dj

LARGE = _collector.BULK_SIZE + 1


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    """Every test starts, and leaves, with the collector enabled."""
    gc.enable()
    yield
    gc.enable()


def test_a_small_input_leaves_the_collector_on() -> None:
    """Inputs up to the bulk size do not pause the collector."""
    with _collector.paused_for(_collector.BULK_SIZE):
        assert gc.isenabled()


def test_a_large_input_pauses_the_collector_for_the_block() -> None:
    """Over the bulk size the collector is off inside the block and on again after it."""
    with _collector.paused_for(LARGE):
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_enabled_again_after_an_error() -> None:
    """An exception in the block still enables the collector again."""
    with pytest.raises(ValueError, match="boom"), _collector.paused_for(LARGE):
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled() -> None:
    """The block never enables a collector it did not pause."""
    gc.disable()
    with _collector.paused_for(LARGE):
        pass
    assert not gc.isenabled()


def _recording(monkeypatch: pytest.MonkeyPatch, module: object) -> list[int]:
    sizes: list[int] = []
    real = _collector.paused_for

    @contextlib.contextmanager
    def paused_for(size: int) -> Iterator[None]:
        sizes.append(size)
        with real(size):
            yield

    monkeypatch.setattr(module, "paused_for", paused_for)
    return sizes


def test_parse_article_pauses_for_the_length_of_its_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse_article asks for a pause by the number of characters of the text."""
    sizes = _recording(monkeypatch, diplofacts.parse)
    text = "عقدت قمة في جنيف. " * 4000
    article = diplofacts.parse_article(text)
    assert ([len(text)], True) == (sizes, gc.isenabled())
    assert article.summits


def test_json_loads_pauses_for_the_size_of_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """JSON loads asks for a pause by the length of the document it reads."""
    sizes = _recording(monkeypatch, dj)
    data = dj.dumps(diplofacts.Article(text="نص " * 30000))
    dj.loads(data, diplofacts.Article)
    assert ([len(data)], True) == (sizes, gc.isenabled())
