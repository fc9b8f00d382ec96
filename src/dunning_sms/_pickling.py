"""Fast pickling for the frozen, slotted dataclasses that cross process boundaries.

``compose_many`` workers send every ``Message`` (with its ``Report`` and ``Finding`` records)
back to the parent. The state methods that ``dataclass(frozen=True, slots=True)`` generates
call ``dataclasses.fields()`` on every object they restore, which was most of the 15 µs the
parent spent unpickling a message, time taken from the two cores the workers run on.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def fast_state(cls: type[T]) -> type[T]:
    """Give a frozen, slotted dataclass a tuple state and a setter-per-field restore.

    The state is the fields' values in declaration order; restoring sets each slot through
    its descriptor, as ``object.__setattr__`` would, without the frozen ``__setattr__``.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    setters: tuple[Callable[[Any, Any], None], ...] = tuple(
        cls.__dict__[name].__set__ for name in names
    )
    read = operator.attrgetter(*names)
    single = len(names) == 1

    def get_state(self: T) -> tuple[Any, ...]:
        value = read(self)
        return (value,) if single else value

    def set_state(self: T, state: tuple[Any, ...]) -> None:
        if len(state) != len(setters):
            raise ValueError(f"{cls.__name__} state has {len(state)} values, not {len(setters)}")
        for setter, value in zip(setters, state, strict=True):
            setter(self, value)

    cls.__getstate__ = get_state  # type: ignore[method-assign,assignment]
    cls.__setstate__ = set_state  # type: ignore[attr-defined]
    return cls
