"""Fold text for phrase matching, keeping a map back to the original offsets.

Two views of a message are produced:

* ``text`` (the *word view*): every character folded on its own (NFKC, casefold, Latin
  diacritics stripped, Cyrillic/Greek look-alikes to Latin, Traditional to Simplified Chinese,
  format and zero-width characters deleted); leetspeak inside Latin words undone; separators
  inside a word removed ("a.r.r.e.s.t", "a r r e s t", "坐 牢", "坐*牢"). Words stay apart.
* ``squeezed``: the word view with every space, punctuation mark and symbol removed, so that a
  phrase split at an arbitrary point ("arr est", "坐，牢") becomes contiguous. Matchers must check
  word boundaries on it (see :meth:`NormalizedText.squeezed_span`), because squeezing also glues
  neighbouring words.

The per-character fold is one precomputed table applied with one ``re.sub``; the offset map is
only materialised when a step deleted or expanded characters, so the common message costs a few
microseconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["NormalizedText", "fold_char", "normalize"]

# Cyrillic and Greek letters that render like a Latin letter (after casefolding), used to dodge
# filters ("аrrеst" with Cyrillic а and е).
_HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h", "ь": "b", "з": "3",
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ζ": "z", "ω": "w", "ϲ": "c", "ϳ": "j",
}  # fmt: skip

# Invisible characters that are not in category Cf but are used as spacers.
_EXTRA_DELETE = frozenset("\u034f\u115f\u1160\u3164\uffa0\u2800\u093c")

_COMBINING_RANGES = ((0x300, 0x370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100),
                     (0xFE20, 0xFE30), (0xFE00, 0xFE10), (0xE0100, 0xE01F0))  # fmt: skip

_SCAN_RANGES = ((0, 0x20000), (0x2F800, 0x2FA20), (0xE0000, 0xE1000))
_CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def _is_deleted(ch: str) -> bool:
    if ch in _EXTRA_DELETE or unicodedata.category(ch) == "Cf":
        return True
    cp = ord(ch)
    return any(lo <= cp < hi for lo, hi in _COMBINING_RANGES)


def _strip_latin_marks(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    stripped = "".join(c for c in decomposed if not _is_deleted(c))
    if stripped == decomposed:
        return ch
    return unicodedata.normalize("NFC", stripped)


def _t2s_table() -> dict[str, str]:
    import opencc

    chars = "".join(chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi))
    converted = opencc.OpenCC("t2s").convert(chars)
    if len(converted) != len(chars):  # pragma: no cover - would mean a phrase-level rewrite
        raise RuntimeError("opencc t2s changed the length of a character-by-character string")
    return {a: b for a, b in zip(chars, converted, strict=True) if a != b}


def _fold_once(ch: str, t2s: dict[str, str]) -> str:
    text = unicodedata.normalize("NFKC", ch).casefold()
    text = unicodedata.normalize("NFKC", text)
    out = []
    for c in text:
        if _is_deleted(c):
            continue
        base = _strip_latin_marks(c)
        base = _HOMOGLYPHS.get(base, base)
        out.append(t2s.get(base, base))
    return "".join(out)


def _char_class(chars: list[str]) -> str:
    """A regex character class for a sorted list of characters, as ranges."""
    if not chars:
        return "[^\\s\\S]"
    points = sorted(ord(c) for c in chars)
    parts: list[str] = []
    start = prev = points[0]
    for cp in [*points[1:], -1]:
        if cp == prev + 1:
            prev = cp
            continue
        parts.append(re.escape(chr(start)) if start == prev
                     else f"{re.escape(chr(start))}-{re.escape(chr(prev))}")  # fmt: skip
        start = prev = cp
    return "[" + "".join(parts) + "]"


@dataclass(frozen=True, slots=True)
class _Tables:
    fold: dict[str, str]
    one_re_bmp: re.Pattern[str]
    slow_re_bmp: re.Pattern[str]
    sep_re: re.Pattern[str]
    sep_re_bmp: re.Pattern[str]
    sep_chars: frozenset[str]


_TABLES: list[_Tables] = []


def _tables() -> _Tables:
    if _TABLES:
        return _TABLES[0]
    t2s = _t2s_table()
    fold: dict[str, str] = {}
    seps: list[str] = []
    for lo, hi in _SCAN_RANGES:
        for cp in range(lo, hi):
            if 0xD800 <= cp < 0xE000:
                continue
            ch = chr(cp)
            cat = unicodedata.category(ch)
            if cat[0] in "ZPS" or cat == "Cc":
                seps.append(ch)
            if (
                ch in t2s
                or ch in _HOMOGLYPHS
                or ch in _EXTRA_DELETE
                or cat in ("Cf", "Mn")
                or unicodedata.decomposition(ch) != ""
                or not unicodedata.is_normalized("NFKC", ch)
            ):
                folded = _fold_once(_fold_once(ch, t2s), t2s)
                # The table is applied after str.casefold(), so it maps casefolded chars.
                if folded != ch and ch.casefold() == ch:
                    fold[ch] = folded
    one = sorted(c for c, f in fold.items() if len(f) == 1)
    slow = sorted(c for c, f in fold.items() if len(f) != 1)
    tables = _Tables(
        fold=fold,
        # Python's re compiles a BMP-only class to a bitmap but a class with astral code
        # points to a slow range list: messages without astral characters use the BMP ones.
        one_re_bmp=re.compile(_char_class([c for c in one if c <= "\uffff"])),
        slow_re_bmp=re.compile(_char_class([c for c in slow if c <= "\uffff"])),
        sep_re=re.compile(_char_class(seps) + "+"),
        sep_re_bmp=re.compile(_char_class([c for c in seps if c <= "\uffff"]) + "+"),
        sep_chars=frozenset(seps),
    )
    _TABLES.append(tables)
    return tables


def fold_char(ch: str) -> str:
    """The fold of one character (may be empty or longer than one character)."""
    fold = _tables().fold
    return "".join(fold.get(c, c) for c in ch.casefold())


_LEET = str.maketrans({"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t",
                       "@": "a", "$": "s", "!": "i"})  # fmt: skip
# Leet characters between letters ("j41l", "sh!t"), or a leading/trailing digit on a word of
# three or more letters ("4rrest", "jai1"); never inside numbers or amounts. Every branch
# starts with a character class so that the regex engine can skip ahead cheaply.
_LEET_RE = re.compile(
    r"[a-z][0134579@$!]+(?=[a-z])"
    r"|[0134579@$](?=[a-z]{3})"
    r"|[a-z]{3}[013457]{1,2}(?![a-z0-9]|[.,][0-9])"
)
_SEP = r"[\s.\-_·•|/\\~^+=,:;*]"
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Separators to delete in the word view: punctuation glued inside a Latin word ("ar.rest"),
# the gaps of a spelled-out word ("a r r e s t"), and spaces or symbols between CJK characters.
_LATIN_GAP_RE = re.compile(
    r"[a-z](?P<p>[.\-_·•|/\\~^+=:;]+)(?=[a-z])"
    rf"|\b(?P<s>[a-z](?P<sep>{_SEP}+)[a-z](?:(?P=sep)[a-z](?![a-z0-9]))+)"
)
_CJK_GAP_RE = re.compile(rf"[{_CJK}](?P<c>[\s.\-_·•|/\\~^+=*]+)(?=[{_CJK}])")
_LATIN_RE = re.compile("[a-z]")
_CJK_RE = re.compile(f"[{_CJK}]")
# str.translate has a fast path for ASCII text (and is slow on anything else).
_ASCII_SQUEEZE = {cp: None for cp in range(128) if not chr(cp).isalnum()}
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_SINGLE_GAP_RE = re.compile(_SEP + "+")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A folded message, its squeezed view and the way back to original offsets."""

    original: str
    text: str
    squeezed: str
    index: tuple[int, ...] | None = None
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_original(self, i: int) -> int:
        """The original offset of folded offset ``i`` (``len(text)`` maps to the end)."""
        if self.index is None:
            return i
        return self.index[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded slice ``text[start:end]``."""
        if self.index is None:
            return start, end
        if end <= start:
            pos = self.index[start]
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def _squeeze_index(self) -> list[int]:
        cached = self._cache.get("squeeze")
        if cached is None:
            seps = _tables().sep_chars
            cached = [i for i, ch in enumerate(self.text) if ch not in seps]
            cached.append(len(self.text))
            self._cache["squeeze"] = cached
        return cached

    def squeezed_to_text(self, start: int, end: int) -> tuple[int, int]:
        """Word-view ``(start, end)`` of the squeezed slice ``squeezed[start:end]``."""
        index = self._squeeze_index()
        if end <= start:
            return index[start], index[start]
        return index[start], index[end - 1] + 1

    def squeezed_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the squeezed slice ``squeezed[start:end]``."""
        return self.span(*self.squeezed_to_text(start, end))


def _slow_fold(text: str, fold: dict[str, str]) -> tuple[str, list[int]]:
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for c in ch.casefold():
            piece = fold.get(c, c)
            out.append(piece)
            index.extend([i] * len(piece))
    index.append(len(text))
    return "".join(out), index


def _drop_gaps(
    text: str, index: list[int] | None, latin: bool, cjk: bool
) -> tuple[str, list[int]] | None:
    deletions: list[tuple[int, int]] = []
    matches: list[re.Match[str]] = []
    if latin:
        matches.extend(_LATIN_GAP_RE.finditer(text))
    if cjk:
        matches.extend(_CJK_GAP_RE.finditer(text))
    for match in matches:
        kind = match.lastgroup
        if match.groupdict().get("s") is not None:
            kind = "s"
        if kind == "s":
            start = match.start()
            if start > 0 and text[start - 1].isalnum():
                continue
            deletions.extend(
                (start + gap.start(), start + gap.end())
                for gap in _SINGLE_GAP_RE.finditer(match.group())
            )
        elif kind is not None:
            deletions.append(match.span(kind))
    if not deletions:
        return None
    deletions.sort()
    keep: list[str] = []
    new_index: list[int] = []
    pos = 0
    for start, end in deletions:
        keep.append(text[pos:start])
        new_index.extend(range(pos, start))
        pos = end
    keep.append(text[pos:])
    new_index.extend(range(pos, len(text) + 1))
    if index is not None:
        new_index = [index[k] for k in new_index]
    return "".join(keep), new_index


_CURRENCY = ("kes", "ksh", "usd", "php", "inr", "ngn", "idr", "cny", "rmb", "gbp", "eur")


def _leet(match: re.Match[str]) -> str:
    chunk = match.group()
    if chunk[:3] in _CURRENCY:
        return chunk
    if chunk[0] in "0134579@$" and match.start() > 0:
        before = match.string[match.start() - 1]
        if before.isalnum() or before in "@$.,":
            return chunk
    return chunk.translate(_LEET)


def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for matching; see the module docstring for what is folded."""
    tables = _tables()
    fold = tables.fold
    repl: Callable[[re.Match[str]], str] = lambda m: fold[m.group()]  # noqa: E731
    folded = text.casefold()
    index: list[int] | None = None
    wide = not text.isascii() and _ASTRAL_RE.search(text) is not None
    if text.isascii():
        pass
    elif not wide and len(folded) == len(text) and tables.slow_re_bmp.search(folded) is None:
        folded = tables.one_re_bmp.sub(repl, folded)
    else:
        folded, index = _slow_fold(text, fold)
    latin = _LATIN_RE.search(folded) is not None
    if latin:
        leeted = _LEET_RE.sub(_leet, folded)
        if leeted != folded:
            # A second pass reaches leet characters the first one consumed as context
            # ("mw1z1" -> "mwiz1" -> "mwizi").
            leeted = _LEET_RE.sub(_leet, leeted)
        folded = leeted
    dropped = _drop_gaps(folded, index, latin, _CJK_RE.search(folded) is not None)
    if dropped is not None:
        folded, index = dropped
    if folded.isascii():
        squeezed = folded.translate(_ASCII_SQUEEZE)
    else:
        squeezed = (tables.sep_re if wide else tables.sep_re_bmp).sub("", folded)
    return NormalizedText(
        original=text,
        text=folded,
        squeezed=squeezed,
        index=None if index is None else tuple(index),
    )
