#!/usr/bin/env bash
# Node benchmark: TomcatCompat (`run --only node` x2 + `--only balancer`, the seed configs) side by side
# with the real stack (Debian apache2 + two tomcat10, DeltaManager, channelSendOptions=8 on both sides)
# on the same machine, alternating A/B. Loopback only; every process is started here and stopped by pid.
#   - time from start to the first 200 of /test/read.jsp, per node
#   - wrk -t2 -c$CONNS -d${DUR}s --latency: a session write (counter increment on one fixed session, so every
#     request replicates a delta) through the balancer and directly to node 1: req/s, p99
#   - CPU µs per request of every process (utime+stime from /proc/PID/stat, httpd with its children)
#   - RSS of each node / JVM after the load
# Usage: bench/node-bench.sh [RUNS]   (env: BUILD=aot|jit DUR=10 CONNS=32 WARM=5, SEND_OPTIONS=8: the seed's
# channelSendOptions on both sides; 6 = sync+use_ack). Ports 25700-25899.
set -euo pipefail
RUNS=${1:-2}; DUR=${DUR:-10}; CONNS=${CONNS:-32}; WARM=${WARM:-5}; SEND_OPTIONS=${SEND_OPTIONS:-8}
REPO=$(cd "$(dirname "$0")/.." && pwd)
W=$(mktemp -d /tmp/node-bench.XXXXXX)
HOME_TC=/usr/share/tomcat10
R=25700   # real: httpd R+80, tomcats R+81/R+82, shutdown R+5/R+6, receivers R+40/R+41
C=25800   # TomcatCompat: seed copy with ports moved (as tests' SeedTree): nodes 127.0.1.1/2:C+8, balancer 127.0.1.3:C+80
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  [ -f "$W/httpd/httpd.pid" ] && kill -TERM "$(cat "$W/httpd/httpd.pid")" 2>/dev/null || true
  sleep 3
  for p in "${PIDS[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  rm -rf "$W"
}
trap cleanup EXIT
for p in wrk curl apache2 java; do command -v $p >/dev/null || [ -x /usr/sbin/$p ] || { echo "needs $p"; exit 2; }; done
now_ms() { date +%s%3N; }
wait_200() { local end=$(( $(date +%s) + 180 )); while [ "$(date +%s)" -lt "$end" ]; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = 200 ] && return 0; sleep 0.02; done; echo "timeout $1"; return 1; }

# BUILD=aot (default): the native executable as shipped (no JIT in the nodes' start-up or RSS);
# BUILD=jit: the JIT-compiled Release build, for comparison.
BUILD=${BUILD:-aot}
echo "# building (Release, $BUILD)"
case "$BUILD" in
  aot) dotnet publish "$REPO/src/TomcatCompat.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$W/tc" -v q -nologo >/dev/null ;;
  jit) dotnet publish "$REPO/src/TomcatCompat.Cli" -c Release -o "$W/tc" -v q -nologo >/dev/null ;;
  *) echo "BUILD must be aot or jit"; exit 2 ;;
esac
TC="$W/tc/tomcatcompat"

# --- the real stack: the seed's Cluster on Tomcat 10.1, static membership, http:// members ---
for n in 1 2; do
  b="$W/tomcat$n"; mkdir -p "$b"/{conf,logs,temp,work,webapps/test/WEB-INF}
  cp "$HOME_TC"/etc/{catalina.properties,context.xml,web.xml} "$b/conf/"
  cat > "$b/conf/server.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<Server port="$((R+4+n))" address="127.0.0.1" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector address="127.0.0.1" port="$((R+80+n))" protocol="HTTP/1.1" connectionTimeout="20000"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat$n">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="$SEND_OPTIONS">
        <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.StaticMembershipService">
            <Member className="org.apache.catalina.tribes.membership.StaticMember" host="127.0.0.1" port="$((R+40))" uniqueId="{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1}"/>
            <Member className="org.apache.catalina.tribes.membership.StaticMember" host="127.0.0.1" port="$((R+41))" uniqueId="{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2}"/>
          </Membership>
          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="127.0.0.1" port="$((R+39+n))" autoBind="0" selectorTimeout="5000" maxThreads="6"/>
          <Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter"><Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/></Sender>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor"/>
        </Channel>
        <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
        <Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>
        <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
      </Cluster>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false"/>
    </Engine>
  </Service>
</Server>
EOF
  printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"><distributable/></web-app>' > "$b/webapps/test/WEB-INF/web.xml"
  cat > "$b/webapps/test/index.jsp" <<'EOF'
