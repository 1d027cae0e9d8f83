"""Signed Perjanjian Kinerja: the agreement's own table wins when restatements disagree."""
from extract.agreements import mark_signed, pledge_lines
from extract.model import Line
from extract.records import MeasureRow, Source
from normalize.build import Built, build_measures
from normalize.numbers import parse_percent

# Pledges as OCR left them in corpus 001 (lines 3132, 3428) and 003 (line 3438).
PLEDGES = [
    "PIHAK PERTAMA benang akan mewujudkan targel kinetja yang scharusnvi sesumi lampiran",
    "Pihak Pertama benann akan mewwudkan terget Kinerja yvang seharosmya sesua lampiran",
    "berjanji akan mewujudkan target Kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam",
]


def lines(texts: list[str]) -> list[Line]:
    return [Line(number=i + 1, page=1, text=t) for i, t in enumerate(texts)]


def test_pledges_are_found_through_ocr_damage_and_prose_is_not_a_pledge():
    text = ["Tabel 3.1 Capaian", *PLEDGES, "dalam rangka mewujudkan target kinerja organisasi"]
    assert pledge_lines(lines(text)) == [2, 3, 4]


def row(name: str, target: str, line: int, table: str, table_line: int) -> MeasureRow:
    return MeasureRow(indicator_raw=name, target=parse_percent(target),
                      source=Source(line=line, page=1, raw=target, table=table, table_line=table_line))


def test_a_table_just_after_a_pledge_is_signed_one_far_away_is_not():
    rows = [row("Persentase A", "90%", 3462, "PERJANJIAN KINERJA TAHUN 2024", 3452),
            row("Persentase B", "85%", 1659, "Perjanjian Kinerja Tahun 2024", 1650),
            row("Persentase C", "80%", 4300, "RENCANA AKSI", 4290)]
    mark_signed(rows, [3438])
    assert [r.signed for r in rows] == [True, False, False]


def test_the_signed_agreement_wins_when_bab_ii_states_another_target():
    # Corpus 003: Bab II's PK restatement says 85 % (line 1659); the signed lampiran says 90% (line 3466).
    name = "Persentase Keputusan KPU yang disusun tepat waktu sesuai dengan kerangka regulasi KPU"
    bab_ii = row(name, "85 %", 1659, "Perjanjian Kinerja Tahun 2024", 1650)
    lampiran = row(name, "90%", 3466, "PERJANJIAN KINERJA TAHUN 2024", 3452)
    mark_signed([bab_ii, lampiran], [3438])
    built = Built()
    build_measures("doc", [bab_ii, lampiran], built)
    assert [(t["line"], t["target_value"]) for t in built.targets] == [(3466, 90.0)]


def test_next_years_signed_agreement_bound_in_neither_wins_nor_counts(tmp_path):
    # A 2021 report states its PK in Bab II and binds in the signed PK for 2022 as a lampiran.
    from pipeline import process
    body = [
        "LAPORAN KINERJA KPU KOTA TERNATE TAHUN 2021", "",
        "Laporan Kinerja KPU Kota Ternate Tahun 2021 disusun sebagai pertanggungjawaban tahun 2021.", "",
        "Tabel 2.1 Perjanjian Kinerja Tahun 2021",
        "| No | Sasaran | Indikator Kinerja | Target |",
        "| 1 | Meningkatnya layanan | Persentase permohonan informasi yang dijawab tepat waktu | 88% |",
        "| 2 | Meningkatnya tertib arsip | Persentase arsip aktif yang tertata sesuai klasifikasi | 70% |", "",
        "Capaian KPU Kota Ternate tahun 2021 diuraikan pada Bab III.", "",
        "LAMPIRAN", "", "PERJANJIAN KINERJA TAHUN 2022", "",
        "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
        "Ternate, 3 Januari 2022", "",
        "| No | Sasaran | Indikator Kinerja | Target |",
        "| 1 | Meningkatnya layanan | Persentase permohonan informasi yang dijawab tepat waktu | 92% |",
        "| 2 | Meningkatnya tertib arsip | Persentase arsip aktif yang tertata sesuai klasifikasi | 75% |",
        "| 3 | Meningkatnya tertib arsip | Persentase arsip inaktif yang dipindahkan ke depo | 60% |",
    ]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(body) + "\n")
    result = process(path)
    assert result.document["year"] == 2021
    assert [(t["line"], t["target_value"]) for t in result.built.targets] == [(7, 88.0), (8, 70.0)]


def test_this_years_signed_agreement_still_wins(tmp_path):
    from pipeline import process
    body = [
        "LAPORAN KINERJA KPU KOTA TERNATE TAHUN 2021", "",
        "Tabel 2.1 Perjanjian Kinerja Tahun 2021",
        "| No | Sasaran | Indikator Kinerja | Target |",
        "| 1 | Meningkatnya layanan | Persentase permohonan informasi yang dijawab tepat waktu | 85 % |", "",
        "LAMPIRAN", "", "PERJANJIAN KINERJA TAHUN 2021", "",
        "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
        "",
        "| No | Sasaran | Indikator Kinerja | Target |",
        "| 1 | Meningkatnya layanan | Persentase permohonan informasi yang dijawab tepat waktu | 88% |",
    ]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(body) + "\n")
    assert [(t["line"], t["target_value"]) for t in process(path).built.targets] == [(14, 88.0)]
