#!/usr/bin/env bash
# Session-store scaling benchmark: N = 2, 4, 6, 8 TomcatCompat nodes (one process each, `run --only node`)
# behind TomcatCompat's balancer (`run --only balancer`), all on 127.0.0.1, sessions in
#   delta:  DeltaManager, static membership (all-to-all replication over Tribes),
#   backup: BackupManager in the same static-membership <Cluster> (one backup copy per session),
#   redis:  Redisson's RedissonSessionManager in conf/context.xml against one redis-server.
# Load: bounded wrk runs; every request increments the session counter (one session write). Each wrk
# thread keeps one session (cookie); the sessions are spread evenly over the nodes (see session.lua).
# Reported per case: writes/s through the balancer, bytes on the wire per write for the session path
# (delta/backup: bytes received by the Tribes receivers, from `ss`; redis: redis-server net in+out
# bytes and commands, from INFO), CPU ms per write of each node process, of the balancer and of
# redis-server (/proc/PID/stat utime+stime), their total, the CPU the rest of the machine used during
# the run (/proc/stat busy time minus these processes and wrk, in cores: other builds and tests on a
# shared machine) and the 1-minute load average at the end (it counts wrk's and the servers' own
# runnable threads too, so it rises with N by itself).
# On a 2-core machine the total is the fair figure: writes/s ≈ 2 cores / total CPU per write.
# BUILD=aot (default) runs the native executable (`dotnet publish -p:PublishAot=true`, as shipped):
# with BUILD=jit every one of the N+1 processes JIT-compiles and tiers up the same code during the
# measurement, a cost that grows with N and is not the store design's.
# REPS=2 repeats the whole sweep; N runs in the order of NS each time (2,4,6,8,2,4,6,8), so a drift
# of the machine's load hits every N.
# Every process started here is stopped by its PID. Ports 23500-23699, 23131 (this area's range).
# Usage: bench/store-bench.sh   (env: DUR=10 WARM=3 NS="2 4 6 8" MODES="delta backup redis" REPS=1
#        BUILD=aot|jit THREADS=24 CONNS=48 BENCH_DIR=/tmp/tc-store-bench SKIP_BUILD=1 reuses the last build)
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/tc-store-bench}"
DUR="${DUR:-10}"
WARM="${WARM:-3}"
NS="${NS:-2 4 6 8}"
MODES="${MODES:-delta backup redis}"
REPS="${REPS:-1}"
BUILD="${BUILD:-aot}"
THREADS="${THREADS:-24}"
CONNS="${CONNS:-48}"
BAL=23500 HTTP0=23510 RCV0=23600 REDIS=23131
PIDS=()
HZ=$(getconf CLK_TCK)

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 2; }
command -v redis-server >/dev/null || { echo "redis-server is required (apt-get install redis-server)"; exit 2; }
[ "$WARM" -ge 3 ] || { echo "WARM must be >= 3 s (steady state before measuring)"; exit 2; }

stop_all() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
  done
  PIDS=()
}
trap stop_all EXIT

wait_port() { for _ in $(seq 1 900); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; echo "port $1 never opened"; return 1; }
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
busy_ticks() { awk '/^cpu / {print $2+$3+$4+$7+$8+$9; exit}' /proc/stat; }  # the whole machine, all cores
per_write() { awk -v d="$1" -v r="$2" -v hz="$HZ" 'BEGIN {printf "%.3f", d*1000/hz/r}'; }  # ticks, writes -> ms/write

mkdir -p "$BENCH_DIR"
case "$BUILD" in
  aot)
    [ -n "${SKIP_BUILD:-}" ] || { echo "publishing the native executable (Release, AOT)…" >&2
      dotnet publish "$REPO/src/TomcatCompat.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$BENCH_DIR/aot" -v q -nologo >/dev/null; }
    TC=("$BENCH_DIR/aot/tomcatcompat") ;;
  jit)
    [ -n "${SKIP_BUILD:-}" ] || { echo "building TomcatCompat (Release, JIT)…" >&2
      dotnet build "$REPO/src/TomcatCompat.Cli" -c Release -o "$BENCH_DIR/bin" -v q -nologo >/dev/null; }
    TC=(dotnet "$BENCH_DIR/bin/tomcatcompat.dll") ;;
  *) echo "BUILD must be aot or jit"; exit 2 ;;
esac

# Each wrk thread starts with a cookie that routes it (sticky route) to node (thread id mod N) + 1; that
# node does not know the id, so it creates a session and the thread keeps its JSESSIONID from then on.
# Every node gets the same number of sessions (THREADS is a multiple of 2, 4, 6 and 8 by default);
# leaving the first request to byrequests put every thread on the same half of the nodes, because each
# thread's two connections ask in lockstep and the later answer's cookie wins.
cat > "$BENCH_DIR/session.lua" <<'EOF'
local next_id = 0
function setup(thread) thread:set("id", next_id); next_id = next_id + 1 end
function init(args) cookie = "JSESSIONID=unknown.tomcat" .. ((id % tonumber(args[1])) + 1) end
request = function() return wrk.format("GET", "/test/index.jsp?format=text", { ["Cookie"] = cookie }) end
response = function(status, headers, body)
  local set = headers["Set-Cookie"]
  if set then cookie = set:match("^([^;]+)") end
