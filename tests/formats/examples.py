"""Fixed model objects for the format and command-line tests."""

from __future__ import annotations

import datetime as dt

from diplofacts import (
    AgendaItem,
    Article,
    Attribution,
    ConsultationRound,
    Delegate,
    Delegation,
    EventStatus,
    FuzzyDate,
    LocalizedText,
    Person,
    Phase,
    PhaseKind,
    Relation,
    RelativeDate,
    Span,
    Summit,
    Topic,
    Venue,
    VenueKind,
)

PUTIN = Person(
    name=LocalizedText.of(en="Vladimir Putin", ar="فلاديمير بوتين"), wikidata="Q7747", country="RU"
)
TRUMP = Person(name=LocalizedText.of(en="Donald Trump", ar="دونالد ترامب"), country="US")
LAVROV = Delegate(
    person=Person(name=LocalizedText.of(en="Sergey Lavrov", ar="سيرغي لافروف")),
    roles=("foreign minister",),
    role_text=LocalizedText.of(ar="وزير الخارجية"),
)
DMITRIEV = Delegate(
    person=Person(name=LocalizedText.of(en="Kirill Dmitriev")),
    roles=("head of RDIF", "special envoy; economy"),
)


def make_alaska() -> Summit:
    """Build the Alaska summit: held, year inferred, Russia visiting the United States."""
    return Summit(
        id="alaska-summit",
        status=EventStatus.HELD,
        title=LocalizedText.of(en="Alaska summit", ar="قمة ألاسكا"),
        date=FuzzyDate(year=2025, month=8, day=15, year_inferred=True),
        venue=Venue(
            name=LocalizedText.of(en="Joint Base Elmendorf-Richardson"),
            locality=LocalizedText.of(en="Anchorage", ar="أنكوريج"),
            region=LocalizedText.of(en="Alaska", ar="ألاسكا"),
            country="US",
            kind=VenueKind.MILITARY_BASE,
            evidence=(Span(start=0, end=5),),
        ),
        parties=("US", "RU"),
        host="US",
        leaders=(PUTIN, TRUMP),
        delegations=(Delegation(party="RU", members=(LAVROV, DMITRIEV)), Delegation(party="US")),
        agenda=(
            AgendaItem(
                topic=Topic.SANCTIONS,
                text=LocalizedText.of(ar="خفض العقوبات", en="easing sanctions"),
                attributions=(
                    Attribution(
                        outlet="Al Jazeera",
                        via=Attribution(outlet="TASS", via=Attribution(speaker=PUTIN)),
                    ),
                ),
            ),
            AgendaItem(topic=Topic.UKRAINE, text=LocalizedText.of(ar="تسوية الأزمة الأوكرانية")),
        ),
        phases=(
            Phase(kind=PhaseKind.ONE_ON_ONE),
            Phase(kind=PhaseKind.PRESS_CONFERENCE, text=LocalizedText.of(ar="مؤتمر صحفي")),
        ),
        attributions=(Attribution(outlet="TASS"),),
        evidence=(Span(start=0, end=10),),
    )


def make_rounds() -> Article:
    """Build an article with the summit, two held Istanbul rounds and an announced third one."""
    istanbul = Venue(locality=LocalizedText.of(en="Istanbul", ar="إسطنبول"), country="TR")
    first = ConsultationRound(
        id="round-1",
        status=EventStatus.HELD,
        date=FuzzyDate(year=2025, month=2, day=27),
        venue=istanbul,
        parties=("RU", "US"),
        number=1,
        series="istanbul",
        agenda=(
            AgendaItem(topic=Topic.DIPLOMATIC_MISSIONS, text=LocalizedText.of(ar="عمل السفارات")),
        ),
    )
    second = ConsultationRound(
        id="round-2",
        status=EventStatus.RESCHEDULED,
        date=FuzzyDate(year=2025, month=4, day=10),
        previous_dates=(FuzzyDate(year=2025, month=3),),
        venue=istanbul,
        parties=("RU", "US"),
        number=2,
        series="istanbul",
    )
    third = ConsultationRound(
        id="round-3",
        status=EventStatus.ANNOUNCED,
        date=RelativeDate(relation=Relation.AFTER, anchor="alaska-summit", text="بعد قمة ألاسكا"),
        parties=("RU", "US"),
        number=3,
        series="istanbul",
        announced_by=Delegate(
            person=Person(description=LocalizedText.of(en="the Russian ambassador")),
            roles=("ambassador",),
        ),
    )
    return Article(
        text="x" * 40,
        published=dt.date(2025, 8, 20),
        events=(make_alaska(), first, second, third),
    )
