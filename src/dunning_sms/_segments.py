"""Exact SMS length: encoding, billed units and the parts a gateway splits a message into.

Counting follows 3GPP TS 23.038 (GSM 7-bit default alphabet and its extension table) and
Twilio's message-segment-calculator, which matches what Twilio bills; mainland-China
("cn") billing follows the Aliyun / Huawei Cloud / Tencent Cloud rules. See docs/segments.md.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Final, Literal

import regex

from ._errors import InputError

Billing = Literal["gsm", "cn"]
Encoding = Literal["GSM-7", "UCS-2"]

# 3GPP TS 23.038 default alphabet in code order 0x00-0x7F, without 0x1B (the escape).
# Written with escapes so that look-alikes (Greek capitals, Latin accents) are unambiguous.
GSM_BASIC: Final = (
    "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
    "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9"
    " !\"#\u00a4%&'()*+,-./0123456789:;<=>?"
    "\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
    "\u00bfabcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0"
)
# The default extension table: each costs ESC + code = 2 septets.
GSM_EXTENSION: Final = "\f^{}\\[~]|\u20ac"
GSM_CHARS: Final = frozenset(GSM_BASIC + GSM_EXTENSION)
_EXT: Final = frozenset(GSM_EXTENSION)

# A regex fullmatch over a character class is the fastest GSM test on Latin text and stops at
# the first non-GSM character on anything else (docs/performance.md §4.7).
_BASIC_ONLY: Final = re.compile("[" + re.escape(GSM_BASIC) + "]*")
_GSM_ONLY: Final = re.compile("[" + re.escape(GSM_BASIC + GSM_EXTENSION) + "]*")
_EXT_RE: Final = re.compile("[" + re.escape(GSM_EXTENSION) + "]")
# Text made only of these characters packs one code point per atom, so packing can skip the
# grapheme segmenter: CRLF is split anyway, and the only other joins, conjuncts after a
# linker that is itself a letter (U+1CF5, U+11A3A), are split again like every conjunct.
_SIMPLE_CLUSTERS: Final = regex.compile(
    r"[\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=Control}\r\n]*"
)
_CLUSTER: Final = regex.compile(r"\X")
# Rule GB9c of current Unicode keeps a conjunct (consonant + linker + consonant; the linker
# is a virama, the Khmer coeng, the Myanmar virama, ...) in one cluster; the reference
# calculator's grapheme-splitter (Unicode 10) breaks after the linker and its marks.
# Splitting there again reproduces the calculator's part boundaries. The linkers come from
# `regex` itself, so the split keeps up with the Unicode version its \X implements.
# A linker with its marks and joiners, before a base character (GCB Other): the calculator
# ends a cluster where this match ends (inside a conjunct, or on an edge \X has anyway).
_LINKER_RUN: Final = regex.compile(
    r"\p{InCB=Linker}[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=ZWJ}]*"
    r"(?=\p{Grapheme_Cluster_Break=Other})"
)
_utf16: Final = codecs.utf_16_le_encode

_LIMITS: Final[dict[str, tuple[int, int]]] = {"GSM-7": (160, 153), "UCS-2": (70, 67)}
# Platform maxima: Twilio rejects bodies over 1,600 characters (error 21617); Aliyun and
# Huawei Cloud accept at most 500 characters, signature included.
MAX_CHARS: Final[dict[str, int]] = {"gsm": 1600, "cn": 500}


@dataclass(frozen=True, slots=True)
class SegmentInfo:
    """How one text is encoded, how long it is in billed units, and its parts.

    ``units`` are septets for GSM-7 (extension characters count 2) and UTF-16 code units for
    UCS-2; under ``billing="cn"`` every character counts 1 and one outside the BMP counts 2.
    ``parts`` joined give the text back; ``segments == len(parts)``. An empty text is one
    empty part.
    """

    billing: Billing
    encoding: Encoding
    segments: int
    units: int
    parts: tuple[str, ...]
    _ucs2: tuple[tuple[int, str], ...] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The counted text."""
        return self.parts[0] if len(self.parts) == 1 else "".join(self.parts)

    @property
    def limit_single(self) -> int:
        """Units that fit a message sent as one part (160 or 70)."""
        return _LIMITS[self.encoding][0]

    @property
    def limit_multi(self) -> int:
        """Units per part once a message is concatenated (153 or 67)."""
        return _LIMITS[self.encoding][1]

    @property
    def max_chars(self) -> int:
        """The platform's maximum length for this billing (1,600 gsm, 500 cn)."""
        return MAX_CHARS[self.billing]

    @property
    def over_max(self) -> bool:
        """Whether ``units`` exceeds :attr:`max_chars` (units are the conservative count)."""
        return self.units > MAX_CHARS[self.billing]

    @property
    def ucs2_chars(self) -> tuple[tuple[int, str], ...]:
        """``(index, char)`` of every character outside GSM-7 under gsm billing.

        Empty for GSM-7 texts and under cn billing, where UCS-2 is the rule, not forced by
        any character. Computed on first access.
        """
        found = self._ucs2
        if found is None:
            if self.encoding == "GSM-7" or self.billing == "cn":
                found = ()
            else:
                found = tuple((i, ch) for i, ch in enumerate(self.text) if ch not in GSM_CHARS)
            object.__setattr__(self, "_ucs2", found)
        return found

    def fits(self, budget: int) -> bool:
        """Whether the text needs at most ``budget`` parts."""
        return self.segments <= budget

    def part_offsets(self) -> tuple[int, ...]:
        """The offset in the text at which each part starts."""
        offsets = []
        at = 0
        for part in self.parts:
            offsets.append(at)
            at += len(part)
        return tuple(offsets)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready summary (parts included)."""
        return {
            "billing": self.billing,
            "encoding": self.encoding,
            "segments": self.segments,
            "units": self.units,
            "limit_single": self.limit_single,
            "limit_multi": self.limit_multi,
            "max_chars": self.max_chars,
            "over_max": self.over_max,
            "parts": list(self.parts),
            "ucs2_chars": [[i, ch] for i, ch in self.ucs2_chars],
        }


# The generated __init__ of a frozen dataclass sets each field through object.__setattr__,
# which costs more than counting a short message; setting the slots directly halves
# construction time. The field order is checked here so this cannot drift from the class.
if tuple(f.name for f in fields(SegmentInfo)) != (
    "billing",
    "encoding",
    "segments",
    "units",
    "parts",
    "_ucs2",
):
    raise RuntimeError("SegmentInfo fields changed; update _info()")
_new = object.__new__


def _setter(name: str) -> Callable[[SegmentInfo, object], None]:
    setter: Callable[[SegmentInfo, object], None] = SegmentInfo.__dict__[name].__set__
    return setter


_set_billing = _setter("billing")
_set_encoding = _setter("encoding")
_set_segments = _setter("segments")
_set_units = _setter("units")
_set_parts = _setter("parts")
_set_ucs2 = _setter("_ucs2")


def _info(
    billing: Billing, encoding: Encoding, count: int, units: int, parts: tuple[str, ...]
) -> SegmentInfo:
    info: SegmentInfo = _new(SegmentInfo)
    _set_billing(info, billing)
    _set_encoding(info, encoding)
    _set_segments(info, count)
    _set_units(info, units)
    _set_parts(info, parts)
    _set_ucs2(info, None)
    return info


def _pack_slices(text: str, size: int) -> tuple[str, ...]:
    return tuple(text[i : i + size] for i in range(0, len(text), size))


def _pack(text: str, atoms: list[str], costs: list[int], limit: int) -> tuple[str, ...]:
    """Greedy packing: an atom goes into the current part if it fits, else opens the next."""
    parts: list[str] = []
    start = pos = used = 0
    for atom, cost in zip(atoms, costs, strict=True):
        if used + cost > limit and used:
            parts.append(text[start:pos])
            start, used = pos, 0
        used += cost
        pos += len(atom)
    parts.append(text[start:pos])
    return tuple(parts)


def _ucs2_cost(atom: str) -> int:
    if len(atom) == 1:
        return 2 if atom > "\uffff" else 1
    return len(atom) + sum(1 for ch in atom if ch > "\uffff")


def _ucs2_atoms(text: str, limit: int) -> list[str]:
    """Grapheme clusters, with CRLF split into CR and LF as Twilio does.

    A single cluster larger than a part (a letter with dozens of combining marks) cannot be
    sent whole; it is cut between code points, never inside a surrogate pair.
    """
    if _SIMPLE_CLUSTERS.fullmatch(text) is not None:
        return list(text)
    atoms: list[str] = []
    for cluster in _split_conjuncts(text, _CLUSTER.findall(text)):
        if cluster == "\r\n" or _ucs2_cost(cluster) > limit:
            atoms.extend(cluster)
        else:
            atoms.append(cluster)
    return atoms


def _split_conjuncts(text: str, clusters: list[str]) -> list[str]:
    """``clusters`` of ``text``, cut again where a conjunct's linker ends the calculator's."""
    cuts = [m.end() for m in _LINKER_RUN.finditer(text)]
    if not cuts:
        return clusters
    bounds = set(itertools.accumulate(map(len, clusters)))
    bounds.update(cuts)
    return [text[a:b] for a, b in itertools.pairwise([0, *sorted(bounds)])]


def _ucs2_parts(text: str, units: int, limit: int) -> tuple[str, ...]:
    if units == len(text) and _SIMPLE_CLUSTERS.fullmatch(text) is not None:
        return _pack_slices(text, limit)
    atoms = _ucs2_atoms(text, limit)
    return _pack(text, atoms, [_ucs2_cost(a) for a in atoms], limit)


def segments(text: str, *, billing: Billing = "gsm") -> SegmentInfo:
    """Encoding, billed units and parts of ``text`` as a gateway would send it.

    ``billing="gsm"``: GSM-7 when every character is in the default alphabet or its
    extension table (160 septets in one part, 153 per part when concatenated), else UCS-2
    (70 / 67 UTF-16 units). ``billing="cn"``: mainland-China platform counting, every
    character 1 (outside the BMP 2), 70 / 67, signature included in ``text``.
    Parts never split an escape pair, a surrogate pair or a grapheme cluster.
    """
    # A try costs nothing until it raises: the checks stay off the path every message takes.
    try:
        if billing == "gsm":
            if _BASIC_ONLY.fullmatch(text) is not None:
                units = len(text)
                if units <= 160:
                    return _info("gsm", "GSM-7", 1, units, (text,))
                parts = _pack_slices(text, 153)
                return _info("gsm", "GSM-7", len(parts), units, parts)
            if _GSM_ONLY.fullmatch(text) is not None:
                units = len(text) + len(_EXT_RE.findall(text))
                if units <= 160:
                    return _info("gsm", "GSM-7", 1, units, (text,))
                costs = [2 if ch in _EXT else 1 for ch in text]
                parts = _pack(text, list(text), costs, 153)
                return _info("gsm", "GSM-7", len(parts), units, parts)
        elif billing != "cn":
            raise InputError(f"billing must be 'gsm' or 'cn', not {billing!r}", field="billing")
        units = len(_utf16(text)[0]) >> 1
        if units <= 70:
            return _info(billing, "UCS-2", 1, units, (text,))
        parts = _ucs2_parts(text, units, 67)
        return _info(billing, "UCS-2", len(parts), units, parts)
    except UnicodeEncodeError:
        raise InputError(
            "text holds a lone surrogate code point: no SMS can carry it", field="text"
        ) from None
    except TypeError:
        if isinstance(text, str):
            raise
        raise InputError(
            f"segments counts a str, not {type(text).__name__}", field="text"
        ) from None


def fits(text: str, budget: int, billing: Billing = "gsm") -> bool:
    """Whether ``text`` needs at most ``budget`` parts under ``billing``."""
    return segments(text, billing=billing).segments <= budget


# Smart encoding: typographic look-alikes with a GSM-7 equivalent. Based on Twilio's
# SmartEncodingMap, with three deliberate differences (docs/segments.md): every Unicode space
# becomes ONE space (Twilio: two), tab becomes one space (Twilio: seven), and nothing that is
# CJK, full-width or a combining mark is mapped (Twilio maps 。，、 and full-width ASCII, and
# turns combining marks into ^ ~ ' which would mangle decomposed accents).
SMART_MAP: Final[dict[str, str]] = {
    # double quotes
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u02ba": '"',
    "\u02ee": '"',
    "\u275d": '"',
    "\u275e": '"',
    "\u2033": '"',
    # single quotes, apostrophes, primes, accents used as apostrophes
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02b9": "'",
    "\u02bb": "'",
    "\u02bc": "'",
    "\u02bd": "'",
    "\u02c8": "'",
    "\u02ca": "'",
    "\u02cb": "'",
    "\u00b4": "'",
    "`": "'",
    "\u275b": "'",
    "\u275c": "'",
    "\u2039": "<",
    "\u203a": ">",
    # dashes, hyphens, bullets, minus
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2043": "-",
    "\u2212": "-",
    "\u2022": "-",
    "\u23bc": "-",
    "\u23bd": "-",
    # ellipsis and doubled punctuation
    "\u2026": "...",
    "\u203c": "!!",
    # slashes, bars, other symbols
    "\u00f7": "/",
    "\u2044": "/",
    "\u2215": "/",
    "\u29f8": "/",
    "\u29f9": "\\",
    "\u29f5": "\\",
    "\u2223": "|",
    "\u23b8": "|",
    "\u23b9": "|",
    "\u23d0": "|",
    "\u239c": "|",
    "\u239f": "|",
    "\u2017": "_",
    "\u01c3": "!",
    "\u2768": "(",
    "\u276a": "(",
    "\u27ee": "(",
    "\u2985": "(",
    "\u2769": ")",
    "\u276b": ")",
    "\u27ef": ")",
    "\u2986": ")",
    "\u2774": "{",
    "\u2775": "}",
    "\u204e": "*",
    "\u2217": "*",
    "\u229b": "*",
    "\u2722": "*",
    "\u2723": "*",
    "\u2724": "*",
    "\u2725": "*",
    "\u2731": "*",
    "\u2732": "*",
    "\u2733": "*",
    "\u273a": "*",
    "\u273b": "*",
    "\u273c": "*",
    "\u273d": "*",
    "\u2743": "*",
    "\u2749": "*",
    "\u274a": "*",
    "\u274b": "*",
    "\u29c6": "*",
    "\u02d6": "+",
    "\u02d0": ":",
    "\u02f8": ":",
    "\u2982": ":",
    "\ua789": ":",
    "\u204f": ";",
    "\ua78a": "=",
    "\u02c6": "^",
    "\u02dc": "~",
    "\u02f7": "~",
    "\u223c": "~",
    "\u00bc": "1/4",
    "\u00bd": "1/2",
    "\u00be": "3/4",
    # small capitals that read as capitals
    "\u1d00": "A",
    "\u0299": "B",
    "\u1d04": "C",
    "\u1d05": "D",
    "\u1d07": "E",
    "\ua730": "F",
    "\u0262": "G",
    "\u029c": "H",
    "\u026a": "I",
    "\u1d0a": "J",
    "\u1d0b": "K",
    "\u029f": "L",
    "\u1d0d": "M",
    "\u0274": "N",
    "\u1d0f": "O",
    "\u1d18": "P",
    "\u0280": "R",
    "\ua731": "S",
    "\u1d1b": "T",
    "\u1d1c": "U",
    "\u1d20": "V",
    "\u1d21": "W",
    "\u028f": "Y",
    "\u1d22": "Z",
    # spaces: one space each
    "\t": " ",
    "\u00a0": " ",
    "\u2000": " ",
    "\u2001": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2007": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u205f": " ",
    "\u2028": " ",
    "\u2029": " ",
    # invisible: deleted
    "\u00ad": "",
    "\u200b": "",
    "\u200c": "",
    "\u200e": "",
    "\u200f": "",
    "\u2060": "",
    "\ufeff": "",
}
# Zero-width joiner is deleted only between characters that are (or become) GSM-7: next to
# an emoji or an Indic letter it is part of the writing, and the text stays UCS-2 anyway.
_ZWJ: Final = "\u200d"
SMART_CHARS: Final = frozenset((*SMART_MAP, _ZWJ))

# Any of these means the text is (partly) CJK: smart encoding leaves it untouched, because
# Chinese punctuation and full-width forms are the correct typography there.
_CJK: Final = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}"
    r"\u3000-\u303f\u31c0-\u31ef\u3200-\u33ff\ufe10-\ufe1f\ufe30-\ufe6f\uff00-\uffef]"
)
_SMART_RE: Final = re.compile("[" + re.escape("".join(sorted(SMART_CHARS))) + "]")


def _joins(neighbour: str) -> bool:
    """Whether a ZWJ next to this character is part of the writing (emoji, Indic, ...)."""
    return bool(neighbour) and neighbour not in GSM_CHARS and neighbour not in SMART_CHARS


def has_cjk(text: str) -> bool:
    """Whether the text contains a CJK character, CJK punctuation or a full-width form."""
    return _CJK.search(text) is not None


def smart_encode(text: str) -> tuple[str, tuple[tuple[int, str, str], ...]]:
    """Replace typographic look-alikes with GSM-7 equivalents; CJK text is returned as is.

    Returns the new text and every replacement as ``(index in the original, original,
    replacement)``; a deletion has ``""`` as replacement. Accented letters are not folded.
    """
    if _SMART_RE.search(text) is None or has_cjk(text):
        return text, ()
    out: list[str] = []
    done: list[tuple[int, str, str]] = []
    last = 0
    for match in _SMART_RE.finditer(text):
        i = match.start()
        ch = text[i]
        if ch == _ZWJ:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if _joins(before) or _joins(after):
                continue
            new = ""
        else:
            new = SMART_MAP[ch]
        out.append(text[last:i])
        out.append(new)
        done.append((i, ch, new))
        last = i + 1
    out.append(text[last:])
    return "".join(out), tuple(done)


__all__ = [
    "GSM_BASIC",
    "GSM_CHARS",
    "GSM_EXTENSION",
    "MAX_CHARS",
    "SMART_MAP",
    "Billing",
    "Encoding",
    "SegmentInfo",
    "fits",
    "has_cjk",
    "segments",
    "smart_encode",
]
