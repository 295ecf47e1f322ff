"""Strategies for valid model objects, one per class, and a consistent :class:`Article`.

What belongs here: strategies that build *valid* model objects (every invariant of the model
holds by construction, never by filtering). What does not: word pools (``_text.py``) and
invalid data (``_invalid.py``).

Spans are bounded by ``text_length`` where a strategy takes it: standalone objects use a
generous bound, :func:`articles` passes the length of the article's text so every span lies
inside it. Tuples hold at most three items so that tests stay fast.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Sequence
from typing import TypeVar

from hypothesis import strategies as st

from diplofacts.model import (
    AgendaItem,
    Article,
    Attribution,
    ConsultationRound,
    Delegate,
    Delegation,
    EventStatus,
    FuzzyDate,
    LocalizedText,
    Organization,
    OrganizationKind,
    Person,
    Phase,
    PhaseKind,
    Precision,
    RelativeDate,
    Span,
    Statement,
    StatementKind,
    Summit,
    Unparsed,
    Venue,
    VenueKind,
)
from diplofacts.model._codes import ISO_3166_ALPHA2
from diplofacts.testing import _text

__all__ = [
    "agenda_items",
    "articles",
    "attributions",
    "consultation_rounds",
    "country_codes",
    "delegates",
    "delegations",
    "edtf_strings",
    "events",
    "evidence",
    "fuzzy_dates",
    "identifiers",
    "organizations",
    "persons",
    "phases",
    "relative_dates",
    "spans",
    "statements",
    "summits",
    "unparsed",
    "venues",
    "wikidata_ids",
]

T = TypeVar("T")

DEFAULT_TEXT_LENGTH = 2000
"""The bound on span offsets for objects drawn outside an article."""
_MAX = 3
_COMMON_COUNTRIES = ("US", "RU", "SA", "TR", "UA", "QA", "AE", "EG", "IR", "CN", "OM", "CH")
_SERIES = ("us-ru-embassies", "ru-ua-istanbul", "iran-us-oman")


@functools.cache
def country_codes() -> st.SearchStrategy[str]:
    """Draw an ISO 3166-1 alpha-2 code, most often one that makes diplomatic news."""
    return st.one_of(st.sampled_from(_COMMON_COUNTRIES), st.sampled_from(sorted(ISO_3166_ALPHA2)))


@functools.cache
def identifiers() -> st.SearchStrategy[str]:
    """Draw a valid id: readable slugs most of the time, any allowed characters sometimes."""
    slugs = st.builds(
        "{}-{}-{}".format,
        st.sampled_from(("summit", "round", "talks", "visit")),
        st.sampled_from([en.lower().replace(" ", "-") for _, en in _text.PLACES]),
        st.integers(min_value=1, max_value=99),
    )
    return st.one_of(slugs, st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,12}", fullmatch=True))


@functools.cache
def wikidata_ids() -> st.SearchStrategy[str]:
    """Draw a Wikidata item id such as ``Q7747``."""
    return st.integers(min_value=1, max_value=10**9).map("Q{}".format)


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.one_of(st.none(), strategy)


@functools.cache  # building strategies is costly; reuse them
@st.composite
def spans(draw: st.DrawFn, *, text_length: int = DEFAULT_TEXT_LENGTH) -> Span:
    """Draw a :class:`~diplofacts.Span` with ``0 <= start < end <= text_length``."""
    if text_length < 1:
        raise ValueError("a span needs a text of at least one character")
    start = draw(st.integers(min_value=0, max_value=text_length - 1))
    end = draw(st.integers(min_value=start + 1, max_value=min(text_length, start + 60)))
    return Span(start=start, end=end)


@functools.cache
def evidence(*, text_length: int = DEFAULT_TEXT_LENGTH) -> st.SearchStrategy[tuple[Span, ...]]:
    """Draw sorted, distinct spans (at most three), as every ``evidence`` field holds them."""
    if text_length < 1:
        return st.just(())
    return st.lists(spans(text_length=text_length), max_size=_MAX, unique=True).map(
        lambda items: tuple(sorted(items))
    )


_YEARS = st.one_of(st.integers(1990, 2035), st.integers(1, 9999))


@functools.cache  # building strategies is costly; reuse them
@st.composite
def fuzzy_dates(draw: st.DrawFn, *, precision: Precision | None = None) -> FuzzyDate:
    """Draw a :class:`~diplofacts.FuzzyDate` of any shape the model allows.

    Year only; year and month; month and day with the year unknown (29 February included);
    full dates; month or day alone; with or without the approximate and uncertain flags, and
    with ``year_inferred`` where a year stands beside a month or day. ``precision`` restricts
    the finest known part.
    """
    chosen = precision or draw(st.sampled_from(Precision))
    year: int | None = draw(_optional(_YEARS))
    month: int | None = None
    day: int | None = None
    if chosen is Precision.YEAR:
        year = year or draw(_YEARS)
    elif chosen is Precision.MONTH:
        month = draw(st.integers(1, 12))
    else:
        month = draw(_optional(st.integers(1, 12)))
        last = 31 if month is None else calendar.monthrange(year or 2000, month)[1]
        day = draw(st.one_of(st.integers(1, last), st.just(last)))  # month ends are edge cases
    inferred = year is not None and (month is not None or day is not None) and draw(st.booleans())
    return FuzzyDate(
        year=year,
        month=month,
        day=day,
        approximate=draw(st.booleans()),
        uncertain=draw(st.booleans()),
        year_inferred=inferred,
    )


def edtf_strings() -> st.SearchStrategy[str]:
    """Draw EDTF strings as :meth:`FuzzyDate.to_edtf` writes them (so they read back)."""
    return fuzzy_dates().map(FuzzyDate.to_edtf)


@st.composite
def relative_dates(draw: st.DrawFn, *, anchors: Sequence[str] | None = None) -> RelativeDate:
    """Draw a :class:`~diplofacts.RelativeDate`; its anchor is one of ``anchors`` or ``None``.

    Without ``anchors`` the anchor is any valid id (or ``None``).
    """
    arabic, _english, relation = draw(st.sampled_from(_text.RELATIVE_PHRASES))
    if anchors is None:
        anchor = draw(_optional(identifiers()))
    else:
        anchor = draw(_optional(st.sampled_from(anchors))) if anchors else None
    return RelativeDate(
        relation=relation,
        text=arabic,
        anchor=anchor,
        offset_days=draw(_optional(st.integers(0, 60))),
    )


@functools.cache  # building strategies is costly; reuse them
@st.composite
def venues(draw: st.DrawFn, *, text_length: int = DEFAULT_TEXT_LENGTH) -> Venue:
    """Draw a :class:`~diplofacts.Venue` with at least one of name, locality, region, country."""
    name = draw(_optional(_text.localized_texts(_text.VENUE_NAMES)))
    locality = draw(_optional(_text.localized_texts(_text.PLACES)))
    region = draw(_optional(_text.localized_texts(_text.REGIONS)))
    country = draw(_optional(country_codes()))
    if name is None and locality is None and region is None and country is None:
        country = draw(country_codes())
    return Venue(
        name=name,
        locality=locality,
        region=region,
        country=country,
        kind=draw(st.sampled_from(VenueKind)),
        wikidata=draw(_optional(wikidata_ids())),
        evidence=draw(evidence(text_length=text_length)),
    )


@functools.cache  # building strategies is costly; reuse them
@st.composite
def persons(draw: st.DrawFn, *, text_length: int = DEFAULT_TEXT_LENGTH) -> Person:
    """Draw a :class:`~diplofacts.Person` with a name, a description or both."""
    name = draw(_optional(_text.localized_texts(_text.PEOPLE)))
    description = draw(_optional(_text.localized_texts(_text.DESCRIPTIONS)))
    if name is None and description is None:
        name = draw(_text.localized_texts(_text.PEOPLE))
    return Person(
        name=name,
        description=description,
        id=draw(_optional(identifiers())),
        country=draw(_optional(country_codes())),
        wikidata=draw(_optional(wikidata_ids())),
        evidence=draw(evidence(text_length=text_length)),
    )


@functools.cache  # building strategies is costly; reuse them
@st.composite
def organizations(draw: st.DrawFn, *, text_length: int = DEFAULT_TEXT_LENGTH) -> Organization:
    """Draw an :class:`~diplofacts.Organization` (an outlet or institution)."""
    arabic, english = draw(st.sampled_from(_text.OUTLETS))
    name = draw(_optional(st.just(LocalizedText.of(ar=arabic, en=english))))
    return Organization(
        canonical=english,
        name=name,
        kind=draw(st.sampled_from(OrganizationKind)),
        country=draw(_optional(country_codes())),
        wikidata=draw(_optional(wikidata_ids())),
        evidence=draw(evidence(text_length=text_length)),
    )


@functools.cache  # building strategies is costly; reuse them
@st.composite
def delegates(draw: st.DrawFn, *, text_length: int = DEFAULT_TEXT_LENGTH) -> Delegate:
    """Draw a :class:`~diplofacts.Delegate`: a person with distinct English role labels."""
    roles = draw(st.lists(st.sampled_from(_text.ROLES), max_size=2, unique=True))
    role_text = None
    if roles:
        stated = LocalizedText.of(ar=" و".join(arabic for arabic, _ in roles))
        role_text = draw(_optional(st.just(stated)))
    return Delegate(
        person=draw(persons(text_length=text_length)),
        roles=tuple(english for _, english in roles),
        role_text=role_text,
        evidence=draw(evidence(text_length=text_length)),
    )


@functools.cache  # building strategies is costly; reuse them
@st.composite
def delegations(
    draw: st.DrawFn, *, party: str | None = None, text_length: int = DEFAULT_TEXT_LENGTH
) -> Delegation:
    """Draw a :class:`~diplofacts.Delegation` of ``party`` (any country when not given)."""
    return Delegation(
        party=party or draw(country_codes()),
        members=tuple(draw(st.lists(delegates(text_length=text_length), max_size=2))),
        evidence=draw(evidence(text_length=text_length)),
    )


@functools.cache  # building strategies is costly; reuse them
@st.composite
def attributions(
    draw: st.DrawFn, *, max_depth: int = 3, text_length: int = DEFAULT_TEXT_LENGTH
) -> Attribution:
    """Draw an :class:`~diplofacts.Attribution` with a ``via`` chain of at most ``max_depth``."""
    outlet = draw(_optional(st.sampled_from([english for _, english in _text.OUTLETS])))
    speaker = draw(_optional(persons(text_length=text_length)))
    description = draw(_optional(_text.localized_texts(_text.DESCRIPTIONS)))
    if outlet is None and speaker is None and description is None:
        description = draw(_text.localized_texts(_text.DESCRIPTIONS))
    via = None
    if max_depth > 1 and draw(st.booleans()):
        via = draw(attributions(max_depth=max_depth - 1, text_length=text_length))
    return Attribution(
        outlet=outlet,
        speaker=speaker,
        description=description,
        via=via,
        evidence=draw(evidence(text_length=text_length)),
    )


def _attribution_tuples(
    text_length: int, *, max_size: int = 2
) -> st.SearchStrategy[tuple[Attribution, ...]]:
    return st.lists(attributions(max_depth=2, text_length=text_length), max_size=max_size).map(
        tuple
    )


@functools.cache  # building strategies is costly; reuse them
@st.composite
def agenda_items(draw: st.DrawFn, *, text_length: int = DEFAULT_TEXT_LENGTH) -> AgendaItem:
    """Draw an :class:`~diplofacts.AgendaItem` whose topic matches its wording."""
    arabic, english, topic = draw(st.sampled_from(_text.AGENDA))
    return AgendaItem(
        topic=topic,
        text=draw(_text.localized_texts(((arabic, english),))),
        attributions=draw(_attribution_tuples(text_length, max_size=1)),
        evidence=draw(evidence(text_length=text_length)),
    )


@functools.cache  # building strategies is costly; reuse them
@st.composite
def phases(draw: st.DrawFn, *, text_length: int = DEFAULT_TEXT_LENGTH) -> Phase:
    """Draw a :class:`~diplofacts.Phase` of an event's programme."""
    return Phase(
        kind=draw(st.sampled_from(PhaseKind)),
        text=draw(_optional(_text.localized_texts())),
        evidence=draw(evidence(text_length=text_length)),
    )


