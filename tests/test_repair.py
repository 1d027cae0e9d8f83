"""Repairs need evidence: the row's own arithmetic or the same value elsewhere."""
from __future__ import annotations

from extract.records import BudgetRow, MeasureRow, Source
from normalize.numbers import parse_amount, parse_measure, parse_percent
from normalize.repair import repair_budget, repair_from_siblings, repair_measure


def measure(indicator: str, target: str, realisation: str | None = None, achievement: str | None = None, line: int = 1):
    return MeasureRow(indicator_raw=indicator, source=Source(line=line, page=1, raw=""),
                      target=parse_measure(target, "%"),
                      realisation=parse_measure(realisation, "%") if realisation else None,
                      achievement=parse_measure(achievement, "%") if achievement else None,
                      has_realisation_column=realisation is not None)


def test_capaian_with_lost_leading_digits_is_restored_by_arithmetic():
    # 001 Ikhtisar Eksekutif: '100% 95%: 5%' -> capaian 95 (= 95 / 100 x 100).
    row = repair_measure(measure("Persentase KPU Kabupaten ...", "100%", "95%:", "5%"))
    assert row.achievement.value == 95
    (repair,) = row.achievement.repairs
    assert repair.rule == "capaian_digits_lost" and repair.before == "5%" and "95" in repair.evidence


def test_damaged_target_settled_by_capaian():
    # '1005' for 100%: realisasi 95 and capaian 95 prove the target is 100.
    row = repair_measure(measure("Persentase ...", "1005", "95%", "95%"))
    assert row.target.value == 100 and row.target.trusted
    assert row.target.repairs[-1].rule == "arithmetic_capaian"


def test_author_error_is_kept_as_printed():
    # 002: capaian printed 100% although 100 / 95 = 105,3: no OCR damage, keep it.
    row = repair_measure(measure("persentase penyelenggaraan pemilihan tanpa konflik", "95%", "100%", "100%"))
    assert (row.target.value, row.realisation.value, row.achievement.value) == (95, 100, 100)
    assert not any(r.repairs for r in (row.target, row.realisation, row.achievement))


def test_target_taken_from_same_indicator_elsewhere():
    rows = [measure("Persentase sarana dan prasarana teknologi informasi", "100%", line=10),
            measure("Persentase sarana dan prasarana teknologi informasi", "1009", line=50)]
    repair_from_siblings(rows)
    assert rows[1].target.value == 100 and rows[1].target.repairs[-1].rule == "same_value_elsewhere"


def test_budget_percent_with_lost_decimal_separator():
    # 001: '9126 %' is 91,26 = 430.208.842 / 471.424.000.
    row = BudgetRow(source=Source(line=1, page=1, raw=""), allocation=parse_amount("471.424.000"),
                    realisation=parse_amount("430.208.842"), percent=parse_percent("9126 %"))
    repair_budget(row)
    assert row.percent.value == 91.26 and row.percent.trusted


def test_budget_without_evidence_stays_flagged():
    row = BudgetRow(source=Source(line=1, page=1, raw=""), allocation=parse_amount("471 424 00"),
                    realisation=None, percent=None)
    repair_budget(row)
    assert not row.allocation.trusted


def test_one_misread_digit_in_percent_is_fixed_by_arithmetic():
    # 001: '8811%' for 98,11 = 12.433.197.410 / 12.672.969.000.
    row = BudgetRow(source=Source(line=1, page=1, raw=""), allocation=parse_amount("12.672.969.000"),
                    realisation=parse_amount("12.433.197 410"), percent=parse_percent("88.11%"))
    repair_budget(row)
    assert row.percent.value == 98.11 and row.percent.repairs[-1].rule == "digit_misread"


def test_percent_confirmed_by_its_own_row_is_kept():
    # 003: printed 86,98 with Efisiensi 13,02 = 100 - 86,98: the author's figure, not OCR damage.
    row = BudgetRow(source=Source(line=1, page=1, raw=""), allocation=parse_amount("12.460.000"),
                    realisation=parse_amount("10.214.600"), percent=parse_percent("86,98"),
                    other_values=[10.0, 10.0, 13.02])
    repair_budget(row)
    assert row.percent.value == 86.98 and not row.percent.repairs


def budget(allocation: str, realisation: str, percent: str) -> BudgetRow:
    return BudgetRow(source=Source(line=1, page=1, raw=""), allocation=parse_amount(allocation),
                     realisation=parse_amount(realisation), percent=parse_percent(percent))


def test_percent_sign_read_as_a_last_digit_is_dropped_when_arithmetic_proves_it():
    # Scan of 002's budget table: '91,65%' OCR'd as '91,654'; 516.499.800 / 563.540.000 x 100 = 91,6527.
    row = repair_budget(budget("563.540.000", "516.499.800", "91,654"))
    assert row.percent.value == 91.65
    (repair,) = row.percent.repairs
    assert repair.rule == "percent_sign_as_digit" and repair.before == "91,654"


def test_three_printed_decimals_that_fit_the_arithmetic_are_kept():
    # 91,653 is the computed value to three decimals: a real digit, not a misread '%'.
    row = repair_budget(budget("563.540.000", "516.499.800", "91,653"))
    assert row.percent.value == 91.653
    assert not any(r.rule == "percent_sign_as_digit" for r in row.percent.repairs)
