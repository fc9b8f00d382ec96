"""Arbitrary Unicode: only typed errors, spans inside the text, deterministic, thread-safe."""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from _support import AS_OF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import dunning_sms as ds
from dunning_sms._compose import Composer
from dunning_sms._pii import find_pii
from dunning_sms._segments import segments
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TEXT = st.text(st.characters(codec="utf-8"), max_size=200) | st.text(
    st.sampled_from("张三还款逾期【】 \u200b\u202e\n\r\x000123456789+-@.arrest警方坐牢"),
    max_size=80,
)
POLICIES = st.sampled_from(["cn", "us", "in", "id", "ng"])


@FUZZ
@given(TEXT, POLICIES)
def test_check_spans_stay_in_the_text_and_repeat(text: str, policy: str) -> None:
    try:
        first = ds.check(text, policy=policy)
    except ds.DunningError:
        return
    for f in first.findings:
        assert 0 <= f.start <= f.end <= len(text), f
    assert ds.check(text, policy=policy) == first


@FUZZ
@given(TEXT, st.sampled_from([None, "CN", "US", "IN", "en_US"]))
def test_find_pii_spans_are_slices_of_the_text(text: str, region: str | None) -> None:
    matches = find_pii(text, region=region)
    for m in matches:
        assert 0 <= m.start <= m.end <= len(text)
        assert m.text == text[m.start : m.end]
    assert find_pii(text, region=region) == matches


@FUZZ
@given(TEXT, st.sampled_from(["gsm", "cn"]))
def test_segments_never_raise_and_parts_rebuild_the_text(text: str, billing: str) -> None:
    try:
        info = segments(text, billing=billing)  # type: ignore[arg-type]
    except ds.DunningError:
        return
    assert info.segments >= (1 if text else 0)
    assert "".join(info.parts) == text
    assert segments(text, billing=billing) == info  # type: ignore[arg-type]


@FUZZ
@given(st.dictionaries(st.sampled_from(["name", "phone", "locale", "email", "id_number"]), TEXT))
def test_models_raise_only_validation_errors(fields: dict[str, Any]) -> None:
    with contextlib.suppress(ValidationError):
        ds.Borrower(**fields)
    with contextlib.suppress(ValidationError):
        ds.Lender(name=fields.get("name", "x"), hotline=fields.get("phone"))


_COMPOSER = Composer("cn")


@FUZZ
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40))
def test_compose_with_arbitrary_names_raises_only_typed_errors(name: str) -> None:
    try:
        borrower = sample_borrower(name=name)
    except ValidationError:
        return
    data = {"borrower": borrower, "loan": sample_loan(), "lender": sample_lender(), "as_of": AS_OF}
    message = _COMPOSER.preview("overdue", **data)  # type: ignore[arg-type]
    if message.ok:
        assert _COMPOSER.compose("overdue", **data) == message  # type: ignore[arg-type]
    else:
        with pytest.raises(ds.ComplianceError):
            _COMPOSER.compose("overdue", **data)  # type: ignore[arg-type]


def test_compose_is_thread_safe() -> None:
    names = ["张三", "李四", "欧阳娜娜", "王五", "赵六", "孙七", "周八", "吴九"] * 4
    keys = ["upcoming", "due_today", "overdue"]
    jobs = [(k, n) for n in names for k in keys]

    def one(job: tuple[str, str]) -> tuple[str, str, tuple[str, ...]]:
        key, name = job
        m = _COMPOSER.preview(
            key,
            borrower=sample_borrower(name=name),
            loan=sample_loan(),
            lender=sample_lender(),
            as_of=AS_OF,
        )
        return m.text, m.content_hash, m.report.rules

    serial = [one(j) for j in jobs]
    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(one, jobs))
    assert threaded == serial
