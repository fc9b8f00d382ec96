"""Segment counting, smart encoding and the LEN rules.

The boundary table lives in tests/data/segment_vectors.json: every row's encoding, units,
segment count and exact parts were produced by Twilio's calculator (npm
sms-segments-calculator 1.3.0, smart encoding off) by tests/data/segment_vectors.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dunning_sms._errors import InputError
from dunning_sms._policy import load_policy
from dunning_sms._rules import CheckContext, RuleEngine, registry
from dunning_sms._segments import (
    GSM_BASIC,
    GSM_CHARS,
    GSM_EXTENSION,
    SMART_MAP,
    SegmentInfo,
    fits,
    has_cjk,
    segments,
    smart_encode,
)

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "segment_vectors.json").read_text(encoding="utf-8")
)["vectors"]
BY_NAME = {row["name"]: row for row in VECTORS}


def part_units(part: str, encoding: str, billing: str = "gsm") -> int:
    if encoding == "GSM-7" and billing == "gsm":
        return sum(2 if ch in GSM_EXTENSION else 1 for ch in part)
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in part)


# ---------------------------------------------------------------------------- reference table


@pytest.mark.parametrize("row", VECTORS, ids=[row["name"] for row in VECTORS])
def test_agrees_with_twilio_calculator(row: dict[str, Any]) -> None:
    info = segments(row["text"])
    assert info.encoding == row["encoding"]
    assert info.units == row["units"]
    assert info.segments == row["segments"]
    assert list(info.parts) == row["parts"]
    assert [part_units(p, info.encoding) for p in info.parts] == row["part_units"]


@pytest.mark.parametrize(
    ("name", "encoding", "count", "units"),
    [
        ("empty", "GSM-7", 1, 0),
        ("gsm-159", "GSM-7", 1, 159),
        ("gsm-160", "GSM-7", 1, 160),
        ("gsm-161", "GSM-7", 2, 161),
        ("gsm-306", "GSM-7", 2, 306),
        ("gsm-307", "GSM-7", 3, 307),
        ("gsm-459", "GSM-7", 3, 459),
        ("gsm-460", "GSM-7", 4, 460),
        ("escape-straddles-boundary", "GSM-7", 3, 306),
        ("euro-x153", "GSM-7", 3, 306),
        ("bracket-x153-issue-39", "GSM-7", 3, 306),
        ("crlf-issue-66", "GSM-7", 2, 161),
        ("lf-issue-66", "GSM-7", 1, 160),
        ("e-acute-in-table-x160", "GSM-7", 1, 160),
        ("a-acute-out-x70", "UCS-2", 1, 70),
        ("a-acute-out-x71", "UCS-2", 2, 71),
        ("capital-c-cedilla-in-x160", "GSM-7", 1, 160),
        ("small-c-cedilla-out-x71", "UCS-2", 2, 71),
        ("ucs2-134", "UCS-2", 2, 134),
        ("ucs2-135", "UCS-2", 3, 135),
        ("emoji-straddles-boundary", "UCS-2", 3, 134),
        ("emoji-x67", "UCS-2", 3, 134),
        ("flag-straddles-boundary", "UCS-2", 3, 133),
        ("thai-134-units-boundary", "UCS-2", 3, 134),
        ("hindi-conjunct-at-boundary", "UCS-2", 2, 134),
        ("cyrillic", "UCS-2", 2, 95),
        ("arabic", "UCS-2", 2, 74),
        ("zh-reminder", "UCS-2", 1, 69),
    ],
)
def test_key_boundaries(name: str, encoding: str, count: int, units: int) -> None:
    """The cases the research notes single out, pinned by name (and in the JSON table)."""
    row = BY_NAME[name]
    assert (row["encoding"], row["segments"], row["units"]) == (encoding, count, units)
    info = segments(row["text"])
    assert (info.encoding, info.segments, info.units) == (encoding, count, units)


def test_escape_pair_and_surrogate_pair_never_split() -> None:
    euro = segments("a" * 152 + "€" + "b" * 152)
    assert [len(p) for p in euro.parts] == [152, 152, 1]
    assert euro.parts[1].startswith("€")
    emoji = segments("a" * 66 + "😀" + "a" * 66)
    assert emoji.parts[1].startswith("😀")
    assert [part_units(p, "UCS-2") for p in emoji.parts] == [66, 67, 1]


def test_naive_division_would_undercount() -> None:
    info = segments("]" * 153)
    assert info.units == 306
    assert -(-info.units // 153) == 2
    assert info.segments == 3


def test_ucs2_chars_name_the_culprits() -> None:
    info = segments("Hi Ana \u2013 it\u2019s due. Gracias, Jos\u00e9 y \u00c1lvaro")
    assert info.encoding == "UCS-2"
    assert info.ucs2_chars == ((7, "\u2013"), (11, "\u2019"), (35, "\u00c1"))
    assert segments("Plain GSM text, caf\u00e9 \u20ac5").ucs2_chars == ()


def test_segment_info_shape() -> None:
    info = segments("a" * 200)
    assert isinstance(info, SegmentInfo)
    assert (info.limit_single, info.limit_multi, info.max_chars) == (160, 153, 1600)
    assert info.part_offsets() == (0, 153)
    assert info.text == "a" * 200
    assert info.fits(2)
    assert not info.fits(1)
    assert info == SegmentInfo("gsm", "GSM-7", 2, 200, ("a" * 153, "a" * 47))
    data = info.to_dict()
    assert data["segments"] == 2
    assert data["parts"] == ["a" * 153, "a" * 47]
    with pytest.raises(AttributeError):
        info.units = 3  # type: ignore[misc]
    ucs2 = segments("\u00e1" * 80)
    assert (ucs2.limit_single, ucs2.limit_multi) == (70, 67)


def test_fits() -> None:
    assert fits("a" * 306, 2)
    assert not fits("a" * 307, 2)
    assert fits("您" * 134, 2, "cn")
    assert not fits("您" * 135, 2, "cn")


def test_unknown_billing_is_refused() -> None:
    with pytest.raises(InputError, match="billing"):
        segments("hi", billing="eu")  # type: ignore[arg-type]


def test_oversized_cluster_is_cut_between_code_points() -> None:
    text = "x" + "a\u0301" * 3 + "e" + "\u0301" * 80 + "y"
    info = segments(text)
    assert "".join(info.parts) == text
    assert all(part_units(p, "UCS-2") <= 67 for p in info.parts)
    assert info.units == len(text)


# ---------------------------------------------------------------------------- cn billing

SIGNATURE = "【安心借】"


@pytest.mark.parametrize(
    ("body_chars", "count"),
    [(65, 1), (66, 2), (129, 2), (130, 3), (196, 3), (197, 4)],
)
def test_cn_signature_counts(body_chars: int, count: int) -> None:
    """Aliyun/Huawei: signature with its brackets + body, 70 in one part, 67 per part."""
    text = SIGNATURE + "还" * body_chars
    info = segments(text, billing="cn")
    assert info.units == 5 + body_chars
    assert info.segments == count
    assert info.encoding == "UCS-2"
    assert info.billing == "cn"


def test_cn_counts_every_character_alike() -> None:
    ascii_text = SIGNATURE + "a" * 66
    assert segments(ascii_text, billing="cn").segments == 2
    assert segments("a" * 66, billing="gsm").segments == 1
    assert segments("]" * 70, billing="cn").units == 70
    assert segments("]" * 70, billing="gsm").units == 140
    emoji = segments(SIGNATURE + "还" * 63 + "😀", billing="cn")
    assert emoji.units == 70
    assert emoji.segments == 1
    assert segments(SIGNATURE + "𠀀" * 33, billing="cn").units == 71
    assert segments("\u00e1 \u2019", billing="cn").ucs2_chars == ()


def test_cn_platform_maximum() -> None:
    at_max = segments(SIGNATURE + "还" * 495, billing="cn")
    over = segments(SIGNATURE + "还" * 496, billing="cn")
    assert at_max.max_chars == 500
    assert not at_max.over_max
    assert over.over_max
    assert over.segments == 8


# ---------------------------------------------------------------------------- the GSM table


def test_gsm_table() -> None:
    assert len(GSM_BASIC) == len(set(GSM_BASIC)) == 127
    assert len(GSM_EXTENSION) == 10
    assert len(GSM_CHARS) == 137
    assert "\x1b" not in GSM_CHARS
    for inside in "@$_\u00e9\u00c7\u00e8\u00f9\u00ec\u00f2\u00e0\u00c9\u0394\u03a9\n\r":
        assert inside in GSM_BASIC, repr(inside)
    outside_table = "`\t\u00a0\u00e7\u00e1\u00ed\u00f3\u00fa\u00e2\u00ea\u00e3\u00eb\u00c8\u00c0"
    for outside in outside_table + "\u0391\u03b1\u2019\u2026":
        assert outside not in GSM_CHARS, repr(outside)


def test_gsm_characters_are_their_own_grapheme_clusters() -> None:
    """Why GSM-7 packing needs no segmenter: only CR LF joins, and Twilio splits it."""
    for a in sorted(GSM_CHARS):
        for b in sorted(GSM_CHARS):
            if (a, b) != ("\r", "\n"):
                assert len(regex.findall(r"\X", a + b)) == 2, (a, b)


# ---------------------------------------------------------------------------- properties


# Where the calculator's Unicode 10 grapheme rules end a cluster that current Unicode (rule
# GB9c) continues: after a conjunct linker and its marks, before the next letter.
AFTER_LINKER = (
    r"(?<=\p{InCB=Linker}[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=ZWJ}]*)"
    r"(?=\p{Grapheme_Cluster_Break=Other})"
)


def reference_parts(text: str, billing: str) -> tuple[str, tuple[str, ...]]:
    """A slow, plain restatement of the packing rules, to check the fast paths against."""
    gsm = billing == "gsm" and all(ch in GSM_CHARS for ch in text)
    if gsm:
        atoms, costs = list(text), [2 if ch in GSM_EXTENSION else 1 for ch in text]
        single, multi = 160, 153
    else:
        atoms = []
        for cluster in regex.findall(r"\X", text):
            pieces = regex.split(AFTER_LINKER, cluster, flags=regex.V1)
            for piece in pieces:
                if piece == "\r\n" or part_units(piece, "UCS-2") > 67:
                    atoms.extend(piece)
                else:
                    atoms.append(piece)
        costs = [part_units(a, "UCS-2") for a in atoms]
        single, multi = 70, 67
    if sum(costs) <= single:
        return ("GSM-7" if gsm else "UCS-2"), (text,)
    parts, current, used = [], "", 0
    for atom, cost in zip(atoms, costs, strict=True):
        if current and used + cost > multi:
            parts.append(current)
            current, used = "", 0
        current += atom
        used += cost
    parts.append(current)
    return ("GSM-7" if gsm else "UCS-2"), tuple(parts)


TEXTS = st.lists(
    st.one_of(
        st.sampled_from(sorted(GSM_CHARS)),
        st.sampled_from(["\r\n", "😀", "👍🏽", "🇨🇳", "e\u0301", "\u200d", "1\ufe0f\u20e3", "…"]),
        st.sampled_from(list("还款您好，。【】क्षन्यสวัสดี\u2019\u00a0")),
        st.sampled_from(["\u1780\u17d2\u1781", "\u1000\u1039\u1001", "\u17d2", "\u1cf5"]),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=300,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, billing=st.sampled_from(["gsm", "cn"]))
@example(text="]" * 153, billing="gsm")
@example(text="a" * 65 + "🇨🇳" + "a" * 64, billing="gsm")
@example(text="", billing="cn")
@example(text="\u0915\u1cf5" * 40, billing="gsm")
def test_packing_properties(text: str, billing: str) -> None:
    info = segments(text, billing=billing)  # type: ignore[arg-type]
    assert "".join(info.parts) == text
    assert info.segments == len(info.parts) >= 1
    assert info == segments(text, billing=billing)  # type: ignore[arg-type]
    units = [part_units(p, info.encoding, billing) for p in info.parts]
    assert sum(units) == info.units
    if info.segments == 1:
        assert info.units <= info.limit_single
    else:
        assert info.units > info.limit_single
        assert all(0 < u <= info.limit_multi for u in units)
    assert (info.encoding, info.parts) == reference_parts(text, billing)
    if billing == "gsm":
        assert (info.encoding == "GSM-7") == GSM_CHARS.issuperset(text)


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_no_part_starts_inside_a_cluster(text: str) -> None:
    """Boundaries fall between clusters, except after a conjunct linker (legacy rule, as
    the calculator does) or inside a cluster too large for any part."""
    info = segments(text)
    cluster_starts, oversized = set(), []
    at = 0
    for cluster in regex.findall(r"\X", text):
        cluster_starts.add(at)
        if part_units(cluster, "UCS-2") > 67:
            oversized.append((at, at + len(cluster)))
        at += len(cluster)
    for offset in info.part_offsets()[1:]:
        if offset in cluster_starts or any(a < offset < b for a, b in oversized):
            continue
        assert text[offset - 1] == "\r" or regex.match(AFTER_LINKER, text, pos=offset), (
            offset,
            text,
        )


# ---------------------------------------------------------------------------- smart encoding


def test_smart_encode_replaces_lookalikes_with_positions() -> None:
    text = "Ana\u2019s \u201cplan\u201d \u2014 due\u00a0May 5\u2026\u200b ok"
    new, done = smart_encode(text)
    assert new == 'Ana\'s "plan" - due May 5... ok'
    assert done == (
        (3, "\u2019", "'"),
        (6, "\u201c", '"'),
        (11, "\u201d", '"'),
        (13, "\u2014", "-"),
        (18, "\u00a0", " "),
        (24, "\u2026", "..."),
        (25, "\u200b", ""),
    )
    assert segments(new).encoding == "GSM-7"


def test_nbsp_becomes_one_space_unlike_twilio() -> None:
    assert smart_encode("a\u00a0b") == ("a b", ((1, "\u00a0", " "),))
    assert smart_encode("a\u2009b\tc")[0] == "a b c"


def test_smart_encode_never_touches_cjk() -> None:
    for text in ("您好“张三”，请于5月5日前还款…", "【安心借】还款—谢谢", "Pay now！", "ok，thanks"):
        assert smart_encode(text) == (text, ())
    assert has_cjk("【")
    assert not has_cjk("plain \u2019")


def test_smart_encode_leaves_letters_and_joined_emoji() -> None:
    assert smart_encode("Jos\u00e9 \u00e1 \u00e7") == ("Jos\u00e9 \u00e1 \u00e7", ())
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert smart_encode(family + " \u2019") == (family + " '", ((6, "\u2019", "'"),))
    assert smart_encode("a\u200db") == ("ab", ((1, "\u200d", ""),))


def test_smart_map_is_safe() -> None:
    for original, replacement in SMART_MAP.items():
        assert original not in GSM_CHARS, repr(original)
        assert GSM_CHARS.issuperset(replacement), repr(original)
        assert not has_cjk(original), repr(original)
        assert not regex.match(r"\p{M}", original), repr(original)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_smart_encode_properties(text: str) -> None:
    new, done = smart_encode(text)
    rebuilt, last = [], 0
    for position, original, replacement in done:
        assert text[position] == original
        rebuilt += [text[last:position], replacement]
        last = position + len(original)
    rebuilt.append(text[last:])
    assert "".join(rebuilt) == new
    if has_cjk(text):
        assert new == text
    assert smart_encode(new)[0] == new


# ---------------------------------------------------------------------------- LEN rules


def run(text: str, policy_name: str, **context: Any) -> list[Any]:
    policy = load_policy(policy_name)
    ctx = CheckContext(text=text, policy=policy, languages=policy.languages, **context)
    return [f for f in RuleEngine(policy).run(ctx) if f.rule.startswith("LEN")]


@pytest.mark.parametrize("code", ["LEN001", "LEN002", "LEN003"])
def test_rule_examples(code: str) -> None:
    rule = registry()[code]
    assert rule.passing
    assert rule.failing
    for ex in rule.passing:
        assert code not in {f.rule for f in run(ex.text, ex.policy)}, ex.text
    for ex in rule.failing:
        assert code in {f.rule for f in run(ex.text, ex.policy)}, ex.text


def test_len001_span_starts_at_first_part_over_budget() -> None:
    text = "a" * 320
    [finding] = run(text, "us")
    assert finding.rule == "LEN001"
    assert finding.severity == "error"
    assert (finding.start, finding.end) == (306, 320)
    assert finding.data["segments"] == "3"
    assert finding.data["budget"] == "2"


def test_len001_compose_budget_overrides_policy() -> None:
    two = "a" * 200
    three = "a" * 400
    assert [f.rule for f in run(two, "us", mode="compose", segment_budget=1)] == ["LEN001"]
    assert run(three, "us", mode="compose", segment_budget=3) == []
    assert [f.rule for f in run(three, "us", mode="compose")] == ["LEN001"]
    # check() mode reads the policy's budget only.
    assert run(two, "us", segment_budget=1) == []


def test_len002_span_starts_where_the_maximum_is_passed() -> None:
    text = SIGNATURE + "还" * 500
    found = {f.rule: f for f in run(text, "cn")}
    assert found["LEN002"].start == 500
    assert found["LEN002"].end == len(text)
    assert found["LEN001"].category == "length"


def test_len003_names_each_lookalike() -> None:
    text = "Your payment is due May 5 \u2014 don\u2019t miss it."
    found = run(text, "us")
    assert [(f.rule, f.start, f.end, f.data["char"]) for f in found] == [
        ("LEN003", 26, 27, "\u2014"),
        ("LEN003", 31, 32, "\u2019"),
    ]
    assert all(f.severity == "warning" and f.category == "encoding" for f in found)


def test_len003_silent_when_ucs2_is_needed_anyway_or_billing_is_cn() -> None:
    assert run("Jos\u00e9, \u00e1 payment \u2014 due", "us") == []
    assert run("Payment \u2014 due \U0001f600", "us") == []
    assert run("Payment \u2014 due", "cn") == []


def test_len003_reports_the_segment_cost() -> None:
    text = "a" * 100 + "\u2019"
    [finding] = run(text, "us")
    assert finding.data["segments"] == "2"
    assert finding.data["segments_gsm"] == "1"
    assert "2 parts instead of 1" in finding.message
