"""The title vocabulary: Arabic titles of office and the English role each one names.

What belongs here: data only — the closed set of titles (``TITLES``), the words that may sit
between a title and its complement, the function and cue words that can never start or
continue a person's name, and the context words that let an ambiguous nisba or outlet name
count (``NISBA_HEADS``, ``REPORTING_WORDS``, read by ``_entities.py``). Everything is written
in ordinary Arabic spelling and brought to match form with ``key()`` where it is used. What
must not: matching code (``_stream``, ``_titles``, ``_names``, ``_people``).

A title whose last word has no article (``وزير خارجية``, ``رئيس``, ``المتحدث باسم``) is in the
construct state: it only counts when a complement follows it (a country, a capital, a nisba
adjective, an organization, another title or a person) — «رئيس روسيا», «المتحدث باسم
الكرملين». A title with role ``None`` (``الشيخ``, ``الوزير``, ``رئيس الوفد``)
introduces a name and blocks shorter titles inside it, but states no role. A title with a
``portfolio`` (``وزير``, ``رئيس``, ``أمين عام``) also takes a noun phrase the vocabulary does
not know («وزير الري»), and then names that role.
"""

from __future__ import annotations

import attrs

__all__ = [
    "COMPLEMENT_WORDS",
    "COUNT_WORDS",
    "NAME_STOP_WORDS",
    "NISBA_HEADS",
    "OWNER_NOUNS",
    "PAIR_WORDS",
    "RELATIVE_WORDS",
    "REPORTING_WORDS",
    "SPEECH_VERBS",
    "TITLES",
    "TITLE_ADJECTIVES",
    "TO_WORDS",
    "Title",
]


@attrs.frozen
class Title:
    """One Arabic title: the role it names (``None`` for none we track), whether it is plural.

    ``needs_complement`` marks a definite title too vague to stand alone («المستشار» is a
    chancellor only in «المستشار الألماني» or before a name). ``portfolio`` is the role the
    title names when a noun phrase the vocabulary does not know completes it: a ministry's
    portfolio («وزير الري», role "minister") or a body («رئيس هيئة …», role "head"); the
    wording of the portfolio stays in the text of the role. Such a phrase counts only before
    a name, unless ``portfolio_alone`` («وزير» + definite words is always a minister).
    """

    text: str
    role: str | None
    plural: bool = False
    needs_complement: bool = False
    genitive: bool = False
    by_title: str | None = None
    counterpart: bool = False
    portfolio: str | None = None
    portfolio_alone: bool = False


def _titles(
    role: str | None,
    *texts: str,
    plural: bool = False,
    vague: bool = False,
    genitive: bool = False,
    by_title: str | None = None,
    portfolio: str | None = None,
    portfolio_alone: bool = False,
) -> list[Title]:
    return [
        Title(
            text,
            role,
            plural,
            vague,
            genitive=genitive,
            by_title=by_title,
            portfolio=portfolio,
            portfolio_alone=portfolio_alone,
        )
        for text in texts
    ]


def _deputies(role: str, *bases: str) -> list[Title]:
    """Return the deputy titles of a minister's (or secretary's) construct titles.

    «نائب وزير الدفاع» deputy, «نائبا وزير الخارجية» two deputies, «النائب الأول لوزير
    الخارجية» first deputy.
    """
    out: list[Title] = []
    for base in bases:
        out += _titles(f"deputy {role}", f"نائب {base}", f"نائبة {base}")
        out += _titles(f"deputy {role}", f"نائبا {base}", f"نائبي {base}", plural=True)
        out += _titles(
            f"first deputy {role}",
            f"النائب الأول ل{base}",
            f"النائبة الأولى ل{base}",
            f"نائب أول ل{base}",
            f"النائب الأول {base}",
        )
    return out


