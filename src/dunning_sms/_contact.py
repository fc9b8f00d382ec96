"""The contact log: what was sent to whom and when, and who asked not to be texted.

The composer calls :meth:`ContactLog.reserve` once a message has passed every other check.
``reserve`` checks the opt-out state and the frequency caps and records the message in one
transaction, so two workers cannot both send the third message when the cap is two. A message
the gateway then fails to send is withdrawn with :meth:`ContactLog.cancel`.

Caps count rolling windows (24 hours, 168 hours) rather than calendar days; see
``docs/contact.md``. Times are stored in UTC.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

import phonenumbers

from ._errors import ComplianceError, ContactLogError, InputError
from ._masking import mask_phone
from ._models import _cn_mobile_e164, _us_e164
from ._policy import load_policy
from ._report import sort_findings
from ._rules.contact import breach_finding

if TYPE_CHECKING:
    from ._compose import Message
    from ._models import Borrower, Loan
    from ._policy import Frequency, Policy

BreachKind = Literal[
    "opted_out", "per_day", "per_7_days", "per_loan_per_day", "per_loan_per_7_days"
]
OptOutKind = Literal["opt_out", "revoke"]

DAY = timedelta(hours=24)
WEEK = timedelta(days=7)

_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def content_hash(text: str) -> str:
    """The SHA-256 hex digest of a message text (UTF-8), as the log stores it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_PHONE_PUNCTUATION = re.compile(r"[\s().\-\u00a0]")
_INTERNATIONAL = re.compile(r"^\+[0-9]{1,20}$")


