"""Fixtures for the hostile-input suites (helpers live in ``_support``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from _support import Library, make_library


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """Write ``{"t": source}`` (plus optional metadata) as a zh_CN library; return its root."""
    return make_library(tmp_path)
