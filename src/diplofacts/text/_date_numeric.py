"""All-digit dates: «15.08.2025», «16/8/2025» (or a backslash), «2025-08-15».

What belongs here: the numeric date rule (day first with a dot, slash, backslash or dash, or
ISO year first). What must not: dates with month names (``_date_names``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from diplofacts.text._date_words import _Found, _fuzzy

__all__: list[str] = []

# Each pattern opens with a lone ``\d`` (``\d\d?`` rather than ``\d{1,2}``): a pattern that
# starts with a character class lets the regex engine skip straight to the next digit.
#: day sep month sep year, sep one of . / \ -: «15.08.2025», «16\8\2025».
_NUMERIC_DMY = re.compile(
    r"(?P<d>\d\d?)(?P<s>[./\\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d|[./\\-]\d)"
)
#: year sep month sep day: «2025-08-15», «2025/08/15».
_NUMERIC_YMD = re.compile(
    r"(?P<y>\d\d{3})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d|[./\\-]\d)"
)


def _numeric(text: str, published: dt.date | None) -> Iterator[_Found]:
    """Rule: all-digit dates, day first with a dot, slash, backslash or dash; or ISO."""
    del published
    for pattern in (_NUMERIC_DMY, _NUMERIC_YMD):
        for match in pattern.finditer(text):
            before = text[match.start() - 1 : match.start()]
            if before and (before.isdigit() or before in "./\\-"):
                continue
            date = _fuzzy(int(match["y"]), int(match["m"]), int(match["d"]))
            if date is not None and date.year is not None and date.year >= 1000:
                yield _Found(match.start(), match.end(), "day", date)
