"""An output's result printed per work unit (Rincian Output per Satker), each header piece on its own line."""
from __future__ import annotations

from extract.model import Line
from extract.work_unit_outputs import find_work_unit_outputs

HEADER = ["NO. RINCIAN OUTPUT PER", "SATKER", "TARGET", "TAHUNAN SATUAN", "CAPAIAN OUTPUT", "SEMESTER II",
          "JUMLAH %"]


def lines_of(*texts: str) -> list[Line]:
    return [Line(number=i, page=1, text=t) for i, t in enumerate(texts, start=1)]


def test_an_outputs_one_work_unit_row_is_the_outputs_result():
    lines = lines_of("Capaian output pada semester II sebagai berikut:", *HEADER,
                     "Layanan Sarana Teknis Kantor Paket", "1", "BALAI WILAYAH", "SUKAMAJU 6 Paket 5 83,33 %",
                     "Demikian laporan ini disusun.")
    [row] = find_work_unit_outputs(lines, set())
    assert row.indicator_raw == "Layanan Sarana Teknis Kantor"
    assert (row.target.value, row.target.unit, row.realisation.value, row.realisation.unit) == (6, "paket", 5, "paket")
    assert row.realisation.raw == "5" and row.achievement.value == 83.33 and row.source.line == 12
    # the work unit's number and name on its value line
    lines = lines_of(*HEADER, "Layanan Sarana Teknis Kantor Paket", "1 BALAI WILAYAH SUKAMAJU 6 Paket 5 83,33 %")
    [row] = find_work_unit_outputs(lines, set())
    assert (row.indicator_raw, row.target.value, row.source.line) == ("Layanan Sarana Teknis Kantor", 6, 9)


def test_work_unit_rows_without_their_evidence_are_not_read():
    body = ["Layanan Sarana Teknis Kantor Paket", "1", "BALAI WILAYAH", "SUKAMAJU 6 Paket 5 83,33 %"]
    # no work-unit word in the header
    assert find_work_unit_outputs(lines_of(*[h.replace("SATKER", "BIDANG") for h in HEADER], *body), set()) == []
    # the output's line closes on another Satuan than the values print
    assert find_work_unit_outputs(lines_of(*HEADER, body[0].replace("Paket", "Dokumen"), *body[1:]), set()) == []
    # a capaian the realisation over the target does not give
    assert find_work_unit_outputs(lines_of(*HEADER, *body[:3], "SUKAMAJU 6 Paket 5 90 %"), set()) == []
    # several work units under the output: which is the report's own is not told
    assert find_work_unit_outputs(lines_of(*HEADER, *body, "2", "BALAI WILAYAH", "SUKARAME 4 Paket 4 100 %"),
                                  set()) == []
    # a line a table read already
    assert find_work_unit_outputs(lines_of(*HEADER, *body), {11}) == []
