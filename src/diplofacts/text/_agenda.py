"""Agenda and programme words: the topic lexicon, agenda triggers, item splitting, phases.

What belongs here (all over match-form text, offsets in match form):

* the topic lexicon, word stems -> :class:`~diplofacts.Topic`, tried in a fixed precedence
  (the most specific topic first: ``sanctions`` before ``economy``, ``diplomatic_missions``
  before ``diplomatic_relations``, ``cybersecurity`` before ``security``);
* agenda triggers in prose (يناقش، يبحث، على جدول الأعمال، يركز على، يهدف إلى، أهداف،
  ملف …; not after a negation, «لا يتناول») and list introductions (النقاط التالية، «:» at
  the end of a line);
* :func:`split_items`, which cuts a phrase, a bullet or a table cell into stated items at
  commas, at the conjunction و (وعودة، وعلاقات) and at «مقابل», and gives each its topic;
  :func:`continues_list` tells a clause that goes on with a list (و…، إلى جانب …);
* the phase lexicon (على انفراد -> one-on-one, بحضور الوفود -> expanded, غداء عمل,
  عشاء, مؤتمر صحفي, تصريحات مقتضبة, جلسة عامة, توقيع).

**The agenda rule** (applied by ``_contents``): an :class:`~diplofacts.AgendaItem` is one
stated item. Entries of a list (bullets, numbered lines) are kept one item per entry and
topic (an entry naming two topics, «التعاون التجاري والاقتصادي», gives two), even when two
entries share a topic, because the author listed them as distinct goals. Items
read from running prose and table cells restate what the event is about: each is merged
into the event's first item of the same topic (its span is added as evidence) and only
becomes an item of its own when its topic is new. A list entry with no known topic is kept
with ``Topic.OTHER`` only under a list introduction; one that names only programme parts
(a press conference) gives phases instead.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from diplofacts.model import PhaseKind, Topic
from diplofacts.text._events import END, PREFIX, alternation
from diplofacts.text._normalize import key

__all__ = [
    "PhaseMention",
    "continues_list",
    "find_agenda_triggers",
    "find_phases",
    "is_list_intro",
    "split_items",
    "topic_of",
]


def _bare(word: str) -> str:
    """Drop the article: the proclitic pattern in front of every word allows it (and لل)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _stems(words: str) -> str:
    """Build an alternation where a trailing ``*`` lets a stem take any suffix."""
    exact = [_bare(w) for w in words.split() if not w.endswith("*")]
    stems = [_bare(w[:-1]) for w in words.split() if w.endswith("*")]
    parts = []
    if stems:
        parts.append(rf"(?:{alternation(stems)})\w*")
    if exact:
        parts.append(rf"(?:{alternation(exact)})")
    return "|".join(parts)