TITLES: tuple[Title, ...] = (
    *_titles(
        "president",
        "الرئيس",
        "الرئيسة",
        "رئيس جمهورية",
        "رئيس دولة",
        "رئيس الجمهورية",
        "رئيس الدولة",
    ),
    # «رئيس هيئة قناة السويس أسامة ربيع»: the head of a body the vocabulary does not know
    *_titles("president", "رئيس", "رئيسة", portfolio="head"),
    *_titles("president", "الرئيسان", "الرئيسين", "الرؤساء", plural=True),
    *_titles("vice president", "نائب الرئيس", "نائبة الرئيس", "نائب رئيس", "نائب رئيس الجمهورية"),
    *_titles(
        "prime minister",
        "رئيس الوزراء",
        "رئيسة الوزراء",
        "رئيس الحكومة",
        "رئيسة الحكومة",
        "رئيس مجلس الوزراء",
        "رئيس وزراء",
        "رئيسة وزراء",
        "رئيس حكومة",
    ),
    *_titles("king", "الملك", "العاهل", "ملك", "عاهل"),
    *_titles("crown prince", "ولي العهد", "ولي عهد"),
    *_titles("emir", "أمير"),
    *_titles("sultan", "السلطان", "سلطان"),
    *_titles("supreme leader", "المرشد الأعلى", "مرشد الثورة"),
    *_titles("supreme leader", "المرشد", vague=True),
    *_titles("chancellor", "مستشار", "مستشارة", by_title="adviser"),
    *_titles("adviser", "المستشار الخاص", "مستشار خاص", "كبير مستشاري", "كبيرة مستشاري"),
    *_titles("chancellor", "المستشار", "المستشارة", vague=True),
    *_titles(
        "foreign minister",
        "وزير الخارجية",
        "وزيرة الخارجية",
        "وزير خارجية",
        "وزيرة خارجية",
        "وزير الشؤون الخارجية",
        "وزيرة الشؤون الخارجية",
        "وزير الخارجية والتعاون الدولي",
        "وزير الخارجية والمغتربين",
    ),
    *_titles(
        "foreign minister",
        "وزيرا الخارجية",
        "وزيري الخارجية",
        "وزراء الخارجية",
        "وزراء خارجية",
        "وزيرا خارجية",
        "وزيري خارجية",
        plural=True,
    ),
    *_titles(
        "defence minister",
        "وزير الدفاع",
        "وزيرة الدفاع",
        "وزير دفاع",
        "وزير الحرب",
        "وزير حرب",
    ),
    *_titles("defence minister", "وزيرا الدفاع", "وزيري الدفاع", "وزراء الدفاع", plural=True),
    *_titles(
        "finance minister",
        "وزير المالية",
        "وزيرة المالية",
        "وزير مالية",
        "وزير الخزانة",
        "وزيرة الخزانة",
    ),
    *_titles(
        "economy minister",
        "وزير الاقتصاد",
        "وزيرة الاقتصاد",
        "وزير التنمية الاقتصادية",
        "وزير الاقتصاد والتخطيط",
    ),
    *_titles("energy minister", "وزير الطاقة", "وزيرة الطاقة", "وزير النفط", "وزير البترول"),
    *_titles("interior minister", "وزير الداخلية", "وزيرة الداخلية"),
    *_titles(
        "presidential aide",
        "مساعد الرئيس",
        "مستشار الرئيس",
        "معاون الرئيس",
        "مساعدة الرئيس",
        "مستشارة الرئيس",
        "مساعد رئيس",
    ),
    *_titles(
        "chief of staff",
        "رئيس ديوان",
        "رئيس الديوان",
        "رئيس الديوان الملكي",
        "رئيس الإدارة الرئاسية",
        "رئيس ديوان الرئاسة",
        "كبير موظفي",
        "كبيرة موظفي",
    ),
    *_titles(
        "chief of general staff",
        "رئيس الأركان",
        "رئيس هيئة الأركان",
        "رئيس هيئة الأركان العامة",
        "رئيس الأركان العامة",
        "رئيس أركان",
        "رئيس هيئة أركان",
        "قائد الجيش",
    ),
    *_titles(
        "national security adviser",
        "مستشار الأمن القومي",
        "مستشارة الأمن القومي",
        "مستشار الأمن الوطني",
    ),
    *_titles(
        "security council secretary",
        "أمين مجلس الأمن",
        "سكرتير مجلس الأمن",
        "أمين مجلس الأمن القومي",
        "أمين المجلس الأعلى للأمن القومي",
        "أمين عام مجلس الأمن",
    ),
    *_titles(
        "special envoy",
        "المبعوث الخاص",
        "المبعوثة الخاصة",
        "المبعوث",
        "المبعوثة",
        "مبعوث",
        "مبعوثة",
        "المبعوث الرئاسي",
        "مبعوث الرئيس",
        "الموفد الخاص",
        "الموفد",
        "موفد",
        "المبعوث الأممي",
    ),
    *_titles("ambassador", "السفير", "السفيرة", "سفير", "سفيرة"),
    *_titles(
        "spokesperson",
        "المتحدث باسم",
        "المتحدثة باسم",
        "المتحدث الرسمي باسم",
        "المتحدثة الرسمية باسم",
        "الناطق باسم",
        "الناطقة باسم",
        "الناطق الرسمي باسم",
        "المتحدث الرسمي",
        "الناطق الرسمي",
        "السكرتير الصحفي",
        "السكرتيرة الصحفية",
        "المتحدث الصحفي باسم",
    ),
    *_titles("spokesperson", "المتحدث", "المتحدثة", "الناطق", vague=True),
    *_titles(
        "deputy foreign minister",
        "نائب وزير الخارجية",
        "نائبة وزير الخارجية",
        "نائب وزير خارجية",
        "مساعد وزير الخارجية",
        "مساعدة وزير الخارجية",
    ),
    # «وكيل وزارة الخارجية»: the ministry's senior civil servant, not a deputy minister
    *_titles(
        "foreign ministry under-secretary",
        "وكيل وزارة الخارجية",
        "وكيلة وزارة الخارجية",
        "وكيل وزارة خارجية",
        "وكيل أول وزارة الخارجية",
    ),
    *_titles(
        "head of sovereign wealth fund",
        "رئيس صندوق الاستثمارات المباشرة",
        "رئيس صندوق الاستثمار المباشر",
        "الرئيس التنفيذي لصندوق الاستثمارات المباشرة",
        "المدير التنفيذي لصندوق الاستثمارات المباشرة",
        "محافظ صندوق الاستثمارات العامة",
        "رئيس صندوق الثروة السيادية",
        "رئيس صندوق الاستثمارات العامة",
        "رئيس جهاز قطر للاستثمار",
    ),
    *_titles(
        "intelligence chief",
        "رئيس الاستخبارات",
        "مدير الاستخبارات",
        "رئيس المخابرات",
        "مدير المخابرات",
        "رئيس جهاز الاستخبارات",
        "رئيس جهاز المخابرات",
        "مدير جهاز المخابرات",
        "رئيس جهاز الاستخبارات الخارجية",
        "مدير وكالة المخابرات المركزية",
        "مديرة الاستخبارات الوطنية",
        "مدير الاستخبارات الوطنية",
        "رئيس الموساد",
        "رئيس هيئة الاستخبارات",
        "رئيس جهاز الاستخبارات العامة",
        "رئيس جهاز المخابرات العامة",
        "رئيس الاستخبارات العامة",
        "رئيس المخابرات العامة",
        "مدير المخابرات العامة",
        "مدير الاستخبارات العامة",
        "رئيس جهاز الأمن الفيدرالي",
        "مدير جهاز الأمن الفيدرالي",
    ),
    *_titles("secretary-general", "الأمين العام", "الأمينة العامة"),
    *_titles("secretary-general", "أمين عام", "أمينة عامة", portfolio="secretary-general"),
    *_titles(
        "deputy secretary-general",
        "نائب الأمين العام",
        "نائبة الأمين العام",
        "نائب أمين عام",
        "نائبة أمين عام",
    ),
    *_titles(
        "assistant secretary-general",
        "مساعد الأمين العام",
        "مساعدة الأمين العام",
        "الأمين العام المساعد",
        "الأمينة العامة المساعدة",
        "أمين عام مساعد",
    ),
    *_deputies(
        "foreign minister",
        "وزير الخارجية",
        "وزير خارجية",
        "وزير الشؤون الخارجية",
        "وزيرة الخارجية",
    ),
    *_deputies("defence minister", "وزير الدفاع", "وزير دفاع", "وزير الحرب"),
    *_deputies("prime minister", "رئيس الوزراء", "رئيس الحكومة", "رئيس مجلس الوزراء"),
    *_deputies("finance minister", "وزير المالية", "وزير الخزانة"),
    *_deputies("economy minister", "وزير الاقتصاد", "وزير التنمية الاقتصادية"),
    *_deputies("energy minister", "وزير الطاقة", "وزير النفط"),
    *_deputies("interior minister", "وزير الداخلية"),
    *_deputies(
        "security council secretary",
        "أمين مجلس الأمن",
        "أمين مجلس الأمن القومي",
        "أمين المجلس الأعلى للأمن القومي",
        "سكرتير مجلس الأمن",
    ),
    *_titles(
        "deputy assistant foreign minister",
        "نائب مساعد وزير الخارجية",
        "نائبة مساعد وزير الخارجية",
        "نائب مساعد وزيرة الخارجية",
    ),
    *_titles("deputy head of delegation", "نائب رئيس الوفد", "نائبة رئيس الوفد"),
    *_titles(
        "minister of state",
        "وزير الدولة",
        "وزيرة الدولة",
        "وزير دولة",
        "وزيرة دولة",
        "وزير الدولة للشؤون الخارجية",
    ),
    *_titles(
        "director",
        "مدير",
        "مديرة",
        "مديرا",
        "مدير إدارة",
        "مديرة إدارة",
        "مديرا لإدارة",
        "مدير مكتب",
        "مديرة مكتب",
        "مدير الإدارة",
        "مدير دائرة",
        genitive=True,
    ),
    *_titles("director general", "المدير العام", "المديرة العامة", "مدير عام", "مديرة عامة"),
    *_titles("senior director", "كبير مديري", "كبيرة مديري", genitive=True),
    *_titles(
        "policy planning director",
        "مدير تخطيط السياسات",
        "مديرة تخطيط السياسات",
        "مدير إدارة تخطيط السياسات",
    ),
    *_titles(
        "committee chair",
        "رئيس لجنة",
        "رئيسة لجنة",
        "رئيس اللجنة",
        "رئيسة اللجنة",
        genitive=True,
    ),
    *_titles(
        "commissioner",
        "مفوض",
        "مفوضة",
        "المفوض",
        "المفوضة",
        "المفوض الأعلى",
        "مفوضة حقوق الإنسان",
        genitive=True,
    ),
    *_titles("coordinator", "منسق", "منسقة", "المنسق", "المنسقة", genitive=True),
    *_titles("general", "الجنرال", "الفريق أول", "الفريق الأول", "العماد", "المشير"),
    *_titles("lieutenant general", "الفريق الركن"),
    *_titles("lieutenant general", "الفريق", vague=True),
    *_titles("major general", "اللواء الركن"),
    *_titles("major general", "اللواء", vague=True),
    *_titles("brigadier general", "العميد الركن", "العميد احتياط"),
    *_titles("brigadier general", "العميد", vague=True),
    *_titles("ambassador", "سفيرا", "سفيري", "سفراء", plural=True),
    *_titles("high representative", "الممثل الأعلى", "الممثلة العليا", "الممثل السامي"),
    *_titles(
        "negotiator",
        "كبير المفاوضين",
        "كبيرة المفاوضين",
        "كبير مفاوضي",
        "رئيس الوفد المفاوض",
    ),
    *_titles("negotiator", "المفاوض", "المفاوضة", vague=True),
    # Titles that introduce a name but name no role we track; they also keep the shorter
    # titles inside them from matching («رئيس الوفد» is not a president).
    *_titles(
        None,
        "الشيخ",
        "الشيخة",
        "الأمير",
        "الأميرة",
        "السيد",
        "السيدة",
        "الوزير",
        "الوزيرة",
        "الرئيس التنفيذي",
        "الرئيس السابق",
        "رئيس الوفد",
        "رئيسة الوفد",
        "رئيس البرلمان",
        "رئيس مجلس النواب",
        "رئيس مجلس الشيوخ",
        "رئيس مجلس الدوما",
        "رئيس مجلس الأمة",
        "رئيس المجلس",
        "القائم بالأعمال",
        "المندوب الدائم",
        "مندوب",
        "المندوب",
    ),
    # «وزير الموارد المائية والري هاني سويلم»: a portfolio the vocabulary does not know
    *_titles(None, "وزير", "وزيرة", portfolio="minister", portfolio_alone=True),
    *_titles(None, "نائب وزير", "نائبة وزير", portfolio="deputy minister", portfolio_alone=True),
    # «ونظيره الروسي»: the counterpart holds the role of the person named before
    *(
        Title(text, None, counterpart=True)
        for text in ("نظيره", "نظيرته", "نظيرها", "نظيرهم", "نظيريه", "نظيرتها")
    ),
)
"""Every title the recognisers know, in ordinary Arabic spelling (first spelling wins)."""

