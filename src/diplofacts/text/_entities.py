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

Spellings in an entry's ``ambiguous_ar`` are common words too and are never matched alone,
with two exceptions that need a context (``_lexicon``): an ambiguous nisba («المالي»,
"financial") counts after a head noun such as «الجانب» or right after another nisba
(«الموريتانية المالية»), and only when the article names the country unambiguously
elsewhere; an outlet's bare name («العربية», «الجزيرة») counts right after a reporting verb
(«ذكرت العربية», «نقلته الجزيرة»); a venue's generic name («القصر الرئاسي») counts right
before the venue's locality («القصر الرئاسي بنواكشوط»), which stays a mention of its own;
an ambiguous country name («مالي») counts after «بين» or joined by و to a country or nisba
right before it («بين الجزائر ومالي»، «الجزائر ومالي»).

A homograph shared by places of two countries («عمان»: Oman, or Amman, the capital of
Jordan) is resolved by context: a nisba or country right before it («العاصمة الأردنية
عمان») decides; otherwise the country the article names more often without ambiguity; on a
tie the usual rank (a country before a capital).

A name with the article after the preposition ل loses its alef («للولايات» = ل + الولايات);
such names get an extra key without the alef, accepted only after ل (or ول, فل). A key with
a dash also gets variants with and without spaces around it.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Generic, Protocol, TypeVar

import ahocorasick
import attrs

from diplofacts.gazetteer import Gazetteer
from diplofacts.model import LocalizedText, OrganizationKind
from diplofacts.text._lexicon import NISBA_HEADS, REPORTING_WORDS
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
# Both patterns open with ``\s`` so that the regex engine skips from one white space to the
# next; a look-behind then tells a plain space from another one.
_WIDE_SPACE = re.compile(r"\s(?:(?<! )|\s)")
"""Two white spaces in a row, or one that is not a plain space."""
_SPACE_RUN = re.compile(r"\s(?:(?<! )\s*|(?<= )\s+)")
r"""A run of white space that is not one plain space (``[^\S ]\s*| \s+``)."""


class SqueezeMap:
    """Where each character of a squeezed text (:func:`_squeeze`) stands in the original.

    The map is a shift by pieces: from ``starts[k]`` up to the next start, character ``i``
    of the squeezed text is character ``i + shifts[k]`` of the original. A text has a few
    runs of white space, so a lookup bisects a short list instead of a per-character one.
    """

    __slots__ = ("_shifts", "_starts")

    def __init__(self, starts: list[int], shifts: list[int]) -> None:
        self._starts = starts
        self._shifts = shifts

    def original(self, index: int) -> int:
        """Return the offset in the original text of character ``index`` of the squeezed one."""
        return index + self._shifts[bisect.bisect_right(self._starts, index) - 1]


def _squeeze(text: str) -> tuple[str, SqueezeMap]:
    """Return ``text`` with each run of white space made one space, and the offsets' map.

    ``map.original(i)`` is where character ``i`` of the squeezed text stands in ``text``; a
    run of white space maps to its first character. (The regex class of white space is
    exactly ``str.isspace``.)
    """
    last = _LAST_SQUEEZED[0]
    if last[0] is text:
        return last[1]
    parts: list[str] = []
    starts = [0]
    shifts = [0]
    position = 0
    for run in _SPACE_RUN.finditer(text):
        start, end = run.span()
        parts.append(text[position:start])
        parts.append(" ")
        position = end
        # the run's space keeps the shift; the character after it is the original's ``end``
        after = start - shifts[-1] + 1
        starts.append(after)
        shifts.append(end - after)
    parts.append(text[position:])
    squeezed = "".join(parts), SqueezeMap(starts, shifts)
    _LAST_SQUEEZED[0] = (text, squeezed)  # one tuple, swapped atomically between threads
    return squeezed


_LAST_SQUEEZED: list[tuple[str, tuple[str, SqueezeMap]]] = [("", ("", SqueezeMap([0], [0])))]
"""The last text squeezed and its result: the matchers of one article share it (read-only)."""


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


Accept = Callable[[str, int, int, tuple[P, ...]], tuple[P, ...]]
"""Filters a match's payloads: ``(text, start, end, payloads) -> payloads kept``."""


