"""The rule registry and the engine that runs a policy's rules over a message.

Each family lives in its own module and exposes ``FAMILY``. Adding a family means adding its
module name to ``_FAMILY_MODULES``; nothing else changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from .._policy import Policy
from .._report import Finding
from ._base import CheckContext, Checker, Example, Rule, RuleFamily, RuleInfo

_FAMILY_MODULES: tuple[str, ...] = (
    "length",
    "wording",
    "tone",
    "pii",
    "disclosure",
    "contact",
    "invisible",
    "template",
)


@lru_cache(maxsize=1)
def families() -> tuple[RuleFamily, ...]:
    """Every rule family shipped, in a fixed order."""
    found: list[RuleFamily] = []
    for module_name in _FAMILY_MODULES:
        module = importlib.import_module(f"{__name__}.{module_name}")
        found.append(module.FAMILY)
    return tuple(found)


@lru_cache(maxsize=1)
def registry() -> Mapping[str, RuleInfo]:
    """Every rule by code. Codes are unique across families (a test sweeps this)."""
    rules: dict[str, RuleInfo] = {}
    for family in families():
        for rule in family.rules:
            if rule.code in rules:
                raise RuntimeError(f"duplicate rule code {rule.code}")
            rules[rule.code] = rule if rule.family else replace(rule, family=family.name)
    return rules


class RuleEngine:
    """A policy's families bound once; :meth:`run` checks one message."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._rules = registry()
        self._checkers: list[tuple[RuleFamily, Checker]] = [
            (family, family.bind(policy))
            for family in families()
            if any(policy.selects(rule.code) for rule in family.rules)
        ]

    def run(self, ctx: CheckContext) -> list[Finding]:
        """All findings of the selected rules, at the policy's severities.

        A checker that raises does not let the message through: the engine records an
        error finding naming the family and its first rule (fail closed).
        """
        out: list[Finding] = []
        for family, checker in self._checkers:
            try:
                found = list(checker.check(ctx))
            except Exception as exc:  # any crash must refuse the message, whatever it is
                first = family.rules[0]
                out.append(
                    Finding(
                        rule=first.code,
                        category=first.category,
                        severity="error",
                        start=0,
                        end=0,
                        message=(
                            f"rule family {family.name!r} failed ({type(exc).__name__}); "
                            "the message is refused rather than sent unchecked"
                        ),
                        name=first.name,
                        data={"family": family.name, "failure": type(exc).__name__},
                    )
                )
                continue
            for finding in found:
                rule = self._rules.get(finding.rule)
                if rule is None or not self.policy.selects(finding.rule):
                    continue
                if ctx.mode == "check" and rule.scope == "message":
                    continue
                severity = self.policy.severity_for(finding.rule, finding.severity)
                out.append(
                    finding if severity == finding.severity else replace(finding, severity=severity)
                )
        return out


__all__ = [
    "CheckContext",
    "Checker",
    "Example",
    "Rule",
    "RuleEngine",
    "RuleFamily",
    "RuleInfo",
    "families",
    "registry",
]
