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
