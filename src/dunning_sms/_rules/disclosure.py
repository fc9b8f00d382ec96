"""Required content: every composed message carries what its market's policy demands.

The policy's ``disclosures`` list drives the checks; each element is one rule (``DIS0xx``).
In compose mode the composer tells us, in ``CheckContext.rendered``, the exact string it
formatted for each element (``amount``, ``hotline``...), so an element is present when that
string occurs in the text. In free-text ``check()`` only what the text itself can show is
reported: the Chinese 【signature】 format, the opt-out instruction and phrase-form elements.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .._policy import DISCLOSURE_RULES, Disclosure, Policy
from .._report import Finding
from ._base import CheckContext, Example, RuleInfo, Scope

if TYPE_CHECKING:
    from .._models import Lender

_CN_OK_TEXT = (
    "【安心借】您的借款1,200.00元已于2025年3月1日到期，请在安心借App还款，客服400-123-4567。"
)
_CN_OK_RENDERED: Mapping[str, str] = {
    "signature": "【安心借】",
    "lender_name": "安心借",
    "amount": "1,200.00元",
    "due_date": "2025年3月1日",
    "days_overdue": "3天",
    "payment_channel": "安心借App",
    "hotline": "400-123-4567",
}
_US_RENDERED: Mapping[str, str] = {
    "lender_name": "Beta Recovery",
    "creditor_name": "Acme Bank",
    "amount": "$120.00",
    "hotline": "1-800-555-0100",
}
_US_OK_TEXT = (
    "Beta Recovery, for your Acme Bank account: This is a communication from a debt collector."
    " Call 1-800-555-0100. Reply STOP to opt out."
)
_IN_RENDERED: Mapping[str, str] = {
    "lender_name": "Acme Finance",
    "amount": "₹5,000.00",
    "due_date": "01-Mar-2025",
    "payment_channel": "Acme app",
    "hotline": "1800-123-4567",
    "agent_name": "Ravi Kumar",
}
_UK_RENDERED: Mapping[str, str] = {
    "lender_name": "Acme Credit",
    "amount": "£120.00",
    "due_date": "1 March 2025",
    "payment_channel": "the Acme app",
    "hotline": "0800 123 4567",
}
_UK_OK_TEXT = (
    "Acme Credit: £120.00 was due on 1 March 2025. Pay in the Acme app or call 0800 123 4567."
    " Free debt advice: moneyhelper.org.uk"
)


def _rule(
    code: str,
    name: str,
    summary: str,
    *,
    rationale: str,
    source: str,
    passing: tuple[Example, ...],
    failing: tuple[Example, ...],
    scope: Scope = "text",
) -> RuleInfo:
    return RuleInfo(
        code=code,
        name=name,
        category="missing_disclosure",
        severity="error",
        summary=summary,
        rationale=rationale,
        source=source,
        scope=scope,
        passing=passing,
        failing=failing,
        family="disclosure",
    )


SIGNATURE = _rule(
    "DIS001",
    "signature-at-start",
    "A Chinese SMS starts with the approved 【signature】 of 2-16 characters naming the sender.",
    rationale=(
        "Domestic A2P SMS in mainland China must carry a registered signature in 【】 at the very"
        " start; platforms reject neutral signatures such as 客服通知 that name no company, app"
        " or website."
    ),
    source=(
        "Alibaba Cloud, Huawei Cloud, Tencent Cloud SMS signature rules (2-12 chars Alibaba,"
        " 2-16 Huawei) [A]"
    ),
    passing=(Example(_CN_OK_TEXT, policy="cn"),),
    failing=(
        Example(
            "您的借款1,200.00元已到期，请在安心借App还款。【安心借】",
            policy="cn",
            note="signature at the end, not the start",
        ),
        Example("【安】您的借款已到期，请在安心借App还款。", policy="cn", note="1 character"),
        Example(
            "【客服通知】您的借款1,200.00元已到期，请在安心借App还款。",
            policy="cn",
            note="a neutral signature that names no company, app or website",
        ),
    ),
)
NO_BRACKETS = _rule(
    "DIS002",
    "no-brackets-in-body",
    "The body of a Chinese SMS contains no 【 or 】 after the signature.",
    rationale=(
        "The platform adds the signature brackets; 【】 in the body looks like a second"
        " signature and templates containing them are rejected."
    ),
    source="Tencent Cloud and Huawei Cloud SMS template rules [A]",
    passing=(Example(_CN_OK_TEXT, policy="cn"),),
    failing=(Example("【安心借】您的借款已到期，【重要】请在安心借App还款。", policy="cn"),),
)
NO_SYMBOLS = _rule(
    "DIS013",
    "no-refused-symbols",
    "A Chinese SMS holds none of the symbols the platforms refuse in templates: ¥ ￥ ★ √ ✓ ☞"
    " ※ & [ ] ^_^.",
    rationale=(
        "Huawei Cloud and Tencent Cloud refuse templates holding these symbols, which garble"
        " on some handsets; write amounts as 1,234.56元 (the money filter's 'unit' style)."
    ),
    source=(
        "Huawei Cloud Message & SMS, template and variable specifications (format: ¥ ★ ^_^ &"
        " √ ※ []); Tencent Cloud SMS body template review standards (format: ¥ ★ ^_^ & ☞ ✓ ※)"
        " [A]"
    ),
    passing=(Example(_CN_OK_TEXT, policy="cn"),),
    failing=(
        Example(
            "【安心借】您的借款¥1,200.00已到期，请在安心借App还款，客服400-123-4567。", policy="cn"
        ),
        Example(
            "【安心借】★温馨提示★您的借款1,200.00元已到期，请在安心借App还款，客服400-123-4567。",
            policy="cn",
        ),
    ),
)
OPT_OUT = _rule(
    "DIS003",
    "opt-out-instruction",
    "The text tells the recipient how to stop texts, e.g. 'Reply STOP to opt out', at no cost"
    " and without asking for personal information.",
    rationale=(
        "Every electronic communication from a debt collector must carry a clear and"
        " conspicuous, simple opt-out method; the policy's opt-out keywords are the words"
        " recognised after a reply verb. Opting out may not require a fee or any information"
        " beyond the opt-out request and the number, so an instruction whose own sentence"
        " asks for a fee or for personal data (SSN, date of birth, account number...) is"
        " flagged too. English only; carrier message and data rates are no fee."
    ),
    source="12 CFR 1006.6(e) (Regulation F) [B]; regulations.md 2.4",
    passing=(
        Example(_US_OK_TEXT, policy="us"),
        Example("Acme Bank: your payment is due 3/1. Text STOP to end texts.", policy="us"),
        Example(
            "Acme Bank: your payment of $120.00 is due 3/1; reply STOP to opt out at no charge.",
            policy="us",
            note="an amount elsewhere, and a fee denied",
        ),
        Example(
            "Acme Bank: your payment is due 3/1. Reply STOP to opt out. Msg&data rates may apply.",
            policy="us",
            note="the carrier's rates are no fee of the sender",
        ),
        Example(
            "Acme Bank: your payment is due 3/1. Reply STOP to opt out; we never ask for your PIN.",
            policy="us",
        ),
    ),
    failing=(
        Example("Acme Bank: your payment of $120.00 is due 3/1. Call 1-800-555-0100.", policy="us"),
        Example("Acme Bank: your payment is due 3/1. Reply to this message.", policy="us"),
        Example(
            "Acme Bank: your payment of $120.00 was due on Jan 2. Pay in the Acme app. Thank you."
            " Reply STOP to opt out for a $4.99 fee.",
            policy="us",
            note="opting out may not cost a fee",
        ),
        Example(
            "Acme Bank: your payment of $120.00 was due on Jan 2. Pay in the Acme app. Thank you."
            " Reply STOP and your full SSN to opt out.",
            policy="us",
            note="opting out may not require information beyond the request",
        ),
        Example(
            "Acme Bank: your payment is due 3/1. A $2 fee applies to opt out: reply STOP.",
            policy="us",
            note="the fee stated before the instruction, in the same sentence",
        ),
    ),
)
LENDER_NAME = _rule(
    "DIS004",
    "lender-name",
    "The message names the lender (in China a valid 【signature】 counts).",
    rationale=(
        "Collectors must say who they are; anonymous collection messages are barred and"
        " invite pretexting. Checked against the name the composer rendered (in a free-text"
        " check that names the lender, against the lender's name and signature)."
    ),
    source="CBA 2026 guideline (自报家门) [B]; RBI 12 Aug 2022 [B]; 12 CFR 1006.18(c)(3) [B]",
    scope="lender",
    passing=(Example(_UK_OK_TEXT, policy="uk", rendered=_UK_RENDERED),),
    failing=(
        Example(
            "£120.00 was due on 1 March 2025. Pay in the Acme app or call 0800 123 4567."
            " Free debt advice: moneyhelper.org.uk",
            policy="uk",
            rendered=_UK_RENDERED,
        ),
    ),
)
AMOUNT = _rule(
    "DIS005",
    "amount-due",
    "The message states the amount due, as the composer formatted it.",
    rationale="A reminder the borrower cannot act on is pressure without information.",
    source="CBRC 2011 Credit Card Measures Art. 69 (balance owed) [B], applied to SMS as policy",
    scope="message",
    passing=(Example(_CN_OK_TEXT, policy="cn", rendered=_CN_OK_RENDERED),),
    failing=(
        Example(
            "【安心借】您的借款已于2025年3月1日到期，请在安心借App还款，客服400-123-4567。",
            policy="cn",
            rendered=_CN_OK_RENDERED,
        ),
    ),
)
DUE = _rule(
    "DIS006",
    "due-date-or-days-overdue",
    "The message states the due date or the number of days overdue.",
    rationale="The borrower needs to know which payment is meant and since when it is late.",
    source="SEOJK 19/2023 (due-date reminder) [B]; CBRC 2011 Art. 69 [B], as policy",
    scope="message",
    passing=(
        Example(_CN_OK_TEXT, policy="cn", rendered=_CN_OK_RENDERED),
        Example(
            "【安心借】您的借款1,200.00元已逾期3天，请在安心借App还款，客服400-123-4567。",
            policy="cn",
            rendered=_CN_OK_RENDERED,
            note="days overdue instead of the date",
        ),
    ),
    failing=(
        Example(
            "【安心借】您的借款1,200.00元已到期，请在安心借App还款，客服400-123-4567。",
            policy="cn",
            rendered=_CN_OK_RENDERED,
        ),
    ),
)
PAYMENT = _rule(
    "DIS007",
    "payment-channel",
    "The message names an official way to pay (a payment channel of the lender).",
    rationale=(
        "Repayment goes only through official channels; naming one steers the borrower away"
        " from private accounts."
    ),
    source="CBA 2026 guideline (official repayment channels) [B]; CBRC 2011 Art. 69 [B]",
    scope="lender",
    passing=(Example(_CN_OK_TEXT, policy="cn", rendered=_CN_OK_RENDERED),),
    failing=(
        Example(
            "【安心借】您的借款1,200.00元已于2025年3月1日到期，请尽快还款，客服400-123-4567。",
            policy="cn",
            rendered=_CN_OK_RENDERED,
        ),
    ),
)
HOTLINE = _rule(
    "DIS008",
    "hotline",
    "The message gives the lender's contact number.",
    rationale="The borrower must be able to check the account, dispute it or ask for help.",
    source="CBRC 2011 Credit Card Measures Art. 69 (issuer's contact details) [B]",
    scope="lender",
    passing=(Example(_CN_OK_TEXT, policy="cn", rendered=_CN_OK_RENDERED),),
    failing=(
        Example(
            "【安心借】您的借款1,200.00元已于2025年3月1日到期，请在安心借App还款。",
            policy="cn",
            rendered=_CN_OK_RENDERED,
        ),
    ),
)
COLLECTOR_NOTICE = _rule(
    "DIS009",
    "debt-collector-notice",
    "A third-party collector's text says 'This is a communication from a debt collector'.",
    rationale=(
        "Every communication by a debt collector after the first must disclose that it is from"
        " a debt collector; a text is never a limited-content message."
    ),
    source="12 CFR 1006.18(e)(2); FDCPA 15 USC 1692e(11) [B]",
    scope="lender",
    passing=(
        Example(_US_OK_TEXT, policy="us", rendered=_US_RENDERED, third_party_collector=True),
        Example(
            "Acme Bank: your payment of $120.00 is due 3/1. Call 1-800-555-0100."
            " Reply STOP to opt out.",
            policy="us",
            rendered={"lender_name": "Acme Bank"},
            note="a creditor collecting its own debt needs no collector notice",
        ),
    ),
    failing=(
        Example(
            "Beta Recovery, for your Acme Bank account: please call 1-800-555-0100."
            " Reply STOP to opt out.",
            policy="us",
            rendered=_US_RENDERED,
            third_party_collector=True,
        ),
    ),
)
AGENT = _rule(
    "DIS010",
    "recovery-agent-identity",
    "A message sent for a recovery agent names the agent.",
    rationale=(
        "Digital lenders must send the borrower the recovery agent's particulars before the"
        " agent makes contact; a message on the agent's behalf that hides them is anonymous"
        " contact."
    ),
    source="RBI Digital Lending FAQ, 14 Feb 2023 [B]; RBI 12 Aug 2022 (no anonymous calls) [B]",
    scope="lender",
    passing=(
        Example(
            "Acme Finance: ₹5,000.00 was due on 01-Mar-2025. Your recovery agent is Ravi Kumar."
            " Pay in the Acme app or call 1800-123-4567.",
            policy="in",
            rendered=_IN_RENDERED,
        ),
    ),
    failing=(
        Example(
            "Acme Finance: ₹5,000.00 was due on 01-Mar-2025. Our agent will contact you."
            " Pay in the Acme app or call 1800-123-4567.",
            policy="in",
            rendered=_IN_RENDERED,
        ),
    ),
)
CREDITOR = _rule(
    "DIS011",
    "creditor-name",
    "A third-party collector's message names the creditor the debt is owed to.",
    rationale=(
        "Without the creditor's name the borrower cannot recognise the debt, and carriers only"
        " accept collection texts that clearly name the business that is owed."
    ),
    source="Twilio errors 30863/30460 (carrier rules) [A]; as policy",
    scope="lender",
    passing=(Example(_US_OK_TEXT, policy="us", rendered=_US_RENDERED, third_party_collector=True),),
    failing=(
        Example(
            "Beta Recovery: This is a communication from a debt collector."
            " Call 1-800-555-0100. Reply STOP to opt out.",
            policy="us",
            rendered=_US_RENDERED,
            third_party_collector=True,
        ),
    ),
)
DEBT_ADVICE = _rule(
    "DIS012",
    "debt-advice",
    "The message says where to get free debt advice (the policy lists accepted forms).",
    rationale=(
        "UK regulators expect collection messages to make free debt-advice information clear"
        " and prominent."
    ),
    source="FCA/Ofgem/Ofwat/Ofcom joint letter on debt-collection communications, 2024 [B]",
    passing=(Example(_UK_OK_TEXT, policy="uk"),),
    failing=(
        Example("Acme Credit: £120.00 was due on 1 March 2025. Call 0800 123 4567.", policy="uk"),
    ),
)

RULES: tuple[RuleInfo, ...] = (
    SIGNATURE,
    NO_BRACKETS,
    NO_SYMBOLS,
    OPT_OUT,
    LENDER_NAME,
    AMOUNT,
    DUE,
    PAYMENT,
    HOTLINE,
    COLLECTOR_NOTICE,
    AGENT,
    CREDITOR,
    DEBT_ADVICE,
)
_BY_CODE = {rule.code: rule for rule in RULES}
assert set(_BY_CODE) == set(DISCLOSURE_RULES.values())

ELEMENT_LABELS: Mapping[str, str] = {
    "signature": "the 【signature】 at the start",
    "no_brackets_in_body": "a body free of 【】",
    "no_refused_symbols": "a text free of ¥ ★ √ ✓ ☞ ※ & [ ] ^_^",
    "opt_out_instruction": "an opt-out instruction (e.g. 'Reply STOP to opt out')",
    "lender_name": "the lender's name",
    "amount": "the amount due",
    "due_date_or_days_overdue": "the due date or the days overdue",
    "payment_channel": "a way to pay",
    "hotline": "a contact number",
    "debt_collector_notice": "the notice 'This is a communication from a debt collector'",
    "agent_name": "the recovery agent's name",
    "creditor_name": "the creditor's name",
    "debt_advice": "where to get free debt advice",
}

# Which keys of ``CheckContext.rendered`` can stand for an element (any one suffices).
RENDERED_KEYS: Mapping[str, tuple[str, ...]] = {
    "lender_name": ("lender_name", "signature"),
    "amount": ("amount",),
    "due_date_or_days_overdue": ("due_date", "days_overdue"),
    "payment_channel": ("payment_channel",),
    "hotline": ("hotline",),
    "agent_name": ("agent_name",),
    "creditor_name": ("creditor_name",),
}
_TEXT_ELEMENTS = frozenset(
    {"signature", "no_brackets_in_body", "no_refused_symbols", "opt_out_instruction"}
)

_SIGNATURE_RE = re.compile(r"【([^【】]*)】")
_BRACKET_RE = re.compile(r"[【】]")
# Huawei Cloud's and Tencent Cloud's lists together; the one list the check reads.
_REFUSED_SYMBOLS: Final = ("¥", "￥", "★", "√", "✓", "☞", "※", "&", "[", "]", "^_^")
_REFUSED_SYMBOL_RE = re.compile("|".join(map(re.escape, _REFUSED_SYMBOLS)))


def _has_refused_symbol(text: str) -> bool:
    # A substring test per symbol costs a quarter of the regex's scan of a clean text; a
    # loop, since any() over a generator costs 4,000 instructions more per message.
    for symbol in _REFUSED_SYMBOLS:  # noqa: SIM110
        if symbol in text:
            return True
    return False


# Platforms refuse signatures that name no company, app or website; these are the common ones.
_NEUTRAL_SIGNATURES = frozenset({"客服通知", "通知", "提醒", "温馨提示", "系统通知", "短信通知"})
_SIGNATURE_MIN, _SIGNATURE_MAX = 2, 16
# Reply verbs that introduce an opt-out keyword, in the languages the policies ship.
_OPT_OUT_VERBS = (
    r"reply(?:\s+with)?",
    r"text",
    r"txt",
    r"send",
    r"respond(?:\s+with)?",
    r"回复",
    r"回",
    r"balas",
    r"ketik",
    r"kirim",
    r"i-reply",
    r"mag-reply",
    r"jibu",
    r"tuma",
)


def _twins(source: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A pattern written in lowercase: (for any text, for lowercased ASCII text).

    Indexed by ``text.isascii()``. An IGNORECASE alternation is tried at every position (see
    :class:`_AnyCase`); its case-sensitive twin on ``text.lower()`` is several times faster,
    and ``lower`` keeps ASCII offsets.
    """
    return re.compile(source, re.IGNORECASE), re.compile(source)


