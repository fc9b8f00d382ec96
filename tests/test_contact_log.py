"""The contact log: caps, opt-outs, cancellation, concurrency, persistence and migration."""

from __future__ import annotations

import multiprocessing
import pickle
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import dunning_sms as ds
from dunning_sms._contact import (
    MIGRATIONS,
    SCHEMA_VERSION,
    ContactEntry,
    ContactLog,
    MemoryContactLog,
    SQLiteContactLog,
    content_hash,
)
from dunning_sms._policy import Frequency

T0 = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)
PHONE = "+8613800138000"
CAPS = Frequency(per_day=3, per_7_days=5, per_loan_per_day=None)


def entry(
    at: datetime, *, key: str = "B1", loan: str | None = "L1", text: str = "hi"
) -> ContactEntry:
    return ContactEntry(
        borrower_key=key,
        phone=PHONE,
        time=at,
        content_hash=content_hash(text),
        segments=1,
        loan_id=loan,
        template="reminder",
        text=text,
    )


@dataclass(frozen=True)
class Sent:
    record_id: int | None
    content_hash: str


@pytest.fixture(params=["memory", "sqlite"])
def log(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ContactLog]:
    made: ContactLog = (
        MemoryContactLog() if request.param == "memory" else SQLiteContactLog(tmp_path / "c.db")
    )
    yield made
    made.close()


def test_both_implement_the_protocol(tmp_path: Path) -> None:
    assert isinstance(MemoryContactLog(), ContactLog)
    with SQLiteContactLog(tmp_path / "c.db") as sqlite_log:
        assert isinstance(sqlite_log, ContactLog)


def test_per_day_cap_is_a_rolling_24_hours(log: ContactLog) -> None:
    for hours in (0, 1, 2):
        assert log.reserve(entry(T0 + timedelta(hours=hours)), caps=CAPS).ok
    refused = log.reserve(entry(T0 + timedelta(hours=3)), caps=CAPS)
    assert not refused.ok
    assert refused.record_id is None
    (breach,) = refused.breaches
    assert (breach.kind, breach.limit, breach.count) == ("per_day", 3, 3)
    # The first send leaves the window 24 hours after it was made.
    assert breach.clears_at == T0 + timedelta(hours=24)
    assert log.reserve(entry(T0 + timedelta(hours=24)), caps=CAPS).ok
    assert log.count("B1", since=T0, until=T0 + timedelta(days=2)) == 4


def test_per_7_days_cap(log: ContactLog) -> None:
    for day in range(5):
        assert log.reserve(entry(T0 + timedelta(days=day)), caps=CAPS).ok
    refused = log.reserve(entry(T0 + timedelta(days=5)), caps=CAPS)
    assert [b.kind for b in refused.breaches] == ["per_7_days"]
    assert log.reserve(entry(T0 + timedelta(days=7, minutes=1)), caps=CAPS).ok


def test_per_loan_caps(log: ContactLog) -> None:
    caps = Frequency(per_day=5, per_7_days=None, per_loan_per_day=1, per_loan_per_7_days=None)
    assert log.reserve(entry(T0, loan="L1"), caps=caps).ok
    assert log.reserve(entry(T0 + timedelta(hours=1), loan="L2"), caps=caps).ok
    refused = log.reserve(entry(T0 + timedelta(hours=2), loan="L1"), caps=caps)
    assert [b.kind for b in refused.breaches] == ["per_loan_per_day"]
    weekly = Frequency(per_day=None, per_7_days=None, per_loan_per_7_days=2)
    assert log.reserve(entry(T0 + timedelta(days=3), loan="L2"), caps=weekly).ok
    assert [
        b.kind for b in log.check("B1", PHONE, at=T0 + timedelta(days=4), caps=weekly, loan_id="L2")
    ] == ["per_loan_per_7_days"]


def test_caps_are_per_borrower(log: ContactLog) -> None:
    one = Frequency(per_day=1, per_7_days=None)
    assert log.reserve(entry(T0, key="A"), caps=one).ok
    assert log.reserve(entry(T0, key="B"), caps=one).ok
    assert not log.reserve(entry(T0, key="A"), caps=one).ok


