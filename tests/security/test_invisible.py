"""INV001/INV002 on composed messages: invisible characters typed into a template are caught."""

from __future__ import annotations

import pytest
from _support import Library, preview

import dunning_sms as ds

BASE = "【{{ lender.signature }}】您好，您的借款{{ loan.amount }}已到期{X}，请还款。"

CASES = [
    ("\u202e", "INV001"),
    ("\u2066", "INV001"),
    ("\u200f", "INV001"),
    ("\x07", "INV001"),
    ("\u200b", "INV002"),
    ("\u2060", "INV002"),
    ("\ufeff", "INV002"),
    ("\u00ad", "INV002"),
    ("\u180e", "INV002"),  # Mongolian vowel separator
    ("\U000e0041", "INV002"),  # tag character
    ("\U000e0100", "INV002"),  # variation selector supplement
    ("\ufe0f", "INV002"),  # variation selector outside an emoji
    ("\u3164", "INV002"),  # Hangul filler
    ("\u115f", "INV002"),  # Hangul choseong filler
    ("\uffa0", "INV002"),  # half-width Hangul filler
    ("\u2800", "INV002"),  # braille blank
    ("\u034f", "INV002"),  # combining grapheme joiner
    ("\u206a", "INV002"),  # deprecated format character
]


@pytest.mark.parametrize(("char", "code"), CASES, ids=[f"U+{ord(c):04X}" for c, _ in CASES])
def test_invisible_character_in_a_template_is_flagged_at_its_position(
    library: Library, char: str, code: str
) -> None:
    root = library({"t": BASE.replace("{X}", char)})
    message = preview(root)
    hits = [f for f in message.report.findings if f.rule == code]
    assert len(hits) == 1
    assert message.text[hits[0].start : hits[0].end] == char
    assert ds.check(message.text).rules.count(code) == 1


def test_clean_template_has_no_invisible_findings(library: Library) -> None:
    message = preview(library({"t": BASE.replace("{X}", "")}))
    assert not {"INV001", "INV002"} & set(message.report.rules)


def test_emoji_sequence_is_not_flagged() -> None:
    assert (
        "INV002"
        not in ds.check("Thank you \u2764\ufe0f \U0001f468\u200d\U0001f469", policy="us").rules
    )