def _aware_utc(value: datetime, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise InputError(f"{field} must be a datetime, not {type(value).__name__}", field=field)
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(
            f"{field} must be timezone-aware (e.g. datetime.now(UTC)), not naive", field=field
        )
    return value.astimezone(UTC)


def _phone_key(phone: object) -> str | None:
    """The E.164 form of a number written with its country code, or None."""
    # A phone is short; a long string is no number and would only fill the cache.
    return _e164_of(phone) if isinstance(phone, str) and len(phone) <= 64 else None


@lru_cache(maxsize=8192)
def _e164_of(phone: str) -> str | None:
    compact = _PHONE_PUNCTUATION.sub("", unicodedata.normalize("NFKC", phone))
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if _INTERNATIONAL.match(compact) is None:
        return None
    # Borrower's own fast paths first: most keys are the E.164 of a Borrower.phone.
    fast = _cn_mobile_e164(compact, None) or _us_e164(compact, None)
    if fast is not None:
        return fast
    try:
        number = phonenumbers.parse(compact, None)
    except phonenumbers.NumberParseException:
        return None
    # A possible length, not a valid range: an opt-out from a range phonenumbers does not
    # know yet is kept. A length only dialled locally ("+44 7911") is no full number.
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _check_phone(phone: object) -> str:
    """The E.164 key of a number written with its country code (``+44 (0)7911 123456``,
    ``0044 7911 123456``), read by phonenumbers so that every spelling of one number is
    one key: an opt-out typed one way holds for the number written another.

    A national number is refused rather than guessed: the log cannot know its country.
    """
    key = _phone_key(phone)
    if key is not None:
        return key
    shown = mask_phone(phone) if isinstance(phone, str) else type(phone).__name__
    raise InputError(
        f"phone must include its country code (E.164, +<country><number>), got {shown}",
        field="phone",
    )


def _to_text(value: datetime) -> str:
    # Fixed width in UTC, so that text order is time order in SQL.
    return value.astimezone(UTC).strftime(_TIME_FORMAT)


def _from_text(value: str) -> datetime:
    return datetime.strptime(value, _TIME_FORMAT).replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ContactEntry:
    """One message about to be sent: who, which loan, when, what (by hash) and its size.

    ``text`` is kept only by a log opened with ``store_text=True``.
    """

    borrower_key: str
    phone: str
    time: datetime
    content_hash: str
    segments: int = 1
    loan_id: str | None = None
    template: str | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if not self.borrower_key:
            raise InputError("borrower_key must not be empty", field="borrower_key")
        object.__setattr__(self, "phone", _check_phone(self.phone))
        object.__setattr__(self, "time", _aware_utc(self.time, "time"))
        if not _SHA256_HEX.match(self.content_hash):
            raise InputError("content_hash must be 64 lowercase hex digits", field="content_hash")
        if self.segments < 0:
            raise InputError("segments must not be negative", field="segments")

    @classmethod
    def for_message(
        cls,
        borrower: Borrower,
        *,
        at: datetime,
        text: str,
        segments: int,
        loan: Loan | None = None,
        template: str | None = None,
    ) -> ContactEntry:
        """The entry for a composed text to ``borrower`` (hashes the text)."""
        return cls(
            borrower_key=borrower.key,
            phone=borrower.phone,
            time=at,
            content_hash=content_hash(text),
            segments=segments,
            loan_id=loan.loan_id if loan is not None else None,
            template=template,
            text=text,
        )


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """A recorded message, as :meth:`ContactLog.history` returns it (times in UTC)."""

    record_id: int
    borrower_key: str
    phone: str
    time: datetime
    content_hash: str
    segments: int
    loan_id: str | None
    template: str | None
    text: str | None
    cancelled_at: datetime | None = None

    @property
    def cancelled(self) -> bool:
        """True when the gateway did not send it and it was withdrawn."""
        return self.cancelled_at is not None


@dataclass(frozen=True, slots=True)
class OptOutEvent:
    """An opt-out or its revocation; the latest event at a time decides the state."""

    phone: str
    at: datetime
    kind: OptOutKind
    keyword: str | None = None


@dataclass(frozen=True, slots=True)
class Breach:
    """Why a send is refused: the phone opted out, or one cap is full.

    ``clears_at`` is when the cap next has room if nothing else is sent (None when it never
    will, or when later sends are already recorded).
    """

    kind: BreachKind
    limit: int | None = None
    count: int = 0
    clears_at: datetime | None = None
    keyword: str | None = None
    since: datetime | None = None

    @property
    def message(self) -> str:
        """One line for a finding."""
        if self.kind == "opted_out":
            how = f" (replied {self.keyword!r})" if self.keyword else ""
            when = f" on {self.since:%Y-%m-%d %H:%M} UTC" if self.since else ""
            return f"the number opted out of texts{when}{how}; no message may be sent"
        label = {
            "per_day": "per borrower in 24 hours",
            "per_7_days": "per borrower in 7 days",
            "per_loan_per_day": "per loan in 24 hours",
            "per_loan_per_7_days": "per loan in 7 days",
        }[self.kind]
        text = f"cap of {self.limit} message(s) {label} reached ({self.count} already sent)"
        if self.clears_at is not None:
            text += f"; room again at {self.clears_at:%Y-%m-%d %H:%M} UTC"
        return text


@dataclass(frozen=True, slots=True)
class Reservation:
    """The answer of :meth:`ContactLog.reserve`: a record id, or the breaches that blocked it."""

    entry: ContactEntry
    record_id: int | None
    breaches: tuple[Breach, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the message was recorded and may be sent."""
        return self.record_id is not None and not self.breaches


class Cancellable(Protocol):
    """What :meth:`ContactLog.cancel` needs of a message (a composed ``Message`` has both)."""

    @property
    def record_id(self) -> int | None: ...
    @property
    def content_hash(self) -> str: ...


@runtime_checkable
class ContactLog(Protocol):
    """Where sends and opt-outs are kept. :class:`SQLiteContactLog` and
    :class:`MemoryContactLog` implement it; the composer calls :meth:`reserve`."""

    def reserve(self, entry: ContactEntry, *, caps: Frequency | None) -> Reservation:
        """Atomically check opt-out and caps at ``entry.time`` and record the entry if allowed."""
        ...

    def check(
        self,
        borrower_key: str,
        phone: str,
        *,
        at: datetime,
        caps: Frequency | None,
        loan_id: str | None = None,
    ) -> tuple[Breach, ...]:
        """What :meth:`reserve` would refuse at ``at``, without recording anything."""
        ...

    def record(self, entry: ContactEntry) -> int:
        """Record a send unconditionally (imports of sends made elsewhere); returns its id."""
        ...

    def cancel(self, message: Cancellable, *, at: datetime | None = None) -> None:
        """Withdraw the record of a message the gateway did not send."""
        ...

    def opt_out(self, phone: str, *, at: datetime, keyword: str | None = None) -> None:
        """Record that ``phone`` asked to stop (from ``at`` on)."""
        ...

    def revoke_opt_out(self, phone: str, *, at: datetime) -> None:
        """Record that ``phone`` agreed to texts again (from ``at`` on)."""
        ...

    def is_opted_out(self, phone: str, at: datetime | None = None) -> bool:
        """Whether the latest opt-out event at or before ``at`` (default: any) is an opt-out."""
        ...

    def count(
        self,
        borrower_key: str,
        *,
        since: datetime,
        until: datetime | None = None,
        loan_id: str | None = None,
    ) -> int:
        """Sends (not cancelled) to the borrower with ``since <= time < until``."""
        ...

    def history(self, borrower_key: str) -> tuple[ContactRecord, ...]:
        """Every record of the borrower, cancelled ones included, oldest first."""
        ...

    def opt_out_events(self, phone: str) -> tuple[OptOutEvent, ...]:
        """Every opt-out and revocation of the number, oldest first."""
        ...

    def close(self) -> None:
        """Release the log's resources."""
        ...


_TOKEN_SPLIT = re.compile(r"[\W_]+")
# Courtesy words skipped before a keyword: "please stop", "mohon berhenti", "请退订".
_COURTESY = frozenset({"please", "pls", "plz", "kindly", "mohon", "tolong", "请", "麻烦"})
# An ASCII keyword this short (T, N, R, TD, END) opens ordinary sentences ("End of month I
# pay"), so it counts only as the whole reply.
_MIN_PREFIX_LEN = 4


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@lru_cache(maxsize=64)
def _opt_out_matcher(
    keywords: tuple[str, ...],
) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], tuple[str, ...]]:
    whole: set[str] = set()
    leading: list[tuple[str, ...]] = []
    prefixes: list[str] = []
    for keyword in keywords:
        tokens = tuple(t for t in _TOKEN_SPLIT.split(_fold(keyword)) if t)
        if not tokens:
            continue
        whole.add("".join(tokens))
        if not "".join(tokens).isascii():
            prefixes.append("".join(tokens))
        elif len(tokens) > 1 or len(tokens[0]) >= _MIN_PREFIX_LEN:
            leading.append(tokens)
    return frozenset(whole), tuple(leading), tuple(prefixes)


