"""Rows whose OCR ran the table's columns together (raw Tesseract of a bordered table)."""
from extract.interleaved import indicator_column, split_line
from extract.lines import LineViews
from extract.model import Line
from normalize.indicators import first_per_indicator

# Corpus 001, Perjanjian Kinerja Sekretariat, row 1 (lines 3215-3219).
ROW = [
    "I | Terwujudnya dukungnn sarana | Persentase  tersedianya | 70 % Jumlah sarana prasarana",
    "prasarang gune meninghathan | sarana  prassrana  unfuk vang berfimgs: dengan",
    "kelancaran tugas KPL memernuhi kebutuham kerja baik dibag) yuminh",
]


def test_wrapped_lines_are_cut_at_the_first_lines_column_widths():
    views = LineViews([Line(n, 1, t) for n, t in enumerate(ROW, start=3215)])
    name = indicator_column(list(views), 3215)
    assert name.startswith("Persentase tersedianya sarana prassrana unfuk")
    assert "kebutuham kerja" in name
    for other_column in ("dukungnn", "prasarang", "kelancaran", "Jumlah", "berfimgs", "yuminh"):
        assert other_column not in name


def test_a_kept_border_moves_the_column_edge():
    # the '|' stands after 'lebih panjang sekali', past the first line's sasaran width
    assert split_line("lebih panjang sekali | nama indikator sisa rumus", [16, 14, 10]) == \
        ["lebih panjang sekali", "nama indikator", "sisa rumus"]


def test_rows_with_one_text_column_are_left_alone():
    views = LineViews([Line(1, 1, "1 | Persentase laporan tepat waktu | 100%"), Line(2, 1, "dan akurat")])
    assert indicator_column(list(views), 1) is None


def test_a_fragment_naming_itself_with_other_values_is_another_indicator():
    rows = [("Persentase Partisipasi Pemilih Perempuan dalam Pemilu", 80.0),
            ("Persentase Partisipasi Pemilih", 90.0),
            ("dalam Pemilu", 23.0)]
    kept, _ = first_per_indicator(rows, lambda r: r[0], lambda r: (r[1],))
    assert [r[0] for r in kept] == [rows[0][0], rows[1][0], rows[2][0]]
    residue = [("Persentase permohonan informasi yang ditindaklanjuti melalui PPID sesuai dengan SOP", 100.0),
               ("melalui PPID sesuai dengan SOP", 23.0)]
    kept, dropped = first_per_indicator(residue, lambda r: r[0], lambda r: (r[1],))
    assert kept == residue[:1] and len(dropped) == 1
