"""Output rows from raw records: one budget row per line, one target row per indicator."""
from extract.records import BudgetRow, MeasureRow, Source
from normalize.build import Built, build_budgets, build_measures
from normalize.numbers import parse_amount, parse_measure, parse_percent


def test_the_fuller_reading_of_a_line_wins():
    # Corpus 001 line 3618: the target table cut 'Rp 6.1 78.000' to '6'; the Rupiah-line reader kept it whole.
    line = "2 | Sarma Bidang Teknologi Informas: dan Rp 6.1 78.000"
    cut = BudgetRow(source=Source(line=3618, page=60, raw=line), name="Sarma Bidang", allocation=parse_amount("6"))
    whole = BudgetRow(source=Source(line=3618, page=60, raw=line), name="Sarma Bidang Teknologi",
                      allocation=parse_amount("6.1 78.000"))
    other = BudgetRow(source=Source(line=3622, page=60, raw=""), name="Data dan Informasi",
                      allocation=parse_amount("7.940.000"))
    built = Built()
    build_budgets("doc", [cut, other, whole], built)
    assert [(b["line"], b["allocation"]) for b in built.budgets] == [(3622, 7_940_000), (3618, 6_178_000)]


def target_row(name: str, value: str, line: int, table_line: int) -> MeasureRow:
    return MeasureRow(indicator_raw=name, target=parse_percent(value) or parse_measure(value),
                      source=Source(line=line, page=1, raw=value, table=f"table at {table_line}", table_line=table_line))


def test_a_damaged_restatement_in_another_table_goes_to_review():
    # Corpus 001: the Sekretariat PK states the indicator (line 3361); a sub-unit PK restates it with
    # worse OCR (line 3707) that the matcher cannot vouch for, but whose closest indicator is the same.
    # (Its measure word is damaged too, 'Jnmlnh': read from a legible 'Jumlah' on, the matcher vouches for it.)
    sekretariat = target_row("Jumlah sengketa hukum dalam perkara perselisihan di Bawaslu, Peradilan "
                             "yang dapat diselesaikan", "1 Perkara", 3361, 3208)
    kasubbag = target_row("Terlaksananya penyelesaian Jnmlnh sengketa hokum I Perkara perkita yanj "
                          "wengkets dan Pelayanan dalwm perknra menjudi pertimbangan Hukum perselisihmn di "
                          "bawasiu", "6", 3707, 3674)
    built = Built()
    build_measures("doc", [sekretariat, kasubbag], built)
    assert [t["line"] for t in built.targets] == [3361]
    (entry,) = [r for r in built.review if r["rule"] == "restatement"]
    assert entry["line"] == 3707 and "line 3361" in entry["evidence"] and entry["action"] == "dropped"


def test_near_twins_of_one_table_are_not_restatements_of_each_other():
    # Corpus 001 Bab II PK (lines 1051-1065): damaged twins whose closest indicator is the same one.
    twins = [target_row("Persentase KPL Kabupalen yang Pemilu/Pemilihan sesuai Jadwal menyelenggarakan "
                        "tahapan Masa Kampanye", "100%", 1051, 1016),
             target_row("Persentase KPU Kabupalen vyang Pemilu/Pemilihan sesuai Jadwal menyelenggarakan "
                        "tahapan Masa Pemutakhiran", "90%", 1065, 1016)]
    elsewhere = target_row("Persentase penyelenggaraan Pemilu/Pemilihan sesuai jadwal", "100%", 900, 880)
    built = Built()
    build_measures("doc", [elsewhere, *twins], built)
    assert [t["line"] for t in built.targets] == [900, 1051, 1065]


def test_a_row_measured_otherwise_is_no_restatement_of_its_closest_indicator():
    # An index the catalogue lacks ('Indeks kepuasan layanan | 3,25') whose closest catalogue indicator is the
    # audit opinion another table states ('WTP'): a number is no opinion, so it is an indicator of its own.
    opinion = target_row("Opini BPK atas laporan keuangan", "WTP", 8, 5)
    index = target_row("Indeks kepuasan layanan", "3,25", 14, 12)
    built = Built()
    build_measures("doc", [opinion, index], built)
    assert [t["line"] for t in built.targets] == [8, 14]
    assert not [r for r in built.review if r["rule"] == "restatement"]


def real_row(name: str, target: str | None, realisation: str, line: int, table_line: int) -> MeasureRow:
    return MeasureRow(indicator_raw=name, target=parse_percent(target) if target else None,
                      realisation=parse_percent(realisation), has_realisation_column=True,
                      source=Source(line=line, page=1, raw=realisation, table=f"table at {table_line}",
                                    table_line=table_line))


def test_an_empty_target_cell_is_filled_from_the_same_statement_in_another_table():
    # Corpus 000: Tabel 3.1 row 7 (line 686) leaves the target empty; the per-sasaran table
    # (line 857) prints '97,50% 25%' for the same indicator.
    name = "Presentase pegawai yang mendapat layanan administrasi kepegawaian tepat waktu"
    built = Built()
    build_measures("doc", [real_row(name, None, "25%", 686, 674), real_row(name, "97,50%", "25%", 857, 850)], built)
    (row,) = built.realisations
    assert row["line"] == 686 and row["target_value"] == 97.5 and "line 857" in row["repairs"]
    built = Built()  # a different realisasi is not the same statement: the cell stays empty
    build_measures("doc", [real_row(name, None, "25%", 686, 674), real_row(name, "97,50%", "23%", 857, 850)], built)
    assert built.realisations[0]["target_value"] is None


