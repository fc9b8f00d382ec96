"""Reading borrower + loan rows from CSV, JSONL or dicts into validated models.

A row is either nested (``{"borrower": {...}, "loan": {...}, "lender": {...}}``) or flat,
with the borrower's and the loan's field names as columns and the lender's prefixed with
``lender_`` (``lender_name``, ``lender_hotline``...). Unknown columns are an error, never
dropped: a misspelt column would otherwise silently lose data.
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pydantic import ValidationError

from ._errors import InputError
from ._models import Borrower, Lender, Loan

if TYPE_CHECKING:
    from ._policy import Policy

BORROWER_FIELDS = frozenset(Borrower.model_fields)
LOAN_FIELDS = frozenset(Loan.model_fields)
LENDER_FIELDS = frozenset(Lender.model_fields)
CONTROL_FIELDS = frozenset({"template", "policy", "as_of"})


@dataclass(frozen=True, slots=True)
class Row:
    """One validated input row and where it came from."""

    line: int
    borrower: Borrower
    loan: Loan
    lender: Lender
    template: str | None = None
    policy: str | None = None
    as_of: date | None = None


def _blank_to_none(data: Mapping[str, Any]) -> Mapping[str, Any]:
    if type(data) is dict and "" not in data.values():
        # Most rows have no blank cell; validating the row itself spares a copy of it.
        return data
    return {k: (None if v == "" else v) for k, v in data.items()}


def _validation_error(exc: ValidationError, line: int | None, section: str) -> InputError:
    first = exc.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or section
    return InputError(f"invalid {section}: {first['msg']}", line=line, field=field)


def _lender_from(raw: Any, line: int | None) -> Lender:
    if isinstance(raw, Lender):
        return raw
    if not isinstance(raw, Mapping):
        raise InputError("lender must be an object", line=line, field="lender")
    try:
        return Lender.model_validate(_blank_to_none(raw))
    except ValidationError as exc:
        raise _validation_error(exc, line, "lender") from None


_NESTED_KEYS = frozenset({"borrower", "loan", "lender"}) | CONTROL_FIELDS


def row_from_mapping(
    data: Mapping[str, Any],
    *,
    line: int,
    lender: Lender | None = None,
    row_lender: Lender | None = None,
) -> Row:
    """Validate one row (nested or flat). Raises InputError naming the line and field.

    ``lender`` is the default for rows without one; ``row_lender`` is this nested row's own
    ``lender`` object already validated (a batch validates each distinct lender once).
    """
    if not isinstance(data, Mapping):
        raise InputError("a row must be an object", line=line)
    if "borrower" in data or "loan" in data:
        unknown = data.keys() - _NESTED_KEYS
        if unknown:
            raise InputError(f"unknown key(s) {sorted(unknown)}", line=line, field=min(unknown))
        borrower_raw, loan_raw = data.get("borrower"), data.get("loan")
        if not isinstance(borrower_raw, Mapping) or not isinstance(loan_raw, Mapping):
            raise InputError("a nested row needs borrower and loan objects", line=line)
        lender_raw = row_lender or data.get("lender", lender)
    else:
        flat = _blank_to_none(data)
        unknown = {
            k
            for k in flat
            if k not in BORROWER_FIELDS
            and k not in LOAN_FIELDS
            and k not in CONTROL_FIELDS
            and not (k.startswith("lender_") and k[7:] in LENDER_FIELDS | {"signature"})
        }
        if unknown:
            raise InputError(f"unknown column(s) {sorted(unknown)}", line=line, field=min(unknown))
        borrower_raw = {k: v for k, v in flat.items() if k in BORROWER_FIELDS and v is not None}
        loan_raw = {k: v for k, v in flat.items() if k in LOAN_FIELDS and v is not None}
        lender_cols = {
            ("sms_signature" if k == "lender_signature" else k[7:]): v
            for k, v in flat.items()
            if k.startswith("lender_") and v is not None
        }
        lender_raw = lender_cols or lender
    if lender_raw is None:
        raise InputError("no lender: give --lender or lender_* columns", line=line, field="lender")
    try:
        borrower = Borrower.model_validate(_blank_to_none(borrower_raw))
    except ValidationError as exc:
        raise _validation_error(exc, line, "borrower") from None
    try:
        loan = Loan.model_validate(_blank_to_none(loan_raw))
    except ValidationError as exc:
        raise _validation_error(exc, line, "loan") from None
    template = data.get("template")
    policy = data.get("policy")
    as_of_raw = data.get("as_of")
    try:
        as_of = date.fromisoformat(str(as_of_raw)) if as_of_raw else None
    except ValueError:
        raise InputError(
            f"as_of must be YYYY-MM-DD, got {as_of_raw!r}", line=line, field="as_of"
        ) from None
    return Row(
        line=line,
        borrower=borrower,
        loan=loan,
        lender=_lender_from(lender_raw, line),
        template=str(template) if template else None,
        policy=str(policy) if policy else None,
        as_of=as_of,
    )


def _format_of(path: Path, explicit: str | None) -> str:
    if explicit:
        return explicit
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return suffix[1:]
    raise InputError(
        f"cannot tell the format of {path.name}: use .csv, .tsv or .jsonl", field="file"
    )


def require_unique_columns(names: list[str]) -> None:
    """Raise InputError naming the columns that occur twice in a table's header."""
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise InputError(f"column(s) {twice} occur twice", line=1, field=twice[0])


