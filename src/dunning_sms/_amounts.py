"""Sums of money written in a message, read as numbers: "Rs 7,500", "Rp1,5 juta", "3万元".

The wording rule for a debt said to multiply (``WXX018``) compares two sums a message links
("Rs 7,500 will become Rs 22,500"); this module finds them. A sum is *marked* when a currency
sign or code, or a magnitude word ("juta", "lakh", 万), says that it is money. An unmarked
number counts only beside a marked one, and never when it is a date, a time, a phone number, a
percentage, a count of days or a rate ("Rp1.200/hari").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

__all__ = ["Amount", "amounts", "could_grow", "grows"]


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum in a text: its span, its value and whether a currency or magnitude marks it."""

    start: int
    end: int
    value: float
    marked: bool


# Magnitude words after a number, by their factor. "m" alone is left out: "5m" is as often
# minutes as millions.
_MAGNITUDES: Final = {
    "k": 1e3,
    "thousand": 1e3,
    "rb": 1e3,
    "ribu": 1e3,
    "libo": 1e3,
    "hazar": 1e3,
    "hazaar": 1e3,
    "हज़ार": 1e3,
    "हजार": 1e3,
    "千": 1e3,
    "万": 1e4,
    "萬": 1e4,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "लाख": 1e5,
    "mn": 1e6,
    "million": 1e6,
    "milyon": 1e6,
    "juta": 1e6,
    "jt": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "करोड़": 1e7,
    "亿": 1e8,
    "億": 1e8,
    "bn": 1e9,
    "billion": 1e9,
}
# Swahili puts the magnitude first: "elfu 20" is 20,000, "laki 2" is 200,000.
_PREFIX_MAGNITUDES: Final = {"elfu": 1e3, "laki": 1e5}
_SIGNS: Final = "$£€₹₱₦¥￥"
# Currency codes and abbreviations written before the number, with or without a dot or space.
_CODES: Final = (
    "rs",
    "inr",
    "kes",
    "ksh",
    "kshs",
    "sh",
    "shs",
    "tsh",
    "ngn",
    "php",
    "rp",
    "idr",
    "rmb",
    "usd",
    "gbp",
    "us$",
    "rs.",
)
# Currency words written after the number.
_AFTER: Final = (
    "元",
    "块",
    "塊",
    "rupees",
    "rupee",
    "rupaye",
    "rupiah",
    "shillings",
    "shilling",
    "bob",
    "naira",
    "pesos",
    "peso",
    "piso",
    "रुपये",
    "रुपए",
    "रुपया",
)
# Units that make an unmarked number something other than money.
_UNITS: Final = (
    "%",
    "percent",
    "persen",
    "day",
    "days",
    "hari",
    "天",
    "日",
    "号",
    "个",
    "次",
    "期",
    "siku",
    "din",
    "दिन",
    "araw",
    "week",
    "weeks",
    "minggu",
    "wiki",
    "month",
    "months",
    "bulan",
    "月",
    "year",
    "years",
    "tahun",
    "年",
    "hours",
    "hour",
    "hrs",
    "jam",
    "saa",
    "ghante",
    "小时",
    "点",
    "am",
    "pm",
    "times",
    "x",
    "kali",
    "beses",
    "mara",
    "guna",
    "倍",
)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A code's letters may be spaced or dotted out ("R s 7,500", "K.E.S 500"), as evasions write
# them: no market writes a code that way by accident.
_CODE_ALTERNATION: Final = "|".join(
    r"[\s.]?".join(re.escape(c) for c in code) for code in sorted(_CODES, key=len, reverse=True)
)


