"""Pausing the garbage collector while one call builds a large tree of objects.

Reading a large document or parsing a long text creates many objects that all stay alive
until the call returns. The collector would scan them again and again although none of
them can be garbage yet: for a 1 MB text that is a fifth of the time, and it grows with the
size. The calls that build such trees pause it for large inputs only.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["BULK_SIZE", "paused_for"]

BULK_SIZE = 64 * 1024
"""Inputs larger than this (bytes of a document, characters of a text) pause the collector."""


@contextlib.contextmanager
def paused_for(size: int) -> Iterator[None]:
    """Pause the collector for the block when ``size`` is over :data:`BULK_SIZE`.

    A collector the caller has disabled stays disabled; one this paused is enabled again
    however the block ends.
    """
    pause = size > BULK_SIZE and gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause:
            gc.enable()
