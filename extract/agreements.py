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
        start = row.source.table_line
        row.signed = bool(start) and any(0 < start - p <= AGREEMENT_REACH for p in pledges)
