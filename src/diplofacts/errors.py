"""The exceptions diplofacts raises.

Every error the library raises on purpose derives from :class:`DiplofactsError`. Concrete
errors also derive from the builtin they mean (:class:`ValueError`), so code written against
the standard library keeps working.

* :class:`ValidationError` collects *every* problem of a structured input at once, each with
  the JSON path of the place it was found (``$.delegations[1].party``).
* :class:`LimitError` (a :class:`ValidationError`) says which of the caller's
  :class:`~diplofacts.limits.Limits` an input is over, and where.
* :class:`ParseError` carries the :class:`~diplofacts.model.Span` of the text it could not
  read, and shows an excerpt with character offsets (a caret line would misalign in
  right-to-left text).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from diplofacts.model import Span

__all__ = [
    "DiplofactsError",
    "LimitError",
    "ParseError",
    "Problem",
    "UnsupportedFormatError",
    "ValidationError",
]


class DiplofactsError(Exception):
    """The root of every exception diplofacts raises on purpose."""


@attrs.frozen
class Problem:
    """One problem found in a structured input: where it is, and what is wrong there.

    ``path`` is a JSON path rooted at ``$`` (``$.delegations[1].party``); ``message`` says
    what is wrong in one sentence.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(DiplofactsError, ValueError):
    """A value or a structured input breaks the model's rules.

    :attr:`problems` lists every problem found, each with its path; ``str(error)`` renders
    them one per line. Raised by model constructors (with the field name as the path) and by
    every ``loads``.
    """

    #: Every problem found, in the order found; never empty.
    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem] | str, *, source: str | None = None) -> None:
        if isinstance(problems, str):
            problems = (Problem("$", problems),)
        self.problems = tuple(problems)
        if not self.problems:
            raise ValueError("a ValidationError needs at least one problem")
        self.source = source
        super().__init__(self.render())

    def render(self) -> str:
        """Render every problem on its own line, naming the source when known."""
        head = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return f"{head}{self.problems[0]}"
        lines = [f"{head}{len(self.problems)} problems:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)

    def with_prefix(self, prefix: str) -> ValidationError:
        """Return the same problems with their paths nested under ``prefix``."""
        moved = (
            Problem(
                prefix + p.path[1:] if p.path.startswith("$") else f"{prefix}.{p.path}", p.message
            )
            for p in self.problems
        )
        return ValidationError(moved, source=self.source)


class ParseError(DiplofactsError, ValueError):
    """Text could not be read at all.

    ``span`` is where in ``source`` the trouble lies; ``str(error)`` quotes an excerpt around
    it with its character offsets.
    """

    def __init__(self, message: str, *, source: str, span: Span | None = None) -> None:
        self.message = message
        self.source = source
        self.span = span
        super().__init__(self._render())

    def _render(self) -> str:
        if self.span is None:
            return self.message
        start, end = self.span.start, self.span.end
        excerpt = self.source[max(0, start - 20) : end + 20].replace("\n", " ")
        return f"{self.message} (characters {start}-{end}: «{excerpt}»)"


class UnsupportedFormatError(DiplofactsError, ValueError):
    """A format name is unknown, or the format cannot be read back."""


class LimitError(ValidationError):
    """An input is larger, or nested deeper, than the :class:`~diplofacts.limits.Limits` allow.

    A :class:`ValidationError` with one problem, at the place of the input that is over
    the limit (``$.text`` for a text, ``$`` for a whole document, the path of a chain of
    sources). ``limit`` names the field of :class:`~diplofacts.limits.Limits`
    (``"max_chars"``, ``"max_bytes"``, ``"max_depth"``); ``size`` is what the input has,
    ``maximum`` what the limit allows.
    """

    def __init__(
        self,
        message: str,
        *,
        limit: str,
        size: int,
        maximum: int,
        path: str = "$",
        source: str | None = None,
    ) -> None:
        self.limit = limit
        self.size = size
        self.maximum = maximum
        super().__init__([Problem(path, message)], source=source)

    def with_prefix(self, prefix: str) -> LimitError:
        """Return the same limit error with its path nested under ``prefix``."""
        (problem,) = ValidationError.with_prefix(self, prefix).problems
        return LimitError(
            problem.message,
            limit=self.limit,
            size=self.size,
            maximum=self.maximum,
            path=problem.path,
            source=self.source,
        )
