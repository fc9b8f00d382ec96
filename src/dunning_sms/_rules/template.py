"""Template-level findings the composer raises: locale fallback, suppressions, and a date
stage template used on a day that does not fit the loan's dates."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .._policy import Policy
from .._report import Finding, Suppression
from .._stages import DATE_STAGES, stage_for
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


_STAGE_SOURCE = (
    "12 CFR 1006.18(b)(2)(i) (false representation of the character or legal status of a "
    "debt); CONC 3.3.1 R via CONC 7.9.3 G (clear, fair and not misleading); CBA 2026 "
    "collection guideline (no deception, 欺诈)"
)

STAGE_MISMATCH = RuleInfo(
    code="TPL004",
    name="stage-mismatch",
    category="false_urgency_or_misleading",
    severity="error",
    summary=(
        "A date stage template (upcoming, due today, overdue) is composed on a day when the "
        "loan is not in that stage."
    ),
    rationale=(
        "An overdue reminder sent before the due date, or a due-today reminder sent on another "
        'day, states something false about the debt ("已逾期0天", "due today" a month '
        "early). The stage follows from the loan's due date and the day of sending: before it "
        "upcoming, on it due_today, after it overdue. Event stages (payment_received, "
        "promise_to_pay_confirmation, hardship_support) are the caller's to choose and are not "
        "checked."
    ),
    source=_STAGE_SOURCE,
    scope="message",
    passing=(
        Example(
            "【安心借】尊敬的客户，您的借款已逾期3天，请尽快还款，谢谢。",
            stage="overdue_early",
            days_from_due=3,
        ),
        Example(
            "【安心借】尊敬的客户，您的借款将于12月5日到期，请按时还款，谢谢。",
            stage="upcoming",
            days_from_due=-3,
        ),
        Example(
            "【安心借】尊敬的客户，您的借款今天到期，请按时还款，谢谢。",
            stage="due_today",
            days_from_due=0,
        ),
    ),
    failing=(
        Example(
            "【安心借】尊敬的客户，您的借款已逾期0天，请尽快还款，谢谢。",
            stage="overdue_early",
            days_from_due=0,
            note="on the due date the loan is not overdue yet",
        ),
        Example(
            "【安心借】尊敬的客户，您的借款今天到期，请按时还款，谢谢。",
            stage="due_today",
            days_from_due=-30,
        ),
        Example(
            "Acme Loans: Hi Ana, a friendly reminder that your payment is due on Dec 5. "
            "Reply STOP to opt out.",
            policy="us",
            stage="upcoming",
            days_from_due=10,
        ),
    ),
    family="template",
)

OVERDUE_BAND_MISMATCH = RuleInfo(
    code="TPL005",
    name="overdue-band-mismatch",
    category="false_urgency_or_misleading",
    severity="warning",
    summary="An overdue template of another band (early 1-30, mid 31-90, late 91+ days) is used.",
    rationale=(
        "The overdue bands escalate in tone and in what they say (a late-stage text may speak "
        "of a long-standing arrears or of referral). Sending the late template a few days "
        "after the due date overstates the situation; sending the early one after months "
        "understates it. The generic `overdue` key picks the right band itself."
    ),
    source=_STAGE_SOURCE,
    scope="message",
    passing=(
        Example(
            "【安心借】尊敬的客户，您的借款已逾期45天，请尽快还款，谢谢。",
            stage="overdue_mid",
            days_from_due=45,
        ),
    ),
    failing=(
        Example(
            "【安心借】尊敬的客户，您的借款已逾期5天，请尽快还款，谢谢。",
            stage="overdue_late",
            days_from_due=5,
            note="5 days overdue is the early band",
        ),
    ),
    family="template",
)


def _stage_state(late: int) -> str:
    if late < 0:
        return f"not due for {-late} more day(s)"
    if late == 0:
        return "due that day"
    return f"{late} day(s) overdue"


def _stage_findings(ctx: CheckContext) -> Iterator[Finding]:
    stage, loan, as_of = ctx.stage, ctx.loan, ctx.as_of
    if stage not in DATE_STAGES or loan is None or as_of is None:
        return
    actual = stage_for(loan, as_of)
    if actual == stage:
        return
    late = (as_of - loan.due_date).days
    rule = (
        OVERDUE_BAND_MISMATCH
        if stage.startswith("overdue_") and actual.startswith("overdue_")
        else STAGE_MISMATCH
    )
    yield rule.finding(
        0,
        0,
        f"a {stage} template, but on {as_of.isoformat()} the loan (due "
        f"{loan.due_date.isoformat()}) is {_stage_state(late)}: its stage is {actual}",
        stage=stage,
        actual=actual,
        days_from_due=str(late),
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
    if ctx.mode == "compose":
        yield from _stage_findings(ctx)


def _bind(policy: Policy) -> Checker:
    # TPL002 and TPL003 are produced by the suppression pass after all rules ran
    # (apply_suppressions); TPL001 is decided here from the locales the composer resolved.
    return FunctionChecker(_check)


FAMILY = SimpleFamily(
    name="template",
    rules=(
        LOCALE_FALLBACK,
        UNUSED_SUPPRESSION,
        REFUSED_SUPPRESSION,
        STAGE_MISMATCH,
        OVERDUE_BAND_MISMATCH,
    ),
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