PAIR_WORDS: frozenset[str] = frozenset({"البلدين", "الدولتين", "الجانبين", "الطرفين", "البلدان"})
"""Words that complete a dual title without naming the countries («سفيرا البلدين»)."""

TITLE_ADJECTIVES: frozenset[str] = frozenset(
    {"العامة", "العام", "الخاص", "الخاصة", "الجديد", "الجديدة", "الدائم", "الدائمة"}
)
"""Adjectives that may stand between a definite title and its nisba («... العامة السعودي»)."""

RELATIVE_WORDS: frozenset[str] = frozenset(
    {
        "الذي",
        "التي",
        "كان",
        "كانت",
        "يشغل",
        "تشغل",
        "شغل",
        "شغلت",
        "منصب",
        "حينها",
        "آنذاك",
        "وقتها",
        "يومها",
        "حاليا",
        "سابقا",
    }
)
"""Words of a relative clause that gives a named person's title («، الذي كان حينها مديرا»)."""

COMPLEMENT_WORDS: frozenset[str] = frozenset(
    {
        "وزارة",
        "الوزارة",
        "الخارجية",
        "الرئاسة",
        "الحكومة",
        "حكومة",
        "دولة",
        "جمهورية",
        "مملكة",
        "المملكة",
        "سلطنة",
        "إمارة",
        "الدولة",
        "الجمهورية",
        "الرئيس",
    }
)
"""Words that may stand between a construct title and its complement («باسم وزارة الخارجية»)."""

