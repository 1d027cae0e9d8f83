"""Tables read from a test's own text: the table stages alone, without the rest of the pipeline."""
from __future__ import annotations

from extract.lines import analyse_line
from extract.model import Line
from extract.records import BudgetRow, MeasureRow
from extract.table_records import rows_to_records
from extract.tables import find_tables


def table_records(text: str, year: int | None = None) -> tuple[list[MeasureRow], list[BudgetRow]]:
    """Measure and budget records of every table in `text`, each line numbered from 1 on page 1.

    `year` is the report year, which picks a plan table's column; None reads as the pipeline does
    when the report names no year.
    """
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(text.split("\n"), start=1)]
    measures: list[MeasureRow] = []
    budgets: list[BudgetRow] = []
    for table in find_tables(views, report_year=year):
        m, b = rows_to_records(table)
        measures += m
        budgets += b
    return measures, budgets
