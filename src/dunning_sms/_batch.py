"""Batches: compose many rows in input order, in this process or in worker processes.

Workers take their own shard (a range of an in-memory sequence inherited by ``fork``, or a
byte range of a JSONL/CSV file they read themselves) and send back only their results, in
chunks: pickling every row through one parent costs about as much as composing it
(``../shared/reference/performance.md`` §9).
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import json
import multiprocessing
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from . import _timing
from ._compose import Composer, Message, _Prepared, check_when
from ._errors import DunningError, InputError
from ._models import Lender
from ._pickling import fast_state
from ._policy import Policy
from ._rows import Row, other_policy, row_from_mapping, writable_file


@fast_state
@dataclass(frozen=True, slots=True)
class BatchResult:
    """One row's outcome: the Message (``ok`` or refused), or the error that stopped it."""

    index: int
    message: Message | None
    error: str | None = None
    error_type: str | None = None
    line: int | None = None

    @property
    def ok(self) -> bool:
        """True when a message was composed and has no error finding."""
        return self.message is not None and self.message.ok


@dataclass(frozen=True, slots=True)
class _Job:
    policy: str | Path | Policy
    templates: str | Path | None
    template: str | None
    lender: Lender | None
    as_of: date | None
    now: datetime | None
    smart_encoding: bool

    def __post_init__(self) -> None:
        # Once for the batch, before any row (and before any output file is opened).
        check_when(self.as_of, self.now)


# Validated lenders by the repr of their raw mapping. A file's rows repeat a handful of
# lenders; validating one costs more than the rest of the row and gives a new object each
# time, which also defeats the composer's per-lender caches.
_LENDERS: dict[str, Lender] = {}


def _to_row(item: Row | Mapping[str, Any], line: int, lender: Lender | None) -> Row:
    if isinstance(item, Row):
        return item
    raw = item.get("lender") if isinstance(item, Mapping) else None
    if isinstance(raw, dict):
        key = repr(raw)
        known = _LENDERS.get(key)
        if known is None:
            # Validated on its own first, so that a bad lender is reported as before.
            row = row_from_mapping(item, line=line, lender=lender)
            if len(_LENDERS) >= 256:
                _LENDERS.clear()
            _LENDERS[key] = row.lender
            return row
        return row_from_mapping(item, line=line, lender=lender, row_lender=known)
    return row_from_mapping(item, line=line, lender=lender)


@dataclass(frozen=True, slots=True)
class _Unreadable:
    """A file line that is not even a row: its error result, yielded in its place."""

    result: BatchResult


@dataclass(frozen=True, slots=True)
class _Lined:
    """A row read from a file, with the file line it came from (blank lines skipped)."""

    line: int
    data: Mapping[str, Any]


# What a batch is given per row: a row or mapping, one read from a file with its line, or a
# file line that is no row.
_Item = Row | Mapping[str, Any] | _Lined | _Unreadable

# A row's result before its rules run: ready (an error), or prepared and waiting.
_Entry = BatchResult | tuple[int, int | None, _Prepared]

# Rows prepared together before the rules run over them family by family (loop fission,
# docs/performance.md): enough for a family's code and matchers to stay in the CPU caches
# across the chunk, few enough that results still stream.
_FISSION_ROWS = 128


def _validate_item(job: _Job, index: int, item: _Item) -> BatchResult | tuple[int, Row]:
    """A row validated, or the error result that takes its place."""
    if isinstance(item, _Unreadable):
        return item.result
    timer = _timing.TIMER
    started = _timing.now() if timer is not None else 0.0
    line = index + 1
    if isinstance(item, _Lined):
        line, item = item.line, item.data
    try:
        row = _to_row(item, line, job.lender)
    except DunningError as exc:
        return BatchResult(index, None, str(exc), type(exc).__name__, getattr(exc, "line", None))
    if timer is not None:
        timer.add("validate", _timing.now() - started)
    return index, row


