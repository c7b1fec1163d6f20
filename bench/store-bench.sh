#!/usr/bin/env bash
# Session-store scaling benchmark: N = 2, 4, 6, 8 TomcatCompat nodes (one process each, `run --only node`)
# behind TomcatCompat's balancer (`run --only balancer`), all on 127.0.0.1, sessions in
#   delta: DeltaManager, static membership (all-to-all replication over Tribes),
#   redis: Redisson's RedissonSessionManager in conf/context.xml against one redis-server.
# Load: bounded wrk runs; every request increments the session counter (one session write). Each wrk
# thread keeps one session (cookie), new sessions spread by lbmethod=byrequests.
# Reported per case: writes/s through the balancer, bytes on the wire per write for the session path
# (delta: bytes received by the Tribes receivers, from `ss`; redis: redis-server net in+out bytes and
# commands, from INFO), and CPU ms per write of each node process and of the balancer (/proc/PID/stat).
# BackupManager: the cluster2 branch's BackupManager had not landed on main when this was written
# (main runs it as DeltaManager, TC4302), so it is not a separate case yet.
# Every process started here is stopped by its PID. Ports 23500-23699, 23131 (this area's range).
# Usage: bench/store-bench.sh   (env: DUR=5 NS="2 4 6 8" MODES="delta redis" THREADS=16 CONNS=32 BENCH_DIR=/tmp/tc-store-bench)
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/tc-store-bench}"
DUR="${DUR:-5}"
NS="${NS:-2 4 6 8}"
MODES="${MODES:-delta redis}"
THREADS="${THREADS:-16}"
CONNS="${CONNS:-32}"
BAL=23500 HTTP0=23510 RCV0=23600 REDIS=23131
PIDS=()
HZ=$(getconf CLK_TCK)

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 2; }
command -v redis-server >/dev/null || { echo "redis-server is required (apt-get install redis-server)"; exit 2; }

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

mkdir -p "$BENCH_DIR"
echo "building TomcatCompat (Release)…" >&2
dotnet build "$REPO/src/TomcatCompat.Cli" -c Release -o "$BENCH_DIR/bin" -v q -nologo >/dev/null
TC="$BENCH_DIR/bin/tomcatcompat.dll"

cat > "$BENCH_DIR/session.lua" <<'EOF'
-- One session per wrk thread: keep the JSESSIONID the first response sets.
local cookie = nil
request = function()
  if cookie then return wrk.format("GET", "/test/index.jsp?format=text", { ["Cookie"] = cookie }) end
  return wrk.format("GET", "/test/index.jsp?format=text")
end
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
    if [ "$mode" = delta ]; then
      cluster="<Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\" channelSendOptions=\"8\">
        <Manager className=\"org.apache.catalina.ha.session.DeltaManager\"/>
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
  if [ "$1" = delta ]; then
    ss -tinH state established "( sport >= :$((RCV0 + 1)) and sport <= :$((RCV0 + 99)) )" 2>/dev/null |
      grep -o 'bytes_received:[0-9]*' | awk -F: '{s+=$2} END {print s+0}'
  else
    redis-cli -p "$REDIS" info stats | tr -d '\r' | awk -F: '/^total_net_input_bytes|^total_net_output_bytes/ {s+=$2} END {print s+0}'
  fi
}
# Round trips a node makes to Redis (commands run inside the write script are not counted).
redis_commands() { redis-cli -p "$REDIS" info commandstats | tr -d '\r' | awk -F'[:=,]' '/^cmdstat_(hgetall|evalsha|eval|del):/ {s+=$3} END {print s+0}'; }

printf '| store | N | writes/s | bytes/write | msgs/write | balancer CPU ms/write | node CPU ms/write (each) | nodes CPU ms/write (sum) |\n|---|---|---|---|---|---|---|---|\n'
for mode in $MODES; do
  for n in $NS; do
    dir="$BENCH_DIR/$mode-$n"
    write_tree "$mode" "$n" "$dir"
    if [ "$mode" = redis ]; then
      redis-server --port "$REDIS" --bind 127.0.0.1 --save "" --appendonly no >"$BENCH_DIR/redis.log" 2>&1 & PIDS+=($!)
      wait_port "$REDIS"
    fi
    nodes=()
    # One node at a time: a DeltaManager node asks the members that are up for their sessions first.
    for k in $(seq 1 "$n"); do
      dotnet "$TC" run "$dir" --only node "tomcat$k" >"$BENCH_DIR/$mode-$n-node$k.log" 2>&1 & PIDS+=($!); nodes+=($!)
      wait_port $((HTTP0 + k))
    done
    dotnet "$TC" run "$dir" --only balancer >"$BENCH_DIR/$mode-$n-balancer.log" 2>&1 & PIDS+=($!); bal=$!
    wait_port "$BAL"
    sleep 2  # membership settles (delta) before load
    wrk -t2 -c"$CONNS" -d1s -s "$BENCH_DIR/session.lua" "http://127.0.0.1:$BAL/test/" >/dev/null  # warm-up
    b0=$(wire_bytes "$mode"); c0=$([ "$mode" = redis ] && redis_commands || echo 0)
    declare -A t0=(); for p in "${nodes[@]}" "$bal"; do t0[$p]=$(cpu_ticks "$p"); done
    out=$(wrk -t"$THREADS" -c"$CONNS" -d"${DUR}s" -s "$BENCH_DIR/session.lua" "http://127.0.0.1:$BAL/test/")
    b1=$(wire_bytes "$mode"); c1=$([ "$mode" = redis ] && redis_commands || echo 0)
    reqs=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    each=""; sum=0
    for p in "${nodes[@]}"; do
      d=$(( $(cpu_ticks "$p") - ${t0[$p]} )); sum=$((sum + d))
      each+="$(awk -v d="$d" -v r="$reqs" -v hz="$HZ" 'BEGIN {printf "%.3f", d*1000/hz/r}') "
    done
    balms=$(awk -v d="$(( $(cpu_ticks "$bal") - ${t0[$bal]} ))" -v r="$reqs" -v hz="$HZ" 'BEGIN {printf "%.3f", d*1000/hz/r}')
    summs=$(awk -v d="$sum" -v r="$reqs" -v hz="$HZ" 'BEGIN {printf "%.3f", d*1000/hz/r}')
    bpw=$(awk -v b="$((b1 - b0))" -v r="$reqs" 'BEGIN {printf "%.0f", b/r}')
    if [ "$mode" = redis ]; then mpw=$(awk -v c="$((c1 - c0))" -v r="$reqs" 'BEGIN {printf "%.2f round trips", c/r}'); else mpw="$((n - 1)) (by design)"; fi
    printf '| %s | %d | %s | %s | %s | %s | %s| %s |\n' "$mode" "$n" "$rps" "$bpw" "$mpw" "$balms" "$each" "$summs"
    stop_all
    sleep 1
  done
done
