"""Hostile input: every reader and the parser fail only with documented errors."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplofacts
from diplofacts import Article, ConsultationRound, DiplofactsError, Summit
from diplofacts.testing import articles

READABLE = sorted(diplofacts.formats.READABLE)
CLASSES = [Article, Summit, ConsultationRound]

# Every character class that has broken text tools: controls and NUL, lone surrogates,
# bidi and zero-width marks, Arabic presentation forms, combining marks, tatweel.
HOSTILE_CHARS = st.one_of(
    st.characters(codec=None, categories=("Cc", "Cf", "Cs", "Co", "Mn", "Zs", "Zl", "Zp")),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
    st.sampled_from("\x00\u200f\u200e\u200b\u200d\u0640\u064b\u0651\ufeff\u202e\u2066"),
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
)
HOSTILE_TEXT = st.text(HOSTILE_CHARS, max_size=400)


@pytest.mark.parametrize("name", READABLE)
@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300)))
def test_loads_of_arbitrary_input_raises_only_diplofacts_errors(
    name: str, cls: type, data: bytes | str
) -> None:
    """Any bytes or text given to a reader gives an object or a DiplofactsError naming a place."""
    try:
        diplofacts.loads(data, cls, format=name)
    except DiplofactsError as error:
        message = str(error)
    else:
        return
    assert message.strip()


@pytest.mark.parametrize("name", READABLE)
@given(article=articles(max_events=2), cut=st.integers(min_value=1, max_value=400))
def test_truncated_documents_raise_only_diplofacts_errors(
    name: str, article: Article, cut: int
) -> None:
    """A valid document cut short is either still readable or rejected with a DiplofactsError."""
    text = diplofacts.dumps(article, format=name)
    try:
        diplofacts.loads(text[: max(0, len(text) - cut)], Article, format=name)
    except DiplofactsError as error:
        message = str(error)
    else:
        return
    assert message.strip()


@given(text=HOSTILE_TEXT)
def test_parse_of_hostile_text_returns_an_article_with_spans_inside(text: str) -> None:
    """Marks, controls, surrogates and presentation forms never break the parser."""
    article = diplofacts.parse_article(text)
    assert text == article.text
    for event in article.events:
        for span in event.evidence:
            assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "\x00" * 10_000,
        "قمة " * 20_000,
        "15 " * 30_000,
        "في " * 30_000,
        "أغسطس " * 20_000,
        "\n• بند" * 20_000,
        "ا" * 200_000,
        "\ud800قمة\udfff في 15 أغسطس",
        "ﺍﻟﻘﻤﺔ ﻓﻲ ١٥ ﺃﻏﺴﻄﺲ",
        "|" * 50_000,
        "| التاريخ | المكان |\n" + "|---|---|\n" * 5_000,
    ],
    ids=[
        "nul",
        "repeated-event-word",
        "repeated-digits",
        "repeated-preposition",
        "repeated-month",
        "bullets",
        "one-long-word",
        "lone-surrogates",
        "presentation-forms",
        "pipes",
        "table-rules",
    ],
)
def test_parse_of_adversarial_text_returns_an_article(text: str) -> None:
    """Large adversarial inputs still give an article whose spans lie inside the text."""
    article = diplofacts.parse_article(text)
    assert text == article.text
    for unparsed in article.unparsed:
        assert unparsed.span.end <= len(text)


@given(article=articles(max_events=2))
def test_articles_pickle(article: Article) -> None:
    """Articles pickle and unpickle equal, for process pools, Dask and Spark."""
    assert article == pickle.loads(pickle.dumps(article))  # noqa: S301 - our own data


def test_deeply_nested_json_is_rejected_with_a_path() -> None:
    """A chain of sources nested far too deep is an error, not a crash."""
    inner = '{"outlet": "TASS"}'
    for _ in range(3000):
        inner = '{"outlet": "TASS", "via": ' + inner + "}"
    with pytest.raises(diplofacts.ValidationError) as caught:
        diplofacts.loads(inner, diplofacts.Attribution)
    assert caught.value.problems


REGRESSIONS = sorted(
    (Path(__file__).parent / "fixtures" / "regressions").glob("*.ar.txt"), key=lambda p: p.name
)


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.stem)
def test_texts_that_once_crashed_the_parser_give_articles(path: Path) -> None:
    """Every text that once made the parser raise (kept in fixtures/regressions) now parses."""
    text = path.read_text(encoding="utf-8")
    assert text == diplofacts.parse_article(text).text