@st.composite
def statements(
    draw: st.DrawFn,
    *,
    events: Sequence[str] | None = None,
    text_length: int = DEFAULT_TEXT_LENGTH,
) -> Statement:
    """Draw a :class:`~diplofacts.Statement`; its ``event`` is one of ``events`` or ``None``.

    Without ``events`` the event is any valid id (or ``None``).
    """
    speaker = draw(_optional(persons(text_length=text_length)))
    organization = draw(_optional(organizations(text_length=text_length)))
    if speaker is None and organization is None:
        organization = draw(organizations(text_length=text_length))
    if events is None:
        event = draw(_optional(identifiers()))
    else:
        event = draw(_optional(st.sampled_from(events))) if events else None
    return Statement(
        text=draw(_text.localized_texts(_text.QUOTES)),
        speaker=speaker,
        organization=organization,
        kind=draw(st.sampled_from(StatementKind)),
        event=event,
        date=draw(_optional(fuzzy_dates())),
        attributions=draw(_attribution_tuples(text_length)),
        evidence=draw(evidence(text_length=text_length)),
    )


@st.composite
def unparsed(draw: st.DrawFn, *, text: str | None = None) -> Unparsed:
    """Draw an :class:`~diplofacts.Unparsed` part, inside ``text`` when it is given."""
    length = DEFAULT_TEXT_LENGTH if text is None else len(text)
    span = draw(spans(text_length=length))
    part = "" if text is None else span.extract(text)
    return Unparsed(
        span=span,
        text=part if part.strip() else draw(_text.arabic_text()),
        reason=draw(st.sampled_from(_text.REASONS)),
    )