<%@ page contentType="text/plain; charset=UTF-8" session="true" %><%
    Integer counter = (Integer) session.getAttribute("counter");
    counter = counter == null ? Integer.valueOf(1) : Integer.valueOf(counter.intValue() + 1);
    session.setAttribute("counter", counter);
%>node=<%= System.getProperty("tomcat.node") %>
sessionId=<%= session.getId() %>
counter=<%= counter %>
EOF
  cat > "$b/webapps/test/read.jsp" <<'EOF'
<%@ page contentType="text/plain; charset=UTF-8" session="false" %>node=<%= System.getProperty("tomcat.node") %>
EOF
done
mkdir -p "$W/httpd/run" "$W/httpd/logs"
cat > "$W/httpd/httpd.conf" <<EOF
ServerRoot "$W/httpd"
ServerName 127.0.0.1
PidFile "$W/httpd/httpd.pid"
DefaultRuntimeDir "$W/httpd/run"
Mutex file:$W/httpd/run default
ErrorLog "$W/httpd/logs/error.log"
LogLevel warn
User www-data
Group www-data
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so
LoadModule slotmem_shm_module /usr/lib/apache2/modules/mod_slotmem_shm.so
LoadModule proxy_balancer_module /usr/lib/apache2/modules/mod_proxy_balancer.so
LoadModule lbmethod_byrequests_module /usr/lib/apache2/modules/mod_lbmethod_byrequests.so
Listen 127.0.0.1:$((R+80))
KeepAlive On
MaxKeepAliveRequests 100
KeepAliveTimeout 5
<Proxy "balancer://tccluster">
    BalancerMember "http://127.0.0.1:$((R+81))" route=tomcat1
    BalancerMember "http://127.0.0.1:$((R+82))" route=tomcat2
    ProxySet stickysession=JSESSIONID|jsessionid lbmethod=byrequests
</Proxy>
ProxyPass "/test" "balancer://tccluster/test"
ProxyPassReverse "/test" "balancer://tccluster/test"
EOF
chmod -R 777 "$W/httpd"

# --- TomcatCompat: conf-samples/seed with its Tomcat ports moved into this block (nothing else changed) ---
cp -r "$REPO/conf-samples/seed" "$W/seed"
find "$W/seed" -type f \( -name server.xml -o -name '*.conf' \) -exec sed -i \
  -e "s/port=\"8005\"/port=\"$((C+5))\"/g" -e "s/port=\"8080\"/port=\"$((C+8))\"/g" \
  -e "s/port=\"8009\"/port=\"$((C+9))\"/g" -e "s/port=\"4000\"/port=\"$((C+40))\"/g" -e "s/:8009\b/:$((C+9))/g" \
  -e "s/channelSendOptions=\"8\"/channelSendOptions=\"$SEND_OPTIONS\"/" {} +

declare -A PID START
start_tomcat() { local n=$1 b="$W/tomcat$1" t0; t0=$(now_ms)
  env CATALINA_HOME=$HOME_TC CATALINA_BASE="$b" CATALINA_TMPDIR="$b/temp" \
    JAVA_OPTS="-Djava.awt.headless=true -Djava.security.egd=file:/dev/./urandom -Dtomcat.node=tomcat$n" \
    $HOME_TC/bin/catalina.sh run > "$b/logs/out.txt" 2>&1 &
  PID[tomcat$n]=$!; PIDS+=($!)
  wait_200 "http://127.0.0.1:$((R+80+n))/test/read.jsp"; START[tomcat$n]=$(( $(now_ms) - t0 )); }
start_compat() { local what=$1 url=$2 t0; shift 2; t0=$(now_ms)
  # From $W: the seed's relative httpd log paths must not land in the caller's directory.
  (cd "$W" && exec "$TC" run --local --port-offset $C "$W/seed" --only "$@" > "$W/$what.out" 2>&1) &
  PID[$what]=$!; PIDS+=($!)
  wait_200 "$url"; START[$what]=$(( $(now_ms) - t0 )); }

echo "# starting (one at a time, each timed to its first 200)"
start_tomcat 1; start_tomcat 2
apache2 -f "$W/httpd/httpd.conf" -k start; wait_200 "http://127.0.0.1:$((R+80))/test/read.jsp"; PID[httpd]=$(cat "$W/httpd/httpd.pid")
start_compat node1 "http://127.0.1.1:$((C+8))/test/read.jsp" node tomcat1
start_compat node2 "http://127.0.1.2:$((C+8))/test/read.jsp" node tomcat2
start_compat balancer "http://127.0.1.3:$((C+80))/test/read.jsp" balancer

