"""Evasion variants of the project's own examples, and the detection-rate table.

Each wording rule's ``failing`` examples and each personal-data example of
``tests/data/pii/pii.jsonl`` is rewritten by the transformations below, the way someone trying
to get a message past a filter would. ``python tests/security/evasion_variants.py`` rewrites
docs/evasion.md from a fresh measurement; tests/security/test_evasion.py asserts every variant
is caught and that the committed table matches the measurement.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from dunning_sms._pii import find_pii
from dunning_sms._rules import Example, RuleInfo, registry
from dunning_sms._rules.wording import FAMILY
from dunning_sms.testing import context_for_example, run_example

ROOT = Path(__file__).resolve().parents[2]
PII_DATA = ROOT / "tests" / "data" / "pii" / "pii.jsonl"
DOC = ROOT / "docs" / "evasion.md"
# Variants that escaped when the table was last generated; test_evasion marks exactly these
# xfail(strict=True), so a fix (or a new escape) fails the suite until this is regenerated.
KNOWN_ESCAPES = Path(__file__).with_name("evasion_known_escapes.txt")
PII_PER_KIND = 2
PII_REGION = {"zh": "CN", "en": "US", "id": "ID", "fil": "PH", "sw": "KE", "hi": "IN", "pcm": "NG"}

_CJK = re.compile(r"[\u3400-\u9fff]")
_HOMOGLYPH = str.maketrans("aceopxyiAEOPCXHKMTB", "асеорхуіАЕОРСХНКМТВ")
_GREEK = str.maketrans("aeikonptuxAEIKMNOPTX", "αεικοηρτυχΑΕΙΚΜΝΟΡΤΧ")
_LEET = str.maketrans("aeiostAEIOST", "431057431057")
_WORD = re.compile(r"[A-Za-z]{2,}")


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@cache
def _s2t() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("s2t").convert  # type: ignore[no-any-return]


def _inside_words(text: str, sep: str) -> str:
    """``sep`` between the letters of every word (Latin) or between CJK characters.

    With a space as ``sep``, words are kept apart by a double space, as people write
    "p a y  n o w"; a single space everywhere would leave no word to find.
    """
    if sep == " ":
        text = text.replace(" ", "  ")
    text = _WORD.sub(lambda m: sep.join(m.group()), text)
    return re.sub(r"(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])", sep, text)


def _run_on(text: str) -> str:
    """The spaces between Latin words dropped and a dot put between every two letters, as in
    "w.e.w.i.l.l.c.a.l.l.y.o.u.r.b.o.s.s": no word boundary is left to find."""
    text = re.sub(r"(?<=[A-Za-z])\s+(?=[A-Za-z])", "", text)
    return re.sub(r"(?<=[A-Za-z])(?=[A-Za-z])", ".", text)


def _squashed(text: str) -> str:
    """The spaces between Latin words dropped, nothing put in their place, as in
    "Wewillcallyourbosstomorrow": the words run together with no mark between them."""
    return re.sub(r"(?<=[A-Za-z])\s+(?=[A-Za-z])", "", text)


# "Fancy text" as web generators write it: small capitals (no small q or x: left as they are)
# and letters in negative squares.
_SMALL_CAPS = str.maketrans(
    "abcdefghijklmnoprstuvwyzABCDEFGHIJKLMNOPRSTUVWYZ", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ" * 2
)
_SQUARED = str.maketrans(
    {c: chr(0x1F170 + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
    | {c: chr(0x1F170 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
)


def _line_breaks(text: str) -> str:
    # A break inside every word and between CJK characters, as a handset wraps lines.
    text = _WORD.sub(
        lambda m: m.group()[: len(m.group()) // 2] + "\n" + m.group()[len(m.group()) // 2 :], text
    )
    return re.sub(r"(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])", "\n", text)


def _mixed(text: str) -> str:
    # Alternate scripts letter by letter: Latin, Cyrillic, Greek, full-width; for Chinese,
    # alternate Simplified and Traditional characters.
    out = []
    trad = _s2t()(text) if _CJK.search(text) else text
    for i, (c, t) in enumerate(zip(text, trad, strict=False)):
        if _CJK.match(c):
            out.append(t if i % 2 else c)
        else:
            out.append([c, c.translate(_HOMOGLYPH), c.translate(_GREEK), _fullwidth(c)][i % 4])
    return "".join(out) + text[len(trad) :]


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "spaces": lambda t: _inside_words(t, " "),
    "punctuation": lambda t: _inside_words(t, "."),
    "run-on": _run_on,
    "squashed": _squashed,
    "full-width": _fullwidth,
    "small-caps": lambda t: t.translate(_SMALL_CAPS),
    "squared-letters": lambda t: t.translate(_SQUARED),
    "traditional": lambda t: _s2t()(t),
    "homoglyphs-cyrillic": lambda t: t.translate(_HOMOGLYPH),
    "homoglyphs-greek": lambda t: t.translate(_GREEK),
    "leetspeak": lambda t: _WORD.sub(lambda m: m.group().translate(_LEET), t),
    "zero-width": lambda t: _inside_words(t, "\u200b"),
    "line-breaks": _line_breaks,
    "mixed-scripts": _mixed,
}

# Digit-level rewrites for personal data (applied to the value only).
PII_TRANSFORMS: dict[str, Callable[[str], str]] = {
    "spaces": lambda v: " ".join(v),
    "punctuation": lambda v: "-".join(v),
    "full-width": _fullwidth,
    "homoglyphs-cyrillic": lambda v: v.translate(_HOMOGLYPH),
    "zero-width": lambda v: "\u200b".join(v),
    "line-breaks": lambda v: v[: len(v) // 2] + "\n" + v[len(v) // 2 :],
    "mixed-scripts": lambda v: "".join(_fullwidth(c) if i % 2 else c for i, c in enumerate(v)),
}


@dataclass(frozen=True)
class Variant:
    """One rewritten example and whether the checks still catch it."""

    family: str  # "wording" or "pii"
    group: str  # rule code or personal-data kind
    transform: str
    original: str
    text: str
    caught: bool

    @property
    def id(self) -> str:
        digest = hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:8]
        return f"{self.group}-{self.transform}-{digest}"


def wording_rules() -> list[RuleInfo]:
    """Every wording rule with failing examples."""
    return [r for r in registry().values() if r.family == "wording" and r.failing]


def _rule_fires(rule: RuleInfo, example: Example) -> bool:
    return any(f.severity == "error" or f.rule == rule.code for f in run_example(rule, example))


def _refused_instead(rule: RuleInfo, example: Example) -> bool:
    """Whether the wording family refuses a variant of a rule below error severity in that
    rule's category: spacing out the words that lower a third-party contact to a warning
    (WAUT001) leaves the contact an error, which is no evasion."""
    if rule.severity == "error":
        return False
    ctx = context_for_example(example)
    checker = FAMILY.bind(ctx.policy)
    return any(f.severity == "error" and f.category == rule.category for f in checker.check(ctx))


def wording_variants() -> Iterator[Variant]:
    for rule in wording_rules():
        for example in rule.failing:
            for name, transform in TRANSFORMS.items():
                text = transform(example.text)
                if text == example.text:
                    continue  # the transformation does not apply to this language
                variant = replace(example, text=text)
                caught = bool(run_example(rule, variant)) or _refused_instead(rule, variant)
                yield Variant("wording", rule.code, name, example.text, text, caught)


def pii_examples() -> list[tuple[str, str, str, int, int]]:
    """(kind, region, text, start, end): the first examples of each kind and language."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for line in PII_DATA.read_text("utf-8").splitlines():
        row = json.loads(line)
        if row.get("allow") or len(row["spans"]) != 1:
            continue
        span = row["spans"][0]
        key = (span["kind"], row["lang"])
        if seen.get(key, 0) >= PII_PER_KIND:
            continue
        seen[key] = seen.get(key, 0) + 1
        out.append((span["kind"], PII_REGION[row["lang"]], row["text"], span["start"], span["end"]))
    return out