# In precedence order: the first topic whose words occur in an item is its topic.
_TOPIC_WORDS: tuple[tuple[Topic, str], ...] = (
    (Topic.SANCTIONS, "عقوبات العقوبات العقابية حظر*"),
    (Topic.UKRAINE, "أوكران* كييف زيلينسكي دونباس القرم"),
    (Topic.NUCLEAR, "نووي* النووي* تخصيب* التخصيب* اليورانيوم"),
    (Topic.ARMS_CONTROL, "التسلح تسلح الأسلحة أسلحة ستارت الصواريخ الاستراتيجي"),
    (Topic.CYBERSECURITY, "سيبران* السيبران* الإلكتروني* القرصنة"),
    (Topic.COUNTERTERRORISM, "إرهاب* الإرهاب* الإرهابية"),
    (Topic.MIGRATION, "الهجرة هجرة اللاجئين المهاجرين لاجئين"),
    (Topic.HUMANITARIAN, "إنساني* الإنساني* الأسرى أسرى السجناء سجناء المساعدات الإغاثة"),
    (
        Topic.DIPLOMATIC_MISSIONS,
        (
            "البعثات بعثات البعثتين بعثتي* السفارات سفارات سفارتي* السفارتين القنصليات قنصليات"
            " الدبلوماسيين الممتلكات التأشيرات القنصلي* السفراء سفراء"
        ),
    ),
    (Topic.SANCTIONS, "القيود"),
    (Topic.ENERGY, "الطاقة طاقة النفط نفط الغاز غاز"),
    (Topic.TRADE, "التجارة تجارة التجاري* تجاري* الجمركية الرسوم"),
    (Topic.REGIONAL_STABILITY, "المنطقة الإقليمي* إقليمي* الشرق"),
    (Topic.SECURITY, "الأمن أمن الأمني* أمني* العسكري* عسكري* الدفاع"),
    (Topic.ECONOMY, "اقتصاد* الاقتصاد* الاستثمار* استثمار* المالية"),
    (
        Topic.DIPLOMATIC_RELATIONS,
        "العلاقات علاقات دبلوماسي* الدبلوماسي* التطبيع* تطبيع* الاتصال التواصل الحوار",
    ),
)
_TOPIC = re.compile(  # the clitics once, then the groups: 4x faster than clitics per group
    PREFIX
    + "(?:"
    + "|".join(rf"(?P<t{rank}>{_stems(words)})" for rank, (_, words) in enumerate(_TOPIC_WORDS))
    + f"){END}"
)
_TOPIC_OF_GROUP = {f"t{rank}": topic for rank, (topic, _) in enumerate(_TOPIC_WORDS)}
_RANK_OF_GROUP = {f"t{rank}": rank for rank in range(len(_TOPIC_WORDS))}


def _groups(text: str, start: int, end: int) -> list[str]:
    # Search the slice itself: a piece cut after the conjunction و (والاقتصادي) starts
    # right after a letter, which the proclitic lookbehind would otherwise reject.
    return [m.lastgroup for m in _TOPIC.finditer(text[start:end]) if m.lastgroup]


def topics_in(text: str, start: int, end: int) -> list[Topic]:
    """Return the topics whose words occur in ``text[start:end]``, in text order."""
    return [_TOPIC_OF_GROUP[group] for group in _groups(text, start, end)]


def topic_of(text: str, start: int, end: int) -> Topic | None:
    """Return the topic of one item: the first in precedence of the topics named in it."""
    groups = _groups(text, start, end)
    return _TOPIC_OF_GROUP[min(groups, key=_RANK_OF_GROUP.__getitem__)] if groups else None


_TRIGGERS = alternation(
    [
        "يناقش", "تناقش", "سيناقش", "ستناقش", "ستناقش", "مناقشة", "يبحث", "تبحث", "سيبحث",
        "ستبحث", "جدول الأعمال", "جدول أعمال", "يركز على", "تركز على", "يتركز على",
        "تتركز على", "ستركز على", "سيركز على", "يهدف", "تهدف", "أهداف", "ملف", "ملفات",
        "يتناول", "تتناول", "سيتناول", "ستتناول", "تشمل", "يشمل", "محور", "محاور",
        "سيركزان على", "يركزان على", "ركزت على", "ركز على", "تركزت", "تركزت على",
        "سيتطرقان إلى", "يتطرق", "سيتطرق", "تتطرق", "ستتطرق", "تطرق", "تطرقت",
        "طاولة النقاش", "طاولة المفاوضات", "اتفق الجانبان على", "اتفقا على", "اتفق",
        "اتفقت", "بحثا", "ناقشا", "ناقش", "ناقشت", "بحث", "بحثت", "تناولت", "تناول",
        "النقاط", "البنود", "الملفات", "القضايا", "تبحث", "ستطرح", "سيطرح", "تطرح",
    ]
)  # fmt: skip
_TRIGGER = re.compile(rf"{PREFIX}(?:{_TRIGGERS}){END}")
_LIST_INTRO = re.compile(
    rf"(?:{alternation(['التالية', 'الآتية', 'يلي', 'التالي', 'الآتي'])})\s*:?\s*$|:\s*$"
)


