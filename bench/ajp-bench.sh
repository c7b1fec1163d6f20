#!/usr/bin/env bash
# AJP members benchmark: TomcatCompat's balancer (`tomcatcompat run --only balancer`, Release) -> tomcat10 over
# AJP vs Debian apache2 (mod_proxy_ajp, event MPM) -> the same tomcat10 over AJP, static file (/test/static.txt).
# A/B alternating, bounded wrk runs, all on 127.0.0.1; CPU µs/request of each balancer process tree from
# /proc/PID/stat utime+stime before/after. Method: shared/notes/proxy-bench.md. Every process started here is
# stopped by its PID on exit. Usage: bench/ajp-bench.sh  (env: DUR=8 REPS=2 CONC=32 BENCH_DIR=/tmp/tc-ajp-bench)
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/tc-ajp-bench}"
DUR="${DUR:-8}"
REPS="${REPS:-2}"
CONC="${CONC:-32}"
HTTP=27101 AJP=27111 SHUT=27121 P_TC=27140 P_HTTPD=27141
SECRET=bench-secret
CATALINA_HOME=/usr/share/tomcat10
PIDS=()

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 2; }
command -v apache2 >/dev/null || { echo "apache2 is required (apt-get install apache2)"; exit 2; }
[ -x "$CATALINA_HOME/bin/catalina.sh" ] || { echo "tomcat10 is required (apt-get install tomcat10)"; exit 2; }
rm -rf "$BENCH_DIR"; mkdir -p "$BENCH_DIR"/{tomcat/conf,tomcat/logs,tomcat/temp,tomcat/work,tomcat/webapps,httpd/run,tc}
cd "$BENCH_DIR"

cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

wait_ok() { for _ in $(seq 1 300); do [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = 200 ] && return 0; sleep 0.2; done; echo "$1 never answered 200"; return 1; }

# CPU ticks (utime+stime) of a process and its direct children (apache2's workers).
ticks() {
  python3 - "$1" <<'EOF'
import os, sys
root = int(sys.argv[1])
def f(p):
    s = open(f'/proc/{p}/stat').read(); return s[s.rindex(')') + 2:].split()
total = 0
for d in os.listdir('/proc'):
    if d.isdigit():
        try:
            g = f(int(d))
            if int(d) == root or int(g[1]) == root: total += int(g[11]) + int(g[12])
        except Exception: pass
print(total)
EOF
}
HZ=$(getconf CLK_TCK)

# --- one tomcat10 (Debian package), AJP connector with a secret ---
for f in catalina.properties context.xml web.xml logging.properties; do cp "$CATALINA_HOME/etc/$f" tomcat/conf/; done
cp -r /work/shared/real-cluster/webapp/test tomcat/webapps/test 2>/dev/null || cp -r "$REPO/../shared/real-cluster/webapp/test" tomcat/webapps/test
cat > tomcat/conf/server.xml <<EOF
<Server port="$SHUT" address="127.0.0.1" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector address="127.0.0.1" port="$HTTP" protocol="HTTP/1.1"/>
    <Connector address="127.0.0.1" port="$AJP" protocol="AJP/1.3" secret="$SECRET" secretRequired="true"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat1">
      <Host name="localhost" appBase="webapps" unpackWARs="false" autoDeploy="false"/>
    </Engine>
  </Service>
</Server>
EOF
CATALINA_HOME=$CATALINA_HOME CATALINA_BASE=$BENCH_DIR/tomcat CATALINA_TMPDIR=$BENCH_DIR/tomcat/temp \
  JAVA_OPTS="-Djava.awt.headless=true" "$CATALINA_HOME/bin/catalina.sh" run >tomcat/logs/out.log 2>&1 &
PIDS+=($!)
TOMCAT_PID=$!

# --- the same balancer config for both front ends ---
members="LoadModule proxy_ajp_module /usr/lib/apache2/modules/mod_proxy_ajp.so
<Proxy \"balancer://cluster\">
  BalancerMember ajp://127.0.0.1:$AJP route=tomcat1 secret=$SECRET
