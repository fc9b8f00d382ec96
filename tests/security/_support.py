"""Helpers for the hostile-input suites: throwaway template libraries and previews."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from dunning_sms import Message
from dunning_sms._compose import Composer
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

AS_OF = date(2026, 12, 8)

Library = Callable[..., Path]


def make_library(tmp_path: Path) -> Library:
    """A function writing ``{"t": source}`` (plus metadata) as a zh_CN library under tmp_path."""

    def make(templates: dict[str, str], meta: dict[str, str] | None = None) -> Path:
        folder = tmp_path / "lib" / "zh_CN"
        folder.mkdir(parents=True, exist_ok=True)
        for key, source in templates.items():
            (folder / f"{key}.j2").write_text(source, "utf-8")
        for key, text in (meta or {}).items():
            (folder / f"{key}.toml").write_text(text, "utf-8")
        return tmp_path / "lib"

    return make


def preview(root: Path, key: str = "t", **overrides: object) -> Message:
    """Preview ``key`` from ``root`` with the cn sample data (fields overridable)."""
    composer = Composer("cn", templates=root)
    args: dict[str, object] = {
        "borrower": sample_borrower("cn"),
        "loan": sample_loan("cn"),
        "lender": sample_lender("cn"),
        "as_of": AS_OF,
    }
    args.update(overrides)
    return composer.preview(key, **args)  # type: ignore[arg-type]
