"""Budget rows repaired from their table's total: the children must add up to it.

A budget block ends in a TOTAL row; its rows above add up to it. When they do
not, and exactly one amount can be read another way that makes the sum hold,
that reading is what was printed: one digit misread ('1.135.576.000' for
2.125.576.000 shows two), or the very amount the report prints elsewhere for
a row of the same name. When the total itself is one digit from the sum,
it may be the misread one, so nothing changes; nor when more than one row
could explain the gap. Authors' own sums that do not add up stay as
printed: only an amount with evidence of OCR damage changes, and a total
its rows nearly (within `NEAR_SUM`) but not exactly add up to is flagged
for review. A larger gap is a hierarchy (program rows above their kegiatan),
not an inconsistency.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from extract.records import BudgetRow
from normalize.indicators import key
from normalize.repair import settle_all
from normalize.values import Reading

BLOCK_GAP = 6  # lines between rows of one block; a longer gap ends it
SAME_NAME = 85  # token_sort_ratio at or above which two budget names are one line item
NEAR_SUM = 0.2  # a block whose rows miss its total by at most this share is flagged when unrepaired


def digits_apart(a: float, b: float) -> int | None:
    """How many digits two whole amounts differ in, written alike; None when their lengths differ."""
    x, y = f"{int(round(a))}", f"{int(round(b))}"
    return sum(p != q for p, q in zip(x, y)) if len(x) == len(y) else None


def blocks(rows: Sequence[BudgetRow], is_total: Callable[[BudgetRow], bool]) -> list[tuple[list[BudgetRow], BudgetRow]]:
    """(children, total) for each total row: the rows just above it, line after line.

    Whichever reader took a row (a table, a Rupiah line), rows a few lines
    apart are one block; a total or a longer gap ends it.
    """
    ordered = sorted(rows, key=lambda r: r.source.line)
    found = []
    for i, row in enumerate(ordered):
        if not is_total(row):
            continue
        children: list[BudgetRow] = []
        last = row.source.line
        for above in reversed(ordered[:i]):
            if is_total(above) or last - above.source.line > BLOCK_GAP:
                break
            children.insert(0, above)
            last = above.source.line
        if len(children) >= 2:
            found.append((children, row))
    return found


def printed_elsewhere(rows: Sequence[BudgetRow], row: BudgetRow, field: str, value: float) -> BudgetRow | None:
    """Another row of the same name that prints this amount."""
    name = key(row.name or "")
    for other in rows:
        reading = getattr(other, field)
        if other is not row and reading is not None and reading.trusted and reading.value == value and name and \
                fuzz.token_sort_ratio(key(other.name or ""), name) >= SAME_NAME:
            return other
    return None


def repair_from_totals(rows: Sequence[BudgetRow], is_total: Callable[[BudgetRow], bool]) -> None:
    """Repair the one child amount per block whose other reading makes the block add up to its total."""
    for children, total in blocks(rows, is_total):
        for field in ("allocation", "realisation"):
            whole: Reading | None = getattr(total, field)
            parts: list[Reading | None] = [getattr(c, field) for c in children]
            if whole is None or whole.value is None or any(p is None or p.value is None for p in parts):
                continue
            gap = whole.value - sum(p.value for p in parts)
            if gap == 0:
                continue
            fixes = []
            for child, part in zip(children, parts):
                wanted = part.value + gap
                if wanted <= 0:
                    continue
                apart = digits_apart(part.value, wanted)
                elsewhere = printed_elsewhere(rows, child, field, wanted)
                if apart == 1 or (apart is not None and elsewhere is not None):
                    fixes.append((child, part, wanted, elsewhere))
            if len(fixes) != 1 or digits_apart(whole.value, whole.value - gap) == 1:
                # no reading, several, or the total itself may be the misread one: kept as printed
                if abs(gap) <= NEAR_SUM * whole.value:  # a flat block that nearly adds up, not a hierarchy
                    setattr(total, field, whole.flagged(
                        f"the {len(children)} rows above (lines {children[0].source.line}-"
                        f"{children[-1].source.line}) add up to {whole.value - gap:,.0f}, not {whole.value:,.0f}"))
                continue
            child, part, wanted, elsewhere = fixes[0]
            others = " + ".join(f"{p.value:,.0f}" for c, p in zip(children, parts) if c is not child)
            evidence = (f"total {whole.raw!r} (line {total.source.line}) - {others} = {wanted:,.0f}; the printed "
                        f"{part.raw!r} differs in {digits_apart(part.value, wanted)} digit(s)")
            if elsewhere is not None:
                evidence += f", and line {elsewhere.source.line} prints {wanted:,.0f} for the same item"
            settle_all(child, {field: (part, wanted)}, "sum_to_total", evidence)
