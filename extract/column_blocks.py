"""Budget tables flattened one column at a time.

OCR of some scans reads a table column by column. The result is a block of
codes, then a block of names, then every pagu, then every realisasi, then
every percentage, each on a line of its own. Nothing but arithmetic says which
pagu, realisasi and % belong together, and a block may hold one value more or
fewer than the others (a program row without a pagu, percentages lost). So
the split between the two amount blocks and the offsets between the blocks
are chosen where the most rows satisfy % = realisasi / pagu x 100. A block
whose arithmetic does not line up is not read at all, rather than guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from itertools import accumulate, compress, count
from operator import not_

from extract.budget_scale import Scale, scale_above, scaled
from extract.doc_text import WORD_RE, DocText
from extract.lines import CODE_RE
from extract.model import Line
from extract.records import BudgetRow, Source
from normalize.numbers import Token, parse_amount, parse_percent
from normalize.repair import BUDGET_TOLERANCE, any_ratio_fit, candidates, ratio_fit
from normalize.values import Reading

RO_RE = re.compile(r"^\s*[oO0]?\d{1,3}\s*$|^\s*[A-Z]?\d{2}\s*$")
SMALL_DECIMAL_RE = re.compile(r"^\d{1,3}[.,]\d{1,2}$")  # '125.06': a percent without its sign
MIN_ROWS = 4
MIN_MATCH_SHARE = 0.3
CAPTION_REACH = 8  # non-blank lines above the codes and names (two a row) searched for a caption's scale


@dataclass(slots=True)
class Cell:
    token: Token
    line: Line


def value_only(line: Line) -> Token | None:
    """The single value of a line that holds nothing else."""
    text = line.text.strip()
    if not text or WORD_RE.search(text) or len(text) > 30:
        return None
    percent = "%" in text or SMALL_DECIMAL_RE.match(text) is not None
    reading = parse_percent(text) if percent else parse_amount(text)
    if reading is None or (reading.value is None and not reading.alternatives):
        return None
    return Token(kind="percent" if percent else "amount", start=0, end=len(text), raw=text, reading=reading)


def is_amount(token: Token) -> bool:
    value = token.reading.value
    return token.kind == "amount" or (value is not None and value >= 1000 and token.reading.unit != "%")


def is_percent(token: Token) -> bool:
    return token.reading.unit == "%" or token.kind == "percent"


def runs(lines: list[Line], doc: DocText | None = None) -> list[list[Cell]]:
    """Runs of consecutive value-only lines (blank lines allowed inside a run).

    A line with a word ends a run; `doc` tells which lines have one, so only
    the lines without are visited, each noting whether a word line came since
    the one before.
    """
    doc = doc or DocText(lines)
    has_word = doc.has_word
    words_before = list(accumulate(has_word, initial=0))  # word lines above each line
    found: list[list[Cell]] = []
    current: list[Cell] = []
    last = 0
    for i in compress(count(), map(not_, has_word)):
        line = lines[i]
        if not line.text.strip():
            continue
        if words_before[i] > words_before[last]:  # a line with a word since the last one visited
            if len(current) >= 2 * MIN_ROWS:
                found.append(current)
            current = []
        last = i
        token = value_only(line)
        if token is not None:
            current.append(Cell(token, line))
    if len(current) >= 2 * MIN_ROWS:
        found.append(current)
    return found


def fits(alloc: Token, real: Token, pct: Token) -> bool:
    return ratio_fit(real.reading, alloc.reading, pct.reading, BUDGET_TOLERANCE) is not None


def align(amounts: list[Cell], percents: list[Cell]) -> tuple[int, int, int, int] | None:
    """Best (split, realisation offset, percent offset, matches) for the blocks.

    Row i pairs amounts[i] (pagu) with amounts[i + shift] (realisasi, shift =
    split + realisation offset) and percents[i + percent offset]; whether it
    fits depends on i, shift and the percent offset only, so the rows that fit
    are counted once per (shift, percent offset) as running totals, and each
    (split, offsets) reads its score off them. Of the splits that score alike,
    the one pairing the most rows with both a realisasi and a % wins: a percent
    block that lost values is shorter than the rows, and splitting where its
    length says would leave the last pagu unread as realisasi of no row (the
    table's last rows, its TOTAL among them, lost). Only then the split
    nearest the number of percentages (a realisasi with no pagu, a program
    row's, stands first in its block).
    """
    n = len(percents)
    best = None
    amount_values = [candidates(c.token.reading) for c in amounts]  # each cell's readings, read once
    percent_values = [candidates(c.token.reading) for c in percents]
    running: dict[tuple[int, int], list[int]] = {}

    def fitting_totals(shift: int, oc: int, stop: int) -> list[int]:
        """Running totals up to `stop`: at k, the rows i < k whose pagu, realisasi (i + shift) and % (i + oc) fit,
        as fits() says (one list per (shift, oc), extended only as far as asked, so each row is tried once)."""
        totals = running.setdefault((shift, oc), [0])
        while len(totals) <= stop:
            i = len(totals) - 1
            fit = (0 <= i + oc < n and 0 <= i + shift < len(amounts)
                   and any_ratio_fit(amount_values[i + shift], amount_values[i], percent_values[i + oc],
                                     BUDGET_TOLERANCE))
            totals.append(totals[-1] + fit)
        return totals

    for split in range(max(MIN_ROWS, n - 3), min(len(amounts) - MIN_ROWS, n + 3) + 1):
        reals = len(amounts) - split
        for ob in range(-2, 3):
            for oc in range(-4, 5):
                # rows i < split whose realisasi (i + ob) and % (i + oc) exist
                lo, hi = max(0, -ob, -oc), min(split, reals - ob, n - oc)
                if hi > lo:  # (the totals up to hi hold those up to lo: one look for both)
                    totals = fitting_totals(split + ob, oc, hi)
                    score = totals[hi] - totals[lo]
                else:
                    score = 0
                key = (score, max(hi - lo, 0), -abs(split - n), -abs(ob) - abs(oc))
                if best is None or key > best[0]:
                    best = (key, split, ob, oc)
    if best is None:
        return None
    (score, *_), split, ob, oc = best
    return split, ob, oc, score


def codes_before(lines: list[Line], first_line: int, count: int) -> list[str | None]:
    """Budget codes standing one per line above the blocks, expanded ('001' after '6709.QGE')."""
    codes: list[str] = []
    for index in range(first_line - 2, max(-1, first_line - 402), -1):
        line = lines[index]
        text = line.text.strip()
        if not text:
            continue
        if not codes and value_only(line) is not None and not RO_RE.match(text):
            break  # the previous block's values: this block has no codes
        if CODE_RE.fullmatch(text) or re.fullmatch(r"\d{4}", text) or RO_RE.match(text):
            codes.append(text)
        elif codes and len(codes) >= count - 2:
            break
    codes.reverse()
    expanded: list[str | None] = []
    prefix = None
    for code in codes:
        if CODE_RE.fullmatch(code) or re.fullmatch(r"\d{4}", code):
            prefix = code
            expanded.append(code)
        else:
            digits = re.sub(r"\D", "", code.replace("o", "0").replace("O", "0")).zfill(3)
            expanded.append(f"{prefix.split('.')[0]}.{prefix.split('.')[1]}.{digits}" if prefix and "." in prefix else None)
    return expanded if len(expanded) == count else [None] * count


def interleaved(run: list[Cell], amounts: list[Cell], percents: list[Cell]) -> bool:
    """Whether a percentage comes before the last amount of the run (by `run.index`, the first equal cell)."""
    if len({c.line.number for c in run}) == len(run):
        # cells of distinct lines are all unequal: each one's own place is its index, found without comparing
        place = {id(c): k for k, c in enumerate(run)}
        last_amount = max(place[id(c)] for c in amounts)
        return any(place[id(p)] < last_amount for p in percents)
    last_amount = max(run.index(c) for c in amounts)
    return any(run.index(p) < last_amount for p in percents)


def in_rupiah(reading: Reading, scale: Scale | None) -> Reading:
    """An amount in whole Rupiah: multiplied by its table's scale (recorded as a repair), else as printed."""
    return (scaled(reading, scale) if scale is not None else None) or reading


def find_column_blocks(lines: list[Line], ocr: bool = False, doc: DocText | None = None) -> list[BudgetRow]:
    """Budget rows of tables flattened into blocks of pagu, realisasi and %."""
    rows: list[BudgetRow] = []
    texts: list[str] = []
    for run in runs(lines, doc):
        amounts = [c for c in run if is_amount(c.token) and not is_percent(c.token)]
        percents = [c for c in run if is_percent(c.token)]
        if len(percents) < MIN_ROWS or len(amounts) < 2 * MIN_ROWS:
            continue
        if interleaved(run, amounts, percents):
            continue  # not blocks: values interleaved row by row
        found = align(amounts, percents)
        if found is None:
            continue
        split, ob, oc, score = found
        allocs, reals = amounts[:split], amounts[split:]
        if score < max(3, MIN_MATCH_SHARE * len(allocs)):
            continue
        texts = texts or [line.text for line in lines]  # (only once a block is read: for its caption)
        codes = codes_before(lines, allocs[0].line.number, len(allocs))
        # a caption above the codes and names ('(dalam ribuan rupiah)'): each amount in whole Rupiah, as a table's
        scale = scale_above(texts, allocs[0].line.number - 1, CAPTION_REACH + 2 * len(allocs)) if texts else None
        for i, cell in enumerate(allocs):
            real = reals[i + ob] if 0 <= i + ob < len(reals) else None
            pct = percents[i + oc] if 0 <= i + oc < len(percents) else None
            raw = " | ".join(c.token.raw for c in (cell, real, pct) if c is not None)
            rows.append(BudgetRow(
                source=Source(line=cell.line.number, page=cell.line.page, raw=raw,
                              table="column blocks", ocr=ocr),
                code=codes[i], allocation=in_rupiah(cell.token.reading, scale),
                realisation=in_rupiah(real.token.reading, scale) if real else None,
                percent=pct.token.reading if pct else None,
                notes=[f"column blocks aligned by arithmetic: {score} of {len(allocs)} rows check"],
                cell_lines=tuple(c.line.number for c in (cell, real, pct) if c is not None)))
    return rows


def without_block_cells(budgets: list[BudgetRow]) -> list[BudgetRow]:
    """Budget rows, less any other reader's row standing on a cell line a column-block row read.

    A table printed one column at a time shows the table reader its amount
    block as lines of bare values; where two equal amounts follow each other
    ('3.108.338.950' / '3.108.338.950', a kegiatan and its only output) it pairs
    them into a row of its own. Those lines are cells of rows the blocks
    already paired by arithmetic, so a row on one of them reads nothing new.
    """
    cells = {n for row in budgets for n in row.cell_lines}
    if not cells:
        return budgets
    return [row for row in budgets if row.cell_lines or row.source.line not in cells]