def test_a_restatement_read_whole_replaces_a_damaged_first_statement_of_a_realisation():
    # Corpus 001: Bab III (line 1426) kept two damaged cells ('108% 1005'); section E (line 3010)
    # prints the same indicator whole ('100%: 100%: T005%', capaian settled by arithmetic).
    damaged = MeasureRow(indicator_raw="_F\"fl rsenlaze-iahapan Vervikasi Parlal Poiillk Peseria Femiu uniuk",
                         target=parse_percent("108%"), realisation=parse_measure("1005", "%"),
                         has_realisation_column=True,
                         source=Source(line=1426, page=1, raw="108% | 1005", table="a", table_line=1420))
    whole = MeasureRow(indicator_raw="Persentase tahapan Verifikasi Partai Politik Peserta Pemilu untuk Pemilu "
                                     "Tahun 2024 secara Tepat Waktu",
                       target=parse_percent("100%"), realisation=parse_percent("100%"),
                       achievement=parse_measure("T005%", "%"), has_realisation_column=True,
                       source=Source(line=3010, page=1, raw="100% | 100% | T005%", table="b", table_line=3008))
    built = Built()
    build_measures("doc", [damaged, whole], built)
    assert [(r["line"], r["realisation_value"]) for r in built.realisations] == [(3010, 100.0)]
    (entry,) = [r for r in built.review if r["rule"] == "restatement"]
    assert entry["line"] == 1426 and "line 3010" in entry["evidence"]


def test_a_whole_restatement_replaces_a_damaged_statement_matched_to_the_same_indicator():
    # Corpus 001: Bab III (line 1457) kept '1065 100%' for an indicator that section E (line 3022)
    # prints whole, '100% 100%. 100%'; both are matched to one catalogue indicator.
    name = "Persentase Jumlah Laporan Barang Milik Negara Berdasarkan SIMAK BMN yang Datanya Sesuai dengan Data SAK"
    damaged = MeasureRow(indicator_raw=name, realisation=parse_measure("1065", "%"), achievement=parse_percent("100%"),
                         has_realisation_column=True, source=Source(line=1457, page=1, raw="", table="a", table_line=1450))
    whole = MeasureRow(indicator_raw=name.replace("Persentase", "Presenias="), target=parse_percent("100%"),
                       realisation=parse_percent("100%"), achievement=parse_percent("100%"), has_realisation_column=True,
                       source=Source(line=3022, page=1, raw="", table="b", table_line=3019))
    built = Built()
    build_measures("doc", [damaged, whole], built)
    assert [(r["line"], r["target_value"], r["realisation_value"]) for r in built.realisations] == [(3022, 100.0, 100.0)]


def test_a_target_whose_sign_was_read_as_digits_is_settled_by_the_realisation_table():
    # Corpus 003: the signed PK prints '1%' as '104' (line 3493), a plausible 104 on its own; the capaian
    # table states the same indicator as target 1, realisasi 1, capaian 100 (line 1822), which agree.
    name = "Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap"
    pk = target_row(name, "104", 3493, 3480)
    capaian = real_row(name, "1", "1", 1822, 1800)
    capaian.achievement = parse_percent("100")
    built = Built()
    build_measures("doc", [capaian, pk], built)
    (target,) = built.targets
    assert target["target_value"] == 1 and target["target_raw"] == "104"
    assert "same_indicator_elsewhere" in target["repairs"] and "line 1822" in target["repairs"]


def test_a_target_that_differs_from_the_realisation_table_for_other_reasons_is_kept():
    # A different target (a revised PK) is not the other's digits plus a misread sign: printed as is.
    name = "Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap"
    capaian = real_row(name, "1", "1", 1822, 1800)
    capaian.achievement = parse_percent("100")
    for printed in ("2", "1%", "1.5"):
        built = Built()
        build_measures("doc", [capaian, target_row(name, printed, 3493, 3480)], built)
        (target,) = built.targets
        assert target["target_raw"] == printed and not (target["repairs"] or "").count("same_indicator_elsewhere")


def test_a_row_named_only_by_its_sasaran_is_the_same_statement_as_the_per_sasaran_row():
    # Corpus 000 Tabel 3.1 row 6 (line 685) leaves the indicator and target cells empty: '6 | Meningkatnya
    # pembinaan perbendaharaan | | | 24%'. The per-sasaran table (line 847) prints that sasaran beside its
    # indicator, target 100% and the same 24%.
    sasaran = "Meningkatnya pembinaan perbendaharaan"
    summary = real_row(sasaran, None, "24%", 685, 674)
    summary.sasaran = sasaran
    detail = real_row("Presentase penyelesaian pertanggungjawaban penggunaan anggaran sesuai kebutuhan",
                      "100%", "24%", 847, 845)
    detail.sasaran = "Meningkatnya  pembinaan perbendaharaan"
    built = Built()
    build_measures("doc", [summary, detail], built)
    assert [(r["line"], r["target_value"]) for r in built.realisations] == [(847, 100)]
    (entry,) = [r for r in built.review if r["rule"] == "restatement"]
    assert entry["line"] == 685 and "line 847" in entry["evidence"]


def test_a_sasaran_only_row_with_other_values_is_kept():
    sasaran = "Meningkatnya pembinaan perbendaharaan"
    summary = real_row(sasaran, None, "30%", 685, 674)
    summary.sasaran = sasaran
    detail = real_row("Presentase penyelesaian pertanggungjawaban penggunaan anggaran sesuai kebutuhan",
                      "100%", "24%", 847, 845)
    detail.sasaran = sasaran
    built = Built()
    build_measures("doc", [summary, detail], built)
    assert sorted(r["line"] for r in built.realisations) == [685, 847]