_NEGATION = frozenset(key(w) for w in ["لا", "لم", "لن", "دون", "ولا", "ولم", "ولن"])


def find_agenda_triggers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the agenda trigger words in ``text[start:end]`` (not negated: «لا يتناول»)."""
    out = []
    for match in _TRIGGER.finditer(text, start, end):
        before = text[max(start, match.start() - 6) : match.start()].split()
        if not (before and before[-1] in _NEGATION):
            out.append(match.span())
    return out


# A clause that goes on with the items of the clause before it: «…، واستئناف العلاقات»,
# «…، إلى جانب تعزيز الاستقرار» (not «…، وهذا يتطلب», «…، كما أن …»).
_CONTINUES = re.compile(
    rf"(?:{alternation(['إلى جانب', 'فضلا عن', 'بالإضافة إلى', 'علاوة على', 'إضافة إلى'])})"
    rf"(?!\w)|و(?!(?:{alternation(['هذا', 'هذه', 'هو', 'هي', 'ذلك', 'قد', 'كان', 'كانت'])})(?!\w))"
    r"(?=\w{3,})"
)


def continues_list(text: str, start: int, end: int) -> bool:
    """Tell whether the clause ``text[start:end]`` continues a list of items (و…، إلى جانب …)."""
    return _CONTINUES.match(text, start, end) is not None


def is_list_intro(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` introduces a list (…النقاط التالية، …:)."""
    return _LIST_INTRO.search(text[start:end]) is not None


_CONJ_NOT = frozenset(
    key(w)
    for w in [
        "وزير",
        "وزيرا",
        "وزراء",
        "وجود",
        "وفد",
        "وفود",
        "وفق",
        "وفقا",
        "وقت",
        "وضع",
        "وصول",
        "وكالة",
        "وسط",
        "وحدة",
        "واضح",
        "واسع",
        "وطني",
        "ورقة",
        "وثيقة",
        "واقع",
        "وقف",
        "ولاية",
        "ولي",
    ]
)
# Commas, the conjunction و, and «مقابل» (the nuclear file in exchange for lifting sanctions).
_SPLIT = re.compile(r"[،,؛;]|(?<!\w)و(?=\w{3,})|(?<!\w)مقابل(?!\w)")


def split_items(text: str, start: int, end: int) -> list[tuple[int, int, Topic]]:
    """Cut ``text[start:end]`` into items at commas and at و, each with its topic.

    Pieces without a topic are joined to the item before them (they qualify it), or to the
    first item when none comes before, so an item's wording runs to the next item.
    """
    cuts = [(start, start)]  # (where the piece starts, where its wording starts)
    for match in _SPLIT.finditer(text, start, end):
        if match.group() == "و":
            word = text[match.start() : end].split(maxsplit=1)[0]
            if word.rstrip("،,.") in _CONJ_NOT:
                continue
        cuts.append((match.start(), match.end()))
    cuts.append((end, end))
    items: list[tuple[int, int, Topic]] = []
    pending: int | None = None  # start of topic-less pieces before the first item
    for (_, piece_start), (piece_end, _) in itertools.pairwise(cuts):
        topic = topic_of(text, piece_start, piece_end)
        if topic is None:
            if items:
                first, _, last_topic = items[-1]
                items[-1] = (first, piece_end, last_topic)
            elif pending is None:
                pending = piece_start
            continue
        items.append((piece_start if pending is None else pending, piece_end, topic))
        pending = None
    out: list[tuple[int, int, Topic]] = []
    for item_start, item_end, topic in items:
        piece = text[item_start:item_end]
        lead = len(piece) - len(piece.lstrip())
        wording = piece.strip().rstrip(" ،,؛;.")
        out.append((item_start + lead, item_start + lead + len(wording), topic))
    return _share_coordinated_adjectives(text, out)


