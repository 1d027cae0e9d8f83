"""Repairs need evidence: the row's own arithmetic or the same value elsewhere."""
from __future__ import annotations

from extract.records import BudgetRow, MeasureRow, Source
from normalize.numbers import parse_amount, parse_measure, parse_percent
from normalize.repair import (repair_budget, repair_from_column_unit, repair_from_siblings, repair_from_twin_rows,
                              repair_measure, repair_two_cells)
from normalize.values import Reading


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


def test_met_opinion_capaian_with_its_percent_read_as_a_digit_is_100():
    # 'WTP | WTP | 1005': the same opinion as target and realisasi is a target met; '1005' is 100%.
    row = repair_measure(measure("Opini auditor atas laporan keuangan", "WTP", "WTP", "1005"))
    assert row.achievement.value == 100 and row.achievement.unit == "%"
    assert row.achievement.repairs[-1].rule == "met_in_words" and "WTP" in row.achievement.repairs[-1].evidence
    # a grade missed keeps its printed capaian: nothing proves it
    row = repair_measure(measure("Nilai evaluasi kinerja", "A", "BB", "1005"))
    assert row.achievement.value == 1005 and not row.achievement.repairs


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


def test_a_doubtful_target_is_confirmed_by_the_same_indicators_clean_target():
    # 'B5ry': read as 85 (B for 8) past its unreadable tail; a sub-unit's PK prints the same indicator's '85%'
    doubtful = MeasureRow(indicator_raw="Persentase pegawai yang mengikuti pelatihan teknis", target=parse_measure("B5ry"),
                          source=Source(line=80, page=1, raw="B5ry"))
    rows = [measure("Persentase pegawai yang mengikuti pelatihan teknis", "85%", line=20), doubtful]
    assert not doubtful.target.trusted
    repair_from_siblings(rows)
    assert rows[1].target.value == 85 and rows[1].target.trusted and rows[1].target.unit == "%"
    assert "line 20" in rows[1].target.repairs[-1].evidence
    # another indicator's value, or another value, confirms nothing
    for other in (measure("Persentase ruang rapat yang berfungsi baik", "85%", line=20),
                  measure("Persentase pegawai yang mengikuti pelatihan teknis", "65%", line=20)):
        doubtful = MeasureRow(indicator_raw="Persentase pegawai yang mengikuti pelatihan teknis",
                              target=parse_measure("B5ry"), source=Source(line=80, page=1, raw="B5ry"))
        repair_from_siblings([other, doubtful])
        assert not doubtful.target.trusted and doubtful.target.value == 85
        assert all(r.rule != "same_value_elsewhere" for r in doubtful.target.repairs)


def test_a_guessed_grade_is_confirmed_by_the_same_indicators_clean_grade():
    # 'EB' (letters guessed as BB) in one table; the IKU table prints 'BB' for the same indicator
    name = "Nilai evaluasi akuntabilitas kinerja instansi"
    rows = [MeasureRow(indicator_raw=name, target=parse_measure("BB"), source=Source(line=30, page=1, raw="BB")),
            MeasureRow(indicator_raw=name, target=parse_measure("EB"), source=Source(line=90, page=1, raw="EB"))]
    guessed = rows[1].target
    assert guessed.text == "BB" and not guessed.trusted
    repair_from_siblings(rows)
    assert rows[1].target.trusted and "line 30" in rows[1].target.repairs[-1].evidence
    # a clean statement of another grade leaves the guess in doubt
    rows = [MeasureRow(indicator_raw=name, target=parse_measure("A"), source=Source(line=30, page=1, raw="A")),
            MeasureRow(indicator_raw=name, target=parse_measure("EB"), source=Source(line=90, page=1, raw="EB"))]
    repair_from_siblings(rows)
    assert not rows[1].target.trusted


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


def test_one_misread_amount_digit_is_restored_when_only_it_fits():
    # 001 line 2706: '850,000' of 1.020.000 at 93,14% is 950.000 (8 read for 9).
    row = repair_budget(budget("1.020.000", "850,000", "93,14%"))
    assert row.realisation.value == 950_000
    (repair,) = row.realisation.repairs
    assert repair.rule == "digit_misread" and repair.before == "850,000" and repair.after == "950000"
    assert row.allocation.value == 1_020_000 and not row.allocation.repairs


def test_amount_or_percent_misread_is_ambiguous_and_flagged():
    # 001 line 2711: realisasi 13.153.650 gives 99,65%; printed 99,95%. Either the 5 of the
    # amount or the 9 of the % was misread: nothing proves which, so nothing is changed.
    row = repair_budget(budget("13.200.000", "13 153650", "99,95 %"))
    assert row.realisation.value == 13_153_650 and row.percent.value == 99.95
    assert not row.percent.trusted and "left as printed" in row.percent.notes[-1]


