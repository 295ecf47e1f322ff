"""Word pools and text strategies: Arabic and English words of diplomatic news.

What belongs here: fixed pools of (Arabic, English) pairs written for these strategies
(places, people, roles, outlets, agenda wording, relative-date phrases, quotes), and the
strategies that draw language tags, words and :class:`~diplofacts.LocalizedText` from them.
What does not: anything that builds model objects other than text (see ``_model.py``).

The people are invented; the places and outlets are real names as the news uses them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from hypothesis import strategies as st

from diplofacts.model import LocalizedText, Relation, Topic

__all__ = [
    "AGENDA",
    "ARABIC_FILLER",
    "DESCRIPTIONS",
    "ENGLISH_FILLER",
    "EVENT_TITLES",
    "OUTLETS",
    "PEOPLE",
    "PLACES",
    "QUOTES",
    "REASONS",
    "REGIONS",
    "RELATIVE_PHRASES",
    "ROLES",
    "VENUE_NAMES",
    "arabic_text",
    "english_text",
    "language_tags",
    "localized_texts",
]

Pair = tuple[str, str]
"""An (Arabic, English) pair of the same words."""

PLACES: tuple[Pair, ...] = (
    ("موسكو", "Moscow"),
    ("الرياض", "Riyadh"),
    ("جدة", "Jeddah"),
    ("إسطنبول", "Istanbul"),
    ("أنقرة", "Ankara"),
    ("الدوحة", "Doha"),
    ("مسقط", "Muscat"),
    ("القاهرة", "Cairo"),
    ("عمّان", "Amman"),
    ("بغداد", "Baghdad"),
    ("بيروت", "Beirut"),
    ("طهران", "Tehran"),
    ("جنيف", "Geneva"),
    ("فيينا", "Vienna"),
    ("أنكوريج", "Anchorage"),
    ("أبوظبي", "Abu Dhabi"),
    ("المنامة", "Manama"),
    ("الرباط", "Rabat"),
    ("الجزائر", "Algiers"),
    ("واشنطن", "Washington"),
    ("بكين", "Beijing"),
    ("مينسك", "Minsk"),
)
REGIONS: tuple[Pair, ...] = (
    ("ألاسكا", "Alaska"),
    ("منطقة مكة المكرمة", "Makkah Region"),
    ("كانتون جنيف", "Canton of Geneva"),
    ("إقليم كردستان", "Kurdistan Region"),
    ("محافظة ظفار", "Dhofar Governorate"),
)
VENUE_NAMES: tuple[Pair, ...] = (
    ("قاعدة إلمندورف", "Elmendorf Air Base"),
    ("قصر الدرعية", "Diriyah Palace"),
    ("قصر دولمة بهجة", "Dolmabahce Palace"),
    ("فندق الريتز كارلتون", "Ritz-Carlton Hotel"),
    ("قصر الأمم", "Palace of Nations"),
    ("مركز الملك عبد العزيز للمؤتمرات", "King Abdulaziz Conference Centre"),
    ("مقر السفارة", "the embassy building"),
)
PEOPLE: tuple[Pair, ...] = (
    ("سالم بن راشد", "Salem bin Rashid"),
    ("عبد الله الحربي", "Abdullah Al-Harbi"),
    ("فاطمة الزهراني", "Fatima Al-Zahrani"),
    ("يوسف العمري", "Youssef Al-Omari"),
    ("ليلى حداد", "Layla Haddad"),
    ("سيرغي إيفانوف", "Sergei Ivanov"),
    ("جون ميلر", "John Miller"),
    ("أحمد منصور", "Ahmed Mansour"),
    ("خالد الشمري", "Khalid Al-Shammari"),
    ("مريم النعيمي", "Maryam Al-Nuaimi"),
    ("أولغا بتروفا", "Olga Petrova"),
    ("هانا شميدت", "Hanna Schmidt"),
)
ROLES: tuple[Pair, ...] = (
    ("وزير الخارجية", "foreign minister"),
    ("المبعوث الخاص", "special envoy"),
    ("نائب وزير الخارجية", "deputy foreign minister"),
    ("مستشار الأمن القومي", "national security adviser"),
    ("السفير", "ambassador"),
    ("رئيس الوفد", "head of delegation"),
    ("المتحدث الرسمي", "spokesperson"),
    ("رئيس صندوق الاستثمار", "head of the investment fund"),
    ("وزير الدفاع", "defence minister"),
    ("مساعد الرئيس", "presidential aide"),
)
OUTLETS: tuple[Pair, ...] = (
    ("وكالة تاس", "TASS"),
    ("رويترز", "Reuters"),
    ("الجزيرة", "Al Jazeera"),
    ("العربية", "Al Arabiya"),
    ("وكالة الأنباء السعودية", "SPA"),
    ("سبوتنيك", "Sputnik"),
    ("شبكة إن بي سي", "NBC"),
    ("وكالة الأناضول", "Anadolu"),
    ("الكرملين", "Kremlin"),
    ("وزارة الخارجية", "Foreign Ministry"),
)
DESCRIPTIONS: tuple[Pair, ...] = (
    ("مصدر مطلع", "an informed source"),
    ("مسؤول رفيع المستوى", "a senior official"),
    ("دبلوماسي غربي", "a Western diplomat"),
    ("السفير الروسي لدى الولايات المتحدة", "the Russian ambassador to the United States"),
    ("مصادر مقربة من الوفد", "sources close to the delegation"),
)
AGENDA: tuple[tuple[str, str, Topic], ...] = (
    ("رفع العقوبات", "lifting sanctions", Topic.SANCTIONS),
    ("الأزمة الأوكرانية", "the Ukrainian crisis", Topic.UKRAINE),
    ("استعادة العلاقات الدبلوماسية", "restoring diplomatic relations", Topic.DIPLOMATIC_RELATIONS),
    ("عمل السفارات", "the work of the embassies", Topic.DIPLOMATIC_MISSIONS),
    ("الأمن الإقليمي", "regional security", Topic.SECURITY),
    ("الاستقرار الاستراتيجي", "strategic stability", Topic.ARMS_CONTROL),
    ("البرنامج النووي", "the nuclear programme", Topic.NUCLEAR),
    ("استقرار المنطقة", "stability in the region", Topic.REGIONAL_STABILITY),
    ("التعاون الاقتصادي", "economic cooperation", Topic.ECONOMY),
    ("أسواق الطاقة", "energy markets", Topic.ENERGY),
    ("التبادل التجاري", "trade", Topic.TRADE),
    ("تبادل الأسرى", "a prisoner exchange", Topic.HUMANITARIAN),
    ("الأمن السيبراني", "cybersecurity", Topic.CYBERSECURITY),
    ("مكافحة الإرهاب", "counterterrorism", Topic.COUNTERTERRORISM),
    ("ملف الهجرة", "migration", Topic.MIGRATION),
    ("قضايا أخرى", "other matters", Topic.OTHER),
)
RELATIVE_PHRASES: tuple[tuple[str, str, Relation], ...] = (
    ("بعد القمة", "after the summit", Relation.AFTER),
    ("بعد أسبوع من الجولة الأولى", "a week after the first round", Relation.AFTER),
    ("قبل انعقاد القمة", "before the summit", Relation.BEFORE),
    ("خلال الزيارة", "during the visit", Relation.DURING),
    ("على هامش القمة", "on the sidelines of the summit", Relation.ON_SIDELINES_OF),
    ("في غضون أسبوعين", "within two weeks", Relation.WITHIN),
)
EVENT_TITLES: tuple[Pair, ...] = (
    ("قمة ألاسكا", "Alaska summit"),
    ("الجولة الثانية من المشاورات", "second round of consultations"),
    ("محادثات إسطنبول", "Istanbul talks"),
    ("القمة الثلاثية", "trilateral summit"),
    ("مشاورات الرياض", "Riyadh consultations"),
)
QUOTES: tuple[Pair, ...] = (
    ("كانت المحادثات بناءة", "the talks were constructive"),
    ("نأمل في تحقيق تقدم ملموس", "we hope for tangible progress"),
    ("لم يحدد موعد الجولة المقبلة بعد", "the date of the next round is not fixed yet"),
    ("اتفق الجانبان على مواصلة الحوار", "both sides agreed to continue the dialogue"),
    ("ستعقد القمة في موعدها", "the summit will be held as planned"),
)
REASONS: tuple[str, ...] = (
    "date without a month",
    "title without a name",
    "unknown venue",
    "ambiguous ordinal",
)
ARABIC_FILLER: tuple[str, ...] = (
    "قال",
    "إن",
    "المحادثات",
    "ستعقد",
    "في",
    "الأسبوع",
    "المقبل",
    "وأضاف",
    "أن",
    "الجانبين",
    "اتفقا",
    "على",
    "مواصلة",
    "الحوار",
    "القمة",
    "الجولة",
    "الثانية",
    "من",
    "المشاورات",
    "الوفد",
    "أغسطس",
    "آب",
    "٢٠٢٥",
    "15",
    "،",
    ".",
)
ENGLISH_FILLER: tuple[str, ...] = (
    "the",
    "talks",
    "will",
    "be",
    "held",
    "next",
    "week",
    "said",
    "both",
    "sides",
    "agreed",
    "summit",
    "round",
    "second",
    "delegation",
    "August",
    "2025",
    ",",
    ".",
)
_EXTRA_LANGUAGES: tuple[Pair, ...] = (
    ("ru", "переговоры"),
    ("fr", "négociations"),
    ("tr", "müzakereler"),
    ("fa", "مذاکرات"),
    ("de", "Gespräche"),
)


def language_tags() -> st.SearchStrategy[str]:
    """Draw a valid BCP 47 tag: mostly ``ar`` and ``en``, sometimes with a region."""
    return st.sampled_from(("ar", "en", "ar-SA", "ar-EG", "en-GB", "ru", "fr", "fa", "tr"))


def _words(pool: Sequence[str], *, max_words: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pool), min_size=1, max_size=max_words).map(" ".join)


@functools.cache
def arabic_text(*, max_words: int = 6) -> st.SearchStrategy[str]:
    """Draw non-blank Arabic text: pool words, names, or random Arabic letters."""
    names = [ar for pool in (PLACES, PEOPLE, ROLES, OUTLETS) for ar, _ in pool]
    letters = st.text(
        alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A),
        min_size=1,
        max_size=10,
    )
    return st.one_of(_words(ARABIC_FILLER, max_words=max_words), st.sampled_from(names), letters)


@functools.cache
def english_text(*, max_words: int = 6) -> st.SearchStrategy[str]:
    """Draw non-blank English text from the pools."""
    names = [en for pool in (PLACES, PEOPLE, ROLES, OUTLETS) for _, en in pool]
    return st.one_of(_words(ENGLISH_FILLER, max_words=max_words), st.sampled_from(names))


@st.composite
def _from_pairs(draw: st.DrawFn, pairs: Sequence[Pair]) -> LocalizedText:
    arabic, english = draw(st.sampled_from(pairs))
    languages = draw(st.sampled_from((("ar",), ("en",), ("ar", "en"), ("ar", "en", "+"))))
    texts: dict[str, str] = {}
    for language in languages:
        if language == "ar":
            texts[draw(st.sampled_from(("ar", "ar", "ar-SA")))] = arabic
        elif language == "en":
            texts["en"] = english
        else:
            tag, word = draw(st.sampled_from(_EXTRA_LANGUAGES))
            texts[tag] = word
    return LocalizedText(texts=texts)


@st.composite
def _free_text(draw: st.DrawFn) -> LocalizedText:
    texts: dict[str, str] = {"ar": draw(arabic_text())}
    if draw(st.booleans()):
        texts["en"] = draw(english_text())
    return LocalizedText(texts=texts)


@functools.cache
def localized_texts(pairs: tuple[Pair, ...] | None = None) -> st.SearchStrategy[LocalizedText]:
    """Draw a :class:`~diplofacts.LocalizedText` in Arabic, English or both (and maybe more).

    With ``pairs``, the text is one of those (Arabic, English) pairs; without, it is drawn
    from every pool or made of free Arabic and English words.
    """
    if pairs is not None:
        return _from_pairs(pairs)
    every = PLACES + PEOPLE + ROLES + OUTLETS + QUOTES + EVENT_TITLES
    return st.one_of(_from_pairs(every), _free_text())
