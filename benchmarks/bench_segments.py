"""segments() against a bare sandboxed Jinja2 render of the same message, in one process.

Run: ``python benchmarks/bench_segments.py``. The goal is that counting a typical message
costs under a quarter of rendering it; absolute times depend on the machine, the ratio less so.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from jinja2.sandbox import SandboxedEnvironment

from dunning_sms._segments import Billing, segments

GOAL = 0.25
REPEATS = 9

ZH_TEMPLATE = (
    "【{{ lender }}】尊敬的{{ name }}{{ title }}，您的借款{{ amount }}将于{{ due }}到期，"
    "请按时还款，如已还款请忽略。客服{{ phone }}"
)
ZH_VALUES = {
    "lender": "安心借",
    "name": "张三",
    "title": "先生",
    "amount": "¥1,234.56",
    "due": "2024年12月5日",
    "phone": "400-123-4567",
}
EN_TEMPLATE = (
    "{{ lender }}: Hi {{ name }}, your payment of {{ amount }} is due on {{ due }}. "
    "Pay at {{ url }} or call {{ phone }}. Reply STOP to opt out."
)
EN_VALUES = {
    "lender": "Acme Lending",
    "name": "Ana",
    "amount": "$120.00",
    "due": "May 5",
    "url": "acme.example/pay",
    "phone": "800-555-0100",
}


def per_call(function: Callable[[], object]) -> float:
    """Median seconds per call over REPEATS runs, each sized to about 50 ms."""
    loops = 1
    while True:
        start = time.perf_counter()
        for _ in range(loops):
            function()
        if time.perf_counter() - start > 0.05:
            break
        loops *= 2
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for _ in range(loops):
            function()
        runs.append((time.perf_counter() - start) / loops)
    return statistics.median(runs)


def case(label: str, source: str, values: dict[str, str], billing: Billing) -> bool:
    template = SandboxedEnvironment(autoescape=False).from_string(source)
    text = template.render(values)
    info = segments(text, billing=billing)
    render = per_call(lambda: template.render(values))
    count = per_call(lambda: segments(text, billing=billing))
    ratio = count / render
    ok = ratio < GOAL
    print(
        f"{label:<34} {len(text):>4} chars  {info.encoding} {info.segments} part(s)  "
        f"render {render * 1e6:6.2f} us  segments {count * 1e6:5.2f} us  "
        f"ratio {ratio:.3f}  {'under' if ok else 'OVER'} {GOAL}"
    )
    return ok


def main() -> None:
    results = [
        case("zh reminder, billing=cn", ZH_TEMPLATE, ZH_VALUES, "cn"),
        case("zh reminder, billing=gsm", ZH_TEMPLATE, ZH_VALUES, "gsm"),
        case("en reminder, billing=gsm", EN_TEMPLATE, EN_VALUES, "gsm"),
    ]
    print("all under goal" if all(results) else "SOME OVER GOAL")


if __name__ == "__main__":
    main()
