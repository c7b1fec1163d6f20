#!/usr/bin/env bash
# Import speed (issue 2): cold `tomcatcompat import` of the stock Debian apache2 tree + the seed
# sample vs the real `apache2ctl -t` on the same tree (alternating A/B runs, same script), and
# import of generated 50,000- and 100,000-line configs with a 2,000-member balancer.
# Usage: bench/import-bench.sh [RUNS]   (needs apache2; nothing is started, nothing connects)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d /tmp/tc-import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The native (ahead-of-time) executable is how import/lint ship for CI use: no JIT at start-up.
dotnet publish src/TomcatCompat.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/cli" --nologo -v q >/dev/null
tc="$work/cli/tomcatcompat"

cp -a /etc/apache2 "$work/apache2"
mkdir -p "$work/logs"
export APACHE_CONFDIR="$work/apache2"

now_ms() { date +%s%3N; }
time_ms() { local t0 t1; t0=$(now_ms); "$@" >/dev/null 2>&1 || true; t1=$(now_ms); echo $((t1 - t0)); }
# CPU time (user+system, ms) of one run: the fairest figure on a shared machine.
cpu_ms() { /usr/bin/time -f "%U %S" -o "$work/cpu" "$@" >/dev/null 2>&1 || true; tail -n1 "$work/cpu" | awk '{ printf "%d\n", ($1 + $2) * 1000 }'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "== cold import of the Debian apache2 tree + conf-samples/seed vs apache2ctl -t ($runs alternating runs)"
: > "$work/a"; : > "$work/b"
for i in $(seq "$runs"); do
  time_ms "$tc" import "$work/apache2" conf-samples/seed --format json -o "$work/out.json" >> "$work/a"
  time_ms apache2ctl -t >> "$work/b"
done
a=$(median < "$work/a"); b=$(median < "$work/b")
echo "tomcatcompat import: median ${a} ms   runs: $(tr '\n' ' ' < "$work/a")"
echo "apache2ctl -t:       median ${b} ms   runs: $(tr '\n' ' ' < "$work/b")"
awk -v a="$a" -v b="$b" 'BEGIN { printf "ratio import/apache2ctl = %.2f (goal <= 1.00)\n", a / b }'

echo "== cold lint of the same tree vs apache2ctl -t ($runs alternating runs)"
: > "$work/l"; : > "$work/b2"
for i in $(seq "$runs"); do
  time_ms "$tc" lint "$work/apache2" conf-samples/seed --format json -o "$work/lint.json" >> "$work/l"
  time_ms apache2ctl -t >> "$work/b2"
done
l=$(median < "$work/l"); b2=$(median < "$work/b2")
echo "tomcatcompat lint:   median ${l} ms   runs: $(tr '\n' ' ' < "$work/l")"
echo "apache2ctl -t:       median ${b2} ms"
echo "CPU time (user+system): tomcatcompat lint $(cpu_ms "$tc" lint "$work/apache2" conf-samples/seed --format json -o "$work/lint.json") ms, apache2ctl -t $(cpu_ms apache2ctl -t) ms"
awk -v a="$l" -v b="$b2" 'BEGIN { printf "ratio lint/apache2ctl = %.2f (goal <= 1.00)\n", a / b }'
# perf stat: mean wall and CPU of 40 cold runs each (finer than date's milliseconds), when perf is installed.
if perf stat -r 1 true >/dev/null 2>&1; then
  for cmd in "$tc lint $work/apache2 conf-samples/seed --format json -o $work/lint.json" "apache2ctl -t"; do
    prog=${cmd%% *}
    perf stat -r 40 $cmd 2>&1 >/dev/null | awk -v c="${prog##*/}" '/task-clock/ {cpu=$1} /elapsed/ {printf "perf stat %s: %.1f ms wall, %.1f ms CPU\n", c, $1 * 1000, cpu}'
  done
fi

echo "== generated configs (2,000-member balancer + virtual hosts)"
for n in 50000 100000; do
  bench/gen-httpd-conf.sh "$n" > "$work/gen-$n.conf"
  : > "$work/g$n"
  for i in $(seq "$runs"); do time_ms "$tc" import "$work/gen-$n.conf" --format json -o "$work/gen.json" >> "$work/g$n"; done
  echo "$n lines ($(wc -l < "$work/gen-$n.conf") actual): median $(median < "$work/g$n") ms   runs: $(tr '\n' ' ' < "$work/g$n")"
  : > "$work/gl$n"
  for i in $(seq "$runs"); do time_ms "$tc" lint "$work/gen-$n.conf" --format json -o "$work/genlint.json" >> "$work/gl$n"; done
  echo "   lint of the same file: median $(median < "$work/gl$n") ms (CPU $(cpu_ms "$tc" lint "$work/gen-$n.conf" --format json -o "$work/genlint.json") ms); import CPU $(cpu_ms "$tc" import "$work/gen-$n.conf" --format json -o "$work/gen.json") ms"
  : > "$work/h$n"
  for i in $(seq "$runs"); do
    time_ms apache2 -t -f "$work/gen-$n.conf" -d "$work" >> "$work/h$n"
  done
  echo "   apache2 -t on the same file: median $(median < "$work/h$n") ms"
done
g50=$(median < "$work/g50000"); g100=$(median < "$work/g100000")
awk -v a="$g50" -v b="$g100" 'BEGIN { printf "ratio 100k/50k = %.2f (linear = 2.00; includes ~constant process start-up)\n", b / a }'
