"""Dates as the news gives them: partial, approximate, inferred, or relative to another event."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from typing import Any

import attrs

from diplofacts.errors import Problem, ValidationError
from diplofacts.model import _checks

__all__ = ["FuzzyDate", "Precision", "Relation", "RelativeDate"]


class Precision(enum.StrEnum):
    """How much of a :class:`FuzzyDate` is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _year(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 9999:
        raise _checks.fail(attribute.name, f"year must be an integer from 1 to 9999, got {value!r}")


def _month(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 12:
        raise _checks.fail(attribute.name, f"month must be an integer from 1 to 12, got {value!r}")


def _day(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 31:
        raise _checks.fail(attribute.name, f"day must be an integer from 1 to 31, got {value!r}")


# year ("2025" or "XXXX"), an optional "?" on the year alone (inferred year), then optional
# month and day ("08" or "XX"), then an optional qualifier for the whole date.
_EDTF = re.compile(
    r"^(?P<year>[0-9]{4}|XXXX)(?P<inferred>\?(?=-))?"
    r"(?:-(?P<month>[0-9]{2}|XX)(?:-(?P<day>[0-9]{2}|XX))?)?"
    r"(?P<qualifier>[?~%])?$",
    re.ASCII,
)


@attrs.frozen(kw_only=True)
class FuzzyDate:
    """A calendar date known only in part, as news reports give it.

    Any of ``year``, ``month`` and ``day`` may be unknown (``None``): "2025", "August 2025",
    "15 August" (year unknown) and "15 August 2025" are all FuzzyDates.

    Invariants (checked at construction):

    * at least one of year, month, day is known; year 1-9999, month 1-12, day 1-31;
    * the day exists in its month: 30 February never, 29 February only when the year is a
      leap year or unknown, 31 only in 31-day months (or when the month is unknown);
    * ``year_inferred`` (the year was not stated but taken from the publication date) needs a
      known year and a known month or day.

    ``approximate`` ("around") and ``uncertain`` ("possibly") qualify the whole date.

    EDTF (ISO 8601-2) is the lossless text form: ``to_edtf()`` and :meth:`from_edtf` convert
    both ways. Unknown parts are written ``X`` (``XXXX-08-15``), qualifiers as ``?``, ``~``
    and ``%`` (both), and an inferred year as a question mark on the year alone
    (``2025?-08-15``, EDTF level 2: the year is the uncertain part).
    """

    year: int | None = attrs.field(default=None, validator=_year)
    month: int | None = attrs.field(default=None, validator=_month)
    day: int | None = attrs.field(default=None, validator=_day)
    approximate: bool = attrs.field(default=False, validator=_checks.flag)
    uncertain: bool = attrs.field(default=False, validator=_checks.flag)
    year_inferred: bool = attrs.field(default=False, validator=_checks.flag)

    def __attrs_post_init__(self) -> None:
        if self.year is None and self.month is None and self.day is None:
            raise _checks.fail("year", "a date needs at least a year, a month or a day")
        if self.day is not None and self.month is not None:
            leap_year = 2000 if self.year is None else self.year
            last = calendar.monthrange(leap_year, self.month)[1]
            if self.day > last:
                when = "an unknown year" if self.year is None else str(self.year)
                raise _checks.fail(
                    "day",
                    f"day {self.day} does not exist in month {self.month} of {when}",
                )
        if self.year_inferred and (self.year is None or (self.month is None and self.day is None)):
            raise _checks.fail(
                "year_inferred", "an inferred year needs a year and a month or day beside it"
            )

    @property
    def precision(self) -> Precision:
        """The finest part that is known."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def is_complete(self) -> bool:
        """Whether year, month and day are all known."""
        return self.year is not None and self.month is not None and self.day is not None

    def to_date(self) -> dt.date | None:
        """Return the :class:`datetime.date` when year, month and day are known, else ``None``."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def sort_key(self) -> tuple[int, int, int]:
        """Return a key that orders dates by what is known (unknown parts sort first)."""
        return (self.year or 0, self.month or 0, self.day or 0)

    def to_edtf(self) -> str:
        """Write the date as EDTF, e.g. ``2025-08-15``, ``XXXX-08-15``, ``2025-08~``."""
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.year_inferred:
            year += "?"
        parts = [year]
        if self.month is not None or self.day is not None:
            parts.append("XX" if self.month is None else f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        qualifier = ""
        if self.approximate and self.uncertain:
            qualifier = "%"
        elif self.approximate:
            qualifier = "~"
        elif self.uncertain:
            qualifier = "?"
        return "-".join(parts) + qualifier

    @classmethod
    def from_edtf(cls, text: str) -> FuzzyDate:
        """Read the EDTF forms that :meth:`to_edtf` writes.

        >>> date = FuzzyDate.from_edtf("XXXX-08-15")
        >>> date.year, date.month, date.day, date.precision.value
        (None, 8, 15, 'day')

        Raises :class:`~diplofacts.ValidationError` for anything else, and for dates that do
        not exist (``2025-02-29``).
        """
        match = _EDTF.match(text)
        if match is None:
            raise ValidationError(
                [Problem("$", f"{text!r} is not an EDTF date such as '2025-08-15' or 'XXXX-08'")]
            )
        year, month, day = (
            None if part is None or part.startswith("X") else int(part)
            for part in match.group("year", "month", "day")
        )
        qualifier = match.group("qualifier")
        return cls(
            year=year,
            month=month,
            day=day,
            approximate=qualifier in ("~", "%"),
            uncertain=qualifier in ("?", "%"),
            year_inferred=match.group("inferred") is not None,
        )

    def __str__(self) -> str:
        return self.to_edtf()


class Relation(enum.StrEnum):
    """How a :class:`RelativeDate` stands to its anchor."""

    AFTER = "after"
    BEFORE = "before"
    DURING = "during"
    ON_SIDELINES_OF = "on_sidelines_of"
    WITHIN = "within"


@attrs.frozen(kw_only=True)
class RelativeDate:
    """A date stated only relative to another event or to the time of writing.

    ``anchor`` is the ``id`` of the event in the same article that the date is relative to
    ("the round after the Alaska summit" is anchored to the summit's id), or ``None`` when
    the date is relative to the time of writing ("within two weeks") or to an event the
    article does not describe. ``text`` is the expression as stated. ``offset_days`` is a
    stated distance from the anchor ("a week after the summit": 7), when one is given.

    Invariants: ``text`` non-blank; ``anchor`` a valid id or ``None``; ``offset_days``
    non-negative. That the anchor names an event of the same article is checked by the
    :class:`~diplofacts.model.Article`.
    """

    relation: Relation = attrs.field(validator=_checks.instance(Relation))
    text: str = attrs.field(validator=_checks.text)
    anchor: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    offset_days: int | None = attrs.field(
        default=None, validator=_checks.instance(int, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.offset_days is not None and self.offset_days < 0:
            raise _checks.fail("offset_days", f"must not be negative, got {self.offset_days}")