def test_of_two_fitting_readings_the_usual_ocr_confusion_is_the_misread():
    # 001 line 2694: 3.258.157.849 / 3.398.463.000 = 95,87 (printed '95,67', 8 read as 6); a
    # realisasi of 3.251.157.849 would fit the printed % too, but 1 for 8 is no usual confusion.
    row = repair_budget(budget("3 398 463.000", "3258 157,849", "95,67 %"))
    assert row.percent.value == 95.87 and row.realisation.value == 3_258_157_849
    assert row.percent.repairs[-1].rule == "digit_misread" and "not ones OCR confuses" in row.percent.repairs[-1].evidence
    # 001 line 2715: '3.352.300' is 3.392.300 (5 for 9); 25,26% would need a 2 read as 5
    row = repair_budget(budget("13.272.000", "3.352.300", "25.56 %"))
    assert row.realisation.value == 3_392_300 and row.percent.value == 25.56


def test_a_two_decimal_percent_two_hundredths_off_is_not_rounding():
    # 001 line 2842: 42.605.133 / 34.067.000 = 125,063; the printed '125.08' is a 6 read as 8.
    row = repair_budget(budget("34 067000", "42 605 133", "125.08%"))
    assert row.percent.value == 125.06 and row.percent.repairs[-1].rule == "digit_misread"
    row = repair_budget(budget("34 067000", "42 605 133", "125.1%"))  # one decimal: rounding slack
    assert row.percent.value == 125.1 and not row.percent.repairs
    # two hundredths off by digits OCR does not confuse (7 for 5): the author's rounding, kept
    row = repair_budget(budget("34.067.000", "42.605.133", "125,07%"))
    assert row.percent.value == 125.07 and row.percent.trusted and not row.percent.repairs


def test_whole_percent_is_too_blunt_to_prove_an_amount_digit():
    row = repair_budget(budget("1.020.000", "850,000", "93%"))
    assert row.realisation.value == 850_000 and not row.realisation.repairs


def test_the_closest_fit_wins_over_a_loose_printed_one():
    # '65,296' is 65,2 with the % read as '96': 65,296 / 70 fits 93,14 only within rounding
    # slack, 65,2 / 70 = 93,14 exactly; the printed 3-decimal reading is untrusted.
    row = repair_measure(measure("Persentase penyelesaian pertanggungjawaban", "70%", "65,296", "93,14%"))
    assert row.realisation.value == 65.2 and row.realisation.repairs[-1].rule == "arithmetic_capaian"


def test_bare_number_target_restored_from_its_clean_restatement():
    # A PK target printed '8596' (85% with the sign read as '96'); the capaian table's row for
    # the same indicator was settled to 85% by its arithmetic.
    pk = MeasureRow(indicator_raw="Persentase informasi partai politik yang mutakhir",
                    source=Source(line=32, page=1, raw=""), target=parse_measure("8596"))
    settled = measure("Persentase informasi partai politik yang mutakhir", "85%", "72%", "84,71%", line=45)
    repair_from_siblings([pk, settled])
    assert pk.target.value == 85 and pk.target.unit == "%"
    assert pk.target.repairs[-1].rule == "same_value_elsewhere" and "45" in pk.target.repairs[-1].evidence
    lone = MeasureRow(indicator_raw="Jumlah laporan", source=Source(line=3, page=1, raw=""), target=parse_measure("8596"))
    repair_from_siblings([lone])
    assert lone.target.value == 8596  # nothing else states it: left as printed


def test_bare_numbers_beside_a_capaian_are_percentages_when_the_arithmetic_says_so():
    # '7596' and '6896' (the % read as '96') beside capaian 90,67%: 68 / 75 = 90,67.
    row = MeasureRow(indicator_raw="Persentase Partisipasi Pemilih", source=Source(line=53, page=1, raw=""),
                     target=parse_measure("7596"), realisation=parse_measure("6896"),
                     achievement=parse_measure("90,67%"), has_realisation_column=True)
    repair_measure(row)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (75, 68, 90.67)
    assert row.target.unit == "%" and row.target.repairs[-1].rule == "arithmetic_capaian"


def test_a_reading_with_three_decimals_loses_to_a_plausible_one():
    # '87,796' in both realisasi and capaian (the % read as '96'): 87,796 / 100 fits exactly,
    # but so does 87,7 / 100, and reports print percentages with at most two decimals.
    row = repair_measure(measure("Persentase KPU Kabupaten yang menyelenggarakan tahapan", "100%", "87,796", "87,796"))
    assert (row.realisation.value, row.achievement.value) == (87.7, 87.7)


def test_exact_percent_reading_beats_a_rounded_printed_fit():
    # '8096' / '8896' beside capaian 110%: 8896 / 8096 = 109,88 rounds to 110, but 88 / 80 is exactly 110.
    row = MeasureRow(indicator_raw="Persentase pelaksanaan Pemilu yang Aman", source=Source(line=72, page=1, raw=""),
                     target=parse_measure("8096"), realisation=parse_measure("8896"),
                     achievement=parse_measure("110%"), has_realisation_column=True)
    repair_measure(row)
    assert (row.target.value, row.realisation.value) == (80, 88)


