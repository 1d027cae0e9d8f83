"""Values stated in prose.

Reports often state the year's overall budget in a sentence ('pagu anggaran
sebesar Rp X ... terealisasi Rp Y atau Z%'), read for the document's totals,
and an indicator's result ('indikator X ... target 90,89, terealisasi 92,22,
capaian 101,46'), read as a realisation record after the tables' own.
"""
from __future__ import annotations

import re

from extract.model import Line
from extract.records import BudgetSentence, MeasureRow, Source
from normalize.numbers import UNIT_ALTERNATION, fold_text, lex_values, parse_measure

ALLOCATION_RE = re.compile(r"\b(pagu|alokasi|anggaran)\b", re.I)
REALISATION_RE = re.compile(r"\b(terealisasi|realisasi|penyerapan|terserap|direalisasikan)\b", re.I)
MIN_AMOUNT = 1_000_000


def find_budget_sentences(lines: list[Line]) -> list[BudgetSentence]:
    """Sentences that give a pagu and, where stated, its realisation and percent."""
    found: list[BudgetSentence] = []
    for line in lines:
        text = fold_text(line.text)
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
            source=Source(line=line.number, page=line.page, raw=text.strip()[:300]),
            allocation=allocation.reading,
            realisation=realisation.reading if realisation else None,
            percent=percent.reading if percent else None))
    return found


_VALUE = rf"(?:\d|[lIS](?=\d))(?:[\d.,]|[OoSsIlTZGB](?=[\d.,%]|\s+(?i:{UNIT_ALTERNATION})\b))*(?:\s?%|\s+(?i:{UNIT_ALTERNATION})\b)?|[A-D]{{1,2}}\b|WTP|WDP|TMP"
MEASURE_SENTENCE_RE = re.compile(
    r"indikator(?:\s+kinerja)?\s+(?P<name>[^.;:]{10,200}?)\s*,?\s*(?:dengan\s+|yang\s+|dari\s+)*"
    rf"target(?:nya)?\s+(?:sebesar\s+|adalah\s+)?(?P<t>{_VALUE})\s*,?\s*(?:dan\s+|dengan\s+|sedangkan\s+)?"
    rf"(?:te)?reali[sz]asi(?:nya)?\s+(?:sebesar\s+|adalah\s+)?(?P<r>{_VALUE})"
    rf"(?:\s*,?\s*(?:atau\s+|dengan\s+|sehingga\s+)?(?:nilai\s+|tingkat\s+)?capaian(?:nya)?\s+"
    rf"(?:sebesar\s+|adalah\s+)?(?P<a>{_VALUE}))?",
    re.I)


def find_measure_sentences(lines: list[Line]) -> list[MeasureRow]:
    """'indikator X ... target 90,89, terealisasi 92,22, capaian 101,46' as a realisation record.

    Only sentences that name their indicator are read: a value without the
    indicator it measures cannot be traced or joined to anything.
    """
    rows: list[MeasureRow] = []
    for line in lines:
        text = line.text
        if "target" not in text.lower():
            continue
        folded = fold_text(text)
        for match in MEASURE_SENTENCE_RE.finditer(folded):
            values = [match.group(g) for g in ("t", "r", "a")]
            expect = "%" if any(v and "%" in v for v in values) else None
            # a capaian is a percentage even when printed without its sign ('capaian 10096')
            readings = [parse_measure(v.strip(" ,"), "%" if k == 2 else expect) if v else None
                        for k, v in enumerate(values)]
            if readings[0] is None or readings[1] is None:
                continue
            rows.append(MeasureRow(
                indicator_raw=match.group("name").strip(" ,"),
                source=Source(line=line.number, page=line.page, raw=match.group(0), table="sentence"),
                target=readings[0], realisation=readings[1], achievement=readings[2],
                has_realisation_column=True, has_achievement_column=readings[2] is not None,
                from_sentence=True))
    return rows
