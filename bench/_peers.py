"""The same summit modelled by the peers we compare with: pydantic v2, msgspec, a plain dict.

The peer models carry the same fields and the same kinds of checks that JSON Schema can say
(types, enums, patterns for country codes), so the comparison is between validated models.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated, Any

import msgspec
import pydantic

from diplofacts import (
    AgendaItem,
    Attribution,
    Delegate,
    Delegation,
    EventStatus,
    FuzzyDate,
    LocalizedText,
    Person,
    Phase,
    PhaseKind,
    Span,
    Summit,
    Topic,
    Venue,
    VenueKind,
)

COUNTRY = r"^[A-Z]{2}$"

_PEOPLE = [
    ("Sergey Lavrov", "سيرغي لافروف", "foreign minister"),
    ("Andrei Belousov", "أندريه بيلاوسوف", "defence minister"),
    ("Anton Siluanov", "أنطون سيلوانوف", "finance minister"),
    ("Kirill Dmitriev", "كيريل ديميترييف", "special envoy"),
    ("Yuri Ushakov", "يوري أوشاكوف", "presidential aide"),
    ("Marco Rubio", "ماركو روبيو", "foreign minister"),
    ("Scott Bessent", "سكوت بيسنت", "finance minister"),
    ("Steve Witkoff", "ستيف ويتكوف", "special envoy"),
]
_GOALS = [
    (Topic.SANCTIONS, "مناقشة ملف العقوبات وآثارها على الاقتصاد"),
    (Topic.DIPLOMATIC_MISSIONS, "إعادة عمل البعثات الدبلوماسية إلى طبيعته"),
    (Topic.UKRAINE, "بحث تسوية النزاع في أوكرانيا على مراحل"),
    (Topic.ARMS_CONTROL, "الاستقرار الاستراتيجي وضبط التسلح"),
    (Topic.ECONOMY, "فرص التعاون الاقتصادي والاستثمار"),
]


def summit(index: int = 0) -> Summit:
    """A realistic summit: 2 delegations of 5 and 3 members, 5 agenda items, 2 sources."""

    def span(start: int, length: int = 12) -> tuple[Span, ...]:
        return (Span(start=start, end=start + length),)

    members = [
        Delegate(
            person=Person(name=LocalizedText(texts={"en": en, "ar": ar}), country=party),
            roles=(role,),
            evidence=span(100 + 40 * i),
        )
        for i, ((en, ar, role), party) in enumerate(
            zip(_PEOPLE, ["RU"] * 5 + ["US"] * 3, strict=True)
        )
    ]
    return Summit(
        id=f"summit-ru-us-{index}",
        status=EventStatus.SCHEDULED,
        date=FuzzyDate(year=2025, month=8, day=15, year_inferred=True),
        venue=Venue(
            name=LocalizedText(
                texts={"en": "Joint Base Elmendorf-Richardson", "ar": "قاعدة إلمندورف"}
            ),
            region=LocalizedText(texts={"en": "Alaska", "ar": "ألاسكا"}),
            country="US",
            kind=VenueKind.MILITARY_BASE,
            evidence=span(60),
        ),
        parties=("RU", "US"),
        leaders=(
            Person(
                name=LocalizedText(texts={"en": "Vladimir Putin", "ar": "فلاديمير بوتين"}),
                wikidata="Q7747",
            ),
            Person(
                name=LocalizedText(texts={"en": "Donald Trump", "ar": "دونالد ترامب"}),
                wikidata="Q22686",
            ),
        ),
        delegations=(
            Delegation(party="RU", members=tuple(members[:5])),
            Delegation(party="US", members=tuple(members[5:])),
        ),
        agenda=tuple(
            AgendaItem(
                topic=topic, text=LocalizedText(texts={"ar": text}), evidence=span(500 + 60 * i)
            )
            for i, (topic, text) in enumerate(_GOALS)
        ),
        phases=(Phase(kind=PhaseKind.ONE_ON_ONE), Phase(kind=PhaseKind.PRESS_CONFERENCE)),
        attributions=(
            Attribution(
                outlet="TASS", via=Attribution(description=LocalizedText(texts={"ar": "مصدر مطلع"}))
            ),
            Attribution(outlet="NBC", evidence=span(900)),
        ),
        evidence=span(0, 30),
    )


# ---- pydantic v2 -----------------------------------------------------------------------------
Country = Annotated[str, pydantic.StringConstraints(pattern=COUNTRY)]


class PStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"


class PModel(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(frozen=True, extra="forbid", strict=True)


class PPerson(PModel):
    name: dict[str, str]
    country: Country | None = None
    wikidata: str | None = None


class PDelegate(PModel):
    person: PPerson
    roles: tuple[str, ...] = ()
    evidence: tuple[tuple[int, int], ...] = ()


class PDelegation(PModel):
    party: Country
    members: tuple[PDelegate, ...] = ()


class PVenue(PModel):
    name: dict[str, str] | None = None
    region: dict[str, str] | None = None
    country: Country | None = None
    kind: str = "other"
    evidence: tuple[tuple[int, int], ...] = ()


class PAgendaItem(PModel):
    topic: str
    text: dict[str, str]
    evidence: tuple[tuple[int, int], ...] = ()


class PPhase(PModel):
    kind: str


class PAttribution(PModel):
    outlet: str | None = None
    description: dict[str, str] | None = None
    via: PAttribution | None = None
    evidence: tuple[tuple[int, int], ...] = ()


class PSummit(PModel):
    id: str
    status: PStatus
    date: str | None = None
    venue: PVenue | None = None
    parties: tuple[Country, ...] = ()
    leaders: tuple[PPerson, ...] = ()
    delegations: tuple[PDelegation, ...] = ()
    agenda: tuple[PAgendaItem, ...] = ()
    phases: tuple[PPhase, ...] = ()
    attributions: tuple[PAttribution, ...] = ()
    evidence: tuple[tuple[int, int], ...] = ()


PSummitList = pydantic.TypeAdapter(list[PSummit])


# ---- msgspec ---------------------------------------------------------------------------------
MCountry = Annotated[str, msgspec.Meta(pattern=COUNTRY)]


class MStruct(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    pass


class MPerson(MStruct, frozen=True):
    name: dict[str, str]
    country: MCountry | None = None
    wikidata: str | None = None


class MDelegate(MStruct, frozen=True):
    person: MPerson
    roles: tuple[str, ...] = ()
    evidence: tuple[tuple[int, int], ...] = ()


class MDelegation(MStruct, frozen=True):
    party: MCountry
    members: tuple[MDelegate, ...] = ()


class MVenue(MStruct, frozen=True):
    name: dict[str, str] | None = None
    region: dict[str, str] | None = None
    country: MCountry | None = None
    kind: str = "other"
    evidence: tuple[tuple[int, int], ...] = ()


class MAgendaItem(MStruct, frozen=True):
    topic: str
    text: dict[str, str]
    evidence: tuple[tuple[int, int], ...] = ()


class MPhase(MStruct, frozen=True):
    kind: str


class MAttribution(MStruct, frozen=True):
    outlet: str | None = None
    description: dict[str, str] | None = None
    via: MAttribution | None = None
    evidence: tuple[tuple[int, int], ...] = ()


class MSummit(MStruct, frozen=True):
    id: str
    status: str
    date: str | None = None
    venue: MVenue | None = None
    parties: tuple[MCountry, ...] = ()
    leaders: tuple[MPerson, ...] = ()
    delegations: tuple[MDelegation, ...] = ()
    agenda: tuple[MAgendaItem, ...] = ()
    phases: tuple[MPhase, ...] = ()
    attributions: tuple[MAttribution, ...] = ()
    evidence: tuple[tuple[int, int], ...] = ()


def peer_inputs(raw: dict[str, Any]) -> dict[str, Any]:
    """Return ``raw`` as the peers expect it (they have no date type: EDTF stays a string)."""
    return raw


_ = dt  # dates travel as EDTF strings in every variant
