"""The columns of a table row whose OCR ran its cells together.

Tesseract reads a bordered table line by line across every column: the first
line of a row keeps some borders as '|' ('3| Terwujudnya system | Persentase
KPU kabupaten | 90% Jumlah target kinerja'), while the lines that wrap each
cell run the columns' words together ('administrasi penyelenggaraan | yang
target Kinerjanya yang tercapai dibagi'). Joining those lines whole mixes the
sasaran, the indicator and the formula into one unreadable name.

The first line's cells give each text column's width in characters; each
wrapped line is cut at those widths (a border it kept wins over the width), so
the indicator column can be read apart from the columns beside it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extract.lines import STRAY_MARKS, LineView

ROW_NUMBER_RE = re.compile(r"^\W*(?:\d{1,2}|[ivxl1]{1,4})\W*$", re.I)
WORD_RE = re.compile(r"\S+")
MIN_COLUMN_CHARS = 6  # narrower first-line cells are marks or stray borders, not text columns


def anchor_columns(view: LineView) -> tuple[list[int], int] | None:
    """Widths of the text columns of a row's first line, and the index of the indicator column.

    The line must keep at least two text cells before the cell holding the
    first value (sasaran and indicator); text after that value is one more
    column (a formula or remark).
    """
    if not view.delimited:
        return None
    value_at = next((k for k, c in enumerate(view.cells) if c.values or c.inner), None)
    if value_at is None:
        return None
    texts = [c.text for c in view.cells[:value_at] if c.text and not ROW_NUMBER_RE.match(c.text)]
    if len(texts) < 2 or any(len(t) < MIN_COLUMN_CHARS for t in texts):
        return None
    widths = [len(" ".join(t.split())) for t in texts]
    value_cell = view.cells[value_at]
    tokens = value_cell.values or value_cell.inner
    after = value_cell.raw[tokens[-1].end:].strip() if tokens else ""
    if len(after) >= MIN_COLUMN_CHARS and not value_cell.values:
        widths.append(len(" ".join(after.split())))
    return widths, len(texts) - 1


def split_line(text: str, widths: Sequence[int]) -> list[str]:
    """Cut a run-together line into columns of the given widths, honouring kept '|' borders."""
    flat = " ".join(text.replace("|", " | ").split())
    bounds = []
    edge = 0
    for width in widths[:-1]:
        edge += width + 1
        bounds.append(edge)
    pipes = [m.start() for m in re.finditer(r"\|", flat)]
    for p in pipes:  # a kept border moves the nearest column edge onto itself
        if bounds:
            k = min(range(len(bounds)), key=lambda j: abs(bounds[j] - p))
            if abs(bounds[k] - p) <= widths[k] // 2 + 2:
                shift = p - bounds[k]
                bounds = bounds[:k] + [b + shift for b in bounds[k:]]
    columns: list[list[str]] = [[] for _ in widths]
    for match in WORD_RE.finditer(flat):
        word = match.group()
        if word == "|":
            continue
        middle = (match.start() + match.end()) / 2
        k = sum(1 for b in bounds if middle >= b)
        columns[k].append(word)
    return [" ".join(words) for words in columns]


def indicator_column(views: Sequence[LineView], value_line: int) -> str | None:
    """The indicator column's text over a row's lines, or None when the row is not run together."""
    anchor = next((v for v in views if v.line.number == value_line), None)
    if anchor is None:
        return None
    found = anchor_columns(anchor)
    if found is None:
        return None
    widths, at = found
    parts: list[str] = []
    own = ""
    wrapped: list[str] = []  # the wrapped lines whole, in case the cut gives the name none of them
    for view in views:
        if view is anchor:
            cells = [c.text for c in view.cells if c.text and not ROW_NUMBER_RE.match(c.text)]
            own = " ".join(cells[at].split())
            parts.append(own)
        else:
            text = view.line.text.strip()
            parts.append(split_line(text, widths)[at])
            core = text.strip(STRAY_MARKS)  # a '|' at the line's edge is a mark a scan read, no border inside it
            if "|" not in core:
                wrapped.append(" ".join(core.split()))
    if parts == [own] + [""] * (len(parts) - 1) and wrapped and len(own.split()) < MIN_NAME_WORDS \
            and "|" in anchor.line.text:
        # 'Tersusunnya Dokumen | 1 Layanan' over 'Pemutakhiran Data Pemilih': a scanned name cut short on the first
        # line whose wrapped line the widths gave wholly to the columns before it (empty on that line). (Not in
        # space-aligned text, whose wrapped cells keep their offsets: 'predikat' over 'NTB' is a unit's cell.)
        return " ".join([own, *wrapped])
    return " ".join(p for p in parts if p).strip() or None


MIN_NAME_WORDS = 3  # fewer words than an indicator's name has: its first line only
