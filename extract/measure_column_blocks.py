"""Target / Realisasi / Capaian tables whose text came out one cell per line, names apart from their values.

The text layer of some PDFs prints a measure table a column at a time: the
rows' names first (one per line, or numbered and run together on one line
with the Sasaran cell's words between them), then the header's labels one per
line, then the value cells one per line, a row's three cells in turn
('80 %' / '79.9 %' / '99.8'), or a few rows' cells side by side, a line per
column ('95 % 90%' / '100% 97 %' / '105 107'). No row line holds a name and
its values, so the table reader finds nothing.

Cells are paired with names only on evidence: a 'Target / Realisasi /
Capaian' (or '%') header labels the cells in that order, every row's capaian
is its realisasi over its target (`proven_rows.capaian_fits`), and the rows
read are exactly as many as the names above the header. A block the
arithmetic reads two ways, or whose rows do not number the names, gives
nothing; so do page numbers and footers, which stand under no such header.
"""
from __future__ import annotations

import re
from collections.abc import Container, Sequence

from extract.doc_text import DocText
from extract.model import Line
from extract.proven_rows import ITEM_MARK_RE, capaian_fits
from extract.records import MeasureRow, Source
from extract.tables import INDICATOR_START_RE
from normalize.numbers import parse_measure

# a header line of column labels only ('TARGET', 'REALISASI', '%', 'Target Realisasi Capaian (%)')
LABEL_LINE_RE = re.compile(r"\s*(?:(?:target|realisasi|capaian|%|\(%\))\s*)+", re.I)
# the labels of a run of such lines, in the order that names the three columns
LABELS_RE = re.compile(r"target realisasi (?:capaian|%|\(%\))(?: %| \(%\))?", re.I)
# a line of value cells only ('80 %', '95 % 90%', '105 107'), and one cell of it
VALUE_LINE_RE = re.compile(r"\s*(?:\d[\d.,]*\s*%?\s*)+")
CELL_RE = re.compile(r"\d[\d.,]*(?:\s*%)?")
# an item number opening a name inside a run-together line ('... yang 2. Jumlah Perkara ...')
ITEM_RE = re.compile(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s+(?=[A-Za-z(])")
NAME_ZONE = 12  # lines above the header the names may stand on
MAX_LABEL_LINES = 5  # 'TARGET' / 'REALISASI' / 'CAPAIAN' / '%' and one more

Cells = tuple[str, str, str]


def find_measure_column_blocks(lines: Sequence[Line], doc: DocText, taken: Container[int],
                               ocr: bool = False) -> list[MeasureRow]:
    """Rows of measure tables printed one cell per line under a Target / Realisasi / Capaian header, named by
    the names above the header; lines in `taken` (read by another reader) are left alone."""
    rows: list[MeasureRow] = []
    done = -1  # the last header line looked at: a header of several lines is read once
    for i in doc.lines_with("realisasi"):  # (a document without the word leaves here)
        if i <= done or not LABEL_LINE_RE.fullmatch(lines[i].text):
            continue
        first, last = label_run(lines, i)
        done = last
        labels = " ".join(" ".join(lines[k].text.split()) for k in range(first, last + 1))
        if not LABELS_RE.fullmatch(labels):
            continue
        block = value_block(lines, last + 1, taken)
        cells = read_block(block)
        if not cells:
            continue
        names = names_above(lines, first, len(cells), taken)
        if names is None:
            continue
        for name, (line, triple) in zip(names, cells):
            target, result, capaian = (parse_measure(cell) for cell in triple)
            rows.append(MeasureRow(indicator_raw=name, target=target, realisation=result, achievement=capaian,
                                   source=Source(line=line.number, page=line.page, raw=" | ".join(triple),
                                                 table=labels, ocr=ocr, table_line=lines[first].number),
                                   has_realisation_column=True, has_achievement_column=True,
                                   notes=["one cell per line: paired with the names above the header because "
                                          "each row's capaian is its realisasi over its target"]))
    return rows


def label_run(lines: Sequence[Line], i: int) -> tuple[int, int]:
    """The first and last index of the run of label-only lines around line i."""
    first = last = i
    while first > 0 and i - first < MAX_LABEL_LINES and LABEL_LINE_RE.fullmatch(lines[first - 1].text):
        first -= 1
    while last + 1 < len(lines) and last - first < MAX_LABEL_LINES and LABEL_LINE_RE.fullmatch(lines[last + 1].text):
        last += 1
    return first, last


def value_block(lines: Sequence[Line], start: int, taken: Container[int]) -> list[tuple[Line, list[str]]]:
    """The lines of value cells from `start` on, each with its cells, up to the first other line."""
    block = []
    for line in lines[start:]:
        if line.number in taken or not VALUE_LINE_RE.fullmatch(line.text):
            break
        block.append((line, CELL_RE.findall(line.text)))
    return block


def proven(triple: Cells) -> bool:
    """Whether the third cell is the second over the first x 100 (capaian = realisasi / target)."""
    return capaian_fits([parse_measure(cell) for cell in triple], triple[2])


def read_block(block: list[tuple[Line, list[str]]]) -> list[tuple[Line, Cells]]:
    """Each row's line and (target, realisasi, capaian) cells, when the arithmetic reads the block one way.

    A block of lone cells is a row's three cells in turn, or every target, then every realisasi, then every
    capaian; other lines are a row (three cells) or, three lines of as many cells, a column per line for
    that many rows. Reading stops at the first line no reading proves (a page number under the table)."""
    if not block:
        return []
    if all(len(cells) == 1 for _, cells in block) and len(block) % 3 == 0:
        n = len(block) // 3
        flat = [cells[0] for _, cells in block]
        by_row = [(block[3 * k][0], (flat[3 * k], flat[3 * k + 1], flat[3 * k + 2])) for k in range(n)]
        by_column = [(block[k][0], (flat[k], flat[n + k], flat[2 * n + k])) for k in range(n)]
        row_ok = all(proven(t) for _, t in by_row)
        column_ok = all(proven(t) for _, t in by_column)
        if row_ok and column_ok and [t for _, t in by_row] != [t for _, t in by_column]:
            return []  # two readings, both proven: no telling which
        if column_ok:
            return by_column
        if row_ok:
            return by_row
    rows: list[tuple[Line, Cells]] = []
    p = 0
    while p < len(block):
        line, cells = block[p]
        if len(cells) == 3 and proven((cells[0], cells[1], cells[2])):
            rows.append((line, (cells[0], cells[1], cells[2])))
            p += 1
            continue
        width = len(cells)
        if p + 2 < len(block) and len(block[p + 1][1]) == width == len(block[p + 2][1]):
            triples = [(cells[k], block[p + 1][1][k], block[p + 2][1][k]) for k in range(width)]
            if all(proven(t) for t in triples):
                rows += [(line, t) for t in triples]
                p += 3
                continue
        break
    return rows


def names_above(lines: Sequence[Line], header: int, count: int, taken: Container[int]) -> list[str] | None:
    """The `count` names on the lines above the header at index `header`: numbered 1 to `count` (one a line or
    run together), else `count` lines each opening with a measure word; None when they are not that many."""
    zone: list[str] = []
    k = header - 1
    while k >= 0 and len(zone) < NAME_ZONE:
        text = lines[k].text.strip()
        if lines[k].number in taken or VALUE_LINE_RE.fullmatch(text) or text.endswith(":") or (not text and zone):
            break
        if text:
            zone.insert(0, text)
        k -= 1
    return numbered_names(" ".join(zone), count) or measure_names(zone, count)


def numbered_names(text: str, count: int) -> list[str] | None:
    """The names numbered 1 to `count` in `text`, from the last '1.' that opens such a run."""
    marks = list(ITEM_RE.finditer(text))
    for s in reversed(range(len(marks))):
        if marks[s].group(1) != "1":
            continue
        run = [marks[s]]
        for mark in marks[s + 1:]:
            if int(mark.group(1)) == len(run) + 1:
                run.append(mark)
        if len(run) != count:
            continue
        ends = [m.start() for m in run[1:]] + [len(text)]
        names = [" ".join(text[m.end():end].split()).rstrip(" .;") for m, end in zip(run, ends)]
        if all(INDICATOR_START_RE.match(name) for name in names):
            return names
    return None


def measure_names(zone: list[str], count: int) -> list[str] | None:
    """`count` names, each from a line opening with a measure word over the lines up to the next such line."""
    names: list[list[str]] = []
    for text in zone:
        opening = ITEM_MARK_RE.match(text)
        rest = text[opening.end():] if opening else text
        if INDICATOR_START_RE.match(rest):
            names.append([rest])
        elif names:
            names[-1].append(text)
    if len(names) != count:
        return None
    return [" ".join(" ".join(parts).split()) for parts in names]