end
EOF

write_tree() { # mode n dir
  local mode=$1 n=$2 dir=$3 k members="" statics=""
  rm -rf "$dir"; mkdir -p "$dir/httpd"
  for k in $(seq 1 "$n"); do
    members+="    BalancerMember \"http://127.0.0.1:$((HTTP0 + k))\" route=tomcat$k"$'\n'
    statics+="            <Member className=\"org.apache.catalina.tribes.membership.StaticMember\" host=\"127.0.0.1\" port=\"$((RCV0 + k))\" uniqueId=\"{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,$k}\"/>"$'\n'
  done
  cat > "$dir/httpd/httpd.conf" <<EOF
ServerName 127.0.0.1
Listen 127.0.0.1:$BAL
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so
LoadModule proxy_balancer_module /usr/lib/apache2/modules/mod_proxy_balancer.so
LoadModule slotmem_shm_module /usr/lib/apache2/modules/mod_slotmem_shm.so
LoadModule lbmethod_byrequests_module /usr/lib/apache2/modules/mod_lbmethod_byrequests.so
<Proxy "balancer://c">
$members    ProxySet stickysession=JSESSIONID|jsessionid lbmethod=byrequests
</Proxy>
ProxyPass "/test" "balancer://c/test"
EOF
  for k in $(seq 1 "$n"); do
    local conf="$dir/tomcat$k/conf" cluster=""
    mkdir -p "$conf" "$dir/tomcat$k/webapps/test/WEB-INF"
    echo '<web-app><distributable/></web-app>' > "$dir/tomcat$k/webapps/test/WEB-INF/web.xml"
    if [ "$mode" != redis ]; then
      # Both in-process stores send asynchronously (8 = async), so the comparison is of the designs,
      # not of ack waits; BackupManager reads mapSendOptions (its default 6 waits for the ack).
      local manager='<Manager className="org.apache.catalina.ha.session.DeltaManager"/>'
      [ "$mode" = backup ] && manager='<Manager className="org.apache.catalina.ha.session.BackupManager" mapSendOptions="8"/>'
      cluster="<Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\" channelSendOptions=\"8\">
        $manager
        <Channel className=\"org.apache.catalina.tribes.group.GroupChannel\">
          <Membership className=\"org.apache.catalina.tribes.membership.StaticMembershipService\">
$statics          </Membership>
          <Receiver className=\"org.apache.catalina.tribes.transport.nio.NioReceiver\" address=\"127.0.0.1\" port=\"$((RCV0 + k))\" autoBind=\"0\"/>
          <Interceptor className=\"org.apache.catalina.tribes.group.interceptors.TcpFailureDetector\"/>
          <Interceptor className=\"org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor\"/>
        </Channel>
        <Valve className=\"org.apache.catalina.ha.tcp.ReplicationValve\" filter=\"\"/>
        <ClusterListener className=\"org.apache.catalina.ha.session.ClusterSessionListener\"/>
      </Cluster>"
    else
      echo '<Context><Manager className="org.redisson.tomcat.RedissonSessionManager" configPath="${catalina.base}/conf/redisson.yaml"/></Context>' > "$conf/context.xml"
      printf 'singleServerConfig:\n  address: "redis://127.0.0.1:%s"\n' "$REDIS" > "$conf/redisson.yaml"
    fi
    cat > "$conf/server.xml" <<EOF
<Server port="-1" shutdown="SHUTDOWN"><Service name="Catalina">
  <Connector address="127.0.0.1" port="$((HTTP0 + k))" protocol="HTTP/1.1"/>
  <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat$k">
      $cluster
    <Host name="localhost" appBase="webapps"/>
  </Engine>
</Service></Server>
EOF
  done
}

wire_bytes() { # mode: bytes of the session path so far
  if [ "$1" != redis ]; then
    ss -tinH state established "( sport >= :$((RCV0 + 1)) and sport <= :$((RCV0 + 99)) )" 2>/dev/null |
      grep -o 'bytes_received:[0-9]*' | awk -F: '{s+=$2} END {print s+0}'
  else
    redis-cli -p "$REDIS" info stats | tr -d '\r' | awk -F: '/^total_net_input_bytes|^total_net_output_bytes/ {s+=$2} END {print s+0}'
  fi
}
# Round trips a node makes to Redis (commands run inside the write script are not counted).
redis_commands() { redis-cli -p "$REDIS" info commandstats | tr -d '\r' | awk -F'[:=,]' '/^cmdstat_(hgetall|evalsha|eval|del):/ {s+=$3} END {print s+0}'; }

