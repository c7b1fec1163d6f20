#!/usr/bin/env python3
"""Reads the markdown table printed by bench/store-bench.sh on stdin and writes an SVG chart
(writes/s and session-path bytes per write against N, one line per store) to stdout."""
import sys

rows = {}
for line in sys.stdin:
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    if len(cells) >= 4 and cells[1].isdigit():
        rows.setdefault(cells[0], []).append((int(cells[1]), float(cells[2]), float(cells[3])))

W, H, PAD = 640, 300, 50
colors = {"delta": "#c0392b", "redis": "#2471a3", "backup": "#7d3c98"}
ns = sorted({n for pts in rows.values() for n, _, _ in pts}) or [2, 8]

def panel(x0, title, index):
    top = max((p[index] for pts in rows.values() for p in pts), default=1) * 1.1 or 1
    w = W / 2 - PAD * 1.5
    h = H - PAD * 2
    def px(n): return x0 + (n - ns[0]) / max(1, ns[-1] - ns[0]) * w
    def py(v): return PAD + h - v / top * h
    out = [f'<text x="{x0 + w / 2:.0f}" y="{PAD - 18}" text-anchor="middle" font-size="13">{title}</text>',
           f'<line x1="{x0}" y1="{PAD + h}" x2="{x0 + w:.0f}" y2="{PAD + h}" stroke="#444"/>',
           f'<line x1="{x0}" y1="{PAD}" x2="{x0}" y2="{PAD + h}" stroke="#444"/>',
           f'<text x="{x0 - 4}" y="{PAD + 4}" text-anchor="end" font-size="10">{top:.0f}</text>',
           f'<text x="{x0 - 4}" y="{PAD + h}" text-anchor="end" font-size="10">0</text>']
    for n in ns:
        out.append(f'<text x="{px(n):.0f}" y="{PAD + h + 14}" text-anchor="middle" font-size="10">N={n}</text>')
    for store, pts in rows.items():
        pts = sorted(pts)
        path = " ".join(f"{px(p[0]):.1f},{py(p[index]):.1f}" for p in pts)
        out.append(f'<polyline fill="none" stroke="{colors.get(store, "#555")}" stroke-width="2" points="{path}"/>')
        for p in pts:
            out.append(f'<circle cx="{px(p[0]):.1f}" cy="{py(p[index]):.1f}" r="3" fill="{colors.get(store, "#555")}"/>')
    return out

svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif">',
       '<rect width="100%" height="100%" fill="white"/>']
svg += panel(PAD, "session writes/s through the balancer", 1)
svg += panel(W / 2 + PAD / 2, "session-path bytes per write", 2)
for i, store in enumerate(rows):
    svg.append(f'<text x="{PAD + i * 120}" y="{H - 10}" font-size="12" fill="{colors.get(store, "#555")}">&#9632; {store}</text>')
svg.append('</svg>')
print("\n".join(svg))
