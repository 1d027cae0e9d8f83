"""Budget amounts repaired from the same line item printed cleanly elsewhere in the report."""
from extract.records import BudgetRow, Source
from normalize.build import Built, build_budgets
from normalize.numbers import parse_amount, parse_percent
from normalize.same_line import damaged_as, repair_from_same_item


def row(line: int, name: str | None, pagu: str, code: str | None = None, real: str | None = None,
        pct: str | None = None, total: bool = False) -> BudgetRow:
    return BudgetRow(source=Source(line=line, page=1, raw=pagu), name=name, code=code, allocation=parse_amount(pagu),
                     realisation=parse_amount(real) if real else None, percent=parse_percent(pct) if pct else None,
                     is_total=total)


def not_total(r: BudgetRow) -> bool:
    return r.is_total


def test_an_unreadable_glyph_in_a_pagu_is_read_as_the_same_items_clean_amount():
    # the realisation table prints the output by its code; a sub-unit's PK block names it, a glyph damaged
    rows = [row(120, None, "12.000.000", code="6709.QGE.007", real="11.503.220", pct="95,86 %"),
            row(640, "Penyusunan peraturon pemilu", "Rp. 12 {00,000")]
    assert not rows[1].allocation.trusted
    repair_from_same_item(rows, not_total)
    fixed = rows[1].allocation
    assert fixed.value == 12_000_000 and fixed.trusted
    assert fixed.repairs[-1].rule == "same_item_elsewhere" and "line 120" in fixed.repairs[-1].evidence
    assert fixed.repairs[-1].before == "Rp. 12 {00,000"


def test_a_clean_amount_its_own_percent_rejects_takes_the_same_items_amount():
    # 309.881.570 / 318.816.000 = 97,20% as printed; / 318.516.000 = 97,29%: the RKT's clean 318,816,000
    # is the pagu, its '8' read as '5' here
    rows = [row(300, "Pemutakhiran Data Pemilih dan Penyusunan Daftar Pemilih", "318.516.000",
                real="309.881.570", pct="97,20 %"),
            row(900, "Pemutakhiran Data Pemilih dan Penyusunan Daftar Pemilih", "318,816,000")]
    repair_from_same_item(rows, not_total)
    assert rows[0].allocation.value == 318_816_000
    assert "% agrees" in rows[0].allocation.repairs[-1].evidence


def test_nothing_changes_without_proof():
    # two clean statements of the item disagree: neither proves the damaged one
    rows = [row(10, "Pengelolaan Logistik Pemilu Serentak", "Rp 5 {00.000"),
            row(20, "Pengelolaan Logistik Pemilu Serentak", "5.200.000"),
            row(30, "Pengelolaan Logistik Pemilu Serentak", "5.300.000")]
    repair_from_same_item(rows, not_total)
    assert rows[0].allocation.value != 5_200_000 and not rows[0].allocation.trusted
    # the damaged text cannot be that amount (its first digit a 2, the other's a 4)
    rows = [row(10, "Pengelolaan Logistik Pemilu Serentak", "Rp 2 {00.000"),
            row(20, "Pengelolaan Logistik Pemilu Serentak", "4.100.000")]
    repair_from_same_item(rows, not_total)
    assert not rows[0].allocation.trusted
    assert all(r.rule != "same_item_elsewhere" for r in rows[0].allocation.repairs)
    # a clean amount whose row adds up stays as printed, however close the other statement
    rows = [row(10, "Pengelolaan Logistik Pemilu Serentak", "5.500.000", real="5.390.000", pct="98,00 %"),
            row(20, "Pengelolaan Logistik Pemilu Serentak", "8.500.000")]
    repair_from_same_item(rows, not_total)
    assert rows[0].allocation.value == 5_500_000 and not rows[0].allocation.repairs
    # another item's amount is no evidence (different codes), nor is a short name ('Layanan')
    rows = [row(10, None, "Rp 3 {00.000", code="3355.994"), row(20, None, "3.600.000", code="3360.994")]
    repair_from_same_item(rows, not_total)
    assert not rows[0].allocation.trusted
    rows = [row(10, "Layanan", "Rp 3 {00.000"), row(20, "Layanan", "3.600.000")]
    repair_from_same_item(rows, not_total)
    assert not rows[0].allocation.trusted
    # each TOTAL sums its own table: another table's total is no statement of it
    rows = [row(10, "TOTAL ANGGARAN", "Rp 9 {00.000", total=True), row(20, "TOTAL ANGGARAN", "9.100.000", total=True)]
    repair_from_same_item(rows, not_total)
    assert not rows[0].allocation.trusted


def test_the_damage_must_be_one_ocr_makes():
    assert damaged_as("Rp 1 {70,000", 1_170_000) is not None  # a glyph for a digit
    assert damaged_as("2.0055.000", 2_005_000) is not None  # a digit doubled
    assert damaged_as("74 520 00", 745_200_000) is None  # two digits lost
    assert damaged_as("3.100.000", 3_300_000) is None  # 1 and 3: not look-alikes
    assert damaged_as("3.600.000", 3_800_000) is not None  # 6 and 8 are
    assert damaged_as("12.345.000", 13_245_000) is not None  # neighbours swapped


def test_the_repaired_pagu_reaches_the_output_with_its_evidence():
    rows = [row(120, None, "12.000.000", code="6709.QGE.007", real="11.503.220", pct="95,86 %"),
            row(640, "Penyusunan peraturon pemilu", "Rp. 12 {00,000")]
    built = Built()
    build_budgets("doc", rows, built)
    out = {b["line"]: b for b in built.budgets}
    assert out[640]["allocation"] == 12_000_000 and not out[640]["flagged"]
    assert any(r["line"] == 640 and r["rule"] == "same_item_elsewhere" for r in built.review)


def test_a_nameless_rows_amount_its_percent_rejects_takes_the_look_alike_the_report_prints_elsewhere():
    # a realisation-table row whose name and code were not read: 512.134.105 / 521.150.000 = 98,27% as printed,
    # / 521.450.000 = 98,21%; the RKT's Anggaran column prints 521,150,000 ('1' read as '4')
    rows = [row(200, None, "521.450.000", real="512.134.105", pct="98,27 %"),
            row(700, "Pemutakhiran Data Pemilih Berkelanjutan", "521,150,000")]
    repair_from_same_item(rows, not_total)
    fixed = rows[0].allocation
    assert fixed.value == 521_150_000 and "line 700" in fixed.repairs[-1].evidence
    # without the statement elsewhere the arithmetic alone does not choose (realisasi could be the misread one)
    rows = [row(200, None, "521.450.000", real="512.134.105", pct="98,27 %"),
            row(700, "Pemutakhiran Data Pemilih Berkelanjutan", "521,750,000")]
    repair_from_same_item(rows, not_total)
    assert rows[0].allocation.value == 521_450_000 and not rows[0].allocation.repairs
    # a row whose % holds is left alone, whatever the report prints elsewhere
    rows = [row(200, None, "521.150.000", real="512.134.105", pct="98,27 %"),
            row(700, "Pemutakhiran Data Pemilih Berkelanjutan", "521,450,000")]
    repair_from_same_item(rows, not_total)
    assert rows[0].allocation.value == 521_150_000 and not rows[0].allocation.repairs
