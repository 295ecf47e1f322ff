"""The helpers shared by the lossy formats, and the light import of diplofacts."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given

from diplofacts import FuzzyDate, LocalizedText, Summit
from diplofacts import testing as dt_testing
from diplofacts.formats import _common


@given(dt_testing.fuzzy_dates())
def test_iso_prefix_never_adds_precision(date: FuzzyDate) -> None:
    """The ISO form holds the year, then the month, then the day, only while they are known."""
    text = _common.iso_prefix(date)
    if date.year is None:
        assert text is None
        return
    assert text is not None
    expected = [date.year]
    if date.month is not None:
        expected.append(date.month)
        if date.day is not None:
            expected.append(date.day)
    assert expected == [int(part) for part in text.split("-")]


def test_events_of_refuses_other_objects() -> None:
    """Only articles, events and lists of events have events."""
    with pytest.raises(TypeError, match="expected an Article"):
        _common.events_of(FuzzyDate(year=2025))
    with pytest.raises(TypeError):
        _common.events_of(["a"])


def test_events_of_a_list(alaska: Summit) -> None:
    """A list of events is taken as it is."""
    assert (alaska,) == _common.events_of([alaska])


def test_pick_falls_back() -> None:
    """A missing language falls back to English, Arabic, then the first language."""
    text = LocalizedText.of(ru="Москва", fr="Moscou")
    assert _common.pick(text, "de") == "Moscou"
    assert _common.pick(text, "ru") == "Москва"
    assert _common.pick(None, "en") is None


def test_unknown_country_codes_stay_codes() -> None:
    """A code the gazetteer lacks is its own name and alpha-3."""
    assert _common.alpha3("RU") == "RUS"
    assert _common.country_name("XK", "sw") == "XK"
    assert _common.alpha3("QQ") == "QQ"
    assert _common.country_name("QQ", "en") == "QQ"


def test_import_needs_no_optional_back_end() -> None:
    """``import diplofacts`` and the pure-Python formats work without PyYAML or icalendar."""
    code = (
        "import sys; sys.modules['yaml'] = None; sys.modules['icalendar'] = None\n"
        "import diplofacts\n"
        "s = diplofacts.Summit(id='a', status=diplofacts.EventStatus.HELD, parties=('RU', 'US'))\n"
        "for f in ('json', 'csv', 'jsonld', 'markdown', 'plover'): diplofacts.dumps(s, format=f)\n"
        "try:\n    diplofacts.dumps(s, format='yaml')\nexcept ImportError:\n    print('no yaml')\n"
    )
    result = subprocess.run(  # noqa: S603 - this Python with fixed arguments
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert (result.returncode, result.stdout) == (0, "no yaml\n"), result.stderr
