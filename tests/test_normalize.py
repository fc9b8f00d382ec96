"""Folding and the offset map of dunning_sms._normalize."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dunning_sms._normalize import (
    _ASCII_SKELETON,
    _GLUE_GAP_RE,
    _LEET_GATE,
    _SPELLED_GATE,
    NormalizedText,
    _amounts_only,
    _between_letters,
    _leet_digits,
    _tables,
    _unleet,
    normalize,
)
from dunning_sms._phrases import PhraseMatcher


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("ＡＲＲＥＳＴ", "arrest"),
        ("a r r e s t", "arrest"),
        ("a.r.r.e.s.t", "arrest"),
        ("ar.rest", "arrest"),
        ("ar\u200brest", "arrest"),
        ("\u202earrest\u202c", "arrest"),
        ("аrrеst", "arrest"),  # Cyrillic а and е
        ("j41l", "jail"),
        ("4rrest", "arrest"),
        ("sh!t", "shit"),
        ("pólice", "police"),
        ("坐 牢", "坐牢"),
        ("坐*牢", "坐牢"),
        ("騙子", "骗子"),
        ("通訊錄", "通讯录"),
        ("𝐚𝐫𝐫𝐞𝐬𝐭", "arrest"),
        # Leet in short words and words that start with digits.
        ("P4y 70d4y. W3 kn0w wh3r3 y0u l1v3.", "pay today. we know where you live."),
        ("4nd4 5dh m45uk DP0", "anda sdh masuk dpo"),
        ("l30 544 4", "leo 544 4"),  # digit-only words stay digits in the main view
        # Capital Greek and Cyrillic look-alikes map before casefolding (Μ is not μ -> "u").
        ("Μαy wαrrαητ κα ηα bυκαs", "may warrant ka na bukas"),
        ("Μααfιsα wετυ", "maafisa wetu"),
        ("ВАNK", "bank"),
        # Dotted words keep the spaces between them.
        ("Y.o.u a.r.e a s.c.a.m.m.e.r", "you are a scammer"),
        ("d.i.n o k.a.k.a.s.u.h.a.n k.a.", "din o kakasuhan ka."),
    ],
)
def test_folds_evasions(raw: str, folded: str) -> None:
    assert normalize(raw).text == folded


@pytest.mark.parametrize(
    "raw",
    [
        "KES1000",
        "10am",
        "2nd",
        "$123.45",
        "2024年12月5日",
        "400-123-4567",
        "by 4pm",
        "N43,379.29",
        "Rp50.000",
        "saa 4 leo",
        "ref 1357 at 12:00",
        "10k 30d 1st",
        "LN-2026-4137",
    ],
)
def test_numbers_and_amounts_keep_their_digits(raw: str) -> None:
    folded = normalize(raw).text
    assert [c for c in folded if c.isdigit()] == [c for c in raw if c.isdigit()]


def test_words_stay_apart_in_word_view_but_not_in_squeezed() -> None:
    nt = normalize("We know, where you live")
    assert nt.text == "we know, where you live"
    assert nt.squeezed == "weknowwhereyoulive"


def test_span_maps_back_to_original_offsets() -> None:
    raw = "You will be a r r e s t e d today"
    nt = normalize(raw)
    start = nt.text.index("arrested")
    o_start, o_end = nt.span(start, start + len("arrested"))
    assert raw[o_start:o_end] == "a r r e s t e d"


def test_squeezed_span_maps_back() -> None:
    raw = "坐，\u200b牢吧"
    nt = normalize(raw)
    s = nt.squeezed.index("坐牢")
    o_start, o_end = nt.squeezed_span(s, s + 2)
    assert raw[o_start:o_end] == "坐，\u200b牢"


@given(st.text(max_size=60))
def test_map_is_monotonic_and_in_range(raw: str) -> None:
    nt = normalize(raw)
    for i in range(len(nt.text)):
        start, end = nt.span(i, i + 1)
        assert 0 <= start < end <= len(raw)
    assert nt.span(len(nt.text), len(nt.text))[0] <= len(raw)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_every_squeezed_char_maps_to_original(raw: str) -> None:
    nt = normalize(raw)
    for i in range(len(nt.squeezed)):
        start, end = nt.squeezed_span(i, i + 1)
        assert 0 <= start < end <= len(raw)


def test_leet_message_gets_a_second_reading_with_digit_words_as_letters() -> None:
    raw = "W3 g0 r3p0r7 y0u 70 3FCC."
    nt = normalize(raw)
    assert nt.text == "we go report you 70 efcc."
    assert nt.alt is not None and nt.alt.text == "we go report you to efcc."
    assert nt.alt.index == nt.index
    hits = PhraseMatcher([("report you to efcc", "t")]).find(nt)
    assert [raw[h.start : h.end] for h in hits] == ["r3p0r7 y0u 70 3FCC"]


def test_a_leet_symbol_beside_a_leet_digit_is_read_once_the_digit_is() -> None:
    raw = "Pay or we br3@k ur l3gs."
    nt = normalize(raw)
    assert nt.text == "pay or we break ur legs."
    hits = PhraseMatcher([("break", "t")]).find(nt)
    assert [raw[h.start : h.end] for h in hits] == ["br3@k"]


# What the leet pass reads: letters, leet and other digits, the three symbols, number glue
# ("12:00", "1,234.56") and a CJK letter (alphabetic, but not [a-z]).
# "٣" and "²" are digits to ``str.isdigit`` that no ASCII class holds.
_LEET_ALPHABET = st.sampled_from(list("abekprsuxz0134572689@$!.,:/- 知٣²"))


@given(st.text(alphabet=_LEET_ALPHABET, max_size=30))
def test_the_leet_pass_from_leet_digits_equals_the_regex_reference(raw: str) -> None:
    assert _unleet(raw) == _unleet(raw, gated=False)


@given(st.text(alphabet=st.sampled_from(list("abekprsuxz01345726@$! .,:/-")), max_size=30))
def test_a_text_of_glued_amounts_needs_no_leet_pass(raw: str) -> None:
    """``normalize``'s gate for the leet pass, on a skeleton: when it says no, the pass (the
    ungated reference) changes nothing."""
    skeleton = _skeleton(raw)
    if not (
        "La" in skeleton
        or ("aL" in skeleton and not _amounts_only(raw, skeleton))
        or ("aB" in skeleton and (bool(_between_letters(skeleton, "aB")) or "BL" in skeleton))
    ):
        assert _unleet(raw, gated=False) == (raw, 0)


def test_an_amount_glued_to_its_currency_skips_the_leet_pass() -> None:
    def amounts_only(lowered: str) -> bool:
        return _amounts_only(lowered, _skeleton(lowered))

    assert amounts_only("tagihan rp750.000 jatuh tempo 5 des. bayar via kredit.id/bayar")
    assert amounts_only("php1,200 at n15,000")
    assert not amounts_only("rp750.000 or we call your b0ss")  # a leet word after it
    assert not amounts_only("rp750 due")  # no number glue: the token reading decides
    assert not amounts_only("rp750.000 to bo$$")  # a symbol after a letter is no amount


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("We will call your b0$$ today.", "we will call your boss today."),
        ("W3 kn0w y0ur b0$$", "we know your boss"),
        ("$hamele$$ fellow", "shameless fellow"),
        ("a cl4$ act", "a clas act"),
        # One "$" after letters is a currency; a lone letter before "$$" is left to the packs.
        ("Pay HK$ 500 or NT$500 by 4pm", "pay hk$ 500 or nt$500 by 4pm"),
        ("Pay US$ 45.00 today", "pay us$ 45.00 today"),
        ("you a$$", "you a$$"),
        ("Code ab0$5", "code abo$5"),
    ],
)
def test_a_dollar_closing_a_leet_word_is_read_as_s(raw: str, folded: str) -> None:
    nt = normalize(raw)
    assert nt.text == folded
    assert nt.span(0, len(nt.text)) == (0, len(raw))


@pytest.mark.parametrize(
    "raw", ["Pay 500 by 4pm", "Ref A1B3, code T1: pay 1357 now", "saa 4 leo", "W3 kn0w 70"]
)
def test_no_second_reading_without_a_leet_message(raw: str) -> None:
    assert normalize(raw).alt is None


# Text made of what the fast paths and gates look at: ASCII letters, leet digits and symbols,
# separators, CJK, Cyrillic/Greek capitals, full-width forms and multi-character folds.
_GATED_ALPHABET = st.sampled_from(
    list("aArReEsStTyYoOuU0134579@$!.-_ *,:;|/~") + list("坐牢你您請还款，。！？ ")
    + list("АЕОРСΑΕΜｗｅａﬁßǄ") + ["\u200b", "\u0301", "\U0001d41a"]
)  # fmt: skip


def _same(a: NormalizedText | None, b: NormalizedText | None) -> None:
    assert (a is None) == (b is None)
    if a is not None and b is not None:
        assert (a.text, a.squeezed, a.index) == (b.text, b.squeezed, b.index)
        _same(a.alt, b.alt)


@given(st.text(alphabet=_GATED_ALPHABET, max_size=40))
@example("Pay now sh!@!t")  # "!" runs mixing "@" in: missed by the gate until session 33
def test_gated_normalize_equals_the_ungated_reference(raw: str) -> None:
    _same(normalize(raw), normalize(raw, gated=False))


# Every ASCII character around spelled-out and glued runs ("a r r e s t", "ar.rest", "4 r e"):
# the English fast path for gaps must drop what the reference drops.
_ASCII = st.text(alphabet=st.sampled_from([chr(c) for c in range(128)]), max_size=6)
_RUN = st.builds(
    lambda letters, sep: sep.join(letters),
    st.lists(st.sampled_from(["a", "r", "e", "st", "4", "ar"]), min_size=2, max_size=6),
    st.sampled_from([" ", ".", "-", "*", "  ", ". ", ","]),
)


@given(st.lists(st.one_of(_ASCII, _RUN), max_size=6).map("".join))
def test_ascii_gaps_equal_the_ungated_reference(raw: str) -> None:
    _same(normalize(raw), normalize(raw, gated=False))


def _skeleton(lowered: str) -> str:
    return lowered.encode("ascii").translate(_ASCII_SKELETON).decode("ascii")


def _skeleton_gate(sk: str) -> bool:
    return "aL" in sk or "La" in sk or bool(_between_letters(sk, "aB"))


def test_the_skeleton_leet_test_is_the_leet_gate_on_every_pair_and_triple() -> None:
    # Every ASCII character on each side of every leet character: the skeleton answer skips
    # the leet pass outright, so it must be the gate exactly, except for a "!" that is not
    # between letters ("Thank you!"), where the gate passes and the pass reads nothing.
    chars = [chr(c) for c in range(128) if not chr(c).isupper()]
    for leet in "013457@$!":
        for before in chars:
            for after in chars:
                raw = before + leet + after
                gate = _LEET_GATE.search(raw) is not None
                if leet == "!" and not (before.isalpha() and after.isalpha()):
                    assert not _skeleton_gate(_skeleton(raw)), raw
                    assert _unleet(raw) == (raw, 0), raw
                else:
                    assert _skeleton_gate(_skeleton(raw)) == gate, raw


@given(st.lists(st.one_of(_ASCII, _RUN), max_size=6).map("".join))
def test_the_skeletons_answers_agree_with_their_regexes(raw: str) -> None:
    # The gap tests are necessary conditions; the leet test, the glue gaps and the leet digits
    # read off the skeleton are exact.
    lowered = raw.lower()
    sk = _skeleton(lowered)
    if _SPELLED_GATE.search(lowered) is not None:
        assert " a " in sk.replace("g", " "), raw
    if _GLUE_GAP_RE.search(lowered) is not None:
        assert "ag" in sk, raw
    if _skeleton_gate(sk):
        assert _LEET_GATE.search(lowered) is not None, raw
    else:
        assert _unleet(lowered) == (lowered, 0), raw
    assert _between_letters(sk, "ag") == [m.span() for m in _GLUE_GAP_RE.finditer(lowered)], raw
    assert _leet_digits(lowered, sk) == _leet_digits(lowered, None), raw


# Latin letters among another script (a Hindi reminder with "EMI"): the skeleton path when
# every separator is ASCII, and what takes a text off it (non-ASCII spaces, middle dots,
# bullets, CJK, and the full-width forms that fold to ASCII separators).
_MIXED_ALPHABET = st.sampled_from(
    list("कृपयापुलिसजेल्ंआ।₹॥—¥") + list("aArReEsStT0134579@$!.-_ *,:;|/~")
    + ["\xa0", "\u3000", "\u1680", "\u2028", "·", "•", "，", "；", "坐", "牢", "’", "ʼ", "！"]
)  # fmt: skip
_MIXED_RUN = st.builds(
    lambda letters, sep: sep.join(letters),
    st.lists(st.sampled_from(["a", "r", "e", "st", "4", "ar", "जे"]), min_size=2, max_size=6),
    st.sampled_from([" ", ".", "-", "*", "  ", "\xa0", "·", "，"]),
)


@given(st.lists(st.one_of(st.text(alphabet=_MIXED_ALPHABET, max_size=8), _MIXED_RUN), max_size=6))
def test_latin_among_another_script_equals_the_ungated_reference(parts: list[str]) -> None:
    raw = "".join(parts)
    _same(normalize(raw), normalize(raw, gated=False))


def test_a_hindi_reminder_reads_its_latin_gates_off_the_skeleton() -> None:
    tables = _tables()
    raw = "Rin: नमस्ते Ravi जी, आपकी EMI ₹4,500 5 दिसंबर को देय है। कृपया समय पर भुगतान करें।"
    assert tables.plain_latin_ascii_seps_bmp.fullmatch(raw) is not None
    # Plain Latin text that must not take the skeleton: a non-ASCII separator or CJK in it.
    for off_the_path in ("a·b", "a•b", "EMI 坐牢"):
        assert tables.plain_latin_bmp.fullmatch(off_the_path) is not None, off_the_path
        assert tables.plain_latin_ascii_seps_bmp.fullmatch(off_the_path) is None, off_the_path
    # The ideographic space folds to an ASCII one before the skeleton is made: on the path.
    assert tables.plain_latin_ascii_seps_bmp.fullmatch("a\u3000b") is not None
    # Nothing in the reminder folds but its ASCII capitals: ``str.lower`` alone, no
    # substring test per folding character; one that folds is still folded.
    assert tables.unfolded_ascii_seps_bmp.fullmatch(raw) is not None
    for folding in ("EMI don’t", "कृपया！", "a\u3000b"):
        assert tables.unfolded_ascii_seps_bmp.fullmatch(folding) is None, folding
        assert tables.plain_latin_ascii_seps_bmp.fullmatch(folding) is not None, folding
    assert normalize("आपकी EMI don’t").text == "आपकी emi don't"
    # Its only non-ASCII separators are the danda and the rupee sign: the squeezed view
    # replaces them without the separator regex. Any other one takes the text off that path.
    assert tables.replaced_seps_bmp.fullmatch(raw) is not None
    assert normalize(raw).squeezed == "rinनमस्तेraviजीआपकीemi45005दिसंबरकोदेयहैकृपयासमयपरभुगतानकरें"
    for other in ("॥", "—", "¥", "\xa0", "’"):
        assert tables.replaced_seps_bmp.fullmatch(raw + other) is None, other
        assert normalize(raw + other + "x").squeezed.endswith("करेंx"), other


@pytest.mark.parametrize(
    "raw",
    ["a..r..r..e..s..t", "a r r e s t now", "ar..rest now", "Rin: pay-.-now", "坐 . 牢",
     "W3 g0 r3p0r7 y0u 70 3FCC.", "ΑRREST",
     "【安心借】您的借款¥1,234.56将于2024年12月5日到期，请按时还款。", "Straße ﬁne"],
)  # fmt: skip
def test_gated_normalize_equals_the_ungated_reference_examples(raw: str) -> None:
    _same(normalize(raw), normalize(raw, gated=False))


# What the plain fast path (Chinese, CJK punctuation, digits) accepts, and its neighbours:
# Traditional characters, full-width forms it folds with str.replace and ones it does not,
# separators that make CJK gaps, and a few characters that must take it off the fast path.
_PLAIN_ALPHABET = st.sampled_from(
    list("坐牢您的借款将于年月日到期请按时还款客服騙子通訊錄")
    + list("，！？：；（）\u3000、。【】《》「」～－·")
    + list("0123456789 .,-_*~+=|/¥$%\t\n") + list("ＡＰａ１ﬁ") + ["A", "x", "\u200b", "\U0001d41a"]
    + list("AppRrEest304@$")
)  # fmt: skip


@given(st.text(alphabet=_PLAIN_ALPHABET, max_size=40))
def test_plain_fast_path_equals_the_ungated_reference(raw: str) -> None:
    _same(normalize(raw), normalize(raw, gated=False))


def test_a_chinese_reminder_takes_the_plain_fast_path() -> None:
    raw = "【安心借】尊敬的张三先生，您的借款¥1,234.56将于2024年12月5日到期，请按时还款。"
    assert _tables().plain_bmp.fullmatch(raw) is not None
    nt = normalize(raw)
    assert nt.index is None
    assert nt.text == raw.replace("，", ",")


# The squeezed view deletes ASCII separators from the UTF-8 form: lone surrogates must
# survive the round trip, and non-ASCII punctuation must still go.
_SQUEEZE_EXTRA = st.sampled_from(["\ud800", "\udfff", "।", "₹", "，", "\xa0", "\x7f", "\x00"])


@given(
    st.text(
        alphabet=st.one_of(_GATED_ALPHABET, _PLAIN_ALPHABET, _SQUEEZE_EXTRA, st.characters()),
        max_size=40,
    )
)
def test_squeezed_view_is_the_word_view_without_separators(raw: str) -> None:
    nt = normalize(raw)
    seps = _tables().sep_chars
    for view in (nt, nt.alt):
        if view is not None:
            assert view.squeezed == "".join(c for c in view.text if c not in seps)


@given(st.text(alphabet=st.sampled_from(list("aArRsStT01.-_ :;|/~,")), max_size=40))
def test_offset_map_points_at_the_folded_characters(raw: str) -> None:
    """Walking the dropped gaps and the full index agree, and each lands on its character."""
    nt = normalize(raw)
    index = nt.index
    if index is None:
        assert len(nt.text) == len(raw)
        return
    assert list(index) == sorted(set(index)) and index[-1] == len(raw)
    for i, ch in enumerate(nt.text):
        assert nt.to_original(i) == index[i]
        assert raw.lower()[index[i]] == ch or ch.isalpha()  # leet folds digits to letters
        assert nt.span(i, i + 1) == (index[i], index[i] + 1)


@pytest.mark.parametrize(
    "raw",
    ["W.e.w.i.l.l.c.a.l.l.y.o.u.r.b.o.s.s.", "W e w i l l c a l l y o u r b o s s",
     "W\u200be\u200bw\u200bi\u200bl\u200bl\u200bc\u200ba\u200bl\u200bl\u200by\u200bo\u200bu"
     "\u200br\u200bb\u200bo\u200bs\u200bs"],
)  # fmt: skip
def test_a_message_spelled_out_without_word_spaces_keeps_its_phrases(raw: str) -> None:
    nt = normalize(raw)
    assert nt.text.startswith("wewillcallyourboss")
    hits = PhraseMatcher([("call your boss", "t")]).find(nt)
    assert [raw[h.start : h.end].replace("\u200b", "") for h in hits] in (
        ["c.a.l.l.y.o.u.r.b.o.s.s"],
        ["c a l l y o u r b o s s"],
        ["callyourboss"],
    )


@pytest.mark.parametrize(
    ("raw", "offset", "inside"),
    [("a.b.c.d.e.f", 3, True), ("a.b.c.d.e", 3, False), ("ar.rest today", 2, False),
     ("telecommunications", 5, False), ("x w.e.w.i.l.l y", 5, True), ("x w.e.w.i.l.l y", 2, False),
     # A contraction's apostrophe continues a run; it is no letter of its own.
     ("H.e.w.o.n't.l.e.a.v.e", 2, True), ("H.e.w.o.n't.l.e.a.v.e", 5, True),
     ("w.o.n't.g", 2, False), ("w.o.n't.g.o", 2, True), ("a.b.c.d.e'f", 3, True),
     ("a.b.c.d'e", 2, False), ("a.b.c.d'e x.y.z", 2, False),
     ("a.b.c won't", 7, False)],
)  # fmt: skip
def test_only_a_run_of_separated_letters_loses_its_inner_word_boundaries(
    raw: str, offset: int, inside: bool
) -> None:
    assert normalize(raw).inside_run_on(offset) is inside


def test_a_contraction_inside_a_spelled_out_message_keeps_its_phrases() -> None:
    nt = normalize("H.e.w.o.n't.l.e.a.v.e.w.i.t.h.o.u.t.t.h.e.p.a.y.m.e.n.t.")
    assert nt.text.startswith("hewon't")
    assert [h.start for h in PhraseMatcher([("won't leave", "t")]).find(nt)] == [4]
    # Four gaps and an apostrophe make a run of six letters; three gaps cannot.
    assert normalize("w.o.n't.g.o").has_run_ons
    assert not normalize("w.o.n't.g").has_run_ons


def test_within_run_on_asks_for_one_run_around_both_boundaries() -> None:
    nt = normalize("x w.e.w.i.l.l y c.a.l.l.y.o.u z")  # runs "wewill" (2-8), "callyou" (11-18)
    assert nt.within_run_on(4, 6)
    assert not nt.within_run_on(2, 6)  # the run's own start is no boundary inside it
    assert not nt.within_run_on(6, 13)  # two runs, a space between them
    assert not normalize("we will call you").within_run_on(3, 4)


def _reference_runs(nt: NormalizedText) -> list[tuple[int, int]]:
    # The definition, without the gap-count shortcut: letters or digits each kept from the
    # next by a dropped gap, or by an apostrophe that follows a letter reached across a gap.
    text, index = nt.text, nt.index
    if index is None:
        return []

    def gap(i: int) -> bool:  # between text[i - 1] and text[i]
        return index[i] - index[i - 1] > 1 and text[i - 1].isalnum() and text[i].isalnum()

    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        linked = i < len(text) and (
            gap(i)
            or (text[i] == "'" and i >= 2 and gap(i - 1) and text[i + 1 : i + 2].isalnum())
            or (text[i - 1] == "'" and i >= 3 and gap(i - 2) and text[i].isalnum())
        )
        if not linked:
            if sum(ch != "'" for ch in text[start:i]) >= 6:
                runs.append((start, i))
            start = i
    return runs


@given(
    st.lists(
        st.sampled_from(["a", "b", "1", ".", " ", "'", "n't", "\u200b", "x.y", "w.e.w.i.l.l"]),
        max_size=30,
    ).map("".join)
)
def test_run_ons_equal_their_definition(raw: str) -> None:
    nt = normalize(raw)
    expected = _reference_runs(nt)
    gaps = nt.gaps
    if gaps is None or (len(gaps) >= 5 or (len(gaps) >= 3 and "'" in nt.text)):
        # Not a text whose fold dropped only a few marks: its squashed words are runs too.
        spans = sorted(expected + nt._squashed_words())
        expected = []
        for start, end in spans:
            if expected and start < expected[-1][1]:
                expected[-1] = (expected[-1][0], max(end, expected[-1][1]))
            else:
                expected.append((start, end))
    assert nt._run_ons() == expected, raw
    assert nt.has_run_ons is bool(expected), raw


@pytest.mark.parametrize(
    ("raw", "runs"),
    [
        ("Wewillcallyourbosstomorrow unless you pay.", [(0, 26)]),
        ("Wewillcallyourbosstomorrow unless you pay. Wewillalsotellyourneighbours.",
         [(0, 26), (43, 71)]),
        # Once a message is run together, its shorter run-together words are runs too, and an
        # apostrophe does not end one.
        ("Acaseundersection 420 IPCwillberegisteredagainstyou.", [(0, 17), (22, 51)]),
        ("Paybyfridayoryou'regoingtogethurt.", [(0, 33)]),
        # A long word among ordinary ones, or a message with its spaces, is no squashed word.
        ("Mohon dipertanggungjawabkan segera. Terima kasih.", []),
        ("Pay your outstanding balance today, thank you very much indeed.", []),
        # Nor are addresses, handles, hashtags and template placeholders.
        ("Visit examplelendingcompanyportal.com now", []),
        ("Pay at www.examplelendingcompanyportal", []),
        ("Pay {{outstandingFormattedAmountText}} now", []),
        ("Follow #payyourloanontimeandsavemoney", []),
        # Nineteen letters and under: words of the markets' languages ("hatukumthibitishia").
        ("Hatukumthibitishia.", []),
    ],
)  # fmt: skip
def test_a_message_without_its_spaces_has_its_long_words_as_runs(
    raw: str, runs: list[tuple[int, int]]
) -> None:
    nt = normalize(raw)
    assert nt._run_ons() == runs
    assert nt.has_run_ons is bool(runs)


def test_spaced_runs_reads_a_run_letter_by_letter() -> None:
    nt = normalize("Y.o.u.r 80% d.i.s.c.o.u.n.t.e.n.d.s.i.n 10 m.i.n.s.")
    spaced = nt.spaced_runs()
    assert spaced is not None
    view, back = spaced
    # "your" and "mins" (four letters each) are no runs; "discountendsin" is one.
    assert view == "your 80% d i s c o u n t e n d s i n 10 mins."
    assert back[view.index("e n d s")] == nt.text.index("endsin")
    assert normalize("Your discount ends in 10 minutes.").spaced_runs() is None


@given(
    st.lists(
        st.sampled_from(
            ["a", "b", "1", ".", " ", "'", "n't", "\u200b", "x.y", "w.e.w.i.l.l", "7,5"]
        ),
        max_size=30,
    ).map("".join)
)
def test_spaced_runs_adds_only_spaces_inside_runs_and_maps_back(raw: str) -> None:
    nt = normalize(raw)
    spaced = nt.spaced_runs()
    if not nt.has_run_ons:
        assert spaced is None
        return
    assert spaced is not None
    view, back = spaced
    assert len(back) == len(view) + 1 and back[-1] == len(nt.text)
    kept = [i for i in range(len(view)) if back[i + 1] != back[i]]
    # Every word-view character once, in order; each added space stands before the character
    # it shares an offset with, at a dropped gap strictly inside a run.
    assert "".join(view[i] for i in kept) == nt.text
    assert back == sorted(back)
    added = sorted(set(range(len(view))) - set(kept))
    assert all(view[i] == " " and nt.inside_run_on(back[i]) for i in added), raw


def test_a_spelled_out_word_is_not_a_run_on_phrase_inside_a_normal_word() -> None:
    # Boundaries still hold where the writer did not spell anything out.
    assert PhraseMatcher([("rest", "t")]).find(normalize("Please arrest nothing, rest well")) != []
    assert [
        h.start for h in PhraseMatcher([("all", "t")]).find(normalize("We call you, all of you"))
    ] == [13]


# Texts with more dropped gaps than a span walks: the offset map built in one pass must give
# what walking each offset over the gaps gives.
_GAPPY = st.lists(
    st.sampled_from(["a", "b", ".", " ", "-", "\u200b", "x.y", "a b", "w.e.w.i.l.l"]),
    min_size=10,
    max_size=60,
).map("".join)


@given(_GAPPY)
def test_the_offset_map_equals_walking_the_gaps(raw: str) -> None:
    nt = normalize(raw)
    if nt.gaps is None:
        return
    walked = [nt._walk(i) for i in range(len(nt.text) + 1)]
    fresh = NormalizedText(nt.original, nt.text, nt.squeezed, None, None, nt.gaps)
    for i in range(len(nt.text) + 1):
        assert fresh.to_original(i) == walked[i]
    for start in range(len(nt.text)):
        end = min(len(nt.text), start + 5)
        assert fresh.span(start, end) == (walked[start], walked[end - 1] + 1)
    assert NormalizedText(nt.original, nt.text, nt.squeezed, None, None, nt.gaps).index == tuple(
        walked
    )


@pytest.mark.parametrize(
    "raw",
    ["ᴡᴇ ᴡɪʟʟ ᴄᴀʟʟ ʏᴏᴜʀ ʙᴏꜱꜱ", "🆆🅴 🆆🅸🅻🅻 🅲🅰🅻🅻 🆈🅾🆄🆁 🅱🅾🆂🆂", "🅦🅔 🅦🅘🅛🅛 🅒🅐🅛🅛 🅨🅞🅤🅡 🅑🅞🅢🅢",
     "🇼🇪 🇼🇮🇱🇱 🇨🇦🇱🇱 🇾🇴🇺🇷 🇧🇴🇸🇸"],
)  # fmt: skip
def test_fancy_text_letters_fold_to_latin(raw: str) -> None:
    nt = normalize(raw)
    assert nt.text == "we will call your boss"
    hits = PhraseMatcher([("call your boss", "t")]).find(nt)
    assert [raw[h.start : h.end] for h in hits] == [raw[raw.index(raw.split()[2]) :]]


def test_every_whitespace_character_is_a_separator() -> None:
    # The squeezed view drops whitespace with str.split() before its separator pass.
    whitespace = [chr(cp) for cp in range(0x110000) if chr(cp).isspace()]
    assert whitespace and set(whitespace) <= _tables().sep_chars
