"""Raw records: what a table row or a sentence says, before cleaning.

The extract stage fills these from located text; the normalize stage turns
them into output rows. Each keeps the raw text and the line it came from, so
every value that leaves the pipeline can be traced back to the page.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from normalize.values import Reading


@dataclass(slots=True)
class Source:
    """Where a record stands: first line of its values, page, the raw text."""

    line: int
    page: int
    raw: str
    table: str = ""  # title or kind of the table it came from
    ocr: bool = False
    table_line: int = 0  # line where that table starts (its header or title); 0 for sentences and lines


@dataclass(slots=True)
class MeasureRow:
    """A row of a performance table (targets, or target/realisation/capaian)."""

    indicator_raw: str
    source: Source
    target: Reading | None = None
    realisation: Reading | None = None
    achievement: Reading | None = None
    has_realisation_column: bool = False
    has_achievement_column: bool = False
    from_sentence: bool = False
    signed: bool = False  # stated in a signed Perjanjian Kinerja (extract.agreements)
    sasaran: str = ""  # the row's Sasaran cell, when its table has one
    target_bound: str = ""  # a bound printed before the target ('≥ ', 'Min. '): target_raw keeps it as printed
    satuan: str = ""  # the row's printed Satuan cell, when its table has one: it wins over a unit the name suggests
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class BudgetRow:
    """A row of a budget table (pagu / realisasi / sisa / %)."""

    source: Source
    name: str | None = None
    code: str | None = None
    allocation: Reading | None = None
    realisation: Reading | None = None
    remainder: Reading | None = None
    percent: Reading | None = None
    fiscal_year: int | None = None
    is_total: bool = False
    notes: list[str] = field(default_factory=list)
    other_values: list[float] = field(default_factory=list)  # the row's numbers in no budget column
    slot: int = 0  # its place among the rows of a table run onto one line (each its own row on that line)
    level: str | None = None  # the level its heading or label line states ('Kegiatan :'), when one does
    cell_lines: tuple[int, ...] = ()  # lines of its cells when they stand apart (a table read one column at a time)


@dataclass(slots=True)
class BudgetSentence:
    """An overall budget stated in prose: 'pagu ... Rp X ... terealisasi Rp Y ... Z%'."""

    source: Source
    allocation: Reading | None
    realisation: Reading | None
    percent: Reading | None
    part: bool = False  # the pagu of one program, kegiatan or kind of belanja, not the whole budget
    year: int | None = None  # the year its sentence names before the pagu ('Pada tahun 2022 ... sebesar Rp X')
