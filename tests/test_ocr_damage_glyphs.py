"""OCR damage from scans that corpus/damage.py --kinds makes: a '1' read as ']' or '!', a separator printed
twice, a space inside a number, '%' read as '9o'. Test text is invented for these tests."""
from __future__ import annotations

from extract.lines import analyse_cell, cell_of
from normalize.numbers import SPLIT
from tests.table_text import table_records


def test_a_cell_of_one_number_with_a_space_inside_is_that_number_on_record() -> None:
    for raw, kind, value in (("1 00%", "percent", 100.0), ("86,4 5%", "percent", 86.45),
                             ("7.41 5.000", "amount", 7_415_000.0), ("310.0 52.600", "amount", 310_052_600.0)):
        values = analyse_cell(2, raw).values
        assert [(t.kind, t.raw, t.reading.value) for t in values] == [(kind, raw, value)]
        assert values[0].reading.repairs[0].rule == SPLIT


def test_two_numbers_that_stand_alone_in_a_cell_stay_two() -> None:
    # 1480% is none; '6.5006.200' no amount; a row number before a value ('2 75%', '3 1.250.000')
    for raw in ("14 80%", "6.500 6.200", "2023 2024", "3 4"):
        assert len(analyse_cell(2, raw).values) == 2
    assert len(analyse_cell(0, "3 1.250.000").values) == 2
    assert len(analyse_cell(0, "2 75%").values) == 2  # opening the row: its number
    assert [t.reading.value for t in analyse_cell(3, "8 6%").values] == [86.0]  # under a value column: one value
    assert [t.reading.value for t in cell_of(3, " 8 6% ", 40).values] == [86.0]
    assert [t.reading.value for t in cell_of(0, "8 6%", 0).values] == [8.0, 6.0]
    assert [t.reading.value for t in cell_of(2, "41 2.650.000", 30).values] == [412_650_000.0]
    assert [t.reading.value for t in analyse_cell(0, "3 00.000").values] == [300_000.0]  # '00.000' no number alone
    assert analyse_cell(2, "100,00 0").values[0].kind != "amount"  # one comma group: decimals as likely
    assert [t.reading.value for t in cell_of(0, "4 2.650.000", 0).values] == [4.0, 2_650_000.0]
    assert [t.reading.value for t in analyse_cell(2, "12,450,3 00,000").values] == [12_450_300_000.0]


def test_a_tab_row_with_a_spaced_target_and_a_bracketed_one_keeps_its_values() -> None:
    text = "\n".join([
        "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
        "1\tPersentase surat masuk terdisposisi\t1 00%\t9]%\t91%",
        "2\tPersentase arsip vital terlindungi\t80%\t7!%\t88,75%",
    ])
    measures, _ = table_records(text)
    got = [(m.target.value, m.realisation.value, m.achievement.value) for m in measures]
    assert got == [(100.0, 91.0, 91.0), (80.0, 71.0, 88.75)]
    assert measures[0].target.repairs and measures[0].realisation.repairs and measures[1].realisation.repairs


def test_a_count_whose_one_is_read_as_an_exclamation_mark_is_a_count_of_one() -> None:
    values = analyse_cell(3, "! Laporan").values
    assert [(t.kind, t.reading.value, t.reading.unit) for t in values] == [("count", 1.0, "laporan")]
    assert values[0].raw == "! Laporan" and values[0].reading.repairs


def test_a_one_read_as_a_bracket_after_a_thousands_comma_is_read_back() -> None:
    values = analyse_cell(3, "52,]40,000,000").values
    assert [(t.kind, t.reading.value) for t in values] == [("amount", 52_140_000_000.0)]


def test_a_percent_sign_read_as_nine_o_is_doubted_not_read_as_a_zero() -> None:
    from normalize.numbers import parse_measure
    reading = parse_measure("879o")  # 8790 with its 'o' a 0, or 87% with the sign read '9o'
    assert reading.value == 8790 and not reading.trusted and 87.0 in reading.alternatives
    assert parse_measure("879o", "%").alternatives == reading.alternatives
    assert parse_measure("19o").trusted  # 190: a percentage as printed, nothing to doubt
    assert parse_measure("3.49o").trusted  # a thousands group: 3.490


def test_a_nine_o_in_a_column_of_percentages_is_the_sign() -> None:
    from normalize.repair import repair_from_column_unit
    text = "\n".join([
        "No\tIndikator Kinerja\tTarget\tRealisasi",
        "1\tPersentase laporan keuangan tepat waktu\t100%\t879o",
        "2\tPersentase aduan warga terjawab\t90%\t92%",
        "3\tPersentase rapat terdokumentasi\t80%\t85%",
    ])
    measures, _ = table_records(text)
    repair_from_column_unit(measures)
    real = measures[0].realisation
    assert real.value == 87 and real.repairs[-1].rule == "percent_sign_in_column"


def test_a_count_with_a_stray_tick_after_its_digits_is_that_count() -> None:
    values = analyse_cell(3, "3' Laporan").values
    got = [(t.kind, t.raw, t.reading.value, t.reading.unit) for t in values]
    assert got == [("count", "3' Laporan", 3.0, "laporan")]
    assert values[0].reading.repairs[0].after == "3 Laporan"
    assert analyse_cell(3, "4' Kinerja Baik").values == ()  # no count the lexer knows: left as text


def test_a_count_with_a_stray_dot_after_its_digits_is_that_count_but_a_numbered_name_is_not() -> None:
    assert [(t.kind, t.reading.value) for t in analyse_cell(3, "2. Dokumen").values] == [("count", 2.0)]
    assert not any(t.kind == "count" for t in analyse_cell(3, "2. Laporan Keuangan Daerah").values)