def pii_variants() -> Iterator[Variant]:
    for kind, region, text, start, end in pii_examples():
        value = text[start:end]
        for name, transform in PII_TRANSFORMS.items():
            new = transform(value)
            if new == value:
                continue
            variant = text[:start] + new + text[end:]
            stop = start + len(new)
            caught = any(m.start < stop and m.end > start for m in find_pii(variant, region=region))
            yield Variant("pii", kind, name, text, variant, caught)


def all_variants() -> list[Variant]:
    return [*wording_variants(), *pii_variants()]


def render_table(variants: list[Variant]) -> str:
    """The markdown of docs/evasion.md for a measurement."""
    lines = [
        "# Evasion: detection rates per transformation",
        "",
        "Generated by `python tests/security/evasion_variants.py` (do not edit by hand);",
        "`tests/security/test_evasion.py` fails when this table is out of date.",
        "",
        "Every `failing` example of every wording rule, and the first "
        f"{PII_PER_KIND} examples of each personal-data kind and language in "
        "`tests/data/pii/pii.jsonl`, is rewritten by each transformation. A wording variant is",
        "caught when the same rule still fires on it through the real engine (same policy and",
        "context as the example), or, for a rule below error severity, when the wording rules",
        "refuse it in that rule's category (an authorisation spelt out of reach of WAUT001",
        "leaves the third-party contact an error); a personal-data variant is caught when",
        "`find_pii` reports a",
        "match overlapping the rewritten value. A transformation that leaves a text unchanged",
        "(Traditional Chinese on English, homoglyphs on digits) is not counted.",
        "",
    ]
    for family, title in (("wording", "Wording rules"), ("pii", "Personal data")):
        rows = [v for v in variants if v.family == family]
        names = list(dict.fromkeys(v.transform for v in rows))
        lines += [
            f"## {title}",
            "",
            "| transformation | variants | caught | rate |",
            "|---|---:|---:|---:|",
        ]
        for name in names:
            some = [v for v in rows if v.transform == name]
            hit = sum(v.caught for v in some)
            lines.append(f"| {name} | {len(some)} | {hit} | {100 * hit / len(some):.1f}% |")
        hit = sum(v.caught for v in rows)
        lines.append(f"| **all** | {len(rows)} | {hit} | {100 * hit / max(len(rows), 1):.1f}% |")
        groups = sorted({v.group for v in rows})
        lines += ["", f"Groups covered ({len(groups)}): " + ", ".join(f"`{g}`" for g in groups), ""]
        missed = [v for v in rows if not v.caught]
        if missed:
            lines += ["Variants that escape:", ""]
            lines += [f"- `{v.group}` {v.transform}: `{v.text!r}`" for v in missed]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    measured = all_variants()
    DOC.write_text(render_table(measured), "utf-8")
    KNOWN_ESCAPES.write_text(
        "".join(f"{v.id}\t{v.text!r}\n" for v in measured if not v.caught), "utf-8"
    )
    sys.stdout.write(f"wrote {DOC}\n")