NISBA_HEADS: frozenset[str] = frozenset(
    {
        "الجانب",
        "الوفد",
        "الطرف",
        "الوفدين",
        "العاصمة",
        "الرئيس",
        "الحكومة",
        "الخارجية",
        "الجيش",
        "الشعب",
        "السلطات",
        "المجلس",
        "نظيره",
        "نظيرته",
        "نظيرها",
        "نظيريه",
        "نظيرتها",
    }
)
"""Nouns after which an ambiguous nisba names its country: «الجانب المالي» is Mali's side.

Alone, «المالي» is "financial"; after one of these nouns, or right after another nisba
(«الموريتانية المالية»), it is the country's adjective.
"""

REPORTING_WORDS: frozenset[str] = frozenset(
    {
        *(
            conj + verb + suffix
            for conj in ("", "و", "ف")
            for verb in ("ذكرت", "نقلت", "قالت", "أفادت", "أوردت", "بثت", "نشرت", "كشفت")
            for suffix in ("", "ه", "ها")
        ),
        *(conj + word for conj in ("", "و") for word in ("بحسب", "حسب", "وفق", "وفقا", "طبقا")),
    }
)
"""Words after which an outlet's bare name is the outlet: «ذكرت العربية», «نقلته الجزيرة».

Alone, «العربية» is "Arabic" and «الجزيرة» "the island"; after a reporting verb (with an
object pronoun or not) or «بحسب»/«وفقا ل» they name the broadcaster.
"""

