"""Placeholder family 'template' (being written); it defines no rules yet."""

from __future__ import annotations

from .._policy import Policy
from ._base import Checker, FunctionChecker, SimpleFamily


def _bind(policy: Policy) -> Checker:
    return FunctionChecker(lambda ctx: ())


FAMILY = SimpleFamily(name="template", rules=(), binder=_bind)