def test_a_summary_sentence_restating_a_table_row_without_its_capaian_is_one_indicator():
    # A table row prints target, realisasi and capaian; the executive summary restates target and
    # realisasi in a sentence, in slightly other words and without the capaian. An office the catalogue
    # does not cover: only the names and values tell the two apart.
    def real_row(name, t, r, a, line, table, sentence=False):
        return MeasureRow(indicator_raw=name, target=parse_measure(t), realisation=parse_measure(r),
                          achievement=parse_measure(a, "%") if a else None, has_realisation_column=True,
                          has_achievement_column=a is not None, from_sentence=sentence,
                          source=Source(line=line, page=1, raw=name, table=table, table_line=line))
    table = real_row("Indeks Kepuasan Masyarakat terhadap layanan perizinan", "3,25", "3,31", "101,85", 140, "Tabel 3.1")
    other = real_row("Indeks Kepuasan Masyarakat terhadap layanan pengaduan", "3,25", "3,10", "95,38", 141, "Tabel 3.1")
    sentence = real_row("Indeks Kepuasan Masyarakat pada layanan perizinan", "3,25", "3,31", None, 25, "sentence", True)
    built = Built()
    build_measures("doc", [table, other, sentence], built, catalogue=False)
    assert [(r["line"], r["realisation_value"]) for r in built.realisations] == [(140, 3.31), (141, 3.1)]


def test_the_reports_total_is_its_tables_grand_total_not_the_first_subtotal():
    """'Jumlah Program A' and 'Jumlah Program B' stand above the table's TOTAL; the TOTAL is the year's budget.

    A total of another table further on (a signed agreement's pagu) is not
    part of that table and does not compete with it.
    """
    from normalize.build import document_total

    def row(line: int, name: str, allocation: int, realisation: int | None) -> dict:
        return {"line": line, "name": name, "level": "total" if name.startswith(("Jumlah", "TOTAL")) else "other",
                "allocation": allocation, "realisation": realisation, "fiscal_year": None}

    budgets = [row(10, "Kegiatan satu", 700, 650), row(11, "Jumlah Program A", 700, 650),
               row(13, "Kegiatan dua", 300, 240), row(14, "Jumlah Program B", 300, 240),
               row(15, "TOTAL", 1000, 890), row(90, "TOTAL ANGGARAN", 1200, 1100)]
    assert document_total(budgets, 2022) == (1000, 890)


def test_a_row_without_a_code_takes_the_level_its_name_states():
    """'Kegiatan ...' is a kegiatan and 'Sub Kegiatan ...' the level under it (an output), as a coded row would be."""
    from normalize.build import budget_level

    assert [budget_level(None, name, False) for name in (
        "Program Pengelolaan Pendidikan", "Kegiatan Penyediaan Jasa Kantor", "2. Sub Kegiatan Pemeliharaan Gedung",
        "Rincian Output Layanan Dukungan", "Belanja Barang", "Jumlah Program")] == [
        "program", "kegiatan", "output", "output", "other", "total"]


def test_a_code_less_row_naming_a_catalogue_entry_takes_its_level():
    """KPU offices share one budget structure: a kegiatan or output printed without its code is still one.

    A name OCR damaged by a letter or two still counts; a name near no
    entry stays 'other'.
    """
    from normalize.build import budget_level

    assert [budget_level(None, name, False) for name in (
        "Pemungutan dan Penghitungan Suara", "Pengelolaan Keuangan dan Barang Milik Negra",
        "Layanan Manajemen Keuangan", "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
        "Belanja Jasa Konsultan Hukum")] == ["kegiatan", "kegiatan", "output", "program", "other"]


def test_total_rows_of_several_years_that_add_up_to_none_keep_the_first():
    """A per-year table whose year column went unread: no row is the sum of the others, so none is a grand total."""
    from normalize.build import document_total

    budgets = [{"line": 5 + k, "name": "", "level": "total", "allocation": a, "realisation": r, "fiscal_year": None}
               for k, (a, r) in enumerate([(400, 390), (900, 850), (700, 610)])]
    assert document_total(budgets, None) == (400, 390)


def test_the_unit_of_a_row_is_its_values_not_its_capaian():
    # 'Indeks Kepuasan ... | 3,18 | 3,27 | 102,83%': the capaian's % is no unit of the indicator's values
    def row(name: str) -> MeasureRow:
        return MeasureRow(indicator_raw=name, target=parse_measure("3,18"), realisation=parse_measure("3,27"),
                          achievement=parse_percent("102,83%"), has_realisation_column=True,
                          source=Source(line=10, page=1, raw="3,18 | 3,27 | 102,83%", table="t", table_line=8))
    built = Built()
    build_measures("doc", [row("Indeks Kepuasan Pelayanan Publik"), row("Jumlah mitra kerja sama aktif"),
                           row("Rasio pegawai bersertifikat terhadap jumlah auditor")], built)
    assert [(r["indicator_raw"], r["unit"]) for r in built.realisations] == [
        ("Indeks Kepuasan Pelayanan Publik", "index"), ("Jumlah mitra kerja sama aktif", None),
        ("Rasio pegawai bersertifikat terhadap jumlah auditor", None)]


def test_a_level_stated_with_decimals_is_no_percent():
    # 'Level Maturitas ... | 3,25 | 3,41 | 104,92%': a point on a maturity scale; a level in whole
    # numbers under 'Persentase' stays as before
    def row(name: str, target: str, realisation: str) -> MeasureRow:
        return MeasureRow(indicator_raw=name, target=parse_measure(target), realisation=parse_measure(realisation),
                          achievement=parse_percent("104,92%"), has_realisation_column=True,
                          source=Source(line=10, page=1, raw="", table="t", table_line=8))
    built = Built()
    stated = row("Level kapabilitas pengawasan intern", "3,25", "3,41")
    # (a sentence's reader takes its bare numbers for percentages: printed without '%', they are no proof)
    stated.target, stated.realisation = parse_measure("3,25", "%"), parse_measure("3,41", "%")
    stated.source = Source(line=30, page=1, raw="", table="sentence")
    build_measures("doc", [row("Level Maturitas Pengendalian Intern", "3,25", "3,41"),
                           row("Persentase temuan yang ditindaklanjuti", "80", "84"), stated], built)
    assert [r["unit"] for r in built.realisations] == ["index", "%", "index"]


