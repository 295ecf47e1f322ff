"""Property tests of the whole model: pickling, hashing, and rejection of bad values."""

from __future__ import annotations

import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplofacts
from diplofacts import testing

ids = [cls.__name__ for cls in testing.MODEL_TYPES]


@pytest.mark.parametrize("cls", testing.MODEL_TYPES, ids=ids)
@given(data=st.data())
def test_pickle_round_trip(cls: type, data: st.DataObject) -> None:
    """Every model object pickles and unpickles to an equal object (for Dask and Spark)."""
    value = data.draw(st.from_type(cls))
    assert value == pickle.loads(pickle.dumps(value))  # noqa: S301 - our own data


@pytest.mark.parametrize("cls", testing.MODEL_TYPES, ids=ids)
@given(data=st.data())
def test_objects_are_frozen_and_hashable(cls: type, data: st.DataObject) -> None:
    """Model objects cannot be changed, and equal objects hash equal."""
    value = data.draw(st.from_type(cls))
    field = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, None)
    assert hash(value) == hash(attrs.evolve(value))


_JUNK = st.one_of(
    st.none(),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=False),
    st.text(max_size=3),
    st.lists(st.integers(), max_size=2),
    st.just(object()),
)


@pytest.mark.parametrize("cls", testing.MODEL_TYPES, ids=ids)
@given(data=st.data())
def test_bad_values_raise_validation_error(cls: type, data: st.DataObject) -> None:
    """Replacing a field with junk either builds a valid object or raises ValidationError."""
    value = data.draw(st.from_type(cls))
    field = data.draw(st.sampled_from(attrs.fields(cls)))
    junk: Any = data.draw(_JUNK)
    outcome: Any
    try:
        outcome = attrs.evolve(value, **{field.name: junk})
    except diplofacts.ValidationError as error:
        outcome = error
    if isinstance(outcome, diplofacts.ValidationError):
        assert isinstance(outcome, ValueError)
        assert outcome.problems
    else:  # junk that happens to be valid (None for an optional field, a string for text)
        assert outcome == attrs.evolve(outcome)


def test_validation_error_is_a_value_error() -> None:
    """Model errors can be caught as ValueError."""
    with pytest.raises(ValueError, match=r"\$\.party"):
        diplofacts.Delegation(party="ZZ")