def test_a_later_scheduled_send_counts_too(log: ContactLog) -> None:
    one = Frequency(per_day=1, per_7_days=None)
    assert log.reserve(entry(T0 + timedelta(hours=10)), caps=one).ok
    refused = log.reserve(entry(T0), caps=one)
    assert [b.kind for b in refused.breaches] == ["per_day"]
    assert refused.breaches[0].clears_at is None


def test_cancel_frees_the_slot_and_keeps_the_record(log: ContactLog) -> None:
    one = Frequency(per_day=1, per_7_days=None)
    first = log.reserve(entry(T0, text="first"), caps=one)
    assert not log.reserve(entry(T0 + timedelta(minutes=5)), caps=one).ok
    log.cancel(Sent(first.record_id, content_hash("first")), at=T0 + timedelta(minutes=1))
    log.cancel(Sent(first.record_id, content_hash("first")))  # idempotent
    assert log.reserve(entry(T0 + timedelta(minutes=5)), caps=one).ok
    records = log.history("B1")
    assert [r.cancelled for r in records] == [True, False]
    assert records[0].cancelled_at == T0 + timedelta(minutes=1)


def test_cancel_refuses_the_wrong_message(log: ContactLog) -> None:
    first = log.reserve(entry(T0, text="first"), caps=None)
    with pytest.raises(ds.ContactLogError, match="hash mismatch") as info:
        log.cancel(Sent(first.record_id, content_hash("other")))
    assert info.value.operation == "cancel"
    with pytest.raises(ds.ContactLogError, match="no record 999"):
        log.cancel(Sent(999, content_hash("first")))
    with pytest.raises(ds.ContactLogError, match="no record_id"):
        log.cancel(Sent(None, content_hash("first")))


def test_opt_out_blocks_until_revoked(log: ContactLog) -> None:
    log.opt_out(PHONE, at=T0, keyword="退订")
    assert log.is_opted_out(PHONE)
    assert not log.is_opted_out(PHONE, T0 - timedelta(seconds=1))
    refused = log.reserve(entry(T0 + timedelta(hours=1)), caps=CAPS)
    assert [b.kind for b in refused.breaches] == ["opted_out"]
    assert refused.breaches[0].keyword == "退订"
    assert "退订" in refused.breaches[0].message
    # A send scheduled before the opt-out is still allowed.
    assert log.reserve(entry(T0 - timedelta(hours=1)), caps=CAPS).ok
    log.revoke_opt_out(PHONE, at=T0 + timedelta(hours=2))
    assert log.reserve(entry(T0 + timedelta(hours=3)), caps=CAPS).ok
    assert [e.kind for e in log.opt_out_events(PHONE)] == ["opt_out", "revoke"]


def test_latest_event_wins_even_at_the_same_instant(log: ContactLog) -> None:
    log.opt_out(PHONE, at=T0)
    log.revoke_opt_out(PHONE, at=T0)
    assert not log.is_opted_out(PHONE, T0)
    log.opt_out(PHONE, at=T0)
    assert log.is_opted_out(PHONE, T0)


def test_text_is_stored_only_when_asked(tmp_path: Path) -> None:
    for made, stored in (
        (MemoryContactLog(), None),
        (MemoryContactLog(store_text=True), "hello"),
        (SQLiteContactLog(tmp_path / "a.db"), None),
        (SQLiteContactLog(tmp_path / "b.db", store_text=True), "hello"),
    ):
        made.reserve(entry(T0, text="hello"), caps=None)
        (record,) = made.history("B1")
        assert record.text == stored
        assert record.content_hash == content_hash("hello")
        assert record.time == T0
        made.close()


def test_naive_times_and_bad_phones_are_input_errors(log: ContactLog) -> None:
    with pytest.raises(ds.InputError) as info:
        entry(datetime(2026, 1, 5, 10, 0))
    assert info.value.field == "time"
    with pytest.raises(ds.InputError) as info:
        log.opt_out("13800138000", at=T0)
    assert info.value.field == "phone"
    assert "13800138000" not in str(info.value)
    with pytest.raises(ds.InputError):
        log.count("B1", since=datetime(2026, 1, 1))


