"""Bounds on what diplofacts reads: how long a text, how large a document, how deep a chain.

Text and documents from the open web can be of any size. :class:`Limits` says how much a
call accepts; an input over a limit raises :class:`~diplofacts.errors.LimitError` (a
:class:`~diplofacts.errors.ValidationError` naming the place) before any work is done on it,
or for a chain of sources, before it is built. :func:`~diplofacts.parse_article`,
:func:`~diplofacts.loads` and every format's ``loads`` take ``limits=``; without it
:data:`DEFAULT_LIMITS` apply.

>>> import diplofacts
>>> diplofacts.parse_article("قمة " * 10, limits=Limits(max_chars=20))
Traceback (most recent call last):
...
diplofacts.errors.LimitError: $.text: the text is 40 characters long, over the limit of 20 (...)
"""

from __future__ import annotations

from typing import Any

import attrs

from diplofacts.errors import LimitError

__all__ = ["DEFAULT_LIMITS", "MAX_DEPTH_CEILING", "Limits"]


MAX_DEPTH_CEILING = 100
"""The deepest chain of sources any reader builds, whatever the limits say.

Readers build a chain by recursion; past this, Python's own limit on recursion comes near.
"""


def _check_size(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name != "max_depth":
        return
    if type(value) is not int or value < 1:
        raise ValueError(f"{attribute.name} must be a positive int, got {value!r}")
    if attribute.name == "max_depth" and value > MAX_DEPTH_CEILING:
        raise ValueError(f"max_depth must be at most {MAX_DEPTH_CEILING}, got {value!r}")


@attrs.frozen(kw_only=True)
class Limits:
    """How much one call accepts; ``None`` turns a size limit off.

    * ``max_chars``: the longest text :func:`~diplofacts.parse_article` reads, in characters
      (5,000,000 by default: a hundred times a long article; parsing takes time and memory
      in proportion).
    * ``max_bytes``: the largest document a reader (``loads``) accepts, in bytes of UTF-8
      (or characters, for a ``str``); 256 MiB by default.
    * ``max_depth``: the longest chain of sources a reader builds (an attribution credited
      "via" another counts two, and so on); 100 by default, which is also the most
      (:data:`MAX_DEPTH_CEILING`). The model has no other unbounded nesting: data nested
      where the model expects none is rejected as of the wrong type without being walked.

    Invariants: each size a positive ``int`` (``None`` allowed for the two sizes);
    ``max_depth`` at most :data:`MAX_DEPTH_CEILING`.
    """

    max_chars: int | None = attrs.field(default=5_000_000, validator=_check_size)
    max_bytes: int | None = attrs.field(default=256 * 2**20, validator=_check_size)
    max_depth: int = attrs.field(default=100, validator=_check_size)

    def check_text(self, text: str) -> None:
        """Raise :class:`~diplofacts.errors.LimitError` if ``text`` is over ``max_chars``."""
        if self.max_chars is not None and len(text) > self.max_chars:
            raise LimitError(
                f"the text is {len(text):,} characters long, over the limit of "
                f"{self.max_chars:,} (Limits.max_chars)",
                limit="max_chars",
                size=len(text),
                maximum=self.max_chars,
                path="$.text",
            )

    def check_document(self, data: str | bytes) -> None:
        """Raise :class:`~diplofacts.errors.LimitError` if ``data`` is over ``max_bytes``.

        A ``str`` is measured in bytes of UTF-8, encoding it only when its length alone
        cannot tell (over a quarter of the limit).
        """
        limit = self.max_bytes
        if limit is None or len(data) * (1 if isinstance(data, bytes | bytearray) else 4) <= limit:
            return
        size = len(
            data if isinstance(data, bytes | bytearray) else data.encode("utf-8", "surrogatepass")
        )
        if size > limit:
            raise LimitError(
                f"the document is {size:,} bytes, over the limit of {limit:,} (Limits.max_bytes)",
                limit="max_bytes",
                size=size,
                maximum=limit,
            )


DEFAULT_LIMITS = Limits()
"""The limits that apply when a call is given none."""