def is_opt_out(reply_text: str, policy: Policy | str) -> bool:
    """Whether a reply asks to stop texts, by the policy's ``opt_out.keywords``.

    Case and width are ignored (NFKC, casefold) and punctuation is dropped. A keyword counts
    when it is the whole reply, or when it opens the reply (after a courtesy word such as
    "please"); keywords of under four ASCII letters count only as the whole reply. A keyword
    later in a sentence ("I will pay, stop calling at night", "don't stop") does not count:
    it is usually about something else, and a person should read such replies.
    """
    if not isinstance(reply_text, str):
        raise InputError("a reply must be text", field="reply_text")
    whole, leading, prefixes = _opt_out_matcher(load_policy(policy).opt_out.keywords)
    tokens = [t for t in _TOKEN_SPLIT.split(_fold(reply_text)) if t]
    while tokens and tokens[0] in _COURTESY and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens:
        return False
    if "".join(tokens) in whole:
        return True
    if any(tuple(tokens[: len(seq)]) == seq for seq in leading):
        return True
    # Chinese and other unspaced scripts: the reply starts with the keyword.
    joined = "".join(tokens)
    for courtesy in ("请", "麻烦"):
        joined = joined.removeprefix(courtesy)
    return any(joined.startswith(prefix) for prefix in prefixes)


# (time, loan_id) of the uncancelled sends to one borrower in an open interval.
_Rows = Callable[[datetime, datetime], Sequence[tuple[datetime, str | None]]]


