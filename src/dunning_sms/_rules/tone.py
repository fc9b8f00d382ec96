"""Polite tone: courtesy markers, formal address, shouting and overdue pressure before due.

Tone rules are warnings and independent of the wording rules: politeness never offsets a
threat, and a rude but lawful message is not an error. The vocabularies live in the ``[tone]``
table of each language's phrase pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._phrases import LANGUAGES
from .._policy import Policy
from .._report import Finding
from ._base import CheckContext, Checker, Example, RuleInfo
from .wording import TONE_KINDS, compiled

_SOURCE = (
    "Consumer Rights Protection Measures Art. 41 (personal dignity); FCA/Ofgem/Ofwat/Ofcom joint "
    "letter 2024 (supportive tone); POJK 22/2023 Art. 62"
)

MISSING_COURTESY = RuleInfo(
    code="TON001",
    name="no-courtesy-marker",
    category="impolite",
    severity="warning",
    summary="Warns when the message has no courtesy word of its market's languages "
    "(请/您好, please/thank you, mohon/terima kasih, po/salamat, tafadhali/asante, "
    "कृपया/धन्यवाद, abeg/thank you).",
    rationale="Regulators ask for respectful, supportive communication; a bare demand reads as "
    "pressure.",
    source=_SOURCE,
    passing=(
        Example(text="Please pay $50 by 5 May. Thank you.", policy="us"),
        Example(text="尊敬的客户，您的借款将于明日到期，请按时还款。", policy="cn"),
    ),
    failing=(
        Example(text="Pay $50 by 5 May.", policy="us"),
        Example(text="您的借款明日到期。", policy="cn"),
    ),
    family="tone",
)
INFORMAL_ADDRESS = RuleInfo(
    code="TON002",
    name="informal-address",
    category="impolite",
    severity="warning",
    summary="Warns on informal or rude forms of 'you' where the language has a polite one "
    "(你 for 您; kamu/lu/lo for Anda/Bapak/Ibu; तू/tu for आप/aap).",
    rationale="The familiar pronoun to a stranger about money reads as disrespect. It is a "
    "warning, not an error: no rule bans a pronoun, and the law's test is dignity as a whole.",
    source=_SOURCE,
    passing=(Example(text="您的借款明日到期，请按时还款，谢谢。", policy="cn"),),
    failing=(
        Example(text="你的借款明日到期，请按时还款。", policy="cn"),
        Example(text="Mohon kamu bayar hari ini.", policy="id"),
    ),
    family="tone",
)
SHOUTING = RuleInfo(
    code="TON003",
    name="shouting",
    category="impolite",
    severity="warning",
    summary="Warns on four or more capitalised words in a row, a capitalised word of six or "
    "more letters that is not a known acronym or opt-out word, or runs of !!! or ？？？.",
    rationale="Capitals and stacked punctuation read as shouting and pressure.",
    source=_SOURCE,
    passing=(Example(text="Please pay by Friday. Reply STOP to opt out. Thank you.", policy="us"),),
    failing=(
        Example(text="Please PAY YOUR LOAN TODAY. Thank you.", policy="us"),
        Example(text="请立即还款！！！", policy="cn"),
    ),
    family="tone",
)
PRE_DUE_PRESSURE = RuleInfo(
    code="TON004",
    name="overdue-pressure-before-due",
    category="impolite",
    severity="warning",
    summary="Warns when an upcoming or due-today reminder uses overdue or final-notice language "
    "(runs only when the stage is known).",
    rationale="Before the due date nothing is overdue; such words are false pressure.",
    source=_SOURCE,
    passing=(
        Example(
            text="Please note your payment is due on 5 May. Thank you.",
            policy="us",
            stage="upcoming",
        ),
        Example(text="Please pay your overdue balance. Thank you.", policy="us", stage="overdue"),
        Example(
            text="Acme Recovery: please pay $20 today. This is a communication from a debt "
            "collector. Thank you.",
            policy="us",
            stage="due_today",
            third_party_collector=True,
        ),
    ),
    failing=(
        Example(
            text="Final notice: please pay by 5 May. Thank you.", policy="us", stage="upcoming"
        ),
        Example(text="尊敬的客户，您的借款已逾期，请还款。", policy="cn", stage="due_today"),
        Example(
            text="Please pay $20 today or we pass you to a debt collector. Thank you.",
            policy="us",
            stage="due_today",
        ),
    ),
    family="tone",
)
RULES = (MISSING_COURTESY, INFORMAL_ADDRESS, SHOUTING, PRE_DUE_PRESSURE)

_COURTESY, _INFORMAL, _OVERDUE = ((kind, 0) for kind in TONE_KINDS)
_PRE_DUE = frozenset({"upcoming", "due_today"})
_COLLECTOR_SELF = re.compile(r"debt collector|collection agency")
_ACRONYMS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "HELP",
     "MPESA", "PAYBILL", "GCASH", "PAYMAYA", "UPI", "NEFT", "IMPS", "RTGS", "USSD", "OTP",
     "PIN", "EMI", "KTP", "NIK", "OJK", "SLIK", "CRB", "CBK", "NBFC", "RBI", "BVN", "NIN",
     "FDCPA", "APP", "SMS", "URL", "ID", "TD", "CIC", "SEC", "BSP", "FCA"}
)  # fmt: skip
# A capitalised word: ``\b[A-Z][A-Z'’-]*[A-Z]\b``, with the leading ``\b`` written as a
# lookbehind after the first capital, which scans about three times faster.
_CAPS_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z'’-]*[A-Z]\b")
_BANG = re.compile(r"[!！?？]{3,}|[!！]{2,}[?？]+|[?？]+[!！]{2,}")


def _shouting(text: str, allowed: frozenset[str]) -> tuple[int, int] | None:
    # Both scans are gated on what they need (two capitals; three marks), which almost every
    # message lacks: the regex scans cost more than the rest of the tone check.
    marks = text.count("!") + text.count("！") + text.count("?") + text.count("？")
    bang = _BANG.search(text) if marks >= 3 else None
    if text.lower() == text:
        return bang.span() if bang else None
    run: list[re.Match[str]] = []
    for m in _CAPS_WORD.finditer(text):
        word = m.group()
        if word in allowed:
            run = []
            continue
        if len(word) >= 6:
            return m.span()
        if run and text[run[-1].end() : m.start()].strip(" ,.:;") != "":
            run = []
        run.append(m)
        if len(run) >= 4:
            return run[0].start(), m.end()
    return bang.span() if bang else None


class _ToneChecker:
    def __init__(self, policy: Policy) -> None:
        # The tone vocabularies live in the wording family's automaton: one pass per view of a
        # message serves both families (the hits are cached on the normalised text).
        self._matcher = compiled(tuple(policy.languages), tuple(policy.banned_phrases)).matcher
        self._active = any(lang in LANGUAGES for lang in policy.languages)
        self._allowed = _ACRONYMS | {k.upper() for k in policy.opt_out.keywords}

    def check(self, ctx: CheckContext) -> list[Finding]:
        if not self._active:
            return []
        out: list[Finding] = []
        hits = self._matcher.find(ctx.normalized)
        if not any(h.tag == _COURTESY for h in hits):
            out.append(MISSING_COURTESY.finding(0, 0, "no courtesy marker (please, thank you…)"))
        for hit in hits:
            if hit.tag == _INFORMAL:
                word = ctx.text[hit.start : hit.end]
                out.append(
                    INFORMAL_ADDRESS.finding(hit.start, hit.end, f"informal address {word!r}")
                )
        if ctx.stage in _PRE_DUE:
            # A third-party collector must say it is one in every text (12 CFR 1006.18(e)),
            # so naming itself is a required disclosure, not pressure.
            collector = ctx.lender is not None and ctx.lender.is_third_party_collector
            for hit in hits:
                if hit.tag == _OVERDUE:
                    word = ctx.text[hit.start : hit.end]
                    if collector and _COLLECTOR_SELF.fullmatch(word.casefold()):
                        continue
                    out.append(
                        PRE_DUE_PRESSURE.finding(
                            hit.start, hit.end, f"{word!r} in a {ctx.stage} reminder"
                        )
                    )
        span = _shouting(ctx.text, self._allowed)
        if span is not None:
            out.append(SHOUTING.finding(*span, "shouting (capitals or !!!)"))
        return out


@dataclass(frozen=True, slots=True)
class _ToneFamily:
    name: str = "tone"
    rules: tuple[RuleInfo, ...] = RULES

    def bind(self, policy: Policy) -> Checker:
        return _ToneChecker(policy)


FAMILY = _ToneFamily()

__all__ = ["FAMILY", "RULES"]
