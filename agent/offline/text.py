"""Text shapes the rules match against, with offsets that still point into the original.

Every phrase table is written in lower-case ASCII, so the text is folded (lower-case, accents
dropped, typographic quotes straightened) one character for one character: a match offset in
the folded text is the same offset in the sender's text, which is what evidence spans need.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if len(base) == 1 and base.isascii() and base.isalpha():
            table[code] = base
    for ch in "\u2018\u2019\u201b\u2032\u00b4`":
        table[ord(ch)] = "'"
    for ch in "\u201c\u201d\u201e\u00ab\u00bb":
        table[ord(ch)] = '"'
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2212":
        table[ord(ch)] = "-"
    for ch in "\u00a0\u2007\u202f\u2009\u200a\t":
        table[ord(ch)] = " "
    table[ord("\u00df")] = "\u00df"  # keep ß: "ss" would shift every later offset
    table[ord("\u00ba")] = "o"  # "nº" as in "factura nº"
    table[ord("\u00b0")] = "o"  # "n°" as in "facture n°"
    return table


_FOLD = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case, accent-free text of exactly the same length as `text`."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


@dataclass(frozen=True)
class Clause:
    """One sentence-like stretch of the text, with its span in the original."""

    start: int
    end: int
    text: str  # folded
    raw: str  # as the sender wrote it


_MONTH_START = re.compile(
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|fev|avr|mai|jui|aou|"
    r"okt|dez|mrz|marz|januar|februar)"
)
_ABBREVIATIONS = frozenset(
    "no nr nro num inv ref approx e.g i.e etc mr mrs ms dr st vs fig art ca bzw z.b u.a "
    "jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic okt dez co inc ltd corp nos pcs qty".split()
)
_BOUNDARY = re.compile(r"[.!?;]+(?=\s)|\n")
# "We will pay, but not before..." — a contrast starts a new claim that negation must not leak into.
_CONTRAST = re.compile(
    r"(?:,\s*|\s+)(?=(?:but(?! (?:short|only|net|less|minus|just)\b)|however|although|though|pero|sin embargo|aunque|mais|cependant|"
    r"toutefois|aber|jedoch|allerdings|sondern)\b)"
)
_COLUMNS = re.compile(r"\S {3,}\S|\t")
_BULLET = re.compile(r"\s*(?:[-*\u2022>]|\d{1,2}[.)]\s)")


def clauses(text: str, folded: str | None = None) -> list[Clause]:
    """Split into sentences (and contrasted halves), joining lines that were hard-wrapped."""
    folded = fold(text) if folded is None else folded
    cuts: list[int] = []
    for m in _BOUNDARY.finditer(folded):
        if m.group() == "\n":
            line_start = folded.rfind("\n", 0, m.start()) + 1
            line = folded[line_start : m.start()].strip()
            nxt_end = folded.find("\n", m.end())
            nxt = folded[m.end() : nxt_end if nxt_end >= 0 else len(folded)]
            wrapped = (
                len(line) >= 40
                and nxt.strip() != ""
                and not _BULLET.match(nxt)
                and not line.endswith((".", "!", "?", ":", ";"))
                and not (_COLUMNS.search(line) or _COLUMNS.search(nxt.strip()))  # table rows are lines of their own
            )
            if wrapped:
                continue
            cuts.append(m.end())
            continue
        before = folded[: m.start()].rsplit(None, 1)
        word = before[-1] if before else ""
        if m.group() == "." and word.strip("(").lower() in _ABBREVIATIONS:
            continue
        if m.group() == "." and re.fullmatch(r"[0-3]?\d\.[01]?\d", word):
            continue  # "am 15.10. per Überweisung": a dated day, not the end of the sentence
        if m.group() == "." and word.isdigit() and len(word) <= 2:
            after = folded[m.end() :].lstrip()
            if _MONTH_START.match(after):
                continue
        cuts.append(m.end())
    for m in _CONTRAST.finditer(folded):
        cuts.append(m.end())
    cuts = sorted(set(c for c in cuts if 0 < c < len(folded)))
    result: list[Clause] = []
    start = 0
    for cut in [*cuts, len(folded)]:
        seg = folded[start:cut]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:
            s, e = start + lead, start + trail
            # Hard-wrapped lines are one sentence: match across the line break as a space.
            result.append(Clause(s, e, folded[s:e].replace("\n", " ").replace("\r", " "), text[s:e]))
        start = cut
    return result
