"""OCR damage from scans that corpus/damage.py --kinds makes: a '1' read as ']' or '!', a separator printed
twice, a space inside a number, '%' read as '9o'. Test text is invented for these tests."""
from __future__ import annotations

from extract.lines import analyse_cell
from normalize.numbers import SPLIT
from tests.table_text import table_records


def test_a_cell_of_one_number_with_a_space_inside_is_that_number_on_record() -> None:
    for raw, kind, value in (("1 00%", "percent", 100.0), ("86,4 5%", "percent", 86.45),
                             ("7.41 5.000", "amount", 7_415_000.0), ("310.0 52.600", "amount", 310_052_600.0)):
        values = analyse_cell(2, raw).values
        assert [(t.kind, t.raw, t.reading.value) for t in values] == [(kind, raw, value)]
        assert values[0].reading.repairs[0].rule == SPLIT


def test_two_numbers_that_stand_alone_in_a_cell_stay_two() -> None:
    for raw in ("14 80%", "6.500 6.200", "2023 2024", "3 4"):  # 1480% is none; '6.5006.200' no amount
        assert len(analyse_cell(2, raw).values) == 2


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
