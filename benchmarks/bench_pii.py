"""find_pii against a bare Jinja2 render of the same message, measured in the same run.

Run ``python benchmarks/bench_pii.py``. Prints per-call medians (of 7 repeats, the two timed
alternately) and the median ratio find_pii / render; the target for the typical message is <= 2.0.
"""

from __future__ import annotations

import itertools
import random
import statistics
import timeit
from collections.abc import Callable, Iterator

from jinja2 import Template
from jinja2.sandbox import SandboxedEnvironment

from dunning_sms._pii import find_pii

REPEATS = 7

# (label, template, variables): the typical message is the first, about 70 characters.
CASES: tuple[tuple[str, str, dict[str, str]], ...] = (
    (
        "typical zh (amount, date, tail, hotline)",
        "【{{ lender }}】尊敬的{{ surname }}先生，您尾号{{ tail }}的借款应还{{ amount }}元，"
        "请于{{ due }}前还款。客服{{ hotline }}，退订回T",
        {
            "lender": "安心借",
            "surname": "张",
            "tail": "5678",
            "amount": "1,234.56",
            "due": "2026-03-15",
            "hotline": "95555",
        },
    ),
    (
        "zh without long numbers (gate only)",
        "【{{ lender }}】您的借款将于{{ due }}到期，请按时还款，如已还款请忽略，退订回T",
        {"lender": "安心借", "due": "12月5日"},
    ),
    (
        "zh free text, ~70 chars, short digit runs",
        "【{{ lender }}】尊敬的{{ surname }}先生，您的借款将于{{ due }}到期，请按时还款，"
        "如已还款请忽略。如有疑问请联系在线客服，感谢您的支持与理解，退订回T",
        {"lender": "安心借", "surname": "张", "due": "12月5日"},
    ),
    (
        "en with amount, date and toll-free line",
        "{{ lender }}: Hi {{ name }}, your payment of {{ amount }} is due {{ due }}. "
        "Call {{ hotline }}. Reply STOP to opt out.",
        {
            "lender": "Acme Loans",
            "name": "John",
            "amount": "$120.50",
            "due": "03/15/2026",
            "hotline": "1-800-555-0199",
        },
    ),
    (
        "zh leaking a phone and an ID",
        "【{{ lender }}】{{ name }}您好，请联系{{ phone }}，证件{{ id }}。",
        {
            "lender": "安心借",
            "name": "张三",
            "phone": "13812345678",
            "id": "110101199003071233",
        },
    ),
)


def paired(first: Callable[[], object], second: Callable[[], object]) -> tuple[float, float, float]:
    """Median seconds per call of each, and the median of the per-repeat ratios.

    The two are timed alternately within each repeat so that a busy machine slows both.
    """
    t1, t2 = timeit.Timer(first), timeit.Timer(second)
    n1, _ = t1.autorange()
    n2, _ = t2.autorange()
    a: list[float] = []
    b: list[float] = []
    for _ in range(REPEATS):
        a.append(t1.timeit(n1) / n1)
        b.append(t2.timeit(n2) / n2)
    ratios = [y / x for x, y in zip(a, b, strict=True)]
    return statistics.median(a), statistics.median(b), statistics.median(ratios)


def new_borrowers(count: int = 4096) -> Iterator[tuple[str, str]]:
    """(name, E.164 phone) of a different customer on every call, as in a nightly batch."""
    rng = random.Random(11)
    people = [
        (
            "".join(
                rng.choice("张王李赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施") for _ in range(3)
            ),
            "+861" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9)),
        )
        for _ in range(count)
    ]
    return itertools.cycle(people)


def main() -> None:
    env = SandboxedEnvironment(autoescape=False)
    known = ("张三", "+8613812345678", "110101199003071233")
    allow = ("95555", "1-800-555-0199")
    print(f"{'case':44} {'chars':>5} {'render µs':>10} {'find_pii µs':>12} {'ratio':>6}")
    for label, source, variables in CASES:
        template = env.from_string(source)
        text = template.render(**variables)

        def render(t: Template = template, v: dict[str, str] = variables) -> str:
            return t.render(**v)

        render_s, plain_s, ratio = paired(
            render, lambda t=text: find_pii(t, region="CN", allow=allow)
        )
        print(
            f"{label:44} {len(text):5d} {render_s * 1e6:10.2f} {plain_s * 1e6:12.2f} {ratio:6.2f}"
        )
        _, known_s, ratio = paired(
            render, lambda t=text: find_pii(t, region="CN", allow=allow, known=known)
        )
        sub = "  + known values (compose mode)"
        print(f"{sub:44} {'':5} {'':10} {known_s * 1e6:12.2f} {ratio:6.2f}")
    # The production case: the composer passes a new customer's name and phone with every
    # message (more customers than any cache holds), and the text shows the masked name.
    label, source, variables = CASES[0]
    template = env.from_string(source)
    people = new_borrowers()

    def render_new(t: Template = template, v: dict[str, str] = variables) -> str:
        return t.render(**v)

    def find_new(t: str = template.render(**variables)) -> object:
        name, phone = next(people)
        return find_pii(t, region="CN", allow=allow, known=(name, phone))

    _, new_s, ratio = paired(render_new, find_new)
    sub = "  + known values of a NEW borrower each time"
    print(f"{sub:44} {'':5} {'':10} {new_s * 1e6:12.2f} {ratio:6.2f}")
    typical = CASES[0]
    print(f"\ntypical message: {typical[0]}; target ratio <= 2.0")


if __name__ == "__main__":
    main()
