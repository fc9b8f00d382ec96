"""The measured-quality page: recall and false alarms of the wording rules, per language and
per category, on the project's labelled texts.

``python tests/quality_report.py`` rewrites docs/quality.md from a fresh measurement;
tests/test_quality_report.py asserts the committed page matches it, so its figures cannot go
stale. Counting is :func:`dunning_sms.evaluate`'s: a text is *flagged* when a conduct rule (the
wording family or the resemblance model) reports an error or a warning, and *refused* when one
reports an error. Only counts are printed: the held-out texts are measured, never shown.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dunning_sms import Evaluation, EvaluationTally, evaluate

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "quality.md"
CORPUS = ROOT / "tests" / "data" / "wording" / "corpus.jsonl"
PROBES = ROOT / "tests" / "data" / "wording" / "heldout_probes"
# The policy a corpus row is checked under: its language's home market.
POLICY = {"zh": "cn", "en": "us", "id": "id", "fil": "ph", "sw": "ke", "hi": "in", "pcm": "ng"}
LANGUAGES = ("zh", "en", "id", "fil", "sw", "hi", "pcm")
PUBLIC = ("quoted_real", "published_example")
WRITTEN = ("authored", "generated")
TARGET_RECALL = 0.95
TARGET_FALSE_ALARMS = 0.05
# Fewer violations than this in a language, and its recall on the held-out texts says little.
THIN = 5


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def corpus_rows(split: str, origins: Iterable[str]) -> list[dict[str, Any]]:
    """The corpus rows of ``split`` and ``origins``, each with its language's policy."""
    wanted = frozenset(origins)
    return [
        dict(row, policy=POLICY[row["lang"]])
        for row in _rows(CORPUS)
        if row["split"] == split and row["origin"] in wanted
    ]


def fresh_real_rows() -> list[dict[str, Any]]:
    """Sessions 27 and 28's real texts, kept apart from the corpus (``real27-*``, ``real28-*``)."""
    return [
        row
        for path in sorted(PROBES.glob("*.jsonl"))
        for row in _rows(path)
        if str(row.get("probe", "")).startswith(("real27", "real28"))
    ]


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "–"


def _row(name: str, tally: EvaluationTally, *, lawful: bool = True) -> str:
    cells = [
        name,
        _share(tally.flagged, tally.violations),
        str(tally.refused) if tally.violations else "–",
    ]
    if lawful:
        cells += [
            _share(tally.compliant_flagged, tally.compliant),
            str(tally.compliant_refused) if tally.compliant else "–",
        ]
    return "| " + " | ".join(cells) + " |"


def _tables(result: Evaluation) -> list[str]:
    lines = [
        "| language | violations flagged | of them refused | lawful texts flagged "
        "| of them refused |",
        "|---|---|---|---|---|",
    ]
    for language in LANGUAGES:
        if language in result.by_language:
            lines.append(_row(language, result.by_language[language]))
    lines.append(_row("**all**", result.overall))
    lines += [
        "",
        "| category (a violation's first) | violations flagged | of them refused |",
        "|---|---|---|",
    ]
    for category, tally in result.by_category.items():
        lines.append(_row(f"`{category}`", tally, lawful=False))
    return lines


def _verdict(result: Evaluation) -> str:
    tally = result.overall
    recall, alarms = tally.recall or 0.0, tally.false_alarm_rate or 0.0
    met = recall >= TARGET_RECALL and alarms <= TARGET_FALSE_ALARMS
    return (
        f"Recall {recall:.1%} (target {TARGET_RECALL:.0%}), false alarms {alarms:.1%} "
        f"(target at most {TARGET_FALSE_ALARMS:.0%}): the targets are "
        + ("**met**." if met else "**not met**.")
    )


def _thin(result: Evaluation) -> str:
    empty = EvaluationTally()
    sizes = {language: result.by_language.get(language, empty).violations for language in LANGUAGES}
    few = [f"{language} ({size})" for language, size in sizes.items() if size < THIN]
    if not few:
        return ""
    return (
        f" Fewer than {THIN} violations in {', '.join(few)}: the violations the collections "
        "found in those markets were mostly written in English, so these languages' recall "
        "rests on the written texts and the blind writers' sets."
    )


SECTIONS: tuple[tuple[str, str, Any], ...] = (
    (
        "Public texts, held out (issue #4's measure)",
        "Messages quoted as sent by news reports, regulators, courts and complaint platforms, "
        "and templates lenders and vendors published, in the corpus's `heldout` split. The "
        "packs were tuned on the development split only; the second collection's texts were "
        "read while collected and the fourteenth's misses while measured, so those two are "
        "not blind ([the log](wording-log.md) says which rows).",
        lambda: corpus_rows("heldout", PUBLIC),
    ),
    (
        "Public texts, development",
        "The same kinds of texts in the `dev` split, which the packs were tuned on.",
        lambda: corpus_rows("dev", PUBLIC),
    ),
    (
        "Fresh public texts (sessions 27 and 28)",
        "Real texts found after the corpus was split, kept apart from it so the model never "
        "trains on them. Measured blind first (17 of 21 and 2 of 4 violations flagged), then "
        "their misses were read and the packs mended: these are the figures after.",
        fresh_real_rows,
    ),
    (
        "Written texts and their evasion variants, held out",
        "Texts written from the regulations' prohibited categories and lenders' reminder "
        "styles, with their evasion variants (line breaks, zero-width characters, spaced, "
        "dotted, full-width, Traditional characters, homoglyphs, leet, starred letters).",
        lambda: corpus_rows("heldout", WRITTEN),
    ),
    (
        "Written texts and their evasion variants, development",
        "",
        lambda: corpus_rows("dev", WRITTEN),
    ),
)


def render() -> str:
    """The page, from a fresh measurement."""
    out = [
        "# Measured quality",
        "",
        "Generated by `python tests/quality_report.py` (do not edit by hand); "
        "`tests/test_quality_report.py` fails when a change moves any figure below.",
        "",
        "Each text is checked with `evaluate()` under its market's policy (zh: cn, en: us, "
        "id: id, fil: ph, sw: ke, hi: in, pcm: ng), as free text: no loan, so a neutral mention "
        "of civil legal action is a warning for review. A violation is **flagged** when a "
        "conduct rule (the wording family or the resemblance model) reports an error or a "
        "warning, and **refused** when one reports an error; a lawful text flagged is a false "
        "alarm. The targets of issue #4 are at least 95% of violations flagged and at most 5% "
        "of lawful texts flagged, on the held-out public texts. "
        "[Wording rules](wording.md) tells how the texts were split, [the log](wording-log.md) how "
        "they were collected; "
        "[measuring your own texts](cookbook/evaluate.md) runs the same count on yours.",
    ]
    for title, blurb, rows in SECTIONS:
        result = evaluate(rows())
        out += ["", f"## {title}", ""]
        if blurb:
            out += [blurb, ""]
        if title.endswith("(issue #4's measure)"):
            out += [_verdict(result) + _thin(result), ""]
        out += _tables(result)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
