"""A small generator of Arabic news text from drawn facts, for render-then-parse tests.

:func:`facts` draws a :class:`Facts` record (parties, city, date, agenda topics, delegates
and a layout) from ``diplofacts.testing`` strategies and sampled gazetteer entries;
:func:`render` writes it as an article: a headline, a prose sentence, bullets or a pipe
table, and a delegation sentence. The tests parse the text and recover the facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import strategies as st

from diplofacts import FuzzyDate, Precision, Topic
from diplofacts.testing import fuzzy_dates

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")  # fmt: skip
COUNTRIES = {"RU": "روسيا", "IR": "إيران", "CN": "الصين", "FR": "فرنسا", "SA": "السعودية",
             "EG": "مصر", "QA": "قطر", "DE": "ألمانيا", "JP": "اليابان", "IN": "الهند"}  # fmt: skip
CITIES = {"Istanbul": ("إسطنبول", "TR"), "Geneva": ("جنيف", "CH"), "Jeddah": ("جدة", "SA")}
TOPICS = {
    Topic.SANCTIONS: "رفع العقوبات",
    Topic.NUCLEAR: "البرنامج النووي",
    Topic.TRADE: "التبادل التجاري",
    Topic.HUMANITARIAN: "تبادل الأسرى",
    Topic.COUNTERTERRORISM: "مكافحة الإرهاب",
    Topic.MIGRATION: "ملف الهجرة",
}
# Foreign ministers of the gazetteer, by country, with the date their term covers.
MINISTERS = {"RU": ("سيرغي لافروف", "Lavrov"), "IR": ("عباس عراقجي", "Araghchi")}
PUBLISHED = dt.date(2025, 6, 1)


@dataclass(frozen=True)
class Facts:
    """What one rendered article states."""

    parties: tuple[str, str]
    city: str
    date: FuzzyDate
    topics: tuple[Topic, ...]
    layout: str  # "prose", "bullets" or "table"
    summit: bool


@st.composite
def facts(draw: st.DrawFn) -> Facts:
    """Draw the facts of one article."""
    parties = draw(
        st.lists(st.sampled_from(sorted(COUNTRIES)), min_size=2, max_size=2, unique=True)
    )
    date = draw(
        fuzzy_dates(precision=Precision.DAY).filter(
            lambda d: d.month is not None and (d.day or 0) <= 28
        )
    )
    topics = draw(st.lists(st.sampled_from(sorted(TOPICS)), min_size=1, max_size=3, unique=True))
    return Facts(
        parties=(parties[0], parties[1]),
        city=draw(st.sampled_from(sorted(CITIES))),
        date=FuzzyDate(month=date.month, day=date.day),
        topics=tuple(topics),
        layout=draw(st.sampled_from(["prose", "bullets", "table"])),
        summit=draw(st.booleans()),
    )


def render(facts: Facts) -> str:
    """Write ``facts`` as an Arabic news article."""
    a, b = (COUNTRIES[p] for p in facts.parties)
    city = CITIES[facts.city][0]
    noun = "قمة" if facts.summit else "جولة مشاورات"
    when = f"{facts.date.day} {MONTHS[(facts.date.month or 1) - 1]}"
    topics = [TOPICS[t] for t in facts.topics]
    lines = [f"{noun} بين {a} و{b} في {city}", ""]
    sentence = f"تعقد {noun} بين {a} و{b} في {city} في {when}"
    if facts.layout == "prose":
        lines.append(f"{sentence}، ويناقش الطرفان {' و'.join(topics)}.")
    elif facts.layout == "bullets":
        lines += [f"{sentence}.", "", "وتبحث المحادثات الملفات التالية:"]
        lines += [f"- {topic}" for topic in topics]
    else:
        lines += [f"{sentence}.", "", "| التاريخ | المكان | الأهداف |", "|---|---|---|"]
        lines.append(f"| {when} | {city} | {'، '.join(topics)} |")
    for party in facts.parties:
        if party in MINISTERS:
            lines += ["", f"ويشارك في المحادثات وزير الخارجية {MINISTERS[party][0]}."]
    return "\n".join(lines) + "\n"
