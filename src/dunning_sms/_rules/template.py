"""Template-level findings the composer raises: locale fallback and suppressions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .._policy import Policy
from .._report import Finding, Suppression
from ._base import CheckContext, Checker, Example, FunctionChecker, RuleInfo, SimpleFamily

LOCALE_FALLBACK = RuleInfo(
    code="TPL001",
    name="locale-fallback",
    category="locale_fallback",
    severity="warning",
    summary="The template does not exist in the requested locale; another locale was used.",
    rationale=(
        "A borrower should read the reminder in their own language. The composer falls back "
        "from region to language to the policy's default locale and says so, so that a person "
        "can add the missing translation."
    ),
    source="dunning-sms design: locale resolution",
    legal=False,
    scope="message",
    passing=(
        Example("【安心借】您的借款将于12月5日到期。", locale="zh_CN", requested_locale="zh_CN"),
    ),
    failing=(
        Example("【安心借】您的借款将于12月5日到期。", locale="zh_CN", requested_locale="zh_TW"),
    ),
    family="template",
)

UNUSED_SUPPRESSION = RuleInfo(
    code="TPL002",
    name="unused-suppression",
    category="template",
    severity="warning",
    summary="A template suppresses a rule that did not fire.",
    rationale="Stale suppressions hide future problems; remove them when they stop applying.",
    source="dunning-sms design: suppressions",
    legal=False,
    scope="message",
    passing=(
        Example(
            "【安心借】您的借款将于12月5日到期\u200b。",
            suppress=(("INV002", "the signature service inserts a joiner we cannot remove"),),
        ),
    ),
    failing=(
        Example(
            "【安心借】您的借款将于12月5日到期。",
            suppress=(("INV002", "the signature service inserts a joiner we cannot remove"),),
        ),
    ),
    family="template",
)

REFUSED_SUPPRESSION = RuleInfo(
    code="TPL003",
    name="refused-suppression",
    category="template",
    severity="error",
    summary="A template tries to suppress an unknown or error-level rule.",
    rationale=(
        "Only warning-level rules may be suppressed, each with a reason. Error-level rules "
        "enforce the law of the market and cannot be switched off from a template."
    ),
    source="dunning-sms design: suppressions",
    legal=False,
    scope="message",
    passing=(Example("【安心借】您的借款将于12月5日到期。", suppress=(("TPL002", "noted"),)),),
    failing=(
        Example("【安心借】您的借款将于12月5日到期。", suppress=(("INV001", "we want it"),)),
        Example("【安心借】您的借款将于12月5日到期。", suppress=(("NOPE999", "typo"),)),
    ),
    family="template",
)


def _check(ctx: CheckContext) -> Iterator[Finding]:
    wanted = ctx.requested_locale
    if ctx.mode == "compose" and wanted and ctx.locale and ctx.locale != wanted:
        yield LOCALE_FALLBACK.finding(
            0,
            0,
            f"no template for {wanted}; used {ctx.locale}",
            requested=wanted,
            resolved=ctx.locale,
        )


def _bind(policy: Policy) -> Checker:
    # TPL002 and TPL003 are produced by the suppression pass after all rules ran
    # (apply_suppressions); TPL001 is decided here from the locales the composer resolved.
    return FunctionChecker(_check)


FAMILY = SimpleFamily(
    name="template",
    rules=(LOCALE_FALLBACK, UNUSED_SUPPRESSION, REFUSED_SUPPRESSION),
    binder=_bind,
)


def apply_suppressions(
    findings: Iterable[Finding], specs: Sequence[tuple[str, str]]
) -> tuple[list[Finding], tuple[Suppression, ...]]:
    """Drop warning and info findings a template suppresses (rule, reason); errors stay.

    Unused suppressions add TPL002; suppressions of unknown or error-level rules add TPL003.
    """
    found = list(findings)
    if not specs:
        return found, ()
    from . import registry

    rules = registry()
    active: set[str] = set()
    refused: list[Finding] = []
    for code, _reason in specs:
        rule = rules.get(code)
        if rule is None or rule.severity == "error":
            why = "no such rule" if rule is None else "it is an error-level rule"
            refused.append(
                REFUSED_SUPPRESSION.finding(0, 0, f"cannot suppress {code}: {why}", rule=code)
            )
        else:
            active.add(code)
    used: set[str] = set()
    kept: list[Finding] = []
    for finding in found:
        if finding.rule in active and finding.severity != "error":
            used.add(finding.rule)
        else:
            kept.append(finding)
    kept.extend(
        UNUSED_SUPPRESSION.finding(0, 0, f"suppression of {code} was not used", rule=code)
        for code, _reason in specs
        if code in active and code not in used
    )
    kept.extend(refused)
    return kept, tuple(Suppression(code, reason, code in used) for code, reason in specs)