def _prepare_row(composer: Composer, job: _Job, index: int, row: Row) -> _Entry:
    """A valid row's work before the rules, or why it has no message."""
    key = row.template or job.template
    if key is None:
        return BatchResult(index, None, "no template for this row", "InputError", row.line)
    wrong = other_policy(row, composer.policy)
    if wrong is not None:
        return BatchResult(index, None, str(wrong), "InputError", row.line)
    try:
        prepared = composer._prepare(
            key,
            borrower=row.borrower,
            loan=row.loan,
            lender=row.lender,
            as_of=job.as_of or row.as_of,
            now=job.now,
            locale=None,
            history=None,
        )
    except DunningError as exc:
        return BatchResult(index, None, str(exc), type(exc).__name__, row.line)
    return index, row.line, prepared


def _compose_items(
    composer: Composer,
    job: _Job,
    items: Iterable[tuple[int, _Item]],
) -> Iterator[BatchResult]:
    """One result per item, in order, composed a chunk at a time.

    Each chunk's rows are validated, then prepared (resolved, rendered, their CheckContexts
    built), then the rule engine runs over the whole chunk family by family, then each
    message is finished and yielded: one stage at a time over the chunk, so that each
    stage's code stays in the CPU caches. A refused message is yielded as its preview.
    Results are what composing each row alone gives; an exception that is not a row's own
    error is raised after the results of the rows before it, as a row-by-row loop would.
    """
    stream = iter(items)
    engine = composer._engine
    while True:
        validated: list[BatchResult | tuple[int, Row]] = []
        failure: Exception | None = None
        try:
            for index, item in stream:
                validated.append(_validate_item(job, index, item))
                if len(validated) == _FISSION_ROWS:
                    break
        except Exception as exc:  # raised below, once the rows before it are yielded
            failure = exc
        entries: list[_Entry] = []
        for valid in validated:
            if isinstance(valid, BatchResult):
                entries.append(valid)
                continue
            try:
                entries.append(_prepare_row(composer, job, *valid))
            except Exception as exc:  # an earlier row's failure wins over a later one's
                failure = exc
                break
        pending = [entry for entry in entries if not isinstance(entry, BatchResult)]
        timer = _timing.TIMER
        started = _timing.now() if timer is not None else 0.0
        findings = iter(engine.run_many([prepared.ctx for _, _, prepared in pending]))
        if timer is not None:
            timer.add("rules", _timing.now() - started)
        for entry in entries:
            if isinstance(entry, BatchResult):
                yield entry
                continue
            index, line, prepared = entry
            started = _timing.now() if timer is not None else 0.0
            message = composer._finish(prepared, next(findings))
            if timer is not None:
                timer.add("finish", _timing.now() - started)
            yield BatchResult(index, message, line=line)
        if failure is not None:
            raise failure
        if len(validated) < _FISSION_ROWS:
            return


_MIN_CHUNK = 100

# State a forked worker inherits: the job, its composer and the rows (never pickled).
_WORKER: dict[str, Any] = {}


def _worker_sequence_chunk(bounds: tuple[int, int]) -> list[BatchResult]:
    start, end = bounds
    rows: Sequence[Row | Mapping[str, Any]] = _WORKER["rows"]
    composer: Composer = _WORKER["composer"]
    job: _Job = _WORKER["job"]
    return list(_compose_items(composer, job, ((i, rows[i]) for i in range(start, end))))


def _iter_shard(
    composer: Composer, job: _Job, path: Path, bounds: tuple[int, int, int, int]
) -> Iterator[BatchResult]:
    """Compose the JSONL rows between two byte offsets (which sit at line starts)."""
    return _compose_items(composer, job, _shard_items(path, bounds))


