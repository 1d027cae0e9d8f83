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


def realised(line: int, allocation: str, realisation: str, percent: str) -> BudgetRow:
    from normalize.numbers import parse_percent
    from normalize.repair import repair_budget

    row = BudgetRow(source=Source(line=line, page=1, raw="", table="realisasi"), name=None,
                    allocation=parse_amount(allocation), realisation=parse_amount(realisation),
                    percent=parse_percent(percent))
    return repair_budget(row)


def test_a_kegiatan_realisasi_is_the_sum_of_its_outputs_when_its_own_percent_says_so():
    # Corpus 001 lines 2700-2706: the outputs' pagu add up to the kegiatan's; their realisasi add up to
    # 19.902.510, which is the printed 56,63% of 35.147.000; the printed '19562510' is 55,66%.
    from normalize.totals import repair_from_children

    rows = [realised(2700, "35147.000", "19562510", "5663 %"), realised(2702, "30.011.000", "16837500", "56.10 %"),
            realised(2704, "4.116.000", "2115010", "5139%"), realised(2706, "1.020.000", "850,000", "93 14%")]
    repair_from_children(rows)
    assert rows[0].realisation.value == 19_902_510 and rows[0].realisation.repairs[-1].rule == "sum_of_children"


def test_an_output_one_digit_from_closing_its_kegiatan_is_repaired_unless_its_percent_confirms_it():
    # Corpus 001 lines 2837-2839: 2.126.831.472 - 2.094.466.092 = 32.365.380, printed '42 365 380'
    # (and its % '81.89%' for 81,99). The other output is one digit off too, but its 96,63% confirms it.
    from normalize.totals import repair_from_children

    rows = [realised(2837, "2 206.982 000", "2.126.831.472", "96.37%"),
            realised(2838, "2 167.508.000", "2094 466 092", "96.63%"),
            realised(2839, "39 .474.000", "42 365 380", "81.89%")]
    repair_from_children(rows)
    assert rows[2].realisation.value == 32_365_380 and rows[2].percent.value == 81.99
    assert rows[1].realisation.value == 2_094_466_092 and not rows[1].realisation.repairs


def test_the_outputs_sum_settles_which_digit_of_an_ambiguous_output_was_misread():
    # Corpus 001 lines 2708-2711: '13 153650' / 13.200.000 is 99,65%, printed 99,95%; the amount or the %
    # was misread. With 13.193.650 the outputs add up to the kegiatan's realisasi but for 3 rupiah.
    from normalize.totals import repair_from_children

    rows = [realised(2708, "149.793.000", "149.418.438", "99,75 %"), realised(2709, "11.381.000", "11.380.700", "100%"),
            realised(2710, "125212000", "124 844,085", "9971 %"), realised(2711, "13.200.000", "13 153650", "99,95 %")]
    assert not rows[3].percent.trusted
    repair_from_children(rows)
    assert rows[3].realisation.value == 13_193_650 and rows[3].percent.value == 99.95 and rows[3].percent.trusted


def test_outputs_that_do_not_add_up_to_the_pagu_are_no_block():
    # Corpus 001 lines 2684-2690: the outputs' pagu add up to 76.232.500, 500 above the kegiatan's.
    from normalize.totals import parent_blocks

    rows = [realised(2684, "76.232.000", "54092179", "70.96 %"), realised(2686, "24 451 500", "13.681 859", "5596 %"),
            realised(2688, "50.761.000", "39.454 250", "77.73 %"), realised(2690, "1.020.000", "356,000", "8373 %")]
    assert parent_blocks(rows) == []


def outputs_under(kegiatan: BudgetRow) -> list[BudgetRow]:
    """A kegiatan row and three outputs right under it, read cleanly."""
    return [kegiatan, realised(21, "410.552.000", "398.006.512", "96,94%"),
            realised(22, "18.730.300.000", "18.655.420.300", "99,60%"),
            realised(23, "5.208.114.000", "5.130.773.225", "98,52%")]


def test_a_kegiatan_amount_damaged_past_one_repair_is_read_from_the_outputs_under_it():
    # The realisasi shows glyphs ('B', 'O') and a 3 read as 8; its pagu lost its leading digit, so neither
    # its % nor the pagu sum finds its outputs. Their realisasi add up to 24.184.200.037, which the damaged
    # text is with its glyphs read as digits and one look-alike: that is the printed amount.
    from normalize.totals import repair_glyphs_from_children

    rows = outputs_under(realised(20, "4.348.966.000", "24.1B4.200.O87", "99,32%"))
    repair_glyphs_from_children(rows, is_total)
    fixed = rows[0].realisation
    assert fixed.value == 24_184_200_037 and fixed.repairs[-1].rule == "sum_of_children"
    assert "lines 21-23" in fixed.repairs[-1].evidence and fixed.repairs[-1].before == "24.1B4.200.O87"
    assert rows[0].allocation.value == 4_348_966_000  # a clean amount is never changed here
    # two look-alike digits, or one without a % that rejects the glyphs' reading: kept as read
    for realisasi, percent in (("24.1B4.200.O88", "99,32%"), ("24.1B4.200.O87", "")):
        rows = outputs_under(realised(20, "4.348.966.000", realisasi, percent or "-"))
        if not percent:
            rows[0].percent = None
        repair_glyphs_from_children(rows, is_total)
        assert rows[0].realisation.value != 24_184_200_037 and not any(
            r.rule == "sum_of_children" for r in rows[0].realisation.repairs)