def evaluate_caps(
    rows: _Rows, *, at: datetime, loan_id: str | None, caps: Frequency | None
) -> list[Breach]:
    """The caps a send at ``at`` would break, given a reader of the borrower's sends.

    A window counts sends on both sides of ``at`` (a scheduled later send counts too), so a
    send is refused if any rolling window containing it would exceed the cap.
    """
    if caps is None:
        return []
    checks: tuple[tuple[BreachKind, int | None, timedelta, bool], ...] = (
        ("per_day", caps.per_day, DAY, False),
        ("per_7_days", caps.per_7_days, WEEK, False),
        ("per_loan_per_day", caps.per_loan_per_day, DAY, True),
        ("per_loan_per_7_days", caps.per_loan_per_7_days, WEEK, True),
    )
    active = [c for c in checks if c[1] is not None and (loan_id is not None or not c[3])]
    if not active:
        return []
    widest = max(c[2] for c in active)
    sent = rows(at - widest, at + widest)
    found: list[Breach] = []
    for kind, limit, window, per_loan in active:
        assert limit is not None
        times = sorted(
            t
            for t, loan in sent
            if at - window < t < at + window and (not per_loan or loan == loan_id)
        )
        if len(times) < limit:
            continue
        clears = None
        if limit > 0 and times[-1] <= at:
            clears = times[len(times) - limit] + window
        found.append(Breach(kind, limit, len(times), clears, since=at - window))
    return found


def _opt_out_breach(event: OptOutEvent | None) -> list[Breach]:
    if event is None or event.kind != "opt_out":
        return []
    return [Breach("opted_out", keyword=event.keyword, since=event.at)]


def _message_ids(message: Cancellable) -> tuple[int, str]:
    record_id = getattr(message, "record_id", None)
    digest = getattr(message, "content_hash", None)
    if not isinstance(record_id, int):
        raise ContactLogError(
            "the message has no record_id: it was not recorded by a contact log "
            "(compose with history=...)",
            operation="cancel",
        )
    if not isinstance(digest, str):
        raise ContactLogError("the message has no content_hash", operation="cancel")
    return record_id, digest


