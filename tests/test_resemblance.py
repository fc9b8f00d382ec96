"""The resemblance model (RES001-RES009): its arithmetic, its data and what it adds."""

from __future__ import annotations

import functools
import json
import math
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dunning_sms import Composer, check
from dunning_sms._normalize import normalize
from dunning_sms._policy import load_policy
from dunning_sms._resemblance import (
    CATEGORIES,
    MODEL_PATH,
    Model,
    grams,
    shipped_model,
    training_digest,
)
from dunning_sms._rules import CheckContext, registry, wording
from dunning_sms._rules import resemblance as family
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

DATA = Path(__file__).parent / "data" / "wording"
sys.path.insert(0, str(DATA))
from _training import examples, rows  # noqa: E402

REAL = ("quoted_real", "published_example")
POLICY = {"zh": "cn", "en": "us", "id": "id", "fil": "ph", "sw": "ke", "hi": "in", "pcm": "ng"}


def _model_json() -> dict[str, object]:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_runtime_reproduces_the_training_scripts_pinned_scores() -> None:
    model = shipped_model()
    checks = _model_json()["checks"]
    assert isinstance(checks, list) and len(checks) >= 50
    for text, probability, category in checks:
        got = model.score(normalize(text).text)
        assert got.probability == pytest.approx(probability, abs=1e-8), text
        assert got.category == category, text


def test_model_was_trained_on_the_current_development_data() -> None:
    """Changing probes, red-team rounds, the dev split, categories or normalisation means
    retraining the model."""
    training = _model_json()["training"]
    assert isinstance(training, dict)
    data = examples()
    assert training["rows"] == len(data)
    digest = training_digest([(normalize(e.text).text, e.violation, e.category) for e in data])
    assert training["digest"] == digest, (
        "the development data changed: pip install -e '.[train]' and run "
        "python tests/data/wording/train_resemblance.py"
    )


def test_no_held_out_text_is_trained_on() -> None:
    """Compared after normalisation: an evasion variant is the text it hides."""
    corpus = [json.loads(line) for line in (DATA / "corpus.jsonl").read_text("utf-8").splitlines()]
    held = {normalize(r["text"]).text for r in corpus if r["split"] == "heldout"}
    trained = {normalize(r.text).text for r in rows()}
    assert held and not held & trained
    # The boilerplate and sentence copies come from development rows only.
    assert {e.group for e in examples()} == {r.group for r in rows()}


def test_rule_examples_are_not_training_rows() -> None:
    """The sweep test over rule examples must test the model, not its memory."""
    trained = {normalize(r.text).text for r in rows()}
    for rule in family.RULES:
        for example in (*rule.failing, *rule.passing):
            assert normalize(example.text).text not in trained, (rule.code, example.text)


def test_grams_are_the_distinct_one_to_four_character_substrings() -> None:
    assert grams("abab") == sorted({"a", "b", "ab", "ba", "aba", "bab", "abab"})
    assert grams("") == []
    assert grams("还款") == ["款", "还", "还款"]


@given(
    st.text(alphabet=st.sampled_from("ab c.!?;。你好\n，ouy"), max_size=80) | st.text(max_size=300)
)
def test_fast_test_and_full_score_agree_on_any_text(text: str) -> None:
    model = shipped_model()
    folded = normalize(text).text
    score = model.score(folded)
    assert model.logit(folded) == score.logit
    assert 0.0 <= score.probability <= 1.0
    assert score.category in CATEGORIES
    for start, end, weight in score.evidence:
        assert 0 <= start < end <= len(folded) and weight > 0
    # The units (whole text, then each sentence; cached sentences included) score as their
    # own texts do, and the checker warns exactly when one reaches the threshold.
    units = model.unit_logits(folded)
    assert units == model.unit_logits(folded)
    assert units[0] == (model.logit(folded), 0, len(folded))
    for logit, lo, hi in units[1:]:
        assert logit == model.logit(folded[lo:hi])
    policy = load_policy("us")
    ctx = CheckContext(text=text, policy=policy, languages=policy.languages)
    found = list(family.FAMILY.bind(policy).check(ctx))
    assert bool(found) == (max(u[0] for u in units) >= model.logit_threshold)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)


def test_finding_names_the_sentence_the_category_and_the_grams() -> None:
    threat = "Police will arrest you at work tomorrow unless you pay today."
    text = f"Hello from the finance team. {threat} Your balance is $1,250.75 as of today."
    found = [f for f in check(text, policy="us").findings if f.rule.startswith("RES")]
    assert len(found) == 1
    f = found[0]
    assert f.severity == "warning" and f.category == "threat_arrest_or_criminal"
    assert registry()[f.rule].category == f.category
    assert text[f.start : f.end] == threat
    assert "model score" in f.message and "strongest grams" in f.message
    # Full-width letters change nothing but the offsets, which map back to the original.
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    (g,) = [f for f in check(wide, policy="us").findings if f.rule.startswith("RES")]
    assert (g.start, g.end) == (f.start, f.end)


def test_plain_reminders_stay_below_the_threshold() -> None:
    model = shipped_model()
    for text in (
        "【安心借】尊敬的张*先生，您的借款¥1,234.56将于2024年12月5日到期，请按时还款。客服400-123-4567",
        "Harbor Credit: your payment of $250.00 is due Dec 5. Pay in the app or call "
        "1-888-555-0142. Reply STOP to opt out.",
        "Habari Amina, deni lako la KSh 2,500 linafaa kulipwa tarehe 5/12. Asante.",
    ):
        folded = normalize(text).text
        assert max(u[0] for u in model.unit_logits(folded)) < model.logit_threshold, text


def test_a_policy_may_raise_the_rules_to_refuse(tmp_path: Path) -> None:
    text = "Police will arrest you at work tomorrow unless you pay today."
    assert ("RES002", "warning") in {
        (f.rule, f.severity) for f in check(text, policy="us").findings
    }
    strict = tmp_path / "strict.toml"
    strict.write_text('extend = "us"\n[rules.severity]\nRES002 = "error"\n', encoding="utf-8")
    report = check(text, policy=load_policy(strict))
    assert ("RES002", "error") in {(f.rule, f.severity) for f in report.findings}
    assert not report.ok


_WRAPPERS = {  # a reviewer's boilerplate, not the training script's
    "zh": ("【安心借】", "客服400-123-4567"),
    "en": ("Harbor Credit: ", " Reply STOP to opt out."),
    "pcm": ("QuickCash: ", " Call 0800-123-4567."),
    "sw": ("Jamii SACCO: ", " Piga 0700 000 000."),
    "fil": ("PesoAgad: ", " Tumawag sa 0917-123-4567."),
    "id": ("KreditKu: ", " Hubungi 021-555-0100."),
    "hi": ("Suvidha Finance: ", " Call 1800-123-4567."),
}


