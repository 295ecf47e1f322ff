"""Arabic text -> match form, with a map from every match-form offset back to the original.

What belongs here: the character-level normalisation that every recogniser matches
against (:func:`normalize` for a document, :func:`key` for a short gazetteer string), and
:class:`Normalized`, which maps offsets in the match form back to the user's text. What
must not: tokenisation, word lists, anything that knows about dates or entities.

The match form is the text with, per character cluster (a base character and the combining
marks after it):

* NFKC applied (presentation forms and ligatures such as ﻻ expand, fullwidth forms fold);
* tashkeel (U+064B-065F, U+0670), Quranic marks (U+0610-061A, U+06D6-06ED), tatweel and
  bidi / zero-width controls deleted;
* أ إ آ ٱ ٲ ٳ -> ا, ى ی -> ي, ک -> ك, ة -> ه (ؤ and ئ are kept);
* Arabic-Indic and Persian digits -> ASCII digits;
* Unicode spaces -> ' ', dashes and the minus sign -> '-', typographic quotes -> '"';
* letters lower-cased (Latin "NBC" -> "nbc").

Speed: the common characters (ASCII, Arabic letters and digits, the usual punctuation) map
one to one through ``str.translate``, so the offset map is built only where a cluster is
deleted, expands or contracts; a document without such places costs one translate call.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

import attrs

from diplofacts.model import Span

__all__ = ["Normalized", "key", "normalize"]

_DELETE = [
    *range(0x064B, 0x0660),  # tashkeel
    0x0670,  # superscript alef
    *range(0x0610, 0x061B),  # Quranic and honorific marks above
    *range(0x06D6, 0x06EE),  # Quranic annotation marks
    0x0640,  # tatweel
    *(0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF),  # invisible controls
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2066, 0x206A),  # bidi isolates
]
_MAP = {
    **dict.fromkeys("أإآٱٲٳ", "ا"),
    **dict.fromkeys("ىی", "ي"),
    "ک": "ك",
    "ة": "ه",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    **dict.fromkeys("\u2012\u2013\u2014\u2015\u2212\u2010\u2011\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys(
        "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b\u2039\u203a", '"'
    ),
}
# Applied after NFKC: deletions and one-to-one replacements.
_AFTER_NFKC: dict[int, str | None] = {ord(c): v for c, v in _MAP.items()}
_AFTER_NFKC.update(dict.fromkeys(_DELETE))
_DELETED = frozenset(_DELETE)


def _final(cluster: str) -> str:
    """Normalise one cluster without looking at its neighbours."""
    folded = unicodedata.normalize("NFKC", cluster).lower().translate(_AFTER_NFKC)
    return "".join(
        " " if unicodedata.category(c) == "Zs" else "-" if unicodedata.category(c) == "Pd" else c
        for c in folded
    )


def _fast_candidates() -> dict[int, str]:
    """Build the one-to-one table for the characters the fast path handles.

    A character qualifies when it is not a combining mark, is never deleted, and its
    normalised form is exactly one character that is not a mark either.
    """
    ranges = [range(0x0800), range(0x2000, 0x2070), range(0xFB50, 0xFE00)]
    ranges.append(range(0xFE80, 0xFF00))
    table: dict[int, str] = {}
    for code in (c for r in ranges for c in r):
        char = chr(code)
        if code in _DELETED or unicodedata.category(char).startswith("M"):
            continue
        out = _final(char)
        if len(out) != 1 or unicodedata.category(out).startswith("M"):
            continue
        table[code] = out
    return table


_FAST: dict[int, str] = _fast_candidates()
_FAST_CHARS = "".join(chr(c) for c in sorted(_FAST))
_SLOW = re.compile("[^" + re.escape(_FAST_CHARS) + "]+")
# Characters the fast path changes. The frequent ones (Arabic letter variants, digits, the
# usual spaces, dashes and quotes) are replaced one by one with ``str.replace``, which is
# several times quicker than ``str.translate`` on Arabic text; the rest (presentation forms,
# Latin capitals, fullwidth forms ...) go through ``str.translate`` only when one occurs.
_CHANGES = {code: out for code, out in _FAST.items() if chr(code) != out}
_FREQUENT = tuple(
    (chr(code), out)
    for code, out in sorted(_CHANGES.items())
    if 0x0600 <= code < 0x0700 or chr(code) in _MAP or code in (0x00A0, 0x202F)
)
_RARE = {code: out for code, out in _CHANGES.items() if (chr(code), out) not in _FREQUENT}
_RARE_RE = re.compile("[" + re.escape("".join(chr(c) for c in sorted(_RARE))) + "]")


def _translate(s: str) -> str:
    """Apply the one-to-one table of the fast path."""
    for old, new in _FREQUENT:
        if old in s:
            s = s.replace(old, new)
    if _RARE_RE.search(s) is not None:
        s = s.translate(_RARE)
    return s


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


@functools.lru_cache(maxsize=4096)
def _cluster(cluster: str) -> str:
    return _final(cluster)


@attrs.frozen
class Normalized:
    """A text in match form together with the way back to the text the user gave.

    ``original`` is the user's text, unchanged; ``text`` is the match form. The map is
    piecewise: each segment either copies characters one to one (``linear``) or stands for
    one cluster of the original that became zero or more characters. Use
    :meth:`to_original` or :meth:`span` to turn a match-form range into an original one.
    """

    original: str
    text: str
    # Sorted starts (in ``text``) of the segments, their starts and ends in ``original``,
    # and whether each segment is one-to-one. ``None`` means the identity map.
    _text_starts: tuple[int, ...] | None = attrs.field(default=None, repr=False, eq=False)
    _orig_starts: tuple[int, ...] = attrs.field(default=(), repr=False, eq=False)
    _orig_ends: tuple[int, ...] = attrs.field(default=(), repr=False, eq=False)
    _linear: tuple[bool, ...] = attrs.field(default=(), repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self._text_starts is None and len(self.original) != len(self.text):
            msg = "without a segment map, text and original must have the same length"
            raise ValueError(msg)

    def _bounds(self, index: int) -> tuple[int, int]:
        """Return the original range that match-form character ``index`` came from."""
        if self._text_starts is None:
            return index, index + 1
        seg = bisect.bisect_right(self._text_starts, index) - 1
        if self._linear[seg]:
            start = self._orig_starts[seg] + index - self._text_starts[seg]
            return start, start + 1
        return self._orig_starts[seg], self._orig_ends[seg]

    def offset(self, index: int) -> int:
        """Return the original offset of match-form offset ``index`` (0..len(text))."""
        if not 0 <= index <= len(self.text):
            msg = f"offset {index} is outside the text (0..{len(self.text)})"
            raise IndexError(msg)
        if index == len(self.text):
            return len(self.original)
        return self._bounds(index)[0]

    @property
    def offsets(self) -> tuple[int, ...]:
        """The original offset of every match-form offset, ``len(text)`` included."""
        return tuple(self.offset(i) for i in range(len(self.text) + 1))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open match-form range ``[start, end)`` to the original text.

        The result covers every original character that produced a character of the range
        (a ligature or a cluster with its diacritics as a whole), and nothing deleted after
        the range's last character. An empty range maps to an empty range.
        """
        if not 0 <= start <= end <= len(self.text):
            msg = f"range {start}-{end} is not inside the text (0..{len(self.text)})"
            raise IndexError(msg)
        if start == end:
            at = self.offset(start)
            return at, at
        return self._bounds(start)[0], self._bounds(end - 1)[1]

    def span(self, start: int, end: int) -> Span:
        """Map ``[start, end)`` like :meth:`to_original`, as a :class:`~diplofacts.Span`."""
        first, last = self.to_original(start, end)
        return Span(start=first, end=last)


