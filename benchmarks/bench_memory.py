"""Peak memory of the CLI composing a large JSONL file: it must stream, not accumulate.

Run: ``.venv/bin/python benchmarks/bench_memory.py [--rows N] [--budget S] [--policy us]``.

Writes a seeded JSONL file of ``--rows`` rows of one policy (``--policy``: cn, the default,
or us; cached in the temp directory), runs ``dunning-sms compose FILE --format jsonl --quiet
--policy P`` with its output counted and thrown away, and polls the child's resident set size
from ``/proc`` every 0.2 s. With ``--budget`` the run stops after that many seconds (the rows
done so far are reported): the RSS curve over the first hundreds of thousands of rows already
shows whether anything grows per row. The goal is a peak RSS under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import iter_reference_rows

GOAL_MB = 300.0


def write_rows(path: Path, rows: int, policy: str) -> None:
    """The first ``rows`` rows of ``policy`` in the reference stream, one JSON object a line."""
    partial = path.with_suffix(".partial")
    written = 0
    with partial.open("w", encoding="utf-8") as out:
        # The stream is lazy and mixes policies (fewer than half its rows are us): draw until
        # ``rows`` of this policy are written.
        for row in iter_reference_rows(rows * 10):
            if row["policy"] != policy:
                continue
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
            if written == rows:
                break
    if written < rows:
        raise SystemExit(f"the reference stream gave only {written:,} {policy} rows")
    partial.replace(path)


def rss_mb(pid: int) -> float | None:
    """Resident set size of a process in MB, from /proc (None once it has gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--budget", type=float, default=None, help="stop after this many s")
    # The English-reading policies hold the larger rule engines (docs/performance.md).
    parser.add_argument("--policy", choices=("cn", "us"), default="cn")
    args = parser.parse_args()

    path = Path(tempfile.gettempdir()) / f"dunning_sms_bench_{args.policy}_{args.rows}.jsonl"
    if not path.exists():
        started = time.perf_counter()
        write_rows(path, args.rows, args.policy)
        print(f"wrote {args.rows:,} rows to {path} in {time.perf_counter() - started:.0f}s")
    size_mb = path.stat().st_size / 1e6
    cli = shutil.which("dunning-sms", path=str(Path(sys.executable).parent)) or "dunning-sms"
    command = [cli, "compose", str(path), "--format", "jsonl", "--quiet", "--policy", args.policy]
    print(f"running: {' '.join(command)} > (counted, discarded)   [{size_mb:.0f} MB input]")

    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    stdout = child.stdout
    lines = [0]

    def drain() -> None:
        while chunk := stdout.read(1 << 20):
            lines[0] += chunk.count(b"\n")

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    peak = 0.0
    samples: list[tuple[int, float]] = []
    next_report = 0.0
    stopped = False
    while child.poll() is None:
        current = rss_mb(child.pid)
        if current is not None:
            peak = max(peak, current)
        elapsed = time.perf_counter() - started
        if elapsed >= next_report:
            samples.append((lines[0], current or 0.0))
            print(f"  {elapsed:6.0f}s  {lines[0]:>9,} rows  RSS {current or 0:6.1f} MB", flush=True)
            next_report += 30
        if args.budget is not None and elapsed > args.budget:
            child.terminate()
            stopped = True
            break
        time.sleep(0.2)
    child.wait()
    reader.join(timeout=5)
    elapsed = time.perf_counter() - started
    done = lines[0]
    print(
        f"\nrows composed: {done:,} of {args.rows:,} in {elapsed:.0f}s "
        f"({done / elapsed:,.0f} rows/s){' (stopped at the time budget)' if stopped else ''}"
    )
    if not stopped:
        print(f"exit code: {child.returncode}")
    if len(samples) >= 3:
        (r1, m1), (r2, m2) = samples[1], samples[-1]
        if r2 > r1:
            print(
                f"RSS growth after warm-up: {(m2 - m1) * 1024 / (r2 - r1) * 1000:.1f} KB "
                f"per 1,000 rows ({m1:.1f} -> {m2:.1f} MB over rows {r1:,}-{r2:,})"
            )
    print(
        f"peak RSS: {peak:.1f} MB (goal < {GOAL_MB:.0f} MB): "
        f"{'MET' if peak < GOAL_MB else 'NOT MET'}"
    )
    if os.environ.get("DUNNING_BENCH_KEEP") is None and not stopped:
        path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