# Per language: the policy and locale of a shipped reminder, and the greeting it opens with.
_REMINDERS = {
    "zh": ("cn", "zh_CN", "尊敬的张*您好，"),
    "en": ("us", "en_US", "Hello, "),
    "id": ("id", "id_ID", "Yth. Bapak/Ibu, "),
    "fil": ("ph", "fil_PH", "Magandang araw po. "),
    "sw": ("ke", "sw_KE", "Habari, "),
    "hi": ("in", "hi_IN", "नमस्ते, "),
    "pcm": ("ng", "en_NG", "Hello, "),
}


@functools.cache
def _reminder(lang: str) -> str:
    """The shipped overdue_early reminder in ``lang``'s locale, composed from sample data."""
    policy, locale, greeting = _REMINDERS[lang]
    loan = sample_loan(policy)
    borrower = sample_borrower(policy).model_copy(update={"locale": locale})
    text = (
        Composer(policy)
        .preview(
            "overdue_early",
            borrower=borrower,
            loan=loan,
            lender=sample_lender(policy),
            as_of=loan.due_date + timedelta(days=5),
        )
        .text
    )
    assert greeting in text, text
    return text


def _in_a_reminder(text: str, lang: str) -> tuple[str, str]:
    """``text`` as a sentence of a shipped reminder, right after its greeting (where a lender
    would put it), and the reminder's policy."""
    policy, _, greeting = _REMINDERS[lang]
    stop = "。" if lang == "zh" else "."
    sentence = text if text.rstrip()[-1:] in ".!?。！？" else text.rstrip() + stop
    joined = greeting + sentence + ("" if lang == "zh" else " ")
    return _reminder(lang).replace(greeting, joined, 1), policy


def _verdict(text: str, policy_name: str, cache: dict[str, object]) -> tuple[bool, bool]:
    """(the wording family refuses ``text``, the model warns about it)."""
    if policy_name not in cache:
        policy = load_policy(policy_name)
        cache[policy_name] = (policy, wording.FAMILY.bind(policy), family.FAMILY.bind(policy))
    policy, words, model = cache[policy_name]  # type: ignore[misc]
    ctx = CheckContext(text=text, policy=policy, languages=policy.languages)
    return any(f.severity == "error" for f in words.check(ctx)), any(model.check(ctx))


def _refused_or_warned(text: str, policy_name: str, cache: dict[str, object]) -> bool:
    return any(_verdict(text, policy_name, cache))


def _final_set_tally(name: str, *, composed: bool = False) -> dict[tuple[str, str], list[int]]:
    """[refused, refused or warned, messages] per (probe, label) of heldout_probes/``name``,
    each message as written or (``composed``) inside a shipped reminder."""
    path = DATA / "heldout_probes" / f"{name}.jsonl"
    cache: dict[str, object] = {}
    got: dict[tuple[str, str], list[int]] = {}
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        text, policy = (
            _in_a_reminder(row["text"], row["lang"]) if composed else (row["text"], row["policy"])
        )
        refused, warned = _verdict(text, policy, cache)
        tally = got.setdefault((str(row["probe"]), row["label"]), [0, 0, 0])
        tally[0] += refused
        tally[1] += refused or warned
        tally[2] += 1
    return got


def _held_out_tally(present: Callable[[dict[str, str]], tuple[str, str]]) -> tuple[int, ...]:
    """(caught, violations, flagged, lawful) over the held-out real texts, each presented as
    ``present(row)`` returns it: (text, policy name)."""
    corpus = [json.loads(line) for line in (DATA / "corpus.jsonl").read_text("utf-8").splitlines()]
    cache: dict[str, object] = {}
    caught = total = flagged = lawful = 0
    for row in corpus:
        if row["split"] != "heldout" or row["origin"] not in REAL:
            continue
        hit = _refused_or_warned(*present(row), cache)
        if row["label"] == "violation":
            total += 1
            caught += hit
        else:
            lawful += 1
            flagged += hit
    return caught, total, flagged, lawful


@pytest.mark.parametrize(
    ("wrapped", "most_flagged", "least_caught"), [(False, 7, 97), (True, 4, 95)]
)
def test_held_out_real_texts_with_the_model(
    wrapped: bool, most_flagged: int, least_caught: int
) -> None:
    """The real texts held out from tuning and training: refused or sent for review.

    A text counts when the wording family refuses it or the model warns; ``wrapped`` puts
    each in a lender's name and a contact line first, as every composed message is. Floors
    are the measured values (docs/wording.md, 'The resemblance model'). The wording family
    alone refuses 84 and 1 (test_wording).
    """

    def present(row: dict[str, str]) -> tuple[str, str]:
        text = row["text"]
        if wrapped:
            text = _WRAPPERS[row["lang"]][0] + text + _WRAPPERS[row["lang"]][1]
        return text, POLICY[row["lang"]]

    caught, total, flagged, lawful = _held_out_tally(present)
    assert total >= 123 and caught >= least_caught, (caught, total)
    assert lawful >= 169 and flagged <= most_flagged, (flagged, lawful)


def test_session_14_final_probes_keep_their_measured_results() -> None:
    """Blind sets never trained on (heldout_probes/session14.jsonl), as measured.

    Session 14's model: 151/160 (probe 126) and 156/160 (round 50); session 15's, trained with
    probe 128 as well, 150 and 155; session 16's (probes 133 and 134 and lawful sentence pairs
    added) 149 and 156 (docs/wording-log.md)."""
    got = {key: tally[1:] for key, tally in _final_set_tally("session14").items()}
    assert got == {
        ("125", "violation"): [60, 60],
        ("125", "lawful"): [7, 60],
        ("126", "violation"): [151, 160],
        ("126", "lawful"): [5, 40],
        ("127", "lawful"): [45, 120],
        ("red-team 50", "violation"): [156, 160],
    }


def test_model_rejects_a_file_it_cannot_read() -> None:
    data = _model_json()
    with pytest.raises(ValueError, match="format"):
        Model.from_json({**data, "format": 2})
    with pytest.raises(ValueError, match="categories"):
        Model.from_json({**data, "categories": list(reversed(CATEGORIES))})
    with pytest.raises(ValueError, match="threshold"):
        Model.from_json({**data, "threshold": 1.5})
    assert math.isfinite(shipped_model().logit_threshold)


def test_a_policy_that_ignores_the_rules_does_not_run_the_model(tmp_path: Path) -> None:
    from dunning_sms._rules import RuleEngine

    fast = tmp_path / "fast.toml"
    fast.write_text('extend = "us"\n[rules]\nignore = ["RES"]\n', encoding="utf-8")
    policy = load_policy(fast)
    assert "resemblance" not in {f.name for f, _ in RuleEngine(policy)._checkers}
    report = check("You are a deadbeat and a thief. Pay what you owe.", policy=policy)
    assert not any(f.rule.startswith("RES") for f in report.findings)
    assert "resemblance" in {f.name for f, _ in RuleEngine(load_policy("us"))._checkers}


