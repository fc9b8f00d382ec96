"""Write the pinyin of every Chinese phrase and proximity term in the zh pack.

Run from the project root after ``pip install -e ".[train]"``::

    python tests/data/wording/build_pinyin.py

The wording rules match each term with one or more of its characters written in toneless pinyin
("坐lao", "bao警", "tongxunlu"), a common way to slip past keyword filters. The readings come
from pypinyin's phrase dictionary, so a character reads as it does in the term (还 is "huan" in
还钱, "hai" in 还有). ``tests/test_wording.py`` fails when a term has no reading here, so this
script runs again whenever the zh pack gains a phrase.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))

from dunning_sms._rules.wording import PINYIN_PATH, pinyin_terms  # noqa: E402


def main() -> None:
    table: dict[str, str] = {}
    for term in sorted(pinyin_terms()):
        syllables = lazy_pinyin(term, style=Style.NORMAL)
        if len(syllables) == len(term) and all(s.isascii() and s.isalpha() for s in syllables):
            table[term] = " ".join(syllables)
    PINYIN_PATH.write_text(
        json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8"
    )
    print(f"wrote {PINYIN_PATH}: {len(table)} terms")


if __name__ == "__main__":
    main()
