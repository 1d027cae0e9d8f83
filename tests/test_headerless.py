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


def test_a_graded_row_closing_on_damaged_grades_is_read_with_the_guess_flagged():
    # Under a header OCR lost, a numbered row naming an evaluation closes on its target and result, both 'BB' read
    # 'EB' / 'BE': read as BB, the guess flagged. A grade needs that evidence: 'BE' after a name that grades nothing,
    # or a line a table already read, gives no row.
    from extract.headerless import find_guessed_grade_rows

    text = ("Sasaran 3 Meningkatnya tata kelola\n"
            "1 Nilal Evaluasi| Reformasi Birokrasi Dinas Arsip EB BE\n"
            "2 Jumlah arsip yang dipindai ulang BE BE\n"
            "3 Predikat SAKIP Dinas Arsip BB BE\n")
    views = LineViews([Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)])
    rows = find_guessed_grade_rows(views, taken={4})
    assert [r.indicator_raw for r in rows] == ["Nilal Evaluasi Reformasi Birokrasi Dinas Arsip"]
    (row,) = rows
    assert (row.target.text, row.realisation.text) == ("BB", "BB")
    assert not row.target.trusted and not row.realisation.trusted and row.has_realisation_column
    assert row.target.repairs[0].before == "EB"