COUNT_WORDS: dict[str, int] = {
    "الثلاث": 3,
    "الأربع": 4,
    "الخمس": 5,
    "الست": 6,
    "السبع": 7,
    "الثماني": 8,
    "التسع": 9,
    "العشر": 10,
}
"""Definite cardinals counting the events of a plural noun: «في الجولات الخمس» (the five)."""

_SPEECH_STEMS = (
    "قال", "أعلن", "أكد", "صرح", "أشار", "أوضح", "أضاف", "اعتبر", "اتهم", "كتب",
    "أفاد", "رحب", "أعرب", "شدد", "وصف", "حذر", "كشف", "ذكر", "انتقد",
)  # fmt: skip
SPEECH_VERBS: frozenset[str] = frozenset(
    conj + verb + pronoun
    for conj in ("", "و", "ف")
    for verb in (
        *_SPEECH_STEMS,
        *(stem + "ت" for stem in _SPEECH_STEMS),
        "نفى", "نفت", "دعا", "دعت",
    )
    for pronoun in ("", "ه", "ها")
)  # fmt: skip
"""Verbs of speaking that put the person after them in a statement, not at a table.

«وقال الرئيس اللبناني …», «اتهم وزير الطاقة الإسرائيلي …», «أعلن وزير الخارجية العماني …
إلغاء الجولة», «بما وصفه البوسعيدي», «وكان ترامب قد دعا»: the person speaks of the event;
that alone does not make them a delegate.
"""

OWNER_NOUNS: frozenset[str] = frozenset(
    {
        "خطة", "مبادرة", "مقترح", "مقترحات", "رؤية", "إدارة", "عهد", "حكومة",
        "تصريحات", "موقف", "رسالة", "قرار", "سياسة", "سياسات", "حملة", "ولاية",
    }
)  # fmt: skip
"""Nouns whose possessor is named after them: «خطة الرئيس الأمريكي دونالد ترامب».

The person owns the plan or the initiative; being named that way does not put them at the
talks. «بدعوة من» and «بجهود» are not here: the one inviting or mediating often attends.
"""

