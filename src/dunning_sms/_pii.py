"""Find personal data a message shows unmasked.

The text is folded first (full-width forms and other digit scripts to ASCII, mask-like
glyphs to ``*``, Cyrillic and Greek look-alike letters to Latin, invisible format characters
dropped) with a map back to the original offsets. A text with a line break inside a value or
a value spelled out one character at a time is scanned a second time with those gaps closed.
Numbers are then read as *chains*: digit groups joined by spaces, dashes, dots and
parentheses, bounded by explicit look-arounds (``\\b`` does not separate 汉字 from digits).
Each window of whole groups in a chain is tried against validators (checksums, dates,
prefix tables); masked tokens are judged by how many digits they leave visible; values from
the customer record are found in any formatting. Research notes: ``docs/personal-data.md``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Final, NamedTuple

import phonenumbers

from ._masking import mask_value

__all__ = ["PiiMatch", "find_pii"]


@dataclass(frozen=True, slots=True, repr=False)
class PiiMatch:
    """One piece of personal data in a text.

    ``start``/``end`` index the original text and ``text`` is that slice; ``repr`` and
    :attr:`masked` show the masked form only, so a match can be logged safely.
    """

    kind: str
    start: int
    end: int
    text: str
    detail: str = ""

    @property
    def masked(self) -> str:
        """The matched value masked by the convention for its kind."""
        return mask_value(self.text, self.kind)

    def __repr__(self) -> str:
        detail = f", detail={self.detail!r}" if self.detail else ""
        return (
            f"PiiMatch(kind={self.kind!r}, start={self.start}, end={self.end}, "
            f"text={self.masked!r}{detail})"
        )


# --- folding -------------------------------------------------------------------------------


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80, 0x10000):
        ch = chr(code)
        cat = unicodedata.category(ch)
        if cat == "Nd":
            table[code] = str(unicodedata.digit(ch))
        elif cat == "Zs":
            table[code] = " "
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[code] = chr(code - 0xFEE0)
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63":
        table[ord(ch)] = "-"
    for ch in "\u2022\u25cf\u2217\u204e\u2731\uff0a\u00d7":
        table[ord(ch)] = "*"
    # Cyrillic and Greek letters drawn like Latin ones, used to slip an address or an ID past
    # an ASCII pattern ("jdое@уаhоо.com", "В285010504"). One character for one: offsets hold.
    for lookalike, latin in zip(_LOOKALIKES, _LATIN, strict=True):
        table[ord(lookalike)] = latin
    return table


_LOOKALIKES: Final = "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅԀҺӀԚԜαοριτνκυεχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
_LATIN: Final = "aeopcyxijsdhlqwABEKMHOPCTXYIJSDHIQWaopitvkuexABEZHIKMNOPTYX"


_FOLD: Final = _fold_table()


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class of ``chars``, written as ranges."""
    codes = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


_DROPPED: Final = frozenset(
    chr(c)
    for c in (*range(0x10000), *range(0xE0000, 0xE0080))
    if unicodedata.category(chr(c)) == "Cf"
) | frozenset("\u034f\u115f\u1160\u3164\uffa0")
_DROP_RE: Final = re.compile(_char_class(_DROPPED))
# Characters whose folding matters to the scanner. Full-width commas, colons and stops are
# left out on purpose: nearly every Chinese message has them and they change nothing here.
_FOLDS_NEEDED: Final = re.compile(
    _char_class(
        chr(c)
        for c in _FOLD
        if not (0xFF01 <= c <= 0xFF5E)
        or chr(c) in "＃＄％＆＇（）＊＋－．＠＿"
        or 0xFF10 <= c <= 0xFF19
        or 0xFF21 <= c <= 0xFF3A
        or 0xFF41 <= c <= 0xFF5A
    )
)


# Decimal digits outside the BMP (mathematical 𝟓, Osmanya, Adlam …): the patterns' ``\d``
# matches them, so they are folded like the BMP ones, one character for one.
_ASTRAL_DIGIT: Final = re.compile(
    _char_class(chr(c) for c in range(0x10000, 0x110000) if unicodedata.category(chr(c)) == "Nd")
)


def _astral_digit(match: re.Match[str]) -> str:
    return str(unicodedata.digit(match.group()))


def _fold(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, when characters were dropped, each folded char's source index."""
    if text.isascii():
        return text, None
    if max(text) > "\uffff":
        text = _ASTRAL_DIGIT.sub(_astral_digit, text)
    if _DROP_RE.search(text) is None:
        return (_translate(text) if _FOLDS_NEEDED.search(text) else text), None
    kept: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROPPED:
            continue
        kept.append(ch)
        index.append(i)
    index.append(len(text))
    return _translate("".join(kept)), index


# ``str.translate`` looks every character up in the table (about 0.15 µs each on a Chinese
# text); replacing each distinct character the table holds gives the same string faster.
# Every replacement is ASCII, which the table never maps, so the order of replacing is free.
_FOLD_STR: Final = {chr(code): folded for code, folded in _FOLD.items()}
_FOLD_ANY: Final = re.compile(_char_class(_FOLD_STR))


def _translate(text: str) -> str:
    for ch in set(_FOLD_ANY.findall(text)):
        text = text.replace(ch, _FOLD_STR[ch])
    return text


# --- cheap gate ----------------------------------------------------------------------------

# Every pattern needs digits: a number chain at least six (after a plus), a masked token four,
# an ID, a passport number or a date of birth four or more, an IBAN two and then at least ten
# capital letters. An address needs an at-sign. Folding and rejoining never add a digit, a
# capital or an at-sign that the text lacks in some form, so counting them in the text
# itself is enough.

# UTF-8 writes an ASCII digit as that one byte and every other character with bytes from 0x80
# up, so deleting all other bytes leaves the ASCII digits: one C loop, no match objects.
_NOT_ASCII_DIGIT: Final = bytes(b for b in range(256) if not 0x30 <= b <= 0x39)


def _ascii_digits(s: str) -> str:
    """The ASCII digits of ``s``, in order (lone surrogates included in ``s`` are fine)."""
    return s.encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_DIGIT).decode("ascii")


# Digits of other scripts (``\d`` is the Unicode category Nd). Outside the astral planes they
# all fold, so a text without a character to fold and without astral ones has none.
_OTHER_DIGIT: Final = re.compile(r"(?![0-9])\d")
_ASTRAL: Final = re.compile("[\U00010000-\U0010ffff]")
_CAPITALS: Final = re.compile(
    _char_class(
        [chr(c) for c in range(ord("A"), ord("Z") + 1)]
        + [chr(c) for c in range(0xFF21, 0xFF3B)]
        + [ch for ch, latin in zip(_LOOKALIKES, _LATIN, strict=True) if latin.isupper()]
    )
)
_IBAN_CAPITALS = 10


