"""Titled Perjanjian Kinerja lists whose column header OCR lost (corpus 001, lines 1016-1084)."""
from extract.headerless import find_headerless_targets
from extract.lines import LineViews
from extract.model import Line

LIST = """ E. PERJANJIAN KINERJA

1'

2

- 'Taenlfuludriga
Perencanaan Program dan Anggatrarn

Pengelolaan Persentase KPU Kabupalen yang

mampu  memfasilitasi  pengelolaan

Femilu perencanaan program dan anggaran 100%
Hemilu
| Terwujudnya Tahapan  Perseniase KPU Kabupalen yang
PemilwPemilihan sesual Jadwal menyalenggarakan lahapan Venfikasi .
DPD sesusi dengan jadwal yang 100%
| TerwujudnyaTahapanPemilu/Pemilinan | Perseniase KPU Kabupaten yang |
sesyal Jadwal menyelengoaakan  tahapan logisik
pemilu sesuai dengan jadwal yang 90%
ditetapkan KPU RI vang didistribusikan


BAB III n
AKUNTABILITAS KINERJA
"""


def views(text: str) -> LineViews:
    return LineViews([Line(n, 1, t) for n, t in enumerate(text.splitlines(), start=1)])


def test_rows_close_on_their_target_and_name_opens_at_the_indicator_word():
    rows = find_headerless_targets(views(LIST), ocr=True)
    assert [r.target.value for r in rows] == [100.0, 100.0, 90.0]
    assert [r.source.line for r in rows] == [14, 18, 21]
    assert rows[0].indicator_raw.startswith("Persentase KPU Kabupalen yang mampu")
    assert rows[1].indicator_raw.startswith("Perseniase KPU Kabupalen yang")  # OCR-damaged 'Persentase'
    assert all(r.source.ocr and r.source.table == "E. PERJANJIAN KINERJA" for r in rows)


def test_running_text_under_the_title_is_not_a_list():
    prose = " E. PERJANJIAN KINERJA\nPerjanjian kinerja ditandatangani pada awal tahun 2023\n" \
            "oleh Ketua dan Sekretaris sebanyak 2 dokumen\nsebagai komitmen 100%\n"
    assert find_headerless_targets(views(prose)) == []


def test_a_list_with_a_header_is_left_to_the_table_reader():
    table = "PERJANJIAN KINERJA TAHUN 2023\nNo\tIndikator Kinerja\tTarget\n1\tPersentase laporan tepat waktu\t100%\n" \
            "2\tPersentase keputusan tepat waktu\t90%\n"
    assert find_headerless_targets(views(table)) == []