TO_WORDS: frozenset[str] = frozenset({"لدى", "في", "إلى", "الى"})
"""Words that introduce the country an ambassador or envoy is sent to."""

NAME_STOP_WORDS: frozenset[str] = frozenset(
    {
        "في",
        "من",
        "إلى",
        "الى",
        "على",
        "عن",
        "مع",
        "أن",
        "إن",
        "أنه",
        "إنه",
        "أنها",
        "إنها",
        "لأن",
        "كما",
        "قد",
        "لقد",
        "وقد",
        "فقد",
        "لن",
        "لم",
        "لا",
        "ما",
        "ماذا",
        "هو",
        "هي",
        "هم",
        "هما",
        "نحن",
        "أنا",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "هؤلاء",
        "الذي",
        "التي",
        "الذين",
        "اللذين",
        "اللتين",
        "اللواتي",
        "بعد",
        "قبل",
        "خلال",
        "عند",
        "عبر",
        "ضمن",
        "بين",
        "حول",
        "أمام",
        "وراء",
        "فوق",
        "تحت",
        "دون",
        "غير",
        "سوى",
        "منذ",
        "حتى",
        "لدى",
        "نحو",
        "ثم",
        "أو",
        "أم",
        "بل",
        "لكن",
        "لكنه",
        "إلا",
        "اليوم",
        "أمس",
        "غدا",
        "غداً",
        "الآن",
        "أيضا",
        "أيضاً",
        "كل",
        "بعض",
        "جميع",
        "نفس",
        "قال",
        "وقال",
        "فقال",
        "يقول",
        "قالت",
        "وقالت",
        "أعلن",
        "وأعلن",
        "أعلنت",
        "يعلن",
        "أكد",
        "وأكد",
        "أكدت",
        "يؤكد",
        "صرح",
        "وصرح",
        "صرحت",
        "أشار",
        "وأشار",
        "أشارت",
        "يشير",
        "أوضح",
        "وأوضح",
        "أوضحت",
        "أضاف",
        "وأضاف",
        "أضافت",
        "اعتبر",
        "واعتبر",
        "اعتبرت",
        "يرى",
        "التقى",
        "والتقى",
        "يلتقي",
        "سيلتقي",
        "يلتقيان",
        "التقت",
        "زار",
        "يزور",
        "سيزور",
        "وصل",
        "يصل",
        "سيصل",
        "استقبل",
        "يستقبل",
        "بحث",
        "يبحث",
        "ناقش",
        "يناقش",
        "أجرى",
        "يجري",
        "أجرت",
        "وصف",
        "يصف",
        "دعا",
        "يدعو",
        "طالب",
        "يطالب",
        "رحب",
        "يرحب",
        "أعرب",
        "يعرب",
        "نفى",
        "ينفي",
        "أبلغ",
        "يبلغ",
        "شدد",
        "يشدد",
        "كشف",
        "يكشف",
        "لفت",
        "يلفت",
        "تابع",
        "يتابع",
        "كان",
        "كانت",
        "يكون",
        "سيكون",
        "ستكون",
        "وكان",
        "ليس",
        "ليست",
        "عزم",
        "حرص",
        "استعداد",
        "رغبة",
        "ضرورة",
        "نظيره",
        "نظيرته",
        "نظيريه",
        "نظراءه",
        "لقاء",
        "اجتماع",
        "زيارة",
        "محادثات",
        "مباحثات",
        "اتصال",
        "اتصالا",
        "رسالة",
        "بيان",
        "تصريح",
        "تصريحات",
        "مؤتمر",
        "قمة",
        "إنّ",
        "أنّ",
        "وإن",
        "وأن",
        "بأن",
        "فإن",
        "لذلك",
        "وذلك",
        "حيث",
        "بينما",
        "فيما",
        "عندما",
        "إذ",
        "إذا",
        "لو",
        "مأدبة",
        "حفل",
        "كلمة",
        "جلسة",
        "عشاء",
        "غداء",
        "مراسم",
        "وفد",
        "وفدا",
        "اتفاق",
        "اتفاقية",
        "مذكرة",
        "برقية",
        "مؤتمرا",
        "اجتماعا",
        "مكالمة",
        "بحضور",
        "بمشاركة",
    }
)
"""Words that can never be part of a person's name found after a title."""