def _shard_items(path: Path, bounds: tuple[int, int, int, int]) -> Iterator[tuple[int, _Item]]:
    """``(index, item)`` of each non-blank line between two byte offsets: ``bounds`` holds
    them, the index of the first row and the file line of the first line."""
    start, end, index, line = bounds
    with path.open("rb") as stream:
        stream.seek(start)
        line -= 1
        while stream.tell() < end:
            raw = stream.readline()
            if not raw:
                break
            line += 1
            if not raw.strip():
                continue
            item: _Item
            try:
                # Bytes: json reads a UTF-8 byte order mark on the first line itself.
                value = json.loads(raw)
            except UnicodeDecodeError:
                item = _Unreadable(
                    BatchResult(index, None, "line is not UTF-8 text", "InputError", line)
                )
            except ValueError as exc:
                item = _Unreadable(
                    BatchResult(index, None, f"invalid JSON: {exc}", "InputError", line)
                )
            else:
                if isinstance(value, dict):
                    item = _Lined(line, value)
                else:
                    error = "a JSONL line must be an object"
                    item = _Unreadable(BatchResult(index, None, error, "InputError", line))
            yield index, item
            index += 1


def _worker_file_chunk(bounds: tuple[int, int, int, int]) -> list[BatchResult]:
    return list(_iter_shard(_WORKER["composer"], _WORKER["job"], _WORKER["path"], bounds))


def result_record(result: BatchResult) -> dict[str, Any]:
    """The JSON-ready record of one result (the CLI's and ``compose_file``'s JSONL line)."""
    if result.message is None:
        return {
            "index": result.index,
            "line": result.line,
            "ok": False,
            "error": result.error,
            "error_type": result.error_type,
        }
    return {"index": result.index, "line": result.line, **result.message.to_dict()}


@dataclass(frozen=True, slots=True)
class FileSummary:
    """What ``compose_file`` wrote: how many rows, sendable messages, refusals, bad rows."""

    rows: int
    ok: int
    refused: int
    errors: int


def _write_shard(bounds: tuple[int, int, int, int, str]) -> tuple[int, int, int, int]:
    start, end, first_index, first_line, part = bounds
    counts = [0, 0, 0, 0]
    with open(part, "w", encoding="utf-8") as out:
        for result in _iter_shard(
            _WORKER["composer"],
            _WORKER["job"],
            _WORKER["path"],
            (start, end, first_index, first_line),
        ):
            out.write(json.dumps(result_record(result), ensure_ascii=False) + "\n")
            counts[0] += 1
            if result.message is None:
                counts[3] += 1
            elif result.message.ok:
                counts[1] += 1
            else:
                counts[2] += 1
    return counts[0], counts[1], counts[2], counts[3]


def compose_file(
    source: str | Path,
    destination: str | Path,
    *,
    template: str | None = None,
    policy: str | Path | Policy = "cn",
    templates: str | Path | None = None,
    lender: Lender | None = None,
    as_of: date | None = None,
    now: datetime | None = None,
    workers: int | None = None,
) -> FileSummary:
    """Compose a JSONL file of rows into a JSONL file of results, in input order.

    With ``workers`` > 1 each process composes one contiguous shard of the input and writes
    its own part file; the parent only joins the parts. Nothing crosses between processes
    but byte offsets and four counts, which is what lets a second core pay off.
    """
    path, target = _jsonl_source(source, "source"), Path(destination)
    writable_file(target, "destination")
    job = _Job(policy, templates, template, lender, as_of, now, False)
    composer = Composer(policy, templates=templates)
    count = max(1, workers or 1)
    shards = _file_shards(path, count)
    parts = [f"{target}.part{k}" for k in range(len(shards))]
    tasks = [(*bounds, part) for bounds, part in zip(shards, parts, strict=True)]
    _WORKER.clear()
    _WORKER.update(composer=composer, job=job, path=path)
    try:
        if count == 1:
            totals = [_write_shard(tasks[0])]
        else:
            _require_fork()
            with _forked_pool(composer, _file_locales(path), count) as pool:
                totals = pool.map(_write_shard, tasks, chunksize=1)
        with target.open("wb") as out:
            for part in parts:
                with open(part, "rb") as chunk:
                    shutil.copyfileobj(chunk, out)
    finally:
        _WORKER.clear()
        for part in parts:
            with contextlib.suppress(FileNotFoundError):
                os.remove(part)
    return FileSummary(*(sum(t[i] for t in totals) for i in range(4)))


