"""Output tables: explicit Arrow schemas per CONTRACT.md, written atomically.

Analysts and the scorer rely on these names and types, so every table is
built against its schema (never inferred from the data), and each file is
written to a temporary name and renamed into place: a reader never sees a
half-written Parquet file.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

_LOCATION = [("page", pa.int32()), ("line", pa.int32()), ("confidence", pa.float32())]
_TRACE = [("table_title", pa.string()), ("ocr", pa.bool_()), ("flagged", pa.bool_()),
          ("repairs", pa.string())]
_MEASURE = [("doc_id", pa.string()), ("indicator_raw", pa.string()), ("indicator", pa.string()),
            ("indicator_id", pa.string()), ("match_score", pa.float32()), ("target_value", pa.float64()), ("target_text", pa.string()),
            ("target_raw", pa.string()), ("unit", pa.string())]

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", pa.string()), ("source_path", pa.string()), ("status", pa.string()),
        ("error", pa.string()), ("agency", pa.string()), ("level", pa.string()),
        ("region", pa.string()), ("province", pa.string()), ("region_code", pa.string()),
        ("year", pa.int16()), ("pages", pa.int32()), ("total_allocation", pa.int64()),
        ("total_realisation", pa.int64()), ("ocr", pa.bool_()), ("evidence", pa.string()),
    ]),
    "targets": pa.schema(_MEASURE + _LOCATION + _TRACE),
    "realisations": pa.schema(_MEASURE + [
        ("realisation_value", pa.float64()), ("realisation_text", pa.string()),
        ("realisation_raw", pa.string()), ("achievement_value", pa.float64()),
        ("achievement_text", pa.string()), ("achievement_raw", pa.string()),
    ] + _LOCATION + _TRACE),
    "budgets": pa.schema([
        ("doc_id", pa.string()), ("code", pa.string()), ("name", pa.string()), ("level", pa.string()),
        ("fiscal_year", pa.int16()), ("allocation", pa.int64()), ("realisation", pa.int64()),
        ("percent", pa.float64()), ("remainder", pa.int64()), ("raw", pa.string()),
        ("program", pa.string()), ("kegiatan", pa.string()), ("kro", pa.string()), ("ro", pa.string()),
        ("catalogue_name", pa.string()),
    ] + _LOCATION + _TRACE),
    "review": pa.schema([
        ("doc_id", pa.string()), ("table", pa.string()), ("line", pa.int32()), ("page", pa.int32()),
        ("field", pa.string()), ("action", pa.string()), ("rule", pa.string()), ("raw", pa.string()),
        ("value", pa.string()), ("evidence", pa.string()),
    ]),
}


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table of the named schema; missing columns become nulls."""
    schema = SCHEMAS[name]
    columns = {f.name: [row.get(f.name) for row in rows] for f in schema}
    return pa.table({n: pa.array(v, type=schema.field(n).type) for n, v in columns.items()}, schema=schema)


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write Parquet to a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tables(out: Path, tables: dict[str, list[dict]]) -> dict[str, int]:
    """Write every table as OUT/NAME.parquet; return rows per table."""
    counts = {}
    for name in SCHEMAS:
        rows = tables.get(name, [])
        write_atomic(to_table(name, rows), out / f"{name}.parquet")
        counts[name] = len(rows)
    return counts
