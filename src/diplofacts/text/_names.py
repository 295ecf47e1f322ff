"""Names after a title: a gazetteer person, or two or three words that look like a name.

What belongs here: :class:`NameReader`, which reads the name that follows a title (or a
comma after it), lists of names after a plural title («الرئيسان بوتين وترامب»), and the tests
that keep ordinary words out of names (stop words, accusatives, pronoun suffixes, a word
that opens with the article). What must not: titles (``_titles``) or people (``_people``).
"""

from __future__ import annotations

import re
import weakref

from diplofacts.gazetteer import Gazetteer
from diplofacts.text._entities import MentionKind
from diplofacts.text._lexicon import NAME_STOP_WORDS
from diplofacts.text._normalize import Normalized, key
from diplofacts.text._stream import BI_NOUNS, STOP, Stream

__all__ = ["NameReader", "given_names"]

_MAX_NAME_WORDS = 3
_MAX_LINKS = 3
# «بن», «ولد», «آل» (ال once normalised), «عبد», «أبو»: the links of a name, not counted
_LINKS = frozenset(key(word) for word in ("بن", "ابن", "بنت", "ولد", "آل", "عبد", "أبو", "أبي"))
_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "كم")
# Stop words in alif maqsura whose match form reads as a name («على» and «علي» both give
# «علي»): in the original spelling, a final ي with dots is the name, not the stop word.
_MAQSURA_STOPS = frozenset(key(word) for word in NAME_STOP_WORDS if word.endswith("ى")) - {
    key(word) for word in NAME_STOP_WORDS if not word.endswith("ى")
}
_GIVEN_NAMES: weakref.WeakKeyDictionary[Gazetteer, frozenset[str]] = weakref.WeakKeyDictionary()


class NameReader(Stream):
    """Reads names out of a :class:`Stream` (``given_names``: first words of known names)."""

    given_names: frozenset[str]
    source: Normalized | None = None
    """The normalised text with its original, to tell «علي» (a name) from «على»."""

    def read_name(
        self, at: int, *, after_comma: bool = False, plural: bool = False, feminine: bool = False
    ) -> tuple[int, int, str | None] | None:
        """Read the name starting after ``at``: a gazetteer person or 2-3 unknown words.

        ``feminine``: the title before is a woman's («وزيرة», «السفيرة»), so a given name
        may end in alif («رانيا المشاط»).
        """
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
        return self.unknown_name(at, plural=plural, feminine=feminine)

    def unknown_name(
        self, at: int, *, plural: bool = False, feminine: bool = False
    ) -> tuple[int, int, str | None] | None:
        """Read 2-3 words that look like a name, ending where a name can end.

        The links of Arabic names do not count («عبد الرحمن بن علي الكواري», «سيدي ولد
        التاه», «أحمد بن ناصر آل ثاني»), but a name never ends with one. A first word in
        alif is an accusative («موقفا واقعيا»), unless a known given name or, after a
        woman's title, followed by a word that does not agree with it («وزيرة … رانيا
        المشاط»).
        """
        words: list[re.Match[str]] = []
        end = at
        counted = 0
        while counted < _MAX_NAME_WORDS or (words and words[-1].group() in _LINKS):
            if len(words) == _MAX_NAME_WORDS + _MAX_LINKS:
                break
            word = self.word_after(end)
            if word is None:
                break
            # «بن علي»: a given name after a link, though «على» reads the same
            linked = bool(words) and words[-1].group() in _LINKS
            if self.word_is_stop(word, first=not words) and not (
                linked and word.group() in self.given_names
            ):
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
            counted += word.group() not in _LINKS
        if len(words) < 2 or words[-1].group() in _LINKS or not self.ends_name(end, plural=plural):
            return None
        first = words[0].group()
        accusative = first.endswith("ا") and not (feminine and not words[1].group().endswith("ا"))
        if first not in self.given_names and (
            accusative or any(w.group().endswith(_PRONOUN_SUFFIXES) for w in words)
        ):
            return None  # «موقفا واقعيا تجاهها»: an accusative or a pronoun is no name
        return words[0].start(), end, None

    def word_is_stop(self, word: re.Match[str], *, first: bool) -> bool:
        """Tell whether ``word`` cannot be (the first word of) a name."""
        text = word.group()
        if text in _MAQSURA_STOPS and self.spelled_with_ya(word):
            return False  # «وزير الخارجية علي يوسف»: the name Ali, not the preposition
        if text in STOP or (text[0] in "وف" and text[1:] in STOP) or len(text) < 2:
            return True
        if text[0] == "ب" and text[1:] in BI_NOUNS:
            return True  # «بالوزارة»: where the official serves, not a name
        return first and text.startswith(("ال", "لل", "وال"))

    def spelled_with_ya(self, word: re.Match[str]) -> bool:
        """Tell whether ``word`` ends with a dotted ي in the original text (not «ى»)."""
        if self.source is None:
            return False
        start, end = self.source.to_original(word.start(), word.end())
        return self.source.original[start:end].endswith("ي")

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


def given_names(gazetteer: Gazetteer) -> frozenset[str]:
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