def test_outputs_an_authors_slip_away_from_a_kegiatan_its_own_percent_proves_change_nothing():
    # 'T6.232.000' beside 54.092.179 and 70,96% is 76.232.000; its outputs add up to 76.232.500 (500 more:
    # the authors'), one look-alike digit away. The row's own % proves the glyphs' reading: kept.
    from normalize.totals import repair_glyphs_from_children

    rows = [realised(30, "T6.232.000", "54092179", "70.96 %"), realised(31, "24 451 500", "13.681 859", "55,96%"),
            realised(32, "50.761.000", "39.454 250", "77,73%"), realised(33, "1.020.000", "956.000", "93,73%")]
    repair_glyphs_from_children(rows, is_total)
    assert rows[0].allocation.value == 76_232_000
    assert not any(r.rule == "sum_of_children" for r in rows[0].allocation.repairs)


def test_glyph_shape_is_asked_only_of_amounts_that_show_a_glyph():
    # the precheck by characters must agree with the shape: clean amounts (a Rupiah sign or separators
    # included) show no glyph, a letter or a mark inside the digits does
    from normalize.totals import glyph_shape
    from normalize.values import Reading

    def read(raw: str) -> Reading:
        return Reading(raw=raw, value=1.0)

    assert glyph_shape(read("57.027.289.475")) is None
    assert glyph_shape(read("Rp. 8.500.000,-")) is None
    assert glyph_shape(read("12 345 678")) is None
    assert glyph_shape(read("3T.027.289.4T5")) == "3?0272894?5"
    assert glyph_shape(read("Rp 6.1O2.300")) == "61?2300"
    assert glyph_shape(Reading(raw="3T.027.289.4T5", value=None)) is None  # unread: nothing to repair
    assert glyph_shape(None) is None


def test_an_amount_whose_text_shows_a_glyph_is_read_as_the_total_leaves_it():
    # 'Rp 45K 120000' reads 45.120.000 with its glyph dropped; the total leaves 455.120.000, which is the
    # printed text with the glyph standing for a digit.
    rows = [budget(20, "Belanja Pegawai Kantor", "Rp 45K 120000"), budget(21, "Belanja Barang Kantor", "Rp 3.250.000"),
            budget(22, "Belanja Modal Kantor", "Rp 11.630.000"), budget(23, "TOTAL ANGGARAN", "Rp 470.000.000", total=True)]
    repair_from_totals(rows, is_total)
    fixed = rows[0].allocation
    assert fixed.value == 455_120_000 and fixed.repairs[-1].rule == "sum_to_total"
    assert "'Rp 45K 120000'" in fixed.repairs[-1].evidence and "line 23" in fixed.repairs[-1].evidence
    assert [r.allocation.value for r in rows[1:]] == [3_250_000, 11_630_000, 470_000_000]


def test_a_glyph_is_no_licence_for_an_amount_its_shape_does_not_give():
    # The total leaves 465.120.000: not '45K 120000' with its glyph a digit (the 5 would have to be a 6 too).
    rows = [budget(20, "Belanja Pegawai Kantor", "Rp 45K 120000"), budget(21, "Belanja Barang Kantor", "Rp 3.250.000"),
            budget(22, "Belanja Modal Kantor", "Rp 11.630.000"), budget(23, "TOTAL ANGGARAN", "Rp 480.000.000", total=True)]
    repair_from_totals(rows, is_total)
    assert rows[0].allocation.value == 45_120_000 and not rows[0].allocation.repairs
    # a clean amount with a digit fewer than the total needs is the authors' figure, not a lost digit
    rows = [budget(20, "Belanja Pegawai Kantor", "Rp 45.512.000"), budget(21, "Belanja Barang Kantor", "Rp 3.250.000"),
            budget(22, "Belanja Modal Kantor", "Rp 11.630.000"), budget(23, "TOTAL ANGGARAN", "Rp 470.000.000", total=True)]
    repair_from_totals(rows, is_total)
    assert rows[0].allocation.value == 45_512_000


def lost_block(lost_rows: int, percent: str | None = None, total: str = "Rp 950.000.000") -> list[BudgetRow]:
    from normalize.numbers import parse_percent
    from normalize.values import Reading

    gone = Reading(raw="Rp. Rp.", value=None, unit="rupiah", trusted=False)
    rows = [budget(10, "Arsip Dinamis", "Rp 400.000.000")]
    rows += [BudgetRow(source=Source(line=11 + k, page=1, raw="Rp. Rp.", table="t"), name=f"Kegiatan {k}",
                       allocation=gone, percent=parse_percent(percent) if percent else None) for k in range(lost_rows)]
    return rows + [budget(13, "Layanan Keliling", "Rp 250.000.000"), budget(14, "Jumlah", total, total=True)]


