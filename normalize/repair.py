"""Repair OCR damage with evidence from the row's own arithmetic.

A value is changed only when something in the report proves the change:
capaian = realisasi / target x 100 for performance rows, % = realisasi /
pagu x 100 for budget rows, or the same indicator's value elsewhere in the
report. Every change is a `Repair` naming its rule and evidence; a value the
evidence cannot settle stays as printed and is flagged.
"""
from __future__ import annotations

import re

from extract.records import BudgetRow, MeasureRow
from normalize.values import Reading, Repair

PERCENT_TOLERANCE = 0.6  # percent points: printed capaian is often rounded
BUDGET_TOLERANCE = 0.06


def close(a: float | None, b: float | None, tolerance: float) -> bool:
    return a is not None and b is not None and abs(a - b) <= tolerance


def ratio(numerator: Reading | None, denominator: Reading | None) -> float | None:
    """numerator / denominator x 100, when both are numbers and the denominator is not 0."""
    if numerator is None or denominator is None:
        return None
    if numerator.value is None or not denominator.value:
        return None
    return numerator.value / denominator.value * 100


def candidates(reading: Reading) -> list[float]:
    values = [reading.value] if reading.value is not None else []
    return values + [a for a in reading.alternatives if a not in values]


def choose(reading: Reading, fits, rule: str, evidence: str) -> Reading:
    """The reading with the first candidate value that fits the evidence."""
    if reading.value is not None and fits(reading.value) and reading.trusted:
        return reading
    for value in candidates(reading):
        if fits(value):
            if value == reading.value:
                return Reading(**{**_fields(reading), "trusted": True})
            return reading.with_value(value, Repair(rule, reading.raw, _fmt(value), evidence))
    return reading


def _fields(reading: Reading) -> dict:
    return {name: getattr(reading, name) for name in reading.__slots__}


def _fmt(value: float) -> str:
    return f"{value:g}"


def ratio_fit(part: Reading, whole: Reading, pct: Reading, tolerance: float,
              rounded: bool = False) -> tuple[float, float, float] | None:
    """The first readings (part, whole, %) with % = part / whole x 100, trying OCR alternatives."""
    for wv in candidates(whole):
        if not wv:
            continue
        for pv in candidates(part):
            expected = pv / wv * 100
            for cv in candidates(pct):
                if close(cv, expected, tolerance) or (rounded and close(cv, round(expected), 0.01)):
                    return pv, wv, cv
    return None


def repair_measure(row: MeasureRow) -> MeasureRow:
    """Settle damaged target / realisasi / capaian numbers with capaian = realisasi / target."""
    t, r, a = row.target, row.realisation, row.achievement
    if t is None or r is None or a is None:
        return row
    if any(x.value is None and not x.alternatives for x in (t, r, a)):
        return row
    fit = ratio_fit(r, t, a, PERCENT_TOLERANCE, rounded=True)
    if fit is not None:
        rv, tv, av = fit
        evidence = f"capaian {av:g} = realisasi {rv:g} / target {tv:g} x 100"
        row.target = _settle(t, tv, "arithmetic_capaian", evidence)
        row.realisation = _settle(r, rv, "arithmetic_capaian", evidence)
        row.achievement = _settle(a, av, "arithmetic_capaian", evidence)
        return row
    # Capaian with leading digits lost ('5%' for 95%, '00' for 100): the printed digits end the
    # computed value. With a damaged target or realisasi, two printed digits are needed as evidence.
    printed = re.sub(r"\D", "", a.raw)
    if not printed or a.value is None:
        return row
    for tv in candidates(t):
        for rv in candidates(r):
            if not tv:
                continue
            computed = round(rv / tv * 100, 2)
            shown = _fmt(computed).replace(".", "")
            exact = tv == t.value and rv == r.value and t.trusted and r.trusted
            if (exact or len(printed) >= 2) and shown != printed and shown.endswith(printed) and a.value < computed:
                evidence = (f"realisasi {rv:g} / target {tv:g} x 100 = {computed:g}; "
                            f"printed digits '{printed}' end it")
                row.target = _settle(t, tv, "capaian_digits_lost", evidence)
                row.realisation = _settle(r, rv, "capaian_digits_lost", evidence)
                row.achievement = a.with_value(computed, Repair("capaian_digits_lost", a.raw, _fmt(computed), evidence))
                return row
    return row