def _gate(text: str) -> bool:
    """False only when :func:`_scan` finds nothing in ``text`` whatever it is folded to."""
    if "@" in text or "\uff20" in text:
        return True
    digits = len(_ascii_digits(text))
    if digits >= 4:
        return True
    if (
        not text.isascii()
        and (_FOLDS_NEEDED.search(text) is not None or _ASTRAL.search(text) is not None)
        and _OTHER_DIGIT.search(text) is not None
    ):
        return True
    if digits < 2:
        return False
    return len(_CAPITALS.findall(text)) >= _IBAN_CAPITALS


# --- patterns on the folded text -----------------------------------------------------------

# Starts with a character class so the engine can skip ahead; boundaries are checked in code
# (explicit look-arounds: ``\b`` treats 汉字 as word characters).
# At least seven digits (six after a plus): shorter runs never reach Python code.
_CHAIN: Final = re.compile(r"(?:\(\+|\+|\d)(?:[ \-.()]{0,3}\d){6,}(?:[Xx](?![0-9A-Za-z*]))?")
_WORDISH: Final = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz*")
_GROUP: Final = re.compile(r"\d+")
_LOOSE_SEPARATORS: Final = frozenset(" -.()")
_LOOSE: Final = re.compile(r"\d(?:[ \-.()]{0,3}\d)*(?:[Xx](?![0-9A-Za-z]))?")
_LOOSE_CODE: Final = re.compile(r"[0-9A-Za-z](?:[ \-.()]{0,3}[0-9A-Za-z])*")
_MASK_ELEM = r"(?:\d|\*|[xX]{2,}|(?<=\d)[xX](?![0-9A-Za-z*]))"
_MASKED: Final = re.compile(
    rf"(?<![0-9A-Za-z*])\+?{_MASK_ELEM}+(?:[ \-.]{{1,2}}{_MASK_ELEM}+)*(?![0-9A-Za-z*])"
)
_MASK_GROUP: Final = re.compile(rf"{_MASK_ELEM}+")
# A year, a date or an amount with a decimal part or thousands separators.
_TRAILER: Final = re.compile(
    r"(?:19|20)\d\d(?:[-./年]\d\d?(?:[-./月]\d\d?)?)?(?![\d*])"
    r"|\d\d?[-./]\d\d?[-./](?:19|20)?\d\d(?![\d*])"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d\d?)?(?![\d*])"
    r"|\d+\.\d\d?(?![\d.*])"
)
# Masks are read in the domain too ("zhangsan@1**.com"): it hides nothing of the local part.
_EMAIL: Final = re.compile(
    r"(?<![A-Za-z0-9._%+\-*])([A-Za-z0-9._%+\-*]{1,64})@"
    r"([A-Za-z0-9*](?:[A-Za-z0-9\-*]{0,61}[A-Za-z0-9*])?"
    r"(?:\.[A-Za-z0-9*](?:[A-Za-z0-9\-*]{0,61}[A-Za-z0-9*])?)+)"
)
_HK_ID: Final = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{1,2})(\d{6}) ?(?:\(([0-9A])\)|([0-9A]))(?![A-Za-z0-9])"
)
_TW_ID: Final = re.compile(r"(?<![A-Za-z0-9])([A-Z])([12]\d{8})(?![A-Za-z0-9])")
_IBAN: Final = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])")
# Letter(s) and digits, or digits only; and the Philippine letter + 7 digits + letter
# ("P1234567A"; Microsoft Purview, "Philippines passport number" entity definition).
_PASSPORT_NO: Final = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z]{1,2} ?\d{6,9}|[A-Z]\d{7}[A-Z]|\d{8,9})(?![A-Za-z0-9])"
)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# Read only after a birth-date cue: "07-Mar-1990", "7th March 1990", "07 March, 1990" and
# the compact "19900307" / "07031990" are dates there.
_DATE: Final = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}(?!\d)"
    rf"|{_DAY}[\s\-./]*{_MONTHS}[\s\-./,]*(?:19|20)\d{{2}}"
    rf"|{_MONTHS}[\s\-./]*{_DAY},?\s+(?:19|20)\d{{2}}"
    r"|(?<!\d)(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)


_CUE_WORDS: Final = {
    "ssn": r"ssn|ss#|social security(?: number| no\.?)?|soc\.? ?sec\.?",
    "aadhaar": r"aadhaa?r|uidai|uid|आधार",
    "nik": r"nik|e?-?ktp|nomor induk(?: kependudukan)?",
    "bvn": r"bvn|bank verification number",
    "nin": r"nin|national identification(?: number)?|national id(?: number| no\.?)?",
    "passport": r"passport(?: no\.?| number)?|护照(?:号码?)?|paspor|pasaporte|पासपोर्ट",
    "dob": (
        r"出生日期|出生于|出生|生日|date of birth|birth ?date|birthday|d\.?o\.?b\.?|born(?: on)?"
        r"|tanggal lahir|tgl\.? lahir|जन्म ?तिथि|जन्मतिथि|petsa ng kapanganakan|kaarawan"
        r"|tarehe ya kuzaliwa"
    ),
}
_CUE_HINTS: Final = (
    "ss",
    "soc",
    "aadha",
    "uid",
    "आधार",
    "nik",
    "ktp",
    "induk",
    "bvn",
    "verification",
    "nin",
    "national",
    "passport",
    "护照",
    "paspor",
    "पासपोर्ट",
    "birth",
    "born",
    "d.o.b",
    "dob",
    "出生",
    "生日",
    "lahir",
    "जन्म",
    "kapanganakan",
    "kaarawan",
    "kuzaliwa",
)
# One pass finds every cue; a named group says which kind it is.
_CUES: Final = re.compile(
    "|".join(f"(?P<{kind}>{words})" for kind, words in _CUE_WORDS.items()) + "(?![A-Za-z])",
    re.IGNORECASE,
)
# A cheap superset of "some passport or birth-date cue is present".
_CUE_ANY: Final = re.compile(
    r"[出生BbDdLlज护PpपTtKk](?:生|日|irth|OB|o\.?b|\.[Oo]|orn|ahir|न्म|照|as|ास|gl|aa)"
)
_CUE_REACH = 24

