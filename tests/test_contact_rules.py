"""The contact rules (CON001-CON004), opt-out replies, and compose with a contact log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import dunning_sms as ds
from dunning_sms._contact import ContactEntry, content_hash, record_message, seed_history
from dunning_sms._policy import OptOut, Policy
from dunning_sms._rules import RuleEngine
from dunning_sms._rules._base import CheckContext
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

CN = ds.load_policy("cn")
US = ds.load_policy("us")
SHANGHAI = ZoneInfo("Asia/Shanghai")
TEXT = "【安心借】您的借款本期应还1,234.56元，请于12月5日前在安心借App内还款。拒收请回复R"


def run(
    policy: Policy,
    now: datetime | None,
    *,
    borrower: ds.Borrower | None = None,
    history: ds.ContactLog | None = None,
) -> list[ds.Finding]:
    market = policy.name
    ctx = CheckContext(
        text=TEXT,
        policy=policy,
        languages=policy.languages,
        mode="compose",
        now=now,
        borrower=borrower or sample_borrower(market),
        loan=sample_loan(market),
        lender=sample_lender(market),
        history=history,
    )
    return [f for f in RuleEngine(policy).run(ctx) if f.rule.startswith("CON")]


def test_con001_names_zone_local_time_and_next_allowed() -> None:
    (finding,) = run(CN, datetime(2026, 1, 5, 22, 30, tzinfo=SHANGHAI))
    assert (finding.rule, finding.category, finding.severity) == (
        "CON001",
        "sending_hours",
        "error",
    )
    assert finding.data["zone"] == "Asia/Shanghai"
    assert finding.data["reason"] == "hard_ban"
    assert finding.data["next_allowed"] == "2026-01-06T08:00:00+08:00"
    assert "22:30" in finding.message


def test_rules_skip_without_a_time() -> None:
    assert run(CN, None) == []


def test_con002_warns_when_the_zone_is_assumed() -> None:
    freephone = sample_borrower("us", phone="+80012345678")
    found = run(US, datetime(2026, 1, 5, 20, 0, tzinfo=UTC), borrower=freephone)
    assert [(f.rule, f.severity) for f in found] == [("CON002", "warning")]
    assert "America/New_York" in found[0].data["zones"]


def test_con003_reads_the_log() -> None:
    log = ds.MemoryContactLog()
    borrower = sample_borrower("cn")
    now = datetime(2026, 1, 5, 10, 0, tzinfo=SHANGHAI)
    seed_history(log, borrower=borrower, sent=[now - timedelta(hours=h) for h in (1, 2)])
    assert run(CN, now, history=log) == []
    seed_history(log, borrower=borrower, sent=[now - timedelta(hours=3)])
    (finding,) = run(CN, now, history=log)
    assert (finding.rule, finding.category) == ("CON003", "frequency")
    assert finding.data["cap"] == "per_day"
    assert finding.data["clears_at"] == (now + timedelta(hours=21)).astimezone(UTC).isoformat()


def test_con004_until_revoked() -> None:
    log = ds.MemoryContactLog()
    borrower = sample_borrower("cn")
    now = datetime(2026, 1, 5, 10, 0, tzinfo=SHANGHAI)
    log.opt_out(borrower.phone, at=now - timedelta(days=1), keyword="TD")
    (finding,) = run(CN, now, history=log)
    assert (finding.rule, finding.category, finding.data["keyword"]) == (
        "CON004",
        "opted_out",
        "TD",
    )
    log.revoke_opt_out(borrower.phone, at=now - timedelta(hours=1))
    assert run(CN, now, history=log) == []


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("STOP", True),
        ("stop", True),
        ("Stop.", True),
        ("ＳＴＯＰ", True),  # full width
        ("  StOp!!! ", True),
        ("Please stop", True),
        ("stop texting me", True),
        ("Unsubscribe", True),
        ("opt out", True),
        ("OPT-OUT", True),
        ("optout", True),
        ("Cancel", True),
        ("END", True),
        ("End of month I will pay", False),
        ("I will pay, stop calling at night", False),
        ("don't stop", False),
        ("stopped by the branch today", False),
        ("STOPPED", False),
        ("", False),
        ("?", False),
        ("ok thanks", False),
    ],
)
def test_is_opt_out_us(reply: str, expected: bool) -> None:
    assert ds.is_opt_out(reply, US) is expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("退订", True),
        ("退订。", True),
        ("请退订", True),
        ("退订谢谢", True),
        ("TD", True),
        ("td", True),
        ("T", True),
        ("N", True),
        ("R", True),
        ("拒收", True),
        ("不退订", False),
        ("T我明天还", False),
        ("N 明天还", False),
        ("好的", False),
    ],
)
def test_is_opt_out_cn(reply: str, expected: bool) -> None:
    assert ds.is_opt_out(reply, CN) is expected


def test_is_opt_out_uses_the_policy_keywords() -> None:
    indonesia = Policy(name="x", opt_out=OptOut(keywords=("BERHENTI", "STOP")))
    assert ds.is_opt_out("berhenti", indonesia)
    assert ds.is_opt_out("Mohon berhenti kirim SMS", indonesia)
    assert not ds.is_opt_out("Saya tidak akan berhenti membayar", indonesia)
    assert not ds.is_opt_out("退订", indonesia)


def _message(text: str = TEXT) -> ds.Message:
    composer = ds.Composer("cn")
    return composer.preview(
        "upcoming",
        borrower=sample_borrower("cn"),
        loan=sample_loan("cn"),
        lender=sample_lender("cn"),
        now=datetime(2026, 12, 1, 10, 0, tzinfo=SHANGHAI),
    )


def test_record_message_sets_the_record_id(tmp_path: Path) -> None:
    log = ds.SQLiteContactLog(tmp_path / "c.db")
    message = _message()
    borrower, loan = sample_borrower("cn"), sample_loan("cn")
    now = datetime(2026, 12, 1, 10, 0, tzinfo=SHANGHAI)
    recorded = record_message(
        message, borrower=borrower, loan=loan, now=now, history=log, policy=CN
    )
    assert recorded.record_id is not None
    (record,) = log.history(borrower.key)
    assert (record.content_hash, record.template, record.loan_id) == (
        message.content_hash,
        "upcoming",
        loan.loan_id,
    )
    log.cancel(recorded)
    assert log.history(borrower.key)[0].cancelled
    log.close()


def test_a_lost_race_becomes_the_same_finding() -> None:
    """Another worker fills the cap between the rules and the reservation."""
    log = ds.MemoryContactLog()
    message = _message()
    borrower, loan = sample_borrower("cn"), sample_loan("cn")
    now = datetime(2026, 12, 1, 10, 0, tzinfo=SHANGHAI)
    for minutes in (1, 2, 3):
        log.record(
            ContactEntry(
                borrower_key=borrower.key,
                phone=borrower.phone,
                time=now - timedelta(minutes=minutes),
                content_hash=content_hash("other worker"),
            )
        )
    with pytest.raises(ds.ComplianceError) as info:
        record_message(message, borrower=borrower, loan=loan, now=now, history=log, policy=CN)
    assert info.value.rule == "CON003"
    assert "CON003" in info.value.report.rules
    assert len(log.history(borrower.key)) == 3


def test_compose_with_history_end_to_end(tmp_path: Path) -> None:
    composer = ds.Composer("cn")
    log = ds.SQLiteContactLog(tmp_path / "c.db")
    borrower, loan, lender = sample_borrower("cn"), sample_loan("cn"), sample_lender("cn")
    # The loan is due on 2026-12-05: every send below is still an upcoming reminder.
    morning = datetime(2026, 11, 28, 9, 0, tzinfo=SHANGHAI)

    def compose(now: datetime) -> ds.Message:
        return composer.compose(
            "upcoming", borrower=borrower, loan=loan, lender=lender, now=now, history=log
        )

    sent = [compose(morning + timedelta(minutes=m)) for m in range(CN.frequency.per_day or 0)]
    assert all(m.record_id is not None for m in sent)
    with pytest.raises(ds.ComplianceError) as info:
        compose(morning + timedelta(hours=1))
    assert info.value.rule == "CON003"
    # The gateway failed one send: withdrawing it frees a slot.
    log.cancel(sent[-1])
    assert compose(morning + timedelta(hours=1)).record_id is not None
    with pytest.raises(ds.ComplianceError) as late:
        compose(datetime(2026, 12, 1, 22, 30, tzinfo=SHANGHAI))
    assert "CON001" in late.value.report.rules
    log.opt_out(borrower.phone, at=morning + timedelta(days=1), keyword="退订")
    with pytest.raises(ds.ComplianceError) as stopped:
        compose(morning + timedelta(days=2))
    assert stopped.value.rule == "CON004"
    log.revoke_opt_out(borrower.phone, at=morning + timedelta(days=3))
    assert compose(morning + timedelta(days=4)).record_id is not None
    log.close()
