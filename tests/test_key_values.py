"""Measurements printed as 'Key : value' blocks (extract.key_values)."""
from __future__ import annotations

from extract.key_values import find_key_value_measures
from extract.model import Line


def lines_of(text: str, first: int = 1):
    return [Line(number=n, page=1, text=t) for n, t in enumerate(text.split("\n"), start=first)]


def test_key_value_blocks_are_realisation_records():
    # Bapenda Jabar 2020, Bab III: one block per indicator, each followed by its explanation.
    rows = find_key_value_measures(lines_of(
        "      Indikator Kinerja 1 : Persentase capaian target Pendapatan Asli Daerah (PAD)\n"
        "      Target                : 100%\n"
        "      Realisasi             : 101,37%\n"
        "      Capaian               : 101,37%\n"
        "\n"
        "      Realisasi PAD Provinsi Jawa Barat tahun 2020 melampaui target perubahan. Penerimaan\n"
        "\n"
        "      Indikator Kinerja 4 : Jumlah inovasi layanan pajak daerah\n"
        "      Target                : 3 inovasi\n"
        "      Realisasi             : 4 inovasi\n"
        "      Capaian               : 133,33%\n"
        "\n"
        "      Indikator Kinerja 5 : Nilai AKIP Bapenda\n"
        "      Target                : A\n"
        "      Realisasi             : BB\n"
        "      Capaian               : tidak tercapai\n", first=71))
    assert [r.indicator_raw for r in rows] == [
        "Persentase capaian target Pendapatan Asli Daerah (PAD)", "Jumlah inovasi layanan pajak daerah",
        "Nilai AKIP Bapenda"]
    assert [(r.target.value, r.realisation.value, r.achievement.value) for r in rows[:2]] == [
        (100, 101.37, 101.37), (3, 4, 133.33)]
    assert rows[1].target.unit == "inovasi"
    assert (rows[2].target.text, rows[2].realisation.text, rows[2].achievement) == ("A", "BB", None)
    assert [r.source.line for r in rows] == [72, 79, 84]  # the target's line
    assert all(r.has_realisation_column and not r.from_sentence for r in rows)


def test_a_wrapped_name_is_joined_and_incomplete_blocks_are_not_read():
    (row,) = find_key_value_measures(lines_of(
        "Indikator : Persentase rekomendasi hasil pemeriksaan\n"
        "            yang ditindaklanjuti\n"
        "Target    : 85%\n"
        "Realisasi : 88,40%\n"))
    assert row.indicator_raw == "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti"
    assert (row.target.value, row.realisation.value, row.achievement) == (85, 88.4, None)
    assert find_key_value_measures(lines_of(  # a target alone is no measurement
        "Indikator Kinerja : Indeks kepuasan wajib pajak\nTarget : 82,00\nSatuan : Indeks\n")) == []
    assert find_key_value_measures(lines_of(  # values without their indicator line
        "Target : 82,00\nRealisasi : 84,65\n")) == []
    assert find_key_value_measures(lines_of(  # running text between the name and the values
        "Indikator : Indeks kepuasan wajib pajak\n"
        "Survei dilaksanakan oleh lembaga independen terhadap 3.400 responden.\n"
        "Pada survei lanjutan dilakukan penilaian ulang.\n"
        "Target : 82,00\nRealisasi : 84,65\n")) == []
    assert find_key_value_measures(lines_of(  # words where a value should be
        "Indikator : Indeks kepuasan wajib pajak\nTarget : meningkat\nRealisasi : meningkat\n")) == []


def test_blocks_with_years_units_or_iku_in_their_keys():
    from extract.key_values import find_key_value_measures
    from extract.model import Line

    blocks = [
        ["Indikator Kinerja 3 : Persentase arsip yang terdigitalisasi", "Target 2023 : 70%", "Realisasi 2023 : 74,2%",
         "Capaian : 106%"],
        ["IKU 3 : Persentase arsip yang terdigitalisasi", "Target Tahun 2023 : 70 %", "Teralisasi : 74,2 %",
         "Capaian Kinerja : 106 %"],
        ["Indikator Kinerja 3 : Persentase arsip yang terdigitalisasi", "Target (%) : 70", "Realisasi (%) : 74,2",
         "Capaian (%) : 106"],
    ]
    for block in blocks:
        (row,) = find_key_value_measures([Line(n, 1, t) for n, t in enumerate(block, start=1)])
        assert row.indicator_raw == "Persentase arsip yang terdigitalisasi", block
        assert (row.target.value, row.target.unit, row.realisation.value, row.achievement.value) == (70, "%", 74.2, 106)
        assert row.source.line == 2 and row.target.raw == block[1].split(":")[1].strip()


def test_a_block_whose_realisasi_is_stated_in_words_or_below_zero():
    rows = find_key_value_measures(lines_of(
        "Indikator Kinerja 1 : Tersusunnya rencana induk arsip daerah\n"
        "Target    : 1 Dokumen\n"
        "Realisasi : Terlaksana\n"
        "Capaian   : 100%\n"
        "\n"
        "Indikator Kinerja 2 : Laju pertumbuhan arsip statis yang diakuisisi\n"
        "Target    : 5,5%\n"
        "Realisasi : -2%\n"
        "Capaian   : -36,36%\n"
        "\n"
        "Indikator Kinerja 3 : Persentase arsip desa yang terdata\n"
        "Target    : 70%\n"
        "Realisasi : sebagaimana diuraikan pada bagian berikut\n"))
    # words of the closed list are the realisasi as printed; a sentence is none
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.realisation.value, r.achievement.value)
            for r in rows] == [
        ("Tersusunnya rencana induk arsip daerah", "1 Dokumen", "Terlaksana", None, 100.0),
        ("Laju pertumbuhan arsip statis yang diakuisisi", "5,5%", "-2%", -2.0, -36.36)]


def test_a_transposed_one_indicator_table_is_a_key_value_block():
    # Each indicator in a small two-column table of its own: the key in the first cell, the value in the second.
    rows = find_key_value_measures(lines_of(
        "Tabel 3.4\n"
        "Indikator Kinerja\tPersentase laporan dugaan pelanggaran yang diregistrasi tepat waktu\n"
        "Target\t90%\n"
        "Realisasi\t93,75%\n"
        "Capaian\t104,17%\n"
        "\n"
        "Indikator Kinerja    Jumlah desa pengawasan partisipatif\n"
        "Target               12 desa\n"
        "Realisasi            10 desa\n"
        "Capaian              83,33%\n", first=40))
    assert [r.indicator_raw for r in rows] == [
        "Persentase laporan dugaan pelanggaran yang diregistrasi tepat waktu", "Jumlah desa pengawasan partisipatif"]
    assert [(r.target.value, r.realisation.value, r.achievement.value) for r in rows] == [
        (90, 93.75, 104.17), (12, 10, 83.33)]
    assert [r.source.line for r in rows] == [42, 47]  # the target's line


def test_a_key_and_its_value_one_space_apart_are_prose():
    rows = find_key_value_measures(lines_of(
        "Indikator kinerja tersebut diukur setiap triwulan\n"
        "Target tahun ini 90%\n"
        "Realisasi sampai Desember 88%\n"))
    assert rows == []
