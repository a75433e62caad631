"""Money as senders write it: "$1,250.00", "1.250,00 €", "EUR 980", "CA$ 3,400", "£2.5k".

Amounts are returned as Decimal with thousands separators removed, and the currency is the
ISO code stated or implied by the symbol ($ is USD unless written CA$, A$ and so on), or None
when the sender gives no currency. Works on folded text so offsets match the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Longest first so "ca$" wins over "$"; values are ISO 4217 codes.
PREFIXES: dict[str, str] = {
    "us$": "USD", "usd": "USD", "ca$": "CAD", "c$": "CAD", "cad": "CAD", "au$": "AUD",
    "a$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "mx$": "MXN", "mxn": "MXN",
    "hk$": "HKD", "s$": "SGD", "$": "USD", "eur": "EUR", "€": "EUR", "gbp": "GBP", "£": "GBP",
    "chf": "CHF", "sfr": "CHF", "jpy": "JPY", "¥": "JPY", "sek": "SEK", "nok": "NOK",
    "dkk": "DKK", "pln": "PLN", "inr": "INR", "₹": "INR", "rs.": "INR", "rs": "INR", "brl": "BRL", "r$": "BRL",
    "zar": "ZAR", "sgd": "SGD", "hkd": "HKD",
}
SUFFIXES: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euros": "EUR", "euro": "EUR", "usd": "USD", "dollars": "USD",
    "dolares": "USD", "dollar": "USD", "gbp": "GBP", "pounds": "GBP", "chf": "CHF",
    "cad": "CAD", "aud": "AUD", "nzd": "NZD", "mxn": "MXN", "pesos": "MXN", "sek": "SEK",
    "nok": "NOK", "dkk": "DKK", "pln": "PLN", "jpy": "JPY", "$": "USD", "£": "GBP", "zar": "ZAR", "sgd": "SGD", "inr": "INR",
    "$ ca": "CAD", "$ can": "CAD", "$ cad": "CAD", "$ us": "USD", "$ usd": "USD",
}


def _alt(keys) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


# Indian lakh grouping ("4,72,500.00") before the usual thousands groups.
_NUMBER = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_PREFIXED = re.compile(
    rf"(?<![\w$])(?P<cur>{_alt(PREFIXES)})\s?(?P<num>{_NUMBER})(?:\s?(?P<k>k|m)\b)?(?![\d])"
)
_SUFFIXED = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMBER})(?:\s?(?P<k>k)\b)?\s?(?P<cur>{_alt(SUFFIXES)})(?![a-z])"
)
# South African rand: "R 12 500,00", "R4,500.00"; only with a money-shaped figure after the R.
_RAND = re.compile(r"(?<![\w$])r\s?(?P<num>\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d{2})?|\d+[.,]\d{2})(?![\d])")
# A bare figure counts only when written like money: two decimals ("1,250.00", "980,50").
_BARE = re.compile(r"(?<![\w.,/$€£-])(?P<num>\d{1,3}(?:[,.]\d{3})+[.,]\d{2}|\d+[.,]\d{2})(?![\d.,/-]\d|%|\w)")

# A whole figure with a thousands comma after a payment phrase: "we'll pay the full 7,430".
_BARE_WHOLE = re.compile(
    r"(?<![\w'])(?:the full|in full|the whole|the balance of|amount of|total of|pay|paying|send|sending|wire|remit)\s+"
    r"(?P<num>\d{1,3}(?:,\d{3})+)(?![\d.,]\d|%|\w)"
)


@dataclass(frozen=True)
class AmountMention:
    start: int
    end: int
    value: Decimal
    currency: str | None


def parse_number(text: str) -> Decimal | None:
    """'1,250.00' / '1.250,00' / "1'250" / '1 250,5' → Decimal, separators resolved."""
    s = text.strip().replace("'", "").replace(" ", "")
    if "," in s and "." in s:
        decimal_sep = "," if s.rfind(",") > s.rfind(".") else "."
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        tail = s.rsplit(sep, 1)[1]
        decimal_sep = sep if s.count(sep) == 1 and len(tail) != 3 else None
    else:
        decimal_sep = None
    if decimal_sep:
        thousands = "." if decimal_sep == "," else ","
        s = s.replace(thousands, "").replace(decimal_sep, ".")
    else:
        s = s.replace(",", "").replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def find_amounts(folded: str) -> list[AmountMention]:
    found: list[AmountMention] = []
    for pattern, table in ((_PREFIXED, PREFIXES), (_SUFFIXED, SUFFIXES)):
        for m in pattern.finditer(folded):
            value = parse_number(m["num"])
            if value is None:
                continue
            if m["k"]:
                value *= 1000 if m["k"] == "k" else 1_000_000
            found.append(AmountMention(m.start(), m.end(), value, table[m["cur"]]))
    for m in _RAND.finditer(folded):
        value = parse_number(m["num"])
        if value is not None:
            found.append(AmountMention(m.start(), m.end(), value, "ZAR"))
    for pattern in (_BARE, _BARE_WHOLE):
        for m in pattern.finditer(folded):
            value = parse_number(m["num"])
            if value is not None:
                found.append(AmountMention(m.start("num"), m.end("num"), value, None))
    found.sort(key=lambda a: (-(a.end - a.start), a.start))
    kept: list[AmountMention] = []
    for mention in found:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda a: a.start)


def as_money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))
