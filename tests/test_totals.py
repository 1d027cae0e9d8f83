"""Budget amounts repaired from their block's total, only with evidence."""
from extract.records import BudgetRow, Source
from normalize.numbers import parse_amount
from normalize.totals import repair_from_totals


def budget(line: int, name: str, amount: str, table: str = "t", total: bool = False) -> BudgetRow:
    return BudgetRow(source=Source(line=line, page=1, raw=amount, table=table), name=name,
                     allocation=parse_amount(amount), is_total=total)


def is_total(row: BudgetRow) -> bool:
    return row.is_total


def test_the_amount_printed_for_the_same_item_elsewhere_makes_the_block_add_up():
    # Corpus 001 lines 3166-3168 (Ketua PK) and 3398-3404 (Sekretariat PK, the second amount misread).
    rows = [budget(3166, "Penyelenggaraan Pemilu Dalam Proses", "Rp. 35.652.457.000", "ketua"),
            budget(3168, "Program Dukungan Manajemen", "Rp. 2.125.576.000", "ketua"),
            budget(3398, "Penvelenggaman Pemilu dalam proses", "Rp. 35.652.457.000"),
            budget(3400, "Program Dukungan Manajemen", "Rp 1 135.576.000", "budget lines"),
            budget(3404, "TOTAL ANGGARAN", "37.778.033.000", total=True)]
    repair_from_totals(rows, is_total)
    fixed = rows[3].allocation
    assert fixed.value == 2_125_576_000 and fixed.repairs[-1].rule == "sum_to_total"
    assert "line 3168" in fixed.repairs[-1].evidence and "line 3404" in fixed.repairs[-1].evidence
    assert rows[2].allocation.value == 35_652_457_000


def test_one_misread_digit_is_repaired_when_the_total_cannot_be_the_misread_one():
    # 8.500.000 should be 9.500.000: the sum 9.000.000 misses the total 10.000.000 by more than a digit,
    # and no other row becomes a one-digit variant by taking the gap.
    rows = [budget(10, "Penetapan Data Pemilih", "8.500.000"), budget(11, "Penetapan Peserta", "400.000"),
            budget(12, "Evaluasi", "100.000"), budget(13, "Jumlah", "10.000.000", total=True)]
    repair_from_totals(rows, is_total)
    assert [r.allocation.value for r in rows[:3]] == [9_500_000, 400_000, 100_000]


def test_nothing_changes_without_evidence():
    # The total may be the misread one (one digit from the sum) ...
    rows = [budget(10, "A", "100.000.000"), budget(11, "B", "35.000.000"), budget(12, "Jumlah", "125.000.000", total=True)]
    repair_from_totals(rows, is_total)
    assert [r.allocation.value for r in rows] == [100_000_000, 35_000_000, 125_000_000]
    # ... or no single reading explains the gap (an author's sum that does not add up stays as printed).
    rows = [budget(10, "A", "100.000.000"), budget(11, "B", "35.000.000"), budget(12, "Jumlah", "177.000.000", total=True)]
    repair_from_totals(rows, is_total)
    assert [r.allocation.value for r in rows] == [100_000_000, 35_000_000, 177_000_000]
    assert not any(r.allocation.repairs for r in rows)


def test_a_total_its_rows_nearly_add_up_to_is_kept_and_flagged():
    rows = [budget(10, "A", "100.000.000"), budget(11, "B", "35.000.000"), budget(12, "Jumlah", "125.000.000", total=True)]
    repair_from_totals(rows, is_total)
    total = rows[2].allocation
    assert total.value == 125_000_000 and not total.trusted and "135,000,000" in total.notes[-1]
    # a program row above its own kegiatan rows doubles the sum: a hierarchy, not an inconsistency
    rows = [budget(10, "Program", "135.000.000"), budget(11, "A", "100.000.000"), budget(12, "B", "35.000.000"),
            budget(13, "Jumlah", "135.000.000", total=True)]
    repair_from_totals(rows, is_total)
    assert rows[3].allocation.trusted
