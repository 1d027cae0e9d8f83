"""The synthetic-report generator, and the pipeline measured against its truth at scale."""
from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
sys.path.insert(0, str(ROOT / "corpus"))
import generate  # noqa: E402

from batch.runner import BatchOptions, run_batch  # noqa: E402


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(folder: Path, out: Path) -> None:
    run_batch(sorted(folder.glob("*.txt")), out, BatchOptions(workers=2))


def test_same_seed_same_reports(tmp_path: Path):
    a = generate.generate(5, tmp_path / "a", seed=7, damage=0.2)
    b = generate.generate(5, tmp_path / "b", seed=7, damage=0.2)
    for x, y in zip(a, b):
        assert x.read_bytes() == y.read_bytes()
    c = generate.generate(5, tmp_path / "c", seed=8, damage=0.2)
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_truth_lines_point_at_the_printed_values(tmp_path: Path):
    for path in generate.generate(20, tmp_path, seed=3, damage=0.3):
        lines = path.read_text(encoding="utf-8").split("\n")
        truth = json.loads((tmp_path / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        for record in truth["targets"]:
            assert record["target"]["raw"] in lines[record["line"] - 1]
        for record in truth["budgets"]:
            assert record["raw"].split(" | ")[0] in lines[record["line"] - 1]
        assert truth["document"]["agency"] in path.read_text(encoding="utf-8")


def test_damage_rate_changes_the_printed_values_only(tmp_path: Path):
    clean = generate.generate(10, tmp_path / "clean", seed=5, damage=0.0)
    damaged = generate.generate(10, tmp_path / "damaged", seed=5, damage=1.0)
    changed = sum(a.read_text() != b.read_text() for a, b in zip(clean, damaged))
    assert changed == 10
    for path in damaged:
        truth = json.loads((tmp_path / "damaged" / "gold" / f"{path.stem}.json").read_text())
        for record in truth["budgets"]:
            if record["level"] != "total":
                assert record["allocation"] > 0 and record["raw"] != generate.rupiah(record["allocation"])


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_undamaged_reports_are_read_with_high_f1(tmp_path: Path):
    generate.generate(30, tmp_path / "in", seed=11, damage=0.0)
    extract(tmp_path / "in", tmp_path / "out")
    report = load_scorer().score(tmp_path / "out", tmp_path / "in" / "gold")
    tables = report["tables"]
    for table in ("targets", "realisations", "budgets"):  # measured 1.000 each
        assert tables[table]["f1"] >= 0.98, tables[table]
    fields = report["document_fields"]
    assert all(v["correct"] == v["of"] for v in fields.values()), fields


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_damaged_reports_are_repaired_to_their_truth(tmp_path: Path):
    # 30% of printed values damaged the way OCR does ('7O%', '8596', 'S.162.113.462', '2O Layanan').
    # Measured: targets 0.997, realisations 1.000, budgets 1.000.
    generate.generate(30, tmp_path / "in", seed=12, damage=0.3)
    extract(tmp_path / "in", tmp_path / "out")
    tables = load_scorer().score(tmp_path / "out", tmp_path / "in" / "gold")["tables"]
    for table in ("targets", "realisations", "budgets"):
        assert tables[table]["f1"] >= 0.95, tables[table]


def _value(row: dict, field: str):
    value = row.get(f"{field}_value", row.get(field))
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def test_repairs_at_scale_recover_the_true_values(tmp_path: Path):
    """Values the pipeline says it repaired equal the generator's truth for that line.

    Not all: a row whose damaged amount was not read at all can shift its other
    values into the wrong column (reported in README), so the bar is 90%.
    """
    generate.generate(30, tmp_path / "in", seed=12, damage=0.3)
    extract(tmp_path / "in", tmp_path / "out")
    docs = pd.read_parquet(tmp_path / "out" / "documents")
    stems = dict(zip(docs["doc_id"], docs["source_path"].map(lambda p: Path(p).stem)))
    checked, right = 0, 0
    for table in ("realisations", "budgets"):
        frame = pd.read_parquet(tmp_path / "out" / table)
        for row in frame[frame["repairs"].notna()].to_dict("records"):
            truth = json.loads((tmp_path / "in" / "gold" / f"{stems[row['doc_id']]}.json").read_text())
            by_line = {r["line"]: r for r in truth[table]}
            record = by_line.get(row["line"])
            if record is None:
                continue
            for repair in json.loads(row["repairs"]):
                field = repair["field"]
                want = record.get(field)
                want = want.get("value") if isinstance(want, dict) else want
                if want is None:
                    continue
                checked += 1
                right += _value(row, field) == pytest.approx(want, abs=0.011)
    print(f"repaired values equal to the truth: {right} of {checked}")
    assert checked >= 20 and right / checked >= 0.9, (right, checked)


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_damaged_reports_reprinted_as_a_scan_read_above_their_floor(tmp_path: Path):
    # The generated reports' values damaged as OCR does, then every table printed as Tesseract reads a
    # bordered one (corpus/relayout.py --scan): cells wrapped and interleaved, borders read on some
    # lines and lost on others, stray marks at the lines' ends. The truth is the same.
    # Measured: targets 0.990, realisations 0.990, budgets 1.000 (0.944 / 0.960 / 1.000 before
    # borderless wraps under bordered value lines, stray marks before row numbers and wrapped counts
    # were read).
    generate.generate(20, tmp_path / "in", seed=23, damage=0.3)
    subprocess.run([sys.executable, str(ROOT / "corpus" / "relayout.py"), str(tmp_path / "in"), str(tmp_path / "scan"),
                    "--scan", "--seed", "2"], check=True, timeout=60, capture_output=True)
    extract(tmp_path / "scan", tmp_path / "out")
    tables = load_scorer().score(tmp_path / "out", tmp_path / "in" / "gold")["tables"]
    floors = {"targets": 0.975, "realisations": 0.975, "budgets": 0.98}
    for table, floor in floors.items():
        assert tables[table]["f1"] >= floor, tables[table]
