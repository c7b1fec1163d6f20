#!/usr/bin/env bash
# Writes a synthetic httpd config of about N lines (default 100000) to stdout: a 2,000-member
# balancer, then virtual hosts with ProxyPass/ProxyPassReverse rules, Location blocks and comments.
# Every address is loopback; nothing connects anywhere (the file is only read).
set -euo pipefail
lines=${1:-100000}
awk -v total="$lines" 'BEGIN {
  print "ServerName bench.local"
  print "Listen 127.0.0.1:18080"
  print "LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so"
  print "LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so"
  print "LoadModule slotmem_shm_module /usr/lib/apache2/modules/mod_slotmem_shm.so"
  print "LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so"
  print "LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so"
  print "LoadModule proxy_balancer_module /usr/lib/apache2/modules/mod_proxy_balancer.so"
  print "LoadModule lbmethod_byrequests_module /usr/lib/apache2/modules/mod_lbmethod_byrequests.so"
  print "<Proxy \"balancer://big\">"
  for (m = 0; m < 2000; m++)
    printf "    BalancerMember \"http://127.0.%d.%d:%d\" route=m%d loadfactor=%d\n", int(m / 250) + 1, m % 250 + 1, 20000 + m, m, m % 100 + 1
  print "    ProxySet stickysession=JSESSIONID|jsessionid lbmethod=byrequests"
  print "</Proxy>"
  n = 2012; v = 0
  while (n < total - 12) {
    v++
    printf "# virtual host %d\n", v
    printf "<VirtualHost 127.0.0.1:%d>\n", 30000 + v % 20000
    printf "    ServerName v%d.bench.local\n", v
    printf "    ProxyPass /static%d !\n", v
    printf "    ProxyPass /app%d balancer://big/app%d timeout=30\n", v, v
    printf "    ProxyPassReverse /app%d balancer://big/app%d\n", v, v
    printf "    <Location /loc%d>\n", v
    printf "        ProxyPass http://127.0.0.1:%d/loc%d\n", 40000 + v % 20000, v
    printf "        Require all granted\n"
    printf "    </Location>\n"
    printf "</VirtualHost>\n"
    n += 11
  }
}'
