"""compose_many against the row-by-row loop it replaced (loop fission), paired in one run.

Run: ``.venv/bin/python benchmarks/bench_fission.py [--count 20000] [--rounds 7]
[--chunks 128] [--slice 1000]``.

``compose_many`` (single process) prepares a chunk of rows, runs each rule family over the
whole chunk, then finishes the messages; ``_common.compose_one_by_one`` composes each row
alone through ``Composer.compose``, as the batch path did before. Both take the same
reference rows (zh_CN under ``cn``, en_US under ``us``) and give the same results (checked
before timing).

* **Whole runs**: each round times ``list(compose_many(rows))`` for the whole batch (one call
  per policy, each building its Composer, as a caller would) and the same through the
  row-by-row loop, in a rotating order after a collection. Medians over the rounds, and the
  median of the per-round ratios.
* **Slices** (``--slice N``, 0 to skip): each round cuts the batch into slices of N rows and
  runs every side on a slice back to back (rotating order; Composers built beforehand, the
  batch side through ``_batch._compose_items``), so that a noisy neighbour slows both sides
  of a ratio alike. The median of the per-slice ratios.

``--chunks`` lists chunk sizes to try (``_batch._FISSION_ROWS``); 1 runs the new code path
without fission.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import compose_one_by_one, median, reference_rows
from dunning_sms import _batch
from dunning_sms._batch import _compose_items, _Job, compose_many
from dunning_sms._compose import Composer

POLICIES = ("cn", "us")
BASE = "one by one"


def _with_chunk(chunk: int, run: Callable[[], Any]) -> Callable[[], Any]:
    def sized() -> Any:
        default, _batch._FISSION_ROWS = _batch._FISSION_ROWS, chunk
        try:
            return run()
        finally:
            _batch._FISSION_ROWS = default

    return sized


def _listed(function: Callable[..., Any], *args: Any) -> list[Any]:
    return list(function(*args))


def _rotated(sides: list[Any], k: int) -> list[Any]:
    return sides[k % len(sides) :] + sides[: k % len(sides)]


def _report(title: str, seconds: dict[str, list[float]], rows: int) -> None:
    print(f"\n{title}")
    base = seconds[BASE]
    for name, times in seconds.items():
        ratios = [t / b for t, b in zip(times, base, strict=True)]
        print(
            f"  {name:<24} median {median(times) / rows * 1e6:6.1f} µs/row, "
            f"mean {sum(times) / len(times) / rows * 1e6:6.1f}; median ratio "
            f"{median(ratios):.3f}x one by one "
            f"(quartiles {_quartile(ratios, 1):.3f}-{_quartile(ratios, 3):.3f})"
        )


def _quartile(values: list[float], q: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, q * len(ordered) // 4)]


def whole_runs(groups: dict[str, list[Any]], chunks: list[int], rounds: int) -> None:
    def one_by_one() -> list[Any]:
        return [list(compose_one_by_one(Composer(p), part)) for p, part in groups.items()]

    def batched() -> list[Any]:
        return [list(compose_many(part, policy=p)) for p, part in groups.items()]

    sides = [(BASE, one_by_one)]
    sides += [(f"compose_many, chunk {c}", _with_chunk(c, batched)) for c in chunks]
    expected = one_by_one()
    for name, run in sides[1:]:
        if run() != expected:
            raise SystemExit(f"{name} differs from one by one")
    count = sum(len(part) for part in groups.values())
    seconds: dict[str, list[float]] = {name: [] for name, _ in sides}
    for k in range(rounds):
        for name, run in _rotated(sides, k):
            gc.collect()
            start = time.perf_counter()
            run()
            seconds[name].append(time.perf_counter() - start)
        got = ", ".join(f"{n} {seconds[n][-1] / count * 1e6:.1f}" for n, _ in sides)
        print(f"  round {k + 1} (µs/row): {got}", flush=True)
    _report(f"whole runs, {count:,} rows, {rounds} rounds (per-round ratios):", seconds, count)


def slices(groups: dict[str, list[Any]], chunks: list[int], rounds: int, size: int) -> None:
    composers = {p: Composer(p) for p in groups}
    jobs = {p: _Job(p, None, None, None, None, None, False) for p in groups}
    cuts = [
        (p, part[i : i + size]) for p, part in groups.items() for i in range(0, len(part), size)
    ]

    def one_by_one(policy: str, part: list[Any]) -> Callable[[], Any]:
        return partial(_listed, compose_one_by_one, composers[policy], part)

    def batched(policy: str, part: list[Any], chunk: int) -> Callable[[], Any]:
        items = partial(_compose_items, composers[policy], jobs[policy])
        return _with_chunk(chunk, partial(_listed, items, enumerate(part)))

    names = [BASE] + [f"compose_many, chunk {c}" for c in chunks]
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(rounds):
        for k, (policy, part) in enumerate(cuts):
            sides = [(BASE, one_by_one(policy, part))]
            sides += [(names[i + 1], batched(policy, part, c)) for i, c in enumerate(chunks)]
            for name, run in _rotated(sides, k):
                start = time.perf_counter()
                run()
                seconds[name].append((time.perf_counter() - start) / len(part) * size)
    _report(
        f"slices of {size:,} rows, {rounds} rounds x {len(cuts)} slices (per-slice ratios):",
        seconds,
        size,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000, help="reference rows")
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds")
    parser.add_argument("--chunks", default=str(_batch._FISSION_ROWS), help="e.g. 1,64,128,256")
    parser.add_argument("--slice", type=int, default=1000, help="rows per slice (0: none)")
    parser.add_argument("--no-whole", action="store_true", help="slices only")
    args = parser.parse_args(argv)
    rows = reference_rows(args.count)
    groups = {p: [r for r in rows if r["policy"] == p] for p in POLICIES}
    chunks = [int(c) for c in args.chunks.split(",")]
    print(f"{args.count:,} reference rows; chunk sizes {chunks}")
    if not args.no_whole:
        whole_runs(groups, chunks, args.rounds)
    if args.slice:
        slices(groups, chunks, args.rounds, args.slice)
    return 0


if __name__ == "__main__":
    sys.exit(main())