@st.composite
def _end_date(draw: st.DrawFn, start: FuzzyDate) -> FuzzyDate:
    first = start.to_date()
    if first is None or draw(st.booleans()):
        end = draw(fuzzy_dates())
        last = end.to_date()
        if first is None or last is None or last >= first:
            return end
    assert first is not None  # noqa: S101 - an incomplete end was returned above
    last = min(first + dt.timedelta(days=draw(st.integers(0, 4))), dt.date(9999, 12, 31))
    return FuzzyDate(year=last.year, month=last.month, day=last.day)


@st.composite
def _event_fields(
    draw: st.DrawFn,
    *,
    event_id: str | None,
    anchors: Sequence[str] | None,
    text_length: int,
) -> dict[str, object]:
    """Draw the fields every event has (as keyword arguments)."""
    kind = draw(st.sampled_from(("none", "fuzzy", "relative")))
    date: FuzzyDate | RelativeDate | None = None
    end_date = None
    if kind == "fuzzy":
        date = draw(fuzzy_dates())
        if draw(st.booleans()):
            end_date = draw(_end_date(date))
    elif kind == "relative":
        date = draw(relative_dates(anchors=anchors))
    parties = draw(st.lists(country_codes(), max_size=4, unique=True))
    with_delegation = draw(st.lists(st.sampled_from(parties), unique=True)) if parties else []
    return {
        "id": event_id or draw(identifiers()),
        "status": draw(st.sampled_from(EventStatus)),
        "title": draw(_optional(_text.localized_texts(_text.EVENT_TITLES))),
        "date": date,
        "end_date": end_date,
        "previous_dates": tuple(draw(st.lists(fuzzy_dates(), max_size=2))),
        "venue": draw(_optional(venues(text_length=text_length))),
        "parties": tuple(parties),
        "host": draw(_optional(country_codes())),
        "mediators": tuple(draw(st.lists(country_codes(), max_size=2, unique=True))),
        "delegations": tuple(
            draw(delegations(party=party, text_length=text_length))
            for party in with_delegation[:_MAX]
        ),
        "agenda": tuple(draw(st.lists(agenda_items(text_length=text_length), max_size=2))),
        "phases": tuple(draw(st.lists(phases(text_length=text_length), max_size=2))),
        "attributions": draw(_attribution_tuples(text_length)),
        "evidence": draw(evidence(text_length=text_length)),
    }