def test_percent_sign_read_as_a_last_digit_is_dropped_when_arithmetic_proves_it():
    # Scan of 002's budget table: '91,65%' OCR'd as '91,654'; 516.499.800 / 563.540.000 x 100 = 91,6527.
    row = repair_budget(budget("563.540.000", "516.499.800", "91,654"))
    assert row.percent.value == 91.65
    (repair,) = row.percent.repairs
    assert repair.rule == "percent_sign_as_digit" and repair.before == "91,654"


def test_percent_sign_read_as_a_last_five_is_dropped_when_arithmetic_proves_it():
    # '93,18%' read '93,185' (the sign as '5'): 25.158.600.000 / 27.000.000.000 x 100 = 93,18.
    row = repair_budget(budget("27.000.000.000", "25.158.600.000", "93,185"))
    assert row.percent.value == 93.18 and row.percent.repairs[-1].rule == "percent_sign_as_digit"


def test_three_printed_decimals_that_fit_the_arithmetic_are_kept():
    # 91,653 is the computed value to three decimals: a real digit, not a misread '%'.
    row = repair_budget(budget("563.540.000", "516.499.800", "91,653"))
    assert row.percent.value == 91.653
    assert not any(r.rule == "percent_sign_as_digit" for r in row.percent.repairs)


def test_any_ratio_fit_answers_as_ratio_fit_does():
    from normalize.repair import BUDGET_TOLERANCE, any_ratio_fit, candidates, ratio_fit
    from normalize.values import Reading

    cases = [(2080486266.0, 2265454000.0, 91.84), (2080486266.0, 2265454000.0, 91.0), (0.0, 100.0, 0.0), (5.0, 0.0, 1.0)]
    for real, alloc, pct in cases:
        r, a, p = (Reading(raw="x", value=v) for v in (real, alloc, pct))
        assert any_ratio_fit(candidates(r), candidates(a), candidates(p), BUDGET_TOLERANCE) == \
            (ratio_fit(r, a, p, BUDGET_TOLERANCE) is not None)


def test_a_percent_is_taken_from_the_twin_row_printing_the_same_amounts():
    # 001 lines 2545-2546: a kegiatan and its single output print the same amounts; the output's
    # '8734 %' (87,34) contradicts them, the kegiatan's 97,94 % fits them.
    kegiatan, output = budget("6.178.000", "6.051.002", "97.94 %"), budget("6178000", "6.051.002", "8734 %")
    kegiatan.source, output.source = Source(line=2545, page=1, raw=""), Source(line=2546, page=1, raw="")
    rows = [repair_budget(output), repair_budget(kegiatan)]  # as two readers might deliver them
    repair_from_twin_rows(rows)
    assert output.percent.value == 97.94 and output.percent.repairs[-1].rule == "same_row_elsewhere"
    assert "line 2545" in output.percent.repairs[-1].evidence and kegiatan.percent.value == 97.94
    far = budget("6178000", "6.051.002", "8734 %")
    far.source = Source(line=2560, page=1, raw="")  # not beside it: no evidence
    repair_from_twin_rows([kegiatan, repair_budget(far)])
    assert far.percent.value == 87.34


def test_a_pagu_with_a_zero_of_its_last_group_lost_is_restored_by_arithmetic():
    # 001 line 2541: '471 424 00' with realisasi 430.208.842 at 91,26% is 471.424.000.
    row = repair_budget(budget("471 424 00", "430 208:842", "9126 %"))
    assert row.allocation.value == 471_424_000 and row.allocation.repairs[-1].rule == "arithmetic_percent"
    row = repair_budget(budget("471 424 00", "43.020.884", "91,26%"))  # the short reading fits: kept
    assert row.allocation.value == 47_142_400


def test_a_damaged_percent_glyph_read_another_way_is_one_digit_from_the_arithmetic():
    # 001 line 2835: '§7.62.%' reads 67,62 or 97,62 ('§' for 6 or 9); 5.380.000 / 5.500.000 = 97,82,
    # one digit from the second reading.
    row = repair_budget(budget("5.500.000", "5.380 000", "§7.62.%"))
    assert row.percent.value == 97.82 and "read as 97.62" in row.percent.repairs[-1].evidence


def test_one_misread_digit_in_each_of_two_cells_is_repaired_when_that_pair_alone_fits():
    # 2.315.500 / 2.640.000 = 87,708%: the scan read a 3 of the realisasi as 8 and an 8 of the % as 3.
    # No one-digit change adds up; one pair of changes does, to the hundredth, and no other comes near.
    row = repair_budget(budget("2.640.000", "2.815.500", "37,71%"))
    assert row.realisation.value == 2_815_500 and row.percent.value == 37.71  # one cell's repair finds nothing
    repair_two_cells([row])
    assert (row.allocation.value, row.realisation.value, row.percent.value) == (2_640_000, 2_315_500, 87.71)
    assert row.realisation.repairs[-1].rule == row.percent.repairs[-1].rule == "two_digits_misread"
    assert row.realisation.repairs[-1].before == "2.815.500" and "87.71% = realisasi 2,315,500" in \
        row.percent.repairs[-1].evidence
    assert row.percent.trusted and not row.allocation.repairs


