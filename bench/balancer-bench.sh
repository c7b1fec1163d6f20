#!/usr/bin/env bash
# Balancer benchmark: Debian apache2 (default-like and tuned) vs TomcatCompat's BalancerHost (Release)
# vs direct, all on 127.0.0.1, same machine, same minimal Kestrel backends. Method and anchor figures:
# shared/notes/proxy-bench.md. Every load run is a bounded wrk run; every process started here is stopped
# by its PID on exit. Usage: bench/balancer-bench.sh  (env: DUR=10 REPS=2 CONCS="32 128" BENCH_DIR=/tmp/tc-balancer-bench)
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/tc-balancer-bench}"
DUR="${DUR:-10}"
REPS="${REPS:-2}"
CONCS="${CONCS:-32 128}"
SCENARIOS="${SCENARIOS:-plain sticky dead}"
B1=26201 B2=26202 B3=26203 DEAD=26209
P_DEFAULT=26280 P_TUNED=26282 P_TC=26281 P_TCLOG=26283
PIDS=()

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null; }
command -v apache2 >/dev/null || { echo "apache2 is required (apt-get install apache2)"; exit 2; }
mkdir -p "$BENCH_DIR"/{backend,tchost,logs}
cd "$BENCH_DIR"

cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  done
}
trap cleanup EXIT

wait_port() { for _ in $(seq 1 150); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.2; done; echo "port $1 never opened"; return 1; }

# --- backend: the minimal static Kestrel app of proxy-bench.md (200, "ok", Content-Length 2) ---
cat > backend/backend.csproj <<'EOF'
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
EOF
cat > backend/Program.cs <<'EOF'
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var ok = "ok"u8.ToArray();
app.Run(c =>
{
    c.Response.ContentType = "text/plain";
    c.Response.ContentLength = ok.Length;
    return c.Response.Body.WriteAsync(ok).AsTask();
});
app.Run();
EOF

# --- TomcatCompat host: reads a real httpd config with our front end and runs BalancerHost ---
cat > tchost/tchost.csproj <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ServerGarbageCollection>false</ServerGarbageCollection>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO/src/TomcatCompat.Balancer/TomcatCompat.Balancer.csproj" />
  </ItemGroup>
</Project>
EOF
cat > tchost/Program.cs <<'EOF'
using TomcatCompat.Balancer;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

var conf = Path.GetFullPath(args[0]);
var bag = new DiagnosticBag();
var reader = new SourceReader(PhysicalFileSystem.Instance, Path.GetDirectoryName(conf)!);
var config = HttpdConfigReader.Read(reader, conf, new HttpdOptions(), bag);
var proxy = HttpdBinder.Bind(config, bag);
var topology = new Topology { Listens = proxy.Listens, VirtualHosts = proxy.VirtualHosts, Balancers = proxy.Balancers, Mounts = proxy.Mounts };
await using var host = await BalancerHost.StartAsync(topology, new BalancerHostOptions(), CancellationToken.None);
foreach (var d in bag.ToImmutable().Concat(host.Diagnostics))
{
    Console.Error.WriteLine($"{d.Code} {d.Span.File}:{d.Span.Line} {d.Message}");
}

Console.Error.WriteLine("listening on " + string.Join(' ', host.Urls));
var stop = new TaskCompletionSource();
using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
await stop.Task;
EOF

echo "building backend and TomcatCompat host (Release)"
dotnet publish backend -c Release -o out/backend -v q -nologo >/dev/null
dotnet publish tchost -c Release -o out/tchost -v q -nologo >/dev/null

# --- httpd configs (from proxy-bench.md), generated per scenario ---
members() { # scenario -> BalancerMember lines + ProxySet
  local extra="$1"
  case "$2" in
    plain)  printf '    BalancerMember http://127.0.0.1:%s %s\n    BalancerMember http://127.0.0.1:%s %s\n    ProxySet lbmethod=byrequests\n' $B1 "$extra" $B2 "$extra" ;;
    sticky) printf '    BalancerMember http://127.0.0.1:%s route=b1 %s\n    BalancerMember http://127.0.0.1:%s route=b2 %s\n    ProxySet lbmethod=byrequests stickysession=JSESSIONID|jsessionid\n' $B1 "$extra" $B2 "$extra" ;;
    dead)   printf '    BalancerMember http://127.0.0.1:%s %s\n    BalancerMember http://127.0.0.1:%s %s\n    BalancerMember http://127.0.0.1:%s %s\n    ProxySet lbmethod=byrequests\n' $B1 "$extra" $B2 "$extra" $DEAD "$extra" ;;
  esac
}

