"""People in match-form text: titles with their complements, the names they introduce.

What belongs here: recognising titles of office (from ``_lexicon``), reading what completes
them (a nisba adjective, a country, an organization, «لدى» and the country an ambassador is
sent to, a prepositional qualifier such as «للتعاون الاستثماري»), joining titles that share a
holder («... الروسي والمبعوث الخاص ... كيريل ديميترييف»), and taking the name that follows:
a gazetteer person, or one to three unknown words that look like a name. What must not:
finding gazetteer names (``_entities``), merging mentions into delegations (the assembler).

The grammar, over the items (titles and entity mentions) and the words between them::

    chain   := title (("و" | "") title)* names?    -- a plural title joined by و starts
                                                   -- a new chain (different holders)
    title   := TITLE complement? qualifier? destination?
    names   := name (("و" | "،") name)*        -- several names only after a plural title
    name    := PERSON | WORD{2,3}                  -- unknown words must end at a stop
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import weakref
from collections.abc import Mapping, Sequence
from typing import Protocol

import attrs

from diplofacts.gazetteer import Gazetteer
from diplofacts.text._entities import AliasAutomaton, EntityMention, MentionKind
from diplofacts.text._lexicon import (
    COMPLEMENT_WORDS,
    NAME_STOP_WORDS,
    PAIR_WORDS,
    RELATIVE_WORDS,
    TITLE_ADJECTIVES,
    TITLES,
    TO_WORDS,
    Title,
)
from diplofacts.text._normalize import key

__all__ = ["PersonMention", "RoleMention", "find_people"]

_TITLES: AliasAutomaton[Title] = AliasAutomaton((title.text, title) for title in TITLES)
_STOP = frozenset(key(word) for word in NAME_STOP_WORDS)
_COMPLEMENT_WORDS = frozenset(key(word) for word in COMPLEMENT_WORDS)
_TO_WORDS = frozenset(key(word) for word in TO_WORDS)
_PAIR_WORDS = frozenset(key(word) for word in PAIR_WORDS)
_ADJECTIVES = frozenset(key(word) for word in TITLE_ADJECTIVES)
_RELATIVE = frozenset(key(word) for word in RELATIVE_WORDS)
# «في وزارة الخارجية», «بوزارة الخارجية», «لدى الرئيس الروسي»: where an official serves
_IN_WORDS = frozenset(key(word) for word in ("في", "لدى"))
_BI_NOUNS = _COMPLEMENT_WORDS | frozenset(
    key(word) for word in ("مجلس", "المجلس", "ديوان", "الديوان", "جهاز", "الجهاز")
)
_SIDE_WORDS = frozenset(
    key(word) for noun in ("الجانب", "الوفد", "الطرف") for word in (noun, "و" + noun, "ف" + noun)
)
_CLAUSE_BREAK = re.compile(r"[.,،؛:!?؟\n]")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_LOOK_BACK = 20
_MAX_SIDE_GAP = 2
_MAX_INDEFINITE = 2
_MAX_PHRASE_WORDS = 6
_WORD = re.compile(r"[^\W\d_]+")
_SPACE = re.compile(r"\s*")
_MAX_NAME_WORDS = 3
_MAX_QUALIFIER_WORDS = 6
_SENT_TO = frozenset({"ambassador", "special envoy"})
# Roles one person holds per country at a time: an unnamed holder can be looked up.
_SINGLE_HOLDER = frozenset(
    {
        "president",
        "vice president",
        "prime minister",
        "king",
        "crown prince",
        "emir",
        "sultan",
        "supreme leader",
        "chancellor",
        "foreign minister",
        "defence minister",
        "finance minister",
        "economy minister",
        "energy minister",
        "interior minister",
        "national security adviser",
        "security council secretary",
    }
)
_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "كم")
_GIVEN_NAMES: weakref.WeakKeyDictionary[Gazetteer, frozenset[str]] = weakref.WeakKeyDictionary()
_COUNTRY_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.CAPITAL, MentionKind.NISBA})
_BODY_KINDS = frozenset({MentionKind.ORGANIZATION, MentionKind.VENUE})


class _Located(Protocol):
    """A gazetteer entry that may lie in (or belong to) a country."""

    @property
    def country(self) -> str | None: ...


@attrs.frozen
class RoleMention:
    """A title in the text and what it says: role, the country served, the country sent to.

    ``start``/``end`` index ``Normalized.text`` and cover the title with its complements
    («وزير الخارجية الروسي»). A role taken from the gazetteer (no title in the text) covers
    the name instead.
    """

    start: int
    end: int
    role: str
    country: str | None
    to: str | None
    text: str


@attrs.frozen
class PersonMention:
    """One mention of a person: the titles and the name, resolved against the gazetteer.

    ``start``/``end`` cover titles and name; ``name_start``/``name_end`` the name alone
    (``None`` for a person identified only by a title, then ``described_only`` is true).
    ``roles_stated`` is false when the text gave no role and ``roles`` come from the
    gazetteer. An unnamed holder of a one-per-country role is looked up in the gazetteer
    when a date is given («الرئيس الأمريكي» on 2025-08-14), so ``person_id`` may be set
    even when ``described_only`` is true.
    """

    start: int
    end: int
    name_start: int | None
    name_end: int | None
    person_id: str | None
    name_en: str | None
    roles: tuple[RoleMention, ...]
    roles_stated: bool
    country: str | None
    described_only: bool


@attrs.frozen
class _Item:
    """A title or an entity mention in the text, in one sorted stream."""

    start: int
    end: int
    title: Title | None = None
    entity: EntityMention | None = None


@attrs.define
class _Role:
    """A title being read: where it ends so far and what its complements said."""

    title: Title
    start: int
    end: int
    label: str | None = None
    country: str | None = None
    to: str | None = None
    completed: bool = False


class _Reader:
    """Reads people out of one text, item by item."""

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
        self.items = _items(text, entities)
        self.starts = [item.start for item in self.items]
        self.done = 0  # text before this offset is consumed
        self.given_names = _given_names(gazetteer)
        self.people: list[PersonMention] = []

    # -- navigation -------------------------------------------------------------------------

    def item_after(self, at: int) -> tuple[_Item, str] | None:
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

    # -- titles ---------------------------------------------------------------------------

    def read_title(self, item: _Item) -> _Role:
        """Read one title and its complements, qualifier and destination."""
        assert item.title is not None  # noqa: S101 - callers pass title items only
        title = item.title
        role = _Role(title, item.start, item.end, label=title.role)
        if title.counterpart:
            role.label = self.counterpart_label()
        tail = self.item_after(item.start + 1)
        if tail is not None and tail[0].start < item.end and tail[0].entity is not None:
            entity = tail[0].entity  # runs past the title's end (see _items)
            role.country, role.end, role.completed = self.entity_country(entity), entity.end, True
        elif title.genitive:
            self.genitive(role)  # «مدير إدارة أمريكا الشمالية» does not serve the US
            if not role.completed:
                self.complement(role)
        else:
            self.complement(role)
        if role.country is not None and role.label is not None:
            self.adjectives(role)
        if role.label in _SENT_TO:
            self.destination(role)
        self.qualifier(role)
        return role

    def counterpart_label(self) -> str | None:
        """Return the role of the person named last («... ونظيره المالي» holds the same)."""
        if self.people and self.people[-1].roles:
            return self.people[-1].roles[0].role
        return None

    def genitive(self, role: _Role) -> None:
        """Read the noun phrase a title such as «مدير» or «منسق» governs («إدارة حقوق الإنسان»)."""
        phrase = self.noun_phrase(role.end)
        if phrase is not None:
            role.end, country = phrase
            role.country = role.country or country
            role.completed = True

    def noun_phrase(self, at: int) -> tuple[int, str | None] | None:
        """Read a noun phrase: up to two nouns in construct, then definite words or names.

        Returns where it ends and the country a nisba, a country or a body in it points to;
        ``None`` when no definite word closes it (an indefinite word begins a name).
        """
        end, country, indefinite, closed = at, None, 0, False
        for _ in range(_MAX_PHRASE_WORDS):
            found = self.item_after(end)
            if found is not None and found[1] in ("", "و") and found[0].entity is not None:
                entity = found[0].entity
                if entity.kind is MentionKind.PERSON:
                    break
                if entity.kind not in (MentionKind.COUNTRY, MentionKind.CAPITAL):
                    country = country or self.entity_country(entity)
                end, closed = entity.end, True
                continue
            word = self.word_after(end)
            if word is None or self.starts_item(word) or "\n" in self.text[end : word.start()]:
                break
            text = word.group()
            if text in _STOP or (text[0] in "وف" and text[1:] in _STOP):
                break
            if text.startswith(("ال", "وال", "لل")):
                end, closed = word.end(), True
            elif closed or indefinite == _MAX_INDEFINITE:
                break
            else:
                indefinite += 1
                end = word.end()
        if not closed:
            return None
        return end, country

    def in_phrase(self, at: int) -> tuple[int, str | None, bool] | None:
        """Read «في وزارة الخارجية», «بوزارة الخارجية القطرية», «لدى الرئيس الروسي».

        Returns where the phrase ends, the country it names and whether a nisba or a title
        gave that country (a capital after «في» is where, not whom, an official serves).
        """
        word = self.word_after(at)
        if word is None or "\n" in self.text[at : word.start()]:
            return None
        text = key(word.group())
        if text in _IN_WORDS:
            start = word.end()
        elif text.startswith("ب") and text[1:] in _BI_NOUNS:
            start = word.start() + 1
        else:
            return None
        found = self.item_after(start)
        if found is not None and found[1] == "" and found[0].title is not None:
            inner = self.read_title(found[0])
            return inner.end, inner.country, inner.country is not None
        phrase = self.noun_phrase(start)
        if phrase is None:
            return None
        end, country = phrase
        nisba = self.ends_with_nisba(end)
        return end, country if nisba else None, nisba

    def ends_with_nisba(self, end: int) -> bool:
        """Tell whether a nisba adjective ends at ``end``."""
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.items[index].end >= end:
            entity = self.items[index].entity
            if self.items[index].end == end and entity is not None:
                return entity.kind is MentionKind.NISBA
            index -= 1
        return False

    def complement(self, role: _Role) -> None:
        """Read a nisba, a country, a body or a title completing ``role`` («للرئيس الأمريكي»)."""
        construct = _is_construct(role.title)
        at = role.end
        if construct:
            for _ in range(3):
                word = self.word_after(at)
                if word is None or key(word.group()) not in _COMPLEMENT_WORDS:
                    break
                if self.is_item_start(word.start(), word.end()):
                    break
                at = word.end()
        word = self.word_after(at)
        if word is not None and key(word.group()) in _PAIR_WORDS:
            role.end, role.completed = word.end(), True  # «سفيرا البلدين»
            return
        if not construct:
            at = self.skip_adjectives(at)
        found = self.item_after(at)
        if found is None:
            return
        item, gap = found
        linked = gap in ("", "ل") and (construct or gap == "ل")
        entity = item.entity
        if entity is not None and (
            (gap == "" and entity.kind is MentionKind.NISBA)
            or (linked and entity.kind in _COUNTRY_KINDS | _BODY_KINDS)
        ):
            role.country, role.end, role.completed = self.entity_country(entity), entity.end, True
        elif item.title is not None and ((construct and gap == "") or gap == "ل"):
            inner = self.read_title(item)
            role.country, role.end, role.completed = inner.country, inner.end, True
            if role.title.by_title is not None:
                role.label = role.title.by_title  # «مستشار مدير جهاز ...»: an adviser

    def skip_adjectives(self, at: int) -> int:
        """Return where a nisba may start after «العامة» and the like, or ``at``."""
        end = at
        for _ in range(2):
            word = self.word_after(end)
            if word is None or key(word.group()) not in _ADJECTIVES or self.starts_item(word):
                break
            end = word.end()
        found = self.item_after(end)
        if end == at or found is None or found[1] != "":
            return at
        entity = found[0].entity
        return end if entity is not None and entity.kind is MentionKind.NISBA else at

    def entity_country(self, entity: EntityMention) -> str | None:
        """Return the country a country, organization or venue mention points to."""
        if entity.kind in _COUNTRY_KINDS:
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

    def adjectives(self, role: _Role) -> None:
        """Skip up to two definite adjectives after a nisba («الأمريكي الخاص»)."""
        for _ in range(2):
            word = self.word_after(role.end)
            if word is None or not word.group().startswith("ال") or self.starts_item(word):
                return
            if word.group() in _STOP:
                return
            role.end = word.end()

    def starts_item(self, word: re.Match[str]) -> bool:
        """Tell whether an item starts inside ``word``."""
        return self.is_item_start(word.start(), word.end())

    def qualifier(self, role: _Role) -> None:
        """Read «للتعاون الاستثماري والاقتصادي الدولي»: a ل- or إلى-phrase of definite words."""
        first = self.word_after(role.end)
        if first is None or self.starts_item(first):
            return
        text = first.group()
        second = self.word_after(first.end())
        definite_next = (
            second is not None
            and second.group().startswith(("ال", "وال"))
            and not self.starts_item(second)
        )
        if text == "في" or not (
            (text.startswith("لل") and len(text) > 3)
            or ((text.startswith("ل") or text in _TO_WORDS) and definite_next)
        ):
            return  # «إلى الشرق الأوسط» and «للتعاون الاقتصادي» qualify; «في ...» does not
        end = first.end()
        for _ in range(_MAX_QUALIFIER_WORDS - 1):
            found = self.item_after(end)
            if found is not None and found[1] in ("", "و", "ل") and found[0].entity is not None:
                entity = found[0].entity
                if entity.kind in _COUNTRY_KINDS and role.country is None:
                    role.country = entity.entry_id
                if entity.kind is MentionKind.PERSON:
                    break
                end = entity.end
                continue
            word = self.word_after(end)
            if word is None or self.starts_item(word):
                break
            if not word.group().startswith(("ال", "وال", "لل")) or word.group() in _STOP:
                break
            end = word.end()
        role.end = end
        role.completed = True

    def destination(self, role: _Role) -> None:
        """Read «لدى الولايات المتحدة»: the country an ambassador or envoy is sent to."""
        word = self.word_after(role.end)
        if word is None or key(word.group()) not in _TO_WORDS:
            return
        found = self.item_after(word.end())
        if found is None or found[1] not in ("", "ل"):
            return
        entity = found[0].entity
        if entity is not None and entity.kind in (MentionKind.COUNTRY, MentionKind.CAPITAL):
            role.to, role.end = entity.entry_id, entity.end

    # -- names ----------------------------------------------------------------------------

    def read_name(
        self, at: int, *, after_comma: bool = False, plural: bool = False
    ) -> tuple[int, int, str | None] | None:
        """Read the name starting after ``at``: a gazetteer person or 2-3 unknown words."""
        found = self.item_after(at)
        if found is not None:
            item, gap = found
            entity = item.entity
            if (
                entity is not None
                and entity.kind is MentionKind.PERSON
                and (gap == "" or (after_comma and gap in ("،", ",")))
            ):
                return entity.start, entity.end, entity.entry_id
        if after_comma:
            return None
        return self.unknown_name(at, plural=plural)

    def unknown_name(self, at: int, *, plural: bool = False) -> tuple[int, int, str | None] | None:
        """Read 2-3 words that look like a name, ending where a name can end."""
        words: list[re.Match[str]] = []
        end = at
        while len(words) < _MAX_NAME_WORDS:
            word = self.word_after(end)
            if word is None or self.word_is_stop(word, first=not words):
                break
            if "\n" in self.text[end : word.start()]:
                break  # a name does not run on to the next line
            if plural and words and word.group().startswith("و"):
                break  # the next name of a list
            if self.starts_item(word):
                found = self.item_after(word.start())
                entity = found[0].entity if found is not None else None
                if entity is not None and entity.kind is MentionKind.PERSON and words:
                    return words[0].start(), entity.end, entity.entry_id
                break
            words.append(word)
            end = word.end()
        if len(words) < 2 or not self.ends_name(end, plural=plural):
            return None
        first = words[0].group()
        if first not in self.given_names and (
            first.endswith("ا") or any(w.group().endswith(_PRONOUN_SUFFIXES) for w in words)
        ):
            return None  # «موقفا واقعيا تجاهها»: an accusative or a pronoun is no name
        return words[0].start(), end, None

    def word_is_stop(self, word: re.Match[str], *, first: bool) -> bool:
        """Tell whether ``word`` cannot be (the first word of) a name."""
        text = word.group()
        if text in _STOP or (text[0] in "وف" and text[1:] in _STOP) or len(text) < 2:
            return True
        return first and text.startswith(("ال", "لل", "وال"))

    def ends_name(self, end: int, *, plural: bool = False) -> bool:
        """Tell whether a name may end at ``end``: before punctuation, a stop word or an item.

        After a plural title, a word with the conjunction و may follow (the next name).
        """
        rest = self.text[end:]
        stripped = rest.lstrip()
        if not stripped or not stripped[0].isalpha():
            return True
        word = self.word_after(end)
        if word is None:  # pragma: no cover - a letter follows, so a word does
            return True
        if plural and word.group().startswith("و"):
            return True
        return self.word_is_stop(word, first=False) or self.starts_item(word)

    # -- chains ---------------------------------------------------------------------------

    def read_chain(self, index: int) -> int:
        """Read the chain of titles starting at item ``index``; return the next item index."""
        roles = [self.read_title(self.items[index])]
        while True:
            found = self.item_after(roles[-1].end)
            if found is None or found[0].title is None or found[1] not in ("", "و"):
                break
            role = self.read_title(found[0])
            if found[1] == "و" and (roles[-1].title.plural or role.title.plural):
                # «الرئيسين ووزيري الخارجية أنتوني بلينكن»: plural titles joined by و name
                # different people; the nearest title before the names governs them.
                self.described([r for r in roles if _stands(r)])
                roles = []
            roles.append(role)
        end = titles_end = roles[-1].end
        plural = any(role.title.plural for role in roles)
        name = self.read_name(end, plural=plural) or self.read_name(end, after_comma=True)
        if name is None:
            name = self.serving(roles[-1], plural=plural)
            end = titles_end = roles[-1].end
        if name is not None and name[2] is None:
            roles = [role for role in roles if _stands(role)]
            if not roles:
                name = None
        side = self.side_country(roles[0].start) if roles else None
        if side is not None:
            for role in roles:
                role.country = role.country or side
        if name is None:
            self.described([role for role in roles if _stands(role)])
        else:
            start = roles[0].start
            while name is not None:
                self.named(roles, start, name)
                end = name[1]
                start = -1
                name = self.next_name(end) if plural else None
        self.done = max(end, titles_end)
        return bisect.bisect_left(self.starts, self.done)

    def side_country(self, at: int) -> str | None:
        """Return the country of a side or delegation named right before ``at``.

        «عن الجانب المالي الأمين العام ...», «يضم الوفد الإسرائيلي نائب رئيس الوفد ...», «على
        الجانب المصري من المفاوضات رئيس جهاز ...»: the official belongs to that side.
        """
        index = bisect.bisect_left(self.starts, at) - 1
        if index < 0:
            return None
        entity = self.items[index].entity
        if entity is None or entity.kind is not MentionKind.NISBA:
            return None
        between = self.text[entity.end : at]
        if _CLAUSE_BREAK.search(between) or len(between.split()) > _MAX_SIDE_GAP:
            return None
        word = _LAST_WORD.search(self.text, max(0, entity.start - _LOOK_BACK), entity.start)
        if word is None or word.group(1) not in _SIDE_WORDS:
            return None
        return entity.entry_id

    def serving(self, role: _Role, *, plural: bool) -> tuple[int, int, str | None] | None:
        """Extend ``role`` over where its holder serves when a name or a nisba follows it.

        «منسق شؤون الأسرى في الحكومة الإسرائيلية غال هيرش»: the «في» phrase belongs to the
        title; «وزير الخارجية في موسكو» stays a title and a place.
        """
        at = self.conjoined(role.end)
        phrase = self.in_phrase(at)
        end, country, nisba = phrase if phrase is not None else (at, None, False)
        if end == role.end:
            return None
        name = self.read_name(end, plural=plural)
        if name is not None or nisba:
            role.end, role.completed = end, True
            role.country = role.country or country
        return name

    def conjoined(self, at: int) -> int:
        """Skip «والتعاون والموريتانيين»: definite words joined to a title by و."""
        end = at
        for _ in range(3):
            word = self.word_after(end)
            if word is None or not word.group().startswith("وال"):
                break
            found = self.item_after(word.start())
            if self.starts_item(word) and (found is None or not _is_nisba(found[0])):
                break
            if "\n" in self.text[end : word.start()] or word.group()[1:] in _STOP:
                break
            end = word.end()
        return end

    def next_name(self, at: int) -> tuple[int, int, str | None] | None:
        """Read the next name of a list after a plural title («بوتين ودونالد ترامب»)."""
        found = self.item_after(at)
        if found is not None and found[0].entity is not None and found[1] in ("و", "،", ",", "،و"):
            entity = found[0].entity
            if entity.kind is MentionKind.PERSON:
                return entity.start, entity.end, entity.entry_id
            return None
        rest = self.text[at:]
        conj = re.match(r"\s*(?:[،,]\s*)?و?", rest)
        if conj is None or conj.end() == 0:  # pragma: no cover - the pattern always matches
            return None
        if not conj.group().strip():
            return None
        return self.unknown_name(at + conj.end(), plural=True)

    def named(self, roles: list[_Role], start: int, name: tuple[int, int, str | None]) -> None:
        """Record a named person with the roles of the chain (``start`` -1: the name only)."""
        name_start, name_end, person_id = name
        stated = tuple(self.role_mention(role) for role in roles if role.label)
        self.add(
            start=name_start if start < 0 else start,
            end=name_end,
            name=(name_start, name_end),
            person_id=person_id,
            stated=_unique_roles(stated),
        )

    def described(self, roles: list[_Role]) -> None:
        """Record the people a chain of titles with no name describes (one per title)."""
        for role in roles:
            if role.label is None:
                continue
            mention = self.role_mention(role)
            person_id = None if role.title.plural else self.holder(mention)
            self.add(
                start=role.start,
                end=role.end,
                name=None,
                person_id=person_id,
                stated=(mention,),
            )

    def holder(self, role: RoleMention) -> str | None:
        """Look up the one person holding a one-per-country role on the date, if any."""
        if self.on is None or role.country is None:
            return None
        if role.role == "ambassador" and role.to is not None:
            found = self.gazetteer.holders(role.role, self.on, country=role.country, to=role.to)
        elif role.role in _SINGLE_HOLDER:
            found = self.gazetteer.holders(role.role, self.on, country=role.country)
        else:
            return None
        return found[0].id if len(found) == 1 else None

    def role_mention(self, role: _Role) -> RoleMention:
        """Turn a read title into a :class:`RoleMention`."""
        assert role.label is not None  # noqa: S101 - roles without one are skipped
        return RoleMention(
            role.start,
            role.end,
            role.label,
            role.country,
            role.to,
            self.text[role.start : role.end],
        )

    def add(
        self,
        *,
        start: int,
        end: int,
        name: tuple[int, int] | None,
        person_id: str | None,
        stated: tuple[RoleMention, ...],
    ) -> None:
        """Record one person mention, filling in what the gazetteer knows."""
        entry = self.gazetteer.people.get(person_id) if person_id is not None else None
        roles = stated
        if not stated and entry is not None and name is not None:
            roles = tuple(
                RoleMention(
                    name[0],
                    name[1],
                    term.role,
                    entry.country,
                    term.to,
                    self.text[name[0] : name[1]],
                )
                for term in self.gazetteer.current_roles(entry.id, self.on)
            )
        country = entry.country if entry is not None and entry.country else None
        if country is None:
            country = next((role.country for role in stated if role.country), None)
        self.people.append(
            PersonMention(
                start=start,
                end=end,
                name_start=None if name is None else name[0],
                name_end=None if name is None else name[1],
                person_id=person_id,
                name_en=entry.names.get("en") if entry is not None else None,
                roles=roles,
                roles_stated=bool(stated),
                country=country,
                described_only=name is None,
            )
        )

    def read(self) -> list[PersonMention]:
        """Read every person mention of the text, in order."""
        index = 0
        while index < len(self.items):
            item = self.items[index]  # read_chain skips what it consumed
            if item.title is not None:
                index = max(index + 1, self.read_chain(index))
                continue
            entity = item.entity
            if entity is not None and entity.kind is MentionKind.PERSON:
                roles = self.apposition(entity)
                stated = _unique_roles(tuple(self.role_mention(r) for r in roles if r.label))
                end = max([entity.end, *(role.end for role in roles)])
                self.add(
                    start=entity.start,
                    end=end,
                    name=(entity.start, entity.end),
                    person_id=entity.entry_id,
                    stated=stated,
                )
                if roles:
                    self.done = end
                    index = bisect.bisect_left(self.starts, end)
                    continue
            index += 1
        return self.people

    def apposition(self, entity: EntityMention) -> list[_Role]:
        """Read the titles after a known person's name: «لافروف وزير الخارجية الروسي».

        Also after a comma and in a relative clause («، الذي كان حينها مديرا لإدارة ...»).
        The titles must not introduce a name of their own, and they must fit the person: the
        same country, or (with no country stated, no comma) a role the gazetteer gives them.
        """
        at, comma, relative = entity.end, False, False
        rest = self.text[at:]
        stripped = rest.lstrip(" ")
        if stripped[:1] in ("،", ","):
            at, comma = at + len(rest) - len(stripped) + 1, True
            for _ in range(4):
                word = self.word_after(at)
                if word is None or key(word.group()) not in _RELATIVE:
                    break
                at, relative = word.end(), True
        found = self.item_after(at)
        if found is None or found[1] != "" or found[0].title is None:
            return []
        if "\n" in self.text[entity.end : found[0].start]:
            return []
        role = self.read_title(found[0])
        if role.label is None or (not relative and self.read_name(role.end) is not None):
            return []
        phrase = self.in_phrase(role.end)
        if phrase is not None and phrase[2]:
            role.end, role.country = phrase[0], role.country or phrase[1]
        person = self.gazetteer.people[entity.entry_id]
        if role.country is not None:
            fits = role.country == person.country
        elif comma:
            fits = True
        else:
            terms = self.gazetteer.current_roles(person.id, self.on)
            fits = any(term.role == role.label for term in terms)
        return [role] if fits else []


def _is_nisba(item: _Item) -> bool:
    """Tell whether an item is a nisba adjective («والموريتانيين» joined to a title)."""
    return item.entity is not None and item.entity.kind is MentionKind.NISBA


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


def _given_names(gazetteer: Gazetteer) -> frozenset[str]:
    """Return the first words of the gazetteer's people's Arabic names (cached per gazetteer)."""
    names = _GIVEN_NAMES.get(gazetteer)
    if names is None:
        names = frozenset(
            key(alias).split()[0]
            for person in gazetteer.people.values()
            for alias in (person.names.get("ar") or "", *person.aliases_ar)
            if len(key(alias).split()) > 1
        )
        _GIVEN_NAMES[gazetteer] = names
    return names


def _is_construct(title: Title) -> bool:
    """Tell whether a title ends in the construct state and so needs a complement."""
    return not title.text.split()[-1].startswith("ال")


def _stands(role: _Role) -> bool:
    """Tell whether a title may stand without a name: complete, or not needing completion."""
    return role.completed or not (_is_construct(role.title) or role.title.needs_complement)


def _unique_roles(roles: tuple[RoleMention, ...]) -> tuple[RoleMention, ...]:
    """Keep the first mention of each role."""
    seen: set[str] = set()
    out: list[RoleMention] = []
    for role in roles:
        if role.role not in seen:
            seen.add(role.role)
            out.append(role)
    return tuple(out)


def _items(text: str, entities: Sequence[EntityMention]) -> list[_Item]:
    """Merge titles and entities into one sorted stream; entities win where they overlap.

    An entity inside a title is dropped («الخارجية»); one that starts inside a title and
    runs past its end («رئيس صندوق الاستثمارات المباشرة الروسي» against the fund's own name)
    stays, and completes the title.
    """
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    starts = [entity.start for entity in ordered]
    swallowed: set[int] = set()
    titles: list[_Item] = []
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
            titles.append(_Item(start, end, title=payloads[0]))
    items = [
        _Item(entity.start, entity.end, entity=entity)
        for index, entity in enumerate(ordered)
        if index not in swallowed
    ]
    items.extend(titles)
    items.sort(key=lambda item: (item.start, item.end))
    return items


def find_people(
    text: str,
    entities: Sequence[EntityMention],
    gazetteer: Gazetteer,
    *,
    on: dt.date | None = None,
) -> list[PersonMention]:
    """Find the people ``text`` (``Normalized.text``) mentions, by title, name or both.

    ``entities`` are the gazetteer mentions of the same text (:meth:`EntityMatcher.find`);
    ``on`` is the date the roles are looked up for. Mentions are sorted by start and never
    overlap; a person mentioned twice gives two mentions.
    """
    return _Reader(text, entities, gazetteer, on).read()