def test_a_grand_total_and_a_subtotal_are_totals_and_the_grand_total_is_the_reports():
    """'Sub Total APBN' sums the programs, a hibah row follows, and 'Grand Total' sums them all.

    Both rows are totals; the subtotal does not add up to the grand total
    (the hibah row is no total), so the row that names itself the whole is
    the report's overall budget.
    """
    from normalize.build import budget_level, document_total

    assert [budget_level(None, name, False) for name in ("Sub Total APBN", "Grand Total", "Subtotal", "Totalitas")] \
        == ["total", "total", "total", "other"]

    def row(line: int, name: str, allocation: int, realisation: int) -> dict:
        return {"line": line, "name": name, "level": budget_level(None, name, False), "allocation": allocation,
                "realisation": realisation, "fiscal_year": None}

    budgets = [row(5, "Program Dukungan Manajemen", 300, 290), row(6, "Program Penyelenggaraan Pemilu", 900, 880),
               row(7, "Sub Total APBN", 1200, 1170), row(8, "Hibah Pemilihan", 500, 420),
               row(9, "Grand Total", 1700, 1590)]
    assert document_total(budgets, 2023) == (1700, 1590)


def test_a_total_row_whose_l_ocr_misread_is_still_a_total():
    """'TOTAI', 'JUMIAH', 'Jum1ah' and 'Jurnlah' are a scan's Total and Jumlah rows; longer words that open alike are not."""
    from normalize.build import budget_level

    assert [budget_level(None, name, False) for name in ("TOTAI", "JUMIAH", "Jum1ah", "Jurnlah", "T0TAL", "Totalitas")] \
        == ["total", "total", "total", "total", "total", "other"]


def test_the_root_of_a_realisation_reports_accounts_is_the_whole_budget():
    """'5 | BELANJA DAERAH' over 'BELANJA OPERASI' and 'BELANJA MODAL': all the office spent, its total.

    A kind of belanja ('Belanja Modal', 'Belanja Daerah Lainnya') is one part of it.
    """
    from normalize.build import budget_level, document_total

    assert [budget_level(None, name, False) for name in (
        "BELANJA DAERAH", "Belanja", "BELANJA OPERASI", "Belanja Modal", "Belanja Daerah Lainnya")] == [
        "total", "total", "other", "other", "other"]
    budgets = [{"line": 5 + k, "name": name, "level": budget_level(None, name, False), "allocation": a,
                "realisation": r, "fiscal_year": None}
               for k, (name, a, r) in enumerate([("BELANJA DAERAH", 9000, 8700), ("BELANJA OPERASI", 7000, 6800),
                                                  ("BELANJA MODAL", 2000, 1900)])]
    assert document_total(budgets, 2022) == (9000, 8700)


def test_a_subtotal_gives_way_to_the_tables_total_row_below_it():
    """'Sub Total APBN', then a hibah row, then 'Total': the subtotal is a part of the budget; the Total is all of it,
    even when the subtotal and the hibah row are all there is to add up."""
    from normalize.build import budget_level, document_total

    def row(line: int, name: str, allocation: int, realisation: int) -> dict:
        return {"line": line, "name": name, "level": budget_level(None, name, False), "allocation": allocation,
                "realisation": realisation, "fiscal_year": None}

    budgets = [row(5, "Program Dukungan Manajemen", 400, 390), row(6, "Sub Total APBN", 400, 390),
               row(7, "Hibah Pemilihan", 6000, 5400), row(8, "Total", 6400, 5790)]
    assert document_total(budgets, 2020) == (6400, 5790)


def test_group_totals_alone_state_no_whole_budget():
    """'Jumlah Sasaran 1' and 'Jumlah Sasaran 2' each close a group of the table's rows; no row states the whole,
    so the table gives no document total (the prose may), while a table with its own Total row still does."""
    from normalize.build import budget_level, document_total

    def row(line: int, name: str, allocation: int, realisation: int) -> dict:
        return {"line": line, "name": name, "level": budget_level(None, name, False), "allocation": allocation,
                "realisation": realisation, "fiscal_year": None}

    groups = [row(5, "Program Pengelolaan Pendidikan", 900, 880), row(6, "Jumlah Sasaran 1", 900, 880),
              row(7, "Program Pengembangan Kurikulum", 300, 290), row(8, "Jumlah Sasaran 2", 300, 290)]
    assert document_total(groups, 2022) == (None, None)
    assert document_total(groups + [row(9, "Total", 1200, 1170)], 2022) == (1200, 1170)


def test_debris_set_aside_claims_no_indicator_from_a_readable_row():
    # A sub-unit agreement whose OCR left mostly non-words, yet whose closest catalogue indicator is the
    # Dapil one, comes first; the readable row of another table names that indicator. The debris goes to
    # review as unreadable, and the readable row stays in the table (it was dropped as its restatement).
    debris = target_row("Prsntxz KPJ Kbpqtn yxng mnylnggrkn thpqn Dapil ssuqi dngqn jdwql yxng ditxtqpkn KPJ RX",
                        "100%", 40, 30)
    readable = target_row("Persentase KPU Kota yang menjalankan tahapan Dapil sesuai jadwal yang ditentukan",
                          "100%", 120, 100)
    vocabulary = {"persentase", "kpu", "kota", "yang", "menjalankan", "tahapan", "dapil", "sesuai", "jadwal",
                  "ditentukan"}
    built = Built()
    build_measures("doc", [debris, readable], built, vocabulary)
    assert [t["line"] for t in built.targets] == [120]
    assert [(r["line"], r["rule"]) for r in built.review if r["action"] == "dropped"] == [(40, "unreadable_text")]


