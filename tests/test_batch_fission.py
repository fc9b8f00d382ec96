"""The batch path (rows prepared a chunk at a time, rules run family by family over the chunk)
gives what composing each row alone gives, streams, and fails closed per family per message.

The reference is ``benchmarks/_common.compose_one_by_one``: every row validated and composed
on its own through ``Composer.compose`` (its preview when refused).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from _common import compose_one_by_one, reference_rows
from dunning_sms import _batch, _compose
from dunning_sms._batch import BatchResult, compose_file, compose_many, result_record
from dunning_sms._compose import Composer
from dunning_sms._policy import load_policy
from dunning_sms._report import Finding
from dunning_sms._rules import RuleEngine, _base, invisible
from dunning_sms._rules import families as real_families
from dunning_sms._rules._base import CheckContext, Example, FunctionChecker, RuleInfo
from dunning_sms._timing import stage_timing

CHUNK = _batch._FISSION_ROWS
CN_BODY = (
    "【{{ lender.signature }}】您好，您的借款{{ loan.amount }}将于{{ loan.due }}到期，"
    "请通过{{ lender.channel }}还款，客服{{ lender.hotline }}，谢谢。"
)


def _varied_rows(count: int, seed: int) -> list[dict[str, Any]]:
    """Reference rows (zh_CN and en_US, every stage template) with bad rows, rows without a
    template, unknown templates and other locales mixed in, across chunk boundaries."""
    rows: list[dict[str, Any]] = []
    for index, row in enumerate(reference_rows(count, seed=seed)):
        borrower, loan, lender = dict(row["borrower"]), dict(row["loan"]), dict(row["lender"])
        # Without their policy: each test composes the mix under one policy of its own.
        row = {k: v for k, v in row.items() if k != "policy"}
        row = {**row, "borrower": borrower, "loan": loan, "lender": lender}
        match index % 23:
            case 3:
                borrower["phone"] = "12"  # fails validation
            case 5:
                lender["hotline"] = "call us"  # a lender that fails validation
            case 8:
                del row["template"]  # no template, and the batch names none
            case 11:
                row["template"] = "no_such_template"  # fails while preparing
            case 13:
                borrower["locale"] = "id_ID"
            case 16:
                borrower["locale"] = "en_GB"
            case 19:
                borrower["locale"] = "fr_FR"  # served by the fallback walk
            case 21:
                del loan["due_date"]
        rows.append(row)
    return rows


def _records(results: list[BatchResult]) -> list[dict[str, Any]]:
    return [result_record(result) for result in results]


def _assert_same(got: list[BatchResult], expected: list[BatchResult]) -> None:
    assert _records(got) == _records(expected)
    assert [r.message.to_dict() if r.message else None for r in got] == [
        r.message.to_dict() if r.message else None for r in expected
    ]
    assert got == expected  # every field, reports and parts included


@pytest.mark.parametrize("policy", ["cn", "us"])
def test_compose_many_equals_composing_each_row_alone(policy: str) -> None:
    rows = _varied_rows(330, seed=41)
    got = list(compose_many(rows, policy=policy))
    expected = list(compose_one_by_one(Composer(policy), rows))
    _assert_same(got, expected)
    # The mix holds sendable and refused messages and each kind of error.
    assert any(r.ok for r in got)
    assert any(r.message is not None and not r.ok for r in got)
    errors = {r.error_type for r in got if r.message is None}
    assert {"InputError", "TemplateNotFoundError"} <= errors
    assert any(r.error == "no template for this row" for r in got)
    assert {r.message.locale for r in got if r.message} >= {"zh_CN", "en_US", "id_ID", "en_GB"}
    assert len(rows) > 2 * CHUNK


@pytest.mark.parametrize("policy", ["us", "in"])
def test_smart_encoding_chooses_the_variants_row_by_row_chooses(policy: str) -> None:
    # Lender names with look-alikes that smart encoding lengthens ("…") or turns GSM-7 (curly
    # quotes), so the variant sent depends on counting the encoded text.
    suffixes = ("", " \u201cCredit\u201d", " Finance\u2026", " \u2018Loans\u2019 \u2014 24\u00bd")
    rows = _varied_rows(330, seed=41)
    for index, row in enumerate(rows):
        row["lender"] = {**row["lender"], "name": row["lender"]["name"] + suffixes[index % 4]}
    got = list(compose_many(rows, policy=policy, smart_encoding=True))
    expected = list(compose_one_by_one(Composer(policy, smart_encoding=True), rows))
    _assert_same(got, expected)
    plain = list(compose_many(rows, policy=policy))
    variants = [
        (smart.message.variant, raw.message.variant)
        for smart, raw in zip(got, plain, strict=True)
        if smart.message and raw.message
    ]
    assert any(a != b for a, b in variants)
    assert any(r.message is not None and r.message.report.replacements for r in got)


def test_a_batch_template_and_as_of_apply_as_they_do_row_by_row() -> None:
    rows = [{k: v for k, v in row.items() if k != "template"} for row in _varied_rows(150, 3)]
    got = list(compose_many(rows, policy="cn", template="overdue"))
    expected = list(compose_one_by_one(Composer("cn"), rows, template="overdue"))
    _assert_same(got, expected)


def test_a_custom_library_with_suppressions_and_refusals(tmp_path: Path) -> None:
    folder = tmp_path / "zh_CN"
    folder.mkdir()
    (folder / "plain.j2").write_text(CN_BODY, "utf-8")
    (folder / "bad.j2").write_text(CN_BODY + "\u202e", "utf-8")
    (folder / "z.j2").write_text(CN_BODY + "\u200b", "utf-8")
    (folder / "z.toml").write_text(
        '[[suppress]]\nrule = "INV002"\nreason = "the gateway inserts a joiner"\n'
        '[[suppress]]\nrule = "TON003"\nreason = "brand name in capitals"\n',
        "utf-8",
    )
    keys = ("plain", "bad", "z", "overdue")
    rows = [
        {**row, "template": keys[index % len(keys)]}
        for index, row in enumerate(r for r in reference_rows(400, seed=9) if r["policy"] == "cn")
    ]
    got = list(compose_many(rows, policy="cn", templates=tmp_path))
    expected = list(compose_one_by_one(Composer("cn", templates=tmp_path), rows))
    _assert_same(got, expected)
    assert any(r.message is not None and r.message.report.suppressed for r in got)
    assert any(r.message is not None and not r.ok for r in got)
    assert any(r.ok for r in got)


def test_workers_and_files_give_the_row_by_row_results(tmp_path: Path) -> None:
    rows = _varied_rows(260, seed=5)
    expected = list(compose_one_by_one(Composer("cn"), rows))
    _assert_same(list(compose_many(rows, policy="cn", workers=2, chunk_size=100)), expected)
    # A JSONL file, with a line that is not JSON and one that is not an object among the
    # rows: each is reported in its place and the rows after it keep their results.
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    lines.insert(140, "{not json")
    lines.insert(40, "[1, 2]")
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    wanted: list[dict[str, Any]] = []
    results = iter(expected)
    for index, line in enumerate(lines):
        if line in ("{not json", "[1, 2]"):
            wanted.append({"index": index, "ok": False, "error_type": "InputError"})
            continue
        result = next(results)
        record = result_record(result)
        if result.message is not None:  # a validation error names the row's line, which moved
            wanted.append({**record, "index": index, "line": index + 1})
    for workers in (1, 2):
        target = tmp_path / f"out{workers}.jsonl"
        compose_file(source, target, policy="cn", workers=workers)
        written = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
        assert len(written) == len(lines)
        by_index = {record["index"]: record for record in written}
        for record in wanted:
            assert {k: by_index[record["index"]][k] for k in record} == record


def test_results_stream_a_chunk_at_a_time() -> None:
    rows = reference_rows(3 * CHUNK + 7, seed=2)
    pulled = 0

    def source() -> Iterator[dict[str, Any]]:
        nonlocal pulled
        for row in rows:
            pulled += 1
            yield row

    count = 0
    for result in compose_many(source(), policy="cn"):
        assert result.index == count
        count += 1
        # Never more than the chunk holding this result has been read.
        assert pulled <= (result.index // CHUNK + 1) * CHUNK
    assert count == len(rows) == pulled


def test_an_unreadable_line_is_reported_in_its_place(tmp_path: Path) -> None:
    rows = [r for r in reference_rows(2 * CHUNK, seed=4) if r["policy"] == "cn"][: CHUNK + 30]
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    lines.insert(CHUNK + 10, "{not json")
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    results = list(compose_many(source, policy="cn"))
    assert [r.index for r in results] == list(range(len(lines)))
    bad = results[CHUNK + 10]
    assert bad.message is None and "invalid JSON" in (bad.error or "")
    assert bad.line == CHUNK + 11
    assert all(r.message is not None for i, r in enumerate(results) if i != CHUNK + 10)


def test_the_timing_hook_changes_nothing_and_times_every_stage() -> None:
    rows = _varied_rows(200, seed=8)
    plain = list(compose_many(rows, policy="us"))
    with stage_timing() as timer:
        timed = list(compose_many(rows, policy="us"))
    assert timed == plain
    composed = sum(1 for r in plain if r.message is not None)
    for stage in ("resolve", "views", "render", "context", "finish"):
        assert timer.counts[stage] == composed
    assert timer.counts["validate"] >= composed
    assert timer.counts["rules"] == -(-len(rows) // CHUNK)  # once per chunk
    assert any(name.startswith("rule:") for name in timer.counts)


# --- the engine: run_many is run, message by message, family by family ----------------------


def _crash_on_odd_loans(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.loan is not None and int(ctx.loan.loan_id[-1]) % 2:
        raise ZeroDivisionError("boom")
    return iter(())


_CRASHING_RULE = RuleInfo(
    "ZZZ001", "crashes", "template", "warning", "Crashes on some messages.", failing=(Example("x"),)
)


@pytest.fixture
def crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shipped family and an added one that crash on some messages (odd loan ids), and
    fresh engines to bind them."""
    checker = invisible._check

    def crash_invisible(ctx: CheckContext) -> Iterator[Finding]:
        if ctx.loan is not None and ctx.loan.loan_id.endswith("3"):
            raise ValueError("boom")
        return checker(ctx)

    monkeypatch.setattr(invisible, "_check", crash_invisible)
    family = _base.SimpleFamily(
        name="crashing",
        rules=(_CRASHING_RULE,),
        binder=lambda policy: FunctionChecker(_crash_on_odd_loans),
    )
    monkeypatch.setattr("dunning_sms._rules.families", lambda: (*real_families(), family))
    monkeypatch.setattr(_compose, "_ENGINES", {})


