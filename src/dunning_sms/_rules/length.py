"""Length family: segment budget, platform maximum, and look-alikes that force UCS-2.

All three read :attr:`CheckContext.segment_info`, computed once per message.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from .._policy import Policy
from .._report import Finding
from .._segments import GSM_CHARS, GSM_EXTENSION, SegmentInfo, segments, smart_encode
from ._base import CheckContext, Checker, Example, FunctionChecker, RuleInfo, SimpleFamily

_SOURCE_GSM = (
    "3GPP TS 23.038 (GSM 7-bit default alphabet and extension table); Twilio "
    "message-segment-calculator (TwilioDevEd/message-segment-calculator) and Twilio issue #39"
)
_SOURCE_CN = (
    "Aliyun SMS sending rules (help.aliyun.com/document_detail/456927.htm); Huawei Cloud "
    "Message & SMS length rules"
)

_EN_OK = (
    "Acme Lending: Hi Ana, your payment of $120.00 is due on May 5. Pay at acme.example/pay "
    "or call 800-555-0100. Reply STOP to opt out."
)
_EN_THREE_PARTS = (
    "Acme Lending: Hi Ana, this is a friendly reminder that your installment of $120.00 on "
    "loan ending 4821 is due on May 5, 2025. You can pay online at acme.example/pay, by bank "
    "transfer to the account shown in your agreement, or at any partner store. If you have "
    "already paid, please ignore this message. If you are having trouble paying, call us at "
    "800-555-0100 on weekdays 9am-6pm to discuss a payment plan. Reply STOP to opt out."
)
_ZH_OK = (
    "【安心借】尊敬的客户，您的借款¥1,234.56将于2024年12月5日到期，请按时还款，"
    "如已还款请忽略。拒收请回复R"
)
_ZH_THREE_PARTS = (
    "【安心借】尊敬的客户，您好！您在安心借平台的借款（合同尾号4821）本期应还金额为"
    "¥1,234.56，还款日为2024年12月5日。您可以通过安心借App首页的“立即还款”按钮，"
    "或通过绑定的银行卡自动扣款完成还款，请确保扣款当日银行卡余额充足。如您已经还款，"
    "请忽略本短信。如您在还款过程中遇到困难，可在工作日9:00-18:00致电客服热线400-123-4567"
    "咨询分期或延期方案。拒收请回复R"
)
_ZH_OVER_500 = (
    "【安心借】尊敬的客户，您的分期还款计划如下："
    + "".join(
        f"第{n}期，还款日2025年{n}月5日，应还本金¥{800 + 7 * n}.00，"
        f"利息¥{31 + n}.50，合计¥{831 + 8 * n}.50；"
        for n in range(1, 13)
    )
    + "请按时还款，如已还款请忽略。客服400-123-4567。拒收请回复R"
)
_EN_OVER_1600 = (
    "Acme Lending: Hi Ana, here is your repayment schedule for loan ending 4821. "
    + " ".join(
        f"Installment {n} of 24: due on the 5th of month {n}, principal $80{n % 10}.00, "
        f"interest ${30 + n}.50, total ${830 + n + n % 10}.50."
        for n in range(1, 25)
    )
    + " Pay at acme.example/pay. Reply STOP to opt out."
)
_EN_LOOKALIKES = (
    "Acme Lending: Hi Ana, your payment of $120.00 is due on May 5 \u2014 please don\u2019t "
    "miss it. Pay at acme.example/pay. Reply STOP to opt out."
)
_EN_LOOKALIKES_FIXED = (
    "Acme Lending: Hi Ana, your payment of $120.00 is due on May 5 - please don't "
    "miss it. Pay at acme.example/pay. Reply STOP to opt out."
)
_ES_ACCENTED = (
    "Acme: Hola Ana, tu pago de $120.00 vence el 5 de mayo \u2013 si ya pagaste, gracias. "
    "Responde STOP para no recibir m\u00e1s mensajes."
)
_ZH_CURLY = "【安心借】您的借款将于12月5日到期，可在App点击“立即还款”。拒收请回复R"

LEN001 = RuleInfo(
    code="LEN001",
    name="segment-budget",
    category="length",
    severity="error",
    summary="The message needs more SMS parts than the segment budget allows.",
    rationale=(
        "Every part is billed and long messages arrive split or late on some handsets. Parts "
        "are packed as gateways pack them (never splitting an escape pair, a surrogate pair "
        "or a grapheme cluster), so 153 ']' characters are 3 parts, not 2. The budget is the "
        "policy's billing.segment_budget, or the composer's segment_budget when given."
    ),
    source=f"{_SOURCE_GSM}; {_SOURCE_CN}",
    legal=False,
    passing=(
        Example(_EN_OK, policy="us", note="1 GSM-7 part"),
        Example(_ZH_OK, policy="cn", note="1 part under cn billing (signature counted)"),
    ),
    failing=(
        Example(_EN_THREE_PARTS, policy="us", note="3 GSM-7 parts, budget 2"),
        Example(_ZH_THREE_PARTS, policy="cn", note="over 134 characters: 3 parts at 67"),
    ),
)

LEN002 = RuleInfo(
    code="LEN002",
    name="platform-max-length",
    category="length",
    severity="error",
    summary="The message is longer than the sending platform accepts (billing.max_chars).",
    rationale=(
        "Aliyun and Huawei Cloud reject domestic messages over 500 characters including the "
        "signature; Twilio rejects bodies over 1,600 characters (error 21617). Length is "
        "counted in billed units (septets, or UTF-16 units), which is never below the "
        "platform's own character count."
    ),
    source=f"{_SOURCE_CN}; Twilio error 21617 (message body exceeds 1600 characters)",
    legal=False,
    passing=(
        Example(_ZH_OK, policy="cn"),
        Example(_EN_THREE_PARTS, policy="us", note="too many parts, but within 1,600"),
    ),
    failing=(
        Example(_ZH_OVER_500, policy="cn", note="a 12-installment schedule over 500"),
        Example(_EN_OVER_1600, policy="us", note="a 24-installment schedule over 1,600"),
    ),
)

LEN003 = RuleInfo(
    code="LEN003",
    name="ucs2-lookalike",
    category="encoding",
    severity="warning",
    summary=(
        "Typographic look-alikes (curly quotes, dashes, NBSP, zero-width characters, "
        "ellipsis) turn an otherwise GSM-7 message into UCS-2."
    ),
    rationale=(
        "One character outside GSM-7 switches the whole message to UCS-2, cutting a part "
        "from 160 to 70 characters. Such characters usually come from word processors; each "
        "has a plain GSM-7 equivalent (smart_encode). Only under gsm billing: mainland "
        "platforms count every character alike."
    ),
    source=f"{_SOURCE_GSM}; Twilio Smart Encoding",
    legal=False,
    passing=(
        Example(_EN_LOOKALIKES_FIXED, policy="us"),
        Example(_ES_ACCENTED, policy="us", note="'\u00e1' forces UCS-2 anyway"),
        Example(_ZH_CURLY, policy="cn", note="cn billing: encoding does not change the count"),
    ),
    failing=(Example(_EN_LOOKALIKES, policy="us", note="em dash and curly apostrophe"),),
)

RULES = (LEN001, LEN002, LEN003)


def _overflow_offset(info: SegmentInfo, limit: int) -> int:
    """Offset of the first character whose units go past ``limit``."""
    used = 0
    gsm = info.encoding == "GSM-7"
    for i, ch in enumerate(info.text):
        used += 2 if (ch in GSM_EXTENSION if gsm else ch > "\uffff") else 1
        if used > limit:
            return i
    return len(info.text)


def _describe(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'UNNAMED')}"


def _bind(policy: Policy) -> Checker:
    billing = policy.billing
    gsm = billing.mode == "gsm"
    max_chars = billing.max_chars

    def check(ctx: CheckContext) -> Iterator[Finding]:
        info = ctx.segment_info
        budget = billing.segment_budget
        if ctx.mode == "compose" and ctx.segment_budget is not None:
            budget = ctx.segment_budget
        if info.segments > budget:
            start = info.part_offsets()[budget]
            yield LEN001.finding(
                start,
                len(ctx.text),
                f"the message needs {info.segments} parts ({info.encoding}, {info.units} "
                f"units; {info.limit_single} fit one part, {info.limit_multi} per part when "
                f"split) but the budget is {budget}; the text from here on does not fit",
                segments=str(info.segments),
                budget=str(budget),
                encoding=info.encoding,
                units=str(info.units),
            )
        if max_chars is not None and info.units > max_chars:
            yield LEN002.finding(
                _overflow_offset(info, max_chars),
                len(ctx.text),
                f"the message is {info.units} units long; the platform accepts at most {max_chars}",
                units=str(info.units),
                max_chars=str(max_chars),
            )
        if gsm and info.encoding == "UCS-2":
            yield from _lookalikes(ctx.text, info)

    return FunctionChecker(check)


def _lookalikes(text: str, info: SegmentInfo) -> Iterator[Finding]:
    fixed, replacements = smart_encode(text)
    if not replacements or not GSM_CHARS.issuperset(fixed):
        return
    after = segments(fixed, billing="gsm").segments
    effect = (
        f"{info.segments} parts instead of {after}"
        if after != info.segments
        else f"still {after} part(s), but with less room"
    )
    for position, original, replacement in replacements:
        shown = repr(replacement) if replacement else "nothing (delete it)"
        yield LEN003.finding(
            position,
            position + len(original),
            f"{_describe(original)} forces the whole message into UCS-2 ({effect}); "
            f"replace it with {shown}",
            char=original,
            replacement=replacement,
            segments=str(info.segments),
            segments_gsm=str(after),
        )


FAMILY = SimpleFamily(name="length", rules=RULES, binder=_bind)
