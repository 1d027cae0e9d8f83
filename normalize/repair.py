"""Repair OCR damage with evidence from the row's own arithmetic.

A value is changed only when something in the report proves the change:
capaian = realisasi / target x 100 for performance rows, % = realisasi /
pagu x 100 for budget rows, or the same indicator's value elsewhere in the
report. Every change is a `Repair` naming its rule and evidence; a value the
evidence cannot settle stays as printed and is flagged.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace

from extract.records import BudgetRow, MeasureRow
from normalize.numbers import PERCENT_ROW, SIGN_AS_DIGIT, parse_measure, parse_percent
from normalize.values import Reading, Repair

PERCENT_TOLERANCE = 0.6  # percent points: printed capaian is often rounded
BUDGET_TOLERANCE = 0.06
TWO_DECIMAL_TOLERANCE = 0.011  # a % printed as 98,01 is the ratio rounded or cut to two decimals
IMPLAUSIBLE_PERCENT = 200.0  # a capaian or budget % above this is OCR damage more often than fact


def close(a: float | None, b: float | None, tolerance: float) -> bool:
    return a is not None and b is not None and abs(a - b) <= tolerance


def ratio(numerator: Reading | None, denominator: Reading | None) -> float | None:
    """numerator / denominator x 100, when both are numbers and the denominator is not 0."""
    if numerator is None or denominator is None:
        return None
    if numerator.value is None or not denominator.value:
        return None
    return numerator.value / denominator.value * 100


def states_capaian(target: Reading | None, result: Reading | None, capaian: Reading | None, tolerance: float) -> bool:
    """Whether the capaian is realisasi / target x 100 within the tolerance: the evidence that three bare
    numbers under no header are a target, its result and their capaian."""
    return capaian is not None and close(ratio(result, target), capaian.value, tolerance)


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
                return reading.as_trusted()
            return reading.with_value(value, Repair(rule, reading.raw, _fmt(value), evidence))
    return reading


def _fmt(value: float) -> str:
    """A value as text without losing digits (amounts run to 14 of them)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.10g}"


def ratio_fit(part: Reading, whole: Reading, pct: Reading, tolerance: float,
              rounded: bool = False, two_decimals: bool = False) -> tuple[float, float, float] | None:
    """The readings (part, whole, %) with % = part / whole x 100 that fit best, trying OCR alternatives.

    Every combination within the tolerance is a fit; the closest wins, and on
    a tie the earlier candidates (the printed values come first). A printed
    '65,296' (the % read as '96') fits 70% and 93,14% loosely, but 65,2
    fits exactly.
    """
    best: tuple[tuple[bool, float, float], tuple[float, float, float]] | None = None
    for error, fit in ratio_fits(part, whole, pct, tolerance, rounded):
        key = fit_key(fit, error, two_decimals)
        if best is None or key < best[0]:
            best = (key, fit)
    return best[1] if best is not None else None


def ratio_fits(part: Reading, whole: Reading, pct: Reading, tolerance: float,
               rounded: bool = False) -> Iterator[tuple[float, tuple[float, float, float]]]:
    """Each (error, (part, whole, %)) of the readings' candidates with % = part / whole x 100 within the
    tolerance, in candidate order (`rounded`: a % printed as the whole number nearest the ratio fits too)."""
    for wv in candidates(whole):
        if not wv:
            continue
        for pv in candidates(part):
            expected = pv / wv * 100
            for cv in candidates(pct):
                error = abs(cv - expected)
                if rounded and close(cv, round(expected), 0.01):
                    error = min(error, abs(cv - round(expected)))
                if error <= tolerance:
                    yield error, (pv, wv, cv)


def any_ratio_fit(parts: list[float], wholes: list[float], pcts: list[float], tolerance: float) -> bool:
    """Whether `ratio_fit` would find a fit among these candidate values (it ranks them; this only asks)."""
    for wv in wholes:
        if wv:
            for pv in parts:
                expected = pv / wv * 100
                for cv in pcts:
                    if not abs(cv - expected) > tolerance:
                        return True
    return False


def counted(*readings: Reading) -> bool:
    """Whether one of the readings names a count noun ('103.980 pengunjung'): the bare number beside it
    counts the same thing, and is no percentage whose sign OCR read as a digit ('107.625' is no 107,62%)."""
    return any(x.unit is not None and x.unit not in ("%", "index", "points", "grade", "opinion") for x in readings)


def repair_measure(row: MeasureRow) -> MeasureRow:
    """Settle damaged target / realisasi / capaian numbers with capaian = realisasi / target."""
    t, r, a = row.target, row.realisation, row.achievement
    if t is None or r is None or a is None:
        return row
    if result_and_capaian_swapped(row):
        evidence = f"the capaian cell holds {a.raw!r}, counted in the target's unit, and the realisasi cell " \
                   f"{r.raw!r} is that count / target x 100: the two cells were read in each other's place"
        row.realisation = replace(a, repairs=a.repairs + (Repair("result_capaian_swapped", a.raw, a.raw, evidence),))
        row.achievement = replace(r, repairs=r.repairs + (Repair("result_capaian_swapped", r.raw, r.raw, evidence),))
        return row
    if met_in_words(row):
        return row
    if any(x.value is None and not x.alternatives for x in (t, r, a)):
        return row
    fit = ratio_fit(r, t, a, PERCENT_TOLERANCE, rounded=True, two_decimals=True)
    if (t.unit is None or r.unit is None) and not counted(t, r):
        # bare '7596' and '6896' beside capaian 90,67: percentages whose sign was read as '96'
        # (6896 / 7596 = 90,78 is within the rounding slack too; the closer fit wins)
        tp, rp = as_damaged_percent(t), as_damaged_percent(r)
        if tp is not t or rp is not r:
            fit_pct = ratio_fit(rp, tp, a, PERCENT_TOLERANCE, rounded=True, two_decimals=True)
            if fit_pct is not None and (fit is None or fit_key(fit_pct) < fit_key(fit)):
                fit, t, r = fit_pct, tp, rp
    if fit is None or not precise_fit(fit):
        # '105 | 0.45 | 4%' for 10% / 0.4%: a bare cell's last glyph a misread '%', proven only when
        # that reading alone makes the capaian the ratio rounded to its printed decimals
        tg, rg, ag = with_sign_glyph(t), with_sign_glyph(r), with_sign_glyph(a)
        if (tg, rg, ag) != (t, r, a) and not within_author_rounding(t, r, a):
            fits = {other for _, other in ratio_fits(rg, tg, ag, PERCENT_TOLERANCE, rounded=True)
                    if precise_fit(other) and not fit_key(other)[0]}
            if len(fits) == 1:
                fit, t, r, a = fits.pop(), tg, rg, ag
    if fit is not None:
        rv, tv, av = fit
        fields = {"target": (t, tv), "realisation": (r, rv), "achievement": (a, av)}
        for name in unsettled_by_fit(r, t, a, fit):
            del fields[name]
        settle_all(row, fields, "arithmetic_capaian", f"capaian {av:g} = realisasi {rv:g} / target {tv:g} x 100")
        return row
    # Capaian with leading digits lost ('5%' for 95%, '00' for 100): the printed digits end the
    # computed value. With a damaged target or realisasi, two printed digits are needed as evidence.
    printed = re.sub(r"\D", "", a.raw)
    if not printed or a.value is None:
        return row
    if measure_digit_misread(row):
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
    author_capaian_off(row)
    return row


AUTHOR_SLIP = 1.0  # percent points: a capaian further than this from either ratio is no rounding of it


NO_COUNT_UNITS = frozenset({"%", "grade", "opinion", "index", "points"})  # units that count no things


