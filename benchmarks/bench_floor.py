"""The floor under issue #10's ratio targets: each part of composing and checking, run alone
over the whole batch (so its code and data stay hot), against a bare render, in one run.

Run: ``.venv/bin/python benchmarks/bench_floor.py [--count N] [--rounds R]``.

``bench_throughput.py`` times the pipeline as it runs, each message through every stage
before the next message, and with the timing hook's own cost inside its stage breakdown.
This script asks a different question: what would composing cost if every part ran at its
best, with nothing evicting its code and data from the CPU caches? Each part (the composer's
preparation, normalisation, each rule family, finishing) runs over the whole batch on its
own, with what it reads computed beforehand, in rounds that rotate the order of the parts;
each figure is the median over the rounds of its ratio to the bare render timed in the same
round. The sum of the parts is a floor for ``Composer.compose`` on this design: the pipeline
can only cost more. The last lines say how much faster the rule families would have to be
for the targets to hold if everything else stayed as it is.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median, reference_rows
from bench_throughput import (
    CHECK_TEMPLATE,
    CHECK_TEXT,
    CHECK_VALUES,
    TARGETS,
    Case,
    _bare_env,
    build_cases,
    per_call,
    run_bare,
    run_compose,
)
from dunning_sms._compose import Composer, _Prepared
from dunning_sms._normalize import normalize
from dunning_sms._rules._base import CheckContext, Checker

CHUNK = 128  # messages per chunk of the family runs, as in compose_many
PREPARE = "prepare (resolve, views, render, context)"
FINISH = "finish (suppressions, report, message)"
PIPELINE = "Composer.compose, the pipeline as it runs"


def prepare(case: Case) -> _Prepared:
    kwargs = case.kwargs
    return case.composer._prepare(
        case.template,
        borrower=kwargs["borrower"],
        loan=kwargs["loan"],
        lender=kwargs["lender"],
        as_of=kwargs["as_of"],
        now=None,
        locale=None,
        history=None,
    )


def _listed(checker: Checker, ctx: CheckContext) -> object:
    return list(checker.check(ctx))


def time_loop(body: Callable[[], object]) -> float:
    start = time.perf_counter()
    body()
    return time.perf_counter() - start


class Parts:
    """The batch split into the parts of composing, each runnable on its own."""

    def __init__(self, cases: Sequence[Case]) -> None:
        # One Composer per market, its messages together, as a nightly job runs them.
        self.cases = sorted(cases, key=lambda c: c.row["policy"])
        self.prepared = [prepare(case) for case in self.cases]
        self.engines = list(dict.fromkeys(case.composer._engine for case in self.cases))
        # The families are those of the first engine; both shipped policies run the same.
        self.family_names = [family.name for family, _ in self.engines[0]._checkers]
        for engine in self.engines:
            names = [family.name for family, _ in engine._checkers]
            if names != self.family_names:
                raise RuntimeError(f"policies run different families: {names}")
        pairs = list(zip(self.prepared, self.cases, strict=True))
        self.by_engine = [
            [p.ctx for p, c in pairs if c.composer._engine is engine] for engine in self.engines
        ]
        self.findings = [case.composer._engine.run(p.ctx) for p, case in pairs]
        for prepared in self.prepared:
            del prepared.ctx._cache["normalized"]

    def runs(self) -> list[tuple[str, Callable[[], dict[str, float]]]]:
        return [
            ("bare", lambda: {"bare": run_bare(self.cases)}),
            ("prepare", lambda: {PREPARE: self.run_prepare()}),
            ("normalise", lambda: {"normalise": self.run_normalise()}),
            ("families", self.run_families),
            ("finish", lambda: {FINISH: self.run_finish()}),
            ("compose", lambda: {PIPELINE: self.run_compose()}),
        ]

    def run_prepare(self) -> float:
        cases = self.cases

        def body() -> None:
            for case in cases:
                prepare(case)

        return time_loop(body)

    def run_normalise(self) -> float:
        texts = [p.ctx.text for p in self.prepared]

        def body() -> None:
            for text in texts:
                normalize(text)

        return time_loop(body)

    def run_families(self) -> dict[str, float]:
        """Each family over a chunk of messages, in the engine's order, chunk by chunk.

        A chunk's messages get fresh normalised texts first (not timed): the phrase matcher
        caches its hits on them, and the tone family reads the hits the wording family
        found, as in the pipeline. Chunks (as in ``compose_many``) keep the results held at
        once small, so the cyclic collector is not walking the whole batch's hits.
        """
        spent = dict.fromkeys((f"rule:{name}" for name in self.family_names), 0.0)
        for engine, ctxs in zip(self.engines, self.by_engine, strict=True):
            checkers = [checker for _, checker in engine._checkers]
            for begin in range(0, len(ctxs), CHUNK):
                chunk = ctxs[begin : begin + CHUNK]
                for ctx in chunk:
                    ctx._cache["normalized"] = normalize(ctx.text)
                for checker, label in zip(checkers, spent, strict=True):
                    check = checker.check
                    started = time.perf_counter()
                    for ctx in chunk:
                        for _ in check(ctx):
                            pass
                    spent[label] += time.perf_counter() - started
                for ctx in chunk:
                    del ctx._cache["normalized"]
        return spent

    def run_finish(self) -> float:
        pairs = list(zip(self.cases, self.prepared, self.findings, strict=True))

        def body() -> None:
            for case, prepared, findings in pairs:
                case.composer._finish(prepared, list(findings))

        return time_loop(body)

    def run_compose(self) -> float:
        return run_compose(self.cases)


def measure(parts: Parts, rounds: int) -> dict[str, tuple[float, float]]:
    """µs per message and ratio to the bare render of the same round, medians over rounds."""
    runs = parts.runs()
    n = len(parts.cases)
    seconds: dict[str, list[float]] = {}
    ratios: dict[str, list[float]] = {}
    for k in range(rounds):
        # Rotate the order so that no part always runs first (cache and frequency effects).
        got: dict[str, float] = {}
        for _, fn in runs[k % len(runs) :] + runs[: k % len(runs)]:
            got.update(fn())
        for name, spent in got.items():
            seconds.setdefault(name, []).append(spent)
            ratios.setdefault(name, []).append(spent / got["bare"])
    return {name: (median(seconds[name]) / n * 1e6, median(ratios[name])) for name in seconds}


def measure_check(rounds: int) -> list[tuple[str, float, float]]:
    """The same split for ``check()`` of the 69-character reminder."""
    composer = Composer("cn")
    template = _bare_env().from_string(CHECK_TEMPLATE)
    policy = composer.policy

    def context() -> CheckContext:
        return CheckContext(
            text=CHECK_TEXT,
            policy=policy,
            languages=policy.languages,
            mode="check",
            locale=policy.default_locale,
        )

    warm = context()
    warm._cache["normalized"] = normalize(CHECK_TEXT)
    engine = composer._engine
    text_families = engine._families_for("text") or frozenset(range(len(engine._checkers)))
    parts: list[tuple[str, Callable[[], object]]] = [
        ("bare", lambda: template.render(CHECK_VALUES)),
        ("normalise", lambda: normalize(CHECK_TEXT)),
    ]
    nt = warm.normalized

    def first(checker: Checker) -> Callable[[], object]:
        # The matcher caches its hits (and the squeezed view) on the normalised text; the
        # first family to match pays for them, as in the pipeline, and the later ones
        # (tone) read them.
        def run() -> object:
            nt._cache.clear()
            return list(checker.check(warm))

        return run

    for index, (family, checker) in enumerate(engine._checkers):
        if index in text_families:
            run = first(checker) if family.name == "wording" else partial(_listed, checker, warm)
            parts.append((f"rule:{family.name}", run))
    parts.append(("check(), as it runs", lambda: composer.check(CHECK_TEXT, locale="zh_CN")))
    samples: dict[str, list[float]] = {name: [] for name, _ in parts}
    for _ in range(rounds):
        for name, fn in parts:
            samples[name].append(per_call(fn, repeats=3))
    bare = median(samples["bare"])
    return [(name, median(s) * 1e6, median(s) / bare) for name, s in samples.items()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000, help="messages (default 20,000)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (default 5)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    cases = build_cases(reference_rows(args.count))
    parts = Parts(cases)
    got = measure(parts, args.rounds)
    pipeline = PIPELINE
    print(f"{len(cases):,} messages, {args.rounds} rounds; each part alone over the batch\n")
    print(f"  {'part':46s} {'µs/msg':>8s} {'x bare':>7s}")
    rules = other = 0.0
    for name in ["bare", PREPARE, "normalise", *(f"rule:{f}" for f in parts.family_names), FINISH]:
        us, ratio = got[name]
        if name == pipeline:
            continue
        print(f"  {name:46s} {us:8.1f} {ratio:7.2f}")
        if name.startswith("rule:"):
            rules += ratio
        elif name != "bare":
            other += ratio
    floor = rules + other
    print(f"\n  rule families, sum                             {rules:16.2f}")
    print(f"  everything else, sum                           {other:16.2f}")
    print(f"  floor (sum of the parts)                       {floor:16.2f}")
    print(f"  {pipeline:46s} {got[pipeline][0]:8.1f} {got[pipeline][1]:7.2f}")
    target = TARGETS["compose"]
    room = target - other
    print(f"\ncompose <= {target:.0f}x bare: the floor alone is {floor:.2f}x.")
    if room > 0:
        print(
            f"With everything else as it is, the rule families would have to fit in "
            f"{room:.2f}x bare: {rules / room:.1f} times faster than they run alone here."
        )
    else:
        print("Everything else alone already takes the whole budget.")

    print("\ncheck() of the 69-character zh reminder, each part alone (hot):\n")
    check_rows = measure_check(args.rounds)
    check_rules = sum(r for name, _, r in check_rows if name.startswith("rule:"))
    check_norm = next(r for name, _, r in check_rows if name == "normalise")
    for name, us, ratio in check_rows:
        print(f"  {name:46s} {us:8.2f} {ratio:7.2f}")
    check_floor = check_rules + check_norm
    target = TARGETS["check"]
    print(f"\n  floor (normalise + families)                   {check_floor:16.2f}")
    print(
        f"check() <= {target:.0f}x bare: the families would have to run "
        f"{check_floor / target:.1f} times faster than they run alone here."
    )
    print(f"\ntotal run time {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
