"""Masking of personal data for display.

Every function is total: any string gives a masked result (never the raw value) and a
non-string gives a ``ValueError`` that does not echo the input. Conventions follow
``docs/personal-data.md`` (mobile 3+4, ID with the birth date hidden, card last 4, surname
kept, e-mail first character + domain).
"""

from __future__ import annotations

import re
import unicodedata

MASK = "*"
_COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "太史",
        "端木",
        "上官",
        "司马",
        "东方",
        "独孤",
        "南宫",
        "万俟",
        "闻人",
        "夏侯",
        "诸葛",
        "尉迟",
        "公羊",
        "赫连",
        "澹台",
        "皇甫",
        "宗政",
        "濮阳",
        "公冶",
        "太叔",
        "申屠",
        "公孙",
        "慕容",
        "仲孙",
        "钟离",
        "长孙",
        "宇文",
        "司徒",
        "鲜于",
        "司空",
        "闾丘",
        "子车",
        "亓官",
        "司寇",
        "巫马",
        "公西",
        "颛孙",
        "壤驷",
        "公良",
        "漆雕",
        "乐正",
        "宰父",
        "谷梁",
        "拓跋",
        "夹谷",
        "轩辕",
        "令狐",
        "段干",
        "百里",
        "呼延",
        "东郭",
        "南门",
        "羊舌",
        "微生",
        "公户",
        "公玉",
        "公仪",
        "梁丘",
        "公仲",
        "公上",
        "公门",
        "公山",
        "公坚",
        "左丘",
        "公伯",
        "西门",
        "公祖",
        "第五",
        "公乘",
        "贯丘",
        "公皙",
        "南荣",
        "东里",
        "东宫",
        "仲长",
        "子书",
        "子桑",
        "即墨",
        "达奚",
        "褚师",
    ]
)
_SEPARATORS = re.compile(r"[\s\-().]")


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        # The message names the type only: the value itself may be personal data.
        raise ValueError(f"{what} expects a string, got {type(value).__name__}")
    # Invisible format characters (zero-width spaces...) must not split a value into pieces
    # that each look short enough to show.
    return "".join(
        ch for ch in unicodedata.normalize("NFKC", value) if unicodedata.category(ch) != "Cf"
    )


def _digits(value: str) -> str:
    return "".join(
        str(unicodedata.digit(ch)) for ch in value if unicodedata.digit(ch, None) is not None
    )


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def _cjk_name(name: str) -> bool:
    return bool(name) and all(_is_cjk(ch) or ch in "·•" for ch in name)


def _surname_length(name: str) -> int:
    """How many leading characters of a CJK name are the surname (compound ones known)."""
    return 2 if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else 1


def mask_phone(value: str, *, style: str = "middle") -> str:
    """``13812345678`` -> ``138****5678``; other numbers keep the last 4 only (``****0132``).

    ``style="tail"`` gives the last four digits for ``尾号5678``-style text. Numbers with
    fewer than 7 digits are masked completely.
    """
    text = _text(value, "mask_phone").strip()
    digits = _digits(text)
    if style not in ("middle", "tail"):
        raise ValueError("style must be 'middle' or 'tail'")
    if len(digits) < 7:
        return MASK * 4
    tail = digits[-4:]
    if style == "tail":
        return tail
    national = digits
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 11:
            national = digits[len(prefix) :]
    foreign = text.startswith(("+", "00")) and national == digits
    if not foreign and len(national) == 11 and re.match("1[3-9]", national):
        return f"{national[:3]}****{tail}"
    return f"{MASK * 4}{tail}"


def phone_tail(value: str) -> str:
    """The last four digits of a phone number (``尾号5678``)."""
    digits = _digits(_text(value, "phone_tail"))
    return digits[-4:] if len(digits) >= 7 else MASK * 4


def mask_id_number(value: str) -> str:
    """Chinese ID ``110101199003071234`` -> ``1101**********1234``: birth date always hidden.

    A 15-digit ID keeps 4 + 3 (its date runs into the fourth-last digit). Other ID shapes
    keep at most the last four characters; short ones are masked completely.
    """
    compact = _SEPARATORS.sub("", _text(value, "mask_id_number")).upper()
    if len(compact) == 18 and compact[:17].isdigit():
        return f"{compact[:4]}{MASK * 10}{compact[-4:]}"
    if len(compact) == 15 and compact.isdigit():
        return f"{compact[:4]}{MASK * 8}{compact[-3:]}"
    if len(compact) <= 6:
        return MASK * 6
    return f"{MASK * (len(compact) - 4)}{compact[-4:]}"


def mask_card(value: str) -> str:
    """A bank card number shows its last four digits only: ``**** 1234``."""
    digits = _digits(_text(value, "mask_card"))
    if len(digits) < 8:
        return MASK * 4
    return f"{MASK * 4} {digits[-4:]}"