def normalize(original: str) -> Normalized:
    """Return the match form of ``original`` with its offset map.

    >>> n = normalize("أغسطـس ١٥")
    >>> n.text, n.to_original(0, 5)
    ('اغسطس 15', (0, 6))
    """
    if _SLOW.search(original) is None:
        return Normalized(original, _translate(original))
    parts: list[str] = []
    text_starts: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    linear: list[bool] = []
    out_len = 0
    done = 0  # original offset up to which everything is emitted

    def copy(until: int) -> None:
        nonlocal out_len, done
        if until > done:
            parts.append(original[done:until])
            if linear and linear[-1] and orig_ends[-1] == done:
                orig_ends[-1] = until
            else:
                text_starts.append(out_len)
                orig_starts.append(done)
                orig_ends.append(until)
                linear.append(True)
            out_len += until - done
            done = until

    for match in _SLOW.finditer(original):
        start, end = match.span()
        if start > done and _is_mark(original[start]):
            start -= 1  # a fast base character followed by marks forms one cluster
        copy(start)
        at = start
        while at < end:
            stop = at + 1
            while stop < end and _is_mark(original[stop]):
                stop += 1
            out = _cluster(original[at:stop])
            if out:
                if (
                    len(out) == 1
                    and stop == at + 1
                    and linear
                    and linear[-1]
                    and (orig_ends[-1] == at)
                ):
                    orig_ends[-1] = stop  # extend the one-to-one segment
                else:
                    text_starts.append(out_len)
                    orig_starts.append(at)
                    orig_ends.append(stop)
                    linear.append(len(out) == 1 and stop == at + 1)
                parts.append(out)
                out_len += len(out)
            at = stop
        done = end
    copy(len(original))
    return Normalized(
        original,
        _translate("".join(parts)),
        tuple(text_starts),
        tuple(orig_starts),
        tuple(orig_ends),
        tuple(linear),
    )


@functools.lru_cache(maxsize=4096)
def key(s: str) -> str:
    """Return the match form of a short string (a gazetteer alias), without an offset map.

    The readers ask for the match form of the same words again and again (a word of the
    text, a cue word): the last few thousand are remembered.

    >>> key("الإثنين") == key("الاثنين")
    True
    """
    return normalize(s).text