def test_no_blind_final_probe_is_trained_on() -> None:
    paths = sorted((DATA / "heldout_probes").glob("session*.jsonl"))
    assert len(paths) >= 3
    kept_apart = {
        normalize(json.loads(line)["text"]).text
        for path in paths
        for line in path.read_text("utf-8").splitlines()
    }
    trained = {normalize(r.text).text for r in rows()}
    assert kept_apart and not kept_apart & trained


def test_session_15_final_probes_keep_their_measured_results() -> None:
    """Session 15's final blind sets (heldout_probes/session15.jsonl), never tuned or trained
    on, as measured on the session's final checker: (wording family refuses, refused or
    warned, messages). Probes 129 and 130 are real-style messages from two writers each (one
    in English, one in the six other languages); round 51 is a red team told how the checker
    works. Refused or warned with session 16's models: probes 129 and 130 226 and 192 with
    probes 133 and 134 in the training, 225 and 193 with lawful sentence pairs as well.
    Session 20's rules that a credit bureau as the speaker is impersonation and that a debt
    said to double is misleading: probe 129 208 -> 211 refused, 225 -> 226 refused or warned;
    probe 130 179 -> 180 and 193 -> 194; with exploding offers, 130 182 and 195."""
    assert _final_set_tally("session15") == {
        ("129", "violation"): [216, 230, 240],
        ("129", "lawful"): [7, 7, 120],
        ("130", "violation"): [184, 196, 200],
        ("130", "lawful"): [3, 3, 100],
        ("red-team 51", "violation"): [140, 157, 160],
    }


def test_session_16_final_probes_keep_their_measured_results() -> None:
    """Session 16's final blind sets (heldout_probes/session16.jsonl), never tuned or trained
    on, as measured on the session's final checker: (wording family refuses, refused or
    warned, messages). Probe 135 is English across six markets, probe 136 the six other
    languages; both in the style of real texts quoted in complaints, news and filings. On the
    session's starting commit: 80, 92 and 81, 94 (docs/wording-log.md). Session 20's rules on
    bureaus, doubled debts and exploding offers: probe 136 81 -> 83 refused."""
    assert _final_set_tally("session16") == {
        ("135", "violation"): [81, 96, 100],
        ("135", "lawful"): [0, 0, 50],
        ("136", "violation"): [84, 94, 100],
        ("136", "lawful"): [0, 0, 50],
    }


def test_session_16_final_probes_inside_a_composed_reminder() -> None:
    """The same sets, each message put after the greeting of a shipped reminder: where the
    model loses most (its own catches 84 and 79 as written, 54 and 68 here; before lawful
    sentence pairs joined its training, 43 and 61)."""
    assert _final_set_tally("session16", composed=True) == {
        ("135", "violation"): [81, 91, 100],
        ("135", "lawful"): [0, 0, 50],
        ("136", "violation"): [84, 95, 100],
        ("136", "lawful"): [0, 0, 50],
    }


def test_session_17_blind_sets_keep_their_measured_results() -> None:
    """Session 17's blind sets (heldout_probes/session17.jsonl), never read, tuned or trained
    on: (wording family refuses, refused or warned, messages), as written and inside a
    composed reminder. Probe 137 is a writer's lawful anti-fraud warnings, rights notices,
    negations and service messages that use insult and threat words (120), with 60
    violations in the same words. Probes 138 (English across six markets) and 139 (the six
    other languages) are the final measure, in the style of real texts quoted in complaints,
    news and filings. Every figure was the same on the session's starting commit. Session
    20's debt-said-to-double rule: probe 139 94 -> 96 refused (96 -> 98, 95 -> 97)."""
    assert _final_set_tally("session17") == {
        ("137", "lawful"): [49, 51, 120],
        ("137", "violation"): [55, 59, 60],
        ("138", "violation"): [87, 99, 100],
        ("138", "lawful"): [0, 0, 50],
        ("139", "violation"): [98, 99, 100],
        ("139", "lawful"): [0, 0, 50],
    }
    assert _final_set_tally("session17", composed=True) == {
        ("137", "lawful"): [48, 49, 120],
        ("137", "violation"): [55, 56, 60],
        ("138", "violation"): [85, 92, 100],
        ("138", "lawful"): [0, 0, 50],
        ("139", "violation"): [97, 98, 100],
        ("139", "lawful"): [0, 0, 50],
    }


