"""A progress bar with throughput for long CLI runs (rich, on stderr only)."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import MofNCompleteColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as _RichProgress


class Progress:
    """Counts composed messages and shows messages per second; the total is unknown."""

    def __init__(self, description: str = "composing") -> None:
        self._bar = _RichProgress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task = self._bar.add_task(description, total=None, rate="")
        self._count = 0
        self._bar.start()
        # The rate counts from here, the moment the caller starts handing in messages.
        self._start = self._shown = time.monotonic()

    def advance(self, n: int = 1) -> None:
        """Count n more messages."""
        self._count += n
        # Redraw on the clock, not every Nth message: a count that steps past the multiple
        # (n > 1) or a short run would otherwise show a stale count and rate.
        now = time.monotonic()
        if now - self._shown >= 0.25:
            self._show(now)

    def _show(self, now: float) -> None:
        self._shown = now
        elapsed = now - self._start
        rate = f"{self._count / elapsed:,.0f} msg/s" if elapsed > 0 and self._count else ""
        self._bar.update(self._task, completed=self._count, rate=rate)

    def close(self) -> None:
        """Show the final count and stop drawing."""
        self._show(time.monotonic())
        self._bar.stop()
