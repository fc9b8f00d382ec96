"""Instructions per message, counted by valgrind: compose and check() against a bare render.

Run: python benchmarks/bench_instructions.py [--count N]   (needs valgrind; about 2 minutes)

Timings on a shared box move by 20-30% between runs; instruction counts do not. Each phase
runs in its own process under callgrind with instrumentation off until the phase starts, so
imports, policy compilation and the warm-up pass are not counted. The cache simulator models
the machine's 4 MiB L2 as the last level. Instructions are not time (an L1 miss costs tens
of cycles), but a ratio of instruction counts is a stable, repeatable view of how much work
the library adds to a render, and the L1 misses show how much the working set spills.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
PHASES = ("bare", "compose", "bare-check", "check")
# Events of a callgrind dump with the cache simulator on, in their order on the totals line.
EVENTS = ("Ir", "Dr", "Dw", "I1mr", "D1mr", "D1mw", "ILmr", "DLmr", "DLmw")


def _child(phase: str, count: int, flag_dir: Path) -> None:
    """Run inside valgrind: set up, signal ready, run the phase once the parent says go."""
    sys.path.insert(0, str(HERE))
    from _common import reference_rows
    from bench_throughput import (
        CHECK_TEMPLATE,
        CHECK_TEXT,
        CHECK_VALUES,
        _bare_env,
        build_cases,
        run_bare,
        run_compose,
    )
    from dunning_sms import Composer

    work: Callable[[], object]
    if phase in ("bare", "compose"):
        cases = sorted(build_cases(reference_rows(count)), key=lambda c: c.row["policy"])
        work = (lambda: run_bare(cases)) if phase == "bare" else (lambda: run_compose(cases))
    else:
        composer = Composer("cn")
        template = _bare_env().from_string(CHECK_TEMPLATE)

        def work() -> None:
            for _ in range(count):
                if phase == "check":
                    composer.check(CHECK_TEXT, locale="zh_CN")
                else:
                    template.render(CHECK_VALUES)

    work()  # warm-up: caches filled, templates compiled, as in a long-running process
    (flag_dir / "ready").write_text(str(os.getpid()))
    while not (flag_dir / "go").exists():
        time.sleep(0.02)
    work()
    (flag_dir / "done").touch()
    while not (flag_dir / "end").exists():
        time.sleep(0.02)


def _wait_for(path: Path, process: subprocess.Popen[bytes], log: Path) -> None:
    while not path.exists():
        if process.poll() is not None:
            raise RuntimeError(f"the valgrind run stopped early; see {log}")
        time.sleep(0.1)


def _measure(phase: str, count: int, folder: Path) -> dict[str, int]:
    flags = folder / phase
    flags.mkdir()
    out = folder / f"callgrind.{phase}.out"
    log = folder / f"{phase}.log"
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--cache-sim=yes",
        "--LL=4194304,16,64",
        f"--callgrind-out-file={out}",
        sys.executable,
        __file__,
        "--child",
        phase,
        "--count",
        str(count),
        "--flags",
        str(flags),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=env)
        try:
            _wait_for(flags / "ready", process, log)
            pid = str(process.pid)
            subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
            (flags / "go").touch()
            _wait_for(flags / "done", process, log)
            subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)
            (flags / "end").touch()
            if process.wait() != 0:
                raise RuntimeError(f"the valgrind run failed; see {log}")
        finally:
            if process.poll() is None:
                process.kill()
    return _totals(out)


def _totals(path: Path) -> dict[str, int]:
    """The summed event counts of a callgrind output file (all its dumps)."""
    events: list[str] = []
    sums: dict[str, int] = {}
    for file in sorted(path.parent.glob(path.name + "*")):
        for line in file.read_text().splitlines():
            if line.startswith("events:"):
                events = line.split()[1:]
            elif line.startswith("totals:"):
                # "summary:" comes first and holds only the counts collected before the
                # instrumentation was switched on (none); "totals:" holds the run's.
                for name, value in zip(events, line.split()[1:], strict=False):
                    sums[name] = sums.get(name, 0) + int(value)
    if not sums:
        raise RuntimeError(f"no totals in {path}")
    return sums


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="messages (and check calls)")
    parser.add_argument("--child", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--flags", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.count, args.flags)
        return 0
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind (with callgrind_control) is needed: apt-get install valgrind")
        return 2
    count = args.count
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        got = {phase: _measure(phase, count, folder) for phase in PHASES}
    per = {phase: {e: got[phase].get(e, 0) / count for e in EVENTS} for phase in PHASES}

    def l1(phase: str) -> float:
        return per[phase]["I1mr"] + per[phase]["D1mr"] + per[phase]["D1mw"]

    print(f"per message, {count} messages of the reference batch (60% zh_CN, 40% en_US):")
    for phase in PHASES:
        label = {
            "bare": "bare sandboxed render, same blocks",
            "compose": "Composer.compose, validated models",
            "bare-check": "bare render of the 69-char text",
            "check": "check() of the 69-char zh text",
        }[phase]
        ir, misses = per[phase]["Ir"], l1(phase)
        print(f"  {label:38s} {ir:>12,.0f} instructions  {misses:>9,.0f} L1 misses")
    print(f"compose/bare: {per['compose']['Ir'] / per['bare']['Ir']:.2f}x instructions, "
          f"{l1('compose') / l1('bare'):.2f}x L1 misses")  # fmt: skip
    print(f"check/bare:   {per['check']['Ir'] / per['bare-check']['Ir']:.2f}x instructions, "
          f"{l1('check') / l1('bare-check'):.2f}x L1 misses")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
