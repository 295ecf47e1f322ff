"""The stream the people readers walk: titles and gazetteer mentions, merged and sorted.

What belongs here: merging the titles of ``_lexicon`` with the entity mentions of
``_entities`` into one sorted stream of :class:`Item` (an entity wins where the two overlap;
a person's alias that opens with a title gives the title back), the word sets the readers
share, and :class:`Stream`, their base: the next item, the next word, the country an entity
points to. What must not: reading titles (``_titles``), names (``_names``) or people
(``_people``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Protocol

import attrs

from diplofacts.gazetteer import Gazetteer
from diplofacts.text._entities import AliasAutomaton, EntityMention, MentionKind
from diplofacts.text._lexicon import COMPLEMENT_WORDS, NAME_STOP_WORDS, TITLES, TO_WORDS, Title
from diplofacts.text._normalize import key

__all__ = [
    "BI_NOUNS",
    "COMPLEMENT_KEYS",
    "COUNTRY_KINDS",
    "IN_WORDS",
    "STOP",
    "TO_KEYS",
    "Item",
    "Stream",
    "stream_items",
]

_TITLES: AliasAutomaton[Title] = AliasAutomaton((title.text, title) for title in TITLES)
STOP = frozenset(key(word) for word in NAME_STOP_WORDS)
"""Words that can never be part of a name (match form)."""
COMPLEMENT_KEYS = frozenset(key(word) for word in COMPLEMENT_WORDS)
"""Words between a construct title and its complement (match form)."""
TO_KEYS = frozenset(key(word) for word in TO_WORDS)
"""Words before the country an envoy is sent to (match form)."""
IN_WORDS = frozenset(key(word) for word in ("في", "لدى"))
"""«في وزارة الخارجية», «لدى الرئيس الروسي»: words before where an official serves."""
BI_NOUNS = COMPLEMENT_KEYS | frozenset(
    key(word) for word in ("مجلس", "المجلس", "ديوان", "الديوان", "جهاز", "الجهاز")
)
"""Bodies written with the preposition ب: «بوزارة الخارجية», «بالمجلس»."""
COUNTRY_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.CAPITAL, MentionKind.NISBA})
"""Mentions that name a country."""
_WORD = re.compile(r"[^\W\d_]+")
_SPACE = re.compile(r"\s*")


class _Located(Protocol):
    """A gazetteer entry that may lie in (or belong to) a country."""

    @property
    def country(self) -> str | None: ...


@attrs.frozen
class Item:
    """A title or an entity mention in the text, in one sorted stream."""

    start: int
    end: int
    title: Title | None = None
    entity: EntityMention | None = None


class Stream:
    """The items of one text, with the navigation the readers share."""

    def __init__(
        self,
        text: str,
        entities: Sequence[EntityMention],
        gazetteer: Gazetteer,
        on: dt.date | None,
    ) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.on = on
        self.items = stream_items(text, entities)
        self.starts = [item.start for item in self.items]

    def item_after(self, at: int) -> tuple[Item, str] | None:
        """Return the first item starting at or after ``at`` with the text in between."""
        index = bisect.bisect_left(self.starts, at)
        if index == len(self.items):
            return None
        item = self.items[index]
        return item, self.text[at : item.start].strip()

    def word_after(self, at: int) -> re.Match[str] | None:
        """Return the next word if only white space separates it from ``at``."""
        space = _SPACE.match(self.text, at)
        begin = space.end() if space else at
        return _WORD.match(self.text, begin)

    def is_item_start(self, start: int, end: int) -> bool:
        """Tell whether an item starts inside ``[start, end)``."""
        index = bisect.bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end

    def starts_item(self, word: re.Match[str]) -> bool:
        """Tell whether an item starts inside ``word``."""
        return self.is_item_start(word.start(), word.end())

    def entity_country(self, entity: EntityMention) -> str | None:
        """Return the country a country, organization or venue mention points to."""
        if entity.kind in COUNTRY_KINDS:
            return entity.entry_id
        collections: dict[MentionKind, Mapping[str, _Located]] = {
            MentionKind.ORGANIZATION: self.gazetteer.organizations,
            MentionKind.VENUE: self.gazetteer.venues,
            MentionKind.PLACE: self.gazetteer.places,
            MentionKind.PERSON: self.gazetteer.people,
        }
        entries = collections.get(entity.kind)
        entry = entries.get(entity.entry_id) if entries is not None else None
        return None if entry is None else entry.country

    def ends_with_nisba(self, end: int) -> bool:
        """Tell whether a nisba adjective ends at ``end``."""
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.items[index].end >= end:
            entity = self.items[index].entity
            if self.items[index].end == end and entity is not None:
                return entity.kind is MentionKind.NISBA
            index -= 1
        return False


def _title_opens(text: str, entity: EntityMention, start: int, end: int) -> bool:
    """Tell whether a person's alias begins with the title at ``[start, end)`` and a name.

    «الملك عبد الله الثاني» is read as the title «الملك» and the name after it, so the text
    states the role; an alias going on with an adjective («العاهل الأردني ...») stays whole.
    """
    return (
        entity.kind is MentionKind.PERSON
        and entity.start == start
        and entity.end > end + 1
        and text[end] == " "
        and not text[end + 1 : entity.end].startswith("ال")
    )


def stream_items(text: str, entities: Sequence[EntityMention]) -> list[Item]:
    """Merge titles and entities into one sorted stream; entities win where they overlap.

    An entity inside a title is dropped («الخارجية»); one that starts inside a title and
    runs past its end («رئيس صندوق الاستثمارات المباشرة الروسي» against the fund's own name)
    stays, and completes the title.
    """
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    starts = [entity.start for entity in ordered]
    swallowed: set[int] = set()
    titles: list[Item] = []
    for start, end, payloads in _TITLES.find(text):
        index = bisect.bisect_left(starts, end) - 1
        covered = False
        inside: list[int] = []
        while index >= 0 and ordered[index].end > start:
            entity = ordered[index]
            if _title_opens(text, entity, start, end):
                name_start = end + 1
                ordered[index] = attrs.evolve(
                    entity, start=name_start, text=text[name_start : entity.end]
                )
            elif entity.start < start or (entity.start == start and entity.end >= end):
                covered = True  # the entity starts first or is longer: it wins
            elif entity.end <= end:
                inside.append(index)  # inside the title
            elif entity.kind is MentionKind.PERSON:
                covered = True  # a name running on past the title wins too
            index -= 1
        if not covered:
            swallowed.update(inside)
            titles.append(Item(start, end, title=payloads[0]))
    items = [
        Item(entity.start, entity.end, entity=entity)
        for index, entity in enumerate(ordered)
        if index not in swallowed
    ]
    items.extend(titles)
    items.sort(key=lambda item: (item.start, item.end))
    return items
