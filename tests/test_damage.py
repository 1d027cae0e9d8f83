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


KINDS_TEXT = "\n".join([
    "Kinerja Dinas Arsip Kota Tanjung Sari",
    "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
    "1\tPersentase dokumen arsip terdigitalisasi\t80%\t76,40%\t95,50%",
    "2\tJumlah dokumen terdata\t2.760 Dokumen\t2.612 Dokumen\t94,64%",
    "3\tBelanja pemeliharaan gedung\tRp 6.270.100.000\tRp 6.172.500.000\t98,44%",
    "| 4. | Indeks kepuasan pelayanan arsip | 82,75 | 81,20 |",
])


def test_default_output_is_unchanged_by_the_new_kinds():
    """The check sets depend on the default run: a seed must give the text it gave before --kinds existed."""
    out, _ = damage.damage_text(KINDS_TEXT, random.Random(2), 1.0)
    assert out.split("\n")[2] == "1\tPersentase dokumen arsip terdigitalisasi\t8O%\t76,4096\t95,50%|"


def test_each_new_value_kind_is_one_misreading_of_its_phenomenon():
    rng = random.Random(4)
    assert damage.apply_value_kind("", "62%", "pct_o", rng)[1] in ("62o/o", "62°/o", "629o")
    assert damage.apply_value_kind("Rp ", "1.500", "rp", rng)[0] in ("Ro ", "R p ", "Rp, ")
    assert damage.apply_value_kind("", "93,75%", "comma_lost", rng)[1] == "9375%"
    assert damage.apply_value_kind("", "93,75%", "comma_double", rng)[1] == "93,,75%"
    assert damage.apply_value_kind("", "41%", "one", rng)[1] in ("4I%", "4]%", "4!%")
    assert damage.apply_value_kind("", "90%", "zero", rng)[1] in ("9o%", "9D%")
    assert damage.apply_value_kind("", "26", "bzt", rng)[1] in ("Z6", "2b")
    assert damage.apply_value_kind("", "300%", "space", rng)[1] in ("3 00%", "30 0%")
    assert damage.apply_value_kind("", "7.300.000", "groups", rng)[1] in (
        "7, 300.000", "7,300.000", "7 300.000", "7.300, 000", "7.300,000", "7.300 000")
    assert damage.apply_value_kind("", "12", "stray_end", rng)[1] in ("12.", "12'")
    assert damage.value_kinds("", "45", ["comma_lost", "groups", "pct_o", "rp"]) == []


def test_line_kinds_run_cells_together_or_drop_the_last_value_onto_a_line_below():
    runs = damage.damage_text_kinds(KINDS_TEXT, random.Random(3), 1.0, ["run_together"])[0].split("\n")
    assert runs[2] in ("1\tPersentase dokumen arsip terdigitalisasi\t80%76,40%\t95,50%",
                       "1\tPersentase dokumen arsip terdigitalisasi\t80%\t76,40%95,50%")
    assert runs[5] == KINDS_TEXT.split("\n")[5]  # '82,75' ends neither in '%' nor in a thousands group
    shifted, changed = damage.damage_text_kinds(KINDS_TEXT, random.Random(3), 1.0, ["shift_line"])
    lines = shifted.split("\n")
    assert lines[2:4] == ["1\tPersentase dokumen arsip terdigitalisasi\t80%\t76,40%\t", "\t\t\t\t95,50%"]
    assert len(lines) == len(KINDS_TEXT.split("\n")) + 4 and [c["line"] for c in changed] == [3, 4, 5, 6]
    assert lines[-2].split("|")[:4] == ["", " 4. ", " Indeks kepuasan pelayanan arsip ", " 82,75 "]
    assert lines[-1].split("|")[4] == " 81,20 " and set(lines[-1].replace("81,20", "")) <= set(" |")


def test_name_kinds_touch_only_names_of_rows_with_values():
    cut = damage.damage_text_kinds(KINDS_TEXT, random.Random(1), 1.0, ["name_cut"])[0].split("\n")
    assert cut[:2] == KINDS_TEXT.split("\n")[:2]  # prose and the header stay
    assert cut[2].split("\t")[1].replace(" ", "") == "Persentasedokumenarsipterdigitalisasi" != cut[2].split("\t")[1]
    letters = damage.damage_text_kinds(KINDS_TEXT, random.Random(1), 1.0, ["name_letters"])[0].split("\n")
    assert letters[3].split("\t")[2:] == ["2.760 Dokumen", "2.612 Dokumen", "94,64%"]
    assert letters[3] != KINDS_TEXT.split("\n")[3]


def test_the_cli_makes_only_the_asked_kinds(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(KINDS_TEXT, encoding="utf-8")
    command = [sys.executable, str(ROOT / "corpus" / "damage.py"), str(src), str(tmp_path / "out"),
               "--rate", "1", "--seed", "3", "--kinds", "comma_lost"]
    subprocess.run(command, check=True, timeout=60, capture_output=True)
    out = (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")
    assert "," not in out.replace("2.760", "").split("\n")[2] or out.count(",") < KINDS_TEXT.count(",")
    assert out.replace(",", "") == KINDS_TEXT.replace(",", "")


def test_a_comma_grouping_thousands_is_no_decimal_comma_to_lose():
    assert damage.value_kinds("", "34,884,986,000", ["comma_lost", "comma_double"]) == []
    assert damage.apply_value_kind("", "12,345,5", "comma_lost", random.Random(0))[1] == "12,3455"


def test_the_check_set_of_new_kinds_names_every_kind():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import check_sets
    assert check_sets.DAMAGE_KINDS == damage.NEW_KINDS