_CN_PROVINCES: Final = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
        "83",
    ]
)
_CN_MOBILE: Final = re.compile(r"1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}")
_ROLE_MAILBOXES: Final = frozenset(
    [
        "service",
        "support",
        "help",
        "info",
        "noreply",
        "no-reply",
        "donotreply",
        "kefu",
        "cs",
        "contact",
        "hello",
        "billing",
        "collections",
        "collection",
        "care",
        "customerservice",
        "customer.service",
        "admin",
        "notice",
        "notification",
        "notifications",
        "feedback",
        "complaints",
        "complaint",
        "tousu",
    ]
)
_NANP: Final = frozenset({"US", "CA"} | set(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1]))
_SERVICE_TYPES: Final = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
        phonenumbers.PhoneNumberType.VOICEMAIL,
    }
)
_NANP_TOLL_FREE: Final = re.compile(r"1?8(?:00|88|77|66|55|44|33)\d{7}")
_CN_SERVICE: Final = re.compile(r"(?:86)?[48]00\d{7}")
_REF_JOINERS = "-_/#"
_DATE_CHAIN: Final = re.compile(
    r"(?:19|20)\d\d([-./])\d\d?\1\d\d?|\d\d?([-./])\d\d?\2(?:19|20)\d\d"
)


# --- validators ----------------------------------------------------------------------------

_ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= date.today()


def cn_id_valid(value: str) -> bool:
    """An 18-digit (MOD 11-2) or 15-digit Chinese resident ID with a real birth date and a
    known province prefix. County codes are not checked against the birth year on purpose:
    they record where the ID was issued, and checking them rejects real IDs."""
    value = value.upper()
    if value[:2] not in _CN_PROVINCES:
        return False
    if len(value) == 18 and value[:17].isdigit():
        total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True))
        if "10X98765432"[total % 11] != value[17]:
            return False
        return _real_date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    if len(value) == 15 and value.isdigit():
        return _real_date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
    return False


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by payment cards."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card_iin(digits: str) -> bool:
    first = digits[0]
    if first in "456":
        return first != "5" or digits[1] in "0123456789"[:9]
    if first == "3":
        return digits[1] in "04578 69"
    if first == "2":
        return 2221 <= int(digits[:4]) <= 2720
    return False


def card_valid(digits: str) -> bool:
    """13-19 digits, a known issuer prefix (2-series/3/4/5/6) and a valid Luhn digit."""
    return 13 <= len(digits) <= 19 and _card_iin(digits) and luhn_valid(digits)


_VERHOEFF_D: Final = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P: Final = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff_valid(digits: str) -> bool:
    """The Verhoeff check used by Aadhaar numbers."""
    check = 0
    for i, ch in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][ord(ch) - 48]]
    return check == 0


def _ssn_valid(digits: str) -> bool:
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")


