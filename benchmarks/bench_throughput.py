"""Throughput of composing a night's reminders, against a bare Jinja2 render, in one run.

Run: ``.venv/bin/python benchmarks/bench_throughput.py [--quick]``.

A seeded batch (default 100,000 rows: zh_CN under ``cn`` and en_US under ``us``, every
stage template, varied names, amounts, dates and lenders) is composed

* (a) through ``Composer.compose`` with the models already validated, and
* (b) from plain dict rows (validate + compose: the per-row loop of ``compose_many``),

and, interleaved slice by slice, rendered bare: the same template blocks in a plain
``SandboxedEnvironment`` with the same values handed over pre-formatted (namespaces of
strings and numbers, trivial filters). The ratios are medians over the slices, so a noisy
neighbour slows both sides of a ratio alike. Absolute msg/s depend on the machine; the
ratios much less. Nothing here is asserted by the test suite except that it runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median, reference_rows
from dunning_sms._batch import _compose_items, _Job, compose_file, compose_many
from dunning_sms._compose import Composer, _Plan, _views
from dunning_sms._errors import ComplianceError
from dunning_sms._rows import row_from_mapping
from dunning_sms._templates import TemplateSource, View
from dunning_sms._timing import stage_timing

TARGETS = {
    "compose": 3.0,  # x bare render
    "rows": 5.0,  # x bare render
    "check": 2.0,  # x bare render of the checked text
    "msgs": 30_000.0,  # compose msg/s on one core
    "scaling": 1.6,  # 2 workers over 1
}

CHECK_TEXT = (
    "【安心借】尊敬的张三先生，您的借款1,234.56元将于2024年12月5日到期，请按时还款，"
    "如已还款请忽略。客服400-123-4567"
)
CHECK_TEMPLATE = (
    "【{{ lender }}】尊敬的{{ name }}{{ title }}，您的借款{{ amount }}将于{{ due }}到期，"
    "请按时还款，如已还款请忽略。客服{{ phone }}"
)
CHECK_VALUES = {
    "lender": "安心借",
    "name": "张三",
    "title": "先生",
    "amount": "1,234.56元",
    "due": "2024年12月5日",
    "phone": "400-123-4567",
}


@dataclass(slots=True)
class Case:
    """One message: how the composer is called, and what the bare render renders."""

    composer: Composer
    template: str
    kwargs: dict[str, Any]
    row: dict[str, Any]
    bare: Callable[[], str]
    renders: int


def _bare_env() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True
    )
    # Values arrive pre-formatted, so the filters only have to hand back a string.
    env.filters.update(
        money=lambda value, currency=None, style="symbol": f"{value}",
        date=lambda value, style="long": value.isoformat(),
        days=lambda value: f"{value} days",
        phone=lambda value, style="national": value,
    )
    return env


def _plain(value: Any) -> Any:
    if isinstance(value, View):
        return SimpleNamespace(**{k: _plain(v) for k, v in value._values.items()})
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


class Bare:
    """The same template sources compiled once in a plain sandbox."""

    def __init__(self) -> None:
        self.env = _bare_env()
        self.compiled: dict[str, Any] = {}

    def renderer(self, source: TemplateSource, blocks: Sequence[str | None], ctx: Any) -> Any:
        template = self.compiled.get(source.name)
        if template is None:
            template = self.compiled[source.name] = self.env.from_string(source.source)

        def render() -> str:
            text = ""
            for block in blocks:
                if block is None:
                    text = template.render(ctx).strip()
                else:
                    text = "".join(template.blocks[block](template.new_context(ctx))).strip()
            return text

        return render


def build_cases(rows: list[dict[str, Any]]) -> list[Case]:
    """Validate every row (not timed) and work out what the bare render must render."""
    composers = {"cn": Composer("cn"), "us": Composer("us")}
    bare = Bare()
    cases = []
    for index, raw in enumerate(rows):
        row = row_from_mapping(raw, line=index + 1)
        composer = composers[raw["policy"]]
        kwargs = {"borrower": row.borrower, "loan": row.loan, "lender": row.lender}
        kwargs["as_of"] = row.as_of
        message = composer.preview(raw["template"], **kwargs)
        assert row.as_of is not None
        wanted = row.borrower.locale or composer.policy.default_locale
        source = composer._resolve(raw["template"], wanted, row.loan, row.as_of)
        plan = _Plan.of(source, composer.policy)
        chosen = None if message.variant == "default" else message.variant
        blocks = list(plan.variants[: plan.variants.index(chosen) + 1])
        view, _ = composer._lender_entry(row.lender)
        context = _views(
            row.borrower,
            row.loan,
            view,
            locale=message.locale,
            as_of=row.as_of,
            raw_allowed=plan.raw_allowed,
        )
        context["stage"] = message.stage
        plain = {k: _plain(v) for k, v in context.items()}
        cases.append(
            Case(
                composer,
                raw["template"],
                kwargs,
                raw,
                bare.renderer(source, blocks, plain),
                len(blocks),
            )
        )
    return cases


def run_bare(cases: Sequence[Case]) -> float:
    start = time.perf_counter()
    for case in cases:
        case.bare()
    return time.perf_counter() - start


def run_compose(cases: Sequence[Case]) -> float:
    start = time.perf_counter()
    for case in cases:
        try:
            case.composer.compose(case.template, **case.kwargs)
        except ComplianceError:
            case.composer.preview(case.template, **case.kwargs)
    return time.perf_counter() - start


def run_rows(cases: Sequence[Case], jobs: dict[str, tuple[Composer, _Job]]) -> float:
    """Validate + compose from plain dicts: compose_many's per-row loop, Composer prebuilt."""
    by_policy: dict[str, list[tuple[int, dict[str, Any]]]] = {"cn": [], "us": []}
    for index, case in enumerate(cases):
        by_policy[case.row["policy"]].append((index, case.row))
    start = time.perf_counter()
    for policy, items in by_policy.items():
        composer, job = jobs[policy]
        for result in _compose_items(composer, job, items):
            if result.message is None:
                raise RuntimeError(f"row {result.index} failed: {result.error}")
    return time.perf_counter() - start


