#!/usr/bin/env bash
# Cluster replication benchmark: DeltaManager vs BackupManager, async (8) vs sync ack (6), N = 2..8 node
# processes on 127.0.0.1 (static membership, TcpFailureDetector + MessageDispatchInterceptor). node1 writes;
# the others record write → visible latency (CLOCK_MONOTONIC shared by the processes). Per-process CPU comes
# from /proc/PID/stat (utime+stime). Every run is bounded (WRITES writes, 30 s settle limit) and every process
# started is killed by PID. Writes a TSV and an SVG chart (messages per write vs N) to OUT_DIR.
# Usage: bench/cluster-bench.sh   (env: WRITES=2000 NODES="2 3 4 6 8" MANAGERS="delta backup" MODES="sync async" OUT_DIR=/tmp/tc-cluster-bench)
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
WRITES="${WRITES:-2000}"
NODES="${NODES:-2 3 4 6 8}"
MANAGERS="${MANAGERS:-delta backup}"
MODES="${MODES:-sync async}"
OUT_DIR="${OUT_DIR:-/tmp/tc-cluster-bench}"
mkdir -p "$OUT_DIR"

dotnet build -c Release "$REPO/bench/ClusterBench" -o "$OUT_DIR/bin" >/dev/null
TSV="$OUT_DIR/cluster-bench.tsv"
echo -e "manager\tmode\tnodes\twrites\twrites_per_s\tack_p50_us\tack_p99_us\tvisible_p50_us\tvisible_p99_us\tmsgs_per_write\tbytes_per_write\tcpu_writer_us_per_write\tcpu_receiver_us_per_write" > "$TSV"
for n in $NODES; do
  for manager in $MANAGERS; do
    for mode in $MODES; do
      timeout 180 dotnet "$OUT_DIR/bin/ClusterBench.dll" run "$manager" "$mode" "$n" "$WRITES" | tee -a "$TSV"
    done
  done
done

python3 - "$TSV" "$OUT_DIR/cluster-messages-per-write.svg" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
series = {}
for r in rows:
    if r['mode'] != 'sync':
        continue
    series.setdefault(r['manager'], []).append((int(r['nodes']), float(r['msgs_per_write'])))
W, H, L, B = 480, 300, 50, 40
xs = sorted({n for s in series.values() for n, _ in s}) or [2]
ymax = max([v for s in series.values() for _, v in s] + [1])
def px(n): return L + (n - xs[0]) * (W - L - 20) / max(1, xs[-1] - xs[0])
def py(v): return H - B - v * (H - B - 20) / ymax
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<line x1="{L}" y1="{H-B}" x2="{W-10}" y2="{H-B}" stroke="black"/><line x1="{L}" y1="20" x2="{L}" y2="{H-B}" stroke="black"/>',
       f'<text x="{W/2}" y="{H-8}" text-anchor="middle">nodes (N)</text>',
       f'<text x="14" y="{H/2}" transform="rotate(-90 14 {H/2})" text-anchor="middle">session messages per write</text>']
for n in xs:
    out.append(f'<text x="{px(n):.0f}" y="{H-B+16}" text-anchor="middle">{n}</text>')
for k in range(0, int(ymax) + 1):
    out.append(f'<text x="{L-6}" y="{py(k)+4:.0f}" text-anchor="end">{k}</text>')
colors = {'delta': '#c0392b', 'backup': '#2471a3'}
for i, (name, pts) in enumerate(sorted(series.items())):
    pts.sort()
    c = colors.get(name, 'gray')
    out.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (c, ' '.join(f'{px(n):.0f},{py(v):.0f}' for n, v in pts)))
    out += [f'<circle cx="{px(n):.0f}" cy="{py(v):.0f}" r="3" fill="{c}"/>' for n, v in pts]
    out.append(f'<text x="{L+10}" y="{30+16*i}" fill="{c}">{"DeltaManager" if name=="delta" else "BackupManager"}</text>')
out.append('</svg>')
open(sys.argv[2], 'w').write('\n'.join(out) + '\n')
PY
echo "results: $TSV, chart: $OUT_DIR/cluster-messages-per-write.svg"