def mask_email(value: str) -> str:
    """``zhangsan@163.com`` -> ``z***@163.com``; anything else -> ``***``."""
    local, sep, domain = _text(value, "mask_email").strip().rpartition("@")
    if not sep or not local or not domain or "." not in domain:
        return MASK * 3
    return f"{local[0]}***@{domain}"


def mask_ssn(value: str) -> str:
    """A US SSN keeps its last four digits: ``***-**-8714``."""
    digits = _digits(_text(value, "mask_ssn"))
    return f"***-**-{digits[-4:]}" if len(digits) >= 8 else "***-**-****"


def mask_name(value: str) -> str:
    """``张三`` -> ``张*``, ``欧阳娜娜`` -> ``欧阳**``, ``John Smith`` -> ``J*** S***``.

    Chinese names keep the surname; Latin names keep each word's initial, with a fixed
    run of masks so that the length of the name is not shown either.
    """
    name = _text(value, "mask_name").strip()
    squeezed = re.sub(r"\s+", "", name)
    if _cjk_name(squeezed):
        surname_len = _surname_length(squeezed)
        return squeezed[:surname_len] + MASK * max(len(squeezed) - surname_len, 1)
    words = [w for w in re.split(r"[\s·.,]+", name) if w]
    if not words:
        return MASK
    return " ".join(w[0] + MASK * 3 for w in words)


def mask_value(value: str, kind: str) -> str:
    """Mask ``value`` by the convention for its kind (as :func:`find_pii` names kinds).

    Kinds without a convention of their own keep at most the last four characters of a
    long value and nothing of a short one.
    """
    text = _text(value, "mask_value")
    if kind == "phone":
        return mask_phone(text)
    if kind == "cn_id":
        return mask_id_number(text)
    if kind == "card":
        return mask_card(text)
    if kind == "email":
        return mask_email(text)
    if kind == "name":
        return mask_name(text)
    if kind == "ssn":
        return mask_ssn(text)
    compact = re.sub(r"[\s\-().*/]", "", text)
    if kind == "dob" or len(compact) < 10:
        return MASK * 4
    return f"{MASK * 4}{compact[-4:]}"


def surname(value: str) -> str:
    """The family name as a Chinese reminder addresses it (``张``, ``欧阳``); for Latin
    names, the last word."""
    name = _text(value, "surname").strip()
    # A CJK name is read without its spaces, as mask_name reads it: "欧阳 娜娜" is 欧阳娜娜.
    squeezed = re.sub(r"\s+", "", name)
    if _cjk_name(squeezed):
        return squeezed[: _surname_length(squeezed)]
    words = name.split()
    return words[-1] if words else ""


def given_name(value: str) -> str:
    """The first word of a Latin name (``John`` of ``John Smith``); for CJK names, the part
    after the surname."""
    name = _text(value, "given_name").strip()
    squeezed = re.sub(r"\s+", "", name)
    if _cjk_name(squeezed):
        return squeezed[_surname_length(squeezed) :]
    words = name.split()
    return words[0] if words else ""


def phone_parts(phone: str) -> tuple[str, str]:
    """``(mask_phone(phone), phone_tail(phone))``, without their Unicode work for E.164.

    A validated Borrower's phone is ASCII ``+<digits>``, so the NFKC and per-character
    digit parsing of the general maskers is pure overhead on the per-message path; anything
    else goes through them. tests/test_perf_equivalence.py checks both paths agree.
    """
    digits = phone[1:]
    if phone[:1] != "+" or not (digits.isascii() and digits.isdigit()) or digits[:1] == "0":
        return mask_phone(phone), phone_tail(phone)
    if len(digits) < 7:
        return mask_phone(phone), phone_tail(phone)
    tail = digits[-4:]
    if len(digits) == 13 and digits[:3] == "861" and digits[3] in "3456789":
        return f"{digits[2:5]}****{tail}", tail
    return f"****{tail}", tail


# Names the maskers would return unchanged after NFKC: unified CJK ideographs only, or ASCII
# letter words separated by single spaces.
_PLAIN_CJK = re.compile(r"[\u4e00-\u9fff]{1,64}")
_PLAIN_LATIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def name_parts(name: str) -> tuple[str, str, str]:
    """``(mask_name, surname, given_name)`` of a name, in one pass for plain names.

    The general functions normalise and classify every character, four times per message
    between them; for the plain names that make up nearly every batch the result follows
    from the conventions directly. tests/test_perf_equivalence.py checks both paths agree.
    """
    if _PLAIN_CJK.fullmatch(name):
        cut = _surname_length(name)
        return name[:cut] + MASK * max(len(name) - cut, 1), name[:cut], name[cut:]
    if _PLAIN_LATIN.fullmatch(name):
        words = name.split(" ")
        return " ".join(w[0] + MASK * 3 for w in words), words[-1], words[0]
    return mask_name(name), surname(name), given_name(name)
