"""Budget rows repaired from their table's total: the children must add up to it.

A budget block ends in a TOTAL row; its rows above add up to it. When they do
not, and exactly one amount can be read another way that makes the sum hold,
that reading is what was printed: one digit misread ('1.135.576.000' for
2.125.576.000 shows two), the very amount the report prints elsewhere for
a row of the same name, or the amount a text that shows its damage is under
one OCR confusion ('28K 312000', read 28.312.000, is 288.312.000 with its
glyph a digit). When the total itself is one digit from the sum,
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
from normalize.catalogue import parse_budget_code
from normalize.indicators import key
from normalize.repair import (CONFUSED_DIGITS, amount_digit_fixes, budget_ratio, budget_tolerance, repair_budget,
                              settle_all)
from normalize.same_line import amount_shape, clean, damaged_as
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


def shows_damage_of(part: Reading, wanted: float) -> bool:
    """Whether an amount whose text shows damage ('28K 312000': a glyph, or digit groups that cannot stand) is
    `wanted` under one OCR confusion: its glyphs standing for digits, or one digit dropped, doubled or swapped.

    Such a text read as it stands lost a place ('28K 312000' reads 28.312.000): no one-digit change of that
    reading gives the amount the block's total leaves, but its shape does. A cleanly printed amount is
    never taken for a damaged one this way.
    """
    return not part.trusted and wanted == int(wanted) and damaged_as(part.raw, wanted) is not None


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
                if wanted <= 0 or percent_confirms(child):
                    continue
                apart = digits_apart(part.value, wanted)
                elsewhere = printed_elsewhere(rows, child, field, wanted)
                if apart == 1 or (apart is not None and elsewhere is not None) or shows_damage_of(part, wanted):
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
            apart = digits_apart(part.value, wanted)
            how = f"differs in {apart} digit(s)" if apart is not None else f"is it where {damaged_as(part.raw, wanted)}"
            evidence = f"total {whole.raw!r} (line {total.source.line}) - {others} = {wanted:,.0f}; the printed {part.raw!r} {how}"
            if elsewhere is not None:
                evidence += f", and line {elsewhere.source.line} prints {wanted:,.0f} for the same item"
            settle_all(child, {field: (part, wanted)}, "sum_to_total", evidence)


def percent_confirms(row: BudgetRow) -> bool:
    """Whether a row prints a % that its printed realisasi / pagu gives: its amounts stand as printed.

    OCR damage to one amount leaves the row's % disagreeing with it; when the % agrees, a block that does not
    add up has its total misprinted (the author's slip), and the row is not the one to change.
    """
    pct = row.percent
    return pct is not None and pct.value is not None and own_percent_agrees(row)


def own_percent_agrees(row: BudgetRow) -> bool:
    """Whether a row's realisasi / pagu is its printed %: then its amounts are not the misread ones."""
    computed = budget_ratio(row)
    return computed is not None and abs(computed - row.percent.value) <= budget_tolerance(row.percent)


def parent_blocks(rows: Sequence[BudgetRow]) -> list[tuple[BudgetRow, list[BudgetRow]]]:
    """(parent, children): a row and the rows right under it whose pagu add up to exactly its pagu.

    A realisation table lists each kegiatan above its outputs, with no name
    saying which is which; when two or more rows below add up to a row's pagu
    to the rupiah, they are its outputs.
    """
    ordered = sorted(rows, key=lambda r: r.source.line)
    found = []
    for i, parent in enumerate(ordered):
        whole = parent.allocation
        if whole is None or whole.value is None or not whole.trusted or whole.value <= 0:
            continue
        children: list[BudgetRow] = []
        total, last = 0.0, parent.source.line
        for row in ordered[i + 1:]:
            part = row.allocation
            if row.source.line - last > BLOCK_GAP or part is None or part.value is None or not part.trusted:
                break
            children.append(row)
            total += part.value
            last = row.source.line
            if total >= whole.value:
                break
        if total == whole.value and len(children) >= 2:
            found.append((parent, children))
    return found


CHILDREN_SLACK = 1e-6  # share of a parent's realisasi its outputs may miss it by (an author's rupiah)


def repair_from_children(rows: Sequence[BudgetRow]) -> None:
    """Settle a realisasi with its kegiatan's outputs: they add up to it, as their pagu do.

    The parent's realisasi is repaired when the outputs' sum is what its own
    printed % says and the printed amount is not ('19562510' of 35.147.000 is
    55,66%; the outputs add up to 19.902.510, which is the printed 56,63%).
    An output's realisasi is repaired when it is one digit from the value that
    closes the gap and its own % does not already confirm it, or when of its
    two one-digit readings that fit its own % only one makes the outputs add
    up (to within `CHILDREN_SLACK`).
    """
    for parent, children in parent_blocks(rows):
        whole = parent.realisation
        parts = [c.realisation for c in children]
        if whole is None or whole.value is None or any(p is None or p.value is None for p in parts):
            continue
        total = sum(p.value for p in parts)
        gap = whole.value - total
        if abs(gap) <= CHILDREN_SLACK * max(whole.value, 1):
            continue
        lines = f"lines {children[0].source.line}-{children[-1].source.line}"
        alloc, pct = parent.allocation.value, parent.percent
        if pct is not None and pct.value is not None and whole.trusted:
            fits_sum = abs(total / alloc * 100 - pct.value) <= budget_tolerance(pct)
            fits_printed = abs(whole.value / alloc * 100 - pct.value) <= budget_tolerance(pct)
            if fits_sum and not fits_printed:
                settle_all(parent, {"realisation": (whole, total)}, "sum_of_children",
                           f"the outputs under it ({lines}) add up to {total:,.0f}, and "
                           f"{total:,.0f} / pagu {alloc:,.0f} x 100 is the printed {pct.raw.strip()!r}")
                continue
        fixes = []
        for child, part in zip(children, parts):
            wanted = part.value + gap
            if glyph_closes_gap(child, part, wanted):
                fixes.append((child, part, wanted, GLYPH_FIX))
            elif part.trusted and wanted > 0 and digits_apart(part.value, wanted) == 1 and not own_percent_agrees(child):
                fixes.append((child, part, wanted, "is one digit from it"))
            elif part.trusted and child.percent is not None and not child.percent.trusted and child.allocation:
                # left ambiguous by its own arithmetic: the % or the amount was misread (`repair_budget`)
                for field, value, _ in amount_digit_fixes(child.allocation, part, child.percent.as_trusted()):
                    if field == "realisation" and abs(gap + part.value - value) <= CHILDREN_SLACK * whole.value:
                        fixes.append((child, part, value, "fits its own % too"))
        fixes = [f for f in fixes if f[3] == GLYPH_FIX] or fixes  # a printed glyph outweighs clean digits' one-offs
        if len(fixes) != 1 or (digits_apart(whole.value, whole.value - gap) == 1 and not own_percent_agrees(parent)
                               and fixes[0][3] != GLYPH_FIX):
            # none, several, or the kegiatan's own amount may be the misread one: its program may tell
            if not fixes and digits_apart(whole.value, total) == 1 and not percent_denies(parent, total) \
                    and (program := settling_program(rows, parent, total)):
                settle_all(parent, {"realisation": (whole, total)}, "sum_of_children",
                           f"the outputs under it ({lines}) add up to {total:,.0f}, one digit from the printed "
                           f"{whole.raw.strip()!r}, and only with {total:,.0f} do the kegiatan of its program "
                           f"add up to the program's realisasi {program.realisation.raw.strip()!r} (line {program.source.line})")
            continue
        child, part, wanted, why = fixes[0]
        evidence = (f"the outputs ({lines}) add up to the kegiatan's realisasi {whole.raw.strip()!r} "
                    f"(line {parent.source.line}) with {wanted:,.0f}, which {why} of the printed {part.raw.strip()!r}")
        settle_all(child, {"realisation": (part, wanted)}, "sum_of_children", evidence)
        if child.percent is not None and not child.percent.trusted:
            child.percent = child.percent.as_trusted()
        repair_budget(child)  # its % may be the other misread digit ('81.89%' beside 81,99)


GLYPH_FIX = "is its glyph read as another digit"


def percent_denies(row: BudgetRow, realisation: float) -> bool:
    """Whether a row's printed % rules out `realisation` of its pagu (beyond the %'s rounding)."""
    pct, alloc = row.percent, row.allocation
    if pct is None or pct.value is None or alloc is None or not alloc.value:
        return False
    return abs(realisation / alloc.value * 100 - pct.value) > budget_tolerance(pct)


def code_level(row: BudgetRow) -> str | None:
    """The level a row's budget code states ('076.01.CQ' program, '6887' kegiatan), or None without a code."""
    return parse_budget_code(row.code)["level"] if row.code else None


def settling_program(rows: Sequence[BudgetRow], kegiatan: BudgetRow, candidate: float) -> BudgetRow | None:
    """The program row that proves a kegiatan's realisasi is `candidate`, not its printed value, or None.

    A kegiatan's realisasi one digit from its outputs' sum leaves open which of them OCR misread, when each
    output's own % confirms it only to its rounding (`repair_from_children`). The program row above it is a
    second sum over the same amount: its kegiatan (the coded rows of that level up to the next program)
    add up to its realisasi with `candidate` and not with the printed value.
    """
    if code_level(kegiatan) != "kegiatan":
        return None
    ordered = sorted(rows, key=lambda r: r.source.line)
    at = ordered.index(kegiatan)
    program = next((r for r in reversed(ordered[:at]) if code_level(r) == "program" or r.is_total), None)
    if program is None or program.is_total or program.realisation is None or program.realisation.value is None \
            or not program.realisation.trusted:
        return None
    siblings = []
    for row in ordered[ordered.index(program) + 1:]:
        if row.is_total or code_level(row) == "program":
            break
        if code_level(row) == "kegiatan":
            siblings.append(row)
    others = [r.realisation for r in siblings if r is not kegiatan]
    if any(part is None or part.value is None or not part.trusted for part in others):
        return None
    rest = sum(part.value for part in others)
    whole = program.realisation.value
    return program if rest + candidate == whole and rest + kegiatan.realisation.value != whole else None


def glyph_closes_gap(child: BudgetRow, part: Reading, wanted: float) -> bool:
    """Whether an output's realisasi printed with a glyph ('4S7.126.500') is `wanted` with that glyph read as
    another digit, every printed digit standing where it is.

    A glyph such as 'S' stands for a 5 or an 8, and a realisasi column often prints no % that would tell
    which: the default reading (5) is a guess. When the kegiatan's outputs then miss its realisasi by exactly
    what the glyph's other digit makes up, the sum proves that digit. The text's own damage marks this
    amount, not the kegiatan's cleanly printed one, as the misread (so the check that the kegiatan's amount
    may be one digit off does not hold it back). A row whose own % accepts its reading is left alone.
    """
    if wanted <= 0 or wanted != int(wanted) or own_percent_agrees(child):
        return False
    shape = glyph_shape(part)
    return shape is not None and glyphs_and_one_look_alike(shape, wanted, look_alike=False)


MIN_CLEAN_DIGITS = 6  # digits a glyph-damaged amount must show where they stand for its shape to be evidence


def glyphs_and_one_look_alike(shape: str, value: float, look_alike: bool = True) -> bool:
    """Whether the damaged text's `amount_shape` is `value` with its glyphs read as digits and at most one
    digit read as a look-alike ('3?027289?5' is 57.027.289.475: two 'T' for 7, a 5 read as 3).

    Needs a glyph (damage the text itself shows), the same number of places, and enough clean digits
    standing where the value has them; without `look_alike`, every one of them.
    """
    digits = f"{int(value)}"
    if "?" not in shape or len(shape) != len(digits):
        return False
    shown = [(a, b) for a, b in zip(shape, digits) if a != "?"]
    misread = [(a, b) for a, b in shown if a != b]
    if len(shown) - len(misread) < MIN_CLEAN_DIGITS or len(misread) > (1 if look_alike else 0):
        return False
    return all(any(a in group and b in group for group in CONFUSED_DIGITS) for a, b in misread)


def sums_under(rows: Sequence[BudgetRow], i: int, field: str) -> list[tuple[float, list[BudgetRow]]]:
    """(sum, rows) for each run of two or more rows right under row `i` whose `field` was read cleanly."""
    found, run, total, last = [], [], 0.0, rows[i].source.line
    for row in rows[i + 1:]:
        part = getattr(row, field)
        if row.source.line - last > BLOCK_GAP or not clean(part):
            break
        run.append(row)
        total += part.value
        last = row.source.line
        if len(run) >= 2:
            found.append((total, list(run)))
    return found


PLAIN_AMOUNT_CHARS = frozenset("0123456789.,: '")  # an amount's text of these alone shows no glyph


def glyph_shape(reading: Reading | None) -> str | None:
    """The `amount_shape` of a read amount whose text shows an unreadable glyph ('3T.027.289.4T5'), else None.

    Digits and separators alone ('57.027.289.475') show none: told by their characters, without the shape's
    substitutions (most amounts, looked at for every row of a budget).
    """
    if reading is None or reading.value is None or PLAIN_AMOUNT_CHARS.issuperset(reading.raw):
        return None
    shape = amount_shape(reading.raw)
    return shape if shape is not None and "?" in shape else None


def repair_glyphs_from_children(rows: Sequence[BudgetRow], is_total: Callable[[BudgetRow], bool]) -> None:
    """A parent's amount damaged past one repair, read from the rows under it that add up to it.

    A kegiatan prints its outputs right under it, and their pagu and realisasi
    add up to its own. When the kegiatan's amount shows unreadable glyphs and
    a digit read as a look-alike besides ('3T.027.289.4T5', read 37.027.289.475),
    neither its own % nor one repair settles it; but when the outputs under it,
    read cleanly, add up to exactly one amount that the damaged text is under
    those confusions (57.027.289.475: the glyphs stand for digits, the 3 is a
    misread 5, and every other digit stands where it is printed), that amount
    is what was printed. A digit read as a look-alike needs the row's own % to
    reject the glyphs' reading as well: outputs 500 above a kegiatan's
    'T6.232.000' whose % proves 76.232.000 are the authors' slip, not a 0 read
    for 5. A row whose % accepts its reading is left alone, and so is a clean
    amount (disagreeing sums of clean amounts are the authors') and a total,
    whose parts stand above it (`repair_from_totals`).
    """
    ordered = sorted(rows, key=lambda r: r.source.line)
    for i, parent in enumerate(ordered):
        shapes = [(field, shape) for field in ("allocation", "realisation")
                  if (shape := glyph_shape(getattr(parent, field))) is not None]
        if not shapes or is_total(parent):
            continue  # (the glyphs first: most rows print clean amounts, and a row's level costs more to tell)
        printed_pct = parent.percent is not None and parent.percent.value is not None
        if printed_pct and parent.allocation is not None and parent.allocation.value and \
                parent.realisation is not None and parent.realisation.value is not None and own_percent_agrees(parent):
            continue  # its own % proves the amounts as read
        for field, shape in shapes:
            reading = getattr(parent, field)
            fits = [(total, run) for total, run in sums_under(ordered, i, field)
                    if total != reading.value and glyphs_and_one_look_alike(shape, total, look_alike=printed_pct)]
            if len(fits) != 1:
                continue  # none, or several runs of rows would do: no proof which are its parts
            total, run = fits[0]
            evidence = (f"the {len(run)} rows under it (lines {run[0].source.line}-{run[-1].source.line}) add up to "
                        f"{total:,.0f}, which the printed {reading.raw.strip()!r} is with its unreadable glyphs "
                        f"read as digits and at most one digit read as a look-alike")
            settle_all(parent, {field: (reading, total)}, "sum_of_children", evidence)


def lost(reading: Reading | None) -> bool:
    """Whether an amount was printed but OCR lost its digits (`extract.table_records.rows_with_lost_amounts`)."""
    return reading is not None and reading.value is None and not reading.trusted


def fill_lost_from_total(rows: Sequence[BudgetRow], is_total: Callable[[BudgetRow], bool],
                         level: Callable[[BudgetRow], str]) -> None:
    """Work out the amounts of the one row of a block whose digits OCR lost: its total minus the other rows.

    Children add up to their total; when the total and every other row are
    read and exactly one row lost its amount, that amount is the gap. Only
    among rows of one level (a program row above its kegiatan would count
    twice), for a gap above zero, and when the row prints a %, only if its
    worked-out realisasi / pagu is that %. The row stays flagged otherwise.
    """
    for children, total in blocks(rows, is_total):
        missing = [c for c in children if lost(c.allocation) or lost(c.realisation)]
        if len(missing) != 1 or len({level(c) for c in children}) != 1:
            continue
        child = missing[0]
        others = [c for c in children if c is not child]
        fits: dict[str, tuple[Reading, float]] = {}
        for field in ("allocation", "realisation"):
            whole, part = getattr(total, field), getattr(child, field)
            if not lost(part):
                continue
            readings = [getattr(c, field) for c in others]
            if whole is None or whole.value is None or not whole.trusted \
                    or any(r is None or r.value is None for r in readings):
                fits = {}
                break  # the total or another row unread: no gap to tell
            wanted = whole.value - sum(r.value for r in readings)
            if wanted <= 0:
                fits = {}
                break
            fits[field] = (part, wanted)
        if not fits:
            continue
        pct = child.percent
        if pct is not None and pct.value is not None:
            pagu = fits["allocation"][1] if "allocation" in fits else getattr(child.allocation, "value", None)
            real = fits["realisation"][1] if "realisation" in fits else getattr(child.realisation, "value", None)
            if not pagu or real is None or abs(real / pagu * 100 - pct.value) > budget_tolerance(pct):
                continue  # the row's own % does not confirm the gap
        for field, (part, wanted) in fits.items():
            evidence = (f"the row's digits are lost; total {getattr(total, field).raw.strip()!r} (line "
                        f"{total.source.line}) minus the {len(others)} other rows of its block (lines "
                        f"{children[0].source.line}-{children[-1].source.line}) is {wanted:,.0f}")
            settle_all(child, {field: (part, wanted)}, "sum_to_total", evidence)
