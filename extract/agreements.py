"""Signed Perjanjian Kinerja: which target tables are the agreement itself.

A report states its targets several times: in Bab II's summary, in the IKU
and Rencana Aksi, and in the signed agreement (Perjanjian Kinerja) bound in
as a lampiran. When the statements disagree (Bab II '85 %', the signed
lampiran '90%'), the signed agreement is the commitment the report is
measured against. An agreement opens with the signatory's pledge ('... berjanji
akan mewujudkan target kinerja yang seharusnya sesuai lampiran ...'), then the
signatures, then its table; OCR mangles the words ('mewwudkan terget
Kinerja'), so the pledge is matched by its shape.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extract.doc_text import DocText
from extract.model import Line
from extract.records import MeasureRow

PLEDGE_RE = re.compile(r"\bakan\s+mew\w+\s+t[ae]r[gq]\w*\s+kin\w*", re.I)
AGREEMENT_REACH = 40  # lines from the pledge (signatures, names, NIPs, the title) to the table's start


def pledge_lines(lines: Iterable[Line], doc: DocText | None = None) -> list[int]:
    """Line numbers of agreement pledges, in order.

    Only lines holding 'mew' (which every pledge does) are searched: `doc`
    finds them in one pass over the text.
    """
    doc = doc or DocText(list(lines))
    return [doc.lines[i].number for i in doc.lines_with("mew") if PLEDGE_RE.search(doc.texts[i])]


def mark_signed(rows: Sequence[MeasureRow], pledges: list[int]) -> None:
    """Set `signed` on rows of a table that starts within reach after a pledge."""
    for row in rows:
        row.signed = in_agreement(row, pledges)


# An agreement's title names its year: 'PERJANJIAN KINERJA TAHUN 2023', 'Perjanjian Kinerja (PK) 2023'
AGREEMENT_YEAR_RE = re.compile(r"\bperjanjian\s+kinerja\b\W{0,3}(?:\(?pk\)?\W{0,3})?(?:tahun\W{0,3}|ta\W{0,3})?"
                               r"((?:19|20)\d\d)\b", re.I)
TITLE_REACH = 20  # lines above a pledge where its agreement's title stands (the letterhead, the title)


def agreement_year(doc: DocText, index: int) -> int | None:
    """The year the agreement around the pledge at line index `index` names, or None.

    The title nearest above the pledge (within `TITLE_REACH`), else the first
    one below it before its table (the lampiran page repeats it).
    """
    texts = doc.texts
    above = range(index, max(-1, index - TITLE_REACH), -1)
    below = range(index + 1, min(len(texts), index + AGREEMENT_REACH))
    for k in (*above, *below):
        text = texts[k]
        if "anjian" in text or "ANJIAN" in text:  # cheap precheck: 'perjanjian' in either case
            m = AGREEMENT_YEAR_RE.search(text)
            if m:
                return int(m.group(1))
    return None


def other_year_pledges(pledges: list[int], doc: DocText, year: int | None) -> list[int]:
    """The pledges (line numbers) of agreements for a year other than the report's.

    A report may bind in the next year's signed Perjanjian Kinerja ('PERJANJIAN
    KINERJA TAHUN 2023' in the 2022 report): its targets are not the report
    year's, so they neither win over the year's own statements nor count as them.
    """
    if year is None or not pledges:
        return []
    lines = doc.lines
    index: dict[int, int] | None = None  # line number -> index, built only if a line is not where its number says
    out = []
    for p in pledges:
        # line p stands at index p - 1 (`Line.number` is 1-based within the whole text, as `LocatedText.line`
        # reads it): one look instead of a dict of every line of the report
        if 0 < p <= len(lines) and lines[p - 1].number == p:
            at: int | None = p - 1
        else:
            if index is None:
                index = {line.number: i for i, line in enumerate(lines)}
            at = index.get(p)
        named = agreement_year(doc, at) if at is not None else None
        if named is not None and named != year:
            out.append(p)
    return out


def in_agreement(row: MeasureRow, pledges: list[int]) -> bool:
    """Whether a row's table starts within reach after one of the pledges."""
    start = row.source.table_line
    return bool(start) and any(0 < start - p <= AGREEMENT_REACH for p in pledges)