# What makes an opt-out instruction unlawful in the words around it (12 CFR 1006.6(e)): a
# fee, or personal information beyond the opt-out request and the number it is about.
_AMOUNT = r"(?:[$£€]\s?\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:dollars?|cents?|usd)\b)"
_FEE = _twins(
    r"\b(?:fees?|surcharges?|charged?|charges|costs?)\b"
    rf"|(?:\b(?:for|pay|paying|send|sending|plus)|\+)\s*(?:a\s+|an\s+|only\s+|just\s+)?{_AMOUNT}"
    rf"|{_AMOUNT}\s*(?:/|per\s+|a\s+)(?:msg|message|text|sms|reply)\b"
)
_PERSONAL = _twins(
    r"\b(?:ssn|social\s+security(?:\s+number)?|date\s+of\s+birth|birth\s*date|dob"
    r"|account\s+(?:number|no\b|#)|card\s+number|pin|password|passcode"
    r"|(?:full|legal)\s+name|(?:home|mailing|street|postal)\s+address|zip(?:\s+code)?"
    r"|driver'?s\s+licen[cs]e|id\s+number|last\s+(?:4|four)(?:\s+digits)?)\b"
)
# Where a burden stops counting: a negation ("no fee", "never ask for your PIN") or "free".
# What follows one is not read, so a denial is never a demand.
_NEGATION = _twins(r"\b(?:no|not|never|without|free)\b|n't\b")
# Words of a fee that are none: the carrier's charges ("Msg&data rates may apply") are no
# fee of the sender, and "it costs nothing" denies one.
_NOT_A_FEE = _twins(
    r"\b(?:carrier|standard|msg|message|text|sms|data)\s*(?:&|and)?\s*(?:data\s+)?"
    r"(?:rates|charges|fees)\b|\b(?:costs?|charges?)\s+(?:you\s+)?nothing\b"
)
_OPTING_OUT = _twins(r"\b(?:opt(?:ing)?[\s-]*out|unsubscrib\w*|stop(?:ping)?\s+(?:texts|messages))")
_CLAUSE_END = re.compile(r"[.!?。！？](?=\s|$)|[\n;；]")
# Matched up to an instruction: its end is where the instruction's sentence opens.
_SENTENCE_BEFORE = re.compile(r"(?s:.*)(?:[.!?。！？](?=\s|$)|\n)")