class AliasAutomaton(Generic[P]):
    """Clitic- and boundary-aware leftmost-longest matching of many strings at once.

    Feed it ``(alias, payload)`` pairs; :meth:`find` returns ``(start, end, payloads)``
    for the chosen matches, in text order, never overlapping. Several payloads share a key
    when several entries have the same alias; a payload whose spellings share a key (a
    name and an alias that differ only in diacritics) is there once.
    """

    def __init__(self, pairs: Iterable[tuple[str, P]]) -> None:
        table: dict[str, tuple[list[P], list[P]]] = {}
        for alias, payload in pairs:
            for variant in key_variants(alias):
                _add_once(table.setdefault(variant, ([], []))[0], payload)
                if variant.startswith("ال") and len(variant) > 3:
                    # after the preposition ل the article's alef is dropped: للولايات
                    _add_once(table.setdefault(variant[1:], ([], []))[1], payload)
        self._automaton = ahocorasick.Automaton()
        for variant, (plain, after_lam) in table.items():
            self._automaton.add_word(variant, (len(variant), tuple(plain), tuple(after_lam)))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def scan(self, text: str) -> AliasHits[P]:
        """Return every match in ``text`` that passes the boundary and proclitic tests.

        Choose among them with :meth:`AliasHits.choose`, as often as there are filters: the
        automaton runs once.
        """
        if self._empty or not text:
            return AliasHits(text, [], None)
        if _WIDE_SPACE.search(text) is None:
            return AliasHits(text, self._raw_hits(text), None)
        squeezed, offsets = _squeeze(text)
        return AliasHits(squeezed, self._raw_hits(squeezed), offsets)

    def _raw_hits(self, text: str) -> list[tuple[int, int, tuple[P, ...]]]:
        """Return every match that passes the boundary and proclitic tests (overlapping).

        They come sorted leftmost first, the longer first at one start.
        """
        size = len(text)
        hits: list[tuple[int, int, tuple[P, ...]]] = []
        for last, (length, plain, after_lam) in self._automaton.iter(text):
            end = last + 1
            if end < size and text[end].isalnum():
                continue
            start = end - length
            # no letter before: no proclitic (the common case, without a call)
            prefix = prefix_before(text, start) if start and text[start - 1].isalnum() else ""
            if prefix is None:
                continue
            if plain and prefix in PREFIXES:
                hits.append((start, end, plain))
            if after_lam and prefix in _AFTER_LAM:
                hits.append((start, end, after_lam))
        hits.sort(key=_leftmost_longest)
        return hits

    def find(
        self, text: str, accept: Accept[P] | None = None
    ) -> list[tuple[int, int, tuple[P, ...]]]:
        """Return the leftmost-longest non-overlapping matches in ``text``.

        A run of white space (two spaces, a line break) counts as one space, so a name
        broken over two lines is still found; the offsets returned index ``text`` itself.
        ``accept(text, start, end, payloads)``, when given, returns the payloads a match
        keeps (none: the match is dropped) before the leftmost-longest choice; it sees the
        text with white space squeezed.
        """
        return self.scan(text).choose(accept)


def _add_once(payloads: list[P], payload: P) -> None:
    if payload not in payloads:
        payloads.append(payload)


def _leftmost_longest(hit: tuple[int, int, object]) -> tuple[int, int]:
    return hit[0], -hit[1]


class AliasHits(Generic[P]):
    """The matches of an :class:`AliasAutomaton` in one text, before any choice.

    ``text`` is the text matched (white space squeezed); ``offsets`` map its offsets back
    to the text given (``None`` when nothing was squeezed).
    """

    def __init__(
        self,
        text: str,
        hits: list[tuple[int, int, tuple[P, ...]]],
        offsets: SqueezeMap | None,
    ) -> None:
        self.text = text
        self.hits = hits
        self._offsets = offsets

    def choose(self, accept: Accept[P] | None = None) -> list[tuple[int, int, tuple[P, ...]]]:
        """Return the leftmost-longest matches whose payloads ``accept`` keeps (in text order).

        ``accept`` is asked only about the matches that start after the last one chosen: a
        filter has no effect but its answer.
        """
        chosen: list[tuple[int, int, tuple[P, ...]]] = []
        reached = 0
        text = self.text
        for start, end, payloads in self.hits:
            if start < reached:
                continue
            kept = payloads if accept is None else accept(text, start, end, payloads)
            if kept:
                chosen.append((start, end, kept))
                reached = end
        offsets = self._offsets
        if offsets is None:
            return chosen
        original = offsets.original
        return [(original(start), original(end - 1) + 1, kept) for start, end, kept in chosen]


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


class _Context(enum.Enum):
    """The context an ambiguous spelling needs to count."""

    NONE = "none"
    NISBA = "nisba"
    OUTLET = "outlet"
    LOCALITY = "locality"
    JOINED = "joined"


