"""Fold text for phrase matching, keeping a map back to the original offsets.

Two views of a message are produced:

* ``text`` (the *word view*): every character folded on its own (NFKC, casefold, Latin
  diacritics stripped, Cyrillic/Greek look-alikes to Latin (capitals before casefolding), small
  capitals and letters in negative squares or circles or as regional indicators to Latin,
  Traditional to Simplified Chinese, format and zero-width characters deleted); leetspeak undone
  in every word that mixes letters and leet digits ("y0u", "70d4y", "w3") but never in a
  digit-only word, an amount or a time; separators inside a word removed ("a.r.r.e.s.t",
  "a r r e s t", "坐 牢", "坐*牢"). Words stay apart.
* ``squeezed``: the word view with every space, punctuation mark and symbol removed, so that a
  phrase split at an arbitrary point ("arr est", "坐，牢") becomes contiguous. Matchers must check
  word boundaries on it (see :meth:`NormalizedText.squeezed_span`), because squeezing also glues
  neighbouring words.
* ``alt`` (only for a message written in leet, three or more leet words): the same views with
  digit-only words read as letters too ("70 y0ur" -> "to your"), for matchers to search as well.

The per-character fold is one precomputed table applied with one ``re.sub``; the offset map is
only materialised when a step deleted or expanded characters, so the common message costs a few
microseconds. A typical Chinese message (CJK, CJK punctuation, digits: no ASCII letter, nothing
astral, no fold but a few full-width marks) is recognised by one ``fullmatch`` and folded with
``str.replace`` alone.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
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
    # Small capitals, as "fancy text" generators write them ("ᴡᴇ ᴡɪʟʟ ᴄᴀʟʟ"); NFKC keeps them.
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s",
    "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}  # fmt: skip
# Letters in negative circles and squares (🅐, 🅰) and regional indicators (🇦), which NFKC
# leaves as symbols: the same generators spell words with them.
_HOMOGLYPHS.update(
    {chr(base + i): chr(ord("a") + i) for base in (0x1F150, 0x1F170, 0x1F1E6) for i in range(26)}
)

# Capital Cyrillic and Greek letters that render like a Latin capital. They are mapped before
# casefolding, because casefolding first would land on a lowercase letter that looks like a
# different Latin letter (capital Mu "Μ" casefolds to "μ", which reads as "u").
_CAPITAL_HOMOGLYPHS = {
    "А": "a", "В": "b", "Е": "e", "Ё": "e", "Ѕ": "s", "І": "i", "Ї": "i", "Ј": "j", "К": "k",
    "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t", "У": "y", "Х": "x", "Ԁ": "d",
    "Ԛ": "q", "Ԝ": "w", "Ӏ": "l", "Һ": "h",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ϲ": "c", "Ϳ": "j",
}  # fmt: skip
_CAPITALS_RE = re.compile("[" + "".join(_CAPITAL_HOMOGLYPHS) + "]")

# Typographic apostrophes, which phones put in "won’t", fold to the ASCII one the packs write.
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'"}

# Invisible characters that are not in category Cf but are used as spacers.
_EXTRA_DELETE = frozenset("\u034f\u115f\u1160\u3164\uffa0\u2800\u093c")

_COMBINING_RANGES = ((0x300, 0x370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100),
                     (0xFE20, 0xFE30), (0xFE00, 0xFE10), (0xE0100, 0xE01F0))  # fmt: skip

# The non-ASCII separators of a typical Hindi reminder (the danda and the rupee sign): the
# squeezed view removes them with ``str.replace`` when they are the only ones in a text.
_REPLACED_SEPS = ("\u0964", "\u20b9")
# Full-width punctuation common in Chinese text, and typographic apostrophes: the plain fast
# path folds each with one ``str.replace`` (a handful of those costs less than a regex
# substitution with a callback).
_PLAIN_FOLDS = "，！？：；（）\u3000\u2019\u2018\u02bc"

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
    text = unicodedata.normalize("NFKC", ch)
    text = "".join(_CAPITAL_HOMOGLYPHS.get(c, c) for c in text).casefold()
    text = unicodedata.normalize("NFKC", text)
    out = []
    for c in text:
        if _is_deleted(c):
            continue
        base = _strip_latin_marks(c)
        base = _HOMOGLYPHS.get(base, base)
        base = _APOSTROPHES.get(base, base)
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
    # Runs of BMP non-separators: joining them is the squeezed view of a text without astral
    # characters, cheaper than deleting the separator runs with ``re.sub``.
    kept_re_bmp: re.Pattern[str]
    sep_chars: frozenset[str]
    # BMP characters of a raw message that take it off the fast path: Cyrillic/Greek capitals,
    # and characters whose casefold changes length or lands on a multi-character fold.
    special_bmp: re.Pattern[str]
    # Text made only of these (typically Chinese, CJK punctuation, digits and ASCII other than
    # letters) folds with ``plain_folds`` alone, keeps its length and has no Latin letter (so
    # no leet and no Latin gap).
    plain_bmp: re.Pattern[str]
    # The same plus the ASCII letters ("App" in a Chinese reminder): folds with ``str.lower``
    # and ``plain_folds`` and keeps its length; the Latin passes still run.
    plain_latin_bmp: re.Pattern[str]
    # The same without CJK and without characters that fold to a non-ASCII separator (no-break
    # spaces, middle dots, bullets): the Latin gates of such a text ("EMI" in a Hindi reminder)
    # depend on its ASCII characters alone, so they read the ASCII skeleton.
    plain_latin_ascii_seps_bmp: re.Pattern[str]
    # Its characters less those ``plain_folds`` maps: a text made only of these folds with
    # ``str.lower`` alone (a Hindi reminder, which seldom holds a full-width comma or a curly
    # apostrophe, skips the eleven substring tests of ``_plain_fold``).
    unfolded_ascii_seps_bmp: re.Pattern[str]
    # Its characters less the non-ASCII separators but ``_REPLACED_SEPS``: the squeezed view
    # of such a text needs no separator regex (see ``_squeeze_bmp``).
    replaced_seps_bmp: re.Pattern[str]
    plain_folds: tuple[tuple[str, str], ...]


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
                or ch in _APOSTROPHES
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
    slow_set = frozenset(slow)
    special = [
        ch
        for ch in map(chr, range(0x80, 0x10000))
        if not 0xD800 <= ord(ch) < 0xE000
        and (ch in _CAPITAL_HOMOGLYPHS or len(folded := ch.casefold()) != 1 or folded in slow_set)
    ]
    plain_folds = tuple((c, fold[c]) for c in _PLAIN_FOLDS)
    plain = [
        ch
        for ch in map(chr, range(0x80, 0x10000))
        if not 0xD800 <= ord(ch) < 0xE000
        and ch.casefold() == ch
        and ch.lower() == ch  # so that str.lower() folds only the ASCII letters
        and ch not in slow_set
        and (ch not in fold or ch in _PLAIN_FOLDS)
    ]
    # ASCII except the letters; ``plain_latin_bmp`` admits the letters too.
    plain.extend(chr(cp) for cp in range(0x80) if not chr(cp).isalpha())
    plain_latin = plain + [chr(cp) for cp in range(0x80) if chr(cp).isalpha()]
    plain_fold_map = dict(plain_folds)
    ascii_seps = [
        ch
        for ch in plain_latin
        if (folded_ch := plain_fold_map.get(ch, ch)).isascii()
        or not (folded_ch.isspace() or folded_ch in "·•" or _CJK_RE.match(folded_ch))
    ]
    unfolded = [ch for ch in ascii_seps if ch not in plain_fold_map]
    sep_set = frozenset(seps)
    tables = _Tables(
        fold=fold,
        # Python's re compiles a BMP-only class to a bitmap but a class with astral code
        # points to a slow range list: messages without astral characters use the BMP ones.
        one_re_bmp=re.compile(_char_class([c for c in one if c <= "\uffff"])),
        slow_re_bmp=re.compile(_char_class([c for c in slow if c <= "\uffff"])),
        sep_re=re.compile(_char_class(seps) + "+"),
        sep_re_bmp=re.compile(_char_class([c for c in seps if c <= "\uffff"]) + "+"),
        kept_re_bmp=re.compile("[^" + _char_class([c for c in seps if c <= "\uffff"])[1:] + "+"),
        sep_chars=sep_set,
        special_bmp=re.compile(_char_class(special)),
        plain_bmp=re.compile(_char_class(plain) + "*"),
        plain_latin_bmp=re.compile(_char_class(plain_latin) + "*"),
        plain_latin_ascii_seps_bmp=re.compile(_char_class(ascii_seps) + "*"),
        unfolded_ascii_seps_bmp=re.compile(_char_class(unfolded) + "*"),
        replaced_seps_bmp=re.compile(
            _char_class(
                [ch for ch in unfolded if ch.isascii() or ch in _REPLACED_SEPS or ch not in sep_set]
            )
            + "*"
        ),
        plain_folds=plain_folds,
    )
    _TABLES.append(tables)
    return tables


def fold_char(ch: str) -> str:
    """The fold of one character (may be empty or longer than one character)."""
    fold = _tables().fold
    ch = _CAPITALS_RE.sub(_capital, ch)
    return "".join(fold.get(c, c) for c in ch.casefold())


def _capital(match: re.Match[str]) -> str:
    return _CAPITAL_HOMOGLYPHS[match.group()]


_LEET = str.maketrans({"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t",
                       "@": "a", "$": "s", "!": "i"})  # fmt: skip
# Cheap gate: a leet digit or symbol touching a Latin letter. Messages without one (almost all)
# skip the leet passes entirely.
# (The leet character comes first in the pattern: a scan keyed on a rare character is several
# times faster than one that starts on every letter.)
_LEET_GATE = re.compile(r"[013457@$!](?:(?<=[a-z].)|(?=[a-z]))")
# Leet symbols between letters ("sh!t", "j@il"), leading a word of three or more letters, or
# a doubled "$" ending one of two or more ("bo$$", "a$$": one "$" there is a currency, "HK$").
# (The reference form; ``_LEET_SYM_FAST_RE`` finds the same symbols starting on the symbol, so
# that the scan skips ahead to the rare character instead of trying every letter.)
_LEET_SYM_RE = re.compile(r"[a-z][@$!]+(?=[a-z])|[@$](?=[a-z]{3})|(?<=[a-z]{2})\$\$+(?![a-z0-9$])")
_LEET_SYM_FAST_RE = re.compile(
    r"[@$!](?:(?<=[a-z][@$!])[@$!]*(?=[a-z])|(?<=[@$])(?=[a-z]{3})|(?<=[a-z]{2}\$)\$+(?![a-z0-9$]))"
)
# A token of ASCII letters and digits that has a leet digit next to a letter ("y0u", "70d4y",
# "w3", "4nd4"); tokens made only of digits are numbers and never match.
# A run of "$" closing such a token is read with it ("b0$$", "cl4$$").
_LEET_TOKEN_RE = re.compile(
    r"(?<![a-z0-9])[a-z0-9]*?(?:[a-z][013457]|[013457][a-z])[a-z0-9]*"
    r"(?:\$+(?![a-z0-9$])|(?![a-z0-9]))"
)
# The same tokens found from their leet digits (the reference above tries every word start):
# each leet digit beside a letter, its token walked back to the start of its run of letters
# and digits and forward by ``_LEET_TAIL_RE``.
_LEET_DIGIT_RE = re.compile(r"[013457](?:(?<=[a-z].)|(?=[a-z]))")
_LEET_TAIL_RE = re.compile(r"[a-z0-9]*(?:\$+(?![a-z0-9$]))?")
# The rest of a token that ends on a digit glued to more digits by a number's punctuation
# ("750." of "rp750.000", "15," of "n15,000"; ``_in_number`` asks for the digit after it):
# such a token is a number, whatever its letters.
_NUMBER_TAIL_RE = re.compile(r"[a-z0-9]*[0-9][.,:/\-]")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# Digits that are never leet: a token holding one is a reference or a code ("ln2026", "a8").
_NON_LEET_DIGIT_RE = re.compile(r"[2689]")
# A time ("4pm") or an amount with a currency code ("kes500"): these keep their digits.
_NUMBER_TOKEN_RE = re.compile(
    r"[0-9]+(?:am|pm)|(?:kes|ksh|usd|php|inr|ngn|idr|cny|rmb|gbp|eur|rs|rp)[0-9]+"
)
# A number with a unit or ordinal suffix ("10k", "1st", "30d") reads as leet ("71m" for "tim")
# only in a message already written in leet; see ``_alt_leet``.
_UNIT_TOKEN_RE = re.compile(r"[0-9]+(?:st|nd|rd|th|[kmbxhdgst]|hrs?|mins?|days?|yrs?|kg|km)")
# Tokens that read as leet only in a leet message: all leet digits ("70" for "to", "544" for
# "saa") or a number with a unit suffix.
_ALT_TOKEN_RE = re.compile(r"(?<![a-z0-9])[013457]+[a-z]{0,3}(?![a-z0-9])")
# Converted tokens that make a message "written in leet".
_LEET_CONTEXT = 3
_SEP = r"[\s.\-_·•|/\\~^+=,:;*]"
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Separators to delete in the word view: punctuation glued inside a Latin word ("ar.rest"),
# the gaps of a spelled-out word ("a r r e s t"), and spaces or symbols between CJK characters.
# A spelled-out run starts and ends on letters that stand alone: the "e" of "a.r.e a s.c.a.m"
# ends the dotted word "are" and "s" starts "scam", so "e a s" is not a spelled-out word.
_GLUE = r"[.\-_·•|/\\~^+=:;]"
_LATIN_GAP_RE = re.compile(
    rf"[a-z](?P<p>{_GLUE}+)(?=[a-z])"
    rf"|\b(?<![a-z0-9]{_GLUE})"
    rf"(?P<s>[a-z](?P<sep>{_SEP}+)[a-z](?:(?P=sep)[a-z](?![a-z0-9]))+)(?!{_GLUE}[a-z])"
)
# Faster equivalents used on the gated path. Each starts on the separator (a scan keyed on a
# rare character is several times faster than one that starts on every letter) and sees the
# character before it through a lookbehind instead of consuming it, which yields the same
# deletions: the next match needs only that lookbehind, never the consumed character.
# The Latin one is the glue branch alone, exact whenever the spelled-out branch cannot match
# anywhere, which ``_SPELLED_GATE`` (a necessary condition for that branch) decides.
_GLUE_GAP_RE = re.compile(rf"(?P<p>{_GLUE}(?<=[a-z]{_GLUE}){_GLUE}*)(?=[a-z])")
# ``\s`` spelled out: a class of plain characters compiles to a bitmap, one with ``\s`` to a
# per-character category test, which is slower on every character scanned.
_WS = "".join(chr(cp) for cp in range(0x3001) if chr(cp).isspace())
_SEP_FAST = rf"[{_WS}.\-_·•|/\\~^+=,:;*]"
_SPELLED_GATE = re.compile(
    rf"{_SEP_FAST}(?<=[a-z]{_SEP_FAST})(?<![a-z0-9][a-z]{_SEP_FAST}){_SEP_FAST}*[a-z]{_SEP_FAST}"
)
_CJK_SEP = rf"[{_WS}.\-_·•|/\\~^+=*]"
_CJK_GAP_FAST_RE = re.compile(rf"(?P<c>{_CJK_SEP}(?<=[{_CJK}]{_CJK_SEP}){_CJK_SEP}*)(?=[{_CJK}])")
_CJK_GAP_RE = re.compile(rf"[{_CJK}](?P<c>[\s.\-_·•|/\\~^+=*]+)(?=[{_CJK}])")
_LATIN_RE = re.compile("[a-z]")
_LATIN_RUN = re.compile("[a-z]+")
_NO_RUNS: frozenset[str] = frozenset()
_CJK_RE = re.compile(f"[{_CJK}]")
# Deleting bytes is a C table lookup per byte: five times faster on ASCII than str.translate.
_ASCII_SQUEEZE = bytes(cp for cp in range(128) if not chr(cp).isalnum())
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_SINGLE_GAP_RE = re.compile(_SEP + "+")
# The skeleton of a lowered ASCII text (one character for one, by ``bytes.translate``): letters
# "a"; leet digits, "@" and "$" "L"; "!" "B"; other digits "0"; glue "g"; other separators " ";
# the rest "#". A substring test on it (a ``str``: ``in`` on bytes costs five times more) is
# several times cheaper than a regex scan of the text, so the Latin gates ask it first: "aL" or
# "La" is exactly ``_LEET_GATE`` without "!"; a lone letter between separators is necessary for
# ``_SPELLED_GATE``, and a letter before glue for a glue gap.
_ASCII_SKELETON = bytes(
    ord(
        "a" if ch.isalpha()
        else "L" if ch in "013457@$"
        else "B" if ch == "!"
        else "0" if ch.isdigit()
        else "g" if re.fullmatch(_GLUE, ch)
        else " " if re.fullmatch(_SEP_FAST, ch)
        else "#"
    )
    for ch in map(chr, range(128))
) + bytes(range(128, 256))  # fmt: skip


# Letters in a spelled-out run before its inner boundaries stop counting as word boundaries.
_RUN_ON = 6
# A message written without the spaces between its words ("Wewillcallyourbosstomorrow"): its
# words of ``_SQUASHED_WORD`` letters or more (no address) hold at least half of its Latin
# letters. Its words of ``_SQUASHED_PART`` letters or more are then runs. A first test spares
# the word scan: fewer than one space per this many characters (a message written with its
# spaces has more).
_SQUASHED_SPACING = 8
# Longer than the longest words of the stored texts' languages (Swahili "hatukumthibitishia",
# 18 letters; Indonesian "dipertanggungjawabkan", 21, is one of the few longer ones).
_SQUASHED_WORD = 20
# Once a message is squashed, each of its words of this many letters or more is a run too
# ("Acaseundersection 420 IPCwillberegisteredagainstyou"). An apostrophe inside a word
# ("you'regoingto") does not end it.
_SQUASHED_PART = 8
_SQUASHED_PART_RE = re.compile(r"[a-z]+(?:'[a-z]+)*")
# A web or mail address, a handle, a hashtag or a template placeholder ("{{dueAmountText}}"),
# read with one character either side of the word.
_ADDRESS_RE = re.compile(
    r"[/@#{}\[\]<>$_%]|www|http|\.(?:com|net|org|co|id|ph|ke|ng|in|uk|io|ly|me|app)\W?\Z"
)
# Dropped gaps an offset is walked over; beyond them the full offset map is built once.
_WALKED_GAPS = 16


@dataclass(slots=True)
class NormalizedText:
    """A folded message, its squeezed view and the way back to original offsets.

    Read-only by convention (not frozen: a frozen dataclass's ``__init__`` alone costs a
    sizeable part of normalising a short message). The offset map is either a full ``index``
    or, when only a few separators were dropped from a one-for-one fold, those ``gaps``
    (original ``(start, end)`` spans), from which an offset is found by walking them.
    """

    original: str
    text: str
    squeezed: str
    _index: tuple[int, ...] | None = None
    # A second reading of a message written in leet, with digit-only words read as letters
    # ("70 y0ur" -> "to your"); same length and offset map as ``text``. Matchers search both.
    alt: NormalizedText | None = None
    gaps: tuple[tuple[int, int], ...] | None = None
    # Whether the word view may hold a Latin letter: ``normalize`` knows it from its fold, so a
    # Chinese message is never scanned for Latin runs.
    latin: bool = True
    # Values computed once per text: by name, and each matcher's hits under the matcher.
    _cache: dict[object, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def mapped(self) -> bool:
        """Whether folded offsets differ from original ones."""
        return self._index is not None or self.gaps is not None

    @property
    def index(self) -> tuple[int, ...] | None:
        """The original offset of every folded offset (and of ``len(text)``), or None."""
        if self._index is None and self.gaps is not None:
            return self._gap_index(self.gaps)
        return self._index

    def _gap_index(self, gaps: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
        # ``_walk`` of every offset in one pass: offsets only grow, so each gap is passed once.
        index: list[int] = []
        shift = k = 0
        for i in range(len(self.text) + 1):
            while k < len(gaps) and i + shift >= gaps[k][0]:
                shift += gaps[k][1] - gaps[k][0]
                k += 1
            index.append(i + shift)
        self._index = tuple(index)
        return self._index

    def _walk(self, i: int) -> int:
        for start, end in self.gaps or ():
            if i >= start:
                i += end - start
            else:
                break
        return i

    def _lookup_index(self) -> tuple[int, ...] | None:
        """The full offset map when offsets are looked up in it rather than walked: once built,
        or for a text with too many dropped gaps to walk (one spaced out letter by letter, where
        walking thousands of gaps per offset would make its findings quadratic)."""
        if self._index is None and self.gaps is not None and len(self.gaps) > _WALKED_GAPS:
            return self._gap_index(self.gaps)
        return self._index

    def to_original(self, i: int) -> int:
        """The original offset of folded offset ``i`` (``len(text)`` maps to the end)."""
        index = self._lookup_index()
        if index is not None:
            return index[i]
        return i if self.gaps is None else self._walk(i)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded slice ``text[start:end]``."""
        index = self._lookup_index()
        gaps = self.gaps
        if index is not None:
            if end <= start:
                return index[start], index[start]
            return index[start], index[end - 1] + 1
        if gaps is None:
            return start, end
        if end <= start:
            pos = self._walk(start)
            return pos, pos
        # Both ends walked over the dropped gaps at once (``_walk`` for each): the start never
        # moves past a gap the last character stops before.
        first, last = start, end - 1
        for gap_start, gap_end in gaps:
            if last < gap_start:
                break
            if first >= gap_start:
                first += gap_end - gap_start
            last += gap_end - gap_start
        return first, last + 1

    @property
    def latin_runs(self) -> frozenset[str]:
        """The distinct runs of Latin letters in the word view ("app", "lao")."""
        if not self.latin:
            return _NO_RUNS
        runs = self._cache.get("latin_runs")
        if runs is None:
            runs = self._cache["latin_runs"] = frozenset(_LATIN_RUN.findall(self.text))
        return runs

    @property
    def has_run_ons(self) -> bool:
        """Whether any run (spelled out or squashed, see ``inside_run_on``) lies in the word
        view.

        Cheap where it is asked most, after a failed word-boundary test: the answer is
        cached, and a text whose fold dropped a few marks has none.
        """
        gaps = self.gaps
        if gaps is not None and (
            len(gaps) < _RUN_ON // 2 or (len(gaps) < _RUN_ON - 1 and "'" not in self.text)
        ):
            # ``_run_ons``'s own first test, without its cache. A message without its spaces
            # whose fold dropped a few marks ("Paynow.Wewillcall...") is not read as squashed:
            # told from a reminder with a link ("kredit.id/bayar"), it would cost that
            # reminder a count of its spaces at every failed word boundary.
            return False
        return bool(self._run_on_spans())

    def inside_run_on(self, i: int) -> bool:
        """Whether the word-view boundary before offset ``i`` lies inside a spelled-out run.

        A run is ``_RUN_ON`` or more letters or digits that the original kept apart, every one
        from the next, by a separator or invisible character the fold dropped: a message
        written "w.e.w.i.l.l.c.a.l.l.y.o.u.r.b.o.s.s" has lost its word boundaries with its
        spaces, so a phrase inside such a run needs none. A contraction's apostrophe after a
        letter the run reached across a gap ("H.e.w.o.n't.l.e.a.v.e") continues it to the
        letter after the apostrophe.

        A message written without the spaces between its words has lost them too: its long
        words are runs (``_SQUASHED_SPACING``).
        """
        runs = self._run_on_spans()
        if not runs:
            return False
        k = bisect_left(runs, (i, i))
        # The run starting at or after i, or the one before it, may hold i strictly inside.
        return any(start < i < end for start, end in runs[max(0, k - 1) : k + 1])

    def within_run_on(self, lo: int, hi: int) -> bool:
        """Whether one spelled-out run (see ``inside_run_on``) holds the word-view boundaries
        from ``lo`` to ``hi`` strictly inside it: what lies between them in the original (a
        dot between two spelled-out words) separates letters, not clauses."""
        if not self.has_run_ons:
            return False
        runs = self._run_on_spans()
        k = bisect_left(runs, (lo, lo))
        return any(start < lo and hi < end for start, end in runs[max(0, k - 1) : k + 1])

    def _run_on_spans(self) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] | None = self._cache.get("run_ons")
        if runs is None:
            runs = self._cache["run_ons"] = self._run_ons()
        return runs

    def _squashed_words(self) -> list[tuple[int, int]]:
        """The run-together words of a message written without the spaces between its words
        (see ``_SQUASHED_SPACING``), or none."""
        text = self.text
        if text.count(" ") * _SQUASHED_SPACING >= len(text):
            return []
        words = []
        letters = squashed = 0
        original = self.original
        for match in _SQUASHED_PART_RE.finditer(text):
            size = match.end() - match.start() - match.group().count("'")
            letters += size
            if size < _SQUASHED_PART:
                continue
            start, end = self.span(*match.span())
            if _ADDRESS_RE.search(original[max(0, start - 1) : end + 1].lower()) is None:
                words.append(match.span())
                if size >= _SQUASHED_WORD:
                    squashed += size
        if squashed * 2 < letters:
            return []
        return words

    def spaced_runs(self) -> tuple[str, list[int]] | None:
        """The word view with a space between every two letters or digits inside a run (see
        ``inside_run_on``), and the word-view offset of each of its offsets (and of its end);
        None when the text has no run.

        A pattern written as a regex reads words by ``\\b`` and ``\\s``, which a run such as
        "e.x.p.i.r.e.s.i.n 10 m.i.n.u.t.e.s" or "Thediscountexpiresin 10 minutes" no longer
        has; the packs' regexes allow spaces between letters, so they read the run letter by
        letter here.
        """
        if not self.has_run_ons:
            return None
        cached: tuple[str, list[int]] | None = self._cache.get("spaced_runs")
        if cached is not None:
            return cached
        text = self.text
        pieces: list[str] = []
        back: list[int] = []
        done = 0
        for start, end in self._run_on_spans():
            pieces.append(text[done:start])
            back.extend(range(done, start))
            for i in range(start, end):
                # Inside a run, two letters or digits are two words' worth of boundary: a
                # spelled-out run dropped a gap between them, a squashed word its space.
                if i > start and text[i].isalnum() and text[i - 1].isalnum():
                    pieces.append(" ")
                    back.append(i)
                pieces.append(text[i])
                back.append(i)
            done = end
        pieces.append(text[done:])
        back.extend(range(done, len(text) + 1))
        cached = self._cache["spaced_runs"] = ("".join(pieces), back)
        return cached

    def _run_ons(self) -> list[tuple[int, int]]:
        # A run drops something between each two of its letters, bar an apostrophe after a
        # gap: at least half of its links are gaps, and all of them in a text without an
        # apostrophe. A message whose fold dropped fewer is answered without walking the text:
        # one that dropped nothing may still be squashed, one that dropped a few is not read
        # as squashed either (``has_run_ons`` says why).
        gaps = self.gaps
        if gaps is None:
            if self._index is None:
                return self._squashed_words()
        elif len(gaps) < _RUN_ON // 2 or (len(gaps) < _RUN_ON - 1 and "'" not in self.text):
            return []
        index = self.index
        if index is None:
            return self._squashed_words()
        text = self.text
        size = len(text)
        runs: list[tuple[int, int]] = []
        start = marks = 0  # where the current run starts, and its apostrophes
        gapped = False  # whether text[i - 1] was reached across a dropped gap
        for i in range(1, size + 1):
            if i < size:
                before, ch = text[i - 1], text[i]
                if index[i] - index[i - 1] > 1 and before.isalnum() and ch.isalnum():
                    gapped = True
                    continue
                if gapped and ch == "'" and before.isalnum() and text[i + 1 : i + 2].isalnum():
                    marks += 1  # "n't" of "w.o.n't": the apostrophe joins the run ...
                    gapped = False
                    continue
                if before == "'" and i - 1 > start:
                    continue  # ... and so does the letter after it
            if i - start - marks >= _RUN_ON:
                runs.append((start, i))
            start = i
            marks = 0
            gapped = False
        squashed = self._squashed_words()
        return _union(runs, squashed) if squashed else runs

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