def test_the_one_row_whose_digits_were_lost_is_its_total_minus_the_others_and_no_more():
    from normalize.totals import fill_lost_from_total

    rows = lost_block(1)
    fill_lost_from_total(rows, is_total, lambda r: "total" if r.is_total else "kegiatan")
    assert rows[1].allocation.value == 300_000_000 and rows[1].allocation.repairs[0].rule == "sum_to_total"
    for rows in (lost_block(2), lost_block(1, total="Rp 600.000.000"), lost_block(1, percent="90%")):
        # two rows lost (the gap is theirs together), a gap below zero, or a % the row cannot have (no realisasi)
        fill_lost_from_total(rows, is_total, lambda r: "total" if r.is_total else "kegiatan")
        assert all(r.allocation.value is None and not r.allocation.trusted for r in rows[1:-2])


def test_an_outputs_glyph_is_the_digit_that_makes_the_outputs_add_up_to_their_kegiatan():
    # No % column: 'S' in '6S2.400.000' read by default as 5; the kegiatan's realisasi needs 8 (682.400.000).
    # Every other output is one digit from closing the gap too, but only this one shows damage.
    from normalize.totals import repair_from_children

    def row(line: int, allocation: str, realisation: str) -> BudgetRow:
        return BudgetRow(source=Source(line=line, page=1, raw="", table="t"), name=None,
                         allocation=parse_amount(allocation), realisation=parse_amount(realisation))

    rows = [row(30, "1.500.000.000", "1.421.650.000"), row(31, "310.000.000", "301.250.000"),
            row(32, "700.000.000", "6S2.400.000"), row(33, "490.000.000", "438.000.000")]
    assert rows[2].realisation.value == 652_400_000
    repair_from_children(rows)
    assert rows[2].realisation.value == 682_400_000
    assert rows[2].realisation.repairs[-1].rule == "sum_of_children"
    assert rows[1].realisation.value == 301_250_000 and rows[3].realisation.value == 438_000_000


def test_a_kegiatan_realisasi_one_digit_from_its_outputs_is_settled_by_its_program() -> None:
    # an invented KPU budget tree: kegiatan 6810 prints 1.530.130.000 where its two outputs add up to 1.530.120.000;
    # every % fits both readings, so the outputs alone cannot say which was misread. Program 076.01.CQ's
    # realisasi adds up over its two kegiatan only with 1.530.120.000.
    from normalize.totals import repair_from_children

    def coded(line, code, pagu, real, pct):
        row = realised(line, pagu, real, pct)
        row.code = code
        return row

    rows = [coded(20, "076.01.CQ", "3.100.000.000", "3.012.370.000", "97,17"),
            coded(21, "6810", "1.560.000.000", "1.530.130.000", "98,08"),
            coded(22, "6810.QGE.001", "1.000.000.000", "981.050.000", "98,11"),
            coded(23, "6810.QGE.002", "560.000.000", "549.070.000", "98,05"),
            coded(24, "6811", "1.540.000.000", "1.482.250.000", "96,25"),
            coded(25, "6811.QGE.001", "1.540.000.000", "1.482.250.000", "96,25")]
    repair_from_children(rows)
    assert rows[1].realisation.value == 1_530_120_000 and "line 20" in rows[1].realisation.repairs[-1].evidence
    assert [r.realisation.value for r in rows[2:4]] == [981_050_000, 549_070_000]
    # without the program's sum to settle it, nothing changes
    rows = [coded(21, "6810", "1.560.000.000", "1.530.130.000", "98,08"),
            coded(22, "6810.QGE.001", "1.000.000.000", "981.050.000", "98,11"),
            coded(23, "6810.QGE.002", "560.000.000", "549.070.000", "98,05")]
    repair_from_children(rows)
    assert rows[0].realisation.value == 1_530_130_000


def test_rows_whose_percent_confirms_them_are_not_changed_to_fit_a_misprinted_total():
    # the author's slip: the jenis belanja rows add up to 3.354.180.000 but the Jumlah prints 3.363.180.000 (two digits
    # off); the first row is one digit away from closing the gap (1.769.400.000), but its own 97,80% confirms its
    # printed realisasi, so it is not the misread one
    rows = [realised(20, "1.800.000.000", "1.760.400.000", "97,80"),
            realised(21, "1.450.000.000", "1.398.780.000", "96,47"),
            realised(22, "200.000.000", "195.000.000", "97,50"),
            realised(23, "3.450.000.000", "3.363.180.000", "97,22")]
    rows[3] = BudgetRow(source=rows[3].source, name="Jumlah", allocation=rows[3].allocation,
                        realisation=rows[3].realisation, percent=rows[3].percent, is_total=True)
    repair_from_totals(rows, is_total)
    assert [r.realisation.value for r in rows[:3]] == [1_760_400_000, 1_398_780_000, 195_000_000]
    assert not any(r.realisation.repairs for r in rows[:3])
