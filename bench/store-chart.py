#!/usr/bin/env python3
"""Reads the markdown table printed by bench/store-bench.sh on stdin and writes an SVG chart to stdout:
writes/s through the balancer, session-path bytes per write and total CPU ms per write (balancer + nodes
+ redis-server) against N, one line per store (delta, backup, redis). Rows repeated by REPS are averaged."""
import sys

header = None
samples = {}
for line in sys.stdin:
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    if header is None and cells and cells[0] == "store":
        header = cells
        continue
    if header is None or len(cells) != len(header) or not cells[1].isdigit():
        continue
    row = dict(zip(header, cells))
    key = (row["store"], int(row["N"]))
    samples.setdefault(key, []).append(
        (float(row["writes/s"]), float(row["bytes/write"]), float(row["total CPU ms/write"])))

rows = {}
for (store, n), values in sorted(samples.items()):
    mean = tuple(sum(v[i] for v in values) / len(values) for i in range(3))
    rows.setdefault(store, []).append((n, *mean))

W, H, PAD = 960, 300, 50
colors = {"delta": "#c0392b", "backup": "#7d3c98", "redis": "#2471a3"}
ns = sorted({p[0] for pts in rows.values() for p in pts}) or [2, 8]
PANEL = W / 3


def panel(x0, title, index, fmt):
    top = max((p[index] for pts in rows.values() for p in pts), default=1) * 1.1 or 1
    w = PANEL - PAD * 1.5
    h = H - PAD * 2

    def px(n): return x0 + (n - ns[0]) / max(1, ns[-1] - ns[0]) * w

    def py(v): return PAD + h - v / top * h

    out = [f'<text x="{x0 + w / 2:.0f}" y="{PAD - 18}" text-anchor="middle" font-size="13">{title}</text>',
           f'<line x1="{x0}" y1="{PAD + h}" x2="{x0 + w:.0f}" y2="{PAD + h}" stroke="#444"/>',
           f'<line x1="{x0}" y1="{PAD}" x2="{x0}" y2="{PAD + h}" stroke="#444"/>',
           f'<text x="{x0 - 4}" y="{PAD + 4}" text-anchor="end" font-size="10">{top:{fmt}}</text>',
           f'<text x="{x0 - 4}" y="{PAD + h}" text-anchor="end" font-size="10">0</text>']
    for n in ns:
        out.append(f'<text x="{px(n):.0f}" y="{PAD + h + 14}" text-anchor="middle" font-size="10">N={n}</text>')
    for store, pts in rows.items():
        color = colors.get(store, "#555")
        path = " ".join(f"{px(p[0]):.1f},{py(p[index]):.1f}" for p in pts)
        out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{path}"/>')
        for p in pts:
            out.append(f'<circle cx="{px(p[0]):.1f}" cy="{py(p[index]):.1f}" r="3" fill="{color}"/>')
    return out


svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif">',
       '<rect width="100%" height="100%" fill="white"/>']
svg += panel(PAD, "session writes/s through the balancer", 1, ".0f")
svg += panel(PANEL + PAD / 2, "session-path bytes per write", 2, ".0f")
svg += panel(2 * PANEL + PAD / 2, "total CPU ms per write", 3, ".2f")
for i, store in enumerate(rows):
    svg.append(f'<text x="{PAD + i * 120}" y="{H - 10}" font-size="12" fill="{colors.get(store, "#555")}">&#9632; {store}</text>')
svg.append('</svg>')
print("\n".join(svg))
