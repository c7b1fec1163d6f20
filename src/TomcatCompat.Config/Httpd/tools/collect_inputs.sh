#!/bin/sh
# Collects the inputs of gen_directive_table.py from the installed Debian apache2 (never starts a server:
# only -L and -M, which read the config and exit). Usage: collect_inputs.sh OUTDIR
set -eu
out=${1:?OUTDIR}; mkdir -p "$out"
for mpm in event prefork worker; do
  conf="$out/all_$mpm.conf"
  { echo "ServerRoot $out"; echo "ServerName localhost"; echo "PidFile $out/pid"; echo "ErrorLog $out/err.log"
    for f in /usr/lib/apache2/modules/mod_*.so; do
      b=$(basename "$f" .so)
      case $b in mod_mpm_*) [ "$b" = "mod_mpm_$mpm" ] || continue;; esac
      echo "LoadModule ${b#mod_}_module $f"
    done; } > "$conf"
  /usr/sbin/apache2 -L -f "$conf" > "$out/L_$mpm.txt"
  /usr/sbin/apache2 -M -f "$conf" 2>/dev/null | tail -n +2 | awk '{print $1}' > "$out/M_$mpm.txt"
done
