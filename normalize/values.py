"""Clean values and the repairs that produced them.

A `Reading` is what a raw cell says once parsed: a number, a grade or an
opinion, with its unit. When OCR damage had to be undone, each change is a
`Repair` naming its rule, the text before and after, and the evidence, so an
auditor can see why a value differs from the page.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Repair:
    """One named change from raw text to value, with its evidence."""

    rule: str  # short snake_case name, e.g. "percent_sign_read_as_digit"
    before: str  # the raw text
    after: str  # what it was read as
    evidence: str  # why, in words, e.g. "capaian 95% = realisasi 95 / target 100"


@dataclass(frozen=True, slots=True)
class Reading:
    """A parsed cell.

    `value` is a float for numbers (percent points for `%`, whole Rupiah for
    amounts); `text` holds a grade (`BB`) or an opinion (`WTP`) instead.
    `alternatives` lists other plausible numbers under known OCR confusions,
    for the repair stage to choose from with arithmetic evidence. `trusted`
    is False when the reading is a guess that needs review.
    """

    raw: str
    value: float | None = None
    text: str | None = None
    unit: str | None = None  # '%', 'grade', 'opinion', 'index', 'points', 'rupiah', count noun
    repairs: tuple[Repair, ...] = ()
    alternatives: tuple[float, ...] = ()
    trusted: bool = True
    notes: tuple[str, ...] = field(default=())

    def with_value(self, value: float | None, repair: Repair) -> "Reading":
        """This reading with its value replaced by a repair."""
        return replace(self, value=value, repairs=self.repairs + (repair,), trusted=True)

    def as_trusted(self) -> "Reading":
        """This reading with its doubt lifted (the evidence that settled it is recorded by the caller)."""
        return replace(self, trusted=True)

    def flagged(self, note: str) -> "Reading":
        """This reading marked untrusted, with the reason."""
        return replace(self, trusted=False, notes=self.notes + (note,))

    @property
    def empty(self) -> bool:
        return self.value is None and self.text is None
