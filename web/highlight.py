"""Marking the agent's evidence quotes inside the customer's text, safely.

The text is an attacker's (anyone can email us), so it is escaped piece by piece and only our
own `<mark>` tags are added around the spans that match a quote.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape


def _spans(text: str, quotes: Iterable[tuple[str, int | None, int | None]]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    lowered = text.lower()
    for quote, start, end in quotes:
        quote = (quote or "").strip()
        if not quote:
            continue
        if start is not None and end is not None and 0 <= start < end <= len(text) \
                and text[start:end].strip().lower() == quote.lower():
            found.append((start, end))
            continue
        at = lowered.find(quote.lower())
        while at != -1:
            found.append((at, at + len(quote)))
            at = lowered.find(quote.lower(), at + len(quote))
    found.sort()
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def highlight(text: str | None, quotes: Iterable[tuple[str, int | None, int | None]]) -> Markup:
    if not text:
        return Markup("")
    out = []
    at = 0
    for s, e in _spans(text, quotes):
        out.append(escape(text[at:s]))
        out.append(Markup('<mark class="evidence">') + escape(text[s:e]) + Markup("</mark>"))
        at = e
    out.append(escape(text[at:]))
    return Markup("").join(out)


def evidence_quotes(reading: dict | None) -> list[tuple[str, int | None, int | None]]:  # type: ignore[type-arg]
    """Every quote the reading rests on: its evidence list and each finding's own quote."""
    if not reading:
        return []
    quotes = [(e.get("quote") or "", e.get("start"), e.get("end")) for e in reading.get("evidence") or []]
    for key in ("promises", "disputes", "payments"):
        quotes += [(f.get("evidence") or "", None, None) for f in reading.get(key) or []]
    return quotes