def result_and_capaian_swapped(row: MeasureRow) -> bool:
    """Whether the realisasi and capaian cells stand in each other's place ('12 kali | 125% | 15 kali').

    A scan whose cell borders were lost may give a row's cells out of order. A target that counts things
    ('12 kali') is met by a count in the same unit, never by a percent; when the capaian cell holds that
    count and the realisasi cell the percent that count / target x 100 makes, the two were swapped. All
    three must read cleanly, and the arithmetic must hold.
    """
    t, r, a = row.target, row.realisation, row.achievement
    if t is None or r is None or a is None or not (t.trusted and r.trusted and a.trusted):
        return False
    if not t.unit or t.unit in NO_COUNT_UNITS or a.unit != t.unit or r.unit != "%" or "%" not in r.raw:
        return False
    return close(ratio(a, t), r.value, PERCENT_TOLERANCE)


def author_capaian_off(row: MeasureRow) -> bool:
    """A clean capaian that neither ratio gives ('80 | 86 | 110,75%': 107,50), which no one-digit misread explains.

    Every cell reads cleanly, so the figure is the author's own slip, not OCR
    damage: it is kept as printed and flagged for review with the ratio it
    should be. A capaian of 100 (a cap), one that the inverse ratio or the
    reversed gap gives (targets where lower is better: 80 / 100 -> 125 or 120)
    and one within a point of the ratio are left alone. Returns whether it flagged the row.
    """
    t, r, a = row.target, row.realisation, row.achievement
    if any(x is None or x.value is None or not x.trusted or x.repairs or x.text is not None for x in (t, r, a)):
        return False
    assert t is not None and r is not None and a is not None and t.value is not None and r.value is not None \
        and a.value is not None  # checked above
    if not t.value or not r.value or a.value == 100 or "%" not in a.raw or t.unit != r.unit:
        return False
    ratio_up, ratio_down = r.value / t.value * 100, t.value / r.value * 100
    reversed_gap = 200 - ratio_up  # lower is better, as (1 + (target - realisasi) / target) x 100: 3% / 2,4% -> 120
    if min(abs(a.value - ratio_up), abs(a.value - ratio_down), abs(a.value - reversed_gap)) <= AUTHOR_SLIP:
        return False
    row.achievement = a.flagged(f"printed capaian {a.raw.strip()!r} is not realisasi {r.raw.strip()!r} / target "
                                f"{t.raw.strip()!r} x 100 = {_fmt(round(ratio_up, 2))}; every cell reads cleanly, "
                                "so it is kept as printed")
    return True


def met_in_words(row: MeasureRow) -> bool:
    """A grade or opinion met ('WTP | WTP | 1005'): the capaian is 100%, its '%' read as the last glyph.

    No arithmetic reaches a text target, but the same grade or opinion printed as target and as realisasi
    is a target met; a bare capaian that reads 100 once its last glyphs are taken for a misread '%'
    ('1005', '10096') is that 100%. Returns whether it repaired the capaian.
    """
    t, r, a = row.target, row.realisation, row.achievement
    if not t.text or not r.text or printed_text(t.text) != printed_text(r.text) or a.value is None \
            or "%" in a.raw or a.text is not None or sign_glyph_reading(a.raw) != 100:
        return False
    evidence = f"target and realisasi both {t.text!r}: the target is met; the last glyphs of {a.raw.strip()!r} are a misread '%'"
    row.achievement = replace(a.with_value(100.0, Repair("met_in_words", a.raw, "100", evidence)), unit="%")
    return True


def measure_digit_misread(row: MeasureRow) -> bool:
    """One digit OCR confuses ('65' for 85), in target, realisasi or capaian, when it alone makes the row add up.

    Only for clean readings that do not fit capaian = realisasi / target x 100.
    The changed digit must be one OCR mistakes for the printed one (`likely_misread`),
    and only one such change may fit; where two do (target 100: realisasi and capaian
    are then the same number) the capaian is flagged and nothing changes. A printed
    capaian of 100 is left alone: reports cap their capaian at 100 ('95 / 100 / 100').
    Returns whether it settled or flagged the row.
    """
    t, r, a = row.target, row.realisation, row.achievement
    readings = (t, r, a)
    if any(x is None or x.value is None or not x.trusted or x.text is not None for x in readings):
        return False
    assert t is not None and r is not None and a is not None and t.value is not None and r.value is not None \
        and a.value is not None  # checked above
    if not t.value or a.value == 100 or not 0 < a.value <= IMPLAUSIBLE_PERCENT or a.unit not in (None, "%"):
        return False
    slack = 0.5 * 10.0 ** -decimals(a.value) + 1e-9  # the capaian as printed, rounded
    fixes: list[tuple[str, float]] = []
    for value in digit_variants(a):
        if abs(value - r.value / t.value * 100) <= slack:
            fixes.append(("achievement", value))
    for value in digit_variants(r):
        if abs(a.value - value / t.value * 100) <= slack:
            fixes.append(("realisation", value))
    for value in digit_variants(t):
        if value and abs(a.value - r.value / value * 100) <= slack:
            fixes.append(("target", value))
    if len(fixes) == 1:
        field, value = fixes[0]
        reading = getattr(row, field)
        tv, rv, av = (value if name == field else x.value for name, x in
                      (("target", t), ("realisation", r), ("achievement", a)))
        evidence = (f"capaian {av:g} = realisasi {rv:g} / target {tv:g} x 100 once the printed {reading.raw!r} "
                    f"is read as {_fmt(value)}; the changed digit is one OCR confuses")
        setattr(row, field, reading.with_value(value, Repair("digit_misread", reading.raw, _fmt(value), evidence)))
        return True
    if fixes:
        row.achievement = a.flagged("one misread digit would make capaian = realisasi / target x 100 hold in " +
                                    " or in ".join(f"{f} ({_fmt(v)})" for f, v in fixes) + "; left as printed")
        return True
    return False


def digit_variants(reading: Reading) -> list[float]:
    """The reading's value with one digit changed to one OCR confuses it with, at its printed decimals."""
    value = reading.value
    if value is None:
        return []
    places = decimals(value)
    text = f"{value:.{places}f}"
    out = []
    for k, ch in enumerate(text):
        if not ch.isdigit():
            continue
        # a value >= 0 to two decimals keeps its length: `likely_misread` then compares just this digit, which
        # passes for the digits OCR confuses it with and for no other
        plain = places <= 2 and value >= 0
        for d in CONFUSED_WITH[ch] if plain else "0123456789":
            if d == ch or (k == 0 and d == "0" and len(text) > 1 and text[1] != "."):
                continue
            variant = float(text[:k] + d + text[k + 1:])
            if plain or likely_misread(value, variant):
                out.append(variant)
    return out


def exact_fit(fit: tuple[float, float, float]) -> bool:
    """The capaian equals realisasi / target x 100 to the digits it is printed with (rounded or cut)."""
    part, whole, pct = fit
    return abs(pct - part / whole * 100) < 10.0 ** -decimals(pct) + 1e-9


def precise_fit(fit: tuple[float, float, float]) -> bool:
    """The capaian is realisasi / target x 100 rounded to the decimals it is printed with (a ratio half
    way between two printed values, 4,5 beside '4%', proves neither)."""
    part, whole, pct = fit
    return abs(pct - part / whole * 100) < 0.5 * 10.0 ** -decimals(pct) - 1e-9


def unsettled_by_fit(r: Reading, t: Reading, a: Reading, fit: tuple[float, float, float]) -> list[str]:
    """Fields whose value the arithmetic cannot settle: another plausible reading fits as well.

    Within the rounding slack ('62,496' beside 47,2 / 75 = 62,93) both 62,4 and 62,49 fit, neither
    exactly; the closer one is no proof. When the best fit is not exact, a field stays unsettled
    where another plausible fit gives it another value. (An exact fit is proof; among exact ones
    the candidates' order decides, as in `ratio_fit`.)
    """
    if exact_fit(fit):
        return []
    # an implausible reading (above 200%, three decimals) is no rival of a plausible fit
    rivals = [other for _, other in ratio_fits(r, t, a, PERCENT_TOLERANCE, rounded=True)
              if other != fit and not (fit_key(other)[0] and not fit_key(fit)[0])]
    names = ("realisation", "target", "achievement")
    return [name for k, name in enumerate(names) if any(other[k] != fit[k] for other in rivals)]