def test_a_percent_its_efisiensi_confirms_is_not_among_two_misread_cells():
    # the row prints 62,29 beside its 37,71%: 100 - 37,71, so the % stands as printed, and only its amounts
    # could be misread (no pair of them fits)
    row = repair_budget(budget("2.640.000", "2.815.500", "37,71%"))
    row.other_values = [62.29]
    repair_two_cells([row])
    assert (row.realisation.value, row.percent.value) == (2_815_500, 37.71) and not row.percent.repairs


def test_a_row_that_adds_up_is_not_searched_for_two_misread_cells():
    row = budget("2.640.000", "2.315.500", "87,71%")
    repair_two_cells([row])
    assert row.percent.trusted and not row.percent.repairs and not row.realisation.repairs


def test_two_pairs_of_misread_digits_that_both_fit_leave_the_row_as_printed_and_flagged():
    # 3.389.400 / 4.620.000 and 3.609.400 / 4.920.000 are both 73,36%: no proof which pagu was printed.
    row = repair_budget(budget("4.520.000", "3.309.400", "73,36%"))
    repair_two_cells([row])
    assert (row.allocation.value, row.realisation.value, row.percent.value) == (4_520_000, 3_309_400, 73.36)
    assert not row.percent.trusted and "two cells" in row.percent.notes[-1]
    assert not row.allocation.repairs and not row.realisation.repairs


def test_a_two_cell_fit_with_a_rival_a_hundredth_off_is_no_proof():
    # 7.799.600 / 9.350.000 = 83,418% fits to the hundredth (a 7 read as 1, an 8 as 9), but 7.799.600 /
    # 8.350.000 misses the printed 93,42% by only 0,012: among so many candidate pairs, the fit is not alone.
    row = repair_budget(budget("9.350.000", "1.799.600", "93,42%"))
    repair_two_cells([row])
    assert (row.allocation.value, row.realisation.value, row.percent.value) == (9_350_000, 1_799_600, 93.42)
    assert not row.percent.trusted and "realisation 7799600, percent 83.42" in row.percent.notes[-1]


def test_an_authors_slip_of_a_few_tenths_is_not_taken_for_two_misread_digits():
    # 5.123.600 / 6.410.000 = 79,93%, printed 80,11%: one pair fits (5.173.600 at 80,71%), but each of its
    # changes moves the arithmetic by less than a point, as an author's slip does; kept, flagged.
    row = repair_budget(budget("6.410.000", "5.123.600", "80,11%"))
    repair_two_cells([row])
    assert (row.allocation.value, row.realisation.value, row.percent.value) == (6_410_000, 5_123_600, 80.11)
    assert not row.percent.trusted and not row.realisation.repairs and not row.percent.repairs


def test_two_readings_that_fit_only_within_the_rounding_slack_settle_nothing_between_them():
    # 002's '75% | 47,2% | 62,4%' (the author's capaian: 47,2 / 75 = 62,93) with OCR damage '755 | 47.2% | 62.496':
    # 62,4 and 62,49 both fit 62,93 only within the slack, so the closer one is no proof; the target is
    # 75 in every fit and is settled.
    row = repair_measure(measure("persentase partisipasi pemilih disabilitas", "755", "47.2%", "62.496"))
    assert row.target.value == 75 and row.target.trusted
    assert not row.achievement.trusted and not row.achievement.repairs
    assert {62.4, 62.49} <= set(row.achievement.alternatives)


def test_two_damaged_statements_of_one_target_settle_it_where_they_share_one_reading():
    # 004's target 100% for one indicator, OCR'd '10096' in the agreement and '1005' in the realisation
    # table: 100 is the only reading both texts allow. Two equally damaged prints ('10096' twice) prove nothing.
    name = "Persentase penyampaian Laporan Pertanggung Jawaban Anggaran (LPPA) tepat waktu dan valid"
    rows = [measure(name, "10096", line=472), measure(name, "1005", "98%", line=292)]
    repair_from_siblings(rows)
    assert [(r.target.value, r.target.trusted) for r in rows] == [(100, True), (100, True)]
    assert rows[0].target.repairs[-1].rule == "same_value_elsewhere" and "'1005' at line 292" in rows[0].target.repairs[-1].evidence
    same = [measure(name, "10096", line=472), measure(name, "10096", "98%", line=292)]
    repair_from_siblings(same)
    assert [(r.target.value, r.target.trusted) for r in same] == [(10096, False), (10096, False)]
    other = [measure(name, "10096", line=472), measure("Persentase Sengketa Hukum yang dimenangkan", "1005", line=292)]
    repair_from_siblings(other)
    assert not any(r.target.trusted for r in other)


def table_row(indicator: str, target: str, realisation: str | None = None, line: int = 1,
              sasaran: str = "", table_line: int = 100):
    """A row of a performance table whose header stands at `table_line`, its cells read as a % column's."""
    row = measure(indicator, target, realisation, line=line)
    row.source = Source(line=line, page=1, raw="", table="Tabel 3.1", table_line=table_line)
    row.sasaran = sasaran
    return row