def _file_shards(path: Path, shards: int) -> list[tuple[int, int, int, int]]:
    """Byte ranges that start at line starts, with the index of each range's first row and
    the file line it starts on."""
    size = path.stat().st_size
    cuts = [0]
    with path.open("rb") as stream:
        for k in range(1, shards):
            stream.seek(max(size * k // shards, cuts[-1]))
            stream.readline()
            cuts.append(min(stream.tell(), size))
        cuts.append(size)
        # Count rows and lines per range so that results keep global indices and lines.
        bounds = []
        index, line = 0, 1
        for start, end in pairwise(cuts):
            bounds.append((start, end, index, line))
            stream.seek(start)
            chunk = stream.read(end - start)
            index += sum(1 for text in chunk.split(b"\n") if text.strip())
            line += chunk.count(b"\n")
    return bounds


def compose_many(
    rows: Iterable[Row | Mapping[str, Any]] | str | Path,
    *,
    template: str | None = None,
    policy: str | Path | Policy = "cn",
    templates: str | Path | None = None,
    lender: Lender | None = None,
    as_of: date | None = None,
    now: datetime | None = None,
    smart_encoding: bool = False,
    workers: int | None = None,
    chunk_size: int = 2000,
) -> Iterator[BatchResult]:
    """Compose every row and yield one :class:`BatchResult` per row, in input order.

    ``rows`` is an iterable of validated :class:`Row`s or raw mappings (as in CSV/JSONL
    rows), or the path of a JSONL file. ``workers`` > 1 uses that many processes (fork
    start method: POSIX only); each takes its own shard. A refused message is yielded as
    its preview (``result.ok`` is False); an invalid row as an error, never dropped. A row
    whose ``policy`` names another policy is an error: a batch runs one policy's rules
    (``compose_frame`` groups rows by policy).
    """
    job = _Job(policy, templates, template, lender, as_of, now, smart_encoding)
    composer = Composer(policy, templates=templates, smart_encoding=smart_encoding)
    if workers is None or workers <= 1:
        if isinstance(rows, str | Path):
            path = _jsonl_source(rows, "rows")
            whole = (0, path.stat().st_size, 0, 1)
            yield from _compose_items(composer, job, _shard_items(path, whole))
        else:
            yield from _compose_items(composer, job, enumerate(rows))
        return
    _require_fork()
    _WORKER.clear()
    _WORKER.update(composer=composer, job=job)
    tasks: list[Any]
    if isinstance(rows, str | Path):
        path = _jsonl_source(rows, "rows")
        _WORKER["path"] = path
        size_hint = max(1, path.stat().st_size // (chunk_size * 200))
        tasks = _file_shards(path, max(workers * 4, size_hint))
        function: Any = _worker_file_chunk
        locales = _file_locales(path)
    else:
        sequence = rows if isinstance(rows, Sequence) else list(rows)
        _WORKER["rows"] = sequence
        # At least eight chunks per worker, so that no worker is left with the tail alone.
        size = max(_MIN_CHUNK, min(chunk_size, -(-len(sequence) // (workers * 8))))
        tasks = [
            (start, min(start + size, len(sequence))) for start in range(0, len(sequence), size)
        ]
        function = _worker_sequence_chunk
        locales = [_row_locale(item) for item in itertools.islice(sequence, _LOCALE_SAMPLE)]
    try:
        with _forked_pool(composer, locales, workers) as pool:
            for chunk in pool.imap(function, tasks):
                yield from chunk
    finally:
        _WORKER.clear()


def _require_fork() -> None:
    if "fork" not in multiprocessing.get_all_start_methods():
        raise InputError("workers > 1 needs the fork start method (POSIX)", field="workers")


@contextlib.contextmanager
def _forked_pool(
    composer: Composer, locales: Iterable[str | None], workers: int
) -> Iterator[multiprocessing.pool.Pool]:
    """A pool of forked workers that inherit the composer warmed up for ``locales``."""
    _warm_up(composer, locales)
    # Objects that exist before the fork are never collected in the workers: a collection
    # would walk (and so copy) every inherited page of the parent's heap.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(processes=workers) as pool:
            yield pool
    finally:
        gc.unfreeze()


# Rows read to find which locales a batch uses (a guess: a locale first seen later is
# compiled by each worker when it needs it).
_LOCALE_SAMPLE = 1000


def _row_locale(item: object) -> str | None:
    if isinstance(item, Row):
        return item.borrower.locale
    if isinstance(item, Mapping):
        borrower = item.get("borrower")
        if isinstance(borrower, Mapping):
            locale = borrower.get("locale")
            return locale if isinstance(locale, str) else None
        locale = getattr(borrower, "locale", None)
        return locale if isinstance(locale, str) else None
    return None


def _file_locales(path: Path) -> list[str | None]:
    locales: list[str | None] = []
    with path.open("rb") as stream:
        for raw in itertools.islice(stream, _LOCALE_SAMPLE):
            with contextlib.suppress(ValueError, UnicodeDecodeError):
                locales.append(_row_locale(json.loads(raw)))
    return locales


def _warm_up(composer: Composer, locales: Iterable[str | None]) -> None:
    """Compile what workers will need before forking, so they inherit it instead of each
    compiling it once per process: every template key in the batch's locales (compiling the
    whole library instead costs about half a second)."""
    composer.check("warm up", locale=None)
    library = composer.library
    default = composer.policy.default_locale
    keys = library.keys()
    for wanted in {locale or default for locale in locales} | {default}:
        for key in keys:
            # A missing or broken template is reported on the rows that use it, as before.
            with contextlib.suppress(DunningError):
                library.compiled(library.resolve(key, wanted, default))


def _jsonl_source(source: str | Path, field: str) -> Path:
    """``source`` as the path of a JSONL file, or the InputError saying why not."""
    path = Path(source)
    if path.suffix.lower() in (".csv", ".tsv"):
        raise InputError(
            f"{path.name}: a batch file is JSONL, one row object per line (CSV goes through "
            "dunning-sms compose without --workers, or compose_frame)",
            field=field,
        )
    if not path.is_file():
        raise InputError(f"cannot open {path}: no such file", field=field)
    return path


def compose_partition(
    rows: Iterable[Mapping[str, Any]],
    *,
    template: str | None = None,
    policy: str | Path | Policy = "cn",
    templates: str | Path | None = None,
    lender: Lender | None = None,
    as_of: date | None = None,
) -> list[dict[str, Any]]:
    """Compose one partition of raw rows into plain dicts; for ``dask.bag.map_partitions``.

    Each worker builds its Composer once per process (cached by its arguments), so a
    cluster pays the compile cost once per worker, not per partition.
    """
    composer = _partition_composer(policy, templates)
    job = _Job(policy, templates, template, lender, as_of, None, False)
    out: list[dict[str, Any]] = []
    for result in _compose_items(composer, job, enumerate(rows)):
        if result.message is not None:
            out.append({"index": result.index, **result.message.to_dict()})
        else:
            out.append(
                {"index": result.index, "ok": False, "error": result.error, "line": result.line}
            )
    return out


_PARTITION_COMPOSERS: dict[tuple[str, str], Composer] = {}


def _partition_composer(policy: str | Path | Policy, templates: str | Path | None) -> Composer:
    key = (repr(policy), str(templates))
    composer = _PARTITION_COMPOSERS.get(key)
    if composer is None:
        composer = _PARTITION_COMPOSERS[key] = Composer(policy, templates=templates)
    return composer
