"""The output dataset: hive-partitioned Parquet, committed atomically, with a manifest for resume.

Layout under OUT:

    documents/report_year=2022/part-<group>.parquet   (and targets/, realisations/, budgets/, review/)
    _manifest/<group>.json                            content hashes and files of one committed group, and
                                                      the extractor version that wrote it (`batch/version.py`)

Every row of a document goes to its report year's partition
(`report_year=unknown` when the year is unknown or the document failed; pyarrow
cannot yet read hive's null partition back as a dictionary, so pandas would fail
on `__HIVE_DEFAULT_PARTITION__`). The key is not named `year` so it never clashes with the `year`
column of `documents`, which keeps its CONTRACT type (int16).

A group of documents is committed by writing each part to a temporary name and
renaming it into place, then writing the group's manifest entry the same way.
A run killed at any point leaves only whole files; parts no manifest entry
names are removed when the next run opens the store, and their documents are
extracted again, so a resumed run ends with exactly the rows of an
uninterrupted one. A group another version of the extractor wrote (its code or
catalogue changed since) is discarded the same way, so a re-run after an
upgrade never mixes the old code's rows with the new code's. `pandas.read_parquet(OUT/"targets")` and DuckDB read the
folders directly: they skip names starting with `.` or `_`.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from batch.version import extractor_version
from output import SCHEMAS, to_table, write_atomic

PARTITION_KEY = "report_year"
NULL_PARTITION = "unknown"
MANIFEST = "_manifest"
TABLES = tuple(SCHEMAS)


def partition_of(document: dict) -> str:
    year = document.get("year")
    return str(int(year)) if year is not None else NULL_PARTITION


def group_name(keys: list[str]) -> str:
    """A group's files are named by the hash of its documents' keys: same group, same names."""
    return hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()[:24]


def write_json_atomic(data: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DatasetStore:
    """The partitioned dataset of one output folder, and which documents it already holds."""

    def __init__(self, out: Path):
        self.out = out
        self.manifest = out / MANIFEST
        self.failed: set[str] = set()  # keys of committed documents that failed
        self.outdated = 0  # documents another version of the extractor wrote, discarded by `open`

    def open(self, redo: bool = False) -> set[str]:
        """Prepare the folder; return the keys of documents already committed.

        `redo` discards every earlier result. Files of the single-file layout
        (`NAME.parquet`) are removed: readers would take them for the dataset.
        """
        self.out.mkdir(parents=True, exist_ok=True)
        for name in TABLES:
            (self.out / f"{name}.parquet").unlink(missing_ok=True)
            if redo:
                shutil.rmtree(self.out / name, ignore_errors=True)
        if redo:
            shutil.rmtree(self.manifest, ignore_errors=True)
        done, committed = set(), set()
        for entry in sorted(self.manifest.glob("*.json")):
            record = json.loads(entry.read_text(encoding="utf-8"))
            if record.get("extractor") != extractor_version():
                # written by other code or another catalogue: its rows would not be this run's, so its
                # documents are extracted again (its parts go with the uncommitted ones below)
                self.outdated += len(record["documents"])
                entry.unlink()
                continue
            done.update(doc["key"] for doc in record["documents"])
            self.failed.update(doc["key"] for doc in record["documents"] if doc.get("status") == "failed")
            committed.update(record["files"])
        self._remove_uncommitted(committed)
        return done

    def _remove_uncommitted(self, committed: set[str]) -> None:
        """Remove parts of groups a killed run never committed, and temporary files."""
        for name in TABLES:
            folder = self.out / name
            if not folder.is_dir():
                continue
            for path in folder.rglob("*"):
                if path.is_file() and path.relative_to(self.out).as_posix() not in committed:
                    path.unlink()
        for tmp in self.manifest.glob(".*.tmp"):
            tmp.unlink()

    def commit(self, group: list[tuple[str, object]]) -> None:
        """Write one group of (key, DocumentResult) atomically: all parts, then the manifest entry."""
        name = group_name([key for key, _ in group])
        rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
        partitions: set[str] = set()
        for _, result in group:
            partition = partition_of(result.document)
            partitions.add(partition)
            rows["documents", partition].append(result.document)
            for table in TABLES[1:]:
                rows[table, partition].extend(getattr(result.built, table))
        files = []
        for partition in sorted(partitions):
            for table in TABLES:
                relative = f"{table}/{PARTITION_KEY}={partition}/part-{name}.parquet"
                write_atomic(to_table(table, rows[table, partition]), self.out / relative)
                files.append(relative)
        documents = [{"key": key, "doc_id": result.document.get("doc_id"),
                      "source_path": result.document.get("source_path"),
                      "status": result.document.get("status")} for key, result in group]
        write_json_atomic({"extractor": extractor_version(), "documents": documents, "files": files},
                          self.manifest / f"{name}.json")