def fit_key(fit: tuple[float, float, float], error: float | None = None,
            two_decimals: bool = True) -> tuple[bool, float, float]:
    """How good a fit is: plausible first, then closest.

    A ratio above 200% ('6396' / 100) is implausible beside a plausible
    reading; so is, in performance tables (`two_decimals`), a figure with more
    than two decimals ('87,796': the % read as '96'). Budget tables do print
    a % to three decimals ('91,653').
    """
    part, whole, pct = fit
    exact = abs(pct - part / whole * 100)
    odd = pct > IMPLAUSIBLE_PERCENT or (two_decimals and any(decimals(v) > 2 for v in fit))
    return odd, round(exact if error is None else error, 9), round(exact, 9)


def decimals(value: float) -> int:
    text = f"{value:.10g}"
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def as_damaged_percent(reading: Reading) -> Reading:
    """A bare number read as a percentage with OCR alternatives ('7596' -> 75), else itself."""
    if reading.unit is not None or reading.value is None:
        return reading
    as_pct = parse_measure(reading.raw, "%")
    return as_pct if as_pct is not None and as_pct.alternatives else reading


def settle_all(row: MeasureRow | BudgetRow, fits: dict[str, tuple[Reading, float]], rule: str, evidence: str) -> None:
    """Set each named field of `row` to the value the arithmetic settled, recording the repair."""
    for field, (reading, value) in fits.items():
        setattr(row, field, _settle(reading, value, rule, evidence))


def _settle(reading: Reading, value: float, rule: str, evidence: str) -> Reading:
    if reading.value == value:
        return reading if reading.trusted else reading.as_trusted()
    return reading.with_value(value, Repair(rule, reading.raw, _fmt(value), evidence))


# Tesseract reads a '%' after two decimals as one more digit: '91,65%' -> '91,654', '25,19%' -> '25,198',
# '96,41%' -> '96,415'.
PERCENT_AS_DIGIT_RE = re.compile(r"^\s*\d{1,3}[.,]\d{2}[45689]\s*$")


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
    fit = ratio_fit(real, alloc, pct, budget_tolerance(pct))
    if fit is None:
        loose = ratio_fit(real, alloc, pct, BUDGET_TOLERANCE)
        if loose is not None and not misread_hundredths(loose):
            fit = loose  # a few hundredths off, not by a digit OCR confuses: the author's rounding
    if fit is not None:
        rv, av, pv = fit
        settle_all(row, {"allocation": (alloc, av), "realisation": (real, rv), "percent": (pct, pv)},
                   "arithmetic_percent", f"{pv:g}% = realisasi {rv:,.0f} / pagu {av:,.0f} x 100")
        return row
    if percent_sign_glyph(row) or percent_past_glyphs(row):
        return row
    # One digit misread, in an amount ('66.579.870' for 86.579.870) or in the % ('88,11%' for
    # 98,11%): repaired only when exactly one such change makes the row add up.
    fixes = amount_digit_fixes(alloc, real, pct)
    if alloc.trusted and real.trusted and alloc.value and real.value is not None and pct.value is not None:
        expected = round(real.value / alloc.value * 100, 2)
        confirmed = percent_confirmed(row)
        near = [v for v in candidates(pct) if one_digit_apart(v, expected)]
        if near and not confirmed and not rounded_to_whole(pct, expected):
            # the printed reading, or another reading of a damaged glyph ('§7.62')
            fixes.append(("percent", expected,
                          f"realisasi {real.value:,.0f} / pagu {alloc.value:,.0f} x 100 = {expected:g}; "
                          f"the printed {pct.raw!r} differs in one digit"
                          + (f" (read as {_fmt(near[0])})" if near[0] != pct.value else "")))
    if not fixes and glyph_percent_and_digit(row):
        return row
    if len(fixes) > 1:
        # two readings add up: the one whose changed digit is a usual OCR confusion is the misread
        likely = [fix for fix in fixes if likely_misread(getattr(row, fix[0]).value, fix[1])]
        if len(likely) == 1:
            field, value, evidence = likely[0]
            others = " or ".join(f"{f} {_fmt(v)}" for f, v, _ in fixes if (f, v) != (field, value))
            fixes = [(field, value, f"{evidence}; of the other reading ({others}) the changed digits "
                                    f"are not ones OCR confuses")]
    if len(fixes) == 1:
        field, value, evidence = fixes[0]
        reading = getattr(row, field)
        setattr(row, field, reading.with_value(value, Repair("digit_misread", reading.raw, _fmt(value), evidence)))
    elif len(fixes) > 1:
        row.percent = pct.flagged("one misread digit would make the row add up in " +
                                  " or in ".join(f"{f} ({_fmt(v)})" for f, v, _ in fixes) + "; left as printed")
    return row


def percent_confirmed(row: BudgetRow) -> bool:
    """Whether the row prints its efisiensi (100 - %) beside the %, which confirms the % as printed."""
    pct = row.percent
    return pct is not None and pct.value is not None and \
        any(abs(v - (100 - pct.value)) <= 0.011 for v in row.other_values)


def glyph_percent_and_digit(row: BudgetRow) -> bool:
    """A % read past a damaged glyph and one misread digit of an amount, settled together.

    A scan can damage a row twice: '7.240.000 | 7.649.970 | 896.35%' is a pagu
    with its 9 read as 2 beside a % with a stray glyph ('896.35' has the other
    reading 96,35). Neither repair alone adds up, both together do: 96,35 =
    7.649.970 / 7.940.000. Taken only when the % is damaged (its printed
    reading is implausible or untrusted) and has another reading to two
    decimals, both amounts read cleanly, and exactly one pair (% reading, one
    digit of one amount) holds; a clean % is `amount_digit_fixes`' alone.
    Returns whether it repaired the row.
    """
    alloc, real, pct = row.allocation, row.realisation, row.percent
    if pct.trusted or not pct.alternatives or not (alloc.trusted and real.trusted):
        return False
    found = []
    for value in pct.alternatives:
        reading = replace(pct, value=value, alternatives=(), trusted=True)
        if percent_decimals(reading) < 2:
            continue  # a reading to fewer decimals proves too little for two repairs at once
        found += [(value, fix) for fix in amount_digit_fixes(alloc, real, reading)]
    if len(found) != 1:
        return False
    value, (field, amount, _) = found[0]
    amount_reading = getattr(row, field)
    pagu, realisasi = (amount, real.value) if field == "allocation" else (alloc.value, amount)
    note = (f"{_fmt(value)} = realisasi {realisasi:,.0f} / pagu {pagu:,.0f} x 100: the % {pct.raw.strip()!r} read "
            f"past its glyph as {_fmt(value)} and the printed {amount_reading.raw.strip()!r} with one digit misread; "
            f"no other such pair adds up")
    setattr(row, field, amount_reading.with_value(amount, Repair("digit_misread", amount_reading.raw,
                                                                 _fmt(amount), note)))
    row.percent = pct.with_value(value, Repair("arithmetic_percent", pct.raw, _fmt(value), note))
    return True


TWO_CELL_SPREAD = 0.05  # percent points within which a two-cell fit must be alone: ten times the hundredth's slack
TWO_CELL_MOVE = 1.0  # percent points each of two changed cells must move the arithmetic by


