"""corpus/damage.py: OCR damage on the values of table lines only, the same for the same seed."""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpus"))
import damage  # noqa: E402

TEXT = "\n".join([
    "BAB III AKUNTABILITAS KINERJA",
    "Pada tahun 2020 realisasi anggaran sebesar 83 % dari pagu Rp. 2.478.418.000.",
    "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
    "1\t2\t3\t4\t5",
    "1\tPersentase partisipasi pemilih\t77%\t78,8%\t102,3%",
    "2\tNilai akuntabilitas kinerja\tB\tCC\tCC",
    "3355.994\tLayanan Perkantoran\t1.633.994.000\t1.531.976.466\t93,76%",
    "| No | Indikator Kinerja | Target |",
    "|----|---|---|",
    "| (1) | (2) | (3) |",
    "| 8. | Jumlah Dokumen Evaluasi | 1 Dokumen |",
    "| 9. | Persentase Data Hukum | 100% |",
])


def test_every_value_of_every_table_line_is_damaged_at_rate_one_and_nothing_else():
    out, changed = damage.damage_text(TEXT, random.Random(1), 1.0)
    before, after = TEXT.split("\n"), out.split("\n")
    assert len(before) == len(after)
    assert {c["line"] for c in changed} == {5, 6, 7, 11, 12}  # prose, headers, column numbers and rules stay
    for n in (5, 6, 7):
        old, new = before[n - 1].split("\t"), after[n - 1].split("\t")
        assert len(old) == len(new) and old[:2] == new[:2]  # the row number or code and the name stay
        assert all(a != b for a, b in zip(old[2:], new[2:]))
    assert after[5].split("\t")[2:] == ["В", "СС", "СС"]  # Cyrillic look-alikes
    for n in (11, 12):
        old, new = before[n - 1].split("|"), after[n - 1].split("|")
        assert len(old) == len(new)  # no stray bar in a markdown row: it would open a cell
        assert old[:3] == new[:3] and old[3] != new[3]


def test_nothing_changes_at_rate_zero_and_the_same_seed_gives_the_same_text():
    assert damage.damage_text(TEXT, random.Random(1), 0.0) == (TEXT, [])
    assert damage.damage_text(TEXT, random.Random(5), 0.5) == damage.damage_text(TEXT, random.Random(5), 0.5)
    assert {damage.damage_text(TEXT, random.Random(s), 1.0)[0] for s in range(6)} != {TEXT}


def test_each_kind_is_one_ocr_confusion():
    rng = random.Random(0)
    assert damage.apply_number_damage("100%", "pct5", rng) == "1005"
    assert damage.apply_number_damage("100%", "96", rng) == "10096"
    assert damage.apply_number_damage("84,99%", "comma", rng) == "84.99%"
    assert damage.apply_number_damage("98%", "B", rng) == "9B%"
    assert damage.apply_number_damage("1.644.763.000", "split", rng) == "1.644.763.00 0"
    assert damage.apply_number_damage("98%", "bar", rng) in ("|98%", "98%|")
    assert set(damage.number_kinds("1.058,5%", in_tab_table=False)) == {"l", "O", "S", "B", "96", "pct5", "comma"}


def test_the_cli_damages_a_folder_deterministically(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    runs = []
    for name in ("one", "two"):
        command = [sys.executable, str(ROOT / "corpus" / "damage.py"), str(src), str(tmp_path / name),
                   "--rate", "0.5", "--seed", "3"]
        subprocess.run(command, check=True, timeout=60, capture_output=True)
        runs.append((tmp_path / name / "a.txt").read_text(encoding="utf-8"))
    assert runs[0] == runs[1] != TEXT
