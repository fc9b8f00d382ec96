"""Batches: order, refusals and bad rows kept, worker processes, Dask, pickling."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from dunning_sms._batch import compose_many, compose_partition
from dunning_sms._compose import Composer

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo.jsonl"


def _cn_rows(n: int) -> list[dict[str, object]]:
    base = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines()]
    cn = [r for r in base if r["policy"] == "cn"]
    rows = []
    for i in range(n):
        row = json.loads(json.dumps(cn[i % len(cn)]))
        row["loan"]["loan_id"] = f"L-{i:06d}"  # type: ignore[index]
        row["loan"]["amount_due"] = f"{100 + i}.00"  # type: ignore[index]
        rows.append(row)
    return rows


def test_results_keep_input_order_and_count() -> None:
    rows = _cn_rows(25)
    results = list(compose_many(rows, template="overdue", policy="cn"))
    assert [r.index for r in results] == list(range(25))
    assert all(r.ok for r in results)
    assert results[7].message is not None and "107.00元" in results[7].message.text


def test_bad_rows_are_reported_not_dropped() -> None:
    rows = _cn_rows(3)
    rows[1]["borrower"]["phone"] = "12"  # type: ignore[index]
    results = list(compose_many(rows, template="overdue", policy="cn"))
    assert len(results) == 3
    assert results[1].message is None
    assert results[1].error_type == "InputError" and "phone" in (results[1].error or "")
    assert results[0].ok and results[2].ok


def test_a_row_naming_another_policy_is_an_error_not_composed_under_the_batch_one(
    tmp_path: Path,
) -> None:
    # One engine runs a batch's rules; a row that names another market is not silently
    # checked by this one's law.
    rows = _cn_rows(3)
    rows[1]["policy"] = "us"
    results = list(compose_many(rows, template="overdue", policy="cn"))
    assert results[0].ok and results[2].ok
    assert results[1].message is None and results[1].error_type == "InputError"
    assert "'us'" in (results[1].error or "") and "'cn'" in (results[1].error or "")
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert [r.ok for r in compose_many(path, template="overdue", policy="cn")] == [
        True,
        False,
        True,
    ]


def test_a_row_id_column_is_unknown_not_dropped() -> None:
    rows = _cn_rows(1)
    rows[0]["row_id"] = "X9"
    (result,) = compose_many(rows, template="overdue", policy="cn")
    assert result.error_type == "InputError" and "row_id" in (result.error or "")


def test_refused_message_is_yielded_as_preview(tmp_path: Path) -> None:
    lib = tmp_path / "zh_CN"
    lib.mkdir()
    (lib / "bad.j2").write_text(
        "【{{ lender.signature }}】您好\u202e，您的借款{{ loan.amount }}将于{{ loan.due }}到期，"
        "请通过{{ lender.channel }}还款，客服{{ lender.hotline }}，谢谢。",
        encoding="utf-8",
    )
    results = list(compose_many(_cn_rows(2), template="bad", templates=tmp_path))
    assert all(r.message is not None and not r.ok for r in results)


def test_two_workers_give_the_same_results_as_one() -> None:
    rows = _cn_rows(300)
    one = [r.message.text for r in compose_many(rows, template="overdue") if r.message]
    two = [
        r.message.text
        for r in compose_many(rows, template="overdue", workers=2, chunk_size=40)
        if r.message
    ]
    assert one == two and len(one) == 300


def test_workers_read_their_own_shard_of_a_file(tmp_path: Path) -> None:
    rows = _cn_rows(120)
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    one = [(r.index, r.message.text) for r in compose_many(path, template="overdue") if r.message]
    two = [
        (r.index, r.message.text)
        for r in compose_many(path, template="overdue", workers=2)
        if r.message
    ]
    assert one == two and len(two) == 120


def test_composer_and_policy_pickle() -> None:
    composer = Composer("cn")
    clone = pickle.loads(pickle.dumps(composer))
    assert clone.policy == composer.policy
    assert pickle.loads(pickle.dumps(composer.policy)) == composer.policy


@pytest.mark.slow
def test_dask_bag_on_a_local_cluster() -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    import dask.bag as db

    rows = _cn_rows(40)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = db.from_sequence(rows, npartitions=4)
        out = bag.map_partitions(compose_partition, template="overdue", policy="cn").compute(
            scheduler=client.get
        )
    assert len(out) == 40
    assert all(item["ok"] for item in out)
    local = [r.message.text for r in compose_many(rows, template="overdue") if r.message]
    assert sorted(item["text"] for item in out) == sorted(local)


@pytest.mark.parametrize("workers", [1, 2])
def test_errors_name_the_file_line_past_blank_and_unreadable_lines(
    tmp_path: Path, workers: int
) -> None:
    from dunning_sms._batch import compose_file

    rows = [json.dumps(r, ensure_ascii=False) for r in _cn_rows(40)]
    bad = json.loads(rows[30])
    bad["borrower"]["phone"] = "12"
    rows[30] = json.dumps(bad, ensure_ascii=False)
    # Blank lines before row 3 and a line that is not JSON before row 30: file lines, not
    # row counts, are what an editor shows.
    lines = [*rows[:2], "", "", *rows[2:29], "{not json", *rows[29:]]
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    compose_file(source, tmp_path / "out.jsonl", template="overdue", workers=workers)
    records = [
        json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").split("\n") if line
    ]
    errors = {r["line"]: r["error"] for r in records if not r["ok"]}
    assert sorted(errors) == [32, 34], errors
    assert "JSON" in errors[32] and "phone" in errors[34]
    if workers == 1:
        results = list(compose_many(source, template="overdue", policy="cn"))
        assert [r.line for r in results if not r.ok] == [32, 34]


def test_compose_file_refuses_csv_and_unwritable_destinations_before_any_work(
    tmp_path: Path,
) -> None:
    from dunning_sms._batch import compose_file
    from dunning_sms._errors import InputError

    source = tmp_path / "rows.jsonl"
    source.write_text(json.dumps(_cn_rows(1)[0], ensure_ascii=False) + "\n", "utf-8")
    csv_source = tmp_path / "rows.csv"
    csv_source.write_text("name,phone\n张三,13812345678\n", "utf-8")
    with pytest.raises(InputError, match="JSONL"):
        compose_file(csv_source, tmp_path / "out.jsonl", template="overdue")
    with pytest.raises(InputError, match="JSONL"):
        list(compose_many(csv_source, template="overdue"))
    with pytest.raises(InputError, match="is a directory"):
        compose_file(source, tmp_path, template="overdue")
    with pytest.raises(InputError, match="no such folder"):
        compose_file(source, tmp_path / "nope" / "out.jsonl", template="overdue")


def test_compose_file_with_workers_writes_the_same_file_as_one_process(tmp_path: Path) -> None:
    from dunning_sms._batch import compose_file

    rows = _cn_rows(90)
    rows[5]["borrower"]["phone"] = "12"  # type: ignore[index]
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    one = compose_file(source, tmp_path / "one.jsonl", template="overdue", workers=1)
    two = compose_file(source, tmp_path / "two.jsonl", template="overdue", workers=2)
    assert one == two
    assert (one.rows, one.errors) == (90, 1)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    records = [
        json.loads(line) for line in (tmp_path / "two.jsonl").read_text("utf-8").splitlines()
    ]
    assert [r["index"] for r in records] == list(range(90))
    assert records[5]["error_type"] == "InputError"
    assert not list(tmp_path.glob("*.part*"))


def test_cli_compose_with_workers(tmp_path: Path) -> None:
    import subprocess
    import sys

    rows = _cn_rows(40)
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    output = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "dunning_sms", "compose", str(source), "--template", "overdue",
         "--format", "jsonl", "--workers", "2", "--output", str(output)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "40 rows: 40 ok" in result.stderr
    assert len(output.read_text("utf-8").splitlines()) == 40


def test_warm_up_compiles_only_the_batch_locales() -> None:
    from dunning_sms._batch import _warm_up

    composer = Composer("cn")
    _warm_up(composer, ["zh_CN", None])
    compiled = composer.library._compiled
    assert compiled and all(name.startswith("zh_CN/") for name in compiled)
    assert len(compiled) < len(composer.library.sources)


def test_workers_compose_a_locale_the_warm_up_did_not_see() -> None:
    """Only the first rows are sampled for locales; a later locale compiles in the worker."""
    rows = _cn_rows(1100)
    rows[-1]["borrower"]["locale"] = "en_US"  # type: ignore[index]
    one = [r.message for r in compose_many(rows, template="overdue", policy="cn") if r.message]
    two = [
        r.message
        for r in compose_many(rows, template="overdue", policy="cn", workers=2)
        if r.message
    ]
    assert [m.text for m in one] == [m.text for m in two] and len(two) == 1100
    assert two[-1].locale == "en_US" and two[-2].locale == "zh_CN"


def test_messages_and_reports_pickle_by_their_fields() -> None:
    """The parent unpickles every worker's Message: the tuple state must round-trip exactly,
    keep the objects frozen, and refuse a state of the wrong shape."""
    import dataclasses
    from datetime import date

    from dunning_sms._batch import BatchResult
    from dunning_sms._report import Finding, Report, Suppression
    from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

    finding = Finding(
        rule="WEN005", category="third_party_disclosure_or_contact", severity="error",
        start=3, end=9, message="m", name="n", data={"phrase": "boss"},
    )  # fmt: skip
    report = Report(
        findings=(finding,),
        policy="us",
        suppressed=(Suppression("TON001", "because"),),
        raw_fields=("name",),
        replacements=((1, "\u2019", "'"),),
    )
    message = Composer("cn").preview(
        "upcoming",
        borrower=sample_borrower("cn"),
        loan=sample_loan("cn"),
        lender=sample_lender("cn"),
        as_of=date(2026, 12, 1),
    )
    message = dataclasses.replace(message, report=report)
    result = BatchResult(index=4, message=message, line=5)
    for value in (finding, report, message, result):
        copy = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy == value and copy is not value
        assert [getattr(copy, f.name) for f in dataclasses.fields(copy)] == [
            getattr(value, f.name) for f in dataclasses.fields(value)
        ]
        with pytest.raises(dataclasses.FrozenInstanceError):
            copy.__setattr__(dataclasses.fields(copy)[0].name, None)
    with pytest.raises(ValueError, match="state has 2 values"):
        Finding.__new__(Finding).__setstate__(("WEN005", "x"))  # type: ignore[attr-defined]
