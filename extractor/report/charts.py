"""Charts as inline SVG text: horizontal (stacked) bars, columns and a heat map.

Hand-made rather than matplotlib: three simple shapes do not justify a large
dependency, and text stays text (Chinese agency names are searchable and
copyable in the page, and render in whatever CJK font the browser has).
Every function returns one ``<svg>`` element with a ``<title>`` (what a
screen reader announces) and escapes all text it is given.
"""
from __future__ import annotations

from html import escape
from typing import Sequence

#: one colour per series (lead, support, ...): colour-blind-safe Okabe-Ito hues
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
FONT = 'font-family="sans-serif" font-size="12"'
#: pixels per bar or heat-map row; width of a name label (about 12 CJK characters)
ROW = 22
LABEL_WIDTH = 190
#: about how wide a digit or Latin letter of the 12 px font is
CHAR_WIDTH = 7


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}" {FONT}><title>{escape(title)}</title>'
            + "".join(body) + "</svg>")


def _short(label: str, limit: int = 13) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def _number(value: float) -> str:
    return f"{value:g}"


def bar_chart(title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
              width: int = 760) -> str:
    """Horizontal bars, one row per label, the series stacked left to right
    (e.g. measures led, then supported), with each row's total at its end."""
    totals = [sum(values[i] for _, values in series) for i in range(len(labels))]
    top = max(totals, default=0) or 1
    plot = width - LABEL_WIDTH - 50
    legend_y = 16
    body = _legend([name for name, _ in series], LABEL_WIDTH, legend_y)
    for i, label in enumerate(labels):
        y = 30 + i * ROW
        body.append(f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">'
                    f'<title>{escape(label)}</title>{escape(_short(label))}</text>')
        x = float(LABEL_WIDTH)
        for k, (name, values) in enumerate(series):
            w = plot * values[i] / top
            if w > 0:
                body.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{ROW - 6}" '
                            f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(label)}: '
                            f'{escape(name)} {_number(values[i])}</title></rect>')
            x += w
        body.append(f'<text x="{x + 4:.1f}" y="{y + 15}">{_number(totals[i])}</text>')
    return _svg(width, 40 + len(labels) * ROW, title, body)


def column_chart(title: str, labels: Sequence[str], values: Sequence[float], width: int = 760,
                 height: int = 240, color: str = PALETTE[0]) -> str:
    """Vertical columns, one per label (years, months), value on top."""
    top = max(values, default=0) or 1
    left, bottom = 50, 56
    plot_h = height - bottom - 20
    step = (width - left - 10) / max(len(labels), 1)
    # labels wider than their column (months): slanted, so they do not overlap
    slant = max((len(label) for label in labels), default=0) * CHAR_WIDTH > step * 0.9
    body = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#888"/>']
    for i, (label, value) in enumerate(zip(labels, values)):
        h = plot_h * value / top
        x = left + i * step
        body.append(f'<rect x="{x + step * 0.15:.1f}" y="{height - bottom - h:.1f}" width="{step * 0.7:.1f}" '
                    f'height="{h:.1f}" fill="{color}"><title>{escape(label)}: {_number(value)}</title></rect>')
        if value:
            body.append(f'<text x="{x + step / 2:.1f}" y="{height - bottom - h - 4:.1f}" '
                        f'text-anchor="middle">{_number(value)}</text>')
        lx, ly = x + step / 2, height - bottom + 15
        rotate = f' transform="rotate(-40 {lx:.1f} {ly})"' if slant else ""
        body.append(f'<text x="{lx:.1f}" y="{ly}" text-anchor="{"end" if slant else "middle"}"{rotate}>'
                    f'{escape(label)}</text>')
    return _svg(width, height, title, body)


def heatmap(title: str, labels: Sequence[str], matrix: Sequence[Sequence[float]]) -> str:
    """A square matrix (agency x agency: measures shared), darker for more, the
    count in each non-empty cell; column labels are numbered to save width."""
    n = len(labels)
    top = max((v for row in matrix for v in row), default=0) or 1
    cell = ROW + 4
    left, head = LABEL_WIDTH + 24, 24
    body = []
    for j in range(n):
        body.append(f'<text x="{left + j * cell + cell / 2:.1f}" y="{head - 8}" text-anchor="middle">{j + 1}</text>')
    for i, label in enumerate(labels):
        y = head + i * cell
        body.append(f'<text x="{left - 6}" y="{y + cell / 2 + 4:.1f}" text-anchor="end">'
                    f'<title>{escape(label)}</title>{escape(_short(label))} {i + 1}</text>')
        for j in range(n):
            value = matrix[i][j]
            shade = 0.08 + 0.92 * value / top if value else 0
            fill = f'fill="{PALETTE[0]}" fill-opacity="{shade:.2f}"' if value else 'fill="#f4f4f4"'
            x = left + j * cell
            body.append(f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" {fill}>'
                        f'<title>{escape(label)} + {escape(labels[j])}: {_number(value)}</title></rect>')
            if value:
                ink = "#fff" if shade > 0.55 else "#222"
                body.append(f'<text x="{x + (cell - 2) / 2:.1f}" y="{y + cell / 2 + 3:.1f}" '
                            f'text-anchor="middle" fill="{ink}">{_number(value)}</text>')
    return _svg(left + n * cell + 10, head + n * cell + 10, title, body)


def _legend(names: Sequence[str], x: int, y: int) -> list[str]:
    out = []
    for k, name in enumerate(names):
        out.append(f'<rect x="{x + k * 110}" y="{y - 10}" width="12" height="12" '
                   f'fill="{PALETTE[k % len(PALETTE)]}"/>'
                   f'<text x="{x + k * 110 + 16}" y="{y}">{escape(name)}</text>')
    return out
