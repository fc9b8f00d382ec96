"""Wording+tone check vs a bare sandboxed Jinja2 render of the same 70-char message.

Run: python benchmarks/bench_check.py   (prints microseconds and ratios; no thresholds)
"""

from __future__ import annotations

import timeit

from jinja2.sandbox import SandboxedEnvironment

from dunning_sms._policy import load_policy
from dunning_sms._rules import CheckContext, RuleEngine, tone, wording

TEMPLATE = (
    "【{{ brand }}】尊敬的{{ name }}先生，您的借款¥{{ amount }}将于{{ date }}到期，"
    "请按时还款，如已还款请忽略。客服{{ phone }}"
)
VALUES = {"brand": "安心借", "name": "张三", "amount": "1,234.56", "date": "2024年12月5日",
          "phone": "400-123-4567"}  # fmt: skip


def per_call(fn: object, number: int = 20000) -> float:
    timer = timeit.Timer(fn)  # type: ignore[arg-type]
    return min(timer.repeat(repeat=5, number=number)) / number * 1e6


def main() -> None:
    template = SandboxedEnvironment().from_string(TEMPLATE)
    text = template.render(**VALUES)
    policy = load_policy("cn")
    wording_checker = wording.FAMILY.bind(policy)
    tone_checker = tone.FAMILY.bind(policy)
    engine = RuleEngine(policy)

    def ctx() -> CheckContext:
        return CheckContext(text=text, policy=policy, languages=policy.languages)

    def run_wording() -> None:
        list(wording_checker.check(ctx()))

    def run_both() -> None:
        c = ctx()
        list(wording_checker.check(c))
        list(tone_checker.check(c))

    def run_engine() -> None:
        engine.run(ctx())

    run_both()
    render = per_call(lambda: template.render(**VALUES))
    rows = [
        ("bare Jinja2 sandbox render", render),
        ("wording check (normalise + match)", per_call(run_wording)),
        ("wording + tone check", per_call(run_both)),
        ("full RuleEngine (all families)", per_call(run_engine, number=5000)),
    ]
    print(f"message: {len(text)} chars")
    for name, us in rows:
        print(f"{name:36s} {us:8.2f} us   x{us / render:5.2f} render")


if __name__ == "__main__":
    main()
