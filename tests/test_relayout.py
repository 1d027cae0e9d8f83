"""corpus/relayout.py: the corpus reprinted in other layouts, whose values (and so gold) are the same."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpus"))
import relayout  # noqa: E402

TABLE = "Tabel 1\nNo\tIndikator\tTarget\n|---|---|---|\n1\tPersentase A\t100%\n2\t\t90%\nTeks sesudah."


def test_flatten_prints_each_cell_on_a_line_and_a_blank_line_after_each_row():
    assert relayout.flatten(TABLE).split("\n") == [
        "Tabel 1", "No", "Indikator", "Target", "", "1", "Persentase A", "100%", "", "2", "90%", "", "Teks sesudah."]


def test_flatten_without_row_gap_runs_the_rows_together():
    assert relayout.flatten(TABLE, row_gap=False).split("\n") == [
        "Tabel 1", "No", "Indikator", "Target", "1", "Persentase A", "100%", "2", "90%", "Teks sesudah."]


def test_no_row_gap_is_an_option_of_flatten(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(TABLE, encoding="utf-8")
    script = str(ROOT / "corpus" / "relayout.py")
    subprocess.run([sys.executable, script, str(tmp_path / "in"), str(tmp_path / "out"), "--flatten", "--no-row-gap"],
                   check=True, timeout=60)
    assert (tmp_path / "out" / "r.txt").read_text(encoding="utf-8") == relayout.flatten(TABLE, row_gap=False)
    refused = subprocess.run([sys.executable, script, str(tmp_path / "in"), str(tmp_path / "o2"), "--no-row-gap"],
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "--flatten" in refused.stderr


SCAN_TABLE = ("No\tIndikator Kinerja\tTarget\tRealisasi\n|---|---|---|---|\n"
              "1\tPersentase dokumen perencanaan yang disusun tepat waktu sesuai jadwal\t95,5%\t97%\nSesudah.")


def test_scan_interleaves_wrapped_cells_line_by_line_and_keeps_values_whole():
    import random
    for seed in range(20):
        lines = relayout.scan(SCAN_TABLE, random.Random(seed)).split("\n")
        assert lines[-1] == "Sesudah." and not any(set(x) <= set("|-: ") and x for x in lines)
        first, second = lines[1], lines[2]  # the row's first line holds the values beside the name's first piece
        assert "95,5%" in first and "97%" in first and "Persentase dokumen" in first
        assert "tepat waktu" in second and "%" not in second  # the name's second piece, with nothing beside it
        assert "Target" in lines[0] or "Targel" in lines[0] or "Tanget" in lines[0] or "Targei" in lines[0]


def test_scan_is_deterministic_per_seed_and_varies_between_seeds():
    import random
    text = "\n".join([SCAN_TABLE] * 6)
    assert relayout.scan(text, random.Random(1)) == relayout.scan(text, random.Random(1))
    assert relayout.scan(text, random.Random(1)) != relayout.scan(text, random.Random(2))
    assert " | " in relayout.scan(text, random.Random(1))


def test_a_grid_table_is_reprinted_from_its_rows(tmp_path: Path):
    # A '+---+' grid table's rows are reprinted as the rows they print as, not line by line with its rules.
    grid = ("Tabel 1\n+----+-------------------+--------+\n| No | Indikator         | Target |\n"
            "+====+===================+========+\n| 1  | Persentase halte  |    80% |\n|    | layak pakai       |        |\n"
            "+----+-------------------+--------+\nSesudah.")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(grid, encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "corpus" / "relayout.py"), str(tmp_path / "in"), str(tmp_path / "out"),
                    "--flatten", "--no-row-gap"], check=True, timeout=60)
    printed = (tmp_path / "out" / "r.txt").read_text(encoding="utf-8").split("\n")
    assert [line for line in printed if line] == [
        "Tabel 1", "No", "Indikator", "Target", "1", "Persentase halte layak pakai", "80%", "Sesudah."]