def test_sign_read_as_digits_in_a_column_of_percentages_is_dropped():
    # A column printing '90%', '100%', '75%': its '10096' and '605' (no sign, no plausible
    # percentage as printed) held the sign, misread as '96' and '5'.
    rows = [table_row("Persentase dokumen perencanaan tepat waktu", "90%", "88%", line=101),
            table_row("Persentase laporan keuangan tepat waktu", "10096", "100%", line=102),
            table_row("Persentase pengaduan yang ditindaklanjuti", "75%", "605", line=103),
            table_row("Persentase arsip yang terkelola dengan baik", "100%", "97%", line=104)]
    repair_from_column_unit(rows)
    assert rows[1].target.value == 100 and rows[1].target.trusted
    assert rows[1].target.repairs[-1].rule == "percent_sign_in_column" and rows[1].target.repairs[-1].before == "10096"
    assert rows[2].realisation.value == 60 and "'88%'" in rows[2].realisation.repairs[-1].evidence


def test_a_column_without_enough_signed_values_proves_nothing():
    # One signed value in the column, or a column of decimals ('10096' may be 100,96% with its
    # comma lost): left as printed.
    lone = [table_row("Ketepatan waktu laporan keuangan", "10096", line=11, table_line=10),
            table_row("Persentase arsip yang terkelola dengan baik", "100%", line=12, table_line=10)]
    repair_from_column_unit(lone)
    assert lone[0].target.value == 10096 and not lone[0].target.trusted
    # ... but a name stating a percentage proves the unit too: '1005' beside the row's own '24%'
    (named,) = [table_row("Persentase laporan keuangan tepat waktu", "1005", "24%", line=15, table_line=14)]
    repair_from_column_unit([named])
    assert named.target.value == 100 and named.target.repairs[-1].rule == "percent_sign_in_column"
    decimal = [table_row("Persentase dokumen perencanaan tepat waktu", "90,25%", line=21, table_line=20),
               table_row("Persentase laporan keuangan tepat waktu", "10096", line=22, table_line=20),
               table_row("Persentase arsip yang terkelola dengan baik", "99,50%", line=23, table_line=20)]
    repair_from_column_unit(decimal)
    assert decimal[1].target.value == 10096 and not decimal[1].target.trusted


def test_a_bare_cell_plausible_as_printed_is_flagged_not_changed():
    # '105' among '80%' and '95%' may be 10% with its sign read as '5', or 105 with the sign lost.
    rows = [table_row("Persentase dokumen perencanaan tepat waktu", "80%", line=31, table_line=30),
            table_row("Persentase pemilih pemula yang terdaftar", "105", line=32, table_line=30),
            table_row("Persentase arsip yang terkelola dengan baik", "95%", line=33, table_line=30)]
    repair_from_column_unit(rows)
    assert rows[1].target.value == 105 and not rows[1].target.trusted and not rows[1].target.repairs
    assert any("10%" in note for note in rows[1].target.notes)
    # a realisasi '45.25' beside '75%' and a capaian '62.4%' it does not give (60,33) is flagged too
    rows = [table_row("Persentase dokumen perencanaan tepat waktu", "80%", "82%", line=35, table_line=34),
            table_row("Persentase partisipasi pemilih disabilitas", "75%", "45.25", line=36, table_line=34),
            table_row("Persentase arsip yang terkelola dengan baik", "95%", "97%", line=37, table_line=34)]
    rows[1].achievement = parse_measure("62.4%", "%")
    repair_from_column_unit(rows)
    assert rows[1].realisation.value == 45.25 and not rows[1].realisation.trusted


def test_three_decimals_in_a_capaian_column_are_the_sign_misread():
    # Capaian '61.596' among '103.2%' and '98.5%' (realisasi 46.2 / target 75 = 61.6 does not settle
    # 61.5 against 61.59): three decimals are no printed percentage; '96' was the '%'.
    rows = []
    for k, (t, r, a) in enumerate((("80%", "82.6%", "103.2%"), ("75%", "46.2%", "61.596"), ("70%", "68.9%", "98.5%"))):
        row = table_row(f"Persentase partisipasi pemilih kelompok {k}", t, r, line=41 + k, table_line=40)
        row.achievement = parse_measure(a, "%")
        rows.append(row)
    repair_from_column_unit(rows)
    assert rows[1].achievement.value == 61.5 and rows[1].achievement.repairs[-1].rule == "percent_sign_in_column"