_Payload = tuple[MentionKind, str, _Context]
_OUTLETS = frozenset(
    {
        OrganizationKind.NEWS_AGENCY,
        OrganizationKind.BROADCASTER,
        OrganizationKind.NEWSPAPER,
        OrganizationKind.WEBSITE,
    }
)
_GEOGRAPHIC = frozenset(
    {MentionKind.COUNTRY, MentionKind.CAPITAL, MentionKind.NISBA, MentionKind.PLACE}
)
_NISBA_HEADS = frozenset(key(word) for word in NISBA_HEADS)
_REPORTING = frozenset(key(word) for word in REPORTING_WORDS)
_BETWEEN = key("بين")
# the context an ambiguous spelling of a country's names needs, by what it names
_UNSURE_COUNTRY = {MentionKind.NISBA: _Context.NISBA, MentionKind.COUNTRY: _Context.JOINED}
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s\-/]*$")
_LOOK_BACK = 40
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_SENTENCE = 400
_KINGDOM_WORDS = ([key("مملكة")], [key("المملكة")])
# «المملكة» alone, behind up to two proclitics
_KINGDOM = re.compile(r"(?<![^\W\d_])[وفبلك]{0,2}(" + key("المملكة") + r")(?![^\W\d_])")


@functools.cache
def _bounded(name: str) -> re.Pattern[str]:
    """Return a pattern finding ``name`` as a word, behind an optional proclitic."""
    return re.compile(r"(?<![^\W\d_])[وفبلك]{0,2}" + re.escape(name) + r"(?![^\W\d_])")


_IN_PLACE = ("", "في ", "ب", "في مدينه ", "بمدينه ", "مدينه ")


def _keys(names: Iterable[str | None]) -> set[str]:
    return {" ".join(key(name).split()) for name in names if name}