@st.composite
def summits(
    draw: st.DrawFn,
    *,
    event_id: str | None = None,
    anchors: Sequence[str] | None = None,
    text_length: int = DEFAULT_TEXT_LENGTH,
) -> Summit:
    """Draw a :class:`~diplofacts.Summit`.

    ``event_id`` fixes its id; a relative date is anchored to one of ``anchors`` (any id when
    ``None``, never anchored when empty).
    """
    fields = draw(_event_fields(event_id=event_id, anchors=anchors, text_length=text_length))
    leaders = tuple(draw(st.lists(persons(text_length=text_length), max_size=2)))
    return Summit(leaders=leaders, **fields)  # type: ignore[arg-type]  # fields drawn typed


@st.composite
def _round(
    draw: st.DrawFn,
    *,
    event_id: str | None,
    anchors: Sequence[str] | None,
    series: str | None,
    number: int | None,
    text_length: int,
) -> ConsultationRound:
    fields = draw(_event_fields(event_id=event_id, anchors=anchors, text_length=text_length))
    return ConsultationRound(
        number=number,
        series=series,
        announced_by=draw(_optional(delegates(text_length=text_length))),
        **fields,  # type: ignore[arg-type]  # fields drawn typed
    )


@st.composite
def consultation_rounds(
    draw: st.DrawFn,
    *,
    event_id: str | None = None,
    anchors: Sequence[str] | None = None,
    text_length: int = DEFAULT_TEXT_LENGTH,
) -> ConsultationRound:
    """Draw a :class:`~diplofacts.ConsultationRound`, numbered or not, in a series or not.

    ``event_id`` and ``anchors`` are as in :func:`summits`.
    """
    return draw(
        _round(
            event_id=event_id,
            anchors=anchors,
            series=draw(_optional(st.sampled_from(_SERIES))),
            number=draw(_optional(st.integers(1, 12))),
            text_length=text_length,
        )
    )