def test_a_bare_cell_whose_sign_reading_alone_fits_the_capaian_is_repaired():
    # '105 | 0.45 | 4%': 0.45 / 105 fits nothing; 0.4 / 10 = 4 exactly (the '%' of each read as '5').
    row = repair_measure(measure("Persentase pemilih yang tidak terdaftar", "105", "0.45", "4%"))
    assert (row.target.value, row.realisation.value) == (10, 0.4)
    assert row.realisation.repairs[-1].rule == "arithmetic_capaian"
    # '106.95' beside 80.2 / 75 = 106.93: as printed it is two hundredths off; 106.9 is the ratio rounded.
    row = repair_measure(measure("Persentase partisipasi pemilih perempuan", "75%", "80.2%", "106.95"))
    assert row.achievement.value == 106.9
    # '10,41 tahun | 10,59 tahun | 101,75': no sign anywhere in the row, and 101,75 is the ratio (101,73) as an
    # author who divided unrounded figures prints it: kept as printed, not read as '101,7%'
    row = repair_measure(measure("Rata-rata lama sekolah", "10,41 tahun", "10,59 tahun", "101,75"))
    assert row.achievement.value == 101.75 and not row.achievement.repairs
    # '10% | 0.45 | 4%': 4,5 is half way, so the printed 0.45 fits only by cutting; 0.4 fits exactly.
    row = repair_measure(measure("Persentase pemilih yang tidak terdaftar", "10%", "0.45", "4%"))
    assert row.realisation.value == 0.4


def test_bare_budget_percent_settled_by_the_amounts():
    # '155' for 15% (342.000.000 / 2.300.000.000 = 14,87, printed as a whole number) and 'O' for 0.
    row = BudgetRow(source=Source(line=1, page=1, raw=""), allocation=parse_amount("2.300.000.000"),
                    realisation=parse_amount("342.000.000"), percent=parse_percent("155"))
    repair_budget(row)
    assert row.percent.value == 15 and row.percent.repairs[-1].rule == "arithmetic_percent"
    row = BudgetRow(source=Source(line=2, page=1, raw=""), allocation=parse_amount("1.250.000"),
                    realisation=parse_amount("0"), percent=parse_percent("O") or Reading("O", unit="%", trusted=False))
    repair_budget(row)
    assert row.percent.value == 0 and row.percent.trusted
    # an 'O' the amounts contradict is still the printed 0, flagged for review
    row = BudgetRow(source=Source(line=4, page=1, raw=""), allocation=parse_amount("1.250.000"),
                    realisation=parse_amount("1.250.000"), percent=parse_percent("O") or Reading("O", unit="%", trusted=False))
    repair_budget(row)
    assert row.percent.value == 0 and not row.percent.trusted
    # a '155' the amounts do not give (they make 20%) stays as printed
    row = BudgetRow(source=Source(line=3, page=1, raw=""), allocation=parse_amount("1.000.000"),
                    realisation=parse_amount("200.000"), percent=parse_percent("155"))
    repair_budget(row)
    assert row.percent.value == 155


def test_damaged_realisation_settled_by_the_same_indicator_under_the_same_sasaran():
    # The summary table prints the name in part and '30%'; the sasaran's own table prints the
    # whole name with '3096' (30% or 30,96%): the clean statement says which.
    sasaran = "Meningkatnya kualitas pengelolaan kepegawaian"
    summary = table_row("layanan administrasi kepegawaian yang tepat", "", "30%", line=50, sasaran=sasaran)
    summary.target = None
    own = table_row("persentase pegawai yang mendapat layanan administrasi kepegawaian yang tepat waktu",
                    "95,00%", "3096", line=90, sasaran=sasaran, table_line=89)
    repair_from_siblings([summary, own])
    assert own.realisation.value == 30 and own.realisation.repairs[-1].rule == "same_value_elsewhere"
    other = table_row("persentase pegawai yang mendapat layanan administrasi kepegawaian yang tepat waktu",
                      "95,00%", "3096", line=90, sasaran="Meningkatnya tertib arsip", table_line=89)
    repair_from_siblings([summary, other])
    assert other.realisation.value == 3096  # another sasaran: not the same statement


def report_rows(text: str):
    """A report's text through every stage: its realisation rows."""
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    lines, pages = lines_from_text(text)
    return extract_document(LocatedText("laporan.txt", "d", lines, pages)).built.realisations


def test_a_capaian_rows_lost_target_is_the_same_indicators_clean_target_its_arithmetic_confirms():
    # The capaian table's target cells were OCR debris ('XWo%', 'B5kr'); the PK states both targets cleanly.
    text = ("PERJANJIAN KINERJA TAHUN 2024\n"
            "No | Sasaran | Indikator Kinerja | Target\n"
            "1 | Tertibnya arsip | Persentase arsip dinamis yang tertata sesuai klasifikasi | 100%\n"
            "2 | Meningkatnya kompetensi | Persentase pejabat yang lulus uji kompetensi jabatan | 75%\n"
            "\n"
            "Tabel 3.2 Capaian Indikator Kinerja\n"
            "No | Indikator Kinerja | Target | Realisasi | Capaian\n"
            "1 | Persentase arsip dinamis yang tertata sesuai klasifikasi | XWk% | 96% | 96%\n"
            "2 | Persentase pejabat yang lulus uji kompetensi jabatan | B5kr | 60% | 80%\n")
    rows = {r["line"]: r for r in report_rows(text)}
    assert (rows[8]["target_value"], rows[9]["target_value"]) == (100, 75)
    assert "line 3" in rows[8]["repairs"] and "line 4" in rows[9]["repairs"]
    # debris with the shape of '100%' ('XWo%') is read as 100 by its own row's arithmetic first
    rows = {r["line"]: r for r in report_rows(text.replace("XWk%", "XWo%"))}
    assert rows[8]["target_value"] == 100 and "arithmetic_capaian" in rows[8]["repairs"]


