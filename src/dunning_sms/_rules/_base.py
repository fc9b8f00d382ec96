"""The rule interface: metadata records, families that check, and the context they read.

A *rule* is a record (code, name, category, severity, docs, examples). A *family* owns one or
more rules and does the checking for all of them at once, so that work shared by its rules
(one automaton, one scan) is done once per message. Families are bound to a policy once per
Composer; the bound checker is what runs per message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from .._normalize import normalize
from .._report import Category, Finding, Severity

if TYPE_CHECKING:
    from .._contact import ContactLog
    from .._models import Borrower, Lender, Loan
    from .._normalize import NormalizedText
    from .._policy import Policy
    from .._segments import SegmentInfo

# Where a rule runs: "text" everywhere, free-text check() included; "lender" in compose and
# in a check() that names the lender (the rule needs only the lender's facts); "message" only
# in compose (it needs the borrower, the loan or the rendering).
Scope = Literal["text", "lender", "message"]
Mode = Literal["compose", "check"]


@dataclass(frozen=True, slots=True)
class Example:
    """A text (and the little context it needs) that a rule must pass or must flag.

    ``rendered`` stands for what the composer knows it rendered (element -> text), as in
    :attr:`CheckContext.rendered`; leave it ``None`` for a free-text ``check()``.
    ``sent`` lists ISO times of earlier sends to the same borrower, for frequency rules.
    ``days_from_due`` sends on that day counted from the sample loan's due date (negative:
    before it), for the stage rules.
    """

    text: str
    policy: str = "cn"
    locale: str | None = None
    stage: str | None = None
    legal_action_intended: bool | None = None
    contact_authorised: bool | None = None
    now: str | None = None
    timezone: str | None = None
    # The borrower's number when the market's sample number will not do (zone rules).
    phone: str | None = None
    sent: tuple[str, ...] = ()
    opted_out: bool = False
    third_party_collector: bool = False
    rendered: Mapping[str, str] | None = None
    requested_locale: str | None = None
    suppress: tuple[tuple[str, str], ...] = ()
    days_from_due: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """One rule: what it is called, what it flags, why, and its examples."""

    code: str
    name: str
    category: Category
    severity: Severity
    summary: str
    rationale: str = ""
    source: str = ""
    legal: bool = True
    scope: Scope = "text"
    passing: tuple[Example, ...] = ()
    failing: tuple[Example, ...] = ()
    family: str = ""

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        *,
        severity: Severity | None = None,
        **data: str,
    ) -> Finding:
        """A finding of this rule (the engine applies the policy's severity afterwards)."""
        return Finding(
            rule=self.code,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            message=message,
            name=self.name,
            data=data,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by ``dunning-sms rules --format json``."""
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "summary": self.summary,
            "rationale": self.rationale,
            "source": self.source,
            "legal": self.legal,
            "scope": self.scope,
            "family": self.family,
            "passing": [e.text for e in self.passing],
            "failing": [e.text for e in self.failing],
        }


@runtime_checkable
class Rule(Protocol):
    """What every rule exposes. :class:`RuleInfo` is the shipped implementation."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def category(self) -> Category: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def summary(self) -> str: ...
    @property
    def passing(self) -> tuple[Example, ...]: ...
    @property
    def failing(self) -> tuple[Example, ...]: ...


@dataclass(slots=True)
class CheckContext:
    """What a checker may read about one message. Checkers never modify it.

    In ``check`` mode (free text) only ``text``, ``policy``, ``languages`` and ``locale`` are
    known, and ``lender`` with its service numbers in ``allow``, ``legal_action_intended``
    and ``contact_authorised`` when the caller states them; everything else about the
    borrower, loan and rendering is ``None``.
    """

    text: str
    policy: Policy
    languages: tuple[str, ...]
    mode: Mode = "check"
    locale: str | None = None
    stage: str | None = None
    legal_action_intended: bool | None = None
    # Borrower.third_party_contact_authorised; None when unknown (free text whose caller
    # does not state it).
    contact_authorised: bool | None = None
    now: datetime | None = None
    as_of: date | None = None
    borrower: Borrower | None = None
    loan: Loan | None = None
    lender: Lender | None = None
    history: ContactLog | None = None
    template: str | None = None
    requested_locale: str | None = None
    rendered: Mapping[str, str] | None = None
    segment_budget: int | None = None
    known: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    _cache: dict[str, Any] = field(default_factory=dict)

    @property
    def normalized(self) -> NormalizedText:
        """The folded text with its map back to original offsets (computed once)."""
        cached = self._cache.get("normalized")
        if cached is None:
            cached = self._cache["normalized"] = normalize(self.text)
        return cached

    @property
    def segment_info(self) -> SegmentInfo:
        """The segment accounting of the text under the policy's billing (computed once)."""
        cached = self._cache.get("segments")
        if cached is None:
            from .._segments import segments

            cached = self._cache["segments"] = segments(self.text, billing=self.policy.billing.mode)
        return cached


class Checker(Protocol):
    """A family bound to one policy: runs once per message."""

    def check(self, ctx: CheckContext) -> Iterable[Finding]: ...


class RuleFamily(Protocol):
    """A group of rules checked together. ``bind`` compiles whatever the policy needs."""

    @property
    def name(self) -> str: ...
    @property
    def rules(self) -> tuple[RuleInfo, ...]: ...
    def bind(self, policy: Policy) -> Checker: ...


@dataclass(frozen=True, slots=True)
class FunctionChecker:
    """A checker made of one function; for families with no per-policy compilation."""

    function: Callable[[CheckContext], Iterable[Finding]]

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        return self.function(ctx)


@dataclass(frozen=True, slots=True)
class SimpleFamily:
    """A family whose ``bind`` is a plain function of the policy."""

    name: str
    rules: tuple[RuleInfo, ...]
    binder: Callable[[Policy], Checker]

    def bind(self, policy: Policy) -> Checker:
        return self.binder(policy)