# A number: ASCII digits with separators (the wording family reads a full-width "７，５００"
# in the folded text). Found by this plain scan first, then read around: one pattern that
# tried every currency at every position of a message cost 28 us a message.
_RUN: Final = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
# What may stand right before a number, read back from it: a currency sign or code (a single
# N or P only when touching the digits), then a Swahili magnitude ("elfu 20").
_BEFORE: Final = re.compile(
    r"(?i)(?:(?P<pre>"
    rf"[{_SIGNS}]|(?<![^\W\d_])(?:{_CODE_ALTERNATION})\.?)\s{{0,2}}|(?<![^\W\d_])(?P<letter>[np]))?"
    rf"(?:(?<![^\W\d_])(?P<premag>{_alternation(list(_PREFIX_MAGNITUDES))})\s)?\Z"
)
# Without a currency before it, a number glued to a Latin word, a date, a time or a phone
# number is no sum (Chinese writes a sum right after a word: 欠款1.5万元).
_GLUED_BEFORE: Final = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_/:.,-"
)
_READ_BACK = 16
_DIGITS: Final = frozenset("0123456789")
_SPACES: Final = frozenset(" \u00a0\t")
# After it: a magnitude, then a currency word. A Latin word ends there ("5 k" is no "5 kali");
# a Han one may run on (1.5万元).
_AFTER_NUMBER: Final = re.compile(
    rf"(?i)(?:\s?(?P<mag>{_alternation(list(_MAGNITUDES))})(?![A-Za-z]))?"
    rf"(?:\s?(?P<post>{_alternation(_AFTER)})(?![A-Za-z]))?"
)
# A rate is no sum: "Rp1.200/hari", "$5 per day", "KES 50 kwa siku".
_RATE_AFTER: Final = re.compile(
    r"(?i)\s?(?:/\s?[^\W\d_]|per\b|a day\b|each day\b|every day\b|sehari\b|kwa siku\b|प्रति)"
)
_UNIT_AFTER: Final = re.compile(rf"(?i)\s?(?:{_alternation(_UNITS)})(?![A-Za-z])")
# Years an unmarked number may be ("by 2025"): compared as bounds, since a float's test for
# membership of a range walks the whole range.
_FIRST_YEAR, _LAST_YEAR = 1900, 2100


def _value(digits: str) -> float | None:
    """The number written as ``digits`` ("7,500", "1.500.000", "1,50,000", "1,5"), or None
    when its separators say neither thousands nor decimals ("1.2345").

    >>> _value("1.500.000"), _value("1,50,000"), _value("1,5"), _value("7,500.50")
    (1500000.0, 150000.0, 1.5, 7500.5)
    """
    seps = [c for c in digits if c in ".,"]
    if not seps:
        return float(digits)
    groups = digits.replace(",", ".").split(".")
    decimal = ""
    if len(set(seps)) == 2 or (len(seps) == 1 and len(groups[-1]) != 3):
        # The last separator is a decimal point when one to two digits follow it.
        if len(groups[-1]) > 2 or (len(set(seps)) == 2 and seps[-1] == seps[-2]):
            return None
        decimal = groups.pop()
        seps.pop()
    if groups[1:] and (
        len(groups[-1]) != 3
        or any(len(g) not in (2, 3) for g in groups[1:-1])
        or len(groups[0]) > 3
    ):
        return None
    return float("".join(groups) + ("." + decimal if decimal else ""))


_CODE_WORDS: Final = frozenset(code.rstrip(".") for code in _CODES)


def _prefix(text: str, lo: int, start: int) -> tuple[int, str | None, str | None]:
    """Where the prefix of the number at ``start`` begins, its currency and its magnitude.

    Read by hand for a sign or a plain code ("$452.98", "Rs. 7,500", "KES 500"), which is
    most of them; a spaced-out code ("R s 7,500") or a Swahili magnitude goes to
    :data:`_BEFORE`, whose search tries every start in its window.
    """
    k = start
    while k > lo and start - k < 2 and text[k - 1] in _SPACES:
        k -= 1
    if k == lo:
        return start, None, None
    c = text[k - 1]
    if c in _SIGNS:
        return k - 1, c, None
    end = k - 1 if c == "." else k
    j = end
    while j > lo and text[j - 1].isascii() and text[j - 1].isalpha():
        j -= 1
    word = text[j:end].casefold()
    if not word or (j > 0 and text[j - 1].isalpha()):
        return start, None, None
    if word in _CODE_WORDS:
        return j, text[j:k], None
    if word in ("n", "p") and k == start and end == k:
        return j, text[j:k], None
    if len(word) > 2 and word not in _PREFIX_MAGNITUDES:
        return start, None, None
    before = _BEFORE.search(text, max(lo, start - _READ_BACK), start)
    if before is None or not (before["pre"] or before["letter"] or before["premag"]):
        return start, None, None
    return before.start(), before["pre"] or before["letter"], before["premag"]


