"""The resemblance model (RES001-RES009): its arithmetic, its data and what it adds."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dunning_sms import check
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

DATA = Path(__file__).parent / "data" / "wording"
sys.path.insert(0, str(DATA))
from _training import rows  # noqa: E402

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
    """Changing probes, laundering rounds or the dev split means retraining the model."""
    training = _model_json()["training"]
    assert isinstance(training, dict)
    data = rows()
    assert training["rows"] == len(data)
    assert training["digest"] == training_digest([(t, v) for t, v, _, _ in data]), (
        "the development data changed: pip install -e '.[train]' and run "
        "python tests/data/wording/train_resemblance.py"
    )


def test_no_held_out_text_is_trained_on() -> None:
    corpus = [json.loads(line) for line in (DATA / "corpus.jsonl").read_text("utf-8").splitlines()]
    held = {r["text"] for r in corpus if r["split"] == "heldout"}
    trained = {t for t, _, _, _ in rows()}
    assert held and not held & trained


def test_grams_are_the_distinct_one_to_four_character_substrings() -> None:
    assert grams("abab") == sorted({"a", "b", "ab", "ba", "aba", "bab", "abab"})
    assert grams("") == []
    assert grams("还款") == ["款", "还", "还款"]


@given(st.text(max_size=300))
def test_fast_test_and_full_score_agree_on_any_text(text: str) -> None:
    model = shipped_model()
    folded = normalize(text).text
    score = model.score(folded)
    assert model.logit(folded) == score.logit
    assert 0.0 <= score.probability <= 1.0
    assert score.category in CATEGORIES
    for start, end, weight in score.evidence:
        assert 0 <= start < end <= len(folded) and weight > 0
    policy = load_policy("us")
    ctx = CheckContext(text=text, policy=policy, languages=policy.languages)
    found = list(family.FAMILY.bind(policy).check(ctx))
    assert bool(found) == (score.logit >= model.logit_threshold)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)


def test_finding_names_the_sentence_the_category_and_the_grams() -> None:
    text = "Hello, this is a reminder from the finance team. You are a deadbeat and a thief."
    report = check(text, policy="us")
    found = [f for f in report.findings if f.rule.startswith("RES")]
    assert len(found) == 1
    f = found[0]
    assert f.severity == "warning" and f.category == "insult_or_obscene"
    assert registry()[f.rule].category == f.category
    assert text[f.start : f.end] == "You are a deadbeat and a thief."
    assert "model score" in f.message and "strongest grams" in f.message


def test_plain_reminders_score_far_below_the_threshold() -> None:
    model = shipped_model()
    for text in (
        "【安心借】尊敬的张*先生，您的借款¥1,234.56将于2024年12月5日到期，请按时还款。客服400-123-4567",
        "Harbor Credit: your payment of $250.00 is due Dec 5. Pay in the app or call "
        "1-888-555-0142. Reply STOP to opt out.",
        "Habari Amina, deni lako la KSh 2,500 linafaa kulipwa tarehe 5/12. Asante.",
    ):
        assert model.score(normalize(text).text).probability < model.threshold, text


def test_a_policy_may_raise_the_rules_to_refuse(tmp_path: Path) -> None:
    text = "You are a deadbeat and a thief. Pay what you owe."
    assert check(text, policy="us").ok == all(
        f.severity != "error" for f in check(text, policy="us").findings
    )
    strict = tmp_path / "strict.toml"
    strict.write_text('extend = "us"\n[rules.severity]\nRES007 = "error"\n', encoding="utf-8")
    report = check(text, policy=load_policy(strict))
    assert ("RES007", "error") in {(f.rule, f.severity) for f in report.findings}
    assert not report.ok


def test_held_out_real_texts_with_the_model() -> None:
    """The real texts held out from tuning and training: refused or sent for review.

    A text counts when the wording family refuses it or the model warns. Floors are the
    measured values (docs/wording.md, 'The resemblance model'): 99/123 violations, at most
    10/169 lawful texts. The wording family alone refuses 82 and 1 (test_wording).
    """
    corpus = [json.loads(line) for line in (DATA / "corpus.jsonl").read_text("utf-8").splitlines()]
    caught = total = flagged = lawful = 0
    checkers = {}
    for row in corpus:
        if row["split"] != "heldout" or row["origin"] not in REAL:
            continue
        name = POLICY[row["lang"]]
        if name not in checkers:
            policy = load_policy(name)
            checkers[name] = (policy, wording.FAMILY.bind(policy), family.FAMILY.bind(policy))
        policy, words, model = checkers[name]
        ctx = CheckContext(text=row["text"], policy=policy, languages=policy.languages)
        hit = any(f.severity == "error" for f in words.check(ctx)) or any(model.check(ctx))
        if row["label"] == "violation":
            total += 1
            caught += hit
        else:
            lawful += 1
            flagged += hit
    assert total >= 123 and caught >= 99, (caught, total)
    assert lawful >= 169 and flagged <= 10, (flagged, lawful)


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
