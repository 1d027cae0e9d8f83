"""Grants whose amount received, amount spent and remainder the prose states, as budget rows.

An election office reports the grant it received from a regional budget for a
regional election in words, often only so (a news report, a short account):
'dana hibah yang diterima ... sebesar Rp A. ... dana yang telah digunakan
sebesar Rp R. ... sisa Rp S harus dikembalikan'. No % is printed, so the
budget sentences cannot prove the pair; the remainder can: A - R = S to the
rupiah, S stated as what is left ('sisa') anywhere in the text (often in the
sentence before, when the paragraph itself rounds it: 'sisa Rp 2,5 miliar
lebih'). Only a grant ('hibah') named before its amount counts: a whole year's
pagu with its rest is the document's total, read by the budget sentences.
"""
from __future__ import annotations

import re

from extract.doc_text import DocText
from extract.model import Line
from extract.records import BudgetRow, Source
from extract.sentences import Paragraph, paragraphs
from normalize.numbers import Token, lex_values
from normalize.values import Reading

MIN_AMOUNT = 1_000_000
GRANT_WORDS = ("hibah",)
REMAINDER_WORDS = ("sisa", "selisih")
# a sentence ends at a stop before a capital or an opening quote ('... Rp 9.774.990.800. Terhitung ...')
SENTENCE_BREAK_RE = re.compile(r"[.!?]['\"]?\s+(?=[A-Z'\"])")
GRANT_RE = re.compile(r"\b(?:dana\s+)?hibah\b", re.I)
# what was done with the grant: spent, used, realised
SPENT_RE = re.compile(r"\b(?:digunakan|dipakai|terpakai|dibelanjakan|penggunaan(?:nya)?|realisasi(?:nya)?|terealisasi"
                      r"|direalisasikan|terserap|penyerapan)\b", re.I)
# what is left, named before its amount in its sentence ('sisa anggaran dana hibah sebesar ... tepatnya Rp S')
REMAINDER_RE = re.compile(r"\b(?:sisa|tersisa|selisih)\b", re.I)
NAME_END_RE = re.compile(r"[\s,:;(-]*(?:(?:sebesar|yaitu|adalah|senilai|berjumlah)\s*)?(?:rp\.?\s*)?$", re.I)
MAX_NAME_CHARS = 90


def _amounts(paragraph: Paragraph) -> list[Token]:
    """The paragraph's Rupiah amounts of `MIN_AMOUNT` or more, in order (spans in its text)."""
    return [t for t in lex_values(paragraph.text) if t.kind == "amount" and (t.reading.value or 0) >= MIN_AMOUNT]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding text position `at` starts."""
    return max((m.end() for m in SENTENCE_BREAK_RE.finditer(text, 0, at)), default=0)


def _remainders(lines: list[Line], doc: DocText | None) -> dict[int, Reading]:
    """Amounts the text states as what is left ('sisa ... Rp S'), a remainder word before them in their sentence."""
    found: dict[int, Reading] = {}
    for paragraph in paragraphs(lines, REMAINDER_WORDS, doc):
        text = paragraph.text
        for token in _amounts(paragraph):
            if REMAINDER_RE.search(text, _sentence_start(text, token.start), token.start):
                found.setdefault(round(token.reading.value or 0), token.reading)
    return found


def _grant_name(text: str, start: int, end: int) -> str | None:
    """The grant's words from 'dana hibah' to its amount ('dana hibah dari Provinsi X'), capitalised; None when
    the sentence names no grant before the amount."""
    m = GRANT_RE.search(text, start, end)
    if m is None:
        return None
    name = text[m.start():end]
    name = name[:NAME_END_RE.search(name).start()].strip()
    if not name or len(name) > MAX_NAME_CHARS:
        return None
    return name[0].upper() + name[1:]


def find_grant_remainders(lines: list[Line], doc: DocText | None = None,
                          stated: set[float] | frozenset[float] = frozenset()) -> list[BudgetRow]:
    """Grants stated in prose with what was spent of them, proven by their remainder, as budget rows.

    In a paragraph naming a grant, an amount the grant's words lead (A) and the
    next amount, after a word of spending (R), are a row when A - R is an
    amount the text states as left over. An allocation a table row or another
    reader already `stated` is that row's.
    """
    if doc is not None and not doc.lines_with(*GRANT_WORDS):
        return []
    left: dict[int, Reading] | None = None  # (read only when a pair needs it)
    rows: list[BudgetRow] = []
    for paragraph in paragraphs(lines, GRANT_WORDS, doc):
        text = paragraph.text
        amounts = _amounts(paragraph)
        for alloc, spent in zip(amounts, amounts[1:]):
            a, r = round(alloc.reading.value or 0), round(spent.reading.value or 0)
            if not 0 < r < a or a in stated:
                continue
            opening = _sentence_start(text, alloc.start)
            before = text[opening:alloc.start]
            if SPENT_RE.search(before) or REMAINDER_RE.search(before):
                continue  # the first amount is itself a spending or a rest
            between = text[alloc.end:spent.start]
            if not SPENT_RE.search(between) or REMAINDER_RE.search(between):
                continue
            name = _grant_name(text, opening, alloc.start)
            if name is None:
                continue
            if left is None:
                left = _remainders(lines, doc)
            if a - r not in left:
                continue  # no stated rest proves the pair
            line = paragraph.line_at(alloc.start)
            rows.append(BudgetRow(
                source=Source(line=line.number, page=line.page, raw=f"{alloc.raw.strip()} ... {spent.raw.strip()}",
                              table="sentence"),
                name=name, allocation=alloc.reading, realisation=spent.reading, remainder=left[a - r],
                slot=sum(1 for row in rows if row.source.line == line.number)))
    return rows
