"""Opt-in per-stage timing for the compose path (a debugging and benchmarking hook).

Off by default: the composer and the rule engine read :data:`TIMER` once per message and,
when it is ``None``, run their plain code path, so the hook costs one global read. Turn it on
with :func:`stage_timing`; it is process-wide and not meant for production traffic.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from time import perf_counter


class StageTimer:
    """Seconds and call counts per stage name, summed over every message timed."""

    __slots__ = ("counts", "seconds")

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.counts: dict[str, int] = {}

    def add(self, stage: str, seconds: float) -> None:
        """Add one measured interval to ``stage``."""
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
        self.counts[stage] = self.counts.get(stage, 0) + 1

    def per_call_us(self, messages: int) -> dict[str, float]:
        """Microseconds per message for each stage (stages keep their first-seen order)."""
        return {k: v * 1e6 / max(messages, 1) for k, v in self.seconds.items()}


TIMER: StageTimer | None = None

now = perf_counter


@contextmanager
def stage_timing() -> Iterator[StageTimer]:
    """Time every compose stage and rule family while the block runs."""
    global TIMER  # noqa: PLW0603 - the hook is process-wide by design
    previous, TIMER = TIMER, StageTimer()
    try:
        yield TIMER
    finally:
        TIMER = previous