def test_two_rows_of_one_table_a_whole_word_apart_are_two_indicators():
    # One target table lists the budget regulation and its amendment, both '1 dokumen': the names score
    # above the near-identical bar, but 'Perubahan' is a word of its own, not OCR damage.
    table = 200
    plain = target_row("Jumlah Rancangan Peraturan Bupati tentang Penjabaran Anggaran Pendapatan dan Belanja "
                       "Desa yang Disahkan Tepat Waktu", "1 dokumen", 210, table)
    amended = target_row("Jumlah Rancangan Peraturan Bupati tentang Penjabaran Perubahan Anggaran Pendapatan dan "
                         "Belanja Desa yang Disahkan Tepat Waktu", "1 dokumen", 213, table)
    damaged = target_row("Jumlah Rancangan Peraturan Bupati tentang Penjabaran Anggaran Pendapatan dan Belanja "
                         "Desa yang Disahkan Tepat Waktv", "1 dokumen", 300, 290)  # the first restated, OCR-damaged
    built = Built()
    build_measures("doc", [plain, amended, damaged], built, catalogue=False)
    assert [t["line"] for t in built.targets] == [210, 213]


def test_a_row_taken_for_an_earlier_indicator_worded_otherwise_is_listed_for_review():
    # The agreement names the indicator; the capaian table restates it with OCR damage and the same target.
    signed = target_row("Persentase arsip dinamis yang dikelola sesuai klasifikasi", "85%", 40, 30)
    restated = target_row("Persentase arsip dinamls yang dikeiola sesuai klasifikasi", "85%", 140, 120)
    again = target_row("Persentase arsip dinamis yang dikelola sesuai klasifikasi", "85%", 240, 220)
    built = Built()
    build_measures("doc", [signed, restated, again], built, catalogue=False)
    assert [t["line"] for t in built.targets] == [40]
    (entry,) = [r for r in built.review if r["rule"] == "restatement"]  # the same wording is no news
    assert entry["line"] == 140 and entry["action"] == "dropped" and "line 40" in entry["evidence"]


def test_two_readable_names_sharing_a_closest_indicator_are_two_indicators():
    # A social-services office the catalogue does not know: its agreement states one service, its capaian
    # table another, and both names land nearest the same KPU indicator. Both read whole, so neither is
    # the other damaged by OCR; a damaged restatement of the first is still left out.
    elderly = target_row("Persentase lansia terlantar yang terlayani", "100%", 30, 20)
    disabled = target_row("Persentase penyandang disabilitas yang terlayani", "100%", 130, 120)
    damaged = target_row("Meningkatnya Persentase lansia terlantar yang terlayanl", "90%", 230, 220)
    vocabulary = {"persentase", "lansia", "terlantar", "yang", "terlayani", "penyandang", "disabilitas"}
    built = Built()
    build_measures("doc", [elderly, disabled, damaged], built, vocabulary)
    assert [t["line"] for t in built.targets] == [30, 130]
    assert [r["line"] for r in built.review if r["rule"] == "restatement"] == [230]


def test_a_readable_restatement_less_its_bled_words_stays_a_restatement():
    # The capaian table's cell took the sasaran's last words ('Meningkatnya ... dengan'); a later summary
    # prints the bare name with the same target and realisasi. Both read whole, yet one is the other.
    bled = real_row("Pemilu sesuai dengan persentase partisipasi pemilih dalam pemilu", "70%", "72,4%", 337, 320)
    bare = real_row("Persentase partisipasi pemilih", "70%", "72,4%", 450, 440)
    vocabulary = {"pemilu", "sesuai", "dengan", "persentase", "partisipasi", "pemilih", "dalam"}
    built = Built()
    build_measures("doc", [bled, bare], built, vocabulary)
    assert [r["line"] for r in built.realisations] == [337]


def test_a_wrapped_cells_part_is_no_indicator_of_its_own_however_readable():
    # A flattened capaian table's row took only the wrapped end of its name ('kebutuhan kerja pegawai ...'),
    # closest to the indicator an earlier table states whole; it opens mid-sentence, so the two names
    # differing is a wrap, not two indicators, and the part stays out as a restatement.
    whole = real_row("Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja pegawai yang "
                     "berfungsi dengan baik", "100%", "25%", 902, 890)
    part = real_row("kebutuhan kerja pegawai yang berfungsi dengan baik Kelancaran Tugas KPU", "100%", "23%",
                    1225, 1200)
    vocabulary = {"persentase", "tersedianya", "sarana", "dan", "prasarana", "untuk", "memenuhi", "kebutuhan",
                  "kerja", "pegawai", "yang", "berfungsi", "dengan", "baik", "kelancaran", "tugas", "kpu"}
    built = Built()
    build_measures("doc", [whole, part], built, vocabulary)
    assert [r["line"] for r in built.realisations] == [902]
    assert [r["line"] for r in built.review if r["rule"] == "restatement"] == [1225]


def table_result(name: str, line: int, target: str, realisation: str, capaian: str,
                 satuan: str = "") -> MeasureRow:
    """A capaian table's row as the table reader hands it over: bare target and realisasi, a capaian in %."""
    return MeasureRow(indicator_raw=name, target=parse_measure(target), realisation=parse_measure(realisation),
                      achievement=parse_percent(capaian), has_realisation_column=True, satuan=satuan,
                      source=Source(line=line, page=1, raw=f"{target} | {realisation} | {capaian}", table="t",
                                    table_line=8))


def test_a_printed_satuan_outweighs_the_capaians_percent_and_the_indicators_name():
    # 'Jumlah ...' aside, a row whose Satuan names a noun the units list lacks ('Kelurahan') counts that noun:
    # its bare numbers are no percent though its capaian prints one; without a Satuan the old rule stands.
    def row(name: str, satuan: str, line: int) -> MeasureRow:
        return table_result(name, line, "12", "14", "116,67%", satuan)
    built = Built()
    build_measures("doc", [row("Kelurahan siaga aktif yang dibina", "Kelurahan", 10),
                           row("Cakupan posyandu mandiri di wilayah kerja", "", 11),
                           row("Jumlah koperasi aktif yang dibina", "Koperasi", 12)], built)
    assert [r["unit"] for r in built.realisations] == [None, "%", "koperasi"]  # a count's noun is its unit