def _sorted(names: Iterable[str | None], ambiguous: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split names into the plain ones and those among the ``ambiguous`` (compared as keys)."""
    excluded = _keys(ambiguous)
    plain: list[str] = []
    unsure: list[str] = []
    for name in names:
        if name:
            (unsure if " ".join(key(name).split()) in excluded else plain).append(name)
    return plain, unsure


def _pairs(gazetteer: Gazetteer) -> Iterator[tuple[str, _Payload]]:
    """Yield every (alias, (kind, id, context)) pair of the gazetteer.

    Ambiguous spellings are left out, but for an ambiguous nisba and an outlet's ambiguous
    name, which are yielded with the context they need.
    """
    for code, country in gazetteer.countries.items():
        capital = country.capital.get("ar") if country.capital else None
        aliases = (
            (MentionKind.COUNTRY, (country.names.get("ar"), *country.aliases_ar)),
            (MentionKind.CAPITAL, (capital, *country.capital_aliases_ar)),
            (MentionKind.NISBA, country.nisba_ar),
        )
        for kind, names in aliases:
            plain, unsure = _sorted(names, country.ambiguous_ar)
            for alias in plain:
                yield alias, (kind, code, _Context.NONE)
            needs = _UNSURE_COUNTRY.get(kind, _Context.NONE)
            for alias in unsure if needs is not _Context.NONE else ():
                yield alias, (kind, code, needs)
    entries: tuple[tuple[MentionKind, Mapping[str, _Named]], ...] = (
        (MentionKind.PERSON, gazetteer.people),
        (MentionKind.ORGANIZATION, gazetteer.organizations),
        (MentionKind.VENUE, gazetteer.venues),
        (MentionKind.PLACE, gazetteer.places),
    )
    for kind, collection in entries:
        for entry_id, entry in collection.items():
            plain, unsure = _sorted((entry.names.get("ar"), *entry.aliases_ar), entry.ambiguous_ar)
            named_as = _named_as(gazetteer, kind, entry_id)
            for alias in plain:
                yield alias, (*named_as, _Context.NONE)
            context = _Context.NONE
            if kind is MentionKind.VENUE and gazetteer.venues[entry_id].locality is not None:
                context = _Context.LOCALITY
            elif (
                kind is MentionKind.ORGANIZATION
                and gazetteer.organizations[entry_id].kind in _OUTLETS
            ):
                context = _Context.OUTLET
            if context is not _Context.NONE:
                for alias in unsure:
                    yield alias, (kind, entry_id, context)


def _named_as(gazetteer: Gazetteer, kind: MentionKind, entry_id: str) -> tuple[MentionKind, str]:
    """Return what an entry's names name: itself, or for a side («حركة حماس») its party."""
    if kind is MentionKind.ORGANIZATION:
        entry = gazetteer.organizations[entry_id]
        if entry.side and entry.country is not None:
            return MentionKind.COUNTRY, entry.country
    return kind, entry_id


def _locality_keys(gazetteer: Gazetteer, venue_id: str) -> frozenset[str]:
    """Return the match forms of a venue's locality (a capital's other spellings included)."""
    venue = gazetteer.venues[venue_id]
    names = _keys([venue.locality.get("ar") if venue.locality else None])
    country = gazetteer.countries.get(venue.country or "")
    if (
        country is not None
        and _keys([country.capital.get("ar") if country.capital else None]) == names
    ):
        names |= _keys(country.capital_aliases_ar)
    return frozenset(names)


def _word_before(text: str, start: int) -> str:
    """Return the word before the one starting at ``start`` (its proclitics skipped), or ''."""
    prefix = prefix_before(text, start) or ""
    found = _LAST_WORD.search(text, max(0, start - len(prefix) - _LOOK_BACK), start - len(prefix))
    return found.group(1) if found else ""


class EntityMatcher:
    """Find the gazetteer's names in match-form text (build once per gazetteer)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        pairs = list(_pairs(gazetteer))
        self._automaton = AliasAutomaton(pairs)
        self._contextual = any(payload[2] is not _Context.NONE for _, payload in pairs)
        self._localities = {
            venue_id: _locality_keys(gazetteer, venue_id) for venue_id in gazetteer.venues
        }
        self._nisba_keys = frozenset(
            variant
            for alias, (kind, _, context) in pairs
            if kind in (MentionKind.NISBA, MentionKind.COUNTRY) and context is _Context.NONE
            for variant in key_variants(alias)
        )
        self._kingdoms = tuple(
            code
            for code, country in gazetteer.countries.items()
            if any(key(alias).split()[:1] in _KINGDOM_WORDS for alias in country.aliases_ar)
        )

    def find(self, text: str) -> list[EntityMention]:
        """Return the names in ``text`` (``Normalized.text``): sorted, non-overlapping."""
        hits = self._automaton.scan(text)
        found = hits.choose(_plain)
        named = self._named(found)
        if self._contextual and any(_needs_context(payloads) for _, _, payloads in hits.hits):
            found = hits.choose(self._in_context(named))
        mentions: list[EntityMention] = []
        for start, end, payloads in found:
            kind, entry_id, _ = self._choose(text, start, payloads, named)
            mentions.append(EntityMention(start, end, kind, entry_id, text[start:end]))
        return self._the_kingdom(text, mentions, named)

    def _the_kingdom(
        self, text: str, mentions: list[EntityMention], named: Mapping[str, int]
    ) -> list[EntityMention]:
        """Add «المملكة» standing alone as the one kingdom the article names, if only one.

        Saudi, Moroccan, Jordanian or Bahraini copy calls its country «المملكة» («وأكدت
        الوزارة استمرار جهود المملكة»); with two kingdoms named, or none, the word stays.
        """
        kingdoms = [code for code in self._kingdoms if named.get(code)]
        if len(kingdoms) != 1:
            return mentions
        starts = [m.start for m in mentions]
        added: list[EntityMention] = []
        for match in _KINGDOM.finditer(text):
            at = bisect.bisect_right(starts, match.start(1)) - 1
            if at >= 0 and mentions[at].end > match.start(1):
                continue  # part of a longer name («المملكة العربية السعودية»)
            following = mentions[at + 1] if at + 1 < len(mentions) else None
            if (
                following is not None
                and following.kind is MentionKind.NISBA
                and not text[match.end(1) : following.start].strip()
            ):
                continue  # «المملكة الإسبانية»: the nisba names it
            added.append(
                EntityMention(
                    match.start(1), match.end(1), MentionKind.COUNTRY, kingdoms[0], match.group(1)
                )
            )
        if not added:
            return mentions
        return sorted([*mentions, *added], key=lambda m: (m.start, m.end))

    def _country(self, kind: MentionKind, entry_id: str) -> str | None:
        if kind is MentionKind.PLACE:
            return self.gazetteer.places[entry_id].country
        return entry_id

    def _named(self, found: list[tuple[int, int, tuple[_Payload, ...]]]) -> dict[str, int]:
        """Count, per country, the mentions that name it without ambiguity."""
        counts: dict[str, int] = {}
        for _, _, payloads in found:
            if len(payloads) == 1:  # the common case, without building sets
                kind, entry_id, _ = payloads[0]
                country = self._country(kind, entry_id) if kind in _GEOGRAPHIC else None
                if country is not None:
                    counts[country] = counts.get(country, 0) + 1
                continue
            countries = {self._country(kind, entry_id) for kind, entry_id, _ in payloads}
            geographic = all(kind in _GEOGRAPHIC for kind, _, _ in payloads)
            if geographic and len(countries) == 1:
                (country,) = countries
                if country is not None:
                    counts[country] = counts.get(country, 0) + 1
        return counts

    def _in_context(self, named: Mapping[str, int]) -> Accept[_Payload]:
        """Return the filter keeping contextual spellings where their context holds."""

        def accept(
            text: str, start: int, _end: int, payloads: tuple[_Payload, ...]
        ) -> tuple[_Payload, ...]:
            kept = [p for p in payloads if p[2] is _Context.NONE]
            unsure = [p for p in payloads if p[2] is not _Context.NONE]
            if unsure:
                before = _word_before(text, start)
                for payload in unsure:
                    if payload[2] is _Context.OUTLET:
                        fits = before in _REPORTING
                    elif payload[2] is _Context.LOCALITY:
                        fits = self._locality_near(text, start, _end, payload[1])
                    elif payload[2] is _Context.JOINED:  # «بين الجزائر ومالي»
                        joined = prefix_before(text, start) == "و"
                        fits = before == _BETWEEN or (joined and before in self._nisba_keys)
                    else:
                        bare = before[1:] if before[:1] in ("و", "ف") else before
                        heads = _NISBA_HEADS | self._nisba_keys
                        fits = named.get(payload[1], 0) > 0 and (before in heads or bare in heads)
                    if fits:
                        kept.append(payload)
            return tuple(kept)

        return accept

    def _locality_near(self, text: str, start: int, end: int, venue_id: str) -> bool:
        """Tell whether the venue's locality follows ``end`` («القصر الرئاسي بنواكشوط»).

        Or whether the same sentence named it before ``start`` («في مدينة جنيف ... في فندق
        إنتركونتيننتال»).
        """
        sentence = _SENTENCE_END.split(text[max(0, start - _SENTENCE) : start])[-1]
        if any(_bounded(name).search(sentence) for name in self._localities[venue_id]):
            return True
        rest = text[end : end + _LOOK_BACK].lstrip(" ,،")
        return any(
            tail.startswith(name) and not tail[len(name) : len(name) + 1].isalnum()
            for lead in _IN_PLACE
            if rest.startswith(lead)
            for tail in (rest[len(lead) :],)
            for name in self._localities[venue_id]
        )

    def _choose(
        self,
        text: str,
        start: int,
        payloads: tuple[_Payload, ...],
        named: Mapping[str, int],
    ) -> _Payload:
        """Pick the payload of a match: the usual rank, or the context for a homograph."""
        if len(payloads) == 1:
            return payloads[0]
        ranked = sorted(payloads, key=lambda p: (_RANK[p[0]], p[1]))
        countries = {
            self._country(kind, entry_id): (kind, entry_id, context)
            for kind, entry_id, context in reversed(ranked)
            if kind in _GEOGRAPHIC
        }
        if len(countries) < 2 or len(countries) != len(set(payloads)):
            return ranked[0]
        before = self._automaton.find(_word_before(text, start), _plain)
        for _, _, near in before:
            for kind, entry_id, _ in near:
                country = self._country(kind, entry_id)
                if country in countries:
                    return countries[country]
        best = max(named.get(country or "", 0) for country in countries)
        return next(p for p in ranked if named.get(self._country(p[0], p[1]) or "", 0) == best)


def _plain(
    _text: str, _start: int, _end: int, payloads: tuple[_Payload, ...]
) -> tuple[_Payload, ...]:
    """Keep the payloads that need no context."""
    if not _needs_context(payloads):
        return payloads
    return tuple(p for p in payloads if p[2] is _Context.NONE)


def _needs_context(payloads: tuple[_Payload, ...]) -> bool:
    """Tell whether some payload of a match counts only in its context.

    Where none does, the contextual filter keeps what :func:`_plain` keeps.
    """
    return any(p[2] is not _Context.NONE for p in payloads)


_MATCHERS: weakref.WeakKeyDictionary[Gazetteer, EntityMatcher] = weakref.WeakKeyDictionary()


def matcher_for(gazetteer: Gazetteer) -> EntityMatcher:
    """Return the matcher of ``gazetteer``, building it the first time it is asked for."""
    matcher = _MATCHERS.get(gazetteer)
    if matcher is None:
        matcher = _MATCHERS[gazetteer] = EntityMatcher(gazetteer)
    return matcher