def test_session_18_sets_keep_their_measured_results() -> None:
    """Session 18's sets (heldout_probes/session18.jsonl), never trained on: (wording family
    refuses, refused or warned, messages), as written and inside a composed reminder. Probe
    140: denied lists followed by a clause with its own subject, measured blind (lawful 30 of
    120 refused on the starting commit, 28 after the list changes) and then read: the
    exception and qualifier changes were written from its false alarms. Probes 141 (a red
    team on lists, qualifiers, exceptions and conditional denials) and 142 (lawful denial
    lists) were measured blind on the first two rounds of changes (74 of 80 and 36 -> 25 of
    100) and then read; the third round (a qualifier in an earlier item, "disgrace" as a list
    verb) was written partly from 142's false alarms. Probes 143 (a red team on qualifiers,
    "disgrace" and Tagalog singular denials) and 144 (lawful lists in the same style) were
    measured blind on the third round: 68 of 80 and 35 -> 27 of 100 (38 on the starting
    commit); the fourth round was written from 144's false alarms (27 -> 25). Probes 145 (a
    red team on calling-hour limits, ", or" lists and subject-auxiliary denials) and 146
    (lawful rights notices in that style) were measured blind on the fourth round: 74 of 80
    before and after, and 55 -> 37 of 100 (55 on the starting commit); the fifth round was
    written from 146's false alarms (37 -> 30). Probes 147 (a red team on calling-hour limits
    beside hidden threats and conditional ", or" denials) and 148 (lawful notices in that
    style) were measured blind on the fifth round: 69 of 80 before and after, and 45 -> 37
    of 100 (59 on the starting commit); the sixth round was written from 148's false alarms
    (37 -> 32). Probes 149 (a red team of ", or" ultimatums and fake denials) and 150
    (lawful ", or" denials after a non-contact verb) were measured blind on the sixth round:
    67 of 80 before and after, and 51 -> 25 of 100 (72 on the starting commit); the object
    words' move into the packs was written partly from 148 and 150 (148: 32 -> 26, 150: 25 ->
    21). Probes 151 (an Indonesian and Tagalog red team of ", atau"/", o" ultimatums and
    denials) and 152 (lawful lists in those languages) were measured blind on it: 65 -> 64
    of 80 and 26 -> 21 of 100; the one lost ("… o isusumbong sa barangay, kung bayad ka
    today") was read and caught again by a Tagalog mercy ("kung bayad ka"). Probes 153
    (English across six markets) and 154 (the six other languages) are the session's final
    measure, in the style of real texts quoted in complaints, news and filings, never read,
    tuned or trained on; the same on the session's starting commit (153's one lawful
    false alarm, "Our collectors will only contact you from 6AM-10PM", was read afterwards:
    the bare phrase "our collectors will" that refused it is gone, so 153 is 0 of 50 now).
    Probes 155 (a Pidgin,
    Indonesian and Tagalog red team built on contrast words) and 156 (lawful "only you, not
    your family" messages) were measured blind on the pair negators: 54 of 60 before and
    after, and 34 -> 13 of 60. Session 19's pronoun rule ("we won't text your family, we
    will call them tonight") refuses one more of 141, two more of 143 and one more of 153
    (a violation refused as written: 88 -> 89), and no lawful message."""
    assert _final_set_tally("session18") == {
        ("140", "violation"): [37, 39, 40],
        ("140", "lawful"): [19, 20, 120],
        ("141", "violation"): [75, 79, 80],
        ("142", "lawful"): [21, 21, 100],
        ("143", "violation"): [70, 76, 80],
        ("144", "lawful"): [20, 22, 100],
        ("145", "violation"): [74, 77, 80],
        ("146", "lawful"): [24, 24, 100],
        ("147", "violation"): [70, 72, 80],
        ("148", "lawful"): [25, 26, 100],
        ("149", "violation"): [67, 79, 80],
        ("150", "lawful"): [21, 21, 100],
        ("151", "violation"): [66, 73, 80],
        ("152", "lawful"): [21, 22, 100],
        ("153", "violation"): [89, 99, 100],
        ("153", "lawful"): [0, 0, 50],
        ("154", "violation"): [91, 96, 100],
        ("154", "lawful"): [0, 0, 50],
        ("155", "violation"): [54, 57, 60],
        ("156", "lawful"): [13, 13, 60],
    }
    assert _final_set_tally("session18", composed=True) == {
        ("140", "violation"): [37, 39, 40],
        ("140", "lawful"): [18, 19, 120],
        ("141", "violation"): [74, 79, 80],
        ("142", "lawful"): [20, 21, 100],
        ("143", "violation"): [70, 76, 80],
        ("144", "lawful"): [20, 22, 100],
        ("145", "violation"): [73, 76, 80],
        ("146", "lawful"): [24, 24, 100],
        ("147", "violation"): [69, 70, 80],
        ("148", "lawful"): [24, 25, 100],
        ("149", "violation"): [67, 73, 80],
        ("150", "lawful"): [21, 21, 100],
        ("151", "violation"): [66, 71, 80],
        ("152", "lawful"): [21, 22, 100],
        ("153", "violation"): [89, 95, 100],
        ("153", "lawful"): [0, 0, 50],
        ("154", "violation"): [91, 92, 100],
        ("154", "lawful"): [0, 0, 50],
        ("155", "violation"): [54, 57, 60],
        ("156", "lawful"): [13, 13, 60],
    }


def test_session_19_sets_keep_their_measured_results() -> None:
    """Session 19's sets (heldout_probes/session19.jsonl), never trained on, as in session
    18's test. Pairs of blind sets on the pronoun rule, each written without the checker:
    red teams of a third party named again by a pronoun ("we won't text your family, we
    will call them"), and lawful notices that refer back to third parties the same way.
    Refused by the wording family on the session's starting commit, then with the rule:
    157 (red team) 38 -> 55 and 158 (lawful) 11 -> 11 with the first version (54 and 11 with
    the kept one); 159 40 -> 45 and 160 7 -> 10 with it narrowed to each pack's own pronouns
    on the verb's side, which missed its written thresholds; 163 36 -> 46 and 164 15 -> 15
    with the pronoun kept in the verb's clause and after no scam condition, the version kept
    (160: 10 -> 7 once read). Then an anti-fraud notice whose impostor calls the family
    ("scammers are calling your relatives pretending to be us") was written from 158, 160
    and 164's false alarms (164: 15 -> 12) and measured on probes 165 (a red team laundering
    threats in fraud-warning words) and 166 (lawful anti-fraud notices): 57 -> 56 and 23 ->
    17 refused. Probes 167-172 measured changes that were withdrawn (docs/wording-log.md): 167
    and 169 are Swahili red teams on verbs that hold their object ("tutampigia"), 168 and
    170 Swahili lawful notices, 171 a red team and 172 lawful notices about a relative who
    called the lender ("your sister called us"), 173 and 174 verbs that reach a person only
    through a pronoun ("we'll ring her"), 175 and 176 written authorisations of a contact
    (a red team laundering through them, and lawful notices); their figures are the kept
    code's. Probes 177 (a second red team laundering through authorisations) and 178
    (lawful authorised contacts) measured the kept change that a debt told after an
    authorised contact is no limited purpose: 40 -> 51 and 5 -> 5 refused. Probes
    161 (English across six markets) and 162 (the six other languages) are the session's
    final measure on the realistic brief, never read, tuned or trained on: the same on the
    session's starting commit."""
    assert _final_set_tally("session19") == {
        ("157", "violation"): [54, 58, 60],
        ("158", "lawful"): [11, 11, 60],
        ("159", "violation"): [45, 54, 60],
        ("160", "lawful"): [7, 9, 60],
        ("161", "lawful"): [0, 0, 50],
        ("161", "violation"): [89, 96, 100],
        ("162", "lawful"): [0, 0, 50],
        ("162", "violation"): [88, 93, 100],
        ("163", "violation"): [46, 56, 60],
        ("164", "lawful"): [11, 11, 60],
        ("165", "violation"): [56, 60, 60],
        ("166", "lawful"): [17, 17, 60],
        ("167", "violation"): [24, 34, 40],
        ("168", "lawful"): [10, 10, 40],
        ("169", "violation"): [16, 30, 40],
        ("170", "lawful"): [10, 10, 40],
        ("171", "violation"): [41, 48, 50],
        ("172", "lawful"): [33, 33, 50],
        ("173", "violation"): [39, 53, 60],
        ("174", "lawful"): [17, 17, 60],
        ("175", "violation"): [53, 60, 60],
        ("176", "lawful"): [18, 18, 60],
        ("177", "violation"): [51, 53, 60],
        ("178", "lawful"): [5, 5, 60],
    }
    assert _final_set_tally("session19", composed=True) == {
        ("157", "violation"): [53, 55, 60],
        ("158", "lawful"): [11, 11, 60],
        ("159", "violation"): [45, 51, 60],
        ("160", "lawful"): [7, 8, 60],
        ("161", "lawful"): [0, 0, 50],
        ("161", "violation"): [86, 91, 100],
        ("162", "lawful"): [0, 0, 50],
        ("162", "violation"): [88, 90, 100],
        ("163", "violation"): [46, 55, 60],
        ("164", "lawful"): [10, 10, 60],
        ("165", "violation"): [56, 59, 60],
        ("166", "lawful"): [19, 19, 60],
        ("167", "violation"): [26, 31, 40],
        ("168", "lawful"): [10, 10, 40],
        ("169", "violation"): [19, 25, 40],
        ("170", "lawful"): [12, 12, 40],
        ("171", "violation"): [40, 44, 50],
        ("172", "lawful"): [33, 33, 50],
        ("173", "violation"): [39, 49, 60],
        ("174", "lawful"): [17, 17, 60],
        ("175", "violation"): [53, 58, 60],
        ("176", "lawful"): [18, 18, 60],
        ("177", "violation"): [51, 51, 60],
        ("178", "lawful"): [5, 5, 60],
    }


