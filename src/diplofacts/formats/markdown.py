"""Markdown fact tables, in Arabic and in English, as news sites print them.

One row per event, with the columns event | date | venue | parties | goals
(الحدث | التاريخ | المكان | الأطراف | الأهداف). The Arabic table sits in a
``<div dir="rtl" lang="ar">`` block so that renderers lay it out right to left; ``|`` in a
cell is escaped and line breaks become spaces.

What a cell shows, never more precise than the model: a date shows the parts that are known
("15 August" when the year is unknown, "August 2025", "2025"); a year taken from the
publication date is shown in brackets ("15 August [2025]"); approximate and uncertain dates
say so; a relative date shows the text as stated (Arabic) or the relation and the event it is
relative to (English); a day with no month is not shown. Texts missing in the table's
language fall back to English, then Arabic, then any language. Countries are named from the
gazetteer (the ISO code when it has no name). Delegations, attributions, phases and evidence
are not shown. This format cannot be read back.
"""

from __future__ import annotations

from typing import Any

from diplofacts.formats._common import AnyEvent, country_name, events_of, pick
from diplofacts.model import ConsultationRound, EventStatus, FuzzyDate, RelativeDate

__all__ = ["dumps", "table"]

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
        "أكتوبر", "نوفمبر", "ديسمبر",
    ),
}  # fmt: skip
_HEADERS = {
    "en": ("Event", "Date", "Venue", "Parties", "Goals"),
    "ar": ("الحدث", "التاريخ", "المكان", "الأطراف", "الأهداف"),
}
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "summit": "Summit",
        "round": "Consultation round",
        "unknown": "—",
        "about": "about {}",
        "uncertain": "{} (unconfirmed)",
        "separator": ", ",
        "list": "; ",
    },
    "ar": {
        "summit": "قمة",
        "round": "جولة مشاورات",
        "unknown": "—",
        "about": "نحو {}",
        "uncertain": "{} (غير مؤكد)",
        "separator": "، ",
        "list": "؛ ",
    },
}
_STATUS = {
    "en": {
        EventStatus.ANNOUNCED: "announced",
        EventStatus.SCHEDULED: "scheduled",
        EventStatus.HELD: "held",
        EventStatus.POSTPONED: "postponed",
        EventStatus.RESCHEDULED: "rescheduled",
        EventStatus.CANCELLED: "cancelled",
    },
    "ar": {
        EventStatus.ANNOUNCED: "أُعلن عنها",
        EventStatus.SCHEDULED: "مقررة",
        EventStatus.HELD: "عُقدت",
        EventStatus.POSTPONED: "مؤجلة",
        EventStatus.RESCHEDULED: "أعيدت جدولتها",
        EventStatus.CANCELLED: "أُلغيت",
    },
}
_RELATIONS = {
    "after": "after",
    "before": "before",
    "during": "during",
    "on_sidelines_of": "on the sidelines of",
    "within": "within",
}


def _cell(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def _date(date: FuzzyDate, language: str) -> str | None:
    if date.month is None:
        shown = None if date.year is None else str(date.year)
    else:
        month = _MONTHS[language][date.month - 1]
        shown = month if date.day is None else f"{date.day} {month}"
        if date.year is not None:
            shown += f" [{date.year}]" if date.year_inferred else f" {date.year}"
    if shown is None:
        return None
    if date.approximate:
        shown = _WORDS[language]["about"].format(shown)
    if date.uncertain:
        shown = _WORDS[language]["uncertain"].format(shown)
    return shown


def _when(event: AnyEvent, names: dict[str, str], language: str) -> str:
    date = event.date
    if isinstance(date, RelativeDate):
        if language == "ar" or date.anchor is None:
            return date.text
        return f"{_RELATIONS[date.relation.value]} {names.get(date.anchor, date.anchor)}"
    start = None if date is None else _date(date, language)
    end = None if event.end_date is None else _date(event.end_date, language)
    if start is not None and end is not None:
        return f"{start} – {end}"
    return start or _WORDS[language]["unknown"]


def _name(event: AnyEvent, language: str) -> str:
    words = _WORDS[language]
    if event.title is not None:
        name = pick(event.title, language) or ""
    elif isinstance(event, ConsultationRound):
        name = words["round"] + ("" if event.number is None else f" {event.number}")
    else:
        name = words["summit"]
    return f"{name} ({_STATUS[language][event.status]})"


def _row(event: AnyEvent, names: dict[str, str], language: str) -> list[str]:
    words = _WORDS[language]
    separator, listing = words["separator"], words["list"]
    venue = event.venue
    places: list[str] = []
    if venue is not None:
        texts = (venue.name, venue.locality, venue.region)
        places = [text for text in (pick(t, language) for t in texts) if text]
        if venue.country is not None:
            places.append(country_name(venue.country, language))
    goals = [pick(item.text, language) or "" for item in event.agenda]
    unknown = words["unknown"]
    return [
        _name(event, language),
        _when(event, names, language),
        separator.join(places) or unknown,
        separator.join(country_name(code, language) for code in event.parties) or unknown,
        listing.join(goals) or unknown,
    ]


def table(obj: Any, language: str = "en") -> str:
    """Write the fact table of ``obj`` in ``language`` (``"ar"`` or ``"en"``)."""
    if language not in _WORDS:
        raise ValueError(f"fact tables are written in 'ar' or 'en', not {language!r}")
    events = events_of(obj)
    names = {event.id: pick(event.title, "en") or event.id for event in events}
    lines = ["| " + " | ".join(_HEADERS[language]) + " |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(map(_cell, _row(e, names, language))) + " |" for e in events]
    text = "\n".join(lines) + "\n"
    if language == "ar":
        return f'<div dir="rtl" lang="ar">\n\n{text}\n</div>\n'
    return text


def dumps(obj: Any, *, language: str | None = None) -> str:
    """Write the fact tables of ``obj``: Arabic then English, or only ``language``."""
    if language is not None:
        return table(obj, language)
    return table(obj, "ar") + "\n" + table(obj, "en")