def test_a_unit_in_brackets_ending_the_name_is_the_unit_of_its_bare_numbers():
    # no Satuan column: the name carries it ('(orang)'); an acronym in brackets ('(LHP)') is no unit, and
    # a word saying how a count is kept ('(kumulatif)') is none either
    def row(name: str, line: int) -> MeasureRow:
        return table_result(name, line, "1.200", "1.350", "112,5%")
    built = Built()
    build_measures("doc", [row("Jumlah peserta pelatihan kewirausahaan (orang)", 10),
                           row("Jumlah kelompok tani yang dibina (kelompok)", 11),
                           row("Jumlah laporan hasil pemeriksaan (LHP)", 12),
                           row("Jumlah wirausaha baru yang tumbuh (kumulatif)", 13),
                           row("Cakupan layanan rehabilitasi sosial (Persen)", 14),
                           row("Hasil evaluasi kearsipan internal (nilai)", 15)], built)
    assert [r["unit"] for r in built.realisations] == ["orang", "kelompok", None, None, "%", "points"]


def test_a_rate_named_per_so_many_births_or_people_has_that_unit_not_the_capaians_percent():
    def row(name: str, line: int) -> MeasureRow:
        return table_result(name, line, "98,5", "84,3", "114,42%")
    built = Built()
    build_measures("doc", [row("Angka kematian neonatal per 1.000 kelahiran hidup", 10),
                           row("Angka kesakitan demam berdarah per 100.000 penduduk", 11),
                           row("Cakupan imunisasi dasar per desa", 12)], built)
    assert [r["unit"] for r in built.realisations] == ["per 1.000 kh", "per 100.000 penduduk", "%"]
    # the same printed in the row's Satuan cell, the name leaving it out
    built = Built()
    stated = row("Angka kematian neonatal", 20)
    stated.satuan = "per 1.000 KH"
    build_measures("doc", [stated], built)
    assert [r["unit"] for r in built.realisations] == ["per 1.000 kh"]


def test_a_word_a_narrow_column_cut_in_two_is_joined_when_the_report_prints_it_whole():
    # 'yang menyele' over 'nggarakan': the pieces are no words of the report, the whole word is; two real
    # words ('tahapan Masa', 'sesuai dengan') stay apart
    vocabulary = {"persentase", "kantor", "yang", "menyelenggarakan", "rapat", "sesuai", "jadwal", "dengan"}
    built = Built()
    build_measures("doc", [target_row("Persentase kantor yang menyele nggarakan rapat sesuai dengan jadwal",
                                      "90%", 40, 30)], built, vocabulary, catalogue=False)
    assert built.targets[0]["indicator_raw"] == "Persentase kantor yang menyelenggarakan rapat sesuai dengan jadwal"
    (entry,) = [r for r in built.review if r["rule"] == "cut_word_rejoined"]
    assert entry["raw"].endswith("menyele nggarakan rapat sesuai dengan jadwal") and entry["line"] == 40
    assert entry["table"] == "targets"  # the table the reviewer finds the row in


def test_two_words_of_the_report_are_never_joined():
    vocabulary = {"persentase", "dokumen", "yang", "diselesaikan", "dise", "lesaikan"}
    built = Built()
    build_measures("doc", [target_row("Persentase dokumen yang dise lesaikan", "80%", 12, 10)], built,
                   vocabulary, catalogue=False)
    assert built.targets[0]["indicator_raw"] == "Persentase dokumen yang dise lesaikan"


def test_rows_numbered_under_a_program_row_are_its_kegiatan():
    """'1.1', '1.2' under program '1' (no codes, no level word) are kegiatan; sub-numbers under other rows stay 'other'."""
    def row(raw: str, name: str, line: int, table_line: int = 10) -> BudgetRow:
        return BudgetRow(source=Source(line=line, page=3, raw=raw, table_line=table_line), name=name,
                         allocation=parse_amount(raw.split(" | ")[-1]))

    rows = [row("500.000", "Program Pelayanan Administrasi Kantor", 11),
            row("1.1 | 200.000", "Penyediaan Alat Tulis", 12),
            row("1.2 | 300.000", "Pemeliharaan Kendaraan Dinas", 13),
            row("2.1 | 80.000", "Belanja Pegawai", 30, table_line=29),
            row("2.2 | 20.000", "Belanja Barang", 31, table_line=29)]
    built = Built()
    build_budgets("doc", rows, built)
    assert [b["level"] for b in built.budgets] == ["program", "kegiatan", "kegiatan", "other", "other"]


def test_a_score_stated_as_a_bare_number_is_points_not_the_capaians_percent():
    """'Nilai ... | 80 | 76,5 | 95,63%': a score out of 100; a '%' printed with the value or a grade keeps its own."""
    def row(name: str, target: str, realisation: str) -> MeasureRow:
        return MeasureRow(indicator_raw=name, target=parse_measure(target), realisation=parse_measure(realisation),
                          achievement=parse_percent("95,63%"), has_realisation_column=True,
                          source=Source(line=10, page=1, raw=f"{target} | {realisation}", table="t", table_line=8))
    built = Built()
    build_measures("doc", [row("Nilai Pengawasan Kearsipan Internal", "80", "76,5"),
                           row("Nilai sasaran mutu layanan terpenuhi", "90%", "86,07%"),
                           row("Nilai Evaluasi Mandiri Pengendalian Intern", "BB", "B")], built)
    assert [r["unit"] for r in built.realisations] == ["points", "%", "grade"]


def test_a_bare_score_keeps_the_percent_the_report_states_it_in_elsewhere():
    """A target table printing 'Nilai ... 95%' says the realisation table's bare '80' is 80% too."""
    name = "Nilai Pengawasan Kearsipan Internal"
    target = MeasureRow(indicator_raw=name, target=parse_measure("95%"),
                        source=Source(line=5, page=1, raw="95%", table="pk", table_line=3))
    real = MeasureRow(indicator_raw=name, target=parse_measure("80"), realisation=parse_measure("80"),
                      achievement=parse_percent("100"), has_realisation_column=True,
                      source=Source(line=40, page=2, raw="80 | 80 | 100", table="t", table_line=38))
    built = Built()
    build_measures("doc", [target, real], built)
    assert [r["unit"] for r in built.targets + built.realisations] == ["%", "%"]


