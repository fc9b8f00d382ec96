"""Masking of personal data for display. Every function is total: odd input gives a fully
masked result, never the raw value (conventions: ``../shared/reference/pii.md`` §1)."""

from __future__ import annotations

import re
import unicodedata

MASK = "*"
_DIGIT = re.compile(r"\d")
_COMPOUND_SURNAMES = frozenset(
    "欧阳 太史 端木 上官 司马 东方 独孤 南宫 万俟 闻人 夏侯 诸葛 尉迟 公羊 赫连 澹台 皇甫 宗政 濮阳 "
    "公冶 太叔 申屠 公孙 慕容 仲孙 钟离 长孙 宇文 司徒 鲜于 司空 闾丘 子车 亓官 司寇 巫马 公西 "
    "颛孙 壤驷 公良 漆雕 乐正 宰父 谷梁 拓跋 夹谷 轩辕 令狐 段干 百里 呼延 东郭 南门 羊舌 微生 "
    "公户 公玉 公仪 梁丘 公仲 公上 公门 公山 公坚 左丘 公伯 西门 公祖 第五 公乘 贯丘 公皙 南荣 "
    "东里 东宫 仲长 子书 子桑 即墨 达奚 褚师".split()
)


def _digits(value: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", value) if ch.isdigit())


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def mask_phone(value: str, *, style: str = "middle") -> str:
    """``13812345678`` -> ``138****5678``; international numbers keep the last 4 only.

    ``style="tail"`` gives ``尾号5678``-style input: just the last four digits.
    """
    digits = _digits(value)
    if len(digits) < 7:
        return MASK * max(len(digits), 4)
    tail = digits[-4:]
    if style == "tail":
        return tail
    national = digits[2:] if digits.startswith("86") and len(digits) == 13 else digits
    if len(national) == 11 and national.startswith("1"):
        return f"{national[:3]}****{tail}"
    return f"{MASK * 4}{tail}"


def phone_tail(value: str) -> str:
    """The last four digits of a phone number (``尾号5678``)."""
    digits = _digits(value)
    return digits[-4:] if len(digits) >= 7 else MASK * 4


def mask_id_number(value: str) -> str:
    """Chinese ID ``110101199003071234`` -> ``1101**********1234``: birth date always hidden.

    Other ID shapes keep at most the last four characters.
    """
    compact = re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", value)).upper()
    if len(compact) in (15, 18) and compact[:-1].isdigit():
        return f"{compact[:4]}{MASK * (len(compact) - 8)}{compact[-4:]}"
    if len(compact) <= 4:
        return MASK * max(len(compact), 4)
    return f"{MASK * (len(compact) - 4)}{compact[-4:]}"


def mask_card(value: str) -> str:
    """A bank card number shows its last four digits only: ``**** 1234``."""
    digits = _digits(value)
    if len(digits) < 8:
        return MASK * 4
    return f"{MASK * 4} {digits[-4:]}"


def mask_email(value: str) -> str:
    """``zhangsan@163.com`` -> ``z***@163.com``."""
    local, sep, domain = value.strip().partition("@")
    if not sep or not local or not domain:
        return MASK * 3
    return f"{local[0]}***@{domain}"


def mask_name(value: str) -> str:
    """``张三`` -> ``张*``, ``欧阳娜娜`` -> ``欧阳**``, ``John Smith`` -> ``J*** S****``.

    Chinese names keep the surname; Latin names keep each word's initial.
    """
    name = value.strip()
    if not name:
        return MASK
    if all(_is_cjk(ch) or ch in "·•" for ch in name):
        surname_len = 2 if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else 1
        return name[:surname_len] + MASK * max(len(name) - surname_len, 1)
    words = name.split()
    return " ".join(w[0] + MASK * max(len(w) - 1, 1) for w in words)


def surname(value: str) -> str:
    """The family name as a Chinese reminder addresses it (``张``, ``欧阳``); for Latin
    names, the last word."""
    name = value.strip()
    if name and all(_is_cjk(ch) or ch in "·•" for ch in name):
        return name[:2] if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else name[:1]
    words = name.split()
    return words[-1] if words else ""


def given_name(value: str) -> str:
    """The first word of a Latin name (``John`` of ``John Smith``); for CJK names, the part
    after the surname."""
    name = value.strip()
    if name and all(_is_cjk(ch) or ch in "·•" for ch in name):
        return name[len(surname(name)) :]
    words = name.split()
    return words[0] if words else ""