def two_cell_fits(alloc: Reading, real: Reading, pct: Reading,
                  pct_confirmed: bool = False) -> list[tuple[float, dict[str, float]]]:
    """Each (miss, values) where one digit changed in each of two cells (pagu, realisasi, %) brings
    realisasi / pagu x 100 within `TWO_CELL_SPREAD` of the %, each changed digit one OCR confuses
    with the printed one (`digit_variants`); `miss` is how far the % then is from the ratio.

    The cells as printed must all be clean numbers and the % printed to two decimals, so that the
    arithmetic pins four or more figures; a % above `IMPLAUSIBLE_PERCENT` is no fit. A % the row
    confirms (`pct_confirmed`: its efisiensi printed beside it) is not changed.
    """
    readings = {"allocation": alloc, "realisation": real, "percent": pct}
    if any(x is None or x.value is None or not x.trusted or x.text is not None for x in readings.values()):
        return []
    if not alloc.value or not real.value or decimals(pct.value) != 2 or not 0 < pct.value <= IMPLAUSIBLE_PERCENT:
        return []
    printed = {name: x.value for name, x in readings.items()}
    variants = {name: digit_variants(x) for name, x in readings.items()}
    found = []
    pairs = [("allocation", "realisation")]
    if not pct_confirmed:
        pairs += [("allocation", "percent"), ("realisation", "percent")]
    for first, second in pairs:
        by_value = sorted((b, k) for k, b in enumerate(variants[second]))
        for a in variants[first]:
            for b in _within_reach(by_value, printed, first, a, second):
                values = dict(printed, **{first: a, second: b})
                if not values["allocation"] or values["percent"] > IMPLAUSIBLE_PERCENT:
                    continue
                miss = abs(values["realisation"] / values["allocation"] * 100 - values["percent"])
                if miss < TWO_CELL_SPREAD:
                    found.append((miss, values))
    return found


def _within_reach(by_value: list[tuple[float, int]], printed: dict[str, float], first: str, a: float,
                  second: str) -> list[float]:
    """The variants of the `second` cell (sorted by value, with their list places) that could fit once the
    `first` cell reads `a`, in their list's order: those within a little more than `TWO_CELL_SPREAD` of the
    value the other two cells ask of it. A prefilter for `two_cell_fits`' exact test, which it still runs:
    of a thousand pairs, a handful come near."""
    values = dict(printed, **{first: a})
    alloc, real, pct = values["allocation"], values["realisation"], values["percent"]
    if not alloc:
        return []
    if second == "percent":
        wanted, reach = real / alloc * 100, TWO_CELL_SPREAD
    else:  # the realisation: the % of this pagu
        wanted, reach = pct * alloc / 100, TWO_CELL_SPREAD * abs(alloc) / 100
    reach = reach * 1.01 + 1e-9 * max(1.0, abs(wanted))  # a hair wider: the exact test decides
    lo = bisect_left(by_value, (wanted - reach, -1))
    hi = bisect_right(by_value, (wanted + reach, len(by_value)))
    return [b for b, _ in sorted(by_value[lo:hi], key=lambda item: item[1])]


def two_cell_moves(printed: dict[str, float], values: dict[str, float]) -> list[float]:
    """How far each changed cell alone moves the row's arithmetic, in percent points (the % itself, or
    realisasi / pagu x 100 with the other amount as printed)."""
    a, r, p = printed["allocation"], printed["realisation"], printed["percent"]
    moves = []
    if values["percent"] != p:
        moves.append(abs(values["percent"] - p))
    if values["allocation"] != a:
        moves.append(abs(r / values["allocation"] - r / a) * 100)
    if values["realisation"] != r:
        moves.append(abs(values["realisation"] - r) / a * 100)
    return moves


def repair_two_cells(rows: list[BudgetRow]) -> None:
    """The last resort for budget rows that still do not add up: `two_cell_misread`.

    Run after the repairs that read a row with other rows' evidence (the same item elsewhere, its
    outputs, its block's total): those are settled by more than the row's own three cells, and a
    row this flags would be closed to them.
    """
    for row in rows:
        if row.allocation is None or row.realisation is None or row.percent is None or row.percent.value is None:
            continue
        computed = budget_ratio(row)
        if computed is not None and abs(computed - row.percent.value) > budget_tolerance(row.percent):
            two_cell_misread(row)


def two_cell_misread(row: BudgetRow) -> bool:
    """Two cells of a budget row each with one digit misread ('356,000 | 8373 %' for 956.000 and 93,73%).

    A scan can damage a row twice, the same glyph read one way in one cell and
    another way in the next; no one-digit repair then adds up. Both changes are
    taken when one pair of OCR-plausible changes, one digit in each of two
    cells, makes the two-decimal % the ratio of the amounts to the hundredth;
    no other pair comes within `TWO_CELL_SPREAD` (ten times that slack: among
    a thousand candidate pairs, one that fits alone is no coincidence); and
    each change moves the arithmetic by `TWO_CELL_MOVE` or more (an author's
    slip of a few tenths is matched by small changes all too easily).
    Otherwise a row that some such pair fits stays as printed and is flagged.
    Returns whether it repaired or flagged the row.
    """
    alloc, real, pct = row.allocation, row.realisation, row.percent
    near = two_cell_fits(alloc, real, pct, percent_confirmed(row))
    fits = [values for miss, values in near if two_decimal_fit(miss)]
    if not fits:
        return False
    printed = {"allocation": alloc.value, "realisation": real.value, "percent": pct.value}
    values = fits[0]
    if len(near) > 1 or min(two_cell_moves(printed, values)) < TWO_CELL_MOVE:
        shown = " or ".join(", ".join(f"{f} {_fmt(v)}" for f, v in fit.items() if v != printed[f]) for fit in fits)
        row.percent = pct.flagged(f"one misread digit in each of two cells would make the row add up ({shown}), "
                                  f"but not alone among such readings or by changes large enough to prove it; "
                                  f"left as printed")
        return True
    note = (f"{_fmt(values['percent'])}% = realisasi {values['realisation']:,.0f} / pagu {values['allocation']:,.0f}"
            f" x 100 to the hundredth once one digit of each of two cells is read as one OCR confuses it with "
            f"(printed {alloc.raw.strip()!r} | {real.raw.strip()!r} | {pct.raw.strip()!r}); no other such "
            f"pair comes within {TWO_CELL_SPREAD} points")
    for field in ("allocation", "realisation", "percent"):
        reading = getattr(row, field)
        if values[field] != reading.value:
            setattr(row, field, reading.with_value(values[field], Repair("two_digits_misread", reading.raw,
                                                                         _fmt(values[field]), note)))
    return True


def two_decimal_fit(miss: float) -> bool:
    """Whether a % printed to two decimals this far from the ratio is it rounded to the hundredth."""
    return miss < 0.005 + 1e-9


def percent_sign_glyph(row: BudgetRow) -> bool:
    """A bare '155' (or 'O') in the % column that realisasi / pagu proves to be '15%' (or 0): repaired.

    The % cell lost its sign to a '96' or '5' ('15%' read '155'), or its 0 was
    read as the letter O. Proof: the amounts, read cleanly, give that value (a
    whole-number % is the ratio rounded to the nearest whole, half up).
    Returns whether it repaired the %.
    """
    alloc, real, pct = row.allocation, row.realisation, row.percent
    if alloc is None or real is None or pct is None or "%" in pct.raw:
        return False
    if not (alloc.trusted and real.trusted) or not alloc.value or real.value is None:
        return False
    computed = real.value / alloc.value * 100
    raw = pct.raw.strip().strip("|").strip()
    value = 0.0 if raw in ("O", "o") else sign_glyph_reading(raw) if raw.isdigit() else None
    if value is None or value == pct.value:
        return False
    places = decimals(value)
    if abs(value - computed) > 0.5 * 10.0 ** -places + 1e-9 and not close(value, computed, budget_tolerance(pct)):
        if raw in ("O", "o"):  # a % cell of the letter O alone is a 0 however the amounts disagree: read, flagged
            row.percent = pct.with_value(0.0, Repair(
                "ocr_letter_in_number", pct.raw, "0", "a % cell holding only the letter 'O' is the digit 0")).flagged(
                f"realisasi / pagu x 100 = {computed:.2f}, not the printed 0; left as printed")
            return True
        return False
    evidence = f"realisasi {real.value:,.0f} / pagu {alloc.value:,.0f} x 100 = {computed:.2f}"
    evidence += "; the letter O is the digit 0" if value == 0 and raw in ("O", "o") else \
        f"; the last glyphs of {raw!r} are the '%' misread"
    row.percent = pct.with_value(value, Repair("arithmetic_percent", pct.raw, f"{_fmt(value)}%", evidence))
    return True