def test_a_lost_target_stays_empty_without_both_proofs():
    base = MeasureRow(indicator_raw="Persentase pejabat yang lulus uji kompetensi jabatan", source=Source(1, 1, ""),
                      target=parse_measure("75%"))

    def capaian_row(real: str, capaian: str) -> MeasureRow:
        return MeasureRow(indicator_raw="Persentase pejabat yang lulus uji kompetensi jabatan",
                          source=Source(9, 1, ""), realisation=parse_measure(real), achievement=parse_measure(capaian),
                          has_realisation_column=True)

    row = capaian_row("60%", "85%")  # 60 / 75 = 80%, not the printed 85%
    repair_from_siblings([base, row])
    assert row.target is None
    row = capaian_row("60%", "80%")  # two clean statements of the target disagree
    other = MeasureRow(indicator_raw="Persentase pejabat yang lulus uji kompetensi jabatan", source=Source(5, 1, ""),
                       target=parse_measure("70%"))
    repair_from_siblings([base, other, row])
    assert row.target is None
    row = capaian_row("60%", "80%")  # and both proofs: filled
    repair_from_siblings([base, row])
    assert row.target.value == 75 and row.target.repairs[-1].rule == "same_indicator_elsewhere"


def test_a_doubtful_realisasi_is_confirmed_by_the_same_indicators_clean_realisasi():
    name = "Persentase laporan keuangan yang disampaikan tepat waktu"
    summary = measure(name, "90%", "82%", "91,11%", line=12)
    damaged = MeasureRow(indicator_raw=name, source=Source(line=140, page=1, raw=""), target=parse_measure("90%"),
                         realisation=parse_measure("B2ey"), achievement=parse_measure("91,11%"),
                         has_realisation_column=True)
    assert damaged.realisation.value == 82 and not damaged.realisation.trusted
    repair_from_siblings([summary, damaged])
    assert damaged.realisation.trusted and "line 12" in damaged.realisation.repairs[-1].evidence


def test_a_damaged_percent_and_one_misread_pagu_digit_are_settled_together():
    # A scan damaged the row twice: the pagu's 8 read as 3 and a stray glyph before the % ('891.69%').
    # Neither alone adds up; the %'s other reading 91,69 with 5.810.000 does: 5.327.000 / 5.810.000.
    row = repair_budget(budget("5.310.000", "5.327.000", "891.69%"))
    assert (row.allocation.value, row.realisation.value, row.percent.value) == (5_810_000, 5_327_000, 91.69)
    (fix,) = row.allocation.repairs
    assert (fix.rule, fix.before, fix.after) == ("digit_misread", "5.310.000", "5810000")
    assert "891.69%" in fix.evidence and row.percent.repairs[-1].rule == "arithmetic_percent"
    # a damaged % of one decimal proves too little for two repairs, and one no digit change fits: kept, untrusted
    for pct in ("891.7%", "891.42%"):
        row = repair_budget(budget("5.310.000", "5.327.000", pct))
        assert row.allocation.value == 5_310_000 and not row.allocation.repairs and not row.percent.trusted


def test_a_count_in_a_column_of_percentages_stays_when_its_capaian_proves_it():
    # '3.125' persons beside '3.100' realised and a capaian of 99,20%: 3.100 / 3.125 = 99,20%, so the cell is a
    # count as printed, though the rest of its column prints percentages (no '%' misread as its last digits)
    rows = [table_row("Persentase dokumen perencanaan tepat waktu", "100%", "100%", line=101),
            table_row("Persentase laporan keuangan tepat waktu", "100%", "95%", line=102),
            table_row("Jumlah petugas pemutakhiran yang dilatih", "3.125", "3.100", line=103),
            table_row("Persentase arsip yang terkelola dengan baik", "100%", "97%", line=104)]
    rows[2].target, rows[2].realisation = parse_measure("3.125"), parse_measure("3.100")  # read as the table reads them
    rows[2].achievement = parse_measure("99,20%", "%")
    repair_from_column_unit(rows)
    assert rows[2].target.value == 3125 and not rows[2].target.repairs


def test_a_percent_cell_of_glyphs_is_read_from_the_rows_clean_amounts_when_what_it_shows_fits():
    # 62.345.000 / 80.000.000 = 77,93%: the cell 'Tx.93 %' shows a 7 (as T), an unreadable glyph, then 9 and 3.
    row = repair_budget(budget("80.000.000", "62.345.000", "Tx.93 %"))
    assert row.percent.value == 77.93 and row.percent.repairs[-1].rule == "arithmetic_percent"
    assert "'Tx.93 %'" in row.percent.repairs[-1].evidence
    assert row.allocation.value == 80_000_000 and row.realisation.value == 62_345_000