def _settle(reading: Reading, value: float, rule: str, evidence: str) -> Reading:
    if reading.value == value:
        return reading if reading.trusted else Reading(**{**_fields(reading), "trusted": True})
    return reading.with_value(value, Repair(rule, reading.raw, _fmt(value), evidence))


# Tesseract reads a '%' after two decimals as one more digit: '91,65%' -> '91,654', '25,19%' -> '25,198'.
PERCENT_AS_DIGIT_RE = re.compile(r"^\s*\d{1,3}[.,]\d{2}[4689]\s*$")


def percent_sign_as_digit(pct: Reading, computed: float) -> Reading | None:
    """The % with its last digit dropped, when the arithmetic proves that digit was a misread '%'.

    Proof: the printed three decimals disagree with the computed value at three
    decimals, and the first two agree with it at two decimals.
    """
    if pct.value is None or not PERCENT_AS_DIGIT_RE.match(pct.raw):
        return None
    shortened = float(re.sub(r"\d\s*$", "", pct.raw.strip()).replace(",", "."))
    if round(computed, 3) == round(pct.value, 3) or round(computed, 2) != shortened:
        return None
    evidence = f"computed {computed:.4f}; the printed last digit of {pct.raw.strip()!r} is a misread '%'"
    return pct.with_value(shortened, Repair("percent_sign_as_digit", pct.raw, _fmt(shortened), evidence))


def repair_budget(row: BudgetRow) -> BudgetRow:
    """Settle a damaged pagu, realisasi or % with % = realisasi / pagu x 100."""
    alloc, real, pct = row.allocation, row.realisation, row.percent
    if alloc is None or real is None or pct is None:
        return row
    if alloc.trusted and real.trusted and alloc.value and real.value is not None:
        repaired = percent_sign_as_digit(pct, real.value / alloc.value * 100)
        if repaired is not None:
            row.percent = repaired
            return row
    fit = ratio_fit(real, alloc, pct, BUDGET_TOLERANCE)
    if fit is not None:
        rv, av, pv = fit
        evidence = f"{pv:g}% = realisasi {rv:,.0f} / pagu {av:,.0f} x 100"
        row.allocation = _settle(alloc, av, "arithmetic_percent", evidence)
        row.realisation = _settle(real, rv, "arithmetic_percent", evidence)
        row.percent = _settle(pct, pv, "arithmetic_percent", evidence)
        return row
    # One digit of the printed % misread ('88,11%' for 98,11%): same shape, one digit differs.
    if alloc.trusted and real.trusted and alloc.value and real.value is not None and pct.value is not None:
        expected = round(real.value / alloc.value * 100, 2)
        confirmed = any(abs(v - (100 - pct.value)) <= 0.011 for v in row.other_values)  # efisiensi = 100 - %
        if one_digit_apart(pct.value, expected) and not confirmed:
            row.percent = pct.with_value(expected, Repair(
                "digit_misread", pct.raw, _fmt(expected),
                f"realisasi {real.value:,.0f} / pagu {alloc.value:,.0f} x 100 = {expected:g}; "
                f"the printed {pct.raw!r} differs in one digit"))
    return row


def one_digit_apart(printed: float, expected: float) -> bool:
    """Same digits but one, in the same places (both written with two decimals)."""
    a, b = f"{printed:.2f}", f"{expected:.2f}"
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def repair_from_siblings(rows: list[MeasureRow]) -> None:
    """Use the same indicator's clean value elsewhere in the report for a damaged one."""
    from normalize.indicators import same_indicator

    clean_targets = [(r.indicator_raw, r.target) for r in rows
                     if r.target is not None and r.target.trusted and r.target.value is not None]
    for row in rows:
        t = row.target
        if t is None or t.trusted or not t.alternatives:
            continue
        for name, other in clean_targets:
            if other.value in t.alternatives and same_indicator(name, row.indicator_raw):
                row.target = t.with_value(other.value, Repair(
                    "same_value_elsewhere", t.raw, _fmt(other.value),
                    f"the same indicator has target {other.raw!r} at line {_line_of(rows, name)}"))
                break


def _line_of(rows: list[MeasureRow], name: str) -> int:
    return next((r.source.line for r in rows if r.indicator_raw == name), 0)
