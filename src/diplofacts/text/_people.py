"""People in match-form text: titles with their complements, the names they introduce.

What belongs here: :func:`find_people` and the mentions it returns; joining titles that
share a holder («... الروسي والمبعوث الخاص ... كيريل ديميترييف»), where the holder serves
(«في الوزارة», the side named before), a known person's title after the name («لافروف
وزير الخارجية الروسي»), and who holds an unnamed one-per-country title on a date. Reading a
title and its complements is ``_titles``; reading the name after it is ``_names``; both walk
the stream of ``_stream``. What must not: finding gazetteer names (``_entities``), merging
mentions into delegations (``_contents``).

The grammar, over the items (titles and entity mentions) and the words between them::

    chain   := title (("و" | "") title)* names?    -- a plural title joined by و starts
                                                   -- a new chain (different holders)
    title   := TITLE (complement | portfolio)? qualifier? destination?
    portfolio := NOUN_PHRASE                       -- «وزير الري»: unknown, then a name
    names   := name (("و" | "،") name)*        -- several names only after a plural title
    name    := PERSON | WORD{2,3}                  -- unknown words must end at a stop
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

import attrs

from diplofacts.gazetteer import Gazetteer
from diplofacts.text._entities import EntityMention, MentionKind
from diplofacts.text._lexicon import RELATIVE_WORDS, TITLES
from diplofacts.text._names import NameReader, given_names
from diplofacts.text._normalize import Normalized, key
from diplofacts.text._stream import COUNTRY_KINDS, IN_WORDS, STOP, Item
from diplofacts.text._titles import Role, TitleReader, stands

__all__ = ["PersonMention", "RoleMention", "find_people"]

_PORTFOLIO_ROLES = frozenset(
    title.portfolio for title in TITLES if title.portfolio and title.portfolio_alone
)
_RELATIVE = frozenset(key(word) for word in RELATIVE_WORDS)
_SIDE_WORDS = frozenset(
    key(word) for noun in ("الجانب", "الوفد", "الطرف") for word in (noun, "و" + noun, "ف" + noun)
)
_CLAUSE_BREAK = re.compile(r"[.,،؛:!?؟\n]")
_SENTENCE_END = re.compile(r"[.!?؟\n]")
# «في الوزارة», «بالحكومة»: the body is the one named just before, with its country
_BODIES_NAMED_BEFORE = frozenset(
    key(word) for word in ("الوزارة", "الحكومة", "الرئاسة", "الديوان", "الجهاز", "الهيئة")
)
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_LOOK_BACK = 20
_MAX_SIDE_GAP = 2
_CELL_LOOK = 80  # a table cell holding a name is short
_ROW_LOOK_BACK = 200
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
    even when ``described_only`` is true. ``each_party`` marks an unnamed plural title
    completed by «البلدين» («وزيرا خارجية البلدين»): one holder for each party of the event;
    ``plural`` an unnamed plural title («بين الرئيسين»): several holders, named elsewhere.
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
    each_party: bool = False
    plural: bool = False


class _Reader(TitleReader, NameReader):
    """Reads people out of one text, item by item."""

    def __init__(
        self,
        text: str,
        entities: Sequence[EntityMention],
        gazetteer: Gazetteer,
        on: dt.date | None,
    ) -> None:
        super().__init__(text, entities, gazetteer, on)
        self.done = 0  # text before this offset is consumed
        self.given_names = given_names(gazetteer)
        self.people: list[PersonMention] = []

    def last_role(self) -> str | None:
        """Return the role of the person named last («... ونظيره المالي» holds the same)."""
        if self.people and self.people[-1].roles:
            return self.people[-1].roles[0].role
        return None

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
                self.described([r for r in roles if stands(r)])
                roles = []
            roles.append(role)
        end = titles_end = roles[-1].end
        plural = any(role.title.plural for role in roles)
        name = self.title_name(roles[-1], plural=plural)
        if name is None:
            name = self.serving(roles[-1], plural=plural)
            end = titles_end = roles[-1].end
        if plural and name is not None and name[2] is None and self.next_name(name[1]) is None:
            name = None  # «بين الرئيسين استمر أكثر من ساعتين»: a plural title lists names
        if name is not None and name[2] is None:
            roles = [role for role in roles if stands(role)]
            if not roles:
                name = None
        side = self.side_country(roles[0].start) if roles else None
        if side is not None:
            for role in roles:
                role.country = role.country or side
        if name is None:
            self.unnamed(roles, plural=plural)
        else:
            start = roles[0].start
            while name is not None:
                self.named(roles, start, name)
                end = name[1]
                start = -1
                name = self.next_name(end) if plural else None
        self.done = max(end if plural else self.titles_after(end), titles_end)
        return bisect.bisect_left(self.starts, self.done)

    def unnamed(self, roles: list[Role], *, plural: bool) -> None:
        """Record titles no name follows: named by a table cell before them, or described."""
        if plural or not self.cell_name(roles):
            self.described([role for role in roles if stands(role)])

    def cell_name(self, roles: list[Role]) -> bool:
        """Pair titles alone in a pipe-table cell with the name in the cell before them.

        «| تونس | سامي النجار | وزير الخارجية |»: a row gives the country, the name and the
        title in cells of their own; a country cell earlier in the row is the role's country.
        """
        stated = [role for role in roles if role.label]
        cell = self.cell_before(roles[0].start, roles[-1].end) if stated else None
        if cell is None:
            return False
        start = cell[0]
        country = self.row_country(start)
        for role in stated:
            role.country = role.country or country
        mentions = _unique_roles(tuple(self.role_mention(role) for role in stated))
        person = self.people[-1] if self.people else None
        if person is not None and (person.name_start, person.name_end) == cell:
            if person.person_id is not None:
                mentions = self.specific(person.person_id, mentions)
            self.people[-1] = attrs.evolve(
                person,
                end=roles[-1].end,
                roles=mentions,
                roles_stated=True,
                country=person.country or next((r.country for r in mentions if r.country), None),
            )
            return True
        if person is not None and person.end > start:
            return False
        name = self.unknown_name(start)
        if name is None or name[:2] != cell:
            return False
        self.add(start=start, end=roles[-1].end, name=cell, person_id=None, stated=mentions)
        return True

    def cell_before(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the trimmed cell before ``[start, end)`` when that range fills a cell."""
        after = self.text[end : end + _CELL_LOOK].lstrip(" \t")
        if after and after[0] not in "|\n":
            return None
        offset = max(0, start - _CELL_LOOK)
        before = self.text[offset:start].rstrip(" \t")
        if not before.endswith("|"):
            return None
        bar = before.rfind("|", 0, len(before) - 1)
        if bar < 0 or "\n" in before[bar:]:
            return None
        cell = before[bar + 1 : -1]
        first = offset + bar + 1 + len(cell) - len(cell.lstrip())
        last = offset + bar + 1 + len(cell.rstrip())
        return (first, last) if first < last else None

    def row_country(self, at: int) -> str | None:
        """Return the country named in an earlier cell of the table row ``at`` lies in."""
        line = max(self.text.rfind("\n", max(0, at - _ROW_LOOK_BACK), at) + 1, at - _ROW_LOOK_BACK)
        index = bisect.bisect_left(self.starts, at) - 1
        while index >= 0 and self.items[index].start >= line:
            entity = self.items[index].entity
            if entity is not None and entity.kind in COUNTRY_KINDS:
                return self.entity_country(entity)
            index -= 1
        return None

    def titles_after(self, end: int) -> int:
        """Add the titles after a known name that a title introduced; return where they end.

        «السيد بدر بن حمد البوسعيدي وزير الخارجية»: the honorific gives no role, the title
        after the name does (as for a name alone, :meth:`apposition`).
        """
        if not self.people or self.people[-1].name_end != end:
            return end
        person = self.people[-1]
        found = self.item_after(person.name_start or end)
        entity = found[0].entity if found is not None else None
        if entity is None or entity.kind is not MentionKind.PERSON or entity.end != end:
            return end
        roles = [role for role in self.apposition(entity) if role.label]
        if not roles:
            return end
        added = tuple(self.role_mention(role) for role in roles)
        stated = _unique_roles((person.roles if person.roles_stated else ()) + added)
        self.people[-1] = attrs.evolve(
            person,
            end=max(person.end, *(role.end for role in roles)),
            roles=self.specific(entity.entry_id, stated),
            roles_stated=True,
            country=person.country or next((r.country for r in stated if r.country), None),
        )
        return self.people[-1].end

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

    def title_name(self, role: Role, *, plural: bool) -> tuple[int, int, str | None] | None:
        """Read the name after the last title of a chain, or after the portfolio it takes.

        «رئيس هيئة قناة السويس …»: two unknown words after a title that cannot stand are
        no name when a body completes the title (:meth:`portfolio`).
        """
        end = role.end
        name = self.read_name(end, plural=plural, feminine=_feminine(role)) or self.read_name(
            end, after_comma=True
        )
        if role.completed or (name is not None and (name[2] is not None or stands(role))):
            return name
        read = self.portfolio(role, plural=plural)
        return read if role.end != end else name

    def portfolio(self, role: Role, *, plural: bool) -> tuple[int, int, str | None] | None:
        """Read a portfolio or a body the vocabulary does not know, and the name after it.

        «وزير الموارد المائية والري هاني سويلم», «رئيس هيئة قناة السويس أسامة ربيع»: the
        noun phrase completes the title, which then names ``Title.portfolio``. Without a
        name after it, only a title with ``portfolio_alone`` takes a phrase that opens with
        a definite word («وترأس الوفد وزير الري»); «رئيس» + any phrase stays unread.
        """
        label = role.title.portfolio
        if label is None:
            return None
        phrase = self.noun_phrase(role.end)
        if phrase is None:
            return None
        end, country = phrase
        name = self.read_name(end, plural=plural, feminine=_feminine(role)) or self.read_name(
            end, after_comma=True
        )
        if name is None:
            first = self.word_after(role.end)
            definite = first is not None and first.group().startswith("ال")
            if not (role.title.portfolio_alone and definite):
                return None
        role.end, role.completed, role.label = end, True, label
        role.country = role.country or country
        return name

    def serving(self, role: Role, *, plural: bool) -> tuple[int, int, str | None] | None:
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
            if role.country is None and self.refers_back(at, end):
                role.country = self.country_before(role.start)
        return name

    def refers_back(self, start: int, end: int) -> bool:
        """Tell whether ``[start, end)`` is «في الوزارة» or «بالحكومة»: a body named before."""
        words = self.text[start:end].split()
        if len(words) == 2 and key(words[0]) in IN_WORDS:
            return key(words[1]) in _BODIES_NAMED_BEFORE
        return len(words) == 1 and key(words[0][1:]) in _BODIES_NAMED_BEFORE

    def country_before(self, at: int) -> str | None:
        """Return the country of the person named last, in the same sentence as ``at``.

        «أدار الجلسات وزير الدولة بوزارة الخارجية القطرية …، بمشاركة مدير إدارة حقوق
        الإنسان في الوزارة سامي الكعبي»: «الوزارة» is the Qatari ministry named before.
        """
        if not self.people or _SENTENCE_END.search(self.text, self.people[-1].end, at):
            return None
        return self.people[-1].country

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
            if "\n" in self.text[end : word.start()] or word.group()[1:] in STOP:
                break
            end = word.end()
        return end

    def named(self, roles: list[Role], start: int, name: tuple[int, int, str | None]) -> None:
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

    def described(self, roles: list[Role]) -> None:
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
                each_party=role.pair and role.title.plural,
                plural=role.title.plural,
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

    def role_mention(self, role: Role) -> RoleMention:
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
        each_party: bool = False,
        plural: bool = False,
    ) -> None:
        """Record one person mention, filling in what the gazetteer knows."""
        entry = self.gazetteer.people.get(person_id) if person_id is not None else None
        roles = stated
        if entry is not None and name is not None:
            roles = stated = self.specific(entry.id, stated)
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
                each_party=each_party,
                plural=plural,
            )
        )

    def specific(self, person_id: str, stated: tuple[RoleMention, ...]) -> tuple[RoleMention, ...]:
        """Replace a portfolio's generic role by the gazetteer's own for a known person.

        «وزيرة الشؤون الخارجية ياسين فال» with a portfolio read as "minister": the person
        is the foreign minister, a role that names the same office more precisely.
        """
        if not any(role.role in _PORTFOLIO_ROLES for role in stated):
            return stated
        terms = [term.role for term in self.gazetteer.current_roles(person_id, self.on)]
        out = []
        for role in stated:
            better = next((t for t in terms if t.endswith(f" {role.role}")), None)
            generic = role.role in _PORTFOLIO_ROLES and better is not None
            out.append(attrs.evolve(role, role=better) if better and generic else role)
        return _unique_roles(tuple(out))

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

    def apposition(self, entity: EntityMention) -> list[Role]:
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
        if not fits:
            return []
        second = self.second_title(role, person.id, comma=comma or relative)
        return [role] if second is None else [role, second]

    def second_title(self, role: Role, person_id: str, *, comma: bool) -> Role | None:
        """Read a title joined by و to an appositive title, with no name of its own.

        «دميترييف، رئيس الصندوق الروسي والمبعوث الخاص للرئيس»: both titles are his; with
        a name after it («والمبعوث الخاص ستيف ويتكوف») the second title is another person.
        With no comma after the name, only a role the gazetteer gives the person counts.
        """
        found = self.item_after(role.end)
        if found is None or found[1] != "و" or found[0].title is None:
            return None
        if (
            role.title.plural
            or found[0].title.plural
            or found[0].title.counterpart
            or "\n" in self.text[role.end : found[0].start]
        ):
            return None
        second = self.read_title(found[0])
        if second.label is None or self.read_name(second.end) is not None:
            return None
        phrase = self.in_phrase(second.end)
        if phrase is not None and phrase[2]:
            second.end, second.country = phrase[0], second.country or phrase[1]
        person = self.gazetteer.people[person_id]
        if second.country is not None and second.country != (person.country or second.country):
            return None
        if not comma and second.country is None:
            terms = self.gazetteer.current_roles(person_id, self.on)
            if not any(term.role == second.label for term in terms):
                return None
        return second