def iban_valid(value: str) -> bool:
    """ISO 13616 mod-97 check of a compact IBAN."""
    if not 15 <= len(value) <= 34:
        return False
    moved = value[4:] + value[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _hk_id_valid(letters: str, digits: str, check: str) -> bool:
    values = [36] if len(letters) == 1 else []
    values += [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def _tw_id_valid(letter: str, digits: str) -> bool:
    code = _TW_LETTERS.index(letter) + 10
    values = [code // 10, code % 10] + [int(d) for d in digits]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
    return sum(v * w for v, w in zip(values, weights, strict=True)) % 10 == 0


def _nik_plausible(digits: str) -> bool:
    day, month = int(digits[6:8]), int(digits[8:10])
    day = day - 40 if day > 40 else day
    return 1 <= day <= 31 and 1 <= month <= 12 and digits[:2] != "00"


# --- phone numbers -------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _phone_kind(digits: str, region: str | None) -> str:
    """``"phone"``, ``"service"`` or ``""`` for a candidate (``region None`` = international)."""
    try:
        number = phonenumbers.parse(("+" + digits) if region is None else digits, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(number):
        return ""
    if phonenumbers.number_type(number) in _SERVICE_TYPES:
        return "service"
    national = str(number.national_number)
    if number.country_code == 1 and _NANP_TOLL_FREE.fullmatch(national):
        return "service"
    if number.country_code == 86 and _CN_SERVICE.fullmatch(national):
        return "service"
    return "phone"


# --- the scanner ---------------------------------------------------------------------------


class _Known(NamedTuple):
    """One customer value, prepared once so that looking for it in a text is cheap.

    ``digits`` are its digit forms (with ``cores``, the same without a trailing check letter,
    for a substring test on the text's digits); ``code`` is an identifier of letters and
    digits (a NINO, a PAN), matched like ``digits`` in any spacing, its ``cores`` its digits;
    ``chars`` is a CJK name, matched with whitespace allowed between its characters;
    ``words`` (an address, or a name in other scripts) are matched by a case-insensitive
    pattern, built only when every one of ``needles`` is in the case-folded text.
    """

    kind: str
    digits: tuple[str, ...] = ()
    cores: tuple[str, ...] = ()
    code: str = ""
    chars: str = ""
    needles: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


# A region given as a country code ("CN"), as opposed to a locale ("zh_CN", "zh").
_REGION_CODE = re.compile(r"[A-Z]{2}")


@lru_cache(maxsize=64)
def _region(region: str | None) -> str | None:
    # Cached: checking a country code costs a message nothing.
    if not region:
        return None
    if _REGION_CODE.fullmatch(region) and region not in phonenumbers.SUPPORTED_REGIONS:
        # A country code nobody numbers phones in: national numbers would be read in none.
        raise ValueError(f"unknown region {region!r}: give a country code such as 'CN' or 'US'")
    tail = re.split(r"[_\-]", region.strip())[-1].upper()
    return tail if len(tail) == 2 and tail.isalpha() else None


def _digits_of(value: str) -> str:
    folded, _ = _fold(value)
    return "".join(ch for ch in folded if "0" <= ch <= "9")


@lru_cache(maxsize=256)
def _allow_set(allow: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    numbers: set[str] = set()
    texts: set[str] = set()
    for item in allow:
        digits = _digits_of(item)
        if len(digits) >= 3:
            numbers.add(digits)
        folded, _ = _fold(item)
        if "@" in folded:
            texts.add(folded.strip().casefold())
    return frozenset(numbers), frozenset(texts)


def _national(digits: str) -> str:
    # "0086 21..." and "021..." name the same line as "+86 21...": drop the prefixes.
    return digits[2:] if digits.startswith("00") else digits.removeprefix("0")


def _allowed(digits: str, numbers: frozenset[str]) -> bool:
    if digits in numbers:
        return True
    digits = _national(digits)
    for allowed in numbers:
        short, long_ = sorted((digits, _national(allowed)), key=len)
        if len(short) < 7 or not long_.endswith(short):
            continue
        # A country code on one side only ("+86 400..." vs "400..."), with the trunk 0 some
        # write after it ("+44 (0)20..."); any other leading digits make another number: a
        # lender's "Acct 1234567" is no part of the borrower's "0917 123 4567".
        extra = long_[: len(long_) - len(short)]
        if (
            not extra
            or extra in _COUNTRY_CODES
            or (extra.endswith("0") and extra[:-1] in _COUNTRY_CODES)
        ):
            return True
    return False


def _classify_known(value: str) -> _Known | None:
    """What :func:`_classify_general` makes of ``value``, by a shortcut for the forms the
    models store (the customer changes with every message, so nothing here is cached)."""
    if value[:1] == "+" and value.isascii() and value[1:].isdigit() and len(value) > 6:
        # The E.164 form: nothing to fold, strip or drop.
        return _known_number(value, value[1:], value[1:])
    if _is_plain_cjk(value):
        return _Known("name", chars=value) if len(value) >= 2 else None
    if value.isascii() and value.replace(" ", "").isalpha():
        # ASCII letters and spaces: folding, the digit test and the CJK test change nothing.
        if len(value.strip()) < 3:
            return None
        words = tuple(value.split())
        return _Known("name", needles=tuple([w.lower() for w in words]), words=words)
    return _classify_general(value)


def _classify_general(value: str) -> _Known | None:
    folded, _ = _fold(value)
    folded = folded.strip()
    if not folded:
        return None
    if "@" in folded:
        return _Known("email", needles=(_case_key(folded),), words=(folded,))
    compact = _COMPACT_DROP.sub("", folded)
    digits = compact if compact.isdigit() else "".join(ch for ch in compact if ch.isdigit())
    if len(digits) >= 6 and (compact.isdigit() or compact[:-1].isdigit()):
        return _known_number(folded, compact, digits)
    if len(digits) >= 4 and len(compact) >= 6 and compact.isascii() and compact.isalnum():
        # Letters and digits ("QQ 12 34 56 C", "ABCPE1234F"): an identifier, not a name.
        return _Known("known_value", cores=(digits,), code=compact.upper())
    words = tuple(folded.split())
    if not folded.isascii() and all(_is_cjk_text(w) for w in words):
        chars = "".join(words)
        if len(chars) < 2:
            return None
        return _Known("name", chars=chars)
    if len(folded) < 3:
        return None
    return _Known("name", needles=tuple(_case_key(w) for w in words), words=words)


def _known_number(folded: str, compact: str, digits: str) -> _Known:
    first = compact.upper()
    variants = [first]
    kind = "known_value"
    if cn_id_valid(compact):
        kind = "cn_id"
    elif card_valid(digits):
        kind = "card"
    elif folded.startswith("+") or _CN_MOBILE.fullmatch(digits):
        kind = "phone"
        national = _known_national(folded, compact, digits)
        if national:
            for form in (national, "0" + national):
                if form not in variants:
                    variants.append(form)
    kept = [v for v in variants if len(v) >= 6]
    # Longest first: where two forms match at one place, the report covers the wider one.
    kept.sort(key=len, reverse=True)
    # Only the first form can end in a check letter; the national ones are digits.
    if first[-1].isdigit():
        return _Known(kind, tuple(kept), tuple(kept))
    return _Known(kind, tuple(kept), tuple([v if v[-1].isdigit() else v[:-1] for v in kept]))


@lru_cache(maxsize=256)
def _known_pattern(kind: str, words: tuple[str, ...]) -> re.Pattern[str]:
    if kind == "email":
        return re.compile(r"(?<![A-Za-z0-9._%+\-])" + re.escape(words[0]), re.IGNORECASE)
    body = r"[\s.,]+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![A-Za-z]){body}(?![A-Za-z])", re.IGNORECASE)


_COMPACT_DROP: Final = re.compile(r"[\s\-().+]")
_DIGIT_RUN: Final = re.compile(r"\d+")


def _has_digits(core: str, s: str) -> bool:
    return core in "".join(_DIGIT_RUN.findall(s))


# re.IGNORECASE equates these with "i"; str.casefold does not (it keeps the dotless i, and
# expands the dotted capital to two characters).
_CASE_EXTRA: Final = str.maketrans({"\u0131": "i", "\u0130": "i"})


def _case_key(text: str) -> str:
    """A form of ``text`` in which a case-insensitive match of a word is a substring of the
    key of the text it matches in (a superset test: it may say yes where the regex says no)."""
    if text.isascii():
        return text.lower()
    # ``str.translate`` costs a dictionary lookup per character; most texts hold neither.
    if "\u0131" in text or "\u0130" in text:
        text = text.translate(_CASE_EXTRA)
    return text.casefold()


def _known_national(folded: str, compact: str, digits: str) -> str:
    """The national significant number of a customer phone, as ``phonenumbers.parse`` gives
    it, read from the string when that is certain to agree (every E.164 number of a country
    code whose trunk prefix cannot be stripped from it, and bare mainland mobiles)."""
    if not folded.startswith("+"):
        if len(digits) == 11 and digits == compact and digits.isascii():
            # The CN trunk prefixes (0, 1[12]xx, 179xx) never start a mainland mobile.
            return digits
    elif compact.isascii() and compact.isdigit():
        for k in (1, 2, 3):
            if digits[:k] in _COUNTRY_CODES:
                break
        else:
            return ""  # no such country code: parse would refuse it
        nsn = digits[k:]
        if not 2 <= len(nsn) <= 17:
            return ""  # too short or too long for parse
        prefix = _trunk_prefix(int(digits[:k]))
        if prefix is None or prefix.match(nsn) is None:
            # parse keeps leading zeros apart (italian_leading_zero), not in national_number.
            return nsn.lstrip("0") or "0"
    try:
        number = phonenumbers.parse(folded if folded.startswith("+") else digits, "CN")
    except phonenumbers.NumberParseException:
        return ""
    return str(number.national_number)


_COUNTRY_CODES: Final = frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


@cache
def _trunk_prefix(code: int) -> re.Pattern[str] | None:
    """The pattern ``phonenumbers.parse`` strips from a national number of ``code``."""
    region = phonenumbers.region_code_for_country_code(code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, region)
    prefix = metadata.national_prefix_for_parsing if metadata is not None else None
    return re.compile(prefix) if prefix else None


_PLAIN_CJK: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _is_plain_cjk(value: str) -> bool:
    """Han characters only: nothing in the value to fold, drop, strip or split."""
    return _PLAIN_CJK.fullmatch(value) is not None


def _is_cjk_text(word: str) -> bool:
    return all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or c in "·•" for c in word)


@lru_cache(maxsize=256)
def _known_specs(known: tuple[str, ...]) -> tuple[_Known, ...]:
    specs = []
    for value in known:
        spec = _classify_known(value)
        if spec is not None:
            specs.append(spec)
    return tuple(specs)


class _Scan:
    """The state of one ``find_pii`` call on one folded text."""

    def __init__(self, text: str, s: str, region: str | None, allow: tuple[str, ...]) -> None:
        self.s = s
        self.region = region
        self.allow_numbers, self.allow_texts = _allow_set(allow)
        self.found: list[tuple[int, int, str, str]] = []
        self._cues: dict[str, list[int]] | None = None

    def cue_near(self, kind: str, start: int) -> bool:
        """Whether a context word for ``kind`` ends within reach before ``start``."""
        if self._cues is None:
            self._cues = {}
            s = self.s
            # The case fold, not lower(): the cue regex is case-insensitive, and for it "ſſn"
            # (long s) is "ssn" while "ſſn".lower() is not.
            lower = s.lower() if s.isascii() else s.casefold()
            # Substring tests are far cheaper than the cue regex, and most texts have no cue.
            if not any(hint in lower for hint in _CUE_HINTS):
                return False
            for m in _CUES.finditer(s):
                if m.start() and s[m.start() - 1].isascii() and s[m.start() - 1].isalpha():
                    continue
                self._cues.setdefault(m.lastgroup or "", []).append(m.end())
        return any(start - _CUE_REACH <= end <= start for end in self._cues.get(kind, ()))

    def add(self, start: int, end: int, kind: str, detail: str = "") -> None:
        self.found.append((start, end, kind, detail))

    # numbers ---------------------------------------------------------------------------

    def chains(self) -> None:
        s = self.s
        size = len(s)
        for m in _CHAIN.finditer(s):
            start, end = m.span()
            chain = m.group()
            if end - start < 7 or _DATE_CHAIN.fullmatch(chain):
                continue
            digits = "".join(_GROUP.findall(chain))
            if len(digits) < 7:
                continue
            if self.allow_numbers and _allowed(digits, self.allow_numbers):
                continue  # the lender's own number, whatever its parts look like
            groups = [
                (g.start() + start, g.end() + start, g.group()) for g in _GROUP.finditer(chain)
            ]
            # A group glued to a letter belongs to a word or a reference (LN-2026-000123,
            # ORD_2026...): no window may start or end there.
            before = s[start - 1] if start else ""
            lo = 0
            mask_from = -1
            if before == "*" and chain[0] in "+(":
                # Mask characters stuck to a whole international number ("****+86138...")
                # hide none of it: the number is read, and reported as a weak mask.
                mask_from = start
                while mask_from and s[mask_from - 1] == "*":
                    mask_from -= 1
            elif before in _WORDISH or (
                before and before in _REF_JOINERS and start >= 2 and s[start - 2].isalnum()
            ):
                lo = 1
            hi = len(groups)
            if end < size and s[end] in _WORDISH:
                hi -= 1
            plus_at = -1
            if chain[0] in "+(" and lo == 0:
                plus_at = mask_from if mask_from >= 0 else start
            x_end = end if chain[-1] in "Xx" else -1
            if hi < len(groups):
                x_end = -1
            if before == "," and start >= 2 and s[start - 2].isdigit():
                lo = max(lo, 1)  # the rest of an amount with thousands separators
            kept = groups[lo:hi]
            # An amount's decimal part ("1,234.56", "192.10") ends a number: no window spans it.
            for k in range(len(kept) - 1, 0, -1):
                if k < len(kept) and self._is_fraction(kept, k):
                    self._windows(kept[k + 1 :], -1, x_end)
                    kept, x_end = kept[: k - 1], -1
            self._windows(kept, plus_at, x_end, weak=mask_from >= 0)

    def _is_fraction(self, groups: list[tuple[int, int, str]], k: int) -> bool:
        s = self.s
        if s[groups[k - 1][1] : groups[k][0]] != "." or len(groups[k][2]) > 2:
            return False
        return k + 1 == len(groups) or s[groups[k][1] : groups[k + 1][0]] != "."

    def _windows(
        self, groups: list[tuple[int, int, str]], plus_at: int, x_end: int, *, weak: bool = False
    ) -> None:
        """Report the longest valid window at each group; with ``weak``, the first group is
        stuck to a mask and a window there is a weak mask."""
        n = len(groups)
        i = 0
        while i < n:
            best = self._best_window(groups, i, plus_at >= 0 and i == 0, x_end)
            if best is None:
                i += 1
                continue
            j, kind, digits = best
            if j + 1 < n and _is_year(groups[i][2]):
                # "2026 4111 1111 1111 1111": a year before a number may itself pass as the
                # start of one (a 4-4-4 Aadhaar); the number after it, reaching further, wins.
                later = self._best_window(groups, i + 1, False, x_end)
                if later is not None and later[0] > j:
                    i += 1
                    continue
            end = x_end if x_end >= 0 and j == n - 1 and kind == "cn_id" else groups[j][1]
            if kind != "service" and not _allowed(digits, self.allow_numbers):
                detail = f"weak mask: {len(digits)} digits visible" if weak and i == 0 else ""
                start = (
                    plus_at if plus_at >= 0 and i == 0 else _open_bracket(self.s, groups[i][0], end)
                )
                self.add(start, end, kind, detail)
            i = j + 1

    def _best_window(
        self, groups: list[tuple[int, int, str]], i: int, plus: bool, x_end: int
    ) -> tuple[int, str, str] | None:
        """The longest window from group ``i`` that is a value: its last group, kind and
        digits."""
        n = len(groups)
        digits = ""
        best: tuple[int, str, str] | None = None
        for j in range(i, n):
            digits += groups[j][2]
            if len(digits) > 19:
                break
            if len(digits) < 7:
                continue
            x = x_end >= 0 and j == n - 1
            kind = self._judge(digits, groups[i : j + 1], plus, x)
            if kind:
                best = (j, kind, digits)
        return best

    def _judge(self, d: str, groups: list[tuple[int, int, str]], plus: bool, x: bool) -> str:
        n = len(d)
        if x:
            return "cn_id" if n == 17 and cn_id_valid(d + "X") else ""
        if plus or (d.startswith("00") and n >= 9):
            intl = d[2:] if d.startswith("00") and not plus else d
            return _phone_kind(intl, None) if 7 <= len(intl) <= 15 else ""
        if n == 18 and cn_id_valid(d):
            return "cn_id"
        if n == 15:
            if card_valid(d):
                return "card"
            if cn_id_valid(d):
                return "cn_id"
        # Mainland mobiles are written 3-4-4, 3-8 or 7-4; "1800-123-4567" is a toll-free line.
        if n == 11 and len(groups[0][2]) in (3, 7, 11) and _CN_MOBILE.fullmatch(d):
            if self.cue_near("bvn", groups[0][0]):
                return "bvn"
            if self.cue_near("nin", groups[0][0]):
                return "nin"
            return "phone"
        if n == 13 and d.startswith("86") and _CN_MOBILE.fullmatch(d[2:]):
            return "phone"
        if n == 16 and self.cue_near("nik", groups[0][0]) and _nik_plausible(d):
            return "nik"
        if 13 <= n <= 19 and card_valid(d):
            return "card"
        if n == 12 and d[0] not in "01" and verhoeff_valid(d) and self._aadhaar_like(groups):
            return "aadhaar"
        if n == 9:
            return self._ssn(d, groups)
        if n == 11 and self.cue_near("bvn", groups[0][0]):
            return "bvn"
        if n == 11 and self.cue_near("nin", groups[0][0]):
            return "nin"
        return self._national_phone(d, groups)

    def _ssn(self, d: str, groups: list[tuple[int, int, str]]) -> str:
        if not _ssn_valid(d):
            return ""
        shape = [len(g[2]) for g in groups]
        if shape == [3, 2, 4]:
            sep1 = self.s[groups[0][1] : groups[1][0]]
            sep2 = self.s[groups[1][1] : groups[2][0]]
            if sep1 == sep2 and sep1 in ("-", " "):
                return "ssn"
        if shape == [9] and self.cue_near("ssn", groups[0][0]):
            return "ssn"
        return ""

    def _national_phone(self, d: str, groups: list[tuple[int, int, str]]) -> str:
        n = len(d)
        shape = [len(g[2]) for g in groups]
        region = self.region
        nanp_shape = shape in ([3, 3, 4], [1, 3, 3, 4], [3, 7]) or (
            shape == [10] and region in _NANP
        )
        if nanp_shape and n in (10, 11) and (n == 10 or d[0] == "1"):
            nanp = d if n == 10 else d[1:]
            if nanp[0] in "01":
                return ""
            if _NANP_TOLL_FREE.fullmatch(nanp):
                return "service"
            return _phone_kind("1" + nanp, None) if region in (None, *_NANP) else ""
        if d[0] == "0" and 9 <= n <= 12 and not d.startswith("00"):
            if region in (None, "CN") and 10 <= n <= 12 and len(shape) > 1 and shape[0] in (3, 4):
                return _phone_kind("86" + d[1:], None)
            if region not in (None, "CN", *_NANP):
                return _phone_kind(d, region)
            return ""
        if region == "IN" and n == 10 and d[0] in "6789":
            return _phone_kind(d, "IN")
        return ""

    def masked(self) -> None:
        for m in _MASKED.finditer(self.s):
            token = m.group()
            if "*" not in token and "xx" not in token.lower():
                continue
            groups = [
                (g.start() + m.start(), g.end() + m.start(), g.group())
                for g in _MASK_GROUP.finditer(token)
            ]
            if " " in token:
                groups = self._before_trailer(groups)
            self._masked_windows(groups)

    def _before_trailer(self, groups: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``groups`` without the date, year or amount that follows a well-masked value
        ("138****5678 2026-03-15", "****1111 1234.56"): it is no part of the value."""
        s = self.s
        end = groups[-1][1]
        for k in range(1, len(groups)):
            if " " not in s[groups[k - 1][1] : groups[k][0]]:
                continue
            # Matched on the text: a "/" or "," ends the token inside a date or an amount.
            trailer = _TRAILER.match(s, groups[k][0])
            if trailer is None or trailer.end() < end:
                continue
            body = "".join(g[2] for g in groups[:k]).upper().replace("X", "*")
            if "*" in body and not (self._stuck_mask(body, groups[:k]) or _judge_masked(body)):
                return groups[:k]
        return groups

    def _masked_windows(self, groups: list[tuple[int, int, str]]) -> None:
        n = len(groups)
        i = 0
        while i < n:
            for j in range(n - 1, i - 1, -1):
                body = "".join(g[2] for g in groups[i : j + 1]).upper().replace("X", "*")
                if groups[j][2][-1:] in "Xx" and len(body) == 18 and body[-2].isdigit():
                    body = body[:-1] + "0"  # an ID's check character, not a mask
                if "*" not in body:
                    continue
                verdict = self._stuck_mask(body, groups[i : j + 1]) or _judge_masked(body)
                if verdict == "phone" and len(body) == 12 and self._aadhaar_like(groups[i : j + 1]):
                    verdict = "aadhaar"
                if verdict is None:
                    continue
                a, b = groups[i][0], groups[j][1]
                if verdict and not any(f[0] < b and f[1] > a for f in self.found):
                    visible = sum(ch.isdigit() for ch in body)
                    self.add(
                        groups[i][0], groups[j][1], verdict, f"weak mask: {visible} digits visible"
                    )
                i = j
                break
            i += 1

    def _aadhaar_like(self, groups: list[tuple[int, int, str]]) -> bool:
        """Whether 12 characters are written as an Aadhaar is (4-4-4) or follow its cue."""
        shape = [len(g[2]) for g in groups]
        return shape == [4, 4, 4] or self.cue_near("aadhaar", groups[0][0])

    def _stuck_mask(self, body: str, groups: list[tuple[int, int, str]]) -> str:
        """The kind of a whole value that a mask is only stuck to ("****4111111111111111",
        "110101199003071233****", "****536-22-8714"), else "": such a token shows all of
        the value, whatever length its mask gives it."""
        core = body.strip("*")
        if len(core) < 7 or not core.isdigit():
            return ""
        first, last = groups[0][2], groups[-1][2]
        # The mask shares a group with the digits; "4111 1111 1111 ****" masks a group.
        if not (first[0] in "*xX" and first[-1].isdigit()) and not (
            last[-1] in "*xX" and last[0].isdigit()
        ):
            return ""
        digit_groups = []
        for a, b, text in groups:
            lead = len(text) - len(text.lstrip("*xX"))
            trail = len(text) - len(text.rstrip("*xX"))
            if lead + trail < len(text):
                digit_groups.append((a + lead, b - trail, text[lead : len(text) - trail]))
        kind = self._judge(core, digit_groups, False, False)
        if kind == "service" or _allowed(core, self.allow_numbers):
            return ""
        return kind

    # text ------------------------------------------------------------------------------

    def emails(self) -> None:
        for m in _EMAIL.finditer(self.s):
            local, domain = m.group(1), m.group(2)
            tld = domain.rsplit(".", 1)[-1]
            if not (tld.isalpha() and len(tld) >= 2):
                continue
            if m.group().casefold() in self.allow_texts or local.casefold() in _ROLE_MAILBOXES:
                continue
            if "*" in local or "*" in domain:
                # Only the local part names the person: judged alone, whatever the domain.
                visible = sum(ch != "*" for ch in local)
                if visible <= 2 or visible * 2 <= len(local):
                    continue
                self.add(m.start(), m.end(), "email", f"weak mask: {visible} characters visible")
                continue
            self.add(m.start(), m.end(), "email")

    def letter_ids(self) -> None:
        s = self.s
        for m in _HK_ID.finditer(s):
            check = m.group(3) or m.group(4)
            if _hk_id_valid(m.group(1), m.group(2), check):
                self.add(m.start(), m.end(), "hk_id")
        for m in _TW_ID.finditer(s):
            if _tw_id_valid(m.group(1), m.group(2)):
                self.add(m.start(), m.end(), "tw_id")
        for m in _IBAN.finditer(s):
            self._iban(m.start(), m.group())

    def _iban(self, start: int, token: str) -> None:
        # The pattern may run into following capitals; try each group boundary, longest first.
        cuts = [len(token)] + [k for k in range(len(token) - 1, 14, -1) if token[k] == " "]
        for cut in cuts:
            compact = token[:cut].replace(" ", "")
            if iban_valid(compact):
                self.add(start, start + cut, "iban")
                return

    def cued(self) -> None:
        s = self.s
        for cue in _CUES.finditer(s):
            if cue.lastgroup == "passport":
                m = _PASSPORT_NO.search(s, cue.end(), cue.end() + _CUE_REACH)
                if m:
                    self.add(m.start(), m.end(), "passport")
            elif cue.lastgroup == "dob":
                m = _DATE.search(s, cue.end(), cue.end() + _CUE_REACH)
                if m:
                    self.add(m.start(), m.end(), "dob")

    def known(self, specs: Sequence[_Known]) -> None:
        s = self.s
        numeric: list[tuple[str, list[str]]] = []
        codes: list[str] = []
        digit_text: str | None = None
        key: str | None = None
        for spec in specs:
            if spec.digits:
                # A value found in a run of digits and separators is, digits only, a substring
                # of the text's digits: most messages hold none of the customer's numbers.
                if digit_text is None:
                    # An ASCII value found among all the text's digits is also found among its
                    # ASCII digits (its stretch holds no other digit); others take the long way.
                    digit_text = _ascii_digits(s)
                values = [
                    v
                    for v, core in zip(spec.digits, spec.cores, strict=True)
                    if core in digit_text or (not core.isascii() and _has_digits(core, s))
                ]
                if values:
                    numeric.append((spec.kind, values))
            elif spec.code:
                # The code's digits are consecutive among the text's digits where it is shown.
                if digit_text is None:
                    digit_text = _ascii_digits(s)
                if spec.cores[0] in digit_text:
                    codes.append(spec.code)
            elif spec.chars:
                self._cjk_name(spec.chars)
            else:
                if key is None:
                    key = _case_key(s)
                if all(needle in key for needle in spec.needles):
                    for m in _known_pattern(spec.kind, spec.words).finditer(s):
                        self.add(m.start(), m.end(), spec.kind, "matches the customer record")
        if numeric:
            self._known_runs(_LOOSE, numeric)
        if codes:
            self._known_runs(_LOOSE_CODE, [("known_value", codes)])

    def _cjk_name(self, chars: str) -> None:
        # What the pattern "c1\s*c2\s*c3" would find, without compiling one per customer.
        s = self.s
        size = len(s)
        first, rest = chars[0], chars[1:]
        i = s.find(first)
        while i >= 0:
            k = i + 1
            for ch in rest:
                while k < size and s[k].isspace():
                    k += 1
                if k == size or s[k] != ch:
                    break
                k += 1
            else:
                self.add(i, k, "name", "matches the customer record")
                i = s.find(first, k)
                continue
            i = s.find(first, i + 1)

    def _known_runs(self, loose: re.Pattern[str], numeric: list[tuple[str, list[str]]]) -> None:
        """Report each value found in a run of ``loose`` with its separators taken out."""
        s = self.s
        shortest = min(len(v) for _, values in numeric for v in values)
        for m in loose.finditer(s):
            if m.end() - m.start() < shortest:
                continue
            positions = [k for k in range(m.start(), m.end()) if s[k] not in _LOOSE_SEPARATORS]
            if len(positions) < shortest:
                continue
            run = "".join(s[k] for k in positions).upper()
            for kind, values in numeric:
                for value in values:
                    at = run.find(value)
                    if at >= 0:
                        end = positions[at + len(value) - 1] + 1
                        start = _open_bracket(s, positions[at], end)
                        self.add(start, end, kind, "matches the customer record")
                        break


def _open_bracket(s: str, start: int, end: int) -> int:
    """``start``, or the "(" before it when the span holds its ")": "(415) 555-0132"."""
    return start - 1 if start and s[start - 1] == "(" and ")" in s[start:end] else start


def _is_year(group: str) -> bool:
    return len(group) == 4 and group[:2] in ("19", "20")


def _judge_masked(body: str) -> str | None:
    """``None`` when the token is no known shape, ``""`` when masked well enough, else the
    kind whose mask leaves too much visible."""
    visible = [k for k, ch in enumerate(body) if ch != "*"]
    n = len(body)
    if len(visible) <= 4:
        return ""
    if n == 13 and body.startswith("86"):
        body, n, visible = body[2:], 11, [k - 2 for k in visible if k >= 2]
    if n == 11 and body[0] in "1*":
        return "" if len(visible) <= 7 else "phone"
    if n in (15, 18):
        date_part = range(6, 12) if n == 15 else range(6, 14)
        ok = len(visible) <= 8 and not any(k in date_part for k in visible)
        if ok:
            return ""
        if n == 18 or not card_shaped(body):
            return "cn_id"
    if 13 <= n <= 19:
        ok = all(k < 6 or k >= n - 4 for k in visible)
        return "" if ok else "card"
    if n == 9:
        return "ssn"
    if n in (10, 12) and len(visible) >= 8:
        return "phone"
    return None


def card_shaped(body: str) -> bool:
    """Whether a masked 15-character token starts like a card (34/37 American Express)."""
    return body[:2] in ("34", "37") and body[2:6].isdigit()


def _values(values: Iterable[str], name: str) -> tuple[str, ...]:
    if isinstance(values, str):
        # Iterated, a string is its characters: every value would be silently lost.
        raise ValueError(f"find_pii's {name} is a list of values, not one string")
    return tuple(values)


def find_pii(
    text: str,
    *,
    region: str | None = None,
    allow: Iterable[str] = (),
    known: Iterable[str] = (),
) -> list[PiiMatch]:
    """Every piece of unmasked personal data in ``text``, in order of position.

    ``region`` (``"CN"``, ``"US"`` or a locale such as ``"en_US"``) decides how bare national
    phone numbers are read; all other patterns run regardless of it. ``allow`` lists numbers
    and addresses that may appear in full (the lender's hotline, paybill, service mailbox);
    they are compared on their digits. ``known`` lists the customer's raw values (name,
    phone, ID, card, e-mail): any of them in any formatting is reported.
    """
    if not isinstance(text, str):
        raise ValueError(f"find_pii expects a string, got {type(text).__name__}")
    # The rules pass tuples: the conversion (and its check) is off their path.
    known_t = known if isinstance(known, tuple) else _values(known, "known")
    # The customer's values are looked for in every text; the patterns only where they can
    # find something.
    patterns = _gate(text)
    if not known_t and not patterns:
        return []
    allow_t = allow if isinstance(allow, tuple) else _values(allow, "allow")
    s, index = _fold(text)
    found = _scan(text, s, _region(region), allow_t, known_t, patterns=patterns)
    rejoined = _rejoin(s)
    if rejoined is not None:
        # A value broken by a line break or spelled out with a separator between every
        # character is read again with those gaps closed; matches map back through ``at``.
        joined, at = rejoined
        found += [
            (at[a], at[b - 1] + 1, kind, detail)
            for a, b, kind, detail in _scan(
                text, joined, _region(region), allow_t, known_t, patterns=patterns
            )
        ]
    return _results(text, found, index)


def _scan(
    text: str,
    s: str,
    region: str | None,
    allow: tuple[str, ...],
    known: tuple[str, ...],
    *,
    patterns: bool = True,
) -> list[tuple[int, int, str, str]]:
    scan = _Scan(text, s, region, allow)
    if known:
        scan.known(_known_specs(known))
    if not patterns:
        return scan.found
    scan.chains()
    if ("*" in s or "xx" in s or "XX" in s) and _mask_near_digits(s):
        scan.masked()
    if "@" in s:
        scan.emails()
    # The letter patterns all hold what _LETTER_DIGITS finds; the cue scan (slow: one
    # case-insensitive alternation) runs only where a passport or birth-date cue can be.
    letters = _LETTER_DIGITS.search(s) is not None
    if letters:
        scan.letter_ids()
    if (letters or _CUE_ANY.search(s) is not None) and _cue_hint(s):
        scan.cued()
    return scan.found


# A line break inside a number ("198 \n3071", "6754\n08402") or an address ("jdoe@\nyahoo").
_BREAK: Final = re.compile(r"\r\n|[\n\r\u2028\u0085]")
_BREAK_DIGITS: Final = re.compile(r"\d[ \-/]?$")
_BREAK_DIGITS_AFTER: Final = re.compile(r"[ \-/]?\d")
_EMAIL_CHARS: Final = re.compile(r"[A-Za-z0-9._%+\-@]*")
# A value spelled out one character at a time: "0 6 4 - 6 7 - 4 9 3 8" (three spaces stand for
# one), "j-d-o-e-@-y-a-h-o-o-.-c-o-m" ("---" stands for a dash, "- -" for a space).
_SPELLED: Final = re.compile(
    r"(?<![A-Za-z0-9])[^\s\-](?:(?: |   )[^\s])(?:(?: |   )[^\s]){4,}(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9])[^\s\-](?:(?:-|---|- -)[^\s\-]){5,}(?![A-Za-z0-9])"
)
# Patterns that start with a literal let the regex engine skip ahead: two cheap gates.
_SPACED_GATE: Final = re.compile(r" [^\s] [^\s] [^\s] ")
_DASHED_GATE: Final = re.compile(r"-[^\s\-]-[^\s\-]-")


def _rejoin(s: str) -> tuple[str, list[int]] | None:
    """``s`` with line breaks inside values and the gaps of spelled-out values removed, and
    each kept character's index in ``s``; None when there is nothing to rejoin."""
    drop: list[tuple[int, int]] = []
    if "\n" in s or "\r" in s or "\u2028" in s or "\u0085" in s:
        for m in _BREAK.finditer(s):
            a, b = m.span()
            if _BREAK_DIGITS.search(s, max(0, a - 2), a) and _BREAK_DIGITS_AFTER.match(s, b):
                drop.append((a, b))
                continue
            left = s[a - 1 :: -1] if a else ""
            left_token = _EMAIL_CHARS.match(left)
            right_token = _EMAIL_CHARS.match(s, b)
            lt = left_token.group() if left_token else ""
            rt = right_token.group() if right_token else ""
            if lt and rt and (lt + rt).count("@") == 1:
                drop.append((a, b))
    if _SPACED_GATE.search(s) is not None or _DASHED_GATE.search(s) is not None:
        for m in _SPELLED.finditer(s):
            # The run alternates character and separator ("   " is a separator, a space kept
            # from the value and a separator), so every odd position is a gap.
            drop.extend((k, k + 1) for k in range(m.start() + 1, m.end(), 2))
    if not drop:
        return None
    drop.sort()
    kept: list[str] = []
    at: list[int] = []
    pos = 0
    for a, b in drop:
        if a < pos:
            continue
        kept.append(s[pos:a])
        at.extend(range(pos, a))
        pos = b
    kept.append(s[pos:])
    at.extend(range(pos, len(s)))
    return "".join(kept), at


# "[A-Z] ?\d{6}|[A-Z]{2}\d\d", written to start with a class so that the engine skips ahead.
_LETTER_DIGITS: Final = re.compile(r"[A-Z](?: ?\d{6}|[A-Z]\d\d)")
_TOKEN_CHARS: Final = frozenset("*xX+ -.")
_MASK_SEEDS: Final = ("*", "xx", "XX", "xX", "Xx")


def _mask_near_digits(s: str) -> bool:
    """Whether a mask ("*", "xx") sits in a stretch of digits, masks and separators with at
    least four digits: a masked token can only be flagged with five characters visible, all
    digits but at most an ID's check letter, and its characters are all of that stretch."""
    size = len(s)
    for seed in _MASK_SEEDS:
        i = s.find(seed)
        while i >= 0:
            a = i
            while a and (s[a - 1] in _TOKEN_CHARS or s[a - 1].isdecimal()):
                a -= 1
            b = i + 1
            while b < size and (s[b] in _TOKEN_CHARS or s[b].isdecimal()):
                b += 1
            if sum(ch.isdecimal() for ch in s[a:b]) >= 4:
                return True
            i = s.find(seed, b)
    return False


# A piece of every passport and birth-date cue word, as ``_case_key`` writes it.
_CUED_HINTS: Final = (
    *("passport", "paspor", "pasaporte", "护照", "पासपोर्ट"),
    *("出生", "生日", "birth", "born", "dob", "d.ob", "do.b", "d.o.b", "lahir", "जन्म"),
    *("kapanganakan", "kaarawan", "kuzaliwa"),
)


def _cue_hint(s: str) -> bool:
    """False only when :meth:`_Scan.cued` finds nothing in ``s``."""
    key = _case_key(s)
    return any(hint in key for hint in _CUED_HINTS)


def _results(
    text: str, found: list[tuple[int, int, str, str]], index: list[int] | None
) -> list[PiiMatch]:
    # Where a pattern names what a customer's value is (an SSN, a passport), its kind wins.
    found.sort(key=lambda f: (f[0], -f[1], f[2] == "known_value"))
    out: list[PiiMatch] = []
    last_end = -1
    for a, b, kind, detail in found:
        if a < last_end:
            continue  # inside (or overlapping) a match already reported
        last_end = b
        start, end = (index[a], index[b - 1] + 1) if index is not None else (a, b)
        out.append(PiiMatch(kind, start, end, text[start:end], detail))
    return out
