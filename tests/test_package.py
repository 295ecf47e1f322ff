"""The package itself: its version, its exports, and what importing it costs."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import pytest

import diplofacts


def test_version_comes_from_the_installed_metadata() -> None:
    """``__version__`` is the installed distribution's version."""
    assert importlib.metadata.version("diplofacts") == diplofacts.__version__


def test_unknown_attributes_raise_attribute_error() -> None:
    """A name the package does not have is an AttributeError, as for any module."""
    with pytest.raises(AttributeError, match="no_such_name"):
        getattr(diplofacts, "no_such_name")  # noqa: B009 - the attribute name is the point


def test_every_exported_name_exists() -> None:
    """Everything in ``__all__`` can be imported from the package."""
    missing = [name for name in diplofacts.__all__ if not hasattr(diplofacts, name)]
    assert [] == missing


def test_import_needs_no_optional_back_end() -> None:
    """Importing diplofacts and dumping JSON loads neither PyYAML, icalendar nor hypothesis."""
    code = (
        "import sys, diplofacts; diplofacts.dumps(diplofacts.FuzzyDate(year=2025)); "
        "print(sorted(m for m in ('yaml', 'icalendar', 'hypothesis') if m in sys.modules))"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "[]" == out.strip()