def test_a_rate_per_so_many_births_written_close_up_has_that_unit():
    # 'per 1.000KH': the births' initials printed against the base, no space between
    built = Built()
    build_measures("doc", [table_result("Angka kematian neonatal per 1.000KH", 10, "8,5", "7,9", "107,59%")], built)
    assert [r["unit"] for r in built.realisations] == ["per 1.000 kh"]


def measured_row(name: str, target: str, real: str, capaian: str | None, line: int, table_line: int) -> MeasureRow:
    return MeasureRow(indicator_raw=name, target=parse_percent(target), realisation=parse_percent(real),
                      achievement=parse_percent(capaian) if capaian else None, has_realisation_column=True,
                      from_sentence=table_line == 0,
                      source=Source(line=line, page=1, raw=f"{target} {real}", table="" if table_line == 0
                                    else f"table at {table_line}", table_line=table_line))


def test_a_sentence_restating_a_table_row_in_its_own_words_is_one_row_the_tables():
    # A summary sentence (line 20) words the indicator as a verb ('dokumen yang diverifikasi') where the
    # table (line 41) names it with a noun ('verifikasi dokumen'): same roots, same target and realisasi.
    said = measured_row("Persentase dokumen perizinan yang diverifikasi pada tahun 2023", "85%", "88,4%",
                        "104%", 20, 0)
    row = measured_row("Persentase verifikasi dokumen perizinan", "85%", "88,4%", None, 41, 38)
    built = Built()
    build_measures("doc", [said, row], built)
    (kept,) = built.realisations
    assert kept["line"] == 41 and kept["indicator_raw"] == "Persentase verifikasi dokumen perizinan"
    assert kept["achievement_value"] == 104.0 and "same_indicator_elsewhere" in kept["repairs"]
    (entry,) = [r for r in built.review if r["rule"] == "restatement"]
    assert entry["line"] == 20 and "line 41" in entry["evidence"]


def test_a_sentence_naming_a_narrower_indicator_with_the_same_values_stays_its_own_row():
    # 'Persentase dokumen' is not 'Persentase dokumen perizinan yang diverifikasi': a root one lacks.
    said = measured_row("Persentase dokumen perizinan yang diverifikasi", "85%", "88,4%", None, 20, 0)
    row = measured_row("Persentase dokumen terarsip", "85%", "88,4%", None, 41, 38)
    built = Built()
    build_measures("doc", [row, said], built)
    assert sorted(r["line"] for r in built.realisations) == [20, 41]


def test_a_reworded_sentence_with_other_values_is_no_restatement():
    said = measured_row("Persentase dokumen perizinan yang diverifikasi", "85%", "80%", None, 20, 0)
    row = measured_row("Persentase verifikasi dokumen perizinan", "85%", "88,4%", None, 41, 38)
    built = Built()
    build_measures("doc", [row, said], built)
    assert sorted(r["line"] for r in built.realisations) == [20, 41]


def scored_row(name: str, values: tuple[str, str, str], line: int, table_line: int) -> MeasureRow:
    target, real, capaian = values
    return MeasureRow(indicator_raw=name, target=parse_measure(target), realisation=parse_measure(real),
                      achievement=parse_measure(capaian, "%"), has_realisation_column=True,
                      has_achievement_column=True, from_sentence=table_line == 0,
                      source=Source(line=line, page=1, raw=" ".join(values), table="" if table_line == 0
                                    else f"table at {table_line}", table_line=table_line))


def test_a_sentence_restating_a_row_under_a_generic_short_name_is_that_rows_restatement():
    # Table 3.1 (line 60) lists 'Indeks Kepuasan Penerima Layanan Arsip Daerah 75 | 79,10 | 105,47%'; the
    # chapter's paragraph on it (line 88) says only 'Skor indeks mencapai 79,10 dari target 75, capaian 105,47%'.
    row = scored_row("Indeks Kepuasan Penerima Layanan Arsip Daerah", ("75", "79,10", "105,47"), 60, 58)
    other = scored_row("Persentase arsip yang didigitalkan", ("60", "55", "91,67"), 61, 58)
    said = scored_row("Skor indeks", ("75", "79,10", "105,47"), 88, 0)
    built = Built()
    build_measures("doc", [row, other, said], built, catalogue=False)
    assert sorted(r["line"] for r in built.realisations) == [60, 61]
    (entry,) = [r for r in built.review if r["rule"] == "restatement"]
    assert entry["line"] == 88 and "line 60" in entry["evidence"]


def test_a_short_name_sharing_a_word_with_the_row_is_its_restatement_but_not_one_with_no_word_in_common():
    row = scored_row("Indeks Kepuasan Penerima Layanan Arsip Daerah", ("75", "79,10", "105,47"), 60, 58)
    alike = scored_row("kepuasan penerima layanan", ("75", "79,10", "105,47"), 88, 0)
    built = Built()
    build_measures("doc", [row, alike], built, catalogue=False)
    assert [r["line"] for r in built.realisations] == [60]
    unlike = scored_row("Persentase sekolah terakreditasi", ("75", "79,10", "105,47"), 88, 0)
    built = Built()
    build_measures("doc", [row, unlike], built, catalogue=False)
    assert sorted(r["line"] for r in built.realisations) == [60, 88]


def test_no_value_restatement_when_two_rows_state_the_same_three_values_or_they_are_trivial():
    first = scored_row("Indeks Kepuasan Layanan Perpustakaan", ("75", "79,10", "105,47"), 60, 58)
    second = scored_row("Indeks Kepuasan Layanan Kearsipan", ("75", "79,10", "105,47"), 61, 58)
    said = scored_row("Nilai indeks kepuasan", ("75", "79,10", "105,47"), 88, 0)
    built = Built()
    build_measures("doc", [first, second, said], built, catalogue=False)
    assert sorted(r["line"] for r in built.realisations) == [60, 61, 88]
    met = scored_row("Persentase pengaduan ditindaklanjuti", ("100", "100", "100"), 62, 58)
    said_met = scored_row("jumlah pengaduan", ("100", "100", "100"), 89, 0)
    built = Built()
    build_measures("doc", [met, said_met], built, catalogue=False)
    assert sorted(r["line"] for r in built.realisations) == [62, 89]


