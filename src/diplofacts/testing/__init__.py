"""Hypothesis strategies for every diplofacts model class (install the ``testing`` extra).

Use them to property-test code that consumes diplofacts objects::

    from hypothesis import given, strategies as st
    import diplofacts
    from diplofacts import testing

    @given(testing.articles())
    def test_my_export(article: diplofacts.Article) -> None:
        ...

Importing this module registers a strategy for every model class with
:func:`hypothesis.strategies.register_type_strategy`, so ``st.from_type(diplofacts.Summit)``
works too. Objects are always valid, with Arabic and English text, every shape of
:class:`~diplofacts.FuzzyDate` and relative dates; tuples are short, so tests stay fast.

:func:`articles` draws *consistent* articles: every span inside the text, unique event ids,
relative dates anchored to other events of the article, statements about its events, and
distinct round numbers within a series.

:func:`invalid_raw` draws the opposite: plain data (as JSON gives it) broken in exactly one
place, as a :class:`Broken` naming the JSON path a :class:`~diplofacts.ValidationError` must
report::

    @given(testing.invalid_raw(diplofacts.Summit))
    def test_rejected(case: testing.Broken) -> None:
        with pytest.raises(diplofacts.ValidationError) as info:
            diplofacts.formats._converter.structure(case.data, diplofacts.Summit)
        assert case.path in [p.path for p in info.value.problems]
"""

from __future__ import annotations

from hypothesis import strategies as st

from diplofacts.model import (
    AgendaItem,
    Article,
    Attribution,
    ConsultationRound,
    Delegate,
    Delegation,
    Event,
    EventStatus,
    FuzzyDate,
    LocalizedText,
    Organization,
    OrganizationKind,
    Person,
    Phase,
    PhaseKind,
    Precision,
    Relation,
    RelativeDate,
    Span,
    Statement,
    StatementKind,
    Summit,
    Topic,
    Unparsed,
    Venue,
    VenueKind,
)
from diplofacts.testing._invalid import Broken, broken, invalid_raw, json_path, plain
from diplofacts.testing._model import (
    agenda_items,
    articles,
    attributions,
    consultation_rounds,
    country_codes,
    delegates,
    delegations,
    edtf_strings,
    events,
    evidence,
    fuzzy_dates,
    identifiers,
    organizations,
    persons,
    phases,
    relative_dates,
    spans,
    statements,
    summits,
    unparsed,
    venues,
    wikidata_ids,
)
from diplofacts.testing._text import arabic_text, english_text, language_tags, localized_texts

__all__ = [
    "ENUM_TYPES",
    "MODEL_TYPES",
    "Broken",
    "agenda_items",
    "arabic_text",
    "articles",
    "attributions",
    "broken",
    "consultation_rounds",
    "country_codes",
    "delegates",
    "delegations",
    "edtf_strings",
    "english_text",
    "event_statuses",
    "events",
    "evidence",
    "fuzzy_dates",
    "identifiers",
    "invalid_raw",
    "json_path",
    "language_tags",
    "localized_texts",
    "organization_kinds",
    "organizations",
    "persons",
    "phase_kinds",
    "phases",
    "plain",
    "precisions",
    "relations",
    "relative_dates",
    "spans",
    "statement_kinds",
    "statements",
    "summits",
    "topics",
    "unparsed",
    "venue_kinds",
    "venues",
    "wikidata_ids",
]


def event_statuses() -> st.SearchStrategy[EventStatus]:
    """Draw an :class:`~diplofacts.EventStatus`."""
    return st.sampled_from(EventStatus)


def topics() -> st.SearchStrategy[Topic]:
    """Draw a :class:`~diplofacts.Topic`."""
    return st.sampled_from(Topic)


def relations() -> st.SearchStrategy[Relation]:
    """Draw a :class:`~diplofacts.Relation`."""
    return st.sampled_from(Relation)


def precisions() -> st.SearchStrategy[Precision]:
    """Draw a :class:`~diplofacts.Precision`."""
    return st.sampled_from(Precision)


def venue_kinds() -> st.SearchStrategy[VenueKind]:
    """Draw a :class:`~diplofacts.VenueKind`."""
    return st.sampled_from(VenueKind)


def organization_kinds() -> st.SearchStrategy[OrganizationKind]:
    """Draw an :class:`~diplofacts.OrganizationKind`."""
    return st.sampled_from(OrganizationKind)


def phase_kinds() -> st.SearchStrategy[PhaseKind]:
    """Draw a :class:`~diplofacts.PhaseKind`."""
    return st.sampled_from(PhaseKind)


def statement_kinds() -> st.SearchStrategy[StatementKind]:
    """Draw a :class:`~diplofacts.StatementKind`."""
    return st.sampled_from(StatementKind)


_REGISTERED: dict[type, st.SearchStrategy[object]] = {
    LocalizedText: localized_texts(),
    Span: spans(),
    FuzzyDate: fuzzy_dates(),
    RelativeDate: relative_dates(),
    Venue: venues(),
    Person: persons(),
    Organization: organizations(),
    Delegate: delegates(),
    Delegation: delegations(),
    AgendaItem: agenda_items(),
    Phase: phases(),
    Attribution: attributions(),
    Statement: statements(),
    Summit: summits(),
    ConsultationRound: consultation_rounds(),
    Event: events(),
    Unparsed: unparsed(),
    Article: articles(),
    EventStatus: event_statuses(),
    Topic: topics(),
    Relation: relations(),
    Precision: precisions(),
    VenueKind: venue_kinds(),
    OrganizationKind: organization_kinds(),
    PhaseKind: phase_kinds(),
    StatementKind: statement_kinds(),
}
for _cls, _strategy in _REGISTERED.items():
    st.register_type_strategy(_cls, _strategy)

MODEL_TYPES: tuple[type, ...] = (
    LocalizedText,
    Span,
    FuzzyDate,
    RelativeDate,
    Venue,
    Person,
    Organization,
    Delegate,
    Delegation,
    AgendaItem,
    Phase,
    Attribution,
    Statement,
    Summit,
    ConsultationRound,
    Unparsed,
    Article,
)
"""Every concrete model class (``Event`` is the common base of two of them)."""
ENUM_TYPES: tuple[type, ...] = (
    EventStatus,
    Topic,
    Relation,
    Precision,
    VenueKind,
    OrganizationKind,
    PhaseKind,
    StatementKind,
)
"""Every enum of the model."""
