"""Budget amounts repaired from the same budget line printed cleanly elsewhere in the report.

An LKj states one kegiatan's or output's pagu several times: the realisation
table, the Rencana Kinerja Tahunan's 'Anggaran' column, the budget block of
each Perjanjian Kinerja. A cell OCR damaged in one place ('Rp. 8 (00,000') is
often printed clean in another ('8.000.000' beside the same name). The clean
amount replaces the damaged one only when

- the other row is the same line item: the same code, or (where either lacks
  a code) the same name;
- the damaged text is that amount under an OCR confusion: an unreadable glyph
  standing for one digit (or for none), one digit dropped, or one digit read as
  one it resembles ('5' for '8');
- no other clean statement of the same item gives another amount;
- for a clean but wrong-looking cell, its own row's % = realisasi / pagu x 100
  rejects the printed amount and accepts the other one.

Each change is a `Repair` naming the line that printed the amount.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from extract.records import BudgetRow
from normalize.catalogue import parse_budget_code
from normalize.indicators import key
from normalize.numbers import SEPARATOR, SPLIT
from normalize.repair import _fmt, budget_tolerance, likely_misread
from normalize.values import Reading, Repair

SAME_ITEM_NAME = 90  # fuzz.ratio of two names' keys at or above which they name one line item
MIN_NAME = 12  # letters a name needs to identify a line item on its own ('Layanan' names many)
MIN_DIGITS = 4  # digits the damaged text must show for its shape to be evidence
FIELDS = ("allocation", "realisation")

_PREFIX_RE = re.compile(r"^[\s|]*(?:[Rr][PpFf](?![A-Za-z])\s*[.,]?[\s|]*)*")
_SUFFIX_RE = re.compile(r"(?:[\s|]*(?:[.,]?\s*-+))?[\s|.,]*$")
_SEPARATORS = set(".,: '")
LOOK_ALIKE = "one digit was read as one it resembles"


def amount_shape(raw: str) -> str | None:
    """The printed amount as digits and '?' for each glyph that is neither digit nor separator.

    'Rp. 8 (00,000' -> '8?00000'. None when too few digits survive to say anything.
    """
    body = _SUFFIX_RE.sub("", _PREFIX_RE.sub("", raw, count=1), count=1).strip()
    shape = "".join(ch if ch.isdigit() else "?" for ch in body if ch not in _SEPARATORS)
    return shape if sum(ch.isdigit() for ch in shape) >= MIN_DIGITS else None


def damaged_as(raw: str, value: float) -> str | None:
    """How the damaged text `raw` can be the amount `value` under a known OCR confusion, or None.

    An unreadable glyph is one digit or a speck; otherwise one digit may be
    dropped or doubled, two neighbours swapped, or one read as one of its look-alikes ('5' for '8');
    '74 52 000' for 745.520.000 (two digits lost) is none of these.
    """
    return shape_damaged_as(amount_shape(raw), value)


def shape_damaged_as(shape: str | None, value: float) -> str | None:
    """`damaged_as` on the text's `amount_shape`, worked out once by a caller that asks about many amounts."""
    if shape is None or value <= 0 or value != int(value):
        return None
    digits = str(int(value))
    if "?" in shape:
        pattern = "".join(r"\d?" if ch == "?" else ch for ch in shape)
        return "its unreadable glyphs stand for digits" if re.fullmatch(pattern, digits) else None
    if len(shape) == len(digits) - 1 and any(digits[:k] + digits[k + 1:] == shape for k in range(len(digits))):
        return "one digit was dropped"
    if len(shape) == len(digits) + 1 and any(shape[:k] + shape[k + 1:] == digits for k in range(len(shape))):
        return "one digit was doubled or a speck read as one"
    if any(digits[:k] + digits[k + 1] + digits[k] + digits[k + 2:] == shape for k in range(len(digits) - 1)):
        return "two neighbouring digits were swapped"
    if len(shape) == len(digits) and sum(a != b for a, b in zip(shape, digits)) == 1 \
            and likely_misread(float(shape), value):
        return LOOK_ALIKE
    return None


def peers_of(row: BudgetRow, items: Sequence[BudgetRow], names: dict[int, str | None]) -> list[BudgetRow]:
    """The other rows naming the same budget line as `row`, in order: the same code, or, where either lacks
    one, the same name.

    `names` keeps each row's `item_key` (a name's key is the slowest part of the test and does not change
    while amounts are repaired); the row's own key is looked up once for all the others.
    """
    own: str | None = ""  # "" until looked up (a key is never empty)
    peers = []
    for other in items:
        if other is row:
            continue
        if row.code and other.code:
            if other.code == row.code:
                peers.append(other)
            continue
        if own == "":
            own = item_key(row, names)
        if own is None:
            continue  # too short a name to identify a line item: only a shared code does
        theirs = item_key(other, names)
        if theirs is not None and fuzz.ratio(own, theirs, score_cutoff=SAME_ITEM_NAME) >= SAME_ITEM_NAME:
            peers.append(other)
    return peers


def item_key(row: BudgetRow, names: dict[int, str | None]) -> str | None:
    """The comparison key of the row's name, or None when it has too few letters to identify a line item."""
    found = names.get(id(row), "")
    if found == "":
        k = key(name_of(row))
        found = names[id(row)] = k if len(k.replace(" ", "")) >= MIN_NAME else None
    return found


def name_of(row: BudgetRow) -> str:
    """The row's name, or its code's name in the catalogue (a realisation table may print only the code)."""
    if row.name:
        return row.name
    return (parse_budget_code(row.code).get("name") or "") if row.code else ""