class MemoryContactLog:
    """A contact log in this process's memory, for tests, notebooks and single workers.

    Thread-safe (one lock). Pickling copies the records; the copy is independent, so it does
    not share caps with the original across processes: use :class:`SQLiteContactLog` there.
    """

    def __init__(self, *, store_text: bool = False) -> None:
        self.store_text = store_text
        self._lock = threading.Lock()
        self._records: list[ContactRecord] = []
        # Record positions per borrower, so that a check reads one borrower's sends only.
        self._by_key: dict[str, list[int]] = {}
        self._events: dict[str, list[OptOutEvent]] = {}

    def __getstate__(self) -> dict[str, Any]:
        with self._lock:
            return {
                "store_text": self.store_text,
                "records": list(self._records),
                "events": {k: list(v) for k, v in self._events.items()},
            }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.store_text = state["store_text"]
        self._lock = threading.Lock()
        self._records = state["records"]
        self._by_key = {}
        for position, record in enumerate(self._records):
            self._by_key.setdefault(record.borrower_key, []).append(position)
        self._events = state["events"]

    def __repr__(self) -> str:
        return f"<MemoryContactLog records={len(self._records)} opt_out_phones={len(self._events)}>"

    def _rows(self, key: str) -> _Rows:
        def rows(lo: datetime, hi: datetime) -> list[tuple[datetime, str | None]]:
            mine = (self._records[i] for i in self._by_key.get(key, ()))
            return [
                (r.time, r.loan_id) for r in mine if r.cancelled_at is None and lo < r.time < hi
            ]

        return rows

    def _state(self, phone: str, at: datetime | None) -> OptOutEvent | None:
        events = self._events.get(phone, ())
        latest = None
        for event in events:
            if at is None or event.at <= at:
                latest = event
        return latest

    def _insert(self, entry: ContactEntry) -> int:
        record_id = len(self._records) + 1
        self._by_key.setdefault(entry.borrower_key, []).append(record_id - 1)
        self._records.append(
            ContactRecord(
                record_id=record_id,
                borrower_key=entry.borrower_key,
                phone=entry.phone,
                time=entry.time,
                content_hash=entry.content_hash,
                segments=entry.segments,
                loan_id=entry.loan_id,
                template=entry.template,
                text=entry.text if self.store_text else None,
            )
        )
        return record_id

    def reserve(self, entry: ContactEntry, *, caps: Frequency | None) -> Reservation:
        with self._lock:
            breaches = _opt_out_breach(self._state(entry.phone, entry.time))
            breaches += evaluate_caps(
                self._rows(entry.borrower_key), at=entry.time, loan_id=entry.loan_id, caps=caps
            )
            if breaches:
                return Reservation(entry, None, tuple(breaches))
            return Reservation(entry, self._insert(entry))

    def check(
        self,
        borrower_key: str,
        phone: str,
        *,
        at: datetime,
        caps: Frequency | None,
        loan_id: str | None = None,
    ) -> tuple[Breach, ...]:
        at = _aware_utc(at, "at")
        phone = _check_phone(phone)
        with self._lock:
            breaches = _opt_out_breach(self._state(phone, at))
            breaches += evaluate_caps(self._rows(borrower_key), at=at, loan_id=loan_id, caps=caps)
            return tuple(breaches)

    def record(self, entry: ContactEntry) -> int:
        with self._lock:
            return self._insert(entry)

    def cancel(self, message: Cancellable, *, at: datetime | None = None) -> None:
        record_id, digest = _message_ids(message)
        when = _aware_utc(at, "at") if at is not None else datetime.now(UTC)
        with self._lock:
            if not 1 <= record_id <= len(self._records):
                raise ContactLogError(f"no record {record_id} in this log", operation="cancel")
            record = self._records[record_id - 1]
            if record.content_hash != digest:
                raise ContactLogError(
                    f"record {record_id} holds a different message (hash mismatch)",
                    operation="cancel",
                )
            if record.cancelled_at is None:
                self._records[record_id - 1] = replace(record, cancelled_at=when)

    def _event(self, phone: str, at: datetime, kind: OptOutKind, keyword: str | None) -> None:
        phone = _check_phone(phone)
        event = OptOutEvent(phone, _aware_utc(at, "at"), kind, keyword)
        with self._lock:
            events = self._events.setdefault(phone, [])
            events.append(event)
            # Stable sort: events at the same instant keep the order they were recorded in.
            events.sort(key=lambda e: e.at)

    def opt_out(self, phone: str, *, at: datetime, keyword: str | None = None) -> None:
        self._event(phone, at, "opt_out", keyword)

    def revoke_opt_out(self, phone: str, *, at: datetime) -> None:
        self._event(phone, at, "revoke", None)

    def is_opted_out(self, phone: str, at: datetime | None = None) -> bool:
        phone = _check_phone(phone)
        when = _aware_utc(at, "at") if at is not None else None
        with self._lock:
            event = self._state(phone, when)
        return event is not None and event.kind == "opt_out"

    def count(
        self,
        borrower_key: str,
        *,
        since: datetime,
        until: datetime | None = None,
        loan_id: str | None = None,
    ) -> int:
        lo = _aware_utc(since, "since")
        hi = _aware_utc(until, "until") if until is not None else None
        with self._lock:
            return sum(
                1
                for r in (self._records[i] for i in self._by_key.get(borrower_key, ()))
                if r.cancelled_at is None
                and lo <= r.time
                and (hi is None or r.time < hi)
                and (loan_id is None or r.loan_id == loan_id)
            )

    def history(self, borrower_key: str) -> tuple[ContactRecord, ...]:
        with self._lock:
            found = [self._records[i] for i in self._by_key.get(borrower_key, ())]
        return tuple(sorted(found, key=lambda r: (r.time, r.record_id)))

    def opt_out_events(self, phone: str) -> tuple[OptOutEvent, ...]:
        phone = _check_phone(phone)
        with self._lock:
            return tuple(self._events.get(phone, ()))

    def close(self) -> None:
        """Nothing to release; kept for the protocol."""


# The SQL name of _stored_phone_key (migration v3 calls it); every connection registers it
# before migrating.
_PHONE_KEY_SQL = "dunning_sms_phone_key"


def _stored_phone_key(phone: str | None) -> str | None:
    """The E.164 key of a stored phone; one phonenumbers cannot read is kept as stored."""
    return _phone_key(phone) or phone


