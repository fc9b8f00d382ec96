"""Reminder stages: which template a loan's dates call for.

Date stages follow the calendar (``upcoming``, ``due_today`` and three overdue bands);
event stages (``payment_received``, ``promise_to_pay_confirmation``, ``hardship_support``)
answer something that happened and are chosen by the caller, never by the date.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from ._models import Loan

DATE_STAGES: Final = ("upcoming", "due_today", "overdue_early", "overdue_mid", "overdue_late")
EVENT_STAGES: Final = ("payment_received", "promise_to_pay_confirmation", "hardship_support")
STAGES: Final = DATE_STAGES + EVENT_STAGES
# Upper bounds (inclusive) of days overdue per band; past the last is overdue_late.
EARLY_MAX_DAYS: Final = 30
MID_MAX_DAYS: Final = 90


def overdue_stage(days_overdue: int) -> str:
    """The overdue band for a count of days: 1-30 early, 31-90 mid, 91+ late.

    Zero counts as early, so that the generic ``overdue`` key still resolves a template on
    the due date itself; the stage rule (TPL004) then refuses it, as the loan is not overdue.
    """
    if days_overdue <= EARLY_MAX_DAYS:
        return "overdue_early"
    if days_overdue <= MID_MAX_DAYS:
        return "overdue_mid"
    return "overdue_late"


def stage_for(loan: Loan, as_of: date) -> str:
    """The date stage of ``loan`` on ``as_of``: upcoming, due_today or an overdue band."""
    if as_of < loan.due_date:
        return "upcoming"
    if as_of == loan.due_date:
        return "due_today"
    return overdue_stage(loan.days_overdue(as_of))


def as_of_for_stage(stage: str, loan: Loan, as_of: date | None = None) -> date:
    """A date on which ``loan`` truly is in ``stage`` (for previews, the gallery and lint).

    ``as_of`` is kept when it already fits the stage (and always for event stages); otherwise
    the date is 3 days before the due date, the due date, or 7, 45 or 120 days after it.
    """
    from datetime import timedelta

    if stage not in DATE_STAGES:
        return as_of or loan.due_date + timedelta(days=7)
    if as_of is not None and stage_for(loan, as_of) == stage:
        return as_of
    offset = {
        "upcoming": -3,
        "due_today": 0,
        "overdue_early": 7,
        "overdue_mid": 45,
        "overdue_late": 120,
    }[stage]
    return loan.due_date + timedelta(days=offset)