write_default() { # dir port scenario
  local d="$1"; mkdir -p "$d/run"; chown -R www-data:www-data "$d/run"
  cat > "$d/apache2.conf" <<EOF
ServerRoot /etc/apache2
ServerName 127.0.0.1
DefaultRuntimeDir $d/run
PidFile $d/apache2.pid
Mutex file:$d/run default
Timeout 300
KeepAlive On
MaxKeepAliveRequests 100
KeepAliveTimeout 5
User www-data
Group www-data
HostnameLookups Off
ErrorLog $d/error.log
LogLevel warn
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule access_compat_module /usr/lib/apache2/modules/mod_access_compat.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule auth_basic_module /usr/lib/apache2/modules/mod_auth_basic.so
LoadModule authn_core_module /usr/lib/apache2/modules/mod_authn_core.so
LoadModule authn_file_module /usr/lib/apache2/modules/mod_authn_file.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule authz_host_module /usr/lib/apache2/modules/mod_authz_host.so
LoadModule authz_user_module /usr/lib/apache2/modules/mod_authz_user.so
LoadModule autoindex_module /usr/lib/apache2/modules/mod_autoindex.so
LoadModule deflate_module /usr/lib/apache2/modules/mod_deflate.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule filter_module /usr/lib/apache2/modules/mod_filter.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule negotiation_module /usr/lib/apache2/modules/mod_negotiation.so
LoadModule reqtimeout_module /usr/lib/apache2/modules/mod_reqtimeout.so
LoadModule setenvif_module /usr/lib/apache2/modules/mod_setenvif.so
LoadModule status_module /usr/lib/apache2/modules/mod_status.so
LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so
LoadModule slotmem_shm_module /usr/lib/apache2/modules/mod_slotmem_shm.so
LoadModule proxy_balancer_module /usr/lib/apache2/modules/mod_proxy_balancer.so
LoadModule lbmethod_byrequests_module /usr/lib/apache2/modules/mod_lbmethod_byrequests.so
Include /etc/apache2/mods-available/alias.conf
Include /etc/apache2/mods-available/autoindex.conf
Include /etc/apache2/mods-available/deflate.conf
Include /etc/apache2/mods-available/dir.conf
Include /etc/apache2/mods-available/mime.conf
Include /etc/apache2/mods-available/negotiation.conf
Include /etc/apache2/mods-available/reqtimeout.conf
Include /etc/apache2/mods-available/setenvif.conf
Include /etc/apache2/mods-available/status.conf
<IfModule mpm_event_module>
    StartServers            2
    MinSpareThreads         25
    MaxSpareThreads         75
    ThreadLimit             64
    ThreadsPerChild         25
    MaxRequestWorkers       150
    MaxConnectionsPerChild  0
</IfModule>
Listen 127.0.0.1:$2
<Directory />
    Options FollowSymLinks
    AllowOverride None
    Require all denied
</Directory>
LogFormat "%h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\"" combined
CustomLog $d/access.log combined
ProxyRequests Off
<Proxy balancer://b>
$(members "" "$3")
</Proxy>
ProxyPass / balancer://b/
ProxyPassReverse / balancer://b/
EOF
}

write_tuned() { # dir port scenario
  local d="$1"; mkdir -p "$d/run"; chown -R www-data:www-data "$d/run"
  cat > "$d/apache2.conf" <<EOF
ServerRoot /etc/apache2
ServerName 127.0.0.1
DefaultRuntimeDir $d/run
PidFile $d/apache2.pid
Mutex file:$d/run default
Timeout 60
KeepAlive On
MaxKeepAliveRequests 0
KeepAliveTimeout 65
User www-data
Group www-data
HostnameLookups Off
ErrorLog $d/error.log
LogLevel warn
ServerTokens Prod
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so
LoadModule slotmem_shm_module /usr/lib/apache2/modules/mod_slotmem_shm.so
LoadModule proxy_balancer_module /usr/lib/apache2/modules/mod_proxy_balancer.so
LoadModule lbmethod_byrequests_module /usr/lib/apache2/modules/mod_lbmethod_byrequests.so
<IfModule mpm_event_module>
    ServerLimit             4
    StartServers            2
    ThreadLimit             64
    ThreadsPerChild         64
    MinSpareThreads         64
    MaxSpareThreads         256
    MaxRequestWorkers       256
    MaxConnectionsPerChild  0
</IfModule>
Listen 127.0.0.1:$2
<Directory />
    AllowOverride None
    Require all denied
</Directory>
ProxyRequests Off
<Proxy balancer://b>
$(members "enablereuse=On keepalive=On ttl=120 max=64" "$3")
</Proxy>
ProxyPass / balancer://b/
EOF
}