run_case() { # mode n
  local mode=$1 n=$2 dir="$BENCH_DIR/$1-$2" k p d redis="" bal
  local -a nodes=()
  write_tree "$mode" "$n" "$dir"
  if [ "$mode" = redis ]; then
    redis-server --port "$REDIS" --bind 127.0.0.1 --save "" --appendonly no >"$BENCH_DIR/redis.log" 2>&1 & PIDS+=($!); redis=$!
    wait_port "$REDIS"
  fi
  # One node at a time: a DeltaManager node asks the members that are up for their sessions first.
  for k in $(seq 1 "$n"); do
    "${TC[@]}" run "$dir" --only node "tomcat$k" >"$BENCH_DIR/$mode-$n-node$k.log" 2>&1 & PIDS+=($!); nodes+=($!)
    wait_port $((HTTP0 + k))
  done
  "${TC[@]}" run "$dir" --only balancer >"$BENCH_DIR/$mode-$n-balancer.log" 2>&1 & PIDS+=($!); bal=$!
  wait_port "$BAL"
  sleep 2  # membership settles (delta, backup) before load
  wrk -t"$THREADS" -c"$CONNS" -d"${WARM}s" -s "$BENCH_DIR/session.lua" "http://127.0.0.1:$BAL/test/" -- "$n" >/dev/null  # warm-up to steady state
  local b0 c0 b1 c1 out reqs rps each="" sum=0 balms redisms summs totalms bpw mpw
  b0=$(wire_bytes "$mode"); c0=$([ "$mode" = redis ] && redis_commands || echo 0)
  local -A t0=(); for p in "${nodes[@]}" "$bal" $redis; do t0[$p]=$(cpu_ticks "$p"); done
  local m0 m1 wrkticks others
  m0=$(busy_ticks)
  out=$(/usr/bin/time -f "%U %S" -o "$BENCH_DIR/wrk.cpu" wrk -t"$THREADS" -c"$CONNS" -d"${DUR}s" -s "$BENCH_DIR/session.lua" "http://127.0.0.1:$BAL/test/" -- "$n")
  m1=$(busy_ticks)
  local -A t1=(); for p in "${nodes[@]}" "$bal" $redis; do t1[$p]=$(cpu_ticks "$p"); done
  wrkticks=$(awk -v hz="$HZ" '{printf "%d", ($1 + $2) * hz}' "$BENCH_DIR/wrk.cpu")
  b1=$(wire_bytes "$mode"); c1=$([ "$mode" = redis ] && redis_commands || echo 0)
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  for p in "${nodes[@]}"; do
    d=$(( t1[$p] - t0[$p] )); sum=$((sum + d))
    each+="$(per_write "$d" "$reqs") "
  done
  d=$(( t1[$bal] - t0[$bal] )); balms=$(per_write "$d" "$reqs"); sum=$((sum + d))
  if [ -n "$redis" ]; then d=$(( t1[$redis] - t0[$redis] )); redisms=$(per_write "$d" "$reqs"); sum=$((sum + d)); else redisms="–"; fi
  totalms=$(per_write "$sum" "$reqs")
  # CPU the rest of the machine used meanwhile (other builds/tests), in cores: the interference figure.
  others=$(awk -v m="$((m1 - m0 - sum - wrkticks))" -v hz="$HZ" -v d="$DUR" 'BEGIN {v = m / hz / d; printf "%.2f", v < 0 ? 0 : v}')
  summs=$(awk -v t="$totalms" -v b="$balms" -v r="${redisms/–/0}" 'BEGIN {printf "%.3f", t-b-r}')
  bpw=$(awk -v b="$((b1 - b0))" -v r="$reqs" 'BEGIN {printf "%.0f", b/r}')
  case "$mode" in
    redis) mpw=$(awk -v c="$((c1 - c0))" -v r="$reqs" 'BEGIN {printf "%.2f round trips", c/r}') ;;
    backup) mpw="1 (by design)" ;;
    *) mpw="$((n - 1)) (by design)" ;;
  esac
  printf '| %s | %d | %s | %s | %s | %s | %s | %s| %s | %s | %s | %s | %s |\n' "$mode" "$n" "$BUILD" "$rps" "$bpw" "$mpw" \
    "$balms" "$each" "$summs" "$redisms" "$totalms" "$others" "$(cut -d' ' -f1 /proc/loadavg)"
  stop_all
  sleep 1
}

printf '| store | N | build | writes/s | bytes/write | msgs/write | balancer CPU ms/write | node CPU ms/write (each) | nodes CPU ms/write (sum) | redis-server CPU ms/write | total CPU ms/write | other CPU (cores) | load avg (1 min) |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for rep in $(seq 1 "$REPS"); do
  for n in $NS; do
    for mode in $MODES; do run_case "$mode" "$n"; done
  done
done