GLYPH_DIGITS = {"O": "0", "o": "0", "T": "7", "l": "1", "I": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "G": "6"}


def percent_past_glyphs(row: BudgetRow) -> bool:
    """A % cell OCR turned to glyphs ('T i3 %'), read as realisasi / pagu x 100 when what it shows fits.

    The cell holds characters that are neither digits nor look-alikes of one, so no reading of it stands;
    the row's amounts, read cleanly, give the % it printed. Taken only when the digits the cell does show
    (look-alike letters as their digit) stand in that value in order, its last one where the value's last
    place is ('T i3' beside 77,726: 77,73 ends in 3 after a 7), and the value is a plausible % (0 to 200).
    Returns whether it repaired the %.
    """
    alloc, real, pct = row.allocation, row.realisation, row.percent
    if pct.trusted or not any(note.startswith("unreadable characters") for note in pct.notes):
        return False
    if not (clean_amount(alloc) and clean_amount(real)) or real.value > 2 * alloc.value:
        return False
    body = re.sub(r"\s*%.*$", "", pct.raw.strip())
    shown = "".join(GLYPH_DIGITS.get(ch, ch) for ch in body if ch.isdigit() or ch in GLYPH_DIGITS)
    computed = real.value / alloc.value * 100
    for places in (2, 1, 0):
        value = round(computed + 1e-9, places)
        digits = f"{value:.{places}f}".replace(".", "")
        if shown and digits.endswith(shown[-1]) and in_order(shown, digits) and len(shown) < len(digits):
            evidence = (f"realisasi {real.value:,.0f} / pagu {alloc.value:,.0f} x 100 = {computed:.3f}; the % cell "
                        f"{pct.raw.strip()!r} is unreadable, and the digits it shows stand in {_fmt(value)} in order")
            row.percent = pct.with_value(value, Repair("arithmetic_percent", pct.raw, _fmt(value), evidence))
            return True
    return False


def clean_amount(reading: Reading | None) -> bool:
    """An amount read as printed and trusted, above zero."""
    return reading is not None and reading.value is not None and reading.trusted and reading.value > 0


def in_order(shown: str, digits: str) -> bool:
    """Whether the characters of `shown` stand in `digits` in the same order (not necessarily side by side)."""
    rest = iter(digits)
    return all(ch in rest for ch in shown)


def rounded_to_whole(pct: Reading, expected: float) -> bool:
    """Whether a % printed with no decimals ('71%') is realisasi / pagu rounded to a whole (71,08): no misread.

    Its sign closes it, so no decimals parted from it follow ('95, 08' lexed as 95 and 8 is another matter)."""
    raw = pct.raw.strip()
    return pct.value is not None and raw.endswith("%") and not any(mark in raw for mark in ".,") \
        and round(expected) == pct.value


def budget_tolerance(pct: Reading) -> float:
    """How far a printed % may sit from realisasi / pagu: 0.011 at two decimals (rounded or cut), else wider."""
    return TWO_DECIMAL_TOLERANCE if pct.value is not None and percent_decimals(pct) >= 2 else BUDGET_TOLERANCE


def misread_hundredths(fit: tuple[float, float, float]) -> bool:
    """Whether a % a few hundredths from realisasi / pagu differs from it by a digit OCR confuses.

    '125.08' beside 125,063 is a 6 read as 8; '95.47' beside 95,45 is the
    author's own rounding (7 and 5 are not mistaken for each other), kept.
    """
    real, alloc, pct = fit
    expected = round(real / alloc * 100, 2)
    return one_digit_apart(pct, expected) and likely_misread(pct, expected)


# Digits OCR mistakes for one another: the closed, round shapes among themselves, and the
# single strokes among theirs ('66579 870' for 86.579.870, '850,000' for 950.000, '1S' for 15).
CONFUSED_DIGITS = [set("035689"), set("147"), set("27")]
# each digit's partners in CONFUSED_DIGITS, in digit order
CONFUSED_WITH = {c: "".join(d for d in "0123456789" if d != c and any(c in g and d in g for g in CONFUSED_DIGITS))
                 for c in "0123456789"}


def likely_misread(printed: float | None, repaired: float) -> bool:
    """Whether every digit that differs between the printed and the repaired value is a usual OCR confusion."""
    if printed is None:
        return False
    a, b = (f"{printed:.2f}", f"{repaired:.2f}")
    if len(a) != len(b):
        return False
    return all(x == y or any(x in group and y in group for group in CONFUSED_DIGITS) for x, y in zip(a, b))


def one_digit_variants(value: float, above: float = 0) -> list[tuple[float, int]]:
    """Every number one digit away from `value` (same length), with the place value changed.

    Only changes at places above `above` when given (smaller ones cannot matter to the caller).
    """
    digits = str(int(value))
    out = []
    for k, ch in enumerate(digits):
        place = 10 ** (len(digits) - 1 - k)
        if place <= above:
            break  # the places only get smaller
        for d in "0123456789":
            if d != ch and not (k == 0 and d == "0"):
                out.append((float(digits[:k] + d + digits[k + 1:]), place))
    return out


def percent_decimals(pct: Reading) -> int:
    """Decimals the % value carries (67.69 -> 2; 95.50 -> 1, the conservative reading)."""
    text = _fmt(pct.value) if pct.value is not None else ""
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def amount_digit_fixes(alloc: Reading, real: Reading, pct: Reading) -> list[tuple[str, float, str]]:
    """Each one-digit change of pagu or realisasi that makes % = realisasi / pagu hold.

    Needs a % carrying decimals (so the evidence is sharp) and both amounts
    read cleanly; digits too small to move the % are not candidates.
    """
    if not (alloc.trusted and real.trusted and pct.trusted) or not alloc.value or not real.value:
        return []
    decimals = percent_decimals(pct)
    if pct.value is None or decimals < 1 or not 0 < pct.value <= 100:
        return []
    tolerance = 0.5 * 10 ** -decimals + 1e-9
    if abs(real.value / alloc.value * 100 - pct.value) <= tolerance:
        return []
    found = []
    for value, place in one_digit_variants(real.value, above=alloc.value * tolerance / 100):
        if place > alloc.value * tolerance / 100 and abs(value / alloc.value * 100 - pct.value) <= tolerance:
            found.append(("realisation", value, f"{pct.raw!r} = realisasi {value:,.0f} / pagu {alloc.value:,.0f} x 100;"
                                                f" the printed {real.raw!r} differs in one digit"))
    for value, place in one_digit_variants(alloc.value, above=real.value * tolerance / pct.value):
        if place > real.value * tolerance / pct.value and abs(real.value / value * 100 - pct.value) <= tolerance:
            found.append(("allocation", value, f"{pct.raw!r} = realisasi {real.value:,.0f} / pagu {value:,.0f} x 100;"
                                               f" the printed {alloc.raw!r} differs in one digit"))
    return found


