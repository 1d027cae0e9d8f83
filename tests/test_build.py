"""Output rows from raw records: one budget row per line."""
from extract.records import BudgetRow, Source
from normalize.build import Built, build_budgets
from normalize.numbers import parse_amount


def test_the_fuller_reading_of_a_line_wins():
    # Corpus 001 line 3618: the target table cut 'Rp 6.1 78.000' to '6'; the Rupiah-line reader kept it whole.
    line = "2 | Sarma Bidang Teknologi Informas: dan Rp 6.1 78.000"
    cut = BudgetRow(source=Source(line=3618, page=60, raw=line), name="Sarma Bidang", allocation=parse_amount("6"))
    whole = BudgetRow(source=Source(line=3618, page=60, raw=line), name="Sarma Bidang Teknologi",
                      allocation=parse_amount("6.1 78.000"))
    other = BudgetRow(source=Source(line=3622, page=60, raw=""), name="Data dan Informasi",
                      allocation=parse_amount("7.940.000"))
    built = Built()
    build_budgets("doc", [cut, other, whole], built)
    assert [(b["line"], b["allocation"]) for b in built.budgets] == [(3622, 7_940_000), (3618, 6_178_000)]