def _union(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sorted spans of ``first`` and ``second`` (each sorted), overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(first + second):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


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


def _gap_spans(
    text: str, latin: bool, gated: bool, skeleton: str | None = None
) -> list[tuple[int, int]]:
    """The separators to drop from ``text`` (see ``_LATIN_GAP_RE``), as sorted spans.

    ``skeleton`` is ``text``'s ``_ASCII_SKELETON`` when the caller has it: for ASCII text, or
    text whose separators are all ASCII and which has no CJK (so no CJK gap).
    """
    matches: list[re.Match[str]] = []
    if not gated:
        if latin:
            matches.extend(_LATIN_GAP_RE.finditer(text))
        if _CJK_RE.search(text) is not None:
            matches.extend(_CJK_GAP_RE.finditer(text))
    else:
        if not latin:
            # CJK gaps alone, found in order and never overlapping.
            if text.isascii() or _CJK_GAP_FAST_RE.search(text) is None:
                return []
            return [m.span("c") for m in _CJK_GAP_FAST_RE.finditer(text)]
        # A lone letter between separators of either kind: one search once glue reads as a
        # separator, instead of four.
        if skeleton is not None and " a " not in skeleton.replace("g", " "):
            spelled = False  # no lone letter between separators: nothing spelled out
        else:
            spelled = _SPELLED_GATE.search(text) is not None
        if not spelled and skeleton is not None:
            # The common message: glue gaps alone, found in order, never overlapping.
            # A gap opens on "ag" and goes on with "a" or more glue: without "aga" or "agg" there
            # is none, and a colon after a brand ("Rin: ...") costs no call.
            if "aga" in skeleton or "agg" in skeleton:
                return _between_letters(skeleton, "ag")
            return []
        if not spelled and text.isascii():
            return [m.span() for m in _GLUE_GAP_RE.finditer(text)]
        matches.extend((_LATIN_GAP_RE if spelled else _GLUE_GAP_RE).finditer(text))
        # A search first: most messages have no gap, and a search builds no match list.
        if not text.isascii() and _CJK_GAP_FAST_RE.search(text) is not None:
            matches.extend(_CJK_GAP_FAST_RE.finditer(text))
    deletions: list[tuple[int, int]] = []
    for match in matches:
        kind = match.lastgroup
        if kind in {"p", "c"}:
            # Glue or CJK gap: the spelled-out branch ("s") did not match.
            deletions.append(match.span(kind))
            continue
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
    deletions.sort()
    return deletions


def _without(text: str, deletions: list[tuple[int, int]]) -> str:
    """``text`` without the sorted, disjoint ``deletions``."""
    keep: list[str] = []
    pos = 0
    for start, end in deletions:
        keep.append(text[pos:start])
        pos = end
    keep.append(text[pos:])
    return "".join(keep)


def _after_drops(index: list[int], size: int, deletions: list[tuple[int, int]]) -> list[int]:
    """``index`` (of a text of ``size`` characters) once ``deletions`` are dropped from it."""
    kept: list[int] = []
    pos = 0
    for start, end in deletions:
        kept.extend(range(pos, start))
        pos = end
    kept.extend(range(pos, size + 1))
    return [index[k] for k in kept]


def _leet_symbol(match: re.Match[str]) -> str:
    chunk = match.group()
    start, end = match.span()
    text = match.string
    if chunk[0] in "@$" and start > 0 and text[end : end + 1].isalpha():
        before = text[start - 1]
        # A symbol leading a word is kept after another word or an amount ("us$abc",
        # "5$abc"); one after a Latin letter ("j@il", which the fast form's match starts on,
        # or "bo$$" before a CJK letter) is read.
        if not "a" <= before <= "z" and (before.isalnum() or before in "@$.,"):
            return chunk
    return chunk.translate(_LEET)


def _in_number(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` are glued to more digits ("43,379", "12:00")."""
    if text[end : end + 1] in (".", ",", ":", "/", "-") and text[end + 1 : end + 2].isdigit():
        return True
    return start > 1 and text[start - 1] in ".,:/-" and text[start - 2].isdigit()


def _leet_token(text: str, start: int, end: int) -> str | None:
    """The reading of the leet token ``text[start:end]``, or None when it is a number or code."""
    whole = text[start:end]
    word = whole.rstrip("$")
    stop = start + len(word)
    # The number test first: it decides the common case, an amount glued to its currency
    # ("rp750.000", "n15,000"), without the three regexes.
    if (
        (word[-1].isdigit() and _in_number(text, stop, stop))
        or (word[0].isdigit() and _in_number(text, start, start))
        or _NON_LEET_DIGIT_RE.search(word)
        or _NUMBER_TOKEN_RE.fullmatch(word)
        or _UNIT_TOKEN_RE.fullmatch(word)
    ):
        return None
    return whole.translate(_LEET)


def _leet_digits(text: str, skeleton: str | None) -> list[int]:
    """Where ``_LEET_DIGIT_RE`` matches in ``text``: from its skeleton when there is one."""
    if skeleton is None:
        return [match.start() for match in _LEET_DIGIT_RE.finditer(text)]
    # Each search resumes two on: a pair never starts on its own second character.
    after: list[int] = []
    i = skeleton.find("aL")
    while i >= 0:
        if text[i + 1] in "013457":  # not one of the leet symbols
            after.append(i + 1)
        i = skeleton.find("aL", i + 2)
    i = skeleton.find("La")
    if i < 0:
        return after  # the common case: an amount glued to its currency ("rp750")
    before: list[int] = []
    while i >= 0:
        if text[i] in "013457":
            before.append(i)
        i = skeleton.find("La", i + 2)
    # Each list is in order; a digit between two letters is in both.
    return sorted({*after, *before}) if after and before else after or before


def _amounts_only(text: str, skeleton: str) -> bool:
    """Whether every leet character after a letter in ``text`` (lowered, with its skeleton)
    is the first digit of an amount glued to its currency ("rp750.000"): the leet pass's
    number test on each, without its symbol pass, digit list and token reading.

    With no leet character before a letter either ("La") and no run of "!" between letters
    (alone or mixed with "@" or "$"), the pass would change nothing: a symbol it reads touches
    a letter, and one after a letter ("j@il", "bo$$") is no amount.
    """
    i = skeleton.find("aL")
    while i >= 0:
        number = _NUMBER_TAIL_RE.match(text, i + 1)
        if number is None or not text[number.end() : number.end() + 1].isdigit():
            return False
        i = skeleton.find("aL", number.end())
    return True


def _between_letters(skeleton: str, pair: str) -> list[tuple[int, int]]:
    """The runs of a mark between two letters in a skeleton, as spans, ``pair`` being a letter
    and the mark: with "ag" exactly ``_GLUE_GAP_RE``'s; with "aB" the runs of "!" the leet
    pass reads before any leet digit ("sh!t"; an exclamation mark after a word is common and
    reads as nothing)."""
    spans: list[tuple[int, int]] = []
    mark = pair[1]
    if mark * 2 not in skeleton:
        # Every run is one mark long (the common message: "acme.com/pay"): each is found
        # whole, and a mark after a word ("Dec.") is never visited.
        lone = pair + "a"
        i = skeleton.find(lone)
        while i >= 0:
            spans.append((i + 1, i + 2))
            i = skeleton.find(lone, i + 2)  # the next gap may open on this one's last letter
        return spans
    size = len(skeleton)
    i = skeleton.find(pair)
    while i >= 0:
        end = i + 2
        while end < size and skeleton[end] == mark:
            end += 1
        if end < size and skeleton[end] == "a":
            spans.append((i + 1, end))
        i = skeleton.find(pair, end)
    return spans


def _unleet(text: str, gated: bool = True, skeleton: str | None = None) -> tuple[str, int]:
    """``text`` with leet inside Latin words undone, and how many tokens were converted.

    ``gated=False`` finds symbols and tokens with the reference regexes; ``skeleton`` is
    ``text``'s ``_ASCII_SKELETON`` when the caller has it.
    """
    symbols = _LEET_SYM_FAST_RE if gated else _LEET_SYM_RE
    if (
        not gated
        or "@" in text
        or "$" in text
        or ("!" in text and (skeleton is None or bool(_between_letters(skeleton, "aB"))))
    ):
        read = symbols.sub(_leet_symbol, text)
        if read != text:
            text = read
            skeleton = None  # of the text before its symbols were read
    count = 0
    if gated:
        pieces: list[str] = []
        pos = copied = 0  # the end of the last token looked at, and of the text copied
        for digit in _leet_digits(text, skeleton):
            if digit < pos:
                continue  # in the token just read
            number = _NUMBER_TAIL_RE.match(text, digit)
            if number is not None and text[number.end() : number.end() + 1].isdigit():
                # ``_leet_token``'s first test, without walking back to the token's start or
                # slicing it: the amounts of most reminders end here.
                pos = number.end() - 1
                continue
            start = digit
            while start > 0 and text[start - 1] in _WORD_CHARS:
                start -= 1
            tail = _LEET_TAIL_RE.match(text, digit)  # always matches: its parts are optional
            end = tail.end() if tail is not None else digit + 1
            reading = _leet_token(text, start, end)
            if reading is not None:
                count += 1
                pieces.append(text[copied:start])
                pieces.append(reading)
                copied = end
            pos = end
        if pieces:
            pieces.append(text[copied:])
            text = "".join(pieces)
    else:

        def token(match: re.Match[str]) -> str:
            nonlocal count
            reading = _leet_token(match.string, *match.span())
            if reading is None:
                return match.group()
            count += 1
            return reading

        text = _LEET_TOKEN_RE.sub(token, text)
    if count and ("@" in text or "$" in text or "!" in text):
        # A symbol beside a leet digit ("br3@k") sits between letters only once the digit
        # is read: "bre@k" -> "break". Each step maps one character to one, so offsets hold.
        text = symbols.sub(_leet_symbol, text)
    return text, count


def _alt_leet(text: str) -> str | None:
    """The reading of a leet message with its digit-only tokens as letters too ("70" -> "to").

    Same length as ``text``, so it shares the offset map. None when nothing changes.
    """

    def token(match: re.Match[str]) -> str:
        word = match.group()
        start, end = match.span()
        if word.isdigit():
            if _in_number(text, start, end) or (start > 0 and text[start - 1] in "+$€£¥₹₱₦"):
                return word
        elif not _UNIT_TOKEN_RE.fullmatch(word):
            return word
        return word.translate(_LEET)

    alt = _ALT_TOKEN_RE.sub(token, text)
    return None if alt == text else alt


def _squeeze(text: str, wide: bool) -> str:
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_SQUEEZE).decode("ascii")
    tables = _TABLES[0]
    if wide:
        return tables.sep_re.sub("", text)
    return _squeeze_bmp(text, tables)


def _squeeze_bmp(text: str, tables: _Tables, replaced: bool = False) -> str:
    """``text`` (no astral character) without its separators.

    ``replaced``: ``text`` has no non-ASCII separator but ``_REPLACED_SEPS``.
    """
    # Every ASCII character but a letter or digit is a separator: deleting those bytes from the
    # UTF-8 form (C table lookups, which never touch a multi-byte character) leaves findall
    # the few runs that non-ASCII punctuation (，。।₹) splits, instead of one per word.
    text = (
        text.encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_SQUEEZE)
        .decode("utf-8", "surrogatepass")
    )
    if replaced:
        # Two C substring passes instead of a regex scan at some 75 instructions a character.
        for sep in _REPLACED_SEPS:
            text = text.replace(sep, "")
        return text
    return "".join(tables.kept_re_bmp.findall(text))


def _fold_repl(match: re.Match[str]) -> str:
    return _TABLES[0].fold[match.group()]


def _plain_fold(text: str, tables: _Tables) -> str:
    """The fold of a text the plain alphabet admits: its few folding characters replaced."""
    for raw, folded_char in tables.plain_folds:
        if raw in text:
            text = text.replace(raw, folded_char)
    return text


def normalize(text: str, *, gated: bool = True) -> NormalizedText:
    """Fold ``text`` for matching; see the module docstring for what is folded.

    ``gated=False`` runs every pass unconditionally: the reference the gates are tested against.
    """
    tables = _TABLES[0] if _TABLES else _tables()
    index: list[int] | None = None
    wide = False
    latin: bool | None = None
    skeleton: str | None = None
    # The Latin passes below only lower, read leet as ASCII letters and drop separators: a
    # text without other non-ASCII separators than ``_REPLACED_SEPS`` keeps that property.
    replaced = False
    if text.isascii():
        folded = text.lower()  # casefold of ASCII, and the fold table holds no ASCII
        if gated:
            # upper() changes exactly the ASCII letters: a cheaper test than the [a-z] search.
            latin = folded.upper() != folded
            if latin:
                skeleton = folded.encode("ascii").translate(_ASCII_SKELETON).decode("ascii")
    elif gated and tables.plain_bmp.fullmatch(text) is not None:
        folded = _plain_fold(text, tables)
        if _CJK_GAP_FAST_RE.search(folded) is None:
            # The typical Chinese reminder, whole: no Latin letter (no leet, no Latin gap), no
            # CJK gap, BMP only, one character for one (no offset map).
            return NormalizedText(
                text, folded, _squeeze_bmp(folded, tables), None, None, None, False
            )
        latin = False
    elif gated and (
        # Each class holds the one before it, so each scan resumes where the last one stopped
        # (a starred class always matches: the ignores are for mypy's Optional).
        (replaced := (stop := tables.replaced_seps_bmp.match(text).end()) == len(text))  # type: ignore[union-attr]
        or (stop := tables.unfolded_ascii_seps_bmp.match(text, stop).end()) == len(text)  # type: ignore[union-attr]
        or tables.plain_latin_ascii_seps_bmp.fullmatch(text, stop) is not None
    ):
        # The case fold of such text lowers its ASCII letters and changes nothing else.
        folded = text.lower()
        if stop != len(text):
            folded = _plain_fold(folded, tables)
        latin = True
        # Every other character is "#" in the skeleton (one "?" each).
        skeleton = folded.encode("ascii", "replace").translate(_ASCII_SKELETON).decode("ascii")
    elif gated and tables.plain_latin_bmp.fullmatch(text) is not None:
        folded = _plain_fold(text.lower(), tables)  # as above
        latin = True
    else:
        source = text
        wide = _ASTRAL_RE.search(text) is not None
        if wide or not gated or tables.special_bmp.search(text) is not None:
            if _CAPITALS_RE.search(text) is not None:
                source = _CAPITALS_RE.sub(_capital, text)  # one character for one
            folded = source.casefold()
            if wide or len(folded) != len(text) or tables.slow_re_bmp.search(folded):
                folded, index = _slow_fold(source, tables.fold)
            else:
                folded = tables.one_re_bmp.sub(_fold_repl, folded)
        else:
            # No capital look-alike, no multi-character fold: one character for one.
            folded = tables.one_re_bmp.sub(_fold_repl, text.casefold())
    if latin is None:
        latin = _LATIN_RE.search(folded) is not None
    leet_words = 0
    if latin and (
        not gated
        or (
            _LEET_GATE.search(folded) is not None
            if skeleton is None
            else "La" in skeleton
            or ("aL" in skeleton and not _amounts_only(folded, skeleton))
            # A run of "!" between letters, or a run that mixes "@" or "$" in ("sh!@!t").
            or ("aB" in skeleton and (bool(_between_letters(skeleton, "aB")) or "BL" in skeleton))
        )
    ):
        read, leet_words = _unleet(folded, gated, skeleton)
        if read != folded:
            # Most texts past the gate read no leet ("rp750.000" is an amount): they keep it.
            folded = read
            skeleton = None  # of the text before its leet was read
    deletions = _gap_spans(folded, latin, gated, skeleton)
    dropped_gaps: tuple[tuple[int, int], ...] | None = None
    if deletions:
        if index is not None:
            index = _after_drops(index, len(folded), deletions)
        else:
            # A one-for-one fold: the dropped spans are the whole offset map.
            dropped_gaps = tuple(deletions)
        folded = _without(folded, deletions)
    frozen_index = None if index is None else tuple(index)
    alt = None
    if leet_words >= _LEET_CONTEXT:
        alt_text = _alt_leet(folded)
        if alt_text is not None:
            alt = NormalizedText(
                text, alt_text, _squeeze(alt_text, wide), frozen_index, None, dropped_gaps, latin
            )
    # A Hindi reminder's squeeze without the dispatch: one call fewer. (A leet reading, rare,
    # takes the general squeeze above: the same view, found by the regex.)
    squeezed = _squeeze_bmp(folded, tables, True) if replaced else _squeeze(folded, wide)
    return NormalizedText(text, folded, squeezed, frozen_index, alt, dropped_gaps, latin)
