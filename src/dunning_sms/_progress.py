"""A progress bar with throughput for long CLI runs (rich, on stderr only)."""

from __future__ import annotations

from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress as _RichProgress
from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn


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

    def advance(self, n: int = 1) -> None:
        """Count n more messages."""
        self._count += n
        if self._count % 500 == 0:
            task = self._bar.tasks[0]
            elapsed = task.elapsed or 0.0
            rate = f"{self._count / elapsed:,.0f} msg/s" if elapsed > 0 else ""
            self._bar.update(self._task, completed=self._count, rate=rate)

    def close(self) -> None:
        """Show the final count and stop drawing."""
        task = self._bar.tasks[0]
        elapsed = task.elapsed or 0.0
        rate = f"{self._count / elapsed:,.0f} msg/s" if elapsed > 0 else ""
        self._bar.update(self._task, completed=self._count, rate=rate)
        self._bar.stop()
