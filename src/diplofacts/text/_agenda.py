"""Agenda and programme words: the topic lexicon, agenda triggers, item splitting, phases.

What belongs here (all over match-form text, offsets in match form):

* the topic lexicon, word stems -> :class:`~diplofacts.Topic`, tried in a fixed precedence
  (the most specific topic first: ``sanctions`` before ``economy``, ``diplomatic_missions``
  before ``diplomatic_relations``, ``cybersecurity`` before ``security``);
* agenda triggers in prose (يناقش، يبحث، على جدول الأعمال، يركز على، يهدف إلى، أهداف،
  ملف، تمحورت حول، أسفرت عن، اتفاق الأطراف على …; not after a negation, «لا يتناول», nor
  «يبحث … عنهم», a search) and list introductions (النقاط التالية، «:» at the end of a
  line); the purpose or subject of an event noun («اجتماعا لتفعيل …»، «المفاوضات … حول
  ترسيم الحدود»); the subject of the series of talks a round is one of, in their name or
  after «حول» («الجولة الخامسة من مفاوضات ترسيم الحدود»: :func:`talks_of_round`,
  :func:`series_subject`), and words for all the rounds («الجولات كلها»); a trigger that
  states a working group's remit, not the event's («تشكيل مجموعات عمل لبحث …»); clauses
  set in between (بحسب …) and objects (على …);
* :func:`split_items`, which cuts a phrase, a bullet or a table cell into stated items at
  commas, at the conjunction و (وعودة، وعلاقات) and at «مقابل», ends them where the
  phrase turns to circumstances (في ظل، بسبب، بوساطة), and gives each its topic (words for
  the war, «وقف إطلاق النار», take the topic of the war of the event's parties);
  :func:`continues_list` tells a clause that goes on with a list (و…، إلى جانب …);
* the phase lexicon (على انفراد -> one-on-one, بحضور الوفود -> expanded, غداء عمل,
  عشاء, مؤتمر صحفي, تصريحات مقتضبة, جلسة عامة, توقيع), and :func:`phase_denied` for a part
  that did not take place («لم يعقد الرئيسان لقاء على انفراد»، «ألغي غداء العمل»).

**The agenda rule** (applied by ``_contents``): an :class:`~diplofacts.AgendaItem` is one
stated item. Entries of a list (bullets, numbered lines) are kept one item per entry and
topic (an entry naming two topics, «التعاون التجاري والاقتصادي», gives two), even when two
entries share a topic, because the author listed them as distinct goals. Items
read from running prose and table cells restate what the event is about: each is merged
into the event's first item of the same topic (its span is added as evidence) and only
becomes an item of its own when its topic is new. A list entry with no known topic is kept
with ``Topic.OTHER`` only under a list introduction; one that names only programme parts
(a press conference) gives phases instead. In prose, the object of a trigger, a purpose or
the subject of a series that names no topic is an item with ``Topic.OTHER`` when it is a
noun phrase («ناقش الجانبان قواعد ملء السد»، «مفاوضات سد النهضة»: :func:`other_item`), no
item when it is a clause or speaks of the event itself («اتفقا على أن …»، «تفاصيل
البرنامج»), and is kept in ``Article.unparsed`` when the reader cannot tell. A topic
stated for a whole series of talks (in its name, «مفاوضات ترسيم الحدود»، or for all its
rounds) is a topic of every round of the series, besides the round's own
(tests/fixtures/articles/README.md).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from diplofacts.model import PhaseKind, Topic
from diplofacts.text._events import END, PREFIX, PREFIX_LETTERS, Headed, alternation
from diplofacts.text._normalize import key

__all__ = [
    "SUBJECT_REACH",
    "Denials",
    "PhaseMention",
    "Remits",
    "about_after",
    "after_subject",
    "conflict_topic",
    "continues_list",
    "find_agenda_triggers",
    "find_phases",
    "for_a_body",
    "is_aside",
    "is_list_intro",
    "is_object",
    "is_talks_noun",
    "item_words",
    "names_by_construct",
    "other_item",
    "phase_denied",
    "purpose_after",
    "reads_other",
    "said_of_all_rounds",
    "series_subject",
    "split_items",
    "talks_of_round",
    "topic_of",
]


def _unnamed(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` with its named groups made plain ones (``(?:``): the same matches."""
    return re.compile(re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern))


