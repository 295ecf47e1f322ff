"""The public entry point: :func:`parse_article`.

Thin on purpose: it checks the arguments, picks the parser registered for the language
(:mod:`diplofacts.text`) and returns its :class:`~diplofacts.Article`.
"""

from __future__ import annotations

import datetime as dt

from diplofacts._collector import paused_for
from diplofacts.errors import Problem, ValidationError
from diplofacts.gazetteer import Gazetteer
from diplofacts.limits import DEFAULT_LIMITS, Limits
from diplofacts.model import Article
from diplofacts.text import parser_for

__all__ = ["parse_article"]


def parse_article(
    text: str,
    *,
    published: dt.date | None = None,
    language: str = "ar",
    gazetteer: Gazetteer | None = None,
    limits: Limits | None = None,
) -> Article:
    """Find the summits and consultation rounds in a news article.

    ``published`` (a :class:`datetime.date`) resolves relative dates and gives a year to
    dates stated without one; without it such years stay unknown. ``gazetteer`` adds the
    user's entries to the shipped ones (theirs win on the same id). ``limits`` bounds the
    length of ``text`` (``max_chars`` of :class:`~diplofacts.limits.Limits`;
    :data:`~diplofacts.limits.DEFAULT_LIMITS` when not given).

    >>> import datetime as dt
    >>> article = parse_article("تعقد قمة روسيا وأمريكا في 15 أغسطس", published=dt.date(2025, 8, 1))
    >>> article.summits[0].date.to_edtf(), article.summits[0].parties
    ('2025?-08-15', ('RU', 'US'))
    >>> parse_article("text", language="xx")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    diplofacts.text.UnsupportedLanguageError: language 'xx' is not supported; ...

    Raises :class:`~diplofacts.ValidationError` for arguments of the wrong type,
    :class:`~diplofacts.LimitError` for a text longer than the limit, and
    :class:`~diplofacts.text.UnsupportedLanguageError` (a :class:`~diplofacts.ParseError`)
    for a language without a parser. Any other ``str`` is accepted.
    """
    problems = []
    given: dict[str, object] = {
        "text": text,
        "published": published,
        "language": language,
        "gazetteer": gazetteer,
        "limits": limits,
    }
    text_ = given["text"]
    published_ = given["published"]
    if not isinstance(text_, str):
        problems.append(Problem("$.text", f"expected a str, got {type(text).__name__}"))
    if published_ is not None and (
        not isinstance(published_, dt.date) or isinstance(published_, dt.datetime)
    ):
        problems.append(
            Problem(
                "$.published", f"expected a datetime.date or None, got {type(published).__name__}"
            )
        )
    if not isinstance(given["language"], str):
        problems.append(Problem("$.language", f"expected a str, got {type(language).__name__}"))
    if given["gazetteer"] is not None and not isinstance(given["gazetteer"], Gazetteer):
        problems.append(
            Problem("$.gazetteer", f"expected a Gazetteer or None, got {type(gazetteer).__name__}")
        )
    if given["limits"] is not None and not isinstance(given["limits"], Limits):
        problems.append(
            Problem("$.limits", f"expected a Limits or None, got {type(limits).__name__}")
        )
    if problems:
        raise ValidationError(problems)
    (limits or DEFAULT_LIMITS).check_text(text)
    parse = parser_for(language, source=text)
    with paused_for(len(text)):  # a long text gives many objects, alive until the end
        return parse(text, published, gazetteer)
