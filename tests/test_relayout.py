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
