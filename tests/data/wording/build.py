"""Regenerate corpus.jsonl from _base.py: base messages plus evasion variants.

Evasions are applied to the span(s) the wording checker flags on the base text, so that a
variant hides exactly the wording a filter would look for. The split is decided per base
message (a variant always shares its base's split) by a hash, ~35% held out.

Run: .venv/bin/python tests/data/wording/build.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from _base import base  # noqa: E402
from _real import real  # noqa: E402

from dunning_sms._policy import load_policy  # noqa: E402
from dunning_sms._rules import CheckContext  # noqa: E402
from dunning_sms._rules.wording import FAMILY  # noqa: E402

POLICY = {"zh": "cn", "en": "us", "id": "id", "fil": "ph", "sw": "ke", "hi": "in", "pcm": "ng"}
S2T = opencc.OpenCC("s2t")
CYR = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"})
LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "s": "5", "i": "1"})


def spaced(s: str) -> str:
    return " ".join(s.replace(" ", ""))


def dotted(s: str) -> str:
    return ".".join(s.replace(" ", ""))


def zero_width(s: str) -> str:
    return "\u200b".join(s)


def full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def homoglyph(s: str) -> str:
    return s.translate(CYR)


def leet(s: str) -> str:
    return s[0] + s[1:].translate(LEET) if s else s


def line_break(s: str) -> str:
    return s[: len(s) // 2] + "\n" + s[len(s) // 2 :]


def starred(s: str) -> str:
    return "*".join(s)


def traditional(s: str) -> str:
    return S2T.convert(s)


LATIN = [spaced, zero_width, homoglyph, leet, full_width, dotted, line_break]
CJK = [spaced, traditional, starred, zero_width, line_break, full_width]
DEVA = [zero_width, line_break]


def split_of(text: str) -> str:
    digest = hashlib.sha256(text.encode()).digest()
    return "heldout" if digest[0] % 100 < 35 else "dev"


def real_split(text: str) -> str:
    """Quoted texts get their own salt so adding them never moves an authored row."""
    digest = hashlib.sha256(("real:" + text).encode()).digest()
    return "dev" if digest[0] % 100 < 35 else "heldout"


def flagged_spans(text: str, lang: str) -> list[tuple[int, int]]:
    policy = load_policy(POLICY[lang])
    ctx = CheckContext(text=text, policy=policy, languages=policy.languages)
    spans = sorted(
        {(f.start, f.end) for f in FAMILY.bind(policy).check(ctx) if f.severity == "error"}
    )
    kept: list[tuple[int, int]] = []
    for s, e in spans:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e))
    return kept


def evade(text: str, spans: list[tuple[int, int]], fn) -> str:  # type: ignore[no-untyped-def]
    out, pos = [], 0
    for s, e in spans:
        out += [text[pos:s], fn(text[s:e])]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def main() -> None:
    rows = []
    for n, (lang, label, cats, text, source) in enumerate(base):
        split = split_of(text)
        rid = f"{lang}-{n:03d}"
        rows.append(
            {
                "id": rid,
                "text": text,
                "lang": lang,
                "label": label,
                "categories": cats,
                "source": source,
                "origin": "authored",
                "split": split,
            }
        )
        script = (
            CJK if lang == "zh" else DEVA if any("\u0900" <= c <= "\u097f" for c in text) else LATIN
        )
        if label == "violation":
            spans = flagged_spans(text, lang)
            if not spans:
                continue
            for k in range(2):
                fn = script[(n + k * 3) % len(script)]
                rows.append(
                    {
                        "id": f"{rid}-{fn.__name__}",
                        "text": evade(text, spans, fn),
                        "lang": lang,
                        "label": label,
                        "categories": cats,
                        "source": f"evasion variant ({fn.__name__}) of {rid}",
                        "origin": "generated",
                        "split": split,
                    }
                )
        else:
            fn = traditional if lang == "zh" else line_break
            rows.append(
                {
                    "id": f"{rid}-{fn.__name__}",
                    "text": fn(text),
                    "lang": lang,
                    "label": label,
                    "categories": cats,
                    "source": f"variant ({fn.__name__}) of {rid}",
                    "origin": "generated",
                    "split": split,
                }
            )
    # Quoted texts stay exactly as published: no evasion variants are derived from them.
    for n, (lang, label, cats, text, source, origin) in enumerate(real):
        rows.append(
            {
                "id": f"{lang}-r{n:03d}",
                "text": text,
                "lang": lang,
                "label": label,
                "categories": cats,
                "source": source,
                "origin": origin,
                "split": real_split(text),
            }
        )
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