def _bare(word: str) -> str:
    """Drop the article: the proclitic pattern in front of every word allows it (and لل)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _stems(words: str) -> str:
    """Build an alternation where a trailing ``*`` lets a stem take any suffix.

    Words joined by ``_`` are one phrase («الاستقرار_الاستراتيجي»).
    """
    exact = [_bare(w).replace("_", " ") for w in words.split() if not w.endswith("*")]
    stems = [_bare(w[:-1]) for w in words.split() if w.endswith("*")]
    parts = []
    if stems:
        parts.append(rf"(?:{alternation(stems)})\w*")
    if exact:
        parts.append(rf"(?:{alternation(exact)})")
    return "|".join(parts)


# In precedence order: the first topic whose words occur in an item is its topic.
_TOPIC_WORDS: tuple[tuple[Topic, str], ...] = (
    (Topic.SANCTIONS, "عقوبات العقوبات العقابية"),
    (Topic.UKRAINE, "أوكران* كييف زيلينسكي دونباس القرم"),
    (Topic.NUCLEAR, "نووي* النووي* تخصيب* التخصيب* اليورانيوم"),
    # strategic stability, not any «استراتيجي» («الحوار الاستراتيجي» is a format of talks)
    (
        Topic.ARMS_CONTROL,
        "التسلح تسلح الأسلحة أسلحة ستارت الصواريخ الاستقرار_الاستراتيجي استقرار_استراتيجي",
    ),
    (Topic.CYBERSECURITY, "سيبران* السيبران* الإلكتروني* القرصنة"),
    (Topic.COUNTERTERRORISM, "إرهاب* الإرهاب* الإرهابية"),
    (Topic.MIGRATION, "الهجرة هجرة اللاجئين المهاجرين لاجئين"),
    (
        Topic.HUMANITARIAN,
        (
            "إنساني* الإنساني* الأسرى أسرى أسير* السجناء سجناء المساعدات الإغاثة الأطفال أطفال طفل*"
            " المحتجزين محتجزين المفقودين مفقودين الرفات رفات"
        ),
    ),
    (
        Topic.DIPLOMATIC_MISSIONS,
        (
            "البعثات بعثات البعثتين بعثتي* السفارات سفارات سفارتي* السفارتين القنصليات قنصليات"
            " الدبلوماسيين الممتلكات التأشيرات القنصلي* السفراء سفراء السفير* سفير*"
        ),
    ),
    (Topic.SANCTIONS, "القيود"),
    (Topic.ENERGY, "الطاقة طاقة النفط نفط الغاز غاز"),
    (Topic.TRADE, "التجارة تجارة التجاري* تجاري* الجمركية الرسوم"),
    (Topic.REGIONAL_STABILITY, "المنطقة الإقليمي* إقليمي* الشرق"),
    (
        Topic.SECURITY,
        "الأمن أمن الأمني* أمني* العسكري* عسكري* الدفاع انسحاب* الانسحاب* القوات الملاحة",
    ),
    (Topic.ECONOMY, "اقتصاد* الاقتصاد* الاستثمار* استثمار* المالية"),
    (
        Topic.DIPLOMATIC_RELATIONS,
        "العلاقات علاقات دبلوماسي* الدبلوماسي* التطبيع* تطبيع* الاتصال التواصل الحوار",
    ),
    # Border demarcation (ترسيم الحدود البحرية) has no topic of its own: it is stated, so
    # it is kept, with ``Topic.OTHER``.
    (Topic.OTHER, "ترسيم* الترسيم*"),
)
_TOPIC = re.compile(  # the clitics once, then the groups: 4x faster than clitics per group
    PREFIX
    + "(?:"
    + "|".join(rf"(?P<t{rank}>{_stems(words)})" for rank, (_, words) in enumerate(_TOPIC_WORDS))
    + f"){END}"
)
# The same matches without the named groups, which make every attempt dearer (the engine
# marks each group it enters): the text is searched with it, and a match read again with
# ``_TOPIC`` at its start (the same pattern: the same match) to know its group.
# It is tried only near a topic word: after the clitics, at most 4 letters on.
_TOPIC_HEADS = [
    _bare(w.rstrip("*")).replace("_", " ") for _, ws in _TOPIC_WORDS for w in ws.split()
]
_TOPIC_SPAN = Headed.of(_unnamed(_TOPIC).pattern, _TOPIC_HEADS, lead=PREFIX_LETTERS)
_TOPIC_OF_GROUP = {f"t{rank}": topic for rank, (topic, _) in enumerate(_TOPIC_WORDS)}
_RANK_OF_GROUP = {f"t{rank}": rank for rank in range(len(_TOPIC_WORDS))}


def _groups(text: str, start: int, end: int) -> list[str]:
    # Search the slice itself: a piece cut after the conjunction و (والاقتصادي) starts
    # right after a letter, which the proclitic lookbehind would otherwise reject.
    piece = text[start:end]
    spans = _TOPIC_SPAN.finditer(piece)
    found = (_TOPIC.match(piece, m.start()) for m in spans)
    return [m.lastgroup for m in found if m is not None and m.lastgroup]


def item_words(text: str, start: int, end: int) -> list[int]:
    """Return where the words that make an item start in ``text[start:end]``, in order.

    The topic words and the words for the war (which take the topic of the war of the
    event's parties): a stretch without any gives no items (:func:`split_items`).
    """
    found = {m.start() for m in _TOPIC_SPAN.finditer(text, start, end)}
    found.update(m.start() for m in _CONFLICT.finditer(text, start, end))
    return sorted(found)


def topics_in(text: str, start: int, end: int) -> list[Topic]:
    """Return the topics whose words occur in ``text[start:end]``, in text order."""
    return [_TOPIC_OF_GROUP[group] for group in _groups(text, start, end)]


def topic_of(text: str, start: int, end: int) -> Topic | None:
    """Return the topic of one item: the first in precedence of the topics named in it."""
    groups = _groups(text, start, end)
    return _TOPIC_OF_GROUP[min(groups, key=_RANK_OF_GROUP.__getitem__)] if groups else None


_TRIGGER_WORDS = [
    "يناقش", "تناقش", "سيناقش", "ستناقش", "ستناقش", "مناقشة", "يبحث", "تبحث", "سيبحث",
    "ستبحث", "جدول الأعمال", "جدول أعمال", "يركز على", "تركز على", "يتركز على",
    "تتركز على", "ستركز على", "سيركز على", "يهدف", "تهدف", "أهداف", "ملف", "ملفات",
    "يتناول", "تتناول", "سيتناول", "ستتناول", "تشمل", "يشمل", "محور", "محاور",
    "سيركزان على", "يركزان على", "ركزت على", "ركز على", "تركزت", "تركزت على",
    "سيتطرقان إلى", "يتطرق", "سيتطرق", "تتطرق", "ستتطرق", "تطرق", "تطرقت",
    "طاولة النقاش", "طاولة المفاوضات", "اتفق الجانبان على", "اتفقا على", "اتفق",
    "اتفقت", "بحثا", "ناقشا", "ناقش", "ناقشت", "بحث", "بحثت", "تناولت", "تناول",
    "النقاط", "البنود", "الملفات", "القضايا", "تبحث", "ستطرح", "سيطرح", "تطرح",
    "تمحورت", "تمحور", "تتمحور", "يتمحور", "ستتمحور", "سيتمحور", "تمحورت حول",
    "الخلاف على", "الخلاف حول", "الخلافات حول", "خلاف حول", "خلافات حول",
    "أسفرت عن", "أسفر عن", "أسفرتا عن", "تمخضت عن", "تمخض عن",
    "ركزت", "ركز", "ركزا", "ركزتا", "تركز", "يركز", "ستركز", "سيركز",
    "تتضمن", "تتضمنان", "تضمنت", "يتضمن", "اتفاق بشأن", "اتفاقا بشأن", "اتفاق حول",
    "اتفاقا حول", "متباعدين بشأن", "متباعدين حول",
]  # fmt: skip
# «اتفاق الأطراف على …»: an agreement, who agreed, and what on
_AGREEMENT_WORDS = ["الاتفاق", "اتفاق", "اتفاقا"]
_AGREEMENT_ON = rf"(?:{'|'.join(_AGREEMENT_WORDS)})\s+[^\s،,.]+\s+{key('على')}"
_TRIGGER_PATTERN = rf"{PREFIX}(?:{alternation(_TRIGGER_WORDS)}|{_AGREEMENT_ON}){END}"
_TRIGGER = re.compile(_TRIGGER_PATTERN)
# searched with: tried only near the first word of a trigger, after at most 4 proclitic letters
_HEADED_TRIGGER = Headed.of(
    _TRIGGER_PATTERN, _TRIGGER_WORDS + _AGREEMENT_WORDS, lead=PREFIX_LETTERS
)
_LIST_INTRO = re.compile(
    rf"(?:{alternation(['التالية', 'الآتية', 'يلي', 'التالي', 'الآتي'])})\s*:?\s*$|:\s*$"
)


_NEGATION = frozenset(key(w) for w in ["لا", "لم", "لن", "دون", "ولا", "ولم", "ولن"])


# «يبحث ذووهم عنهم»: بحث عن is searching for someone, not discussing something.
_SEARCH_WORDS = ["بحث", "بحثت", "بحثا", "يبحث", "تبحث", "سيبحث", "ستبحث", "يبحثون"]
_SEARCH = re.compile(rf"{PREFIX}(?:{alternation(_SEARCH_WORDS)}){END}")
_FOR = re.compile(r"(?:\s+\S+)?\s+عن(?:ه|ها|هم|هما)?(?!\w)")


def find_agenda_triggers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the agenda trigger words in ``text[start:end]``.

    Not a negated one («لا يتناول»), nor «بحث» searching for someone («يبحث ذووهم عنهم»).
    """
    out = []
    for match in _HEADED_TRIGGER.finditer(text, start, end):
        before = text[max(start, match.start() - 6) : match.start()].split()
        if before and before[-1] in _NEGATION:
            continue
        if _SEARCH.fullmatch(text, *match.span()) and _FOR.match(text, match.end(), end):
            continue
        out.append(match.span())
    return out


# A body set up to discuss something: «تشكيل ثلاث مجموعات عمل … لبحث القضايا الإنسانية»
_BODY_WORDS = ["مجموعات عمل", "مجموعة عمل", "مجموعات", "لجنة", "لجان", "لجنتين", "فريق", "فرق"]
# tried only near a body word, after at most 4 proclitic letters (see ``Headed.finditer``)
_BODY = Headed.of(rf"{PREFIX}(?:{alternation(_BODY_WORDS)}){END}", _BODY_WORDS, lead=PREFIX_LETTERS)
# «ل» starting a word: the letter comes first so that the engine skips to it, and the
# look-behind checks what stands before it (the same matches as «(?<!\w)ل(?!ل)\w{3,}»)
_PURPOSE_WORD = re.compile(r"ل(?<!\wل)(?!ل)\w{3,}")
_WORD = re.compile(r"\w*")


def for_a_body(text: str, start: int, trigger: int) -> bool:
    """Tell whether a purpose trigger at ``trigger`` («لبحث») is that of a body.

    «اقترحت موسكو تشكيل مجموعات عمل لبحث القضايا الإنسانية»: what the working groups
    are to discuss, not the agenda of the event. ``start`` is where the clause begins.
    """
    bodies = [m.end() for m in _BODY.finditer(text, start, trigger)]
    word_end = _WORD.match(text, trigger)
    stop = trigger if word_end is None else word_end.end()
    return bool(bodies) and _PURPOSE_WORD.search(text, bodies[-1], stop) is not None


class Remits:
    """The bodies and purpose words of one stretch of text, found once for its triggers.

    :meth:`for_a_body` answers :func:`for_a_body` for any clause and trigger of the
    stretch by bisection, so a sentence with many triggers is read in linear work.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        bodies = [m.span() for m in _BODY.finditer(text, start, end)]
        self._body_starts = [s for s, _ in bodies]
        self._body_ends = [e for _, e in bodies]
        self._purposes = [m.start() for m in _PURPOSE_WORD.finditer(text, start, end)]

    def for_a_body(self, start: int, trigger: int) -> bool:
        """Tell whether the trigger at ``trigger`` in a clause from ``start`` is a body's."""
        last = bisect.bisect_right(self._body_ends, trigger) - 1
        if last < 0 or self._body_starts[last] < start:
            return False
        word_end = _WORD.match(self.text, trigger)
        stop = trigger if word_end is None else word_end.end()
        # a purpose word is «ل» and three letters or more: one starting 4 before ``stop``
        at = bisect.bisect_left(self._purposes, self._body_ends[last])
        return at < len(self._purposes) and self._purposes[at] <= stop - 4


# The purpose of an event, right after its noun: «اجتماعا لتفعيل الاتفاق»، «بهدف وضع …».
_PURPOSE_WORDS = ["بهدف", "من أجل", "سعيا إلى", "بغية"]
_PURPOSE = re.compile(rf"\s+(?:(?:{alternation(_PURPOSE_WORDS)})\s+|ل(?!ل)(?=\w{{3,}}))")


# What talks are about, in the clause of their noun: «المفاوضات بين لبنان وإسرائيل حول ترسيم
# الحدود البحرية»، «المشاورات بشأن عمل السفارتين».
_ABOUT = re.compile(
    rf"(?<!\w)(?:{alternation(['حول', 'بشأن', 'بخصوص', 'حيال', 'المتعلقة ب', 'المتعلق ب'])})\s*"
)


def about_after(text: str, at: int, end: int) -> int | None:
    """Return where the subject of talks named before ``at`` starts («… حول X»), if any."""
    match = _ABOUT.search(text, at, end)
    return None if match is None else match.end()


# A round of a series of talks: «الجولة الخامسة من المفاوضات»، «جولة ثالثة من هذه المشاورات»،
# «الجولتين الأولى والثانية من الحوار» (the ordinals between the round noun and «من»).
_TALKS_NOUNS = ["مفاوضات", "محادثات", "مباحثات", "مشاورات", "حوار"]
_OF_TALKS = re.compile(
    rf"(?:\s+\w+){{0,3}}?\s+من\s+(?:{key('هذه')}\s+)?"
    rf"(?P<noun>(?:ال)?(?:{alternation(_TALKS_NOUNS)}))(?!\w)"
)
# Words that end the name of a series (its words after the noun: «مفاوضات ترسيم الحدود
# البحرية بين …») or part it from its subject («المشاورات الروسية الأوكرانية حول …»).
_NAME_STOP = frozenset(
    key(w)
    for w in [
        "بين", "مع", "في", "من", "إلى", "على", "عن", "منذ", "التي", "الذي", "اللتين",
        "اللذين", "قد", "ثم", "بعد", "قبل", "أمس", "اليوم", "غدا", "يوم", "يومي", "خلال",
    ]
)  # fmt: skip
_BETWEEN = frozenset(key(w) for w in ["بين", "غير"])  # what may part a name from «حول»
_SUBJECT_GAP = 8  # words between the talks noun and «حول …» at most
SUBJECT_REACH = 160  # characters after a talks noun its name and «حول …» are looked for in
_NAME_WORDS = 6
_DEFINITE = re.compile(r"[وف]?[بكل]?ال|[وف]?لل")
_NAME_WORD = re.compile(r"[^\s،,.:؛;!?؟()\"«»]+")


_TALKS_NOUN = re.compile(rf"[وف]?[بل]?(?:ال|ل)?(?:{alternation(_TALKS_NOUNS)})")


def is_talks_noun(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is a noun for talks (مفاوضات، المشاورات، وحوار …)."""
    return _TALKS_NOUN.fullmatch(text, start, end) is not None


def talks_of_round(text: str, at: int, end: int) -> tuple[int, int] | None:
    """Return the span of the talks noun a round noun ending at ``at`` is a round of.

    «الجولة الخامسة من المفاوضات»: the span of «المفاوضات»; ``None`` when the round is
    not said to be one of talks.
    """
    match = _OF_TALKS.match(text, at, end)
    return None if match is None else match.span("noun")


def _name_word_ends(text: str, word: str, start: int, *, definite: bool) -> bool:
    """Tell whether ``word`` (at ``start``) is no longer part of a series' name."""
    bare = word.lstrip("وف") if len(word) > 3 else word
    return (
        word in _NAME_STOP
        or bare in _NAME_STOP
        or (definite and not word.startswith("ال"))
        or word[0].isdigit()
        or (len(word) > 3 and word[0] in "بل" and not word.startswith("ال"))
        or _TRIGGER.match(text, start, start + len(word)) is not None
        or _ABOUT.match(text, start) is not None
    )


# «جميع الجولات»، «الجولات كلها»، «الجولات الثلاث جميعها»: what is said holds for every round
_ALL_ROUNDS = re.compile(
    r"(?<!\w)[وفبل]?(?:جميع|كل)\s+(?:ال|لل)?جولات(?!\w)"
    r"|(?<!\w)[وفبل]?(?:ال|لل)?جولات(?:\s+[^\s،,.]+)?\s+(?:كلها|جميعها)(?!\w)"
)


def said_of_all_rounds(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` speaks of all the rounds («تركزت الجولات كلها على …»)."""
    # every form has «جولات»: a plain substring search first (far cheaper than the pattern)
    return text.find("جولات", start, end) >= 0 and _ALL_ROUNDS.search(text, start, end) is not None


def series_subject(
    text: str,
    noun: tuple[int, int],
    end: int,
    names: Iterable[int] = (),
    *,
    about: bool = True,
) -> list[tuple[int, int]]:
    """Return the spans that state the subject of a series of talks named at ``noun``.

    The words of its name («مفاوضات ترسيم الحدود البحرية»، «المحادثات النووية»: the
    construct after an indefinite noun, the adjectives after a definite one) and the
    subject after «حول/بشأن …» when only adjectives, «غير المباشرة» or «بين الطرفين» come
    between («المشاورات الروسية الأوكرانية حول لم شمل الأطفال»). ``names`` are the starts
    of proper names (countries, their adjectives, places): they say who or where, not what,
    and end the name («مفاوضات إسطنبول»). ``end`` is where the clause ends; an empty list
    when the talks are named without a subject. With ``about`` false, only the name counts
    (talks named by themselves: «… حول» may be the subject of the one event they are).
    """
    start, at = noun
    definite = _DEFINITE.match(text, start, at) is not None
    named = sorted(names)
    spans = []
    name_start = name_end = at
    for count, word in enumerate(_NAME_WORD.finditer(text, at, min(end, at + SUBJECT_REACH))):
        word_start, word_end = word.span()
        if count >= _NAME_WORDS or text[name_end:word_start].strip():
            break  # a punctuation mark between words ends the name
        if bisect.bisect_left(named, word_start) < bisect.bisect_left(named, word_end):
            break  # a proper name: who or where, not what
        if _name_word_ends(text, word.group(), word_start, definite=definite):
            break
        name_start, name_end = (word_start if name_end == at else name_start), word_end
    if name_end > at:
        spans.append((name_start, name_end))
    found = _ABOUT.search(text, at, min(end, at + SUBJECT_REACH)) if about else None
    if found is not None:
        gap = text[at : found.start()]
        words = gap.split()
        if (
            len(words) <= _SUBJECT_GAP
            and not re.search(r"[،,.:؛;!?؟\n]", gap)
            and all(w in _BETWEEN or w not in _NAME_STOP for w in words)
        ):
            spans.append((found.end(), end))
    return spans


def purpose_after(text: str, at: int, end: int) -> int | None:
    """Return where a purpose phrase right after an event noun (at ``at``) states its items.

    «يعقد الوزيران اجتماعا لتفعيل الاتفاق وترتيب تبادل السفراء»: the items start at
    «تفعيل». ``None`` when the noun is not followed by «ل», «بهدف», «من أجل» ….
    """
    match = _PURPOSE.match(text, at, end)
    return None if match is None else match.end()


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


# A clause set in between, which the items of the clause before may skip: «تركزت المحادثات،
# بحسب ما أفادت به الوكالة، على البرنامج النووي».
_ASIDE_WORDS = ["بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "كما", "على حد"]
_ASIDE = re.compile(rf"[وف]?(?:{alternation(_ASIDE_WORDS)})(?!\w)")


def is_aside(text: str, start: int, end: int) -> bool:
    """Tell whether the clause ``text[start:end]`` is set in between (بحسب …، وفق …)."""
    return _ASIDE.match(text, start, end) is not None


# The object of a trigger verb, in a clause of its own: «…، على البرنامج النووي».
_OBJECT = re.compile(rf"(?:{alternation(['على', 'حول', 'عن', 'بشأن', 'إلى'])})(?!\w)")


def is_object(text: str, start: int, end: int) -> bool:
    """Tell whether the clause ``text[start:end]`` opens as a verb's object (على، حول …)."""
    return _OBJECT.match(text, start, end) is not None


def is_list_intro(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` introduces a list (…النقاط التالية، …:)."""
    # What ``_LIST_INTRO`` finds, read from the end: a colon, or a list word, last (but for
    # white space); no search from every position of the stretch.
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return text.endswith(":", start, stop) or text.endswith(_LIST_WORDS, start, stop)


_LIST_WORDS = tuple(key(w) for w in ["التالية", "الآتية", "يلي", "التالي", "الآتي"])


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
_NON_BLANK = re.compile(r"\S+")  # a word as ``str.split`` cuts it (the same white space)


# Where the items of a phrase end: what follows says why or how, not what («… أولوية لبيروت
# في ظل أزمتها الاقتصادية»، «حول لم شمل الأطفال بوساطة قطرية»).
_ITEMS_END = re.compile(
    r"(?<!\w)(?:"
    + alternation(["في ظل", "بسبب", "رغم", "برغم", "وسط", "بوساطة", "برعاية", "بدعوة", "بحضور"])
    + r")(?!\w)"
)


# Words for the war between the parties (وقف إطلاق النار، إنهاء الحرب، محادثات السلام): they
# name the conflict of the event's parties, when it has a topic of its own
# (see :func:`conflict_topic`).
_CONFLICT_WORDS = [
    "إطلاق النار", "الحرب", "حرب", "النزاع", "الصراع", "الهدنة", "هدنة", "السلام", "سلام",
]  # fmt: skip
_CONFLICT = re.compile(rf"{PREFIX}(?:{alternation(_CONFLICT_WORDS)}){END}")
_CONFLICT_OF = {"UA": Topic.UKRAINE}


def conflict_topic(parties: Iterable[str]) -> Topic | None:
    """Return the topic of the war between ``parties`` (Ukraine's, when it is a party)."""
    return next((_CONFLICT_OF[p] for p in sorted(parties) if p in _CONFLICT_OF), None)


def split_items(
    text: str, start: int, end: int, *, conflict: Topic | None = None
) -> list[tuple[int, int, Topic]]:
    """Cut ``text[start:end]`` into items at commas and at و, each with its topic.

    Pieces without a topic are joined to the item before them (they qualify it), or to the
    first item when none comes before, so an item's wording runs to the next item. The
    items end where the phrase turns to circumstances (في ظل، بسبب، بوساطة …). A piece
    naming only the war («مقترحات لوقف إطلاق النار») takes the ``conflict`` topic of the
    event's parties, when given.
    """
    stop = _ITEMS_END.search(text, start, end)
    end = stop.start() if stop is not None else end
    cuts = [(start, start)]  # (where the piece starts, where its wording starts)
    for match in _SPLIT.finditer(text, start, end):
        if match.group() == "و":
            word = _NON_BLANK.match(text, match.start(), end)  # (no copy of the rest)
            if word is not None and word.group().rstrip("،,.") in _CONJ_NOT:
                continue
        cuts.append((match.start(), match.end()))
    cuts.append((end, end))
    items: list[tuple[int, int, Topic]] = []
    pending: int | None = None  # start of topic-less pieces before the first item
    for (_, piece_start), (piece_end, _) in itertools.pairwise(cuts):
        if not text[piece_start:piece_end].strip():
            continue  # «وترتيب …» at the start: nothing before the conjunction
        topic = topic_of(text, piece_start, piece_end)
        if topic is None and conflict is not None:
            topic = conflict if _CONFLICT.search(text, piece_start, piece_end) else None
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
    (PhaseKind.WORKING_LUNCH, ["غداء عمل", "غداء العمل", "مأدبة غداء", "غداء"]),
    (PhaseKind.DINNER, ["عشاء عمل", "عشاء العمل", "مأدبة عشاء", "عشاء"]),
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
# searched with, as ``_TOPIC_SPAN``, and only near the first word of a part («غداء», «مؤتمرا»)
_PHASE_SPAN = Headed.of(
    _unnamed(_PHASE).pattern,
    [word for _, words in _PHASE_WORDS for word in words],
    lead=PREFIX_LETTERS,
)


# A programme part that did not take place: «لم يعقد الرئيسان لقاء على انفراد»، «ألغي غداء
# العمل»، «من دون مؤتمر صحفي»; «بل» or «لكن» ends the denial («… بل عقد كل منهما مؤتمرا»).
_DENIAL_WORDS = ["لم", "لن", "لا", "دون", "بدون", "ألغي", "ألغيت", "إلغاء", "أرجئ", "تأجيل"]
_DENIAL = re.compile(
    rf"{PREFIX}(?:(?P<no>{alternation(_DENIAL_WORDS)})"
    rf"|(?P<but>{alternation(['بل', 'لكن', 'لكنه', 'إنما'])})){END}"
)


def phase_denied(text: str, start: int, at: int) -> bool:
    """Tell whether the clause from ``start`` denies the programme part named at ``at``."""
    denied = False
    for match in _DENIAL.finditer(text, start, at):
        denied = match.group("no") is not None
    return denied


class Denials:
    """The denial words of one stretch of text, found once for its programme parts.

    :meth:`denied` answers :func:`phase_denied` for any clause of the stretch by bisection.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        found = [
            (m.start(), m.end(), m.group("no") is not None)
            for m in _DENIAL.finditer(text, start, end)
        ]
        self._starts = [s for s, _, _ in found]
        self._ends = [e for _, e, _ in found]
        self._denies = [no for _, _, no in found]

    def denied(self, start: int, at: int) -> bool:
        """Tell whether the clause from ``start`` denies the programme part named at ``at``."""
        last = bisect.bisect_right(self._ends, at) - 1
        return last >= 0 and self._starts[last] >= start and self._denies[last]


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
    for found in _PHASE_SPAN.finditer(text, start, stop):
        match = _PHASE.match(text, found.start(), stop)  # the same match, with its group
        name = match.lastgroup if match is not None else None
        if match is not None and name is not None:
            out.append(PhaseMention(match.start(), match.end(), PhaseKind(name)))
    return out


# -- items that name no topic -------------------------------------------------------------
# The subject of a trigger verb, before its object: «ناقش الجانبان قواعد ملء السد».
_SUBJECT_WORDS = frozenset(
    key(w)
    for w in [
        "الجانبان", "الطرفان", "الوزيران", "الرئيسان", "الزعيمان", "الوفدان", "البلدان",
        "المسؤولان", "المبعوثان", "الجانبين", "الطرفين", "الوفدين", "أيضا", "كذلك", "مجددا",
        "خلاله", "خلالها", "خلالهما", "فيه", "فيها", "خلال", "اللقاء", "الاجتماع",
    ]
)  # fmt: skip
# Words that end a topic-less object: what follows says where, when, between whom.
_OTHER_STOP = frozenset(
    key(w)
    for w in [
        "في", "خلال", "يوم", "يومي", "منذ", "بين", "مع", "التي", "الذي", "اللذين", "اللتين",
        "عبر", "أمس", "اليوم", "غدا", "قبل", "بعد", "حيث", "لدى", "وفي", "ومع", "وبين",
        "بحضور", "بمشاركة", "على", "إلى", "من", "عن", "الأسبوع", "الشهر", "العام", "الماضي",
        "الماضية", "المقبل", "المقبلة", "الجاري", "الجارية", "الأحد", "الاثنين", "الثلاثاء",
        "الأربعاء", "الخميس", "الجمعة", "السبت",
    ]
)  # fmt: skip
# Words that open a clause, not a noun phrase: «اتفقا على أن …»، «ناقشا ما إذا …».
_CLAUSE_WORDS = frozenset(
    key(w)
    for w in [
        "أن", "أنه", "أنها", "إن", "إنه", "ما", "لا", "لم", "لن", "قد", "هذا", "هذه", "ذلك",
        "تلك", "هو", "هي", "هم", "كيف", "كيفية", "هل", "إذا", "كان", "كانت", "عدم", "كل",
        "جميع", "أي", "عدة", "عدد", "بعض", "مدة", "مرة", "أول",
    ]
)  # fmt: skip
# Objects about the event itself, not what it is about: its programme, preparation, date,
# continuation or results («اتفقا على تفاصيل البرنامج»، «لمواصلة العمل»، «نتائج المفاوضات»).
_ITSELF_WORDS = frozenset(
    key(w)
    for w in [
        "تفاصيل", "ترتيبات", "الترتيبات", "التحضير", "تحضير", "التحضيرات", "الإعداد", "إعداد",
        "موعد", "مواعيد", "مكان", "برنامج", "البرنامج", "جدول", "مواصلة", "استكمال", "استئناف",
        "متابعة", "نتائج", "النتائج", "مخرجات", "حصيلة", "العمل", "أعمال", "سير", "عقد",
        "إجراء", "تنظيم", "انعقاد", "النقاش", "المناقشات", "المباحثات", "المحادثات",
    ]
)  # fmt: skip
# Words too general to be an item by themselves («بحثا المستجدات»، «يتضمن التوصيات»): kept
# as unparsed unless a word after them says what they are about.
_GENERAL_WORDS = frozenset(
    key(w)
    for w in [
        "القضايا", "المسائل", "الملفات", "الموضوعات", "المواضيع", "الأمور", "التطورات",
        "المستجدات", "الأوضاع", "التوصيات", "النقاط", "البنود", "القضية", "المسألة", "الملف",
        "الجهود", "السبل", "الآليات", "المقترحات", "الأفكار",
    ]
)  # fmt: skip
_VAGUE_WORDS = frozenset(
    key(w)
    for w in [
        "آخر", "أبرز", "أهم", "مجمل", "مختلف", "كافة", "ذات", "الاهتمام", "المشترك",
        "المشتركة", "العالقة", "الراهنة", "الثنائية", "المختلفة", "الأخيرة", "الملحة",
    ]
)  # fmt: skip
# Agenda triggers that are nouns: the words after a definite one qualify it («القضايا
# السياسية»), and only a noun phrase in construct reads as the object of an indefinite one.
_NOUN_TRIGGERS = frozenset(
    key(w)
    for w in [
        "جدول الأعمال", "جدول أعمال", "أهداف", "ملف", "ملفات", "محور", "محاور", "طاولة النقاش",
        "طاولة المفاوضات", "النقاط", "البنود", "الملفات", "القضايا",
    ]
)  # fmt: skip


def reads_other(text: str, start: int, end: int) -> bool | None:
    """Tell how the trigger at ``text[start:end]`` reads an object that names no topic.

    ``True``: as any object (a verb, «يناقش»، «تمحورت حول»); ``False``: only a noun phrase
    in construct (an indefinite noun, «ملف سد النهضة»); ``None``: not at all (a definite
    noun, «القضايا السياسية الكبرى», whose words qualify it).
    """
    word = re.sub(r"^[وف]?[بكل]?(?=ال)|^[وف]?ل(?=ل)", "", text[start:end])
    word = word[1:] if word[:1] in "وف" and word[1:] in _NOUN_TRIGGERS else word
    word = word[1:] if word[:1] in "بل" and word[1:] in _NOUN_TRIGGERS else word
    if word not in _NOUN_TRIGGERS:
        return True
    return None if _DEFINITE.match(word.rsplit(" ", 1)[-1]) else False


# Who takes part, not what about: «قمة لقادة دول الخليج»، «اجتماعا لممثلي البلدين».
_WHO_WORDS = frozenset(
    key(w)
    for w in [
        "قادة", "زعماء", "رؤساء", "وزراء", "وزيري", "ممثلي", "ممثلين", "أعضاء", "مسؤولي",
        "مسؤولين", "سفراء", "سفيري", "وفود", "وفدي", "وفد", "خبراء", "مندوبي", "كبار",
        "قيادات", "دول", "الدول", "مجلس", "لجنة", "اللجنة", "لجان", "منظمة", "فريق", "فرق",
        "نظيره", "نظيرها", "نظرائه", "رئيس", "وزير", "الجانبين", "الطرفين", "البلدين",
    ]
)  # fmt: skip
_OTHER_WORD = re.compile(r"[^\s،,.:؛;!?؟()\"«»]+")
_OTHER_WORDS = 8  # a topic-less object of more words is not read as one item
_VERB = re.compile(r"[وف]?ي\w{2,}|[وف]?(?!ال)\w{2,}(?:وا|تا)")  # يبحث، اتفقوا، ناقشتا


def other_item(
    text: str, start: int, end: int, names: Iterable[int] = (), *, after_event: bool = False
) -> tuple[bool, int, int] | None:
    """Read the object of a trigger whose words name no topic (``Topic.OTHER``).

    «ناقش الجانبان قواعد ملء السد وتشغيله»: ``(True, start, end)`` of «قواعد ملء السد
    وتشغيله», a noun phrase (its first word definite, or in construct with a definite
    word). The subject words after a verb («الجانبان») and a preposition that opens the
    object («إلى») are skipped; the phrase ends where
    it turns to where, when or with whom (في، يوم، بين …) or at a number. ``None`` when
    the words are a clause, not an object («اتفقا على أن …»), open with a proper name
    (``names`` are their starts: who or where, not what), or none are left;
    ``(False, start, end)`` when they may be an object but the reader cannot tell (an
    indefinite word alone, general words, a long run of words).
    With ``after_event``, ``start`` is right after an event noun: the definite words that
    follow qualify it («اتفقا على عقد الجولة الثانية»), they are no object.
    """
    named = set(names)
    # a bounded number of words: the subject, the phrase and one more (linear work)
    reach = _OTHER_WORD.finditer(text, start, end)
    words = [m.span() for m in itertools.islice(reach, 2 * _OTHER_WORDS + 1)]
    first = 0
    while after_event and first < len(words) and _DEFINITE.match(text, *words[first]):
        first += 1
    while first < len(words) and text[slice(*words[first])] in _SUBJECT_WORDS:
        first += 1
    if first < len(words) and _OBJECT.fullmatch(text, *words[first]):
        first += 1  # «يهدف الاجتماع إلى تنسيق المواقف»
    kept: list[tuple[int, int]] = []
    for word_start, word_end in words[first:]:
        word = text[word_start:word_end]
        if kept and text[kept[-1][1] : word_start].strip():
            break  # a punctuation mark between words
        if word in _OTHER_STOP or word[0].isdigit():
            break
        if word_start in named and not kept:
            return None  # a proper name first: who or where, not what
        kept.append((word_start, word_end))
    if not kept:
        return None
    head = text[slice(*kept[0])]
    bare = head[1:] if head[:1] in "وف" and len(head) > 3 else head
    if {head, bare} & (_CLAUSE_WORDS | _ITSELF_WORDS | _WHO_WORDS) or _VERB.fullmatch(head):
        return None
    span_start, span_end = kept[0][0], kept[-1][1]
    definite = [_DEFINITE.match(text, s, e) is not None for s, e in kept[:3]]
    said = {text[s:e] for s, e in kept}
    general = bool(said & _GENERAL_WORDS) and said <= _GENERAL_WORDS | _VAGUE_WORDS
    clear = (definite[0] or any(definite[1:])) and len(kept) <= _OTHER_WORDS and not general
    return clear, span_start, span_end


# The subject (and adverbs) a verb trigger may have before its object: «يبحث الوزيران …».
_VERB_SUBJECT = frozenset(
    key(w)
    for w in [
        "الجانبان", "الطرفان", "الوزيران", "الرئيسان", "الزعيمان", "الوفدان", "البلدان",
        "المسؤولان", "المبعوثان", "أيضا", "كذلك", "مجددا", "خلاله", "خلالها", "خلالهما",
        "فيه", "فيها", "فيهما",
    ]
)  # fmt: skip
_VERB_SUBJECT_WORDS = 3  # at most this many subject words are skipped (linear work)


def after_subject(text: str, start: int, end: int) -> int:
    """Return where a verb trigger's object starts, after its subject words at ``start``.

    «يبحث الوزيران خلالها التبادل التجاري»: the object starts at «التبادل»; ``start`` when
    no subject word follows. Only a few words are read.
    """
    at = start
    reach = _OTHER_WORD.finditer(text, start, end)
    for match in itertools.islice(reach, _VERB_SUBJECT_WORDS):
        if text[at : match.start()].strip() or match.group() not in _VERB_SUBJECT:
            break
        at = match.end()
    return at


def names_by_construct(text: str, noun: tuple[int, int]) -> bool:
    """Tell whether the talks noun at ``noun`` is indefinite: its name is then a construct.

    «مفاوضات سد النهضة» names what the talks are about; the adjectives after a definite
    noun («المحادثات الثنائية») say how or between whom, when they name no topic.
    """
    return _DEFINITE.match(text, *noun) is None
