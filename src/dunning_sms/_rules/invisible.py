"""Invisible characters: zero-width, bidi controls and other format or control characters.

They force UCS-2 (doubling the cost of a Latin message), and bidi overrides can make a
handset show text in an order other than the one that was checked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .._policy import Policy
from .._report import Finding
from ._base import CheckContext, Checker, Example, FunctionChecker, RuleInfo, SimpleFamily

# Bidi embeddings, overrides and isolates, and the directional marks.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Control characters other than LF and CR, which are ordinary SMS characters.
_CONTROL = "\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f"
# Zero-width and other format characters that render as nothing.
_FORMAT = "\u00ad\u034f\u180e\u200b-\u200d\u2060-\u2064\ufeff\ufe00-\ufe0f\U000e0000-\U000e007f"
# Security (#11): more characters that show as nothing: Hangul fillers, Khmer inherent vowels,
# Mongolian variation selectors, the braille blank, deprecated and interlinear format
# characters, shorthand and musical format controls, Egyptian format controls, and the whole
# tag / variation-selector-supplement plane block.
_FORMAT += (
    "\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2065\u206a-\u206f\u2800\u3164\uffa0"
    "\ufff9-\ufffb\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0080-\U000e0fff"
)

_DANGEROUS = re.compile(f"[{_BIDI}{_CONTROL}]+")
_INVISIBLE = re.compile(f"[{_FORMAT}]+")
_EMOJI_NEIGHBOUR = re.compile("[\u200d\ufe0f]")
# One search over both classes: most texts have neither, and then one scan is all they cost.
_ANY = re.compile(f"[{_BIDI}{_CONTROL}{_FORMAT}]")

BIDI_OR_CONTROL = RuleInfo(
    code="INV001",
    name="bidi-or-control-character",
    category="invisible_characters",
    severity="error",
    summary="The text contains a bidi override or a control character.",
    rationale=(
        "Bidi overrides (U+202E and friends) change the order in which a handset displays "
        "text, so what the borrower reads is not what was checked; control characters have "
        "no place in an SMS and are used to break parsers."
    ),
    source="Unicode TR #9; CVE-2021-42574 (Trojan Source)",
    legal=False,
    passing=(Example("【安心借】您的借款将于12月5日到期，请按时还款。"),),
    failing=(
        Example("【安心借】您的借款\u202e期到日5月21\u202c，请按时还款。"),
        Example("Your payment of $20 is due.\x07 Reply STOP to opt out.", policy="us"),
    ),
    family="invisible",
)

ZERO_WIDTH = RuleInfo(
    code="INV002",
    name="zero-width-character",
    category="invisible_characters",
    severity="warning",
    summary="The text contains zero-width or other invisible format characters.",
    rationale=(
        "Invisible characters make a GSM-7 message UCS-2 (70 instead of 160 characters a "
        "part) and are a classic way to split words past keyword filters."
    ),
    source="3GPP TS 23.038 (they are not in the GSM 7-bit alphabet)",
    legal=False,
    passing=(Example("Your payment of $20 is due on Dec 5. Reply STOP to opt out.", policy="us"),),
    failing=(
        Example("Your pay\u200bment of $20 is due on Dec 5. Reply STOP to opt out.", policy="us"),
        Example("【安心借】您的借款\ufeff将于12月5日到期。"),
    ),
    family="invisible",
)


def _is_emoji_joiner(text: str, start: int, end: int) -> bool:
    # ZWJ and variation selectors inside an emoji sequence are part of the picture.
    # Security (#11): the neighbour must be a symbol (So/Sk) or a keycap, not any character
    # above U+2000: CJK punctuation next to a stray U+FE0F made it look like an emoji.
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""

    def symbol(ch: str) -> bool:
        return bool(ch) and (unicodedata.category(ch) in ("So", "Sk") or ch in "\ufe0f\u20e3")

    run = text[start:end]
    if not _EMOJI_NEIGHBOUR.fullmatch(run):
        return False
    if run == "\u200d":
        return symbol(before) and symbol(after)
    return symbol(before) or after == "\u20e3"


def _check(ctx: CheckContext) -> Iterator[Finding]:
    text = ctx.text
    if (text.isascii() and text.isprintable()) or _ANY.search(text) is None:
        return
    for match in _DANGEROUS.finditer(text):
        names = ", ".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(match.group()))
        yield BIDI_OR_CONTROL.finding(
            match.start(), match.end(), f"bidi or control character(s) {names}", chars=names
        )
    for match in _INVISIBLE.finditer(text):
        if _is_emoji_joiner(text, match.start(), match.end()):
            continue
        names = ", ".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(match.group()))
        yield ZERO_WIDTH.finding(
            match.start(), match.end(), f"invisible character(s) {names}", chars=names
        )


def _bind(policy: Policy) -> Checker:
    return FunctionChecker(_check)


FAMILY = SimpleFamily(name="invisible", rules=(BIDI_OR_CONTROL, ZERO_WIDTH), binder=_bind)