def test_session_20_sets_keep_their_measured_results() -> None:
    """Session 20's Swahili sets (heldout_probes/session20.jsonl), written blind by four
    writers who never saw the checker: red teams 179 and 181 (Kenyan collection abuse, half
    of it subtle) and lawful notices 180 and 182 (half of them hard: guarantors, employers,
    relatives, anti-fraud and rights notices). They measured a Swahili rewrite of WSW005
    (people named bare replaced by people paired with verbs that carry their object) that
    was withdrawn: 179/180 45 -> 44 and 13 -> 7 refused, then on the fresh pair 181/182,
    which decided it, 40 -> 38 and 10 -> 4, and the rule written before them allowed a loss
    of one violation at most (docs/wording-log.md, Session 20). Probes 183 (English in six
    markets) and 184 (the six other languages), on the realistic brief of sessions 15-19,
    measured a vocabulary widening of every pack, withdrawn: 162 -> 163 of 200 refused
    where its rule asked for 4 more. Probes 185 (lawful notices denying impersonation) and
    186 (threats laundered in such denials) measured the kept change that "as" is glue and
    Swahili denials disavow ("We no dey send message as police", "Hatutumi ujumbe kwa jina
    la polisi"): 25 -> 22 and 58 -> 58 refused. That change was written after reading
    probe 184's two lawful texts it clears (3 -> 1), so 184's lawful figure is no longer
    blind. Probes 187 and 188 (fresh sets on 185 and 186's briefs) measured a second round
    of impostor words, markers and glue tuned on 185 (22 -> 10 there): 21 -> 20 and 56 ->
    55 refused, short of the three its rule asked for; withdrawn. Probes 189 (lenders posing
    as credit bureaus) and 190 (lawful notices naming the bureaus) measured the kept change
    that a bureau as the speaker is impersonation ("This is the CRB", "Message from
    Equifax", 这里是征信中心): 20 -> 32 and 0 -> 0 refused. It was written after reading
    three of probe 183's misses (78 -> 81), so 183's figure is no longer blind either.
    Probes 191 (debts said to double or multiply) and 192 (lawful fee notices, a third of
    them saying "double" or "twice" lawfully) measured the kept rule that a debt said to
    double is misleading: 11 -> 25 and 0 -> 1 refused (183: 81 -> 82). Probes 193
    (exploding settlement offers, "expires in 10 minutes") and 194 (lawful offers and
    reminders with real deadlines) measured the kept rule that an offer with a minutes-scale
    deadline is misleading: 22 -> 39 and 1 -> 1 (184: 84 -> 85). Figures are the kept
    code's; session 21's rules (a credit record said to be permanent, publishing defaulters)
    later raised 181, 183, 184 and 193."""
    assert _final_set_tally("session20") == {
        ("179", "violation"): [46, 56, 60],
        ("180", "lawful"): [11, 11, 60],
        ("181", "violation"): [44, 50, 60],
        ("182", "lawful"): [9, 10, 60],
        ("183", "lawful"): [1, 1, 50],
        ("183", "violation"): [87, 98, 100],
        ("184", "lawful"): [1, 1, 50],
        ("184", "violation"): [91, 97, 100],
        ("185", "lawful"): [22, 22, 60],
        ("186", "violation"): [58, 60, 60],
        ("187", "lawful"): [21, 21, 60],
        ("188", "violation"): [56, 60, 60],
        ("189", "violation"): [33, 40, 60],
        ("190", "lawful"): [0, 1, 60],
        ("191", "violation"): [46, 50, 60],
        ("192", "lawful"): [1, 1, 60],
        ("193", "violation"): [44, 50, 60],
        ("194", "lawful"): [1, 2, 60],
    }
    assert _final_set_tally("session20", composed=True) == {
        ("179", "violation"): [46, 51, 60],
        ("180", "lawful"): [11, 11, 60],
        ("181", "violation"): [44, 45, 60],
        ("182", "lawful"): [9, 9, 60],
        ("183", "lawful"): [1, 1, 50],
        ("183", "violation"): [87, 94, 100],
        ("184", "lawful"): [1, 1, 50],
        ("184", "violation"): [91, 95, 100],
        ("185", "lawful"): [21, 21, 60],
        ("186", "violation"): [58, 60, 60],
        ("187", "lawful"): [21, 21, 60],
        ("188", "violation"): [55, 60, 60],
        ("189", "violation"): [32, 38, 60],
        ("190", "lawful"): [0, 0, 60],
        ("191", "violation"): [46, 50, 60],
        ("192", "lawful"): [1, 1, 60],
        ("193", "violation"): [44, 47, 60],
        ("194", "lawful"): [1, 2, 60],
    }


def test_session_21_sets_keep_their_measured_results() -> None:
    """Session 21's sets (heldout_probes/session21.jsonl), written blind by six writers who
    never saw the checker, each pair measuring one rule fixed before it existed
    (docs/wording-log.md, Session 21). Probes 195 (credit records said to be permanent) and 196
    (lawful credit-reporting notices) measured the first round of WXX017: 17 -> 49 and 1 -> 5
    refused, over its rule's one more lawful refusal, so 196's four were read and the
    patterns made same-sentence; the fresh pair 199/200 on the same briefs decided the kept
    rule: 19 -> 43 and 0 -> 0. Probes 197 (threats to publish defaulters) and 198 (lawful
    notices naming websites, pages, names and photos) measured the kept publication
    patterns: 46 -> 52 and 7 -> 7. 195 and 196 are tuning sets now; the figures are the kept
    code's."""
    assert _final_set_tally("session21") == {
        ("195", "violation"): [49, 50, 60],
        ("196", "lawful"): [1, 1, 60],
        ("197", "violation"): [52, 54, 60],
        ("198", "lawful"): [7, 7, 60],
        ("199", "violation"): [43, 46, 60],
        ("200", "lawful"): [0, 2, 60],
    }
    assert _final_set_tally("session21", composed=True) == {
        ("195", "violation"): [49, 50, 60],
        ("196", "lawful"): [1, 1, 60],
        ("197", "violation"): [52, 54, 60],
        ("198", "lawful"): [7, 7, 60],
        ("199", "violation"): [43, 44, 60],
        ("200", "lawful"): [0, 1, 60],
    }