# A relational adjective in match form: الاقتصادي، التجارية، الأمنيه (ة is ه after normalising).
_ADJECTIVE = re.compile(r"ال\w{2,}ي(?:ه|ين|ون)?")


def _share_coordinated_adjectives(
    text: str, items: list[tuple[int, int, Topic]]
) -> list[tuple[int, int, Topic]]:
    """Give adjectives joined by و the whole noun phrase they share as their wording.

    «التعاون الاقتصادي والتجاري بين البلدين» names two topics (economy, trade) of one
    phrase: each item's wording is the whole phrase, not «التعاون الاقتصادي» and a fragment
    «التجاري بين البلدين».
    """
    shared = list(items)
    for index in range(1, len(shared)):
        before_start, before_end, before_topic = shared[index - 1]
        start, end, topic = shared[index]
        words_before = text[before_start:before_end].split()
        first_word = text[start:end].removeprefix("و").split(maxsplit=1)[:1]
        if (
            words_before
            and first_word
            and _ADJECTIVE.fullmatch(words_before[-1])
            and _ADJECTIVE.fullmatch(first_word[0])
            and text[before_end:start].strip() in ("", "و")
        ):
            shared[index - 1] = (before_start, end, before_topic)
            shared[index] = (before_start, end, topic)
    return shared


_PHASE_WORDS: tuple[tuple[PhaseKind, list[str]], ...] = (
    (PhaseKind.ONE_ON_ONE, ["على انفراد", "لقاء ثنائي", "اجتماع ثنائي", "لقاء منفرد",
                            "اجتماع منفرد", "وجها لوجه", "رأسا لرأس", "على حدة"]),
    (PhaseKind.EXPANDED, ["بحضور الوفود", "بحضور وفدي", "بحضور وفود", "بمشاركة الوفود",
                          "الموسع", "الموسعة", "بصيغة موسعة", "بصيغة الوفود",
                          "جلسة موسعة", "الجلسة الموسعة"]),
    (PhaseKind.WORKING_LUNCH, ["غداء عمل", "مأدبة غداء", "غداء"]),
    (PhaseKind.DINNER, ["عشاء عمل", "مأدبة عشاء", "عشاء"]),
    (PhaseKind.PRESS_CONFERENCE, ["مؤتمر صحفي", "مؤتمرا صحفيا", "مؤتمر صحافي",
                                  "مؤتمرا صحافيا", "المؤتمر الصحفي", "المؤتمر الصحافي"]),
    (PhaseKind.STATEMENTS, ["تصريحات مقتضبة", "تصريحات للصحفيين", "تصريحات صحفية",
                            "بيانات للصحافة", "تصريحات للصحافة"]),
    (PhaseKind.PLENARY, ["جلسة عامة", "الجلسة العامة"]),
    (PhaseKind.SIGNING, ["توقيع", "مراسم توقيع", "التوقيع"]),
)  # fmt: skip
_PHASE = re.compile(  # the clitics once, then the groups (see _TOPIC)
    PREFIX
    + "(?:"
    + "|".join(rf"(?P<{kind.value}>{alternation(words)})" for kind, words in _PHASE_WORDS)
    + f"){END}"
)


@dataclass(frozen=True, slots=True)
class PhaseMention:
    """A programme part named in the text (match-form offsets)."""

    start: int
    end: int
    kind: PhaseKind


def find_phases(text: str, start: int = 0, end: int | None = None) -> list[PhaseMention]:
    """Find the programme parts named in ``text[start:end]``."""
    stop = len(text) if end is None else end
    out: list[PhaseMention] = []
    for match in _PHASE.finditer(text, start, stop):
        name = match.lastgroup
        if name is not None:
            out.append(PhaseMention(match.start(), match.end(), PhaseKind(name)))
    return out