def per_call(function: Callable[[], object], repeats: int = 9) -> float:
    """Median seconds per call, each run sized to about 40 ms."""
    loops = 1
    while True:
        start = time.perf_counter()
        for _ in range(loops):
            function()
        if time.perf_counter() - start > 0.04:
            break
        loops *= 2
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(loops):
            function()
        runs.append((time.perf_counter() - start) / loops)
    return median(runs)


def verdict(ok: bool) -> str:
    return "MET" if ok else "NOT MET"


def measure_batch(cases: list[Case], slices: int) -> dict[str, float]:
    jobs = {
        policy: (composer, _Job(policy, None, None, None, None, None, False))
        for policy, composer in {c.row["policy"]: c.composer for c in cases}.items()
    }
    size = max(1, len(cases) // slices)
    bare_t, comp_t, rows_t, comp_r, rows_r = [], [], [], [], []
    for k in range(slices):
        # One Composer per market run, as a nightly job would: each slice is grouped by policy
        # (stable, so the generated order holds within a policy).
        part = sorted(cases[k * size : (k + 1) * size], key=lambda c: c.row["policy"])
        # Rotate the order so that no side always runs first (cache and frequency effects).
        runs: list[tuple[str, Callable[[], float]]] = [
            ("bare", partial(run_bare, part)),
            ("compose", partial(run_compose, part)),
            ("rows", partial(run_rows, part, jobs)),
        ]
        runs = runs[k % 3 :] + runs[: k % 3]
        got = {name: fn() for name, fn in runs}
        bare_t.append(got["bare"] / len(part))
        comp_t.append(got["compose"] / len(part))
        rows_t.append(got["rows"] / len(part))
        comp_r.append(got["compose"] / got["bare"])
        rows_r.append(got["rows"] / got["bare"])
    return {
        "bare_us": median(bare_t) * 1e6,
        "compose_us": median(comp_t) * 1e6,
        "rows_us": median(rows_t) * 1e6,
        "compose_ratio": median(comp_r),
        "rows_ratio": median(rows_r),
    }


def measure_stages(cases: list[Case]) -> tuple[dict[str, float], float]:
    """Per-stage µs per message on the dict-row path, with the timing hook on, and the
    bare render's µs per message measured alongside (chunk by chunk) for the ratios."""
    jobs = {
        policy: (composer, _Job(policy, None, None, None, None, None, False))
        for policy, composer in {c.row["policy"]: c.composer for c in cases}.items()
    }
    bare = 0.0
    with stage_timing() as timer:
        for start in range(0, len(cases), 1000):
            chunk = sorted(cases[start : start + 1000], key=lambda c: c.row["policy"])
            bare += run_bare(chunk)
            run_rows(chunk, jobs)
    return timer.per_call_us(len(cases)), bare * 1e6 / len(cases)


def measure_check() -> tuple[float, float]:
    composer = Composer("cn")
    env = _bare_env()
    template = env.from_string(CHECK_TEMPLATE)
    assert template.render(CHECK_VALUES) == CHECK_TEXT
    bare = per_call(lambda: template.render(CHECK_VALUES))
    checked = per_call(lambda: composer.check(CHECK_TEXT, locale="zh_CN"))
    return checked, bare


def measure_scaling(rows: list[dict[str, Any]], repeats: int) -> tuple[float, float]:
    cn = [r for r in rows if r["policy"] == "cn"]
    as_of = date(2026, 6, 1)
    one, two = [], []
    for _ in range(repeats):
        for workers, sink in ((1, one), (2, two)):
            start = time.perf_counter()
            for result in compose_many(cn, policy="cn", workers=workers, as_of=as_of):
                if result.message is None:
                    raise RuntimeError(result.error)
            sink.append(time.perf_counter() - start)
    return len(cn) / median(one), len(cn) / median(two)


def measure_file_scaling(rows: list[dict[str, Any]], repeats: int) -> tuple[float, float]:
    """compose_file: each worker composes its own byte range and writes its own part."""
    cn = [r for r in rows if r["policy"] == "cn"]
    one, two = [], []
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "rows.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for row in cn:
                out.write(json.dumps({**row, "as_of": "2026-06-01"}, ensure_ascii=False) + "\n")
        for _ in range(repeats):
            for workers, sink in ((1, one), (2, two)):
                start = time.perf_counter()
                summary = compose_file(source, Path(folder) / "out.jsonl", policy="cn",
                                       workers=workers)  # fmt: skip
                if summary.errors:
                    raise RuntimeError(f"{summary.errors} rows failed")
                sink.append(time.perf_counter() - start)
    return len(cn) / median(one), len(cn) / median(two)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small smoke run (seconds)")
    parser.add_argument("--count", type=int, help="messages in the batch (default 100,000)")
    parser.add_argument("--no-workers", action="store_true", help="skip the 1 -> 2 worker run")
    args = parser.parse_args(argv)
    count = args.count or (3_000 if args.quick else 100_000)
    slices = 5 if args.quick else 20

    started = time.perf_counter()
    rows = reference_rows(count)
    cases = build_cases(rows)
    zh = sum(1 for r in rows if r["policy"] == "cn")
    twice = sum(1 for c in cases if c.renders > 1)
    print(
        f"batch: {count:,} messages ({zh:,} zh_CN/cn, {count - zh:,} en_US/us), "
        f"{twice:,} needed a second variant render; built in {time.perf_counter() - started:.1f}s"
    )

    batch = measure_batch(cases, slices)
    msgs = 1e6 / batch["compose_us"]
    print(f"\nper message (median over {slices} interleaved slices):")
    print(f"  bare sandboxed Jinja2 render, same blocks : {batch['bare_us']:8.1f} µs")
    print(f"  (a) Composer.compose, validated models    : {batch['compose_us']:8.1f} µs")
    print(f"  (b) dict rows, validate + compose          : {batch['rows_us']:8.1f} µs")
    print(f"  compose throughput: {msgs:,.0f} msg/s on one core")
    print(f"  compose/bare ratio: {batch['compose_ratio']:.2f}x")
    print(f"  rows/bare ratio: {batch['rows_ratio']:.2f}x")

    stage_cases = cases[: min(len(cases), 20_000)]
    stages, bare_us = measure_stages(stage_cases)
    print(
        f"\ncost per stage, dict-row path, timing hook on ({len(stage_cases):,} messages; "
        f"bare render alongside: {bare_us:.1f} µs):"
    )
    total = sum(v for k, v in stages.items() if not k.startswith("rule:"))
    for name, value in stages.items():
        indent = "      " if name.startswith("rule:") else "  "
        print(f"{indent}{name:<24} {value:8.2f} µs  {value / bare_us:5.2f}x bare")
    print(f"  {'sum of stages':<24} {total:8.2f} µs")

    checked, bare_check = measure_check()
    check_ratio = checked / bare_check
    print(
        f"\ncheck() of a {len(CHECK_TEXT)}-char zh text: {checked * 1e6:.1f} µs, "
        f"bare render of it {bare_check * 1e6:.1f} µs"
    )
    print(f"  check/bare ratio: {check_ratio:.2f}x")

    scaling = None
    if not args.no_workers:
        n = min(len(rows), 4_000 if args.quick else 20_000)
        one, two = measure_scaling(rows[:n], 1 if args.quick else 3)
        scaling = two / one
        print(f"\ncompose_many over {n:,} rows (zh share), sharded fork workers:")
        print(f"  1 worker {one:,.0f} msg/s, 2 workers {two:,.0f} msg/s")
        print(f"  scaling 1->2 workers: {scaling:.2f}x")
        f_one, f_two = measure_file_scaling(rows[:n], 1 if args.quick else 3)
        file_scaling = f_two / f_one
        print("\ncompose_file over the same rows, each worker writing its own shard:")
        print(f"  1 worker {f_one:,.0f} msg/s, 2 workers {f_two:,.0f} msg/s")
        print(f"  scaling 1->2 workers: {file_scaling:.2f}x")

    print("\ntargets:")
    print(
        f"  compose <= {TARGETS['compose']:.0f}x bare: {batch['compose_ratio']:.2f}x  "
        f"{verdict(batch['compose_ratio'] <= TARGETS['compose'])}"
    )
    print(
        f"  compose >= {TARGETS['msgs']:,.0f} msg/s/core: {msgs:,.0f}  "
        f"{verdict(msgs >= TARGETS['msgs'])}"
    )
    print(
        f"  dict rows <= {TARGETS['rows']:.0f}x bare: {batch['rows_ratio']:.2f}x  "
        f"{verdict(batch['rows_ratio'] <= TARGETS['rows'])}"
    )
    print(
        f"  check() <= {TARGETS['check']:.0f}x bare: {check_ratio:.2f}x  "
        f"{verdict(check_ratio <= TARGETS['check'])}"
    )
    if scaling is not None:
        print(
            f"  2 workers >= {TARGETS['scaling']}x 1 worker (compose_many): {scaling:.2f}x  "
            f"{verdict(scaling >= TARGETS['scaling'])}"
        )
        print(
            f"  2 workers >= {TARGETS['scaling']}x 1 worker (compose_file): "
            f"{file_scaling:.2f}x  {verdict(file_scaling >= TARGETS['scaling'])}"
        )
    print(f"\ntotal run time {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