# A session owned by tomcat1 (byrequests alternates), so "direct" to node 1 never renames it.
cookie() { local c i; for i in 1 2 3 4; do
  c=$(curl -s -D - -o /dev/null "$1/test/index.jsp" | tr -d '\r' | sed -n 's/^Set-Cookie: \(JSESSIONID=[^;]*\).*/\1/p')
  [[ $c == *.tomcat1 ]] && { echo "$c"; return; }; done; echo "$c"; }
RC=$(cookie "http://127.0.0.1:$((R+80))"); CC=$(cookie "http://127.0.1.3:$((C+80))")
echo "# sessions: real $RC, TomcatCompat $CC"
declare -A URL=(
  [real-balancer]="http://127.0.0.1:$((R+80))/test/index.jsp?format=text" [real-direct]="http://127.0.0.1:$((R+81))/test/index.jsp"
  [compat-balancer]="http://127.0.1.3:$((C+80))/test/index.jsp?format=text" [compat-direct]="http://127.0.1.1:$((C+8))/test/index.jsp?format=text")
procs_real="tomcat1 tomcat2 httpd"; procs_compat="node1 node2 balancer"

ticks() { local p=$1 t=0 c; for c in $p $(ps -o pid= --ppid "$p" 2>/dev/null); do
  t=$(( t + $(awk '{print $14+$15}' "/proc/$c/stat" 2>/dev/null || echo 0) )); done; echo $t; }
rss_mb() { local p=$1 t=0 c; for c in $p $(ps -o pid= --ppid "$p" 2>/dev/null); do
  t=$(( t + $(awk '/VmRSS/{print $2}' "/proc/$c/status" 2>/dev/null || echo 0) )); done; echo $(( t / 1024 )); }
HZ=$(getconf CLK_TCK)

for case in real-balancer compat-balancer real-direct compat-direct; do
  c=$RC; [[ $case == compat* ]] && c=$CC
  wrk -t2 -c"$CONNS" -d"${WARM}s" -H "Cookie: $c" "${URL[$case]}" >/dev/null
done
echo
echo "| run | case | req/s | p99 | CPU µs/req per process |"
echo "|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  for target in balancer direct; do
    for side in real compat; do
      case=$side-$target; c=$RC; procs=$procs_real
      [ $side = compat ] && { c=$CC; procs=$procs_compat; }
      declare -A T0=(); for p in $procs; do T0[$p]=$(ticks "${PID[$p]}"); done
      out=$(wrk -t2 -c"$CONNS" -d"${DUR}s" --latency -H "Cookie: $c" "${URL[$case]}")
      n=$(echo "$out" | awk '/requests in/{print $1}'); rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
      p99=$(echo "$out" | awk '$1=="99%"{print $2}'); errs=$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' | tr '\n' ' ' || true)
      cpu=""; for p in $procs; do cpu="$cpu $p=$(( ( $(ticks "${PID[$p]}") - T0[$p] ) * 1000000 / HZ / (n > 0 ? n : 1) ))"; done
      echo "| $run | $case | $rps | $p99 | ${cpu# } ${errs:+($errs)}|"
    done
  done
done
echo
echo "| process | start to first 200 (ms) | RSS after load (MB) |"
echo "|---|---|---|"
for p in tomcat1 tomcat2 node1 node2; do echo "| $p | ${START[$p]} | $(rss_mb "${PID[$p]}") |"; done
echo "| httpd (with children) | - | $(rss_mb "${PID[httpd]}") |"
echo "| TomcatCompat balancer | ${START[balancer]} | $(rss_mb "${PID[balancer]}") |"
echo
echo "# replica check: the owner's counter, then the other node's (read directly; renames the session there)"
echo "real owner:   $(curl -s -H "Cookie: $RC" "http://127.0.0.1:$((R+81))/test/index.jsp" | grep counter)"
echo "compat owner: $(curl -s -H "Cookie: $CC" "http://127.0.1.1:$((C+8))/test/index.jsp?format=text" | grep counter)"
sleep 2
echo "real:   $(curl -s -H "Cookie: $RC" "http://127.0.0.1:$((R+82))/test/index.jsp" | grep counter)"
echo "compat: $(curl -s -H "Cookie: $CC" "http://127.0.1.2:$((C+8))/test/index.jsp?format=text" | grep counter)"
