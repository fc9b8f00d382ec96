"""The rule registry and the engine that runs a policy's rules over a message.

Each family lives in its own module and exposes ``FAMILY``. Adding a family means adding its
module name to ``_FAMILY_MODULES``; nothing else changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from .. import _timing
from .._policy import Policy
from .._report import Finding, Severity
from ._base import CheckContext, Checker, Example, Rule, RuleFamily, RuleInfo, Scope

_FAMILY_MODULES: tuple[str, ...] = (
    "length",
    "wording",
    "tone",
    "resemblance",
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


# What a run can see: a composed message, free text of a named lender, or bare free text.
Reach = Literal["compose", "lender", "text"]
_SCOPES_IN_REACH: dict[Reach, frozenset[Scope]] = {
    "compose": frozenset({"text", "lender", "message"}),
    "lender": frozenset({"text", "lender"}),
    "text": frozenset({"text"}),
}


def _reach(ctx: CheckContext) -> Reach:
    if ctx.mode == "compose":
        return "compose"
    return "lender" if ctx.lender is not None else "text"


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
        self._labels = tuple(f"rule:{family.name}" for family, _ in self._checkers)
        # Free-text check() keeps only text-scope findings (and lender-scope ones when it
        # knows the lender), so a family with none of those need not run there at all.
        self._text_families = frozenset(
            index
            for index, (family, _) in enumerate(self._checkers)
            if any(rule.scope == "text" for rule in family.rules)
        )
        self._lender_families = self._text_families | frozenset(
            index
            for index, (family, _) in enumerate(self._checkers)
            if any(rule.scope == "lender" for rule in family.rules)
        )
        # Whether a code is kept (per reach) and at which severity depend only on the policy,
        # so they are decided once per code instead of re-walking select/ignore/overrides
        # for every finding of every message.
        self._keep: dict[tuple[str, Reach], bool] = {}
        self._severity: dict[tuple[str, Severity], Severity] = {}

    def _kept(self, code: str, reach: Reach) -> bool:
        key = (code, reach)
        kept = self._keep.get(key)
        if kept is None:
            rule = self._rules.get(code)
            kept = (
                rule is not None
                and self.policy.selects(code)
                and rule.scope in _SCOPES_IN_REACH[reach]
            )
            self._keep[key] = kept
        return kept

    def _families_for(self, reach: Reach) -> frozenset[int] | None:
        """The families that can report anything in ``reach`` (None: every family)."""
        if reach == "compose":
            return None
        return self._lender_families if reach == "lender" else self._text_families

    def run(self, ctx: CheckContext) -> list[Finding]:
        """All findings of the selected rules, at the policy's severities.

        A checker that raises does not let the message through: the engine records an
        error finding naming the family and its first rule (fail closed).
        """
        out: list[Finding] = []
        reach = _reach(ctx)
        running = self._families_for(reach)
        timer = _timing.TIMER
        for index in range(len(self._checkers)):
            if running is not None and index not in running:
                continue
            self._run_family(index, ctx, reach, out, timer)
        return out

    def run_many(self, ctxs: Sequence[CheckContext]) -> list[list[Finding]]:
        """``[self.run(ctx) for ctx in ctxs]``, computed family by family.

        Each family checks every message before the next family starts, so one family's
        code and compiled matchers stay in the CPU caches across the batch instead of being
        evicted by the others for every message (docs/performance.md). Each message's
        findings come in the order :meth:`run` gives them, and a checker that raises fails
        closed for that message alone.
        """
        outs: list[list[Finding]] = [[] for _ in ctxs]
        reaches = [_reach(ctx) for ctx in ctxs]
        runnings = {reach: self._families_for(reach) for reach in set(reaches)}
        timer = _timing.TIMER
        for index in range(len(self._checkers)):
            for ctx, reach, out in zip(ctxs, reaches, outs, strict=True):
                running = runnings[reach]
                if running is not None and index not in running:
                    continue
                self._run_family(index, ctx, reach, out, timer)
        return outs

    def _run_family(
        self,
        index: int,
        ctx: CheckContext,
        reach: Reach,
        out: list[Finding],
        timer: _timing.StageTimer | None,
    ) -> None:
        """Append one family's kept findings on one message to ``out``, at their severities."""
        family, checker = self._checkers[index]
        started = _timing.now() if timer is not None else 0.0
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
            return
        if timer is not None:
            timer.add(self._labels[index], _timing.now() - started)
        for finding in found:
            if not self._kept(finding.rule, reach):
                continue
            skey = (finding.rule, finding.severity)
            severity = self._severity.get(skey)
            if severity is None:
                severity = self._severity[skey] = self.policy.severity_for(*skey)
            out.append(
                finding if severity == finding.severity else replace(finding, severity=severity)
            )


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