def test_session_22_sets_keep_their_measured_results() -> None:
    """Session 22's sets (heldout_probes/session22.jsonl), written blind by eight writers who
    never saw the checker, each pair measuring one rule fixed before it existed
    (docs/wording-log.md, Session 22). Probes 201 (debts said to multiply) and 202 (lawful
    notices using multiplier words) measured the first round of the multiplier patterns:
    4 -> 34 and 4 -> 8 refused, over its rule's one more lawful refusal, so 202's four were
    read and the patterns became WXX018 with denials; the fresh pair 205/206 on the same
    briefs decided the kept rule: 5 -> 37 and 5 -> 5. Probes 203 (collectors posing as a
    financial regulator) and 204 (lawful notices naming regulators) measured the kept
    regulator patterns: 19 -> 35 and 1 -> 1. Probes 207 (lawful answers that a debt does not
    double) and 208 (debts said to double) measured session 20's doubling patterns moved
    into WXX018: 36 -> 24 and 35 -> 35. The figures are the current code's: Tagalog denials
    with "po" were added after that measure, and session 23's reading of a multiple stated as
    two sums and its move of WXX009's doubling phrases into WXX018 moved 201, 205-208."""
    assert _final_set_tally("session22") == {
        ("201", "violation"): [37, 46, 60],
        ("202", "lawful"): [2, 3, 60],
        ("203", "violation"): [59, 60, 60],
        ("204", "lawful"): [1, 1, 60],
        ("205", "violation"): [45, 49, 60],
        ("206", "lawful"): [3, 3, 60],
        ("207", "lawful"): [21, 21, 60],
        ("208", "violation"): [37, 48, 60],
    }
    assert _final_set_tally("session22", composed=True) == {
        ("201", "violation"): [37, 42, 60],
        ("202", "lawful"): [2, 3, 60],
        ("203", "violation"): [53, 55, 60],
        ("204", "lawful"): [1, 1, 60],
        ("205", "violation"): [45, 47, 60],
        ("206", "lawful"): [3, 3, 60],
        ("207", "lawful"): [21, 21, 60],
        ("208", "violation"): [37, 43, 60],
    }


def test_session_23_sets_keep_their_measured_results() -> None:
    """Session 23's sets (heldout_probes/session23.jsonl), written blind by six writers who
    never saw the checker, each pair measuring one rule fixed before it existed
    (docs/wording-log.md, Session 23). Probes 209 (debts said to grow to a multiple, stated as
    two sums) and 210 (lawful texts with sums in growth frames) measured the first round of
    the growth reading: 2 -> 24 and 0 -> 3 refused, over its rule's one more lawful refusal;
    210's three were top-up offers, so round 2 added offer words (and, before its measure,
    a debt's sum stated in the sentence before), and the fresh pair 213/214 on the same
    briefs decided it: 3 -> 33 and 0 -> 1 (then 0, with rates read as no sum). Probes 211
    (lawful answers that a debt does not double) and 212 (debts said to double) measured
    WXX009's doubling phrases moved into WXX018, apostrophes folded and a question before a
    closing quote ending its sentence: 17 -> 14 and 39 -> 39."""
    assert _final_set_tally("session23") == {
        ("209", "violation"): [39, 45, 60],
        ("210", "lawful"): [0, 2, 60],
        ("211", "lawful"): [14, 15, 60],
        ("212", "violation"): [39, 51, 60],
        ("213", "violation"): [33, 40, 60],
        ("214", "lawful"): [0, 1, 60],
    }
    assert _final_set_tally("session23", composed=True) == {
        ("209", "violation"): [39, 41, 60],
        ("210", "lawful"): [0, 0, 60],
        ("211", "lawful"): [14, 16, 60],
        ("212", "violation"): [39, 48, 60],
        ("213", "violation"): [33, 37, 60],
        ("214", "lawful"): [0, 1, 60],
    }


def test_session_24_sets_keep_their_measured_results() -> None:
    """Session 24's sets (heldout_probes/session24.jsonl), written blind by four writers who
    never saw the checker, each pair measuring one rule fixed before it existed
    (docs/wording-log.md, Session 24). Probes 215 (an unspecified harsh action threatened:
    "strict action will be taken against you") and 216 (the same words used lawfully)
    measured each pack's new WXX019: 7 -> 33 and 4 -> 5 refused; both were then read and
    tuned on (58 and 4 here). Probes 217 (collectors posing as a regulator) and 218 (lawful
    texts naming regulators) measured WXX008's sender tags, units and hand-over claims:
    23 -> 38 and 2 -> 2. Inside a composed reminder a regulator's name no longer opens the
    message, so 217 falls to 25 there. Probes 219 (legal-process theatre) and 220 (lawful
    texts naming legal departments and courts) measured hand-overs to legal staff and legal
    steps said to be under way, counted as flagged (a warning or an error of the wording
    family): 26 -> 41 and 10 -> 11; refused 14 -> 14 and 4 -> 4. The tallies here count
    refusals and the model's warnings, not the wording family's own warnings. Probes 221
    (unspecified consequences of non-payment laid on the borrower) and 222 (lawful
    consequences and responsibility wording) measured WXX019's consequence patterns: 3 -> 12
    and 1 -> 2 refused; both were then read and tuned on (57 and 1 here). Probes 223
    (restrictions a lender cannot impose: frozen bank accounts, closed wallets, travel bans)
    and 224 (the same words used lawfully) measured WXX004's restriction patterns: 18 -> 23
    and 6 -> 7; read and tuned on after (53 and 6 here)."""
    assert _final_set_tally("session24") == {
        ("215", "violation"): [58, 59, 60],
        ("216", "lawful"): [4, 4, 60],
        ("217", "violation"): [38, 40, 60],
        ("218", "lawful"): [2, 2, 60],
        ("219", "violation"): [22, 37, 60],
        ("220", "lawful"): [4, 4, 60],
        ("221", "violation"): [57, 58, 60],
        ("222", "lawful"): [1, 2, 60],
        ("223", "violation"): [54, 56, 60],
        ("224", "lawful"): [6, 8, 60],
    }
    assert _final_set_tally("session24", composed=True) == {
        ("215", "violation"): [58, 59, 60],
        ("216", "lawful"): [4, 4, 60],
        ("217", "violation"): [25, 26, 60],
        ("218", "lawful"): [2, 2, 60],
        ("219", "violation"): [22, 34, 60],
        ("220", "lawful"): [4, 4, 60],
        ("221", "violation"): [57, 58, 60],
        ("222", "lawful"): [1, 2, 60],
        ("223", "violation"): [54, 56, 60],
        ("224", "lawful"): [6, 7, 60],
    }