def clean(reading: Reading | None) -> bool:
    """Printed cleanly: trusted, its digits read as they stand (a separator read as another or a space
    between digit groups is no doubt about the digits)."""
    return reading is not None and reading.value is not None and reading.trusted and reading.value > 0 \
        and all(r.rule in (SEPARATOR, SPLIT) for r in reading.repairs)


def fits_row(row: BudgetRow, field: str, value: float) -> bool | None:
    """Whether the row's own % = realisasi / pagu x 100 holds with `value` as its `field`.

    None when the row has no such arithmetic to ask (no %, or its other amount unread or untrusted).
    """
    arithmetic = row_arithmetic(row, field)
    return None if arithmetic is None else holds(arithmetic, field, value)


def row_arithmetic(row: BudgetRow, field: str) -> tuple[float, float, float] | None:
    """The row's other amount, its % and the %'s tolerance: what `fits_row` asks of any `value`, read once
    by a caller trying many values on one row. None when the row has no such arithmetic."""
    pct = row.percent
    other = row.realisation if field == "allocation" else row.allocation
    if pct is None or pct.value is None or not pct.trusted or other is None or other.value is None \
            or not other.trusted:
        return None
    return other.value, pct.value, budget_tolerance(pct)


def holds(arithmetic: tuple[float, float, float], field: str, value: float) -> bool:
    """Whether realisasi / pagu x 100 gives the row's % with `value` as its `field` (see `fits_row`)."""
    other, pct, tolerance = arithmetic
    alloc, real = (value, other) if field == "allocation" else (other, value)
    return alloc > 0 and abs(real / alloc * 100 - pct) <= tolerance


def repair_from_same_item(rows: Sequence[BudgetRow], is_total: Callable[[BudgetRow], bool]) -> None:
    """Replace a damaged pagu or realisasi with the amount the same line item prints cleanly elsewhere.

    Damaged: untrusted as read (an unreadable glyph, malformed groups), or
    clean but contradicted by its own row's %. Totals are left out: each
    table's and each sub-unit's TOTAL sums its own rows.
    """
    items = [r for r in rows if not is_total(r)]
    names: dict[int, str | None] = {}
    for row in items:
        if not row.code and not name_of(row):
            repair_nameless(row, items)
            continue
        peers: list[BudgetRow] | None = None  # the rows naming the same item, found once for both fields
        for field in FIELDS:
            reading: Reading | None = getattr(row, field)
            if reading is None or reading.repairs and reading.trusted:
                continue  # unread, or already settled by other evidence
            if reading.trusted and (not reading.value or fits_row(row, field, reading.value) is not False):
                continue  # a clean cell is damaged only where its row's % rejects it
            if peers is None:
                peers = peers_of(row, items, names)
            statements = [other for other in peers if clean(getattr(other, field))
                          and (row.fiscal_year is None or other.fiscal_year in (None, row.fiscal_year))]
            values = {getattr(other, field).value for other in statements}
            if len(values) != 1:
                continue  # none, or the item's statements disagree: nothing proves one amount
            value = values.pop()
            if value == reading.value:
                continue
            how = damaged_as(reading.raw, value)
            if how is None:
                continue
            if reading.trusted and not (fits_row(row, field, value) and fits_row(row, field, reading.value) is False):
                continue  # a clean cell changes only where its own row's % proves it misread
            if fits_row(row, field, value) is False:
                continue  # the row's own % says otherwise
            other = statements[0]
            label = "pagu" if field == "allocation" else "realisasi"
            evidence = (f"line {other.source.line} prints {label} {getattr(other, field).raw.strip()!r} for the same "
                        f"item ({other.code or name_of(other)}); {reading.raw.strip()!r} is that amount where {how}")
            if reading.trusted:
                evidence += "; this row's % agrees with it, not with the printed amount"
            setattr(row, field, reading.with_value(value, Repair("same_item_elsewhere", reading.raw, _fmt(value),
                                                                 evidence)))


def repair_nameless(row: BudgetRow, items: Sequence[BudgetRow]) -> None:
    """A row of a realisation table whose name and code were not read ('406.516.000 | 400.936.660 | 98.56 %'):
    its own % rejects a clean amount, and the one look-alike digit that makes the % hold gives an amount
    the report prints elsewhere ('406,816,000' in the RKT's Anggaran column). Both proofs together
    repair it; where the other field could be misread the same way, nothing changes.
    """
    fixes = []
    for field in FIELDS:
        reading: Reading | None = getattr(row, field)
        if reading is None or not reading.trusted or reading.repairs or not reading.value:
            continue
        arithmetic = row_arithmetic(row, field)
        if arithmetic is None or holds(arithmetic, field, reading.value):
            continue
        found = {}
        shape = amount_shape(reading.raw)
        for other in items:
            stated = getattr(other, field)
            if other is row or not clean(stated) or stated.value == reading.value or stated.value in found:
                continue
            if holds(arithmetic, field, stated.value) and shape_damaged_as(shape, stated.value) == LOOK_ALIKE:
                found[stated.value] = other
        fixes += [(field, reading, value, other) for value, other in found.items()]
    if len(fixes) != 1:
        return  # none, or more than one reading the report would back: no proof
    field, reading, value, other = fixes[0]
    label = "pagu" if field == "allocation" else "realisasi"
    evidence = (f"this row's % {row.percent.raw.strip()!r} rejects the printed {reading.raw.strip()!r} and holds with "
                f"{_fmt(value)}, one look-alike digit away, which line {other.source.line} prints as {label} "
                f"{getattr(other, field).raw.strip()!r}")
    setattr(row, field, reading.with_value(value, Repair("same_item_elsewhere", reading.raw, _fmt(value), evidence)))