def events(
    *, text_length: int = DEFAULT_TEXT_LENGTH
) -> st.SearchStrategy[Summit | ConsultationRound]:
    """Draw a summit or a consultation round."""
    return st.one_of(summits(text_length=text_length), consultation_rounds(text_length=text_length))


@st.composite
def _article_text(draw: st.DrawFn, language: str) -> str:
    pool = _text.ENGLISH_FILLER if language == "en" else _text.ARABIC_FILLER
    extra = [en if language == "en" else ar for ar, en in _text.PLACES + _text.PEOPLE]
    words = draw(st.lists(st.sampled_from(pool + tuple(extra)), max_size=40))
    separator = draw(st.sampled_from((" ", " ", "\n")))
    return separator.join(words)


@st.composite
def articles(draw: st.DrawFn, *, min_events: int = 0, max_events: int = 3) -> Article:
    """Draw a consistent :class:`~diplofacts.Article` with ``min_events`` to ``max_events`` events.

    Every span lies inside the text; event ids are unique; relative dates are anchored to
    other events of the article (or to none); statements are about events of the article (or
    none); rounds of one series have distinct numbers.
    """
    language = draw(st.sampled_from(("ar", "ar", "en")))
    text = draw(_article_text(language))
    size = len(text)
    ids = draw(st.lists(identifiers(), min_size=min_events, max_size=max_events, unique=True))
    used: dict[str, set[int]] = {}
    drawn: list[Summit | ConsultationRound] = []
    for event_id in ids:
        others = [other for other in ids if other != event_id]
        if draw(st.booleans()):
            drawn.append(draw(summits(event_id=event_id, anchors=others, text_length=size)))
            continue
        series = draw(_optional(st.sampled_from(_SERIES)))
        taken = used.setdefault(series or "", set())
        free = [n for n in range(1, 7) if n not in taken] if series else list(range(1, 7))
        number = draw(_optional(st.sampled_from(free)))
        if series and number:
            taken.add(number)
        drawn.append(
            draw(
                _round(
                    event_id=event_id,
                    anchors=others,
                    series=series,
                    number=number,
                    text_length=size,
                )
            )
        )
    said = draw(st.lists(statements(events=ids, text_length=size), max_size=2))
    left = draw(st.lists(unparsed(text=text), max_size=2)) if size else []
    return Article(
        text=text,
        language=language,
        published=draw(_optional(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))),
        events=tuple(drawn),
        statements=tuple(said),
        unparsed=tuple(left),
    )