def one_digit_apart(printed: float, expected: float) -> bool:
    """Same digits but one, in the same places (both written with two decimals)."""
    a, b = f"{printed:.2f}", f"{expected:.2f}"
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def repair_from_siblings(rows: list[MeasureRow]) -> None:
    """Use the same indicator's clean value elsewhere in the report for a damaged one."""
    from normalize.indicators import same_indicator

    clean_targets = [(r.indicator_raw, r.target, r.source.line) for r in rows
                     if r.target is not None and r.target.trusted and r.target.value is not None]
    damaged: list[tuple[MeasureRow, Reading]] = []  # untrusted targets no clean statement settled
    for row in rows:
        t = row.target
        if t is None:
            continue
        if t.trusted and t.unit is None and t.value is not None:
            # a bare '8596' may be 85% with the sign read as '96': only a clean percentage
            # stated for the same indicator elsewhere can say so
            as_pct = parse_measure(t.raw, "%")
            if as_pct is None or as_pct.trusted or not as_pct.alternatives:
                continue
            t = as_pct
        elif t.trusted or (not t.alternatives and t.value is None):
            continue
        for name, other, line in clean_targets:
            if t is not row.target and other.unit != "%":
                continue
            printed = confirmed_reading(t, other)
            if (other.value in t.alternatives or printed) and same_indicator(name, row.indicator_raw):
                t = replace(t, unit=other.unit) if printed and t.unit is None else t
                row.target = t.with_value(other.value, Repair(
                    "same_value_elsewhere", t.raw, _fmt(other.value),
                    f"the same indicator has target {other.raw!r} at line {line}"
                    + ("; the damaged cell reads as that value" if printed else "")))
                break
        else:
            if t.alternatives:
                damaged.append((row, t))
    # Two statements of one target, each damaged its own way ('1005' and '10096'): where the only
    # reading both texts allow is one value, that value is what was printed.
    settled = []
    for row, t in damaged:
        for other_row, other in damaged:
            if other_row is row or printed_text(other.raw) == printed_text(t.raw):
                continue
            shared = set(candidates(t)) & set(candidates(other))
            if len(shared) == 1 and same_indicator(other_row.indicator_raw, row.indicator_raw):
                value = shared.pop()
                settled.append((row, t.with_value(value, Repair(
                    "same_value_elsewhere", t.raw, _fmt(value),
                    f"the same indicator's target is printed {other.raw!r} at line {other_row.source.line}; "
                    f"{_fmt(value)} is the only reading both allow"))))
                break
    for row, target in settled:
        row.target = target
    realisations_from_siblings(rows)
    grades_from_siblings(rows)
    grade_letters_read_as_digits(rows)
    lost_targets_from_siblings(rows)


GRADE_DIGITS = {"8": "B"}  # the look-alike OCR prints for a grade letter ('8' for B; '88' for BB)


def as_grade_letters(raw: str) -> str | None:
    """The grade a bare cell of look-alike digits stands for ('8' -> B, '88' -> BB), else None."""
    printed = raw.strip()
    if not 1 <= len(printed) <= 2 or any(ch not in GRADE_DIGITS for ch in printed):
        return None
    return "".join(GRADE_DIGITS[ch] for ch in printed)


def grade_letters_read_as_digits(rows: list[MeasureRow]) -> None:
    """A grade printed as look-alike digits ('8' for B) beside a grade in the same row.

    'Nilai SAKIP | 8 | B | 100%' is no target of eight points: the realisasi is
    a grade, and the letters the digits stand for are proven by a capaian of 100%
    with the same grade as realisasi, or by the same indicator's target printed
    as that grade in another table. Either way the cell becomes that grade,
    with the repair on record; without such evidence it is left as printed.
    """
    from normalize.indicators import same_indicator

    for row in rows:
        for field, other_field in (("target", "realisation"), ("realisation", "target")):
            reading, other = getattr(row, field), getattr(row, other_field)
            if reading is None or reading.text is not None or not is_grade(other):
                continue
            letters = as_grade_letters(reading.raw)
            if letters is None:
                continue
            a = row.achievement
            evidence = None
            if letters == other.text and a is not None and a.value == 100:
                evidence = f"{other_field} {other.raw.strip()!r} and capaian {a.raw.strip()!r}: the grade met"
            else:
                for sibling in rows:
                    seen = getattr(sibling, field)
                    if sibling is not row and is_grade(seen) and seen.trusted and seen.text == letters \
                            and same_indicator(sibling.indicator_raw, row.indicator_raw):
                        evidence = f"the same indicator's {field} is printed {seen.raw.strip()!r} at line {sibling.source.line}"
                        break
            if evidence is None:
                continue
            setattr(row, field, replace(reading, value=None, text=letters, unit="grade", trusted=True,
                                        repairs=reading.repairs + (Repair(
                                            "grade_read_as_digits", reading.raw, letters,
                                            f"{evidence}; {reading.raw.strip()!r} is that grade's letters misread"),)))


def lost_targets_from_siblings(rows: list[MeasureRow]) -> None:
    """A capaian row whose target cell is empty or was lost to OCR ('MWo%' dropped by the reader) takes the
    target the same indicator states cleanly elsewhere, when its own capaian = realisasi / that target x 100.

    Two proofs together: every clean statement of the indicator's target
    gives the one value, and the row's printed realisasi and capaian agree with
    it to the capaian's printed decimals. A capaian of 100 beside a realisasi
    above the target proves nothing (reports cap their capaian at 100).
    """
    from normalize.indicators import same_indicator

    clean = [r for r in rows if r.target is not None and r.target.trusted and r.target.value is not None
             and r.target.text is None and not r.target.repairs]
    for row in rows:
        r, a = row.realisation, row.achievement
        if row.target is not None or not row.has_realisation_column or r is None or a is None:
            continue
        if not (r.trusted and a.trusted) or r.value is None or a.value is None or r.text is not None:
            continue
        same = [other for other in clean if other is not row and same_indicator(other.indicator_raw, row.indicator_raw)]
        values = {other.target.value for other in same}
        if len(values) != 1:
            continue
        value = values.pop()
        if not value or not precise_fit((r.value, value, a.value)):
            continue
        other = same[0]
        evidence = (f"the target cell is empty or unreadable; line {other.source.line} states the same indicator's "
                    f"target {other.target.raw.strip()!r}, and capaian {a.raw.strip()!r} = realisasi "
                    f"{r.raw.strip()!r} / {_fmt(value)} x 100")
        row.target = other.target.with_value(value, Repair("same_indicator_elsewhere", "", other.target.raw.strip(),
                                                           evidence))


def grades_from_siblings(rows: list[MeasureRow]) -> None:
    """A grade whose letters were guessed ('BE' read as BB) that the same indicator prints cleanly elsewhere.

    The guess is trusted only when every clean statement of that indicator's
    target (or realisasi) gives the same grade; another grade elsewhere leaves it
    as printed and flagged. A realisasi is taken only from a row with a
    realisasi column (a target table's grade is no result).
    """
    from normalize.indicators import same_indicator

    for field in ("target", "realisation"):
        clean = [r for r in rows if (field == "target" or r.has_realisation_column)
                 and is_grade(getattr(r, field)) and getattr(r, field).trusted]
        if not clean:
            continue
        for row in rows:
            reading = getattr(row, field)
            if not is_grade(reading) or reading.trusted or (field == "realisation" and not row.has_realisation_column):
                continue
            same = [other for other in clean if other is not row and same_indicator(other.indicator_raw, row.indicator_raw)]
            if not same or any(getattr(other, field).text != reading.text for other in same):
                continue
            other = getattr(same[0], field)
            setattr(row, field, replace(reading, trusted=True, repairs=reading.repairs + (Repair(
                "same_value_elsewhere", reading.raw, reading.text,
                f"the same indicator's {field} is printed {other.raw.strip()!r} at line {same[0].source.line}; "
                f"the damaged {reading.raw.strip()!r} was read as that grade"),)))


def is_grade(reading: Reading | None) -> bool:
    return reading is not None and reading.unit == "grade" and reading.text is not None


def confirmed_reading(damaged: Reading, clean: Reading) -> bool:
    """A doubtful reading ('B0fy' read as 80 past its unreadable glyphs) whose value a clean statement
    of the same indicator prints ('80%'): the clean one confirms it, in the same unit or where the
    damaged cell lost its unit."""
    return not damaged.trusted and damaged.value is not None and damaged.value == clean.value \
        and damaged.unit in (None, clean.unit) and damaged.text is None and clean.text is None


