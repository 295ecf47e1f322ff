"""Gazetteer names in match-form text: countries, capitals, nisba adjectives, people, places.

What belongs here: :class:`AliasAutomaton`, an Aho-Corasick automaton over ``key()``-normalised
strings that knows Arabic word boundaries and proclitics, and :class:`EntityMatcher`, which
fills it from a :class:`~diplofacts.gazetteer.Gazetteer` and returns
:class:`EntityMention` objects. What must not: titles and roles (``_people.py``), events, or
any offset in the user's original text (mentions index ``Normalized.text``).

How matching works (see ``/work/shared/notes/arabic-text.md``): the automaton is run in
overlapping mode; every hit is kept only if the letters before it in the same word form an
allowed proclitic chain (و ف ب ل ك, alone or in pairs such as وب فل) and no letter follows
it; the survivors are then chosen leftmost-longest. Filtering the
output of a leftmost-longest automaton instead would lose names hidden behind a longer
candidate that fails the boundary test. Because the earliest start wins, a name that itself
begins with a clitic letter («بوتين», «لافروف») keeps that letter: the unprefixed reading
starts one letter earlier than any prefixed one.

A name with the article after the preposition ل loses its alef («للولايات» = ل + الولايات);
such names get an extra key without the alef, accepted only after ل (or ول, فل). A key with
a dash also gets variants with and without spaces around it.
"""

from __future__ import annotations

import enum
import re
import weakref
from collections.abc import Iterable, Iterator, Mapping
from typing import Generic, Protocol, TypeVar

import ahocorasick
import attrs

from diplofacts.gazetteer import Gazetteer
from diplofacts.model import LocalizedText
from diplofacts.text._normalize import key

__all__ = [
    "AliasAutomaton",
    "EntityMatcher",
    "EntityMention",
    "MentionKind",
    "matcher_for",
]

P = TypeVar("P")


class _Named(Protocol):
    """A gazetteer entry with names and Arabic aliases."""

    @property
    def names(self) -> LocalizedText: ...

    @property
    def aliases_ar(self) -> tuple[str, ...]: ...

    @property
    def ambiguous_ar(self) -> tuple[str, ...]: ...


