"""A document's lines joined into one text, made once and shared by the stages.

Several stages read only the few lines that hold a word ('kinerja' for a
section title, 'target' for a sentence stating one, 'mew...' for a signed
pledge). Testing every line for it in Python costs about as much as the whole
regex scan of the text; one `str.find` over the lower-case text finds the
same lines at memory speed, and the stage then runs its own test on them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, compress, count
from operator import attrgetter, not_

from extract.model import Line

WORD_RE = re.compile(r"[A-Za-z]{3,}")  # a word, to the stages that tell lines of words from lines of values


def _lead(code: int) -> int:
    """The first UTF-8 byte of a character."""
    return chr(code).encode("utf-8", "surrogatepass")[0]


class DocText:
    """The lines of one document, their texts joined by newlines, and the lower-case text (on first use)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.texts: list[str] = list(map(attrgetter("text"), lines))
        self.text = "\n".join(self.texts)
        # one newline between lines and none inside them, so that counting newlines counts lines
        # (a PDF text layer may give a line with a newline of its own: it is a space here)
        self.flat = self.text if self.text.count("\n") == len(self.texts) - 1 else \
            "\n".join(t.replace("\n", " ") for t in self.texts)
        self._lower: str | None = None
        self._folded: str | None = None
        self._has_word: list[bool] | None = None
        self._encoded: bytes | None = None
        self._starts: dict[str, list[int]] = {}  # 'flat' / 'folded': where each of its lines starts
        self._word_lines: dict[tuple[str, str], list[int]] = {}  # ('flat' / 'folded', word): the lines holding it
        self.memo: dict[str, object] = {}  # a reader's result that another reader of the document asks for again

    @property
    def lower(self) -> str:
        """`text.lower()`: may be longer than `text` ('İ' lowers to two characters); lines still end at its newlines."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def folded(self) -> str:
        """`flat` lower-cased, with the letters re.IGNORECASE also takes for an ASCII letter made that letter.

        re.I matches 'i' to 'İ' and 'ı' and 's' to 'ſ', which lower-case to
        other characters; folded here, a word a case-insensitive pattern finds
        in a line is always found in the line's folded text.
        """
        if self._folded is None:
            low = self.lower if self.flat is self.text else self.flat.lower()
            if not low.isascii():
                low = low.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
            self._folded = low
        return self._folded

    @property
    def encoded(self) -> bytes:
        """`flat` in UTF-8 (lone surrogates kept), made on first use."""
        if self._encoded is None:
            self._encoded = self.flat.encode("utf-8", "surrogatepass")
        return self._encoded

    def may_hold(self, first: int, last: int) -> bool:
        """Whether the text may hold a character from U+0080 `first` to `last` (False: it surely holds none).

        Looks for the UTF-8 lead bytes of that range, each with a fast byte
        search instead of a regex scan of every character.
        """
        if self.flat.isascii():
            return False
        data = self.encoded
        return any(bytes([lead]) in data for lead in range(_lead(first), _lead(last) + 1))

    @property
    def has_word(self) -> list[bool]:
        """Per line, whether it holds a word (`WORD_RE`, 3+ ASCII letters); found on first use."""
        if self._has_word is None:
            self._has_word = list(map(bool, map(WORD_RE.search, self.texts)))
        return self._has_word

    def non_ascii_lines(self) -> list[int]:
        """Indexes of the lines holding a character beyond ASCII, in order."""
        if self.text.isascii():
            return []
        return list(compress(count(), map(not_, map(str.isascii, self.texts))))

    def lines_with(self, *words: str) -> list[int]:
        """Indexes of the lines whose folded text holds one of `words` (lower-case ASCII, no newline), in order.

        A superset of the lines where a case-insensitive pattern needing one of
        the words matches, and of those whose `lower()` holds one: the caller
        still runs its own test on each.
        """
        return self._holding("folded", words)

    def lines_with_case(self, *words: str) -> list[int]:
        """Indexes of the lines holding one of `words` (no newline) as printed, in order."""
        return self._holding("flat", words)

    def _holding(self, name: str, words: tuple[str, ...]) -> list[int]:
        """The lines of `flat` or `folded` holding one of `words`, each word's lines found once per document.

        Stages ask for the same words ('realisasi' for a table header run on into its row, a sideways
        budget and a run-together one; 'pagu', 'anggaran' for headers and budget sentences): each word's
        scan of the whole text is made once and kept.
        """
        per_word = []
        for word in words:
            found = self._word_lines.get((name, word))
            if found is None:
                text = self.folded if name == "folded" else self.flat
                found = self._word_lines[(name, word)] = _lines_holding(text, (word,), self._line_starts(name))
            per_word.append(found)
        if len(per_word) == 1:
            return list(per_word[0])  # (a copy: the caller may change its list)
        return sorted(set().union(*per_word))

    def flat_starts(self) -> list[int]:
        """Where each line starts in `flat` (and one past its end), made once: an offset's line by bisection."""
        return self._line_starts("flat")

    def _line_starts(self, name: str) -> list[int]:
        """`line_starts` of `flat` or `folded`, made once.

        `flat`'s lines are as long as `texts`; `folded`'s too unless it is shorter (a combining dot above that
        stood alone is dropped: 'İ' lowers to 'i' and that dot, so it keeps its length), then they are counted.
        """
        starts = self._starts.get(name)
        if starts is None:
            if name == "flat" or len(self.folded) == len(self.flat):
                starts = self._starts.get("flat")
                if starts is None:  # (kept for both names: 'folded' of the same length asks for the same list)
                    starts = self._starts["flat"] = [0, *accumulate(map((1).__add__, map(len, self.texts)))]
            else:
                starts = line_starts(self.folded)
            self._starts[name] = starts
        return starts


def line_starts(text: str) -> list[int]:
    """Where each newline-separated line of `text` starts, and one past the end of the text."""
    return [0, *accumulate(map((1).__add__, map(len, text.split("\n"))))]


def _lines_holding(text: str, words: tuple[str, ...], starts: list[int]) -> list[int]:
    """Indexes of the newline-separated lines of `text` (starting at `starts`) that hold one of `words`, in order.

    A hit's line is looked up among the starts, not counted from the last hit: the text is scanned once per word.
    """
    found: set[int] = set()
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            line = bisect_right(starts, pos) - 1
            found.add(line)
            pos = text.find(word, starts[line + 1])  # one hit per line is enough: go on from the next line
    return sorted(found)
