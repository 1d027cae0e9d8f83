"""Short budget codes in a Kode column, written out under the parent code printed above them.

A RKA-K/L style table prints each level's own part only: '076.01' (the
office), then 'WA' (program 076.01.WA), '3355' (kegiatan), 'EBA' (its KRO)
and '994' (the output). The gold and the catalogue name a row by its whole
code ('076.01.WA', '6709.EBA', '6709.EBA.994'), so a short code is written
out from the nearest parent code printed above it in the same table. A short
code with no such parent stays as printed.
"""
from __future__ import annotations

import re

from extract.headers import Header
from extract.records import BudgetRow
from extract.tables import RowDraft

# the part of a code a Kode cell may hold alone: office ('076.01'), program ('WA'), KRO ('EBA'), output ('994')
SHORT_CODE_RE = re.compile(r"^(\d{3}\.\d{2}|[A-Z]{2}|[A-Z]{3}|\d{3})$")
SHORT_CODE_OPENING_RE = re.compile(r"^(\d{3}\.\d{2}|[A-Z]{2,3}|\d{3})\s+(?=[A-Z][a-z])")  # 'WA Program ...'
PROGRAM_RE = re.compile(r"^\d{3}\.\d{2}\.(?:[A-Z]{2}|\d{2})$")
KEGIATAN_RE = re.compile(r"^(\d{4})(?:\.([A-Z]{3})(?:\.\d{3})?|\.\d{3})?$")


def code_column(header: Header) -> int | None:
    """The cell index of the header's 'Kode' column, if it has one."""
    return next((k for k, word in header.label_cells.items() if word == "kode"), None)


def printed_short_code(row: RowDraft, column: int | None) -> str | None:
    """A short code standing alone in the row's Kode cell ('WA', 'EBA', '994'), or opening its undelimited text."""
    view = next((v for v in row.views if v.line.number == row.value_line), None)
    if view is None:
        return None
    if view.delimited:
        cell = next((c for c in view.cells if c.index == column), None) if column is not None else None
        raw = cell.raw.strip() if cell is not None else ""
        return raw if SHORT_CODE_RE.match(raw) else None
    opening = SHORT_CODE_OPENING_RE.match(row.text)
    if opening:
        return opening.group(1)
    # flattened one cell per line: an output code ('994') on a line of its own above the row's name
    if not row.views or row.views[0] is view:
        return None
    first = row.views[0].line.text.strip()
    return first if SHORT_CODE_RE.match(first) else None


class CodePath:
    """The codes printed so far in a table: the office, program, kegiatan and KRO a short code belongs under."""

    def __init__(self) -> None:
        self.office: str | None = None
        self.kegiatan: str | None = None
        self.kro: str | None = None

    def saw_full(self, code: str) -> None:
        """A whole code printed: it is the parent of the short codes under it."""
        if PROGRAM_RE.match(code):
            self.office, self.kegiatan, self.kro = code[:6], None, None
        elif (kegiatan := KEGIATAN_RE.match(code)) is not None:
            self.kegiatan = kegiatan.group(1)
            self.kro = f"{kegiatan.group(1)}.{kegiatan.group(2)}" if kegiatan.group(2) else None

    def written_out(self, short: str) -> str:
        """The short code under its parent, or as printed when no parent stands above it."""
        if "." in short:  # the office itself ('076.01')
            self.office, self.kegiatan, self.kro = short, None, None
            return short
        if short.isalpha() and len(short) == 2:
            if self.office is None:
                return short
            self.kegiatan = self.kro = None
            return f"{self.office}.{short}"
        if short.isalpha():
            if self.kegiatan is None:
                return short
            self.kro = f"{self.kegiatan}.{short}"
            return self.kro
        parent = self.kro or self.kegiatan
        return f"{parent}.{short}" if parent else short


def with_full_codes(rows: list[tuple[RowDraft, BudgetRow | None]], header: Header) -> None:
    """Write out each budget row's short Kode cell under the code printed above it (in place)."""
    column = code_column(header)
    if column is None:
        return
    path = CodePath()
    for row, budget in rows:
        if row.codes:
            path.saw_full(row.codes[0])
            continue
        short = printed_short_code(row, column)
        if short is None:
            continue
        code = path.written_out(short)
        if budget is not None and (budget.code is None or code != short):  # (over a code taken from the caption)
            budget.code = code
            if budget.name and budget.name.startswith(short + " "):
                budget.name = budget.name[len(short) + 1:]