# Cached: a template gives every message the same opt-out sentence, so the regexes (a few
# microseconds) run once per wording, not once per message.
@functools.lru_cache(maxsize=1024)
def _burden_in(words: str) -> tuple[str, int, int] | None:
    """The fee or personal information ``words`` ask for (kind and offsets), up to the first
    negation."""
    folded = words.isascii()
    if folded:
        words = words.lower()
    cut = _NEGATION[folded].search(words)
    if cut is not None:
        words = words[: cut.start()]
    # Blanked, not removed, so that a match's offsets stay those of ``words``.
    words = _NOT_A_FEE[folded].sub(lambda m: " " * len(m.group()), words)
    for kind, pattern in (("fee", _FEE[folded]), ("information", _PERSONAL[folded])):
        found = pattern.search(words)
        if found is not None:
            return kind, found.start(), found.end()
    return None


def _opt_out_burden(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """What the opt-out instruction at ``start:end`` asks besides the reply, with its span.

    Read are the rest of the instruction's clause and, when it speaks of opting out, the
    sentence before it ("A $2 fee applies to opt out: reply STOP"); nothing further, so an
    amount due elsewhere in the message does not count.
    """
    found = _clause_burden(text[start:], end - start)
    if found is not None:
        return found[0], start + found[1], start + found[2]
    if _opens_its_sentence(text, start):
        return None  # the usual "… Thank you. Reply STOP to opt out.": nothing before it
    lead = text[:start].lower()
    if "opt" not in lead and "unsubscrib" not in lead and "stop" not in lead:
        return None  # no sentence before speaks of opting out (_OPTING_OUT needs one of these)
    opened = _SENTENCE_BEFORE.match(text, 0, start)
    opens = opened.end() if opened is not None else 0
    found = _lead_burden(text[opens:start]) if opens < start else None
    if found is not None:
        return found[0], opens + found[1], opens + found[2]
    return None


def _opens_its_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence as ``_SENTENCE_BEFORE`` reads one: after a line
    break, or a stop followed by space (a backward step, not a scan of the message)."""
    i = start
    while i and text[i - 1].isspace():
        if text[i - 1] == "\n":
            return True
        i -= 1
    return i == 0 or (i < start and text[i - 1] in ".!?。！？")


# Cached on the message's tail from the instruction on: a template ends every message with
# the same opt-out line, so the clause is cut and read once per wording.
@functools.lru_cache(maxsize=1024)
def _clause_burden(tail: str, instruction_end: int) -> tuple[str, int, int] | None:
    """The burden in the instruction's own clause, ``tail`` starting with the instruction."""
    close = _CLAUSE_END.search(tail, instruction_end)
    return _burden_in(tail[: close.start() if close is not None else len(tail)])


@functools.lru_cache(maxsize=1024)
def _lead_burden(before: str) -> tuple[str, int, int] | None:
    """The burden in the words before an instruction, when they speak of opting out."""
    if _OPTING_OUT[before.isascii()].search(before.lower()) is None:
        return None
    return _burden_in(before)


_COLLECTOR_RE = re.compile(
    r"\b(?:communication|message|text)\s+(?:is\s+)?from\s+a\s+debt\s+collector\b"
    r"|\b(?:we\s+are|i\s+am|this\s+is)\s+a\s+debt\s+collector\b",
    re.IGNORECASE,
)


def _phrase_re(forms: Iterable[str]) -> re.Pattern[str] | None:
    parts = [
        r"\s+".join(re.escape(word) for word in form.split()) for form in forms if form.strip()
    ]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _opt_out_re(keywords: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    words = sorted({k for k in keywords if k.strip()}, key=len, reverse=True)
    if not words:
        return None
    keyword = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in words)
    verb = "|".join(_OPT_OUT_VERBS)
    # A keyword must end at a non-letter so that "Reply to ..." does not read as "T".
    return re.compile(rf"(?:{verb})\s*[:：]?\s*[\"'“‘「]?(?:{keyword})(?![A-Za-z])", flags)


class _AnyCase:
    """``pattern.search(text) is not None`` for a case-insensitive pattern, faster on ASCII.

    Python's ``re`` cannot skip ahead on an IGNORECASE alternation and tries it at every
    position (about 25 µs on a 200-character English SMS). On ASCII text the same question
    is asked of ``text.lower()`` with a case-sensitive twin of the pattern (lowercase literals,
    same structure), whose literal prefixes ``re`` can skip to. ``lower`` keeps ASCII lengths,
    so the twin matches where the original does; tests/test_perf_equivalence.py checks it.
    """

    __slots__ = ("lower", "pattern")

    def __init__(self, pattern: re.Pattern[str], lower: re.Pattern[str] | None) -> None:
        self.pattern = pattern
        self.lower = lower

    def found(self, text: str) -> bool:
        if self.lower is not None and text.isascii():
            return self.lower.search(text.lower()) is not None
        return self.pattern.search(text) is not None

    def prepared(self, text: str) -> tuple[re.Pattern[str], str]:
        """The pattern and the text to search for matches at the text's own offsets."""
        if self.lower is not None and text.isascii():
            return self.lower, text.lower()
        return self.pattern, text


def _opt_out_scan(keywords: Iterable[str]) -> _AnyCase | None:
    words = tuple(keywords)
    pattern = _opt_out_re(words)
    if pattern is None:
        return None
    # A non-ASCII keyword letter can fold to an ASCII one (the Kelvin sign to "k"), which
    # lower() does not reproduce: such packs always take the IGNORECASE pattern.
    ascii_only = all(w.isascii() for w in words)
    return _AnyCase(pattern, _opt_out_re([w.lower() for w in words], 0) if ascii_only else None)


_COLLECTOR_SCAN = _AnyCase(
    _COLLECTOR_RE,
    re.compile(
        r"\b(?:communication|message|text)\s+(?:is\s+)?from\s+a\s+debt\s+collector\b"
        r"|\b(?:we\s+are|i\s+am|this\s+is)\s+a\s+debt\s+collector\b"
    ),
)


@dataclass(frozen=True, slots=True)
class _Requirement:
    disclosure: Disclosure
    rule: RuleInfo
    forms: re.Pattern[str] | None
    # Worked out once per policy so that the per-message loop reads them, not the policy.
    element: str = ""
    when: str | None = None
    rendered_keys: tuple[str, ...] = ()


def _source_hint(disclosure: Disclosure) -> str:
    src = disclosure.source
    if src is None:
        return ""
    section = f" {src.section}" if src.section and len(src.section) <= 40 else ""
    return f" ({src.instrument}{section} [{src.confidence}])"


def _candidate(element: str, value: str) -> str:
    """A value as the presence test uses it ("" when it cannot count)."""
    if element == "lender_name":
        value = value.strip("【】")
    return value if value.strip() else ""


@functools.lru_cache(maxsize=256)
def _number_pattern(number: str) -> re.Pattern[str]:
    digits = [d for d in number if d.isdigit()]
    return re.compile(r"(?<!\d)" + r"[\s\-().]*".join(digits) + r"(?!\d)")


def _number_in(text: str, number: str) -> bool:
    """Whether ``number``'s digits occur in ``text`` as one number, however grouped
    (a person writes "1 800 555 0199" for the lender's "1-800-555-0199")."""
    return _number_pattern(number).search(text) is not None


# The elements a Lender alone supplies, which free-text check() can require of a named lender.
_LENDER_ELEMENTS = frozenset(
    {"lender_name", "hotline", "payment_channel", "agent_name", "creditor_name"}
)


def _lender_raw_values(lender: Lender) -> dict[str, tuple[str, ...]]:
    return {
        "lender_name": (lender.name, lender.signature),
        "hotline": (lender.hotline or "",),
        "payment_channel": tuple(
            value for c in lender.payment_channels for value in (c.label, c.detail or "")
        ),
        "agent_name": (lender.agent_name or "",),
        "creditor_name": (lender.creditor_name or "",),
    }


class DisclosureChecker:
    """The policy's required elements, compiled once; checks each message cheaply."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.requirements = tuple(
            _Requirement(
                d,
                _BY_CODE[d.rule],
                _phrase_re(d.forms),
                d.element,
                d.when,
                RENDERED_KEYS.get(d.element, ()),
            )
            for d in policy.effective_disclosures()
        )
        self._opt_out = _opt_out_scan(policy.opt_out.keywords)
        # A batch reuses a few Lender objects: their values are worked out once per object
        # (the entry holds the object, so its id is not reused while cached).
        self._by_lender: dict[int, tuple[Lender, dict[str, tuple[str, ...]]]] = {}

    def _lender_values(self, lender: Lender) -> dict[str, tuple[str, ...]]:
        """The lender's candidate values per element, already cleaned (see _candidate)."""
        known = self._by_lender.get(id(lender))
        if known is not None and known[0] is lender:
            return known[1]
        raw = _lender_raw_values(lender)
        values = {
            element: tuple(v for v in (_candidate(element, c) for c in found) if v)
            for element, found in raw.items()
        }
        if len(self._by_lender) >= 256:
            self._by_lender.clear()
        self._by_lender[id(lender)] = (lender, values)
        return values

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        compose = ctx.mode == "compose"
        lender = ctx.lender
        text = ctx.text
        rendered = ctx.rendered if compose else None
        for req in self.requirements:
            element = req.element
            when = req.when
            if when == "third_party_collector":
                if lender is None or not lender.is_third_party_collector:
                    continue
            elif when == "agent":
                has_agent = (lender is not None and lender.agent_name is not None) or bool(
                    rendered and rendered.get("agent_name")
                )
                if not has_agent:
                    continue
            if element == "signature":
                yield from self._signature(text, req)
                continue
            if element == "no_brackets_in_body":
                yield from self._brackets(text, req)
                continue
            if element == "no_refused_symbols":
                if not _has_refused_symbol(text):
                    continue
                for symbol in _REFUSED_SYMBOL_RE.finditer(text):
                    yield req.rule.finding(
                        symbol.start(),
                        symbol.end(),
                        f"{symbol.group()} is refused in templates by the SMS platforms",
                        severity=req.disclosure.severity,
                        element=element,
                    )
                continue
            if req.forms is not None and req.forms.search(text):
                continue
            if element == "opt_out_instruction":
                instruction = None
                if self._opt_out is not None:
                    pattern, subject = self._opt_out.prepared(text)
                    instruction = pattern.search(subject)
                if instruction is None:
                    yield self._missing(req, "no reply keyword with a reply verb was found")
                while instruction is not None:
                    start, end = instruction.span()
                    burden = _opt_out_burden(text, start, end)
                    if burden is not None:
                        yield self._burdened(req, text, (start, end), burden)
                        break
                    instruction = pattern.search(subject, end if end > start else end + 1)
                continue
            if element == "debt_collector_notice":
                if not _COLLECTOR_SCAN.found(text):
                    yield self._missing(req, "the text does not say it is from a debt collector")
                continue
            if element == "debt_advice":
                yield self._missing(req, "none of the policy's debt-advice forms was found")
                continue
            if element in _TEXT_ELEMENTS:
                continue
            if not compose:
                # Free text knows no loan; a named lender's own elements can still be read.
                if lender is None or element not in _LENDER_ELEMENTS:
                    continue
                own = self._lender_values(lender).get(element, ())
                present = _number_in if element == "hotline" else str.__contains__
                if not any(present(text, value) for value in own):
                    why = (
                        "none of the lender's values for it appears in the text"
                        if own
                        else "the lender has no value for it"
                    )
                    yield self._missing(req, why)
                continue
            # Present when any value formatted for it (rendered first, then the lender's own)
            # occurs in the text; stops at the first hit.
            seen = False
            for key in req.rendered_keys:
                value = _candidate(element, rendered.get(key, "")) if rendered else ""
                if value:
                    if value in text:
                        break
                    seen = True
            else:
                found: tuple[str, ...] = ()
                if lender is not None:
                    found = self._lender_values(lender).get(element, ())
                if any(value in text for value in found):
                    continue
                if seen or found:
                    yield self._missing(
                        req, "the value the composer formatted does not appear in the text"
                    )
                else:
                    yield self._missing(
                        req, "nothing was rendered for it (the data or template lack it)"
                    )

    def _rendered_element(self, ctx: CheckContext, req: _Requirement) -> Iterator[Finding]:
        """The reference presence test (the one :meth:`check` inlines), kept for tests."""
        element = req.disclosure.element
        rendered = ctx.rendered or {}
        candidates = [rendered.get(key, "") for key in RENDERED_KEYS.get(element, ())]
        lender = ctx.lender
        if lender is not None:
            candidates += _lender_raw_values(lender).get(element, ())
        values = [c.strip("【】") if element == "lender_name" else c for c in candidates]
        values = [v for v in values if v.strip()]
        if not values:
            yield self._missing(req, "nothing was rendered for it (the data or template lack it)")
        elif not any(value in ctx.text for value in values):
            yield self._missing(req, "the value the composer formatted does not appear in the text")

    def _missing(self, req: _Requirement, why: str) -> Finding:
        d = req.disclosure
        label = ELEMENT_LABELS[d.element]
        return req.rule.finding(
            0,
            0,
            f"missing {label}: {why}; required by policy {self.policy.name!r}{_source_hint(d)}",
            severity=d.severity,
            element=d.element,
            when=d.when,
        )

    def _burdened(
        self,
        req: _Requirement,
        text: str,
        instruction: tuple[int, int],
        burden: tuple[str, int, int],
    ) -> Finding:
        kind, start, end = burden
        asks = "a fee" if kind == "fee" else "personal information"
        return req.rule.finding(
            start,
            end,
            f"the opt-out instruction {text[instruction[0] : instruction[1]]!r} comes with"
            f" {asks} ({text[start:end]!r}): opting out may not cost anything or require"
            " information beyond the request and the number; required by policy"
            f" {self.policy.name!r}{_source_hint(req.disclosure)}",
            severity=req.disclosure.severity,
            element=req.disclosure.element,
            burden=kind,
        )

    def _signature(self, text: str, req: _Requirement) -> Iterator[Finding]:
        d = req.disclosure
        match = _SIGNATURE_RE.match(text)
        if match is None:
            found = _SIGNATURE_RE.search(text)
            where = "is not at the very start" if found else "is missing"
            yield req.rule.finding(
                found.start() if found else 0,
                found.end() if found else 0,
                f"the 【signature】 {where}: a Chinese SMS must begin with 【sender name】;"
                f" required by policy {self.policy.name!r}{_source_hint(d)}",
                severity=d.severity,
                element=d.element,
            )
            return
        name = match.group(1).strip()
        if not _SIGNATURE_MIN <= len(name) <= _SIGNATURE_MAX:
            yield req.rule.finding(
                match.start(),
                match.end(),
                f"the 【signature】 has {len(name)} characters; platforms accept"
                f" {_SIGNATURE_MIN}-{_SIGNATURE_MAX}",
                severity=d.severity,
                element=d.element,
            )
        elif name in _NEUTRAL_SIGNATURES:
            yield req.rule.finding(
                match.start(),
                match.end(),
                f"the 【signature】 {name!r} names no company, app or website; platforms reject it",
                severity=d.severity,
                element=d.element,
            )

    def _brackets(self, text: str, req: _Requirement) -> Iterator[Finding]:
        match = _SIGNATURE_RE.match(text)
        body_start = match.end() if match else 0
        for bracket in _BRACKET_RE.finditer(text, body_start):
            yield req.rule.finding(
                bracket.start(),
                bracket.end(),
                f"{bracket.group()!s} in the message body: only the signature at the start may"
                " use 【】",
                severity=req.disclosure.severity,
                element=req.disclosure.element,
            )


@dataclass(frozen=True, slots=True)
class _DisclosureFamily:
    name: str
    rules: tuple[RuleInfo, ...]

    def bind(self, policy: Policy) -> DisclosureChecker:
        return DisclosureChecker(policy)


FAMILY = _DisclosureFamily(name="disclosure", rules=RULES)
