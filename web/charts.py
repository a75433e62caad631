"""Small SVG charts drawn on the server: no script, no CDN, readable without colour alone.

Labels come from the ledger (customer names, reasons) and are escaped like any other text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from markupsafe import Markup, escape

Number = int | float | Decimal
PALETTE = ("#2f6f9f", "#d08c2c", "#6c9a3b", "#a4473f", "#7a5c99", "#4b8b8b")


def _fmt(value: Number) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}"


def bars(rows: Sequence[tuple[str, Number]], *, title: str, fmt: Callable[[Number], str] = _fmt,
         width: int = 560, bar_height: int = 22) -> Markup:
    """Horizontal bars, one per row, value written at the end of each bar."""
    label_w, value_w, gap = 150, 110, 6
    height = max(1, len(rows)) * (bar_height + gap) + 8
    top = max((float(v) for _, v in rows), default=0.0) or 1.0
    span = width - label_w - value_w
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>']
    if not rows:
        parts.append(f'<text x="0" y="16" class="muted">nothing to show</text>')
    for i, (label, value) in enumerate(rows):
        y = 4 + i * (bar_height + gap)
        w = max(0.0, float(value)) / top * span
        text = str(label)
        short = text if len(text) <= 22 else text[:21] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + bar_height * 0.7:.1f}" text-anchor="end">{escape(short)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_height}" '
                     f'fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(text)}: {escape(fmt(value))}</title></rect>')
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + bar_height * 0.7:.1f}">{escape(fmt(value))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def columns(rows: Sequence[tuple[str, Number]], *, title: str, fmt: Callable[[Number], str] = _fmt,
            width: int = 560, height: int = 200) -> Markup:
    """Vertical columns over time (weeks, months), labels under each column."""
    bottom, top_pad = 36, 18
    n = max(1, len(rows))
    slot = width / n
    top = max((float(v) for _, v in rows), default=0.0) or 1.0
    span = height - bottom - top_pad
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>',
             f'<line x1="0" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" class="axis"/>']
    for i, (label, value) in enumerate(rows):
        h = max(0.0, float(value)) / top * span
        x = i * slot + slot * 0.15
        y = height - bottom - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" fill="{PALETTE[0]}">'
                     f'<title>{escape(label)}: {escape(fmt(value))}</title></rect>')
        parts.append(f'<text x="{x + slot * 0.35:.1f}" y="{y - 4:.1f}" text-anchor="middle">{escape(fmt(value))}</text>')
        parts.append(f'<text x="{x + slot * 0.35:.1f}" y="{height - bottom + 16}" text-anchor="middle">'
                     f'{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