def test_a_value_set_on_the_line_below_its_row_goes_back_to_its_cell() -> None:
    text = "\n".join([
        "| No | Sasaran | Indikator Kinerja | Target | Realisasi |",
        "|----|---|---|---|---|",
        "| 1. | Tertibnya arsip | Persentase arsip tertata | 90% |     |",
        "|    |                 |                          |     | 93% |",
        "| 2. | Cepatnya layanan | Persentase surat dibalas tepat waktu | 85% | 80% |",
        "\t",
        "No\tIndikator\tTarget\tRealisasi\tCapaian",
        "1\tPersentase rapat terdokumentasi\t80%\t76%\t",
        "\t\t\t\t95%",
        "\tPersentase notulen terunggah\t90%\t\t100%",
        "\t\t\t90%\t",
    ])
    measures, _ = table_records(text)
    got = [(m.indicator_raw, m.target.value, m.realisation.value, m.achievement and m.achievement.value)
           for m in measures]
    assert got == [("Persentase arsip tertata", 90.0, 93.0, None),
                   ("Persentase surat dibalas tepat waktu", 85.0, 80.0, None),
                   ("Persentase rapat terdokumentasi", 80.0, 76.0, 95.0),
                   ("Persentase notulen terunggah", 90.0, 90.0, 100.0)]  # a middle value, under a row without number


def test_a_line_of_values_under_filled_cells_is_not_moved_up() -> None:
    from extract.lines import analyse_line
    from extract.model import Line
    from extract.tables import values_set_below
    row = analyse_line(Line(1, 1, "| 1. | Tertibnya arsip | Persentase arsip tertata | 90% | 93% |"))
    below = analyse_line(Line(2, 1, "|    |                 |                          |     | 95% |"))
    assert values_set_below(row, below) is None
    named = analyse_line(Line(2, 1, "|    |                 | Rasio arsip              |     | 95% |"))
    open_row = analyse_line(Line(1, 1, "| 1. | Tertibnya arsip | Persentase arsip tertata | 90% |     |"))
    assert values_set_below(open_row, named) is None and values_set_below(open_row, below) is not None


def test_thousand_dots_read_as_commas_and_spaces_in_one_amount_are_all_groups() -> None:
    for raw, value in (("7, 215.000", 7_215_000.0), ("31.406, 118.250", 31_406_118_250.0),
                       ("Rp. 5.870.214, 300", 5_870_214_300.0), ("6.118,430.905", 6_118_430_905.0)):
        values = analyse_cell(3, raw).values
        assert [(t.kind, t.reading.value) for t in values] == [("amount", value)], raw
        assert values[0].reading.repairs[0].after.replace("Rp. ", "").count(".") >= 2
    assert [t.reading.value for t in analyse_cell(3, "1.234,56").values] == [1234.56]  # a decimal comma
    assert len(analyse_cell(0, "4 384.925.985").values) == 2  # a row number before an amount
    assert [t.reading.value for t in analyse_cell(0, "Rp 4 384.925.985").values] == [4_384_925_985.0]


def test_a_space_inside_an_amount_after_its_rupiah_sign_is_inside_the_amount() -> None:
    for raw, value in (("Rp. 512.04 8.300", 512_048_300.0), ("Rp 61 2.300.000", 612_300_000.0)):
        values = analyse_cell(0, raw).values
        assert [(t.kind, t.reading.value) for t in values] == [("amount", value)], raw
        assert values[0].reading.repairs[0].rule == SPLIT


def test_a_word_cut_by_a_letter_gap_still_names_the_same_indicator_and_run_of_words() -> None:
    from normalize.indicators import key, run_of_words, same_indicator
    assert same_indicator("Pers entase arsip statis terolah", "Persentase arsip statis terolah")
    assert run_of_words(key("ter olah sesuai kaidah"), key("persentase arsip statis terolah sesuai kaidah kearsipan"))
    assert not run_of_words(key("olah sesuai kaidah"), key("persentase arsip statis terolah sesuai kaidah kearsipan"))


def test_a_clean_amount_after_its_rupiah_sign_has_no_repair() -> None:
    values = analyse_cell(2, "Rp. 7.215.640.000").values
    assert [(t.reading.value, t.reading.repairs) for t in values] == [(7_215_640_000.0, ())]


def test_an_amount_of_digits_run_together_past_any_budget_is_flagged_and_left_out() -> None:
    from normalize.build import MAX_AMOUNT, as_int, implausible_amount
    from normalize.numbers import parse_amount
    huge = parse_amount("15.604.135.000.109.850.379.030")  # two amounts read as one
    flagged = implausible_amount(huge)
    assert huge.value > MAX_AMOUNT and not flagged.trusted and as_int(flagged) is None
    fine = parse_amount("2.265.454.000")
    assert implausible_amount(fine) is fine and as_int(fine) == 2_265_454_000


def test_a_run_of_huge_amounts_does_not_stop_the_batch(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    (tmp_path / "r.txt").write_text("\n".join([
        "LAPORAN KINERJA DINAS ARSIP KOTA TANJUNG SARI TAHUN 2023", "",
        "Tabel 3.5 Realisasi Anggaran", "No\tProgram\tPagu\tRealisasi\tSisa\t%",
        "1\tProgram Penyelenggaraan Kearsipan\t15.604.135.00010.985.037.9035.014.962.097000\t1\t2\t70,40%",
    ]), encoding="utf-8")
    done = subprocess.run([sys.executable, str(root / "pipeline.py"), "extract", str(tmp_path / "r.txt"), "--out",
                           str(tmp_path / "out"), "--progress", "never", "--workers", "1"],
                          capture_output=True, text=True, timeout=120, cwd=root)
    assert done.returncode == 0, done.stderr[-2000:]