# --- measurement helper (rps, p50/p99 from wrk; CPU from /proc/PID/stat; RSS from smaps_rollup) ---
cat > measure.py <<'EOF'
import os, re, sys, json, time, subprocess, threading
HZ = os.sysconf('SC_CLK_TCK')

def fields(pid):
    s = open(f'/proc/{pid}/stat').read()
    return s[s.rindex(')') + 2:].split()

def tree(root):
    pids = [root]
    for d in os.listdir('/proc'):
        if d.isdigit():
            try:
                if int(fields(int(d))[1]) == root: pids.append(int(d))
            except Exception: pass
    return pids

def ticks(root, group):
    f = fields(root)
    total = int(f[11]) + int(f[12]) + (int(f[13]) + int(f[14]) if group else 0)
    if group:
        for p in tree(root)[1:]:
            try: g = fields(p); total += int(g[11]) + int(g[12])
            except Exception: pass
    return total

def rss_kb(root, group):
    kb = 0
    for p in (tree(root) if group else [root]):
        try:
            for line in open(f'/proc/{p}/smaps_rollup'):
                if line.startswith('Rss:'): kb += int(line.split()[1])
        except Exception: pass
    return kb

def ms(text):
    v, u = re.match(r'([\d.]+)(us|ms|s)', text).groups()
    return float(v) / 1000 if u == 'us' else float(v) * 1000 if u == 's' else float(v)

name, port, pid, group, conc, dur, scenario, rep = sys.argv[1:9]
pid, group, conc, dur = int(pid), group == '1', int(conc), int(dur)
cmd = ['wrk', '-t2', f'-c{conc}', f'-d{dur}s', '--latency']
if scenario == 'sticky': cmd += ['-H', 'Cookie: JSESSIONID=0123456789ABCDEF.b1']
cmd.append(f'http://127.0.0.1:{port}/x')
t0 = ticks(pid, group) if pid else 0
peak = [0]; stop = threading.Event()
def sample():
    stop.wait(min(3, dur / 2))
    while not stop.is_set():
        peak[0] = max(peak[0], rss_kb(pid, group)); stop.wait(2)
th = threading.Thread(target=sample)
if pid: th.start()
out = subprocess.run(cmd, capture_output=True, text=True, timeout=dur + 60).stdout
stop.set()
if pid: th.join()
t1 = ticks(pid, group) if pid else 0
reqs = int(re.search(r'(\d+) requests in', out).group(1))
non2xx = re.search(r'Non-2xx or 3xx responses: (\d+)', out)
rec = dict(scenario=scenario, target=name, conc=conc, rep=int(rep), requests=reqs,
           rps=float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1)),
           p50_ms=ms(re.search(r'\s50%\s+(\S+)', out).group(1)), p99_ms=ms(re.search(r'\s99%\s+(\S+)', out).group(1)),
           cpu_us_per_req=((t1 - t0) / HZ / reqs * 1e6) if pid else None, rss_mb=peak[0] / 1024 if pid else None,
           non2xx=int(non2xx.group(1)) if non2xx else 0)
print(json.dumps(rec), flush=True)
EOF

cat > report.py <<'EOF'
import json, sys, statistics as st
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
cells = {}
for r in rows: cells.setdefault((r['scenario'], r['conc'], r['target']), []).append(r)
def mean(k, rs):
    v = [r[k] for r in rs if r[k] is not None]
    return st.mean(v) if v else None
print('| scenario | conc | target | rps | p50 ms | p99 ms | CPU µs/req | RSS MB | non-2xx |')
print('|---|---|---|---|---|---|---|---|---|')
for (s, c, t), rs in sorted(cells.items()):
    f = lambda k, p=1: '—' if mean(k, rs) is None else f'{mean(k, rs):.{p}f}'
    print(f'| {s} | {c} | {t} | {f("rps", 0)} | {f("p50_ms", 2)} | {f("p99_ms", 2)} | {f("cpu_us_per_req", 0)} | {f("rss_mb", 0)} | {sum(r["non2xx"] for r in rs)} |')