# Each migration is a list of statements run in one transaction; user_version counts them.
# Never edit a shipped migration: append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            borrower_key TEXT NOT NULL,
            phone TEXT NOT NULL,
            loan_id TEXT,
            sent_at TEXT NOT NULL,
            template TEXT,
            content_hash TEXT NOT NULL,
            segments INTEGER NOT NULL,
            text TEXT
        )""",
        "CREATE INDEX contacts_borrower_time ON contacts (borrower_key, sent_at)",
        """CREATE TABLE opt_out_events (
            id INTEGER PRIMARY KEY,
            phone TEXT NOT NULL,
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('opt_out', 'revoke')),
            keyword TEXT
        )""",
        "CREATE INDEX opt_out_events_phone_time ON opt_out_events (phone, at, id)",
    ),
    (
        # Withdrawn sends stay on file for audit but stop counting towards caps.
        "ALTER TABLE contacts ADD COLUMN cancelled_at TEXT",
    ),
    (
        # v1-v2 kept a number as typed less punctuation ("+4407911123456"), so an opt-out
        # could miss the same number written another way: every phone becomes its E.164 key.
        "UPDATE opt_out_events SET phone = dunning_sms_phone_key(phone)",
        "UPDATE contacts SET phone = dunning_sms_phone_key(phone)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_SELECT_RECORD = (
    "SELECT id, borrower_key, phone, sent_at, content_hash, segments, loan_id, template, text,"
    " cancelled_at FROM contacts"
)


def _record_from_row(row: Sequence[Any]) -> ContactRecord:
    return ContactRecord(
        record_id=row[0],
        borrower_key=row[1],
        phone=row[2],
        time=_from_text(row[3]),
        content_hash=row[4],
        segments=row[5],
        loan_id=row[6],
        template=row[7],
        text=row[8],
        cancelled_at=_from_text(row[9]) if row[9] is not None else None,
    )


class SQLiteContactLog:
    """A contact log in one SQLite file, shared safely by threads and processes.

    WAL mode lets readers run while one writer writes; ``reserve`` takes the write lock
    (``BEGIN IMMEDIATE``) before it counts, so the check and the insert are one step for
    every process. A busy database is waited on for ``timeout`` seconds. Pickling keeps the
    path and options, and the copy reopens the file; after ``fork`` the child reopens too.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, store_text: bool = False, timeout: float = 30.0
    ) -> None:
        if not isinstance(path, str | os.PathLike) or not str(path).strip():
            raise InputError(
                f"a contact log is the path of a SQLite file, not {path!r}", field="path"
            )
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout < 0:
            raise InputError(f"timeout is seconds as a number, not {timeout!r}", field="timeout")
        self.path = str(Path(path))
        self.store_text = store_text
        self.timeout = timeout
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self._connection()

    def __getstate__(self) -> dict[str, Any]:
        if self.path == ":memory:" or self.path.startswith("file::memory:"):
            # A copy would open a new, empty database: its opt-outs would be lost.
            raise InputError(
                "an in-memory SQLite log cannot be copied to another process; use a file "
                "or MemoryContactLog",
                field="path",
            )
        return {"path": self.path, "store_text": self.store_text, "timeout": self.timeout}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], store_text=state["store_text"], timeout=state["timeout"])  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"<SQLiteContactLog {self.path!r} schema v{SCHEMA_VERSION}>"

    def __enter__(self) -> SQLiteContactLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _error(self, operation: str, exc: BaseException) -> ContactLogError:
        return ContactLogError(
            f"contact log {operation} failed: {exc}", path=self.path, operation=operation
        )

    def _connection(self) -> sqlite3.Connection:
        # A connection must not cross fork(): the child opens its own.
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        try:
            conn = sqlite3.connect(
                self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise self._error("open", exc) from exc
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed send must survive a power cut, or the cap would under-count.
            conn.execute("PRAGMA synchronous=FULL")
            conn.create_function(_PHONE_KEY_SQL, 1, _stored_phone_key, deterministic=True)
            self._migrate(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise self._error("open", exc) from exc
        except ContactLogError:
            conn.close()
            raise
        self._conn, self._pid = conn, os.getpid()
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise ContactLogError(
                    f"the log has schema v{version}, newer than this dunning-sms "
                    f"(v{SCHEMA_VERSION}); upgrade dunning-sms",
                    path=self.path,
                    operation="migrate",
                )
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number]:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise self._error("migrate", exc) from exc
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _write(self, operation: str, body: Callable[[sqlite3.Connection], Any]) -> Any:
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._error(operation, exc) from exc
            try:
                result = body(conn)
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._error(operation, exc) from exc
                raise
            return result

    def _read(self, operation: str, sql: str, params: Sequence[Any]) -> list[Any]:
        with self._lock:
            conn = self._connection()
            try:
                return conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise self._error(operation, exc) from exc

    @staticmethod
    def _rows(conn: sqlite3.Connection, key: str) -> _Rows:
        def rows(lo: datetime, hi: datetime) -> list[tuple[datetime, str | None]]:
            found = conn.execute(
                "SELECT sent_at, loan_id FROM contacts WHERE borrower_key = ? AND "
                "cancelled_at IS NULL AND sent_at > ? AND sent_at < ?",
                (key, _to_text(lo), _to_text(hi)),
            ).fetchall()
            return [(_from_text(t), loan) for t, loan in found]

        return rows

    @staticmethod
    def _state(conn: sqlite3.Connection, phone: str, at: datetime | None) -> OptOutEvent | None:
        sql = "SELECT at, kind, keyword FROM opt_out_events WHERE phone = ?"
        params: list[Any] = [phone]
        if at is not None:
            sql += " AND at <= ?"
            params.append(_to_text(at))
        row = conn.execute(sql + " ORDER BY at DESC, id DESC LIMIT 1", params).fetchone()
        if row is None:
            return None
        return OptOutEvent(phone, _from_text(row[0]), row[1], row[2])

    def _insert(self, conn: sqlite3.Connection, entry: ContactEntry) -> int:
        cursor = conn.execute(
            "INSERT INTO contacts (borrower_key, phone, loan_id, sent_at, template, "
            "content_hash, segments, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.borrower_key,
                entry.phone,
                entry.loan_id,
                _to_text(entry.time),
                entry.template,
                entry.content_hash,
                entry.segments,
                entry.text if self.store_text else None,
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def reserve(self, entry: ContactEntry, *, caps: Frequency | None) -> Reservation:
        def body(conn: sqlite3.Connection) -> Reservation:
            breaches = _opt_out_breach(self._state(conn, entry.phone, entry.time))
            breaches += evaluate_caps(
                self._rows(conn, entry.borrower_key),
                at=entry.time,
                loan_id=entry.loan_id,
                caps=caps,
            )
            if breaches:
                return Reservation(entry, None, tuple(breaches))
            return Reservation(entry, self._insert(conn, entry))

        result: Reservation = self._write("reserve", body)
        return result

    def check(
        self,
        borrower_key: str,
        phone: str,
        *,
        at: datetime,
        caps: Frequency | None,
        loan_id: str | None = None,
    ) -> tuple[Breach, ...]:
        at = _aware_utc(at, "at")
        phone = _check_phone(phone)
        with self._lock:
            conn = self._connection()
            try:
                breaches = _opt_out_breach(self._state(conn, phone, at))
                breaches += evaluate_caps(
                    self._rows(conn, borrower_key), at=at, loan_id=loan_id, caps=caps
                )
            except sqlite3.Error as exc:
                raise self._error("check", exc) from exc
        return tuple(breaches)

    def record(self, entry: ContactEntry) -> int:
        result: int = self._write("record", lambda conn: self._insert(conn, entry))
        return result

    def cancel(self, message: Cancellable, *, at: datetime | None = None) -> None:
        record_id, digest = _message_ids(message)
        when = _aware_utc(at, "at") if at is not None else datetime.now(UTC)

        def body(conn: sqlite3.Connection) -> None:
            row = conn.execute(
                "SELECT content_hash, cancelled_at FROM contacts WHERE id = ?", (record_id,)
            ).fetchone()
            if row is None:
                raise ContactLogError(
                    f"no record {record_id} in this log", path=self.path, operation="cancel"
                )
            if row[0] != digest:
                raise ContactLogError(
                    f"record {record_id} holds a different message (hash mismatch)",
                    path=self.path,
                    operation="cancel",
                )
            if row[1] is None:
                conn.execute(
                    "UPDATE contacts SET cancelled_at = ? WHERE id = ?", (_to_text(when), record_id)
                )

        self._write("cancel", body)

    def _event(self, phone: str, at: datetime, kind: OptOutKind, keyword: str | None) -> None:
        phone = _check_phone(phone)
        when = _to_text(_aware_utc(at, "at"))
        self._write(
            kind,
            lambda conn: conn.execute(
                "INSERT INTO opt_out_events (phone, at, kind, keyword) VALUES (?, ?, ?, ?)",
                (phone, when, kind, keyword),
            ),
        )

    def opt_out(self, phone: str, *, at: datetime, keyword: str | None = None) -> None:
        self._event(phone, at, "opt_out", keyword)

    def revoke_opt_out(self, phone: str, *, at: datetime) -> None:
        self._event(phone, at, "revoke", None)

    def is_opted_out(self, phone: str, at: datetime | None = None) -> bool:
        phone = _check_phone(phone)
        when = _aware_utc(at, "at") if at is not None else None
        with self._lock:
            conn = self._connection()
            try:
                event = self._state(conn, phone, when)
            except sqlite3.Error as exc:
                raise self._error("is_opted_out", exc) from exc
        return event is not None and event.kind == "opt_out"

    def count(
        self,
        borrower_key: str,
        *,
        since: datetime,
        until: datetime | None = None,
        loan_id: str | None = None,
    ) -> int:
        sql = (
            "SELECT COUNT(*) FROM contacts WHERE borrower_key = ? AND cancelled_at IS NULL "
            "AND sent_at >= ?"
        )
        params: list[Any] = [borrower_key, _to_text(_aware_utc(since, "since"))]
        if until is not None:
            sql += " AND sent_at < ?"
            params.append(_to_text(_aware_utc(until, "until")))
        if loan_id is not None:
            sql += " AND loan_id = ?"
            params.append(loan_id)
        result: int = self._read("count", sql, params)[0][0]
        return result

    def history(self, borrower_key: str) -> tuple[ContactRecord, ...]:
        rows = self._read(
            "history",
            _SELECT_RECORD + " WHERE borrower_key = ? ORDER BY sent_at, id",
            (borrower_key,),
        )
        return tuple(_record_from_row(row) for row in rows)

    def opt_out_events(self, phone: str) -> tuple[OptOutEvent, ...]:
        phone = _check_phone(phone)
        rows = self._read(
            "opt_out_events",
            "SELECT at, kind, keyword FROM opt_out_events WHERE phone = ? ORDER BY at, id",
            (phone,),
        )
        return tuple(OptOutEvent(phone, _from_text(at), kind, kw) for at, kind, kw in rows)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None


def record_message(
    message: Message,
    *,
    borrower: Borrower,
    loan: Loan,
    now: datetime | None,
    history: ContactLog,
    policy: Policy,
) -> Message:
    """Reserve a checked message in the log and return it with its ``record_id``.

    A refusal (opt-out, or a cap another worker filled since the rules ran) raises
    :class:`ComplianceError` whose report adds the CON004/CON003 findings.
    """
    entry = ContactEntry.for_message(
        borrower,
        at=now if now is not None else datetime.now(UTC),
        text=message.text,
        segments=message.segments,
        loan=loan,
        template=message.template,
    )
    caps = policy.frequency if policy.selects("CON003") else None
    reservation = history.reserve(entry, caps=caps)
    if reservation.ok:
        return replace(message, record_id=reservation.record_id)
    found = [breach_finding(breach) for breach in reservation.breaches]
    found = [replace(f, severity=policy.severity_for(f.rule, f.severity)) for f in found]
    report = replace(message.report, findings=sort_findings([*message.report.findings, *found]))
    raise ComplianceError(
        "message refused by the contact log: " + "; ".join(f.message for f in found),
        report=report,
        template=message.template,
        preview=replace(message, report=report),
    )


def seed_history(
    log: ContactLog,
    *,
    borrower: Borrower,
    loan: Loan | None = None,
    sent: Sequence[datetime] = (),
    opted_out_at: datetime | None = None,
    keyword: str | None = None,
) -> None:
    """Record earlier sends (text unknown: the hash of the empty text) and an opt-out.

    For rule examples, tests and notebooks that start from a known history.
    """
    for at in sent:
        log.record(
            ContactEntry(
                borrower_key=borrower.key,
                phone=borrower.phone,
                time=at,
                content_hash=content_hash(""),
                loan_id=loan.loan_id if loan is not None else None,
            )
        )
    if opted_out_at is not None:
        log.opt_out(borrower.phone, at=opted_out_at, keyword=keyword)


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Breach",
    "Cancellable",
    "ContactEntry",
    "ContactLog",
    "ContactRecord",
    "MemoryContactLog",
    "OptOutEvent",
    "Reservation",
    "SQLiteContactLog",
    "content_hash",
    "evaluate_caps",
    "is_opt_out",
    "record_message",
    "seed_history",
]
