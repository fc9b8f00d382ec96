"""Sums of money read from a message (dunning_sms._amounts), as the growth reading uses them."""

from __future__ import annotations

import doctest
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dunning_sms import _amounts
from dunning_sms._amounts import amounts


def _read(text: str) -> list[tuple[str, float, bool]]:
    return [(text[a.start : a.end], a.value, a.marked) for a in amounts(text)]


def test_the_module_examples_hold() -> None:
    failed, tried = doctest.testmod(_amounts)
    assert tried and not failed


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Rs 7,500", [("Rs 7,500", 7500.0, True)]),
        ("Rs. 1,50,000", [("Rs. 1,50,000", 150000.0, True)]),
        ("₹2.5 lakh", [("₹2.5 lakh", 250000.0, True)]),
        ("Rp1.500.000", [("Rp1.500.000", 1500000.0, True)]),
        ("Rp 1,5 juta", [("Rp 1,5 juta", 1500000.0, True)]),
        ("Rp500rb", [("Rp500rb", 500000.0, True)]),
        ("欠款1.5万元", [("1.5万元", 15000.0, True)]),
        ("8,000元", [("8,000元", 8000.0, True)]),
        ("¥62,400", [("¥62,400", 62400.0, True)]),
        ("N20,000", [("N20,000", 20000.0, True)]),
        ("₦80k", [("₦80k", 80000.0, True)]),
        ("P8,000", [("P8,000", 8000.0, True)]),
        ("PHP 6,300", [("PHP 6,300", 6300.0, True)]),
        ("Ksh. 20,000", [("Ksh. 20,000", 20000.0, True)]),
        ("elfu 20", [("elfu 20", 20000.0, True)]),
        ("£2,150.40", [("£2,150.40", 2150.4, True)]),
        ("$1,212.5", [("$1,212.5", 1212.5, True)]),
        ("it becomes 22,500 soon", [("22,500", 22500.0, False)]),
    ],
)
def test_a_sum_is_read_in_its_market_s_notation(text: str, read: list[object]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "call 0800-555-0143",
        "due 15/06/2025",
        "by 5:30 pm",
        "within 48 hours",
        "3 days late",
        "0,1% per day",
        "denda Rp1.200/hari",
        "a fee of $5 per day",
        "KES 50 kwa siku",
        "since 2024",
        "7 天内",
        "ref 1.2345",
        "order12345",
    ],
)
def test_what_is_no_sum_is_not_read(text: str) -> None:
    assert _read(text) == []


@given(st.text(alphabet="0123456789.,/:- $₹Rsp万元kjuta lakh%天xN", max_size=60))
def test_any_text_reads_to_ordered_spans_inside_it(text: str) -> None:
    found = amounts(text)
    assert all(0 <= a.start < a.end <= len(text) for a in found)
    assert all(b.start >= a.end for a, b in pairwise(found))
    assert all(a.value >= 0 for a in found)


def test_a_window_reads_only_inside_it() -> None:
    text = "Rs 5,000 now; Rs 20,000 later"
    assert [a.value for a in amounts(text, 0, 8)] == [5000.0]
    assert [a.value for a in amounts(text, 9)] == [20000.0]