def same_sasaran_part(a: MeasureRow, b: MeasureRow) -> bool:
    """Under the same sasaran, one row's name is a run of the other's words (a cell read in part:
    'mendapat layanan administrasi' in '... pegawai yang mendapat layanan administrasi tepat waktu')."""
    from normalize.indicators import key, run_of_words

    if not a.sasaran or not b.sasaran or key(a.sasaran).replace(" ", "") != key(b.sasaran).replace(" ", ""):
        return False  # (the same sasaran, a word of it cut by a letter gap OCR read as a space or not)
    ka, kb = sorted((key(a.indicator_raw), key(b.indicator_raw)), key=len)
    return len(ka) >= 20 and run_of_words(ka, kb)


def realisations_from_siblings(rows: list[MeasureRow]) -> None:
    """A damaged realisasi ('2596', or 'B2ey' read as 82 past its unreadable glyphs) that another table
    states cleanly for the same indicator ('25%', '82%').

    The report's summary table and its per-sasaran tables state one result
    each: the clean statement settles which reading of the damaged one was
    printed, when it is one of them. The same target (when both print one)
    must agree too, so that two years' or two units' results are not mixed.
    """
    from normalize.indicators import same_indicator

    clean = [r for r in rows if r.has_realisation_column and r.realisation is not None and r.realisation.trusted
             and r.realisation.value is not None and "%" in r.realisation.raw]
    for row in rows:
        real = row.realisation
        if real is None or real.trusted or (not real.alternatives and real.value is None) \
                or not row.has_realisation_column:
            continue
        for other in clean:
            printed = confirmed_reading(real, other.realisation)
            if other is row or not (other.realisation.value in real.alternatives or printed):
                continue
            t1, t2 = row.target, other.target
            if t1 is not None and t2 is not None and t1.value is not None and t2.value is not None \
                    and t1.trusted and t2.trusted and t1.value != t2.value:
                continue
            if same_indicator(other.indicator_raw, row.indicator_raw) or same_sasaran_part(other, row):
                value = other.realisation.value
                real = replace(real, unit=other.realisation.unit) if printed and real.unit is None else real
                row.realisation = real.with_value(value, Repair(
                    "same_value_elsewhere", real.raw, _fmt(value),
                    f"the same indicator has realisasi {other.realisation.raw!r} at line {other.source.line}"
                    + ("; the damaged cell reads as that value" if printed else "")))
                break


def printed_text(raw: str) -> str:
    """A value's printed characters without spaces and edge specks, to tell two printings apart."""
    return re.sub(r"\s+", "", raw).strip("|.,:;-")


TWIN_GAP = 3  # lines between a kegiatan row and its single output row, which repeats its amounts


def repair_from_twin_rows(rows: list[BudgetRow]) -> None:
    """A % that its own amounts contradict, taken from the neighbouring row printing the same amounts.

    A kegiatan with a single output prints the same pagu and realisasi twice
    ('6.178.000 | 6.051.002 | 97.94 %' then '6178000 | 6.051.002 | 8734 %').
    When one % fits realisasi / pagu and its twin's does not, the twin's was
    misread, however many digits differ.
    """
    rows = sorted(rows, key=lambda r: r.source.line)  # readers deliver their rows in turn, not by line
    for k, row in enumerate(rows):
        computed = budget_ratio(row)
        if computed is None or abs(computed - row.percent.value) <= budget_tolerance(row.percent):
            continue
        for other in rows[max(0, k - 2):k + 3]:
            if other is row or abs(other.source.line - row.source.line) > TWIN_GAP:
                continue
            if budget_ratio(other) is None or (other.allocation.value, other.realisation.value) != \
                    (row.allocation.value, row.realisation.value):
                continue
            value = other.percent.value
            if other.percent.trusted and abs(computed - value) <= budget_tolerance(other.percent):
                evidence = (f"line {other.source.line} prints the same pagu {row.allocation.value:,.0f} and realisasi "
                            f"{row.realisation.value:,.0f} with {other.percent.raw.strip()!r}, which they give")
                row.percent = row.percent.with_value(value, Repair("same_row_elsewhere", row.percent.raw,
                                                                   _fmt(value), evidence))
                break


def budget_ratio(row: BudgetRow) -> float | None:
    """realisasi / pagu x 100 when both amounts and the % are read and the amounts trusted."""
    alloc, real, pct = row.allocation, row.realisation, row.percent
    if alloc is None or real is None or pct is None or pct.value is None:
        return None
    if not (alloc.trusted and real.trusted) or not alloc.value or real.value is None:
        return None
    return real.value / alloc.value * 100


PERCENT_NAME_RE = re.compile(r"^(?:persentase|presentase|prosentase)\b", re.I)
# How OCR reads a '%' printed after a number: '96' ('10096' for 100%) or '5' ('1005').
SIGN_GLYPHS = ("96", "5")
BARE_PERCENT_RE = re.compile(r"^\|?\s*(\d{1,5}(?:[.,]\d{1,3})?)\s*\|?$")
# '%' read as '9o' (its upper ring a 9, its lower one an 'o'): '959o' for 95%. The 'o' alone would be a misread 0
# ('9590'), so the shape is no evidence by itself: the column's '%' signs settle it (`settle_by_column`).
NINE_O_PERCENT_RE = re.compile(r"^\|?\s*(\d{1,3}(?:,\d{1,2})?)9[oO\u00b0]\s*\|?$")
SIGN_DIGITS_RE = re.compile(r"\d{4,5}")  # a bare whole number that may hold a '%' read as one or two digits
MIN_COLUMN_EVIDENCE = 2  # clean values printed with '%' that prove a column's (or row's) unit


def sign_glyph_reading(raw: str) -> float | None:
    """The number before a trailing '96' or '5' of a bare cell ('2596' -> 25, '0.45' -> 0.4), or before a trailing
    '9o' ('959o' -> 95), else None.

    Only the shape: whether that glyph is a misread '%' is for the evidence to say.
    """
    m = BARE_PERCENT_RE.match(raw.strip())
    if not m:
        nine_o = NINE_O_PERCENT_RE.match(raw.strip()) if raw[-1:] in "oO\u00b0" else None
        return float(nine_o.group(1).replace(",", ".")) if nine_o else None
    digits = m.group(1)
    for glyph in SIGN_GLYPHS:
        head = digits[:-len(glyph)]  # a separator left dangling ('99,96') means the glyphs were decimals
        leading_zero = len(head) > 1 and head[0] == "0" and head[1] not in ".,"
        if digits.endswith(glyph) and head and head[-1].isdigit() and not leading_zero:
            return float(head.replace(",", "."))
    return None


AUTHOR_ROUNDING = 0.05  # points of capaian an author's own figure may stray from the ratio of the printed, rounded values


def within_author_rounding(t: Reading, r: Reading, a: Reading) -> bool:
    """Whether the capaian as printed is the ratio of the printed target and realisasi but for the author's rounding,
    in a row that prints no '%' sign anywhere.

    '10,41 tahun' and '10,59 tahun' with capaian '101,75' (the ratio is
    101,73): the author divided unrounded figures, and nothing in the row
    says its capaian carried a sign. Its last digit is then no misread '%'
    ('101,7%'), though that reading would fit the ratio to its decimals.
    Beside '75%' and '80.2%', a bare '106.95' (106,93) lost its sign: the
    row prints them.
    """
    if t.value is None or r.value is None or a.value is None or not t.value or "%" in t.raw or "%" in r.raw:
        return False
    return abs(a.value - r.value / t.value * 100) <= AUTHOR_ROUNDING


def with_sign_glyph(reading: Reading | None) -> Reading | None:
    """A bare cell's reading with the one that takes its last glyphs for a misread '%' among its alternatives."""
    if reading is None or "%" in reading.raw or reading.text is not None:
        return reading
    value = sign_glyph_reading(reading.raw)
    if value is None or value in candidates(reading):
        return reading
    return replace(reading, unit="%", alternatives=reading.alternatives + (value,))