def test_memory_log_pickles_a_copy() -> None:
    original = MemoryContactLog()
    original.reserve(entry(T0), caps=None)
    original.opt_out(PHONE, at=T0)
    copy = pickle.loads(pickle.dumps(original))
    assert len(copy.history("B1")) == 1
    assert copy.is_opted_out(PHONE)
    copy.reserve(entry(T0 + timedelta(hours=1)), caps=None)
    assert len(original.history("B1")) == 1


def test_sqlite_log_pickles_by_path(tmp_path: Path) -> None:
    original = SQLiteContactLog(tmp_path / "c.db", store_text=True)
    original.reserve(entry(T0), caps=None)
    copy = pickle.loads(pickle.dumps(original))
    assert copy.store_text
    copy.reserve(entry(T0 + timedelta(hours=1)), caps=None)
    assert len(original.history("B1")) == 2
    copy.close()
    original.close()


def test_sqlite_persists_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with SQLiteContactLog(path) as first:
        first.reserve(entry(T0), caps=None)
        first.opt_out(PHONE, at=T0 + timedelta(hours=1), keyword="STOP")
    with SQLiteContactLog(path) as second:
        assert len(second.history("B1")) == 1
        assert second.is_opted_out(PHONE)
        journal = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
        assert journal == "wal"


def _hammer_sqlite(path: str, attempts: int) -> int:
    log = SQLiteContactLog(path, timeout=60)
    caps = Frequency(per_day=2, per_7_days=None)
    won = 0
    for i in range(attempts):
        if log.reserve(entry(T0 + timedelta(seconds=i)), caps=caps).ok:
            won += 1
    log.close()
    return won