def test_a_percent_cell_of_glyphs_that_shows_other_digits_is_left_as_printed():
    # what the cell shows (7, 9, 4) is not 77,93 in order, ending where it ends: no reading, no repair
    row = repair_budget(budget("80.000.000", "62.345.000", "Tx.94 %"))
    assert row.percent.value != 77.93 and not row.percent.trusted
    # amounts that are themselves damaged prove no %
    row = repair_budget(budget("80.000.000", "62.3x5.000", "Tx.93 %"))
    assert row.percent.value != 77.93


def test_a_bare_1009_in_a_percentage_row_of_a_mixed_column_is_its_one_whole_reading():
    # A Perjanjian Kinerja column mixes counts and percentages, so the column alone proves no unit; the row
    # says 'Persentase', the column's percentages are whole, and of '1009' as 100% (sign read as 9) or
    # 10,09% (comma and sign lost) one reading is whole.
    rows = [table_row("Jumlah pelatihan pegawai", "6", line=201, table_line=200),
            table_row("Jumlah dokumen perencanaan", "3", line=202, table_line=200),
            table_row("Persentase surat yang diarsipkan", "95%", line=203, table_line=200),
            table_row("Persentase dokumen anggaran tepat waktu", "1009", line=204, table_line=200),
            table_row("Persentase barang yang dicatat", "90%", line=205, table_line=200)]
    repair_from_column_unit(rows)
    fixed = rows[3].target
    assert fixed.value == 100 and fixed.repairs[-1].rule == "percent_sign_in_column"
    assert "'1009'" in fixed.repairs[-1].evidence and "'95%'" in fixed.repairs[-1].evidence
    assert [r.target.value for r in rows[:3]] == [6, 3, 95]


def test_a_bare_number_with_several_whole_readings_or_among_decimal_percentages_stays():
    # '1500' is 100%, 150% or 15% with its sign read as digits: no reading stands out
    rows = [table_row("Jumlah pelatihan pegawai", "6", line=201, table_line=200),
            table_row("Persentase surat yang diarsipkan", "95%", line=203, table_line=200),
            table_row("Persentase dokumen anggaran tepat waktu", "1500", line=204, table_line=200)]
    repair_from_column_unit(rows)
    assert rows[2].target.value == 1500 and not rows[2].target.repairs
    # a column of decimal percentages: '1009' may as well be 100,9% with its comma lost
    rows = [table_row("Jumlah pelatihan pegawai", "6", line=201, table_line=200),
            table_row("Persentase surat yang diarsipkan", "95,25%", line=203, table_line=200),
            table_row("Persentase dokumen anggaran tepat waktu", "1009", line=204, table_line=200)]
    repair_from_column_unit(rows)
    assert rows[2].target.value == 1009 and not rows[2].target.repairs


def test_two_cell_fits_finds_every_pair_an_exhaustive_search_finds():
    # `two_cell_fits` looks only near the value the other cells ask for; it must lose no pair that trying every
    # variant against every other finds, nor change their order (the first fit is the one repaired).
    from normalize.repair import IMPLAUSIBLE_PERCENT, TWO_CELL_SPREAD, digit_variants, two_cell_fits

    def exhaustive(cells: dict[str, Reading]) -> list[tuple[float, dict[str, float]]]:
        printed = {name: r.value for name, r in cells.items()}
        found = []
        for first, second in (("allocation", "realisation"), ("allocation", "percent"), ("realisation", "percent")):
            for a in digit_variants(cells[first]):
                for b in digit_variants(cells[second]):
                    values = dict(printed, **{first: a, second: b})
                    if values["allocation"] and values["percent"] <= IMPLAUSIBLE_PERCENT:
                        miss = abs(values["realisation"] / values["allocation"] * 100 - values["percent"])
                        if miss < TWO_CELL_SPREAD:
                            found.append((miss, values))
        return found

    for pagu, realisasi, pct in [("2.640.000", "2.815.500", "37,71%"), ("1.020.000", "356.000", "83,73%"),
                                 ("55.960.000", "53.650.380", "95,87%"), ("8.000.000", "7.842.933", "99,25%"),
                                 ("386.000.000", "383.658.000", "99,39%")]:
        cells = {"allocation": parse_amount(pagu), "realisation": parse_amount(realisasi),
                 "percent": parse_percent(pct)}
        assert two_cell_fits(*cells.values()) == exhaustive(cells)
    assert two_cell_fits(parse_amount("1.020.000"), parse_amount("356.000"), parse_percent("83,73%"))


def test_a_count_in_the_capaian_cell_and_its_percent_in_the_realisasi_cell_are_swapped_back():
    # an invented scanned row '8 kali | 150% | 12 kali': the count 12 kali is the result (12 / 8 = 150%)
    row = repair_measure(measure("Jumlah rapat koordinasi dengan mitra", "8 kali", "150%", "12 kali"))
    assert (row.realisation.raw, row.realisation.value, row.achievement.raw, row.achievement.value) == \
        ("12 kali", 12, "150%", 150)
    assert row.realisation.repairs[-1].rule == "result_capaian_swapped"
    # a percent result of a count target the arithmetic does not prove stays as printed
    row = repair_measure(measure("Jumlah rapat koordinasi dengan mitra", "8 kali", "140%", "12 kali"))
    assert row.realisation.raw == "140%"