def _feminine(role: Role) -> bool:
    """Tell whether a title is a woman's («وزيرة», «السفيرة», «نائبة وزير»)."""
    return role.title.text.split()[0].endswith("ة")


def _is_nisba(item: Item) -> bool:
    """Tell whether an item is a nisba adjective («والموريتانيين» joined to a title)."""
    return item.entity is not None and item.entity.kind is MentionKind.NISBA


def _unique_roles(roles: tuple[RoleMention, ...]) -> tuple[RoleMention, ...]:
    """Keep the first mention of each role."""
    seen: set[str] = set()
    out: list[RoleMention] = []
    for role in roles:
        if role.role not in seen:
            seen.add(role.role)
            out.append(role)
    return tuple(out)


def find_people(
    text: str,
    entities: Sequence[EntityMention],
    gazetteer: Gazetteer,
    *,
    on: dt.date | None = None,
    source: Normalized | None = None,
) -> list[PersonMention]:
    """Find the people ``text`` (``Normalized.text``) mentions, by title, name or both.

    ``entities`` are the gazetteer mentions of the same text (:meth:`EntityMatcher.find`);
    ``on`` is the date the roles are looked up for; ``source``, the :class:`Normalized` of
    ``text``, tells a name spelled «علي» from the preposition «على». Mentions are sorted by
    start and never overlap; a person mentioned twice gives two mentions.
    """
    reader = _Reader(text, entities, gazetteer, on)
    reader.source = source
    return reader.read()