def printed_with_sign(reading: Reading | None) -> bool:
    """A clean percentage printed with its '%' sign."""
    return reading is not None and reading.trusted and reading.unit == "%" and reading.value is not None \
        and "%" in reading.raw


def repair_from_column_unit(rows: list[MeasureRow]) -> None:
    """A bare '10096', '255' or '62.496' in a column of percentages: the last glyphs are the '%' misread.

    Evidence: the other rows of the same table print this column's values
    with the '%' sign (and the row's own target or realisasi too; a name
    opening with 'Persentase' counts as one such value), so the cell printed
    one as well; as printed the number is no plausible
    percentage (above 200, or three decimals), and dropping the trailing '96'
    or '5' (how OCR reads '%') leaves one that is. A bare whole number has a
    second reading ('1005' as '10,05' with its comma and sign lost), so it is
    repaired only where the column prints whole percentages (at least half
    of them). A bare cell that is plausible as printed ('105', '2,85') but may
    hold the sign ('10%', '2,8%') stays as printed and is flagged, unless the
    row's capaian confirms it.
    """
    tables: dict[tuple[int, str], list[MeasureRow]] = {}
    for row in rows:
        if row.source.table_line and not row.from_sentence:
            tables.setdefault((row.source.table_line, row.source.table), []).append(row)
    for members in tables.values():
        for field in ("target", "realisation", "achievement"):
            column = [getattr(r, field) for r in members]
            signed = [c for c in column if printed_with_sign(c)]
            whole = sum(1 for c in signed if decimals(c.value)) * 2 <= len(signed)
            bare = sum(1 for c in column if c is not None and c.trusted and c.value is not None
                       and "%" not in c.raw and c.unit in (None, "%") and sign_glyph_reading(c.raw) is None)
            for row in members:
                sign_digits = sign_digits_reading(getattr(row, field)) is not None
                if not sign_digits and not may_settle(getattr(row, field)):
                    continue  # (what `settle_by_column` leaves as it is: the evidence is not gathered for it)
                evidence = [c for c in signed if c is not getattr(row, field)]
                own = {"target": row.realisation, "realisation": row.target}.get(field)
                if printed_with_sign(own) and own not in evidence:
                    evidence.append(own)
                # a name that states a percentage ('Persentase ...') proves the unit as one more value would
                named = field != "achievement" and PERCENT_NAME_RE.match(row.indicator_raw.strip()) is not None
                cell = getattr(row, field)
                if len(evidence) + named >= MIN_COLUMN_EVIDENCE and bare * 2 < len(evidence):
                    settle_by_column(row, field, evidence, whole)
                # what a column of percentages leaves ('1009': no '96' or '5' for the sign; a column mixing counts
                # and percentages): the row itself states a percentage (its name, or the line the table reader
                # read it from: `extract.tables.percent_sign_as_digits` notes it), and the column prints whole
                # percentages
                states = named or any(n.startswith(PERCENT_ROW) for n in cell.notes)
                if sign_digits and getattr(row, field) is cell and states and evidence and whole:
                    settle_sign_digits(row, field, evidence)


def sign_digits_reading(reading: Reading | None) -> float | None:
    """The one whole percentage a bare number above 200 reads as with its '%' read as digits, else None.

    '1009' is 1009 as printed, 100% with the sign read as '9', or 10,09% with the comma and the sign
    lost: one whole reading (100). '1500' has three (100, 150, 15): no reading stands out.
    """
    if reading is not None and reading.value is not None and reading.value > IMPLAUSIBLE_PERCENT \
            and reading.text is None and (nine_o := NINE_O_PERCENT_RE.match(reading.raw.strip())):
        return float(nine_o.group(1).replace(",", "."))  # '1009o': 10090 as printed, 100% with its sign read '9o'
    if reading is None or reading.value is None or reading.text is not None or reading.repairs \
            or reading.value <= IMPLAUSIBLE_PERCENT or not SIGN_DIGITS_RE.fullmatch(reading.raw.strip()):
        return None
    read = parse_percent(reading.raw)
    if read is None or not any(n.startswith(SIGN_AS_DIGIT) for n in read.notes):
        return None
    whole = [v for v in read.alternatives if v == int(v) and 0 < v <= IMPLAUSIBLE_PERCENT]
    return whole[0] if len(whole) == 1 else None


def settle_sign_digits(row: MeasureRow, field: str, evidence: list[Reading]) -> None:
    """Read a bare '1009' of a row stating a percentage as its one whole reading (100%).

    Evidence: the row states a percentage ('Persentase ...') and its column prints whole percentages; as
    printed the cell is none (above 200), and of its readings with the '%' read as one or two digits exactly
    one is whole ('1009': 100, not 10,09, which would need its comma lost as well).
    """
    reading = getattr(row, field)
    value = sign_digits_reading(reading)
    if value is None:
        return
    shown = ", ".join(repr(c.raw.strip()) for c in evidence[:3])
    setattr(row, field, reading.with_value(value, Repair(
        "percent_sign_in_column", reading.raw, f"{_fmt(value)}%",
        f"the row states a percentage and its {field} column prints percentages, most of them whole ({shown}); "
        f"{reading.raw.strip()!r} is none as printed, "
        f"and {_fmt(value)}% is its one whole reading with the '%' read as digits")))


def capaian_confirms(row: MeasureRow) -> bool:
    """The row's printed capaian agrees with realisasi / target x 100 as the values now read."""
    t, r, a = row.target, row.realisation, row.achievement
    if t is None or r is None or a is None or not t.value or r.value is None or a.value is None:
        return False
    return abs(a.value - r.value / t.value * 100) <= PERCENT_TOLERANCE


def may_settle(reading: Reading | None) -> bool:
    """Whether `settle_by_column` may repair or flag this cell: a bare number, unrepaired, whose last glyphs may be a
    misread '%'. Most cells print their '%' or are empty; for them the column's evidence need not be gathered."""
    if reading is None or reading.value is None or reading.text is not None or "%" in reading.raw \
            or (reading.repairs and not NINE_O_PERCENT_RE.match(reading.raw.strip())):  # ('959o': its 'o' read as 0)
        return False
    value = sign_glyph_reading(reading.raw)
    return value is not None and value <= IMPLAUSIBLE_PERCENT


def settle_by_column(row: MeasureRow, field: str, evidence: list[Reading], whole_column: bool) -> None:
    """Repair or flag one bare cell of a column the `evidence` proves to hold percentages."""
    reading = getattr(row, field)
    if not may_settle(reading):
        return
    value = sign_glyph_reading(reading.raw)
    if value is None:
        return
    shown = ", ".join(repr(c.raw.strip()) for c in evidence[:3])
    implausible = reading.value > IMPLAUSIBLE_PERCENT or decimals(reading.value) > 2
    # ('8.265' orang over a realisasi '8.241' and a capaian '99,71%': the row's own arithmetic reads a target or a
    # realisasi as printed; a capaian '62.496' is the cell in doubt itself, which that arithmetic cannot clear)
    if implausible and (value != int(value) or whole_column) \
            and (field == "achievement" or not capaian_confirms(row)):
        setattr(row, field, reading.with_value(value, Repair(
            "percent_sign_in_column", reading.raw, f"{_fmt(value)}%",
            f"the {field} column prints its values with the '%' sign ({shown}); "
            f"{reading.raw.strip()!r} is no percentage as printed, and its last glyphs are the '%' misread")))
    elif not implausible and reading.trusted and len(re.sub(r"\D", "", reading.raw)) >= 3 \
            and not capaian_confirms(row):
        setattr(row, field, reading.flagged(
            f"printed without the '%' its column's values carry ({shown}); its last glyphs may be the sign "
            f"misread ({_fmt(value)}%); left as printed"))