print()
print('| scenario | conc | ratio | rps | p99 | CPU/req |')
print('|---|---|---|---|---|---|')
for (s, c, t), rs in sorted(cells.items()):
    if not t.startswith('tc'): continue
    for base in ('apache-tuned', 'apache-default'):
        b = cells.get((s, c, base))
        if not b: continue
        cpu = '—' if mean('cpu_us_per_req', b) in (None, 0) else f"{mean('cpu_us_per_req', rs) / mean('cpu_us_per_req', b):.2f}"
        print(f"| {s} | {c} | {t} / {base} | {mean('rps', rs) / mean('rps', b):.2f} | {mean('p99_ms', rs) / mean('p99_ms', b):.2f} | {cpu} |")
EOF

start_backend() { # port
  DOTNET_gcServer=0 DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 dotnet out/backend/backend.dll --urls "http://127.0.0.1:$1" >"logs/backend-$1.log" 2>&1 &
  PIDS+=($!); wait_port "$1"
}
start_apache() { # dir -> echoes pid
  apache2 -f "$1/apache2.conf" -k start
  for _ in $(seq 1 50); do [ -s "$1/apache2.pid" ] && break; sleep 0.2; done
  cat "$1/apache2.pid"
}
start_tc() { # conf port log
  sed -i "s/^Listen 127.0.0.1:[0-9]*/Listen 127.0.0.1:$2/" "$1"
  DOTNET_gcServer=0 DOTNET_TieredPGO=1 dotnet out/tchost/tchost.dll "$1" >"$3" 2>&1 &
  local pid=$!; wait_port "$2" >&2; echo $pid
}

RESULTS="$BENCH_DIR/results.jsonl"; : > "$RESULTS"
echo "backends"
start_backend $B1; start_backend $B2; start_backend $B3
for w in $B1 $B2; do wrk -t2 -c32 -d3s "http://127.0.0.1:$w/x" >/dev/null; done

for scenario in $SCENARIOS; do
  echo "== scenario $scenario"
  write_default "$BENCH_DIR/apache-default-$scenario" $P_DEFAULT "$scenario"
  write_tuned "$BENCH_DIR/apache-tuned-$scenario" $P_TUNED "$scenario"
  cp "$BENCH_DIR/apache-tuned-$scenario/apache2.conf" "$BENCH_DIR/tc-$scenario.conf"
  cp "$BENCH_DIR/apache-default-$scenario/apache2.conf" "$BENCH_DIR/tclog-$scenario.conf"
  sed -i "s#^CustomLog .*#CustomLog $BENCH_DIR/tclog-$scenario-access.log combined#" "$BENCH_DIR/tclog-$scenario.conf"
  ADEF=$(start_apache "$BENCH_DIR/apache-default-$scenario"); PIDS+=($ADEF)
  ATUN=$(start_apache "$BENCH_DIR/apache-tuned-$scenario"); PIDS+=($ATUN)
  TC=$(start_tc "$BENCH_DIR/tc-$scenario.conf" $P_TC "logs/tc-$scenario.log")
  TCLOG=$(start_tc "$BENCH_DIR/tclog-$scenario.conf" $P_TCLOG "logs/tclog-$scenario.log")
  PIDS+=($TC $TCLOG)
  wait_port $P_DEFAULT; wait_port $P_TUNED
  TARGETS="apache-default:$P_DEFAULT:$ADEF:1 apache-tuned:$P_TUNED:$ATUN:1 tc:$P_TC:$TC:0 tc-log:$P_TCLOG:$TCLOG:0"
  [ "$scenario" = plain ] && TARGETS="direct:$B1:0:0 $TARGETS"
  for t in $TARGETS; do IFS=: read -r n p pid g <<<"$t"; python3 measure.py "$n" "$p" "$pid" "$g" 128 5 "$scenario" 0 >/dev/null; done
  for rep in $(seq 1 "$REPS"); do
    order="$TARGETS"; [ $((rep % 2)) -eq 0 ] && order="$(echo "$TARGETS" | tr ' ' '\n' | tac | tr '\n' ' ')"
    for conc in $CONCS; do
      for t in $order; do
        IFS=: read -r n p pid g <<<"$t"
        python3 measure.py "$n" "$p" "$pid" "$g" "$conc" "$DUR" "$scenario" "$rep" | tee -a "$RESULTS"
        sleep 1
      done
    done
  done
  for pid in $ADEF $ATUN $TC $TCLOG; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in $ADEF $ATUN $TC $TCLOG; do for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done; done
  rm -f "$BENCH_DIR"/apache-default-*/access.log "$BENCH_DIR"/tclog-*-access.log
done

echo
echo "command: $0 (DUR=$DUR REPS=$REPS CONCS=\"$CONCS\" SCENARIOS=\"$SCENARIOS\")"
nproc; grep -m1 'model name' /proc/cpuinfo || true
python3 report.py "$RESULTS"
