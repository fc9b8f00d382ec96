"""Each fast path of the compose path against the code it replaces, in one run.

Run: ``.venv/bin/python benchmarks/bench_fastpaths.py``. Prints µs per call of the plain
implementation and of the fast path, and what the fast path saves per message. Both sides
give the same answers (tests/test_perf_equivalence.py); only the cost differs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_currency

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import reference_rows
from bench_throughput import per_call
from dunning_sms._batch import _to_row
from dunning_sms._compose import Composer, _lender_view, _masked_phone, _name_parts
from dunning_sms._formatting import formatter_for
from dunning_sms._masking import given_name, mask_name, mask_phone, phone_tail, surname
from dunning_sms._models import Lender, _normalize_phone_full, normalize_phone, parse_locale
from dunning_sms._rows import row_from_mapping


def main() -> int:
    rows = [r for r in reference_rows(200) if r["policy"] == "cn"]
    raw = rows[0]
    row = row_from_mapping(raw, line=1)
    composer = Composer("cn")
    as_of = row.as_of or date(2026, 6, 1)
    locale = parse_locale("zh_CN")
    amount = Decimal("12345.67")
    money = formatter_for("zh_CN")
    composer._lender_entry(row.lender)
    composer._resolve("overdue", "zh_CN", row.loan, as_of)
    _to_row(raw, 0, None)
    phone_text = raw["borrower"]["phone"]
    name = row.borrower.name
    pairs: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        (
            "money ¥12,345.67 (Babel format_currency vs CLDR closure)",
            lambda: format_currency(amount, "CNY", locale=locale),
            lambda: money.money(amount, "CNY"),
        ),
        (
            "borrower phone masking (mask_phone+phone_tail vs E.164 shortcut)",
            lambda: (mask_phone(row.borrower.phone), phone_tail(row.borrower.phone)),
            lambda: _masked_phone(row.borrower.phone),
        ),
        (
            "borrower name masking (mask_name+surname+given_name vs one pass)",
            lambda: (mask_name(name), surname(name), given_name(name)),
            lambda: _name_parts(name),
        ),
        (
            "lender view (built per message vs cached per Composer)",
            lambda: _lender_view(row.lender),
            lambda: composer._lender_entry(row.lender),
        ),
        (
            "template resolution (library walk vs cached per key and locale)",
            lambda: composer.library.resolve("overdue_mid", "zh_CN", "zh_CN"),
            lambda: composer._resolve("overdue", "zh_CN", row.loan, as_of),
        ),
        (
            "CN mobile validation (phonenumbers vs metadata-pattern shortcut)",
            lambda: _normalize_phone_full(phone_text.strip(), "CN"),
            lambda: normalize_phone(phone_text, "CN"),
        ),
        (
            "lender validation per row (pydantic vs cached by raw repr)",
            lambda: Lender.model_validate(raw["lender"]),
            lambda: repr(raw["lender"]),
        ),
    ]
    print(f"{'fast path':<68} {'plain µs':>9} {'fast µs':>8} {'saved µs':>9}")
    for label, plain, fast in pairs:
        before, after = per_call(plain) * 1e6, per_call(fast) * 1e6
        print(f"{label:<68} {before:9.2f} {after:8.2f} {before - after:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