def writable_file(target: Path, field: str) -> None:
    """Raise InputError unless ``target`` can be created or replaced as a file."""
    if target.is_dir():
        raise InputError(f"cannot write {target}: it is a directory", field=field)
    if not target.parent.is_dir():
        raise InputError(f"cannot write {target}: no such folder {target.parent}", field=field)


def iter_raw_rows(stream: IO[str], fmt: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, raw mapping) lazily, in constant memory."""
    if fmt in ("csv", "tsv"):
        reader = csv.DictReader(stream, dialect="excel-tab" if fmt == "tsv" else "excel")
        if reader.fieldnames is None:
            return
        # DictReader keeps the last cell of a repeated column without a word.
        require_unique_columns(list(reader.fieldnames))
        for record in reader:
            if None in record:
                raise InputError("row has more cells than the header", line=reader.line_num)
            yield reader.line_num, dict(record)
        return
    for number, text in enumerate(stream, start=1):
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            hint = ""
            if text.strip() in ("[", "{"):
                # A pretty-printed JSON document: JSON Lines holds one object per line.
                hint = " (JSON Lines: one row object per line, not an indented document)"
            raise InputError(f"invalid JSON: {exc.msg}{hint}", line=number) from None
        if not isinstance(value, dict):
            raise InputError("each JSONL line must be an object", line=number)
        yield number, value


def iter_rows(
    path: str | Path, *, lender: Lender | None = None, fmt: str | None = None
) -> Iterator[Row]:
    """Validated rows of a CSV or JSONL file, streamed."""
    for line, raw in iter_raw_file(path, fmt):
        yield row_from_mapping(raw, line=line, lender=lender)


def iter_raw_file(path: str | Path, fmt: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, raw mapping) of a CSV, TSV or JSONL file, streamed; the format from the
    suffix.

    The file is UTF-8, with or without a byte order mark (Excel's "CSV UTF-8" writes one).
    """
    file = Path(path)
    kind = _format_of(file, fmt)
    try:
        stream = open_text(file)
    except OSError as exc:
        raise InputError(f"cannot open {file}: {exc.strerror}", field="file") from None
    with stream:
        try:
            yield from iter_raw_rows(stream, kind)
        except UnicodeDecodeError:
            raise not_utf8(file, "file") from None


def open_text(file: Path) -> IO[str]:
    """``file`` opened for reading as UTF-8 text, a leading byte order mark dropped."""
    # newline="" leaves CSV's quoted line breaks to the csv module, as it asks.
    return file.open(encoding="utf-8-sig", newline="")


def not_utf8(file: Path, field: str) -> InputError:
    """The error for a file that is not UTF-8, naming the first line that is not."""
    line = byte = None
    with contextlib.suppress(OSError), file.open("rb") as raw:
        # A line break byte never occurs inside a UTF-8 sequence: lines decode on their own.
        for number, data in enumerate(raw, start=1):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                line, byte = number, data[exc.start]
                break
    what = f"byte 0x{byte:02x} is not UTF-8" if byte is not None else "it is not UTF-8"
    return InputError(
        f"cannot read {file.name}: {what}; save the file as UTF-8 (Excel: CSV UTF-8)",
        line=line,
        field=field,
    )


def load_lender(path: str | Path) -> Lender:
    """A Lender from a JSON or TOML file."""
    import tomllib

    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(
            f"cannot read lender file {file}: {exc.strerror}", field="lender"
        ) from None
    except UnicodeDecodeError:
        raise not_utf8(file, "lender") from None
    try:
        raw = tomllib.loads(text) if file.suffix == ".toml" else json.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"invalid lender file {file}: {exc}", field="lender") from None
    try:
        return _lender_from(raw, None)
    except InputError as exc:
        # A lender file has no rows: the file is what to name.
        raise InputError(f"{file.name}: {exc.message}", field=exc.field) from None


def other_policy(row: Row, policy: Policy) -> InputError | None:
    """The error for a row that names another policy than the one composing it, or None.

    A batch runs one policy's rules; a row naming another market's is not composed under
    this one (``compose_frame`` groups rows by their policy instead).
    """
    if row.policy is None or row.policy in (policy.name, policy.path):
        return None
    return InputError(
        f"row names policy {row.policy!r} but is composed under {policy.name!r}: "
        "split the rows by policy",
        line=row.line,
        field="policy",
    )
