"""How much of a row's text is readable words: telling OCR debris from an indicator.

Raw Tesseract of a bad scan yields rows like 'Tem'njnmnfimherDml&mm&:nhmumm
hfimmm "BATKTM' beside a stray number. Such a row names nothing a user could
look up, yet a table reader sees text and a value. A word counts as readable
when the catalogue uses it or the report itself prints it again and again (OCR
errors are random, so a garbled word rarely repeats). A row the catalogue
could not match and whose words are mostly unreadable is set aside for review,
not written as a measure.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from normalize.catalogue import budget_codes, indicators

WORD_RE = re.compile(r"[a-z]{3,}")
REPEATS = 3  # a word the report prints this often is a real word of the report
MIN_READABLE = 0.6  # least share of readable words for an unmatched row to be kept


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


@lru_cache(maxsize=1)
def catalogue_words() -> frozenset[str]:
    """Every word of the catalogue's indicator names, aliases, sasaran and budget names."""
    found: set[str] = set()
    for row in indicators():
        for field in ("name", "sasaran", "aliases"):
            value = row.get(field) or ""
            found.update(words(" ".join(value) if isinstance(value, list) else value))
    for entry in budget_codes().values():
        found.update(words(str(entry.get("name") or "")))
    return frozenset(found)


def report_words(lines: Iterable[str]) -> frozenset[str]:
    """Words a report prints at least `REPEATS` times, plus the catalogue's."""
    counts = Counter(w for line in lines for w in words(line))
    return frozenset(w for w, n in counts.items() if n >= REPEATS) | catalogue_words()


def readable_share(text: str, vocabulary: frozenset[str]) -> float:
    """Share of the text's words (3+ letters) found in the vocabulary; 1.0 for no words."""
    found = words(text)
    return sum(w in vocabulary for w in found) / len(found) if found else 1.0
