"""Titles of office in match-form text and what completes them.

What belongs here: :class:`TitleReader`, which reads one title and its complements: a nisba
adjective, a country, an organization or another title («مستشار مدير جهاز …»), the noun phrase
a genitive title governs («مدير إدارة حقوق الإنسان»), «في وزارة الخارجية» and the like, a
prepositional qualifier («للتعاون الاستثماري»), and «لدى» with the country an ambassador is
sent to. What must not: names (``_names``) or who holds the title (``_people``).
"""

from __future__ import annotations

import attrs

from diplofacts.text._entities import MentionKind
from diplofacts.text._lexicon import PAIR_WORDS, TITLE_ADJECTIVES, Title
from diplofacts.text._normalize import key
from diplofacts.text._stream import (
    BI_NOUNS,
    COMPLEMENT_KEYS,
    COUNTRY_KINDS,
    IN_WORDS,
    STOP,
    TO_KEYS,
    Item,
    Stream,
)

__all__ = ["Role", "TitleReader", "is_construct", "stands"]

_PAIR_WORDS = frozenset(key(word) for word in PAIR_WORDS)
_ADJECTIVES = frozenset(key(word) for word in TITLE_ADJECTIVES)
_MAX_INDEFINITE = 2
_MAX_PHRASE_WORDS = 6
_MAX_QUALIFIER_WORDS = 6
_SENT_TO = frozenset({"ambassador", "special envoy"})
_BODY_KINDS = frozenset({MentionKind.ORGANIZATION, MentionKind.VENUE})
# «عبد الرحمن …», «أبو …»: a name begins, not the noun phrase a title governs
_NAME_LINKS = frozenset(key(word) for word in ("عبد", "أبو", "بن", "ولد"))


@attrs.define
class Role:
    """A title being read: where it ends so far and what its complements said."""

    title: Title
    start: int
    end: int
    label: str | None = None
    country: str | None = None
    to: str | None = None
    completed: bool = False
    pair: bool = False  # completed by «البلدين»: the parties named elsewhere