</Proxy>
ProxyPass /test balancer://cluster/test"
preamble() { # dir port
  cat <<EOF
ServerRoot "$1"
ServerName 127.0.0.1
PidFile "$1/httpd.pid"
DefaultRuntimeDir "$1/run"
Mutex file:$1/run default
ErrorLog "$1/error.log"
LogLevel warn
User www-data
Group www-data
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
LoadModule slotmem_shm_module /usr/lib/apache2/modules/mod_slotmem_shm.so
LoadModule proxy_balancer_module /usr/lib/apache2/modules/mod_proxy_balancer.so
LoadModule lbmethod_byrequests_module /usr/lib/apache2/modules/mod_lbmethod_byrequests.so
Listen 127.0.0.1:$2
EOF
}
{ preamble "$BENCH_DIR/httpd" $P_HTTPD; echo "$members"; } > httpd/httpd.conf
{ preamble "$BENCH_DIR/tc" $P_TC; echo "$members"; } > tc/httpd.conf
chmod -R 777 httpd

echo "publishing tomcatcompat (Release)"
dotnet publish "$REPO/src/TomcatCompat.Cli" -c Release -o "$BENCH_DIR/cli" -v q -nologo >/dev/null
dotnet "$BENCH_DIR/cli/tomcatcompat.dll" run tc/httpd.conf --only balancer >tc/out.log 2>&1 &
PIDS+=($!)
TC_PID=$!
# apache2 in its normal event MPM (parent + children; CPU is summed over the tree), not -X.
apache2 -f "$BENCH_DIR/httpd/httpd.conf" -d "$BENCH_DIR/httpd" -k start
for _ in $(seq 1 50); do [ -s httpd/httpd.pid ] && break; sleep 0.1; done
HTTPD_PID=$(cat httpd/httpd.pid)
PIDS+=("$HTTPD_PID")

wait_ok "http://127.0.0.1:$HTTP/test/static.txt"
wait_ok "http://127.0.0.1:$P_TC/test/static.txt"
wait_ok "http://127.0.0.1:$P_HTTPD/test/static.txt"
echo "tomcat10 pid=$TOMCAT_PID  tomcatcompat pid=$TC_PID  apache2 pid=$HTTPD_PID  wrk -t2 -c$CONC -d${DUR}s, $REPS reps"
for port in $P_TC $P_HTTPD; do wrk -t2 -c"$CONC" -d5s "http://127.0.0.1:$port/test/static.txt" >/dev/null; done  # warm-up (tiered JIT, pools)

run() { # name port pid rep
  local t0 t1 out rps reqs non2xx
  t0=$(ticks "$3")
  out=$(wrk -t2 -c"$CONC" -d"${DUR}s" --latency "http://127.0.0.1:$2/test/static.txt")
  t1=$(ticks "$3")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  reqs=$(awk '/requests in/ {print $1}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  python3 -c "import sys; n,rep,rps,reqs,dt,hz,bad,p99=sys.argv[1:]; print(f'{n:<13} rep {rep}  {float(rps):8.0f} req/s  {(int(dt)/int(hz))*1e6/int(reqs):6.1f} CPU us/req  p99 {p99:>8}  non-2xx {bad or 0}')" \
    "$1" "$4" "$rps" "$reqs" $((t1 - t0)) "$HZ" "$non2xx" "$(awk '$1=="99%" {print $2}' <<<"$out")"
  echo "$1 $rps $(( t1 - t0 )) $reqs" >> results.txt
}
: > results.txt
for rep in $(seq 1 "$REPS"); do
  run tomcatcompat $P_TC "$TC_PID" "$rep"
  run apache2 $P_HTTPD "$HTTPD_PID" "$rep"
done
python3 - "$HZ" <<'EOF'
import sys
hz = int(sys.argv[1]); agg = {}
for line in open('results.txt'):
    n, rps, dt, reqs = line.split(); a = agg.setdefault(n, [0.0, 0, 0, 0])
    a[0] += float(rps); a[1] += int(dt); a[2] += int(reqs); a[3] += 1
m = {n: (a[0] / a[3], a[1] / hz * 1e6 / a[2]) for n, a in agg.items()}
for n, (rps, cpu) in m.items(): print(f'mean {n:<13} {rps:8.0f} req/s  {cpu:6.1f} CPU us/req')
t, h = m['tomcatcompat'], m['apache2']
print(f'ratio tomcatcompat/apache2: req/s {t[0] / h[0]:.2f}x, CPU per request {t[1] / h[1]:.2f}x')
EOF