def test_processes_cannot_overshoot_the_cap(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    SQLiteContactLog(path).close()
    # spawn: each worker is a fresh interpreter with its own connection, as in production.
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        wins = pool.starmap(_hammer_sqlite, [(path, 25)] * 4)
    assert sum(wins) == 2
    with SQLiteContactLog(path) as log:
        assert len(log.history("B1")) == 2


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_threads_cannot_overshoot_the_cap(kind: str, tmp_path: Path) -> None:
    log: ContactLog = (
        MemoryContactLog() if kind == "memory" else SQLiteContactLog(tmp_path / "t.db")
    )
    caps = Frequency(per_day=2, per_7_days=None)
    results: list[bool] = []
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        for i in range(10):
            results.append(log.reserve(entry(T0 + timedelta(seconds=i)), caps=caps).ok)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 2
    assert len(log.history("B1")) == 2
    log.close()


def test_migrates_a_version_1_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO contacts (borrower_key, phone, loan_id, sent_at, template, content_hash, "
        "segments) VALUES ('B1', ?, 'L1', '2026-01-05T02:00:00.000000Z', 'reminder', ?, 1)",
        (PHONE, content_hash("old")),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with SQLiteContactLog(path) as log:
        assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (record,) = log.history("B1")
        assert record.time == T0
        assert not record.cancelled
        log.cancel(Sent(record.record_id, content_hash("old")))
        assert log.history("B1")[0].cancelled


def test_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ds.ContactLogError, match="newer than this") as info:
        SQLiteContactLog(path)
    assert info.value.path == str(path)
    assert info.value.operation == "migrate"


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database, just text " * 100)
    with pytest.raises(ds.ContactLogError) as info:
        SQLiteContactLog(path)
    assert info.value.operation == "open"
    assert str(path) in str(info.value)


def test_opt_out_accepts_formatted_international_numbers_and_refuses_national() -> None:

    log = ds.MemoryContactLog()
    at = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
    log.opt_out("+86 138-1234-5678", at=at)
    assert log.is_opted_out("+8613812345678")
    assert log.is_opted_out("0086 138 1234 5678")
    with pytest.raises(ds.InputError, match="country code") as info:
        log.opt_out("13812345678", at=at)
    assert "13812345678" not in str(info.value)


UK_SPELLINGS = ("+44 (0)7911 123456", "0044 7911 123456", "+4407911123456", "+44 7911-123456")


@pytest.mark.parametrize("typed", UK_SPELLINGS)
def test_an_opt_out_holds_for_every_spelling_of_the_number(log: ContactLog, typed: str) -> None:
    log.opt_out(typed, at=T0, keyword="STOP")
    assert log.is_opted_out("+447911123456")
    assert [e.phone for e in log.opt_out_events("+447911123456")] == ["+447911123456"]
    assert all(log.is_opted_out(other) for other in UK_SPELLINGS)
    (breach,) = log.check("B1", "+447911123456", at=T0 + timedelta(hours=1), caps=None)
    assert breach.kind == "opted_out"
    refused = log.reserve(
        ContactEntry(
            borrower_key="B1",
            phone="+447911123456",
            time=T0 + timedelta(hours=1),
            content_hash=content_hash("hi"),
        ),
        caps=None,
    )
    assert not refused.ok


def test_an_opt_out_typed_with_a_trunk_zero_refuses_a_later_compose(log: ContactLog) -> None:
    from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

    log.opt_out("+44 (0)7911 123456", at=T0, keyword="STOP")
    borrower = sample_borrower("uk", phone="+447911123456")
    with pytest.raises(ds.ComplianceError) as refused:
        ds.Composer("uk").compose(
            "overdue",
            borrower=borrower,
            loan=sample_loan("uk"),
            lender=sample_lender("uk"),
            now=datetime(2026, 12, 15, 12, 0, tzinfo=UTC),
            history=log,
        )
    assert "CON004" in refused.value.report.rules


def test_an_entry_is_keyed_by_the_number_not_its_spelling(log: ContactLog) -> None:
    typed = ContactEntry(
        borrower_key="B1", phone="0044 7911 123456", time=T0, content_hash=content_hash("")
    )
    assert typed.phone == "+447911123456"
    log.record(typed)
    assert log.history("B1")[0].phone == "+447911123456"


@pytest.mark.parametrize(
    "bad", ["07911 123456", "+44 7911", "+447911123456;+447911654321", "+999 1234 5678"]
)
def test_every_phone_entry_point_refuses_what_is_no_full_number(log: ContactLog, bad: str) -> None:
    calls = (
        lambda: log.opt_out(bad, at=T0),
        lambda: log.revoke_opt_out(bad, at=T0),
        lambda: log.is_opted_out(bad),
        lambda: log.opt_out_events(bad),
        lambda: log.check("B1", bad, at=T0, caps=None),
        lambda: ContactEntry(borrower_key="B1", phone=bad, time=T0, content_hash=content_hash("")),
    )
    for call in calls:
        with pytest.raises(ds.InputError) as info:
            call()
        assert info.value.field == "phone"


def test_migration_keys_the_numbers_an_older_version_stored_as_typed(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        for statement in migration:
            conn.execute(statement)
    conn.execute(
        "INSERT INTO opt_out_events (phone, at, kind, keyword) "
        "VALUES ('+4407911123456', '2026-01-05T02:00:00.000000Z', 'opt_out', 'STOP')"
    )
    conn.execute(
        "INSERT INTO opt_out_events (phone, at, kind, keyword) "
        "VALUES ('+99912345678', '2026-01-05T02:00:00.000000Z', 'opt_out', 'STOP')"
    )
    conn.execute(
        "INSERT INTO contacts (borrower_key, phone, loan_id, sent_at, template, content_hash, "
        "segments) VALUES ('B1', '+44 7911 123456', 'L1', '2026-01-05T02:00:00.000000Z', "
        "'reminder', ?, 1)",
        (content_hash("old"),),
    )
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with SQLiteContactLog(path) as log:
        assert log.is_opted_out("+447911123456")
        assert log.history("B1")[0].phone == "+447911123456"
    stored = sqlite3.connect(path).execute("SELECT phone FROM opt_out_events ORDER BY id")
    # A number phonenumbers cannot read is kept as it was, not dropped.
    assert [row[0] for row in stored] == ["+447911123456", "+99912345678"]


def test_public_functions_take_a_policy_name() -> None:
    from zoneinfo import ZoneInfo

    borrower = ds.Borrower(name="张三", phone="13812345678", locale="zh_CN")
    now = datetime(2026, 12, 8, 22, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert ds.next_allowed_time(borrower, now, "cn") == datetime(
        2026, 12, 9, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai")
    )
    assert ds.is_opt_out("STOP", "us")
    assert ds.is_opt_out("退订", "cn")
