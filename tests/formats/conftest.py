"""Fixtures of the format tests: the Alaska summit and the rounds after it."""

from __future__ import annotations

import pytest

from diplofacts import Article, Summit

from .examples import make_alaska, make_rounds


@pytest.fixture
def alaska() -> Summit:
    """The Alaska summit: held, year inferred, Russia visiting the United States."""
    return make_alaska()


@pytest.fixture
def rounds() -> Article:
    """An article with the summit, two Istanbul rounds and an announced third one."""
    return make_rounds()