def amounts(text: str, lo: int = 0, hi: int | None = None) -> list[Amount]:
    """The sums of money in ``text[lo:hi]``, in order.

    >>> [(a.value, a.marked) for a in amounts("Your Rs 7,500 loan will become 22,500 in 3 days.")]
    [(7500.0, True), (22500.0, False)]
    >>> [a.value for a in amounts("欠款1.5万元将变成6万元")]
    [15000.0, 60000.0]
    >>> amounts("Call 0800-555-0143 before 15/06/2025, 5:30 pm.")
    []
    >>> [a.value for a in amounts("denda Rp1.200/hari, $5 per day, tagihan Rp1.212.000")]
    [1212000.0]
    """
    stop = len(text) if hi is None else hi
    found: list[Amount] = []
    for run in _RUN.finditer(text, lo, stop):
        start, end = run.span()
        digits = run.group()
        # "0800-555-0143", "15/06/2025", "5:30".
        if end + 1 < stop and text[end] in "/:-" and text[end + 1] in _DIGITS:
            continue
        begin, pre, premag = _prefix(text, lo, start)
        if not pre:
            first = begin if premag else start
            if first > 0 and text[first - 1] in _GLUED_BEFORE:
                continue
        value = _value(digits)
        if value is None:
            continue
        after = _AFTER_NUMBER.match(text, end, stop)
        mag = post = None
        finish = end
        if after is not None:
            mag, post, finish = after["mag"], after["post"], after.end()
        if _RATE_AFTER.match(text, finish, stop) is not None:
            continue
        factor = _MAGNITUDES[mag.casefold()] if mag else 1.0
        if premag:
            factor *= _PREFIX_MAGNITUDES[premag.casefold()]
        marked = bool(pre or post or mag or premag)
        if not marked and (
            _UNIT_AFTER.match(text, finish, stop) is not None
            or (_FIRST_YEAR <= value <= _LAST_YEAR and digits.isdigit())
        ):
            continue
        found.append(Amount(begin, finish, value * factor, marked))
    return found


# What may follow a number and scale it: the first letters of the Latin magnitude words.
_MAGNITUDE_INITIALS: Final = frozenset(w[0] for w in _MAGNITUDES if w.isascii())
_QUICK_RUN: Final = re.compile(r"([0-9]+(?:[.,][0-9]+)*)\s?(\S?)")


def could_grow(text: str, ratio: float) -> bool:
    """False only when no number in ``text`` can be ``ratio`` times a number before it: the
    cheap test before :func:`amounts`, which most reminders ("$452.98 … due on March 31")
    never need. A magnitude word or a non-ASCII letter after a number, or a Swahili one
    before, could scale it, so then it says True.

    >>> could_grow("Your loan of $452.98 will be due on March 31.", 2.0)
    False
    >>> could_grow("Rp 500rb jadi Rp 2 juta", 2.0), could_grow("5,000元变成20,000元", 2.0)
    (True, True)
    """
    low = text.casefold()
    if any(word in low for word in _PREFIX_MAGNITUDES):
        return True
    values = []
    for m in _QUICK_RUN.finditer(text):
        after = m.group(2)
        if after and (not after.isascii() or after.casefold() in _MAGNITUDE_INITIALS):
            return True
        value = _value(m.group(1))
        if value is not None:
            values.append(value)
    return grows(values, ratio)


def grows(values: Iterable[float], ratio: float) -> bool:
    """Whether some value is at least ``ratio`` times a positive value before it.

    >>> grows([500.0, 450.0, 1000.0], 2.0), grows([500.0, 0.0, 900.0], 2.0)
    (True, False)
    """
    least = None
    for value in values:
        if least is not None and value >= ratio * least:
            return True
        if value > 0 and (least is None or value < least):
            least = value
    return False