def _contexts(policy: str, count: int) -> list[CheckContext]:
    """Composed messages' contexts, as the batch path prepares them, with free-text checks
    of the same texts (text-scope families only) mixed in."""
    composer = Composer(policy)
    job = _batch._Job(policy, None, None, None, None, None, False)
    out = []
    for index, raw in enumerate(r for r in reference_rows(count, seed=6) if r["policy"] == policy):
        valid = _batch._validate_item(job, index, raw)
        assert isinstance(valid, tuple)
        entry = _batch._prepare_row(composer, job, *valid)
        assert isinstance(entry, tuple)
        ctx = entry[2].ctx
        out.append(ctx)
        if index % 4 == 0:
            policy_ = composer.policy
            out.append(CheckContext(ctx.text, policy_, policy_.languages, locale=ctx.locale))
    return out


@pytest.mark.usefixtures("crashing")
@pytest.mark.parametrize("policy", ["cn", "us"])
def test_run_many_equals_run_for_each_message(policy: str) -> None:
    engine = RuleEngine(load_policy(policy))
    assert "crashing" in [family.name for family, _ in engine._checkers]
    expected = [engine.run(ctx) for ctx in _contexts(policy, 160)]
    assert engine.run_many(_contexts(policy, 160)) == expected
    with stage_timing():
        assert engine.run_many(_contexts(policy, 160)) == expected
    assert engine.run_many([]) == []
    # Some messages failed closed (on one family or both), others did not.
    failed = [{f.rule for f in findings if f.data.get("failure")} for findings in expected]
    assert {"ZZZ001", "INV001"} in failed
    assert {"ZZZ001"} in failed and set() in failed
    assert all(f.severity == "error" for fs in expected for f in fs if f.data.get("failure"))


@pytest.mark.usefixtures("crashing")
def test_a_crash_refuses_only_its_own_messages_in_a_batch() -> None:
    rows = _varied_rows(200, seed=12)
    got = list(compose_many(rows, policy="cn"))
    expected = list(compose_one_by_one(Composer("cn"), rows))
    _assert_same(got, expected)
    crashed = [r for r in got if r.message and "ZZZ001" in r.message.report.rules]
    assert crashed and all(not r.ok for r in crashed)
    assert any(r.ok for r in got)