def three_cell_row(name: str, values: tuple[str, str, str], line: int, table_line: int) -> MeasureRow:
    t, r, a = values
    return MeasureRow(indicator_raw=name, target=parse_measure(t), realisation=parse_measure(r),
                      achievement=parse_percent(a), has_realisation_column=True, has_achievement_column=True,
                      source=Source(line=line, page=1, raw=" ".join(values), table=f"table at {table_line}",
                                    table_line=table_line))


def test_a_capaian_printed_alike_twice_is_the_authors_not_a_misread_digit():
    # 4,12 / 4,00 = 103,00, printed '105,00%': one digit OCR confuses (3/5) would fit, but the sasaran's own
    # table prints the same three cells again, and OCR does not misread one digit alike twice: kept, flagged
    name = "Indeks kepuasan pengguna layanan arsip"
    summary = three_cell_row(name, ("4,00", "4,12", "105,00%"), 40, 38)
    built = Built()
    build_measures("doc", [summary], built)
    assert built.realisations[0]["achievement_value"] == 103.0  # printed once: read as a misread digit
    summary = three_cell_row(name, ("4,00", "4,12", "105,00%"), 40, 38)
    per_sasaran = three_cell_row(name, ("4,00", "4,12", "105,00%"), 75, 73)
    built = Built()
    build_measures("doc", [summary, per_sasaran], built)
    (row,) = built.realisations
    assert row["achievement_value"] == 105.0 and row["line"] == 40
    (flag,) = [e for e in built.review if e["field"] == "achievement" and e["line"] == 40]
    assert flag["action"] == "flagged" and "line 75" in flag["evidence"]


def test_a_total_whose_own_percent_denies_its_pagu_gives_way_to_another_tables_total_that_agrees() -> None:
    # an invented office's realisation table prints JUMLAH 8.035.000.000 (digits swapped) beside 95,00%, which only
    # 8.053.000.000 gives; its jenis belanja table prints 8.053.000.000 with the same realisasi and %
    from normalize.build import document_total

    def row(line, allocation, name="Jumlah"):
        return {"level": "total", "name": name, "allocation": allocation, "realisation": 7650350000,
                "percent": 95.0, "fiscal_year": None, "line": line}

    slip, other = row(120, 8035000000, "JUMLAH"), row(160, 8053000000)
    assert document_total([slip, other], 2022) == (8053000000, 7650350000)
    # a total that agrees with itself stays the report's, whatever comes later
    good = row(120, 8053000000, "JUMLAH")
    assert document_total([good, row(160, 8035000000)], 2022) == (8053000000, 7650350000)


def test_two_rows_of_one_table_with_other_satuan_are_two_indicators_though_matched_alike() -> None:
    # a capaian table with a Satuan column lists a percent of on-time voter-list recaps and a count of recap
    # reports; the matcher puts both on the catalogue's one voter-list indicator, and the count row was dropped
    def row(name, satuan, t, r, line):
        return MeasureRow(indicator_raw=name, target=parse_measure(t), realisation=parse_measure(r),
                          achievement=parse_measure("100", "%"), has_realisation_column=True,
                          has_achievement_column=True, satuan=satuan,
                          source=Source(line=line, page=1, raw=name, table="Tabel 3.1", table_line=80))
    percent = row("Persentase rekapitulasi daftar pemilih berkelanjutan yang disampaikan tepat waktu", "%",
                  "100", "100", 82)
    count = row("Jumlah laporan hasil pemutakhiran daftar pemilih berkelanjutan", "Laporan", "12", "12", 83)
    built = Built()
    build_measures("doc", [percent, count], built)
    assert [r["line"] for r in built.realisations] == [82, 83]
    assert len({r["indicator_id"] for r in built.realisations}) == 1  # (both still matched to that one entry)


def test_a_count_beside_a_share_of_one_table_is_two_indicators_though_the_catalogue_matches_both():
    # an invented PK: the catalogue's voter-list indicator matches both names for sure, but one table lists an
    # indicator once, and '3.100 orang' counts people where the other row gives a share of work done
    share = target_row("Persentase pemutakhiran data pemilih berkelanjutan", "100%", 40, 38)
    count = MeasureRow(indicator_raw="Jumlah pemilih baru yang dicatat dalam pemutakhiran berkelanjutan",
                       target=parse_measure("3.100 orang"),
                       source=Source(line=41, page=1, raw="3.100 orang", table="table at 38", table_line=38))
    built = Built()
    build_measures("doc", [share, count], built)
    assert [t["line"] for t in built.targets] == [40, 41]
    assert built.targets[0]["indicator_id"] and not built.targets[1]["indicator_id"]


def test_a_summary_sentence_naming_the_rows_whole_name_inside_its_clause_restates_that_row():
    # an invented summary (line 30): 'Seluruh indikator lain juga tercapai, kecuali persentase arsip yang
    # didigitalkan yang mencapai 55% dari target 60% (capaian 91,67%)': the name read holds the row's whole
    # name beside the clause's words, and the three values are that row's
    row = scored_row("Persentase arsip yang didigitalkan", ("60%", "55%", "91,67"), 61, 58)
    other = scored_row("Persentase surat yang dijawab tepat waktu", ("90%", "93%", "103,33"), 62, 58)
    said = scored_row("lain juga tercapai, kecuali persentase arsip yang didigitalkan yang", ("60%", "55%", "91,67"), 30, 0)
    built = Built()
    build_measures("doc", [said, row, other], built, catalogue=False)
    assert sorted(r["line"] for r in built.realisations) == [61, 62]