_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
PREFIXES: frozenset[str] = frozenset(
    conj + prep for conj in _CONJUNCTIONS for prep in _PREPOSITIONS
)
"""The letters allowed before a name in the same word (the empty string included).

The article is part of a name that has one (``الولايات المتحدة``), so «وال» «بال» «فال» «كال»
are these clitics before such a name; a name without the article never takes one («والمالي»
is not Mali).
"""
_AFTER_LAM = frozenset({"ل", "ول", "فل"})
_LONGEST_PREFIX = max(len(prefix) for prefix in PREFIXES)
_DASH = re.compile(r"\s*-\s*")
_WIDE_SPACE = re.compile(r"\s{2,}|[^\S ]")


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Return ``text`` with each run of white space made one space, and each character's offset.

    ``offsets[i]`` is where character ``i`` of the squeezed text stands in ``text``; a run of
    white space maps to its first character.
    """
    chars: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        space = char.isspace()
        if space and previous_space:
            continue
        chars.append(" " if space else char)
        offsets.append(index)
        previous_space = space
    return "".join(chars), offsets


def prefix_before(text: str, start: int) -> str | None:
    """Return the letters of the word that precede ``start``, or ``None`` if too many."""
    begin = start
    limit = max(0, start - _LONGEST_PREFIX - 1)
    while begin > limit and text[begin - 1].isalnum():
        begin -= 1
    if begin > 0 and text[begin - 1].isalnum():
        return None
    return text[begin:start]


def key_variants(alias: str) -> set[str]:
    """Return the automaton keys for one alias: its match form and its dash variants."""
    base = " ".join(key(alias).split())
    if len(base) < 2:
        return set()
    if "-" not in base:
        return {base}
    return {_DASH.sub(joint, base) for joint in ("-", " - ", " -", "- ", " ")}


@attrs.frozen
class _Hit(Generic[P]):
    start: int
    end: int
    payload: P


class AliasAutomaton(Generic[P]):
    """Clitic- and boundary-aware leftmost-longest matching of many strings at once.

    Feed it ``(alias, payload)`` pairs; :meth:`find` returns ``(start, end, payloads)``
    for the chosen matches, in text order, never overlapping. Several payloads share a key
    when several entries have the same alias.
    """

    def __init__(self, pairs: Iterable[tuple[str, P]]) -> None:
        table: dict[str, tuple[list[P], list[P]]] = {}
        for alias, payload in pairs:
            for variant in key_variants(alias):
                table.setdefault(variant, ([], []))[0].append(payload)
                if variant.startswith("ال") and len(variant) > 3:
                    # after the preposition ل the article's alef is dropped: للولايات
                    table.setdefault(variant[1:], ([], []))[1].append(payload)
        self._automaton = ahocorasick.Automaton()
        for variant, (plain, after_lam) in table.items():
            self._automaton.add_word(variant, (len(variant), tuple(plain), tuple(after_lam)))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def _hits(self, text: str) -> Iterator[tuple[int, int, tuple[P, ...]]]:
        """Yield every match that passes the boundary and proclitic tests (overlapping)."""
        size = len(text)
        for last, (length, plain, after_lam) in self._automaton.iter(text):
            end = last + 1
            if end < size and text[end].isalnum():
                continue
            start = end - length
            prefix = prefix_before(text, start)
            if prefix is None:
                continue
            if plain and prefix in PREFIXES:
                yield start, end, plain
            if after_lam and prefix in _AFTER_LAM:
                yield start, end, after_lam

    def find(self, text: str) -> list[tuple[int, int, tuple[P, ...]]]:
        """Return the leftmost-longest non-overlapping matches in ``text``.

        A run of white space (two spaces, a line break) counts as one space, so a name
        broken over two lines is still found; the offsets returned index ``text`` itself.
        """
        if self._empty or not text:
            return []
        if _WIDE_SPACE.search(text) is None:
            return self._find(text)
        squeezed, offsets = _squeeze(text)
        return [
            (offsets[start], offsets[end - 1] + 1, payloads)
            for start, end, payloads in self._find(squeezed)
        ]

    def _find(self, text: str) -> list[tuple[int, int, tuple[P, ...]]]:
        hits = sorted(self._hits(text), key=lambda hit: (hit[0], -hit[1]))
        chosen: list[tuple[int, int, tuple[P, ...]]] = []
        reached = 0
        for start, end, payloads in hits:
            if start < reached:
                continue
            chosen.append((start, end, payloads))
            reached = end
        return chosen


class MentionKind(enum.StrEnum):
    """What a gazetteer mention names (ties on the same span are broken in this order)."""

    PERSON = "person"
    ORGANIZATION = "organization"
    VENUE = "venue"
    COUNTRY = "country"
    CAPITAL = "capital"
    PLACE = "place"
    NISBA = "nisba"


_RANK = {kind: rank for rank, kind in enumerate(MentionKind)}


@attrs.frozen
class EntityMention:
    """A gazetteer name found in match-form text.

    ``start``/``end`` index ``Normalized.text`` and exclude any proclitic; ``entry_id`` is the
    country code for countries, capitals and nisba adjectives and the gazetteer id otherwise;
    ``text`` is the matched match-form text.
    """

    start: int
    end: int
    kind: MentionKind
    entry_id: str
    text: str


def _matched(names: Iterable[str | None], ambiguous: Iterable[str]) -> Iterator[str]:
    """Yield the names that are not among the ``ambiguous`` spellings (compared as keys)."""
    excluded = {" ".join(key(word).split()) for word in ambiguous}
    for name in names:
        if name and " ".join(key(name).split()) not in excluded:
            yield name


def _pairs(gazetteer: Gazetteer) -> Iterator[tuple[str, tuple[MentionKind, str]]]:
    """Yield every (alias, (kind, id)) pair of the gazetteer, ambiguous spellings left out."""
    for code, country in gazetteer.countries.items():
        capital = country.capital.get("ar") if country.capital else None
        aliases = (
            (MentionKind.COUNTRY, (country.names.get("ar"), *country.aliases_ar)),
            (MentionKind.CAPITAL, (capital, *country.capital_aliases_ar)),
            (MentionKind.NISBA, country.nisba_ar),
        )
        for kind, names in aliases:
            for alias in _matched(names, country.ambiguous_ar):
                yield alias, (kind, code)
    entries: tuple[tuple[MentionKind, Mapping[str, _Named]], ...] = (
        (MentionKind.PERSON, gazetteer.people),
        (MentionKind.ORGANIZATION, gazetteer.organizations),
        (MentionKind.VENUE, gazetteer.venues),
        (MentionKind.PLACE, gazetteer.places),
    )
    for kind, collection in entries:
        for entry_id, entry in collection.items():
            names = (entry.names.get("ar"), *entry.aliases_ar)
            for alias in _matched(names, entry.ambiguous_ar):
                yield alias, (kind, entry_id)


class EntityMatcher:
    """Find the gazetteer's names in match-form text (build once per gazetteer)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._automaton = AliasAutomaton(_pairs(gazetteer))

    def find(self, text: str) -> list[EntityMention]:
        """Return the names in ``text`` (``Normalized.text``): sorted, non-overlapping."""
        mentions: list[EntityMention] = []
        for start, end, payloads in self._automaton.find(text):
            kind, entry_id = min(payloads, key=lambda p: (_RANK[p[0]], p[1]))
            mentions.append(EntityMention(start, end, kind, entry_id, text[start:end]))
        return mentions


_MATCHERS: weakref.WeakKeyDictionary[Gazetteer, EntityMatcher] = weakref.WeakKeyDictionary()


def matcher_for(gazetteer: Gazetteer) -> EntityMatcher:
    """Return the matcher of ``gazetteer``, building it the first time it is asked for."""
    matcher = _MATCHERS.get(gazetteer)
    if matcher is None:
        matcher = _MATCHERS[gazetteer] = EntityMatcher(gazetteer)
    return matcher