def test_session_25_sets_keep_their_measured_results() -> None:
    """Session 25's sets (heldout_probes/session25.jsonl), written blind by writers who never
    saw the checker (docs/wording-log.md, Session 25). Probes 225-228 were read to name the
    session's classes: false urgency (24 refused at the start), third-party contact (46),
    and lawful time-bound reminders and mentions of third parties (1 and 8). Probes 233
    (consequences laid on the borrower), 234 (restrictions a lender cannot impose) and 235
    (lawful consequences and restrictions) measured session 24's tuned patterns a second
    time, before and after that session: 8 -> 22, 23 -> 26 and 3 -> 3; 233 and 234 were then
    read and tuned on. Probes 236 (payment demanded into a collector's own account) and 237
    (lawful payment channels) measured the new WXX020: 8 -> 14 and 0 -> 0; tuned after (31
    and 0 here). Probes 238 (invented collection stages) and 239 (lawful stages and levels)
    measured WXX009's stage patterns: 5 -> 29 and 0 -> 0; tuned after (57 and 0). Probes 240
    (third-party contact) and 241 (lawful mentions of third parties) measured a reading by
    verb forms, withdrawn (51 -> 51), and the referral, payroll and guarantor denials that
    were kept: 51 -> 51 and 11 -> 9 (7 here after tuning). Fresh pairs then measured the
    third round of consequences (242: 29 -> 34), of restrictions (243: 29 -> 40), with their
    lawful set (244: 2 -> 2), and offers said to vanish for good with ultimatums that rule
    out any plan (245: 6 -> 14; lawful 246: 0 -> 0)."""
    assert _final_set_tally("session25") == {
        ("225", "violation"): [52, 56, 60],
        ("226", "violation"): [46, 53, 60],
        ("227", "lawful"): [1, 1, 60],
        ("228", "lawful"): [1, 3, 60],
        ("233", "violation"): [57, 57, 60],
        ("234", "violation"): [60, 60, 60],
        ("235", "lawful"): [3, 4, 60],
        ("236", "violation"): [31, 32, 60],
        ("237", "lawful"): [0, 0, 60],
        ("238", "violation"): [57, 57, 60],
        ("239", "lawful"): [0, 0, 60],
        ("240", "violation"): [51, 54, 60],
        ("241", "lawful"): [7, 7, 60],
        ("242", "violation"): [34, 44, 60],
        ("243", "violation"): [40, 47, 60],
        ("244", "lawful"): [2, 6, 60],
        ("245", "violation"): [14, 19, 60],
        ("246", "lawful"): [0, 0, 60],
    }
    assert _final_set_tally("session25", composed=True) == {
        ("225", "violation"): [52, 54, 60],
        ("226", "violation"): [46, 51, 60],
        ("227", "lawful"): [1, 1, 60],
        ("228", "lawful"): [1, 1, 60],
        ("233", "violation"): [58, 58, 60],
        ("234", "violation"): [60, 60, 60],
        ("235", "lawful"): [3, 3, 60],
        ("236", "violation"): [31, 32, 60],
        ("237", "lawful"): [0, 0, 60],
        ("238", "violation"): [57, 57, 60],
        ("239", "lawful"): [0, 0, 60],
        ("240", "violation"): [51, 53, 60],
        ("241", "lawful"): [7, 7, 60],
        ("242", "violation"): [36, 39, 60],
        ("243", "violation"): [40, 47, 60],
        ("244", "lawful"): [2, 4, 60],
        ("245", "violation"): [14, 15, 60],
        ("246", "lawful"): [0, 0, 60],
    }


def test_session_26_sets_keep_their_measured_results() -> None:
    """Session 26's sets (heldout_probes/session26.jsonl), written blind by writers who never
    saw the checker (docs/wording-log.md, Session 26). Every class the session drafted was
    measured on a fresh pair and withdrawn, so these are the starting checker's figures:
    veiled threats of harm (dev 247; blind 250 and 256 with lawful 251 and 257: drafts
    30 -> 31 and 32 -> 33, lawful unchanged), threatened visits (dev 248; 252 and 253:
    53 -> 53, 5 -> 5), public shaming (dev 249; 254 and 255: 55 -> 56, 4 -> 4), and lawful
    privacy and conduct promises with threats dressed as them (258 to 263: negation words
    8 -> 8 and 13 -> 13, an extended negator reach 9 -> 9; 38, 45 and 43 violations kept),
    and the lender's own channels (264, lawful; 265, exposure through groups and pages:
    denials that must touch the finding 6 -> 5, 46 -> 46). A model retrained with the
    earlier sessions' sets flagged 20 more of their violations and 2 fewer lawful texts, and
    was not kept (docs/wording-log.md, Session 26); the shipped model was not trained on them
    (test_no_blind_final_probe_is_trained_on)."""
    assert _final_set_tally("session26") == {
        ("247", "violation"): [35, 51, 60],
        ("248", "violation"): [47, 53, 60],
        ("249", "violation"): [52, 58, 60],
        ("250", "violation"): [30, 49, 60],
        ("251", "lawful"): [4, 5, 60],
        ("252", "violation"): [53, 57, 60],
        ("253", "lawful"): [5, 7, 60],
        ("254", "violation"): [55, 58, 60],
        ("255", "lawful"): [4, 7, 60],
        ("256", "violation"): [32, 50, 60],
        ("257", "lawful"): [3, 3, 60],
        ("258", "lawful"): [8, 8, 60],
        ("259", "violation"): [38, 47, 60],
        ("260", "lawful"): [13, 13, 60],
        ("261", "violation"): [45, 52, 60],
        ("262", "lawful"): [9, 9, 60],
        ("263", "violation"): [43, 54, 60],
        ("264", "lawful"): [6, 7, 60],
        ("265", "violation"): [46, 51, 60],
    }
    assert _final_set_tally("session26", composed=True) == {
        ("247", "violation"): [35, 42, 60],
        ("248", "violation"): [47, 53, 60],
        ("249", "violation"): [52, 57, 60],
        ("250", "violation"): [30, 42, 60],
        ("251", "lawful"): [4, 4, 60],
        ("252", "violation"): [53, 56, 60],
        ("253", "lawful"): [5, 6, 60],
        ("254", "violation"): [55, 57, 60],
        ("255", "lawful"): [4, 5, 60],
        ("256", "violation"): [31, 43, 60],
        ("257", "lawful"): [3, 3, 60],
        ("258", "lawful"): [8, 8, 60],
        ("259", "violation"): [37, 40, 60],
        ("260", "lawful"): [13, 13, 60],
        ("261", "violation"): [45, 50, 60],
        ("262", "lawful"): [9, 9, 60],
        ("263", "violation"): [42, 50, 60],
        ("264", "lawful"): [6, 7, 60],
        ("265", "violation"): [45, 51, 60],
    }