class TitleReader(Stream):
    """Reads titles and their complements out of a :class:`Stream`.

    ``given_names`` (first words of known names) keep a name out of a noun phrase.
    """

    given_names: frozenset[str] = frozenset()

    def last_role(self) -> str | None:
        """Return the role of the person named last (``None`` here: nobody is kept)."""
        return None

    def read_title(self, item: Item) -> Role:
        """Read one title and its complements, qualifier and destination."""
        assert item.title is not None  # noqa: S101 - callers pass title items only
        title = item.title
        role = Role(title, item.start, item.end, label=title.role)
        if title.counterpart:
            role.label = self.counterpart_label()
        tail = self.item_after(item.start + 1)
        if tail is not None and tail[0].start < item.end and tail[0].entity is not None:
            entity = tail[0].entity  # runs past the title's end (see stream_items)
            role.country, role.end, role.completed = self.entity_country(entity), entity.end, True
        elif title.genitive:
            self.genitive(role)  # «مدير إدارة أمريكا الشمالية» does not serve the US
            if not role.completed:
                self.complement(role)
        else:
            self.complement(role)
        if (role.country is not None or role.completed) and role.label is not None:
            self.adjectives(role)
        if role.label in _SENT_TO:
            self.destination(role)
        self.qualifier(role)
        return role

    def counterpart_label(self) -> str | None:
        """Return the role of the person named last («... ونظيره المالي» holds the same)."""
        return self.last_role()

    def genitive(self, role: Role) -> None:
        """Read the noun phrase a title such as «مدير» or «منسق» governs («إدارة حقوق الإنسان»)."""
        phrase = self.noun_phrase(role.end)
        if phrase is not None:
            role.end, country = phrase
            role.country = role.country or country
            role.completed = True

    def noun_phrase(self, at: int) -> tuple[int, str | None] | None:
        """Read a noun phrase: up to two nouns in construct, then definite words or names.

        A noun with و may open another such phrase («الزراعة واستصلاح الأراضي»), unless it
        is a given name («وليد»). Returns where the last complete phrase ends and the country
        a nisba, a country or a body in it points to; ``None`` when no definite word closes
        it (an indefinite word begins a name).
        """
        end, country, indefinite, closed = at, None, 0, False
        closed_at: int | None = None
        for _ in range(_MAX_PHRASE_WORDS):
            found = self.item_after(end)
            if found is not None and found[1] in ("", "و") and found[0].entity is not None:
                entity = found[0].entity
                if entity.kind is MentionKind.PERSON:
                    break
                if entity.kind not in (MentionKind.COUNTRY, MentionKind.CAPITAL):
                    country = country or self.entity_country(entity)
                end, closed = entity.end, True
                closed_at = end
                continue
            word = self.word_after(end)
            if word is None or self.starts_item(word) or "\n" in self.text[end : word.start()]:
                break
            text = word.group()
            if text in STOP or (text[0] in "وف" and text[1:] in STOP) or text in _NAME_LINKS:
                break
            if text.startswith(("ال", "وال", "لل")):
                end, closed = word.end(), True
                closed_at = end
            elif closed and text[0] == "و" and len(text) > 2 and text not in self.given_names:
                end, closed, indefinite = word.end(), False, 1  # «… واستصلاح الأراضي»
            elif closed or indefinite == _MAX_INDEFINITE:
                break
            else:
                indefinite += 1
                end = word.end()
        if closed_at is None:
            return None
        return closed_at, country

    def in_phrase(self, at: int) -> tuple[int, str | None, bool] | None:
        """Read «في وزارة الخارجية», «بوزارة الخارجية القطرية», «لدى الرئيس الروسي».

        Returns where the phrase ends, the country it names and whether a nisba or a title
        gave that country (a capital after «في» is where, not whom, an official serves).
        """
        word = self.word_after(at)
        if word is None or "\n" in self.text[at : word.start()]:
            return None
        text = key(word.group())
        if text in IN_WORDS:
            start = word.end()
        elif text.startswith("ب") and text[1:] in BI_NOUNS:
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

    def complement(self, role: Role) -> None:
        """Read a nisba, a country, a body or a title completing ``role`` («للرئيس الأمريكي»)."""
        construct = is_construct(role.title)
        at = role.end
        if construct:
            for _ in range(3):
                word = self.word_after(at)
                if word is None or key(word.group()) not in COMPLEMENT_KEYS:
                    break
                if self.is_item_start(word.start(), word.end()):
                    break
                at = word.end()
        word = self.word_after(at)
        if word is not None and key(word.group()) in _PAIR_WORDS:
            role.end, role.completed, role.pair = word.end(), True, True  # «سفيرا البلدين»
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
            or (linked and entity.kind in COUNTRY_KINDS | _BODY_KINDS)
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

    def adjectives(self, role: Role) -> None:
        """Skip up to two definite adjectives after a nisba («الأمريكي الخاص»)."""
        for _ in range(2):
            word = self.word_after(role.end)
            if word is None or not word.group().startswith("ال") or self.starts_item(word):
                return
            if word.group() in STOP:
                return
            role.end = word.end()

    def qualifier(self, role: Role) -> None:
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
            or ((text.startswith("ل") or text in TO_KEYS) and definite_next)
        ):
            return  # «إلى الشرق الأوسط» and «للتعاون الاقتصادي» qualify; «في ...» does not
        end = first.end()
        for _ in range(_MAX_QUALIFIER_WORDS - 1):
            found = self.item_after(end)
            if found is not None and found[1] in ("", "و", "ل") and found[0].entity is not None:
                entity = found[0].entity
                if entity.kind in COUNTRY_KINDS and role.country is None:
                    role.country = entity.entry_id
                if entity.kind is MentionKind.PERSON:
                    break
                end = entity.end
                continue
            word = self.word_after(end)
            if word is None or self.starts_item(word):
                break
            if not word.group().startswith(("ال", "وال", "لل")) or word.group() in STOP:
                break
            end = word.end()
        role.end = end
        role.completed = True

    def destination(self, role: Role) -> None:
        """Read «لدى الولايات المتحدة»: the country an ambassador or envoy is sent to."""
        word = self.word_after(role.end)
        if word is None or key(word.group()) not in TO_KEYS:
            return
        found = self.item_after(word.end())
        if found is None or found[1] not in ("", "ل"):
            return
        entity = found[0].entity
        if entity is not None and entity.kind in (MentionKind.COUNTRY, MentionKind.CAPITAL):
            role.to, role.end = entity.entry_id, entity.end


def is_construct(title: Title) -> bool:
    """Tell whether a title ends in the construct state and so needs a complement."""
    return not title.text.split()[-1].startswith("ال")


def stands(role: Role) -> bool:
    """Tell whether a title may stand without a name: complete, or not needing completion."""
    return role.completed or not (is_construct(role.title) or role.title.needs_complement)
