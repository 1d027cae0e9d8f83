"""Values stated in prose: 'pagu anggaran sebesar Rp X ... terealisasi Rp Y atau Z%'.

Reports often state the year's overall budget in a sentence as well as (or
instead of) a table. These sentences are read for the document's totals.
"""
from __future__ import annotations

import re

from extract.lines import LineView
from extract.records import BudgetSentence, Source
from normalize.numbers import fold_text, lex_values

ALLOCATION_RE = re.compile(r"\b(pagu|alokasi|anggaran)\b", re.I)
REALISATION_RE = re.compile(r"\b(terealisasi|realisasi|penyerapan|terserap|direalisasikan)\b", re.I)
MIN_AMOUNT = 1_000_000


def find_budget_sentences(views: list[LineView]) -> list[BudgetSentence]:
    """Sentences that give a pagu and, where stated, its realisation and percent."""
    found: list[BudgetSentence] = []
    for view in views:
        text = fold_text(view.line.text)
        alloc_kw = ALLOCATION_RE.search(text)
        if alloc_kw is None or len(text) < 40:
            continue
        tokens = lex_values(text)
        amounts = [t for t in tokens if t.kind == "amount" and (t.reading.value or 0) >= MIN_AMOUNT]
        if not amounts:
            continue
        allocation = next((t for t in amounts if t.start > alloc_kw.start()), None)
        if allocation is None:
            continue
        real_kw = REALISATION_RE.search(text, allocation.end)
        realisation = percent = None
        if real_kw is not None:
            realisation = next((t for t in amounts if t.start > real_kw.start()), None)
            after = realisation.end if realisation else real_kw.end()
            percent = next((t for t in tokens if t.start >= after and t.kind == "percent"), None)
        found.append(BudgetSentence(
            source=Source(line=view.line.number, page=view.line.page, raw=text.strip()[:300]),
            allocation=allocation.reading,
            realisation=realisation.reading if realisation else None,
            percent=percent.reading if percent else None))
    return found