def test_session_27_sets_keep_their_measured_results() -> None:
    """Session 27's fresh real texts (heldout_probes/session27.jsonl): 37 messages quoted in
    public sources that no earlier collection held, found by helpers who never saw the
    checker, the packs or the corpus (docs/wording-log.md, Session 27). Measured before any
    change: refused 13 of 21 violations, refused or warned 16 (15 inside a reminder), lawful
    1 of 16 (a Philippine notice of a dishonoured cheque naming the crime). The four Chinese
    and Indonesian misses were then read and added to the packs (小心家人出事, 讓你店開不下去,
    现安排工作人员找到你, a message asking the borrower's relatives to have him pay), so the set
    is no longer blind; the model was never trained on it. Probes 266-268 are Chinese
    collector lines in the 暴力催收 style and lawful Chinese notices by writers who never saw
    the checker: additions drafted on 266 (45 -> 57 refused) moved blind 267 from 49 to 49
    and lawful 268 from 1 to 1, and were withdrawn. Probes 269-271 are English messages that
    mislead by invented status (a complaint opened under your name, a file marked for action,
    details submitted for legal verification) and lawful English status notices: additions
    drafted on 269 (21 -> 48 refused) moved blind 270 from 19 to 21 and lawful 271 from 1 to
    1, and were withdrawn. Session 28's pinyin spellings of Chinese terms: 266 45 -> 46 refused
    ("坐lao")."""
    assert _final_set_tally("session27") == {
        ("266", "violation"): [46, 56, 60],
        ("267", "violation"): [49, 57, 60],
        ("268", "lawful"): [1, 1, 60],
        ("269", "violation"): [21, 42, 60],
        ("270", "violation"): [19, 36, 60],
        ("271", "lawful"): [1, 1, 60],
        ("real27-en", "lawful"): [1, 1, 3],
        ("real27-en", "violation"): [2, 3, 3],
        ("real27-fil", "lawful"): [0, 0, 2],
        ("real27-id", "violation"): [2, 2, 2],
        ("real27-zh", "lawful"): [0, 0, 11],
        ("real27-zh", "violation"): [13, 15, 16],
    }
    assert _final_set_tally("session27", composed=True) == {
        ("266", "violation"): [46, 56, 60],
        ("267", "violation"): [49, 58, 60],
        ("268", "lawful"): [1, 1, 60],
        ("269", "violation"): [19, 34, 60],
        ("270", "violation"): [19, 30, 60],
        ("271", "lawful"): [1, 1, 60],
        ("real27-en", "lawful"): [1, 1, 3],
        ("real27-en", "violation"): [2, 2, 3],
        ("real27-fil", "lawful"): [0, 0, 2],
        ("real27-id", "violation"): [2, 2, 2],
        ("real27-zh", "lawful"): [0, 0, 11],
        ("real27-zh", "violation"): [13, 15, 16],
    }


def test_session_28_real_texts_keep_their_measured_results() -> None:
    """Session 28's fresh real texts (heldout_probes/session28.jsonl): 8 messages from court
    and news sources and from lenders' own code, found by helpers who never saw the checker,
    the packs or the corpus (docs/wording-log.md, Session 28). Measured before any change (refused,
    refused or model-warned, messages): violations sw [0, 0, 1], id [0, 1, 1], en [0, 1, 1],
    zh [0, 0, 1]; lawful 0 of 4. The misses were then read and added to the packs (a contact
    told to have the borrower pay, "atua za kisheria", 请通知…其在…的欠款, a borrower told to send
    his wife to sleep with the collector, "serving you with papers"), so the set is no longer
    blind; the model was never trained on it."""
    assert _final_set_tally("session28") == {
        ("real28-en", "lawful"): [0, 0, 1],
        ("real28-en", "violation"): [0, 1, 1],
        ("real28-id", "violation"): [1, 1, 1],
        ("real28-sw", "violation"): [1, 1, 1],
        ("real28-zh", "lawful"): [0, 0, 3],
        ("real28-zh", "violation"): [1, 1, 1],
    }


def test_a_threat_composed_into_a_template_is_warned_about(tmp_path: Path) -> None:
    """Through a real Composer: the model reads the threat's sentence, not the boilerplate."""
    source = Path(__file__).parents[1] / "templates" / "en_US"
    target = tmp_path / "en_US"
    target.mkdir()
    for name in ("overdue_early.j2", "overdue_early.toml"):
        target.joinpath(name).write_text(source.joinpath(name).read_text("utf-8"), "utf-8")
    template = target / "overdue_early.j2"
    threat = "Our team is parked outside your house right now and will wait until you come out."
    template.write_text(
        template.read_text("utf-8").replace("Reply STOP", f"{threat} Reply STOP"), "utf-8"
    )
    loan = sample_loan("us")
    as_of = loan.due_date + timedelta(days=5)
    kwargs = {"borrower": sample_borrower("us"), "loan": loan, "lender": sample_lender("us")}
    plain = Composer("us").preview("overdue_early", as_of=as_of, **kwargs)
    assert not any(f.rule.startswith("RES") for f in plain.report.findings)
    message = Composer("us", templates=tmp_path).preview("overdue_early", as_of=as_of, **kwargs)
    assert threat in message.text
    found = [f for f in message.report.findings if f.rule.startswith("RES")]
    assert [f.category for f in found] == ["threat_home_or_workplace_visit"]
    assert message.text[found[0].start : found[0].end] == threat


def test_held_out_real_texts_inside_a_composed_message() -> None:
    """Each held-out real text put after the greeting of a shipped reminder, as a collector
    who edits a template would: floors as measured (96/123 violations, 4/169 lawful since
    session 24's harsh-action entries; 95 and 4 after session 23's retraining on
    apostrophe-folded text; 94 and 4 before, 92 and 4 before lawful sentence pairs joined the
    model's training)."""
    caught, total, flagged, lawful = _held_out_tally(
        lambda row: _in_a_reminder(row["text"], row["lang"])
    )
    assert caught >= 96 and flagged <= 4, (caught, total, flagged, lawful)
