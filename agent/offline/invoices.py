"""Our invoice numbers (INV- and five digits) in every way senders write them.

"INV-20417", "INV20417", "inv 20417", "invoice #20417", "invoices 20417 and 20418",
"Rechnung Nr. 20417", "facture n° 20417", "factura 20417" all normalise to INV-20417.
Purchase-order numbers and payment references are not invoices, so a bare number counts only
when the ledger says it is one of the customer's open invoices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KEYWORDS = (
    r"invoices?|inv|bills?|factura?s?|facturas|factures?|rechnung(?:en)?|rechnungsnummer(?:n)?|"
    r"rechnungsnr|rg|re-nr|faktura|fattura|fact\.?|fra\.?"
)
_MARKER = r"(?:\s*(?:#|no\.?|n\.|no|nr\.?|nro\.?|num\.?|number|numbers|numero|numeros|nummer|nos\.?|reference|ref\.?)\s*)?"
_ONE = r"(?:inv[\s_-]*)?#?\s*(?P<num>\d{5})(?!\d)"
_JOIN = r"\s*(?:,|/|&|\+|;|\band\b|\by\b|\be\b|\bet\b|\bund\b|\bor\b|\bo\b|\bou\b|\boder\b|,\s*and|,\s*y)\s*"
_NEXT = r"(?:inv[\s_-]*|#|no\.?\s*|nr\.?\s*)?\d{5}(?!\d)"
_LIST = re.compile(
    rf"(?<![a-z])(?:{_KEYWORDS})\b[\s.:#(-]*{_MARKER}[\s:#-]*{_ONE}(?P<rest>(?:{_JOIN}{_NEXT})*)"
)
_GLUED = re.compile(rf"(?<![a-z0-9])inv[\s_#.:-]*{_MARKER}(?P<num>\d{{5}})(?!\d)(?P<rest>(?:{_JOIN}{_NEXT})*)")
_ARTICLE = re.compile(r"(?<![\w])(?:la|las|el|los|le|les|die|der|the)\s+(?P<num>\d{5})(?!\d|[.,]\d|%)")
# "Rechnung vom 02.06.2026 (Nr. 20417)", "invoice dated 5/12 #20417": the number marker comes a little later.
_NEAR = re.compile(rf"(?<![a-z])(?:{_KEYWORDS})\b(?:[^.\n]|(?<=\d)\.(?=\d)){{0,30}}?(?:#|\bnr\.?|\bno\.?|\bnum\.?)\s*(?P<num>\d{{5}})(?!\d)(?P<rest>)")
# "we paid it under the original number, 66031": a rebill names the invoice it repeats.
_ORIGINAL = re.compile(r"\b(?:original|old|previous|earlier|first)\s+(?:number|no\.?|#)[\s,:#]*(?P<num>\d{5})(?!\d)(?P<rest>)")
_DIGITS = re.compile(r"(?<!\d)\d{5}(?!\d)")
_KEYWORD = re.compile(rf"(?<![a-z])(?:{_KEYWORDS})\b")
_BARE = re.compile(r"(?<![\w#-])(?<!po )(?<!po# )(?<!po #)(?<!order )(?<!ref )(?P<num>\d{5})(?![\w-])")


@dataclass(frozen=True)
class InvoiceMention:
    start: int
    end: int
    number: str  # normalised "INV-20417"


def normalise(digits: str) -> str:
    return f"INV-{digits}"


def find_invoices(folded: str, known: frozenset[str] | set[str] = frozenset()) -> list[InvoiceMention]:
    found: dict[tuple[int, int], InvoiceMention] = {}
    for pattern in (_GLUED, _LIST, _NEAR, _ORIGINAL):
        for m in pattern.finditer(folded):
            start = m.start("num")
            found.setdefault((start, m.end("num")), InvoiceMention(m.start(), m.end("num"), normalise(m["num"])))
            rest_start = m.start("rest")
            for d in _DIGITS.finditer(m["rest"] or ""):
                s, e = rest_start + d.start(), rest_start + d.end()
                found.setdefault((s, e), InvoiceMention(s, e, normalise(d.group())))
    if found or _KEYWORD.search(folded):
        # Once invoices have been talked of, "la 52410" / "the 52410" names one.
        for m in _ARTICLE.finditer(folded):
            found.setdefault((m.start("num"), m.end("num")), InvoiceMention(m.start("num"), m.end("num"), normalise(m["num"])))
    if known:
        for m in _BARE.finditer(folded):
            number = normalise(m["num"])
            if number in known and (m.start(), m.end()) not in found:
                found[(m.start(), m.end())] = InvoiceMention(m.start(), m.end(), number)
    unique: dict[int, InvoiceMention] = {}
    for (start, _end), mention in found.items():
        unique.setdefault(start, mention)
    return sorted(unique.values(), key=lambda i: i.start)


def invoice_numbers(mentions: list[InvoiceMention]) -> list[str]:
    seen: list[str] = []
    for m in mentions:
        if m.number not in seen:
            seen.append(m.number)
    return seen
