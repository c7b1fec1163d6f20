#!/usr/bin/env python3
"""Generates ../DirectiveTableData*.cs from facts of the real server and the httpd source.

Inputs (produced as described in README.md next to this script):
  L_event.txt, L_prefork.txt, L_worker.txt  `apache2 -L` with every module of /usr/lib/apache2/modules
                                            loaded (plus mod_jk), once per MPM: names, module source
                                            file, allowed contexts.
  M_event.txt                               `apache2 -M` with the same config: module identifiers.
  HTTPD_SRC, JK_SRC                         checkouts of apache/httpd (branch 2.4.x) and
                                            apache/tomcat-connectors: argument kinds (AP_INIT_*) and
                                            ap_check_cmd_context() restrictions. Facts only.
Usage: gen_directive_table.py INPUT_DIR HTTPD_SRC JK_SRC OUTPUT_DIR
"""
import os, re, sys

inp, httpd_src, jk_src, out = sys.argv[1:5]

# ---- 1. apache2 -L: name -> (modules, contexts)
def parse_L(path):
    entries, cur = {}, None
    for line in open(path, encoding='latin-1'):
        line = line.rstrip('\n')
        m = re.match(r'^(\S+) \(([^)]+)\)$', line)
        if m:
            cur = [m.group(1), m.group(2), []]
            entries.setdefault(cur[0].lower(), cur)
            continue
        if cur is not None and line.startswith('\t'):
            cur[2].append(line.strip())
    return entries

def contexts(lines):
    allowed = next((l for l in lines if l.startswith('Allowed in')), '')
    c = ''
    if 'only outside' in allowed: c = 'SV'
    elif 'only inside' in allowed: c = 'D'
    elif 'anywhere' in allowed: c = 'SVD'
    if 'and in .htaccess' in allowed: c += 'H'
    return c or 'SVD'

SOURCE_TO_ID = {'core.c': 'core_module', 'http_core.c': 'http_module', 'event.c': 'mpm_event_module',
                'prefork.c': 'mpm_prefork_module', 'worker.c': 'mpm_worker_module', 'util_ldap.c': 'ldap_module'}
def module_id(source):
    return SOURCE_TO_ID.get(source) or re.sub(r'^mod_(.*)\.c$', r'\1_module', source)

table = {}
for mpm in ('event', 'prefork', 'worker'):
    for key, (name, source, lines) in parse_L(os.path.join(inp, f'L_{mpm}.txt')).items():
        e = table.setdefault(key, {'name': name, 'modules': [], 'ctx': contexts(lines)})
        mid = module_id(source)
        if mid not in e['modules']: e['modules'].append(mid)

# ---- 2. source: AP_INIT_<KIND>("Name", func, ...) and ap_check_cmd_context(cmd, FLAGS)
FLAGS = {'NOT_IN_VIRTUALHOST': 1, 'NOT_IN_LIMIT': 2, 'NOT_IN_DIRECTORY': 4, 'NOT_IN_LOCATION': 8,
         'NOT_IN_FILES': 16, 'NOT_IN_HTACCESS': 32, 'NOT_IN_PROXY': 64}
FLAGS['NOT_IN_DIR_LOC_FILE'] = 4 | 8 | 16
FLAGS['NOT_IN_DIR_CONTEXT'] = 2 | FLAGS['NOT_IN_DIR_LOC_FILE'] | 64
FLAGS['GLOBAL_ONLY'] = 1 | FLAGS['NOT_IN_DIR_CONTEXT']
def files(root, subdirs):
    for sub in subdirs:
        for d, _, fs in os.walk(os.path.join(root, sub)):
            if re.search(r'(winnt|netware|win32|os2|mpmt_os2|beos)', d): continue  # not Unix builds
            for f in sorted(fs):
                if f.endswith(('.c', '.h')): yield os.path.join(d, f)
texts = [open(p, encoding='latin-1').read() for p in
         list(files(httpd_src, ['server', 'modules', 'include'])) + list(files(jk_src, ['native/apache-2.0', 'native/common']))]
strings = {}
for t in texts:
    for m in re.finditer(r'#\s*define\s+(\w+)\s+"([^"]+)"', t): strings.setdefault(m.group(1), m.group(2))
kinds, func_of, restrict_of_func, read_time = {}, {}, {}, set()
for t in texts:
    for m in re.finditer(r'AP_INIT_(\w+)\s*\(\s*(?:"([^"]+)"|(\w+))\s*,\s*(\w+)\s*,[^,]*,([^,]*),', t):
        kind, name = m.group(1), m.group(2) or strings.get(m.group(3))
        if not name: continue
        # Read-time (EXEC_ON_READ) directives run before any vhost or section exists, so their
        # ap_check_cmd_context() calls never fire in a *.conf file.
        if 'EXEC_ON_READ' in m.group(5): read_time.add(name.lower())
        kinds.setdefault(name.lower(), kind); func_of.setdefault(name.lower(), m.group(4))
    for m in re.finditer(r'SSL_CMD_(?:ALL|SRV|PXY|DIR)\((\w+),\s*(?:\w+,\s*)?(\w+)\s*,', t):
        kinds.setdefault(('SSL' + m.group(1)).lower(), m.group(2))
        func_of.setdefault(('SSL' + m.group(1)).lower(), 'ssl_cmd_SSL' + m.group(1))
    defs = [(m.start(), m.group(1)) for m in re.finditer(r'\n(?:[A-Za-z][^\n;{]*?\b)?(\w+)\s*\(\s*cmd_parms\s*\*', t)]
    for m in re.finditer(r'ap_check_cmd_context\s*\(\s*\w+\s*,\s*([A-Z_| ]+)\)', t):
        before = [f for pos, f in defs if pos < m.start()]
        if not before: continue
        bits = 0
        for part in m.group(1).split('|'):
            bits |= FLAGS.get(part.strip(), 0)
        restrict_of_func[before[-1]] = restrict_of_func.get(before[-1], 0) | bits

KIND_OK = {'TAKE1', 'TAKE2', 'TAKE3', 'TAKE12', 'TAKE23', 'TAKE123', 'TAKE13', 'ITERATE', 'ITERATE2',
           'FLAG', 'NO_ARGS', 'RAW_ARGS', 'TAKE_ARGV'}
rows = []
for key in sorted(table):
    e = table[key]
    kind = 'RAW_ARGS' if key.startswith('<') else kinds.get(key, 'RAW_ARGS')
    if kind not in KIND_OK: kind = 'RAW_ARGS'
    r = 0 if key in read_time else restrict_of_func.get(func_of.get(key, ''), 0)
    rows.append(f"{e['name']} {kind} {e['ctx']} {r} {','.join(e['modules'])}")

unknown = [r for r in rows if r.split()[0].lower() not in kinds and not r.startswith('<')]
sys.stderr.write(f'{len(rows)} directives, {len(unknown)} without a source kind (RAW_ARGS assumed)\n')
for u in unknown: sys.stderr.write('  ' + u + '\n')

# Split so no generated file exceeds ~350 lines (house rule: nothing over about 400).
HEADER = '''// <auto-generated>
// Generated by src/TomcatCompat.Config/Httpd/tools/gen_directive_table.py from `apache2 -L`
// (Debian apache2 2.4.71, every module in /usr/lib/apache2/modules plus mod_jk 1.2.48 loaded, once per
// MPM) and the argument kinds / ap_check_cmd_context() restrictions of the httpd 2.4.x and
// tomcat-connectors sources. Do not edit by hand; rerun the script (see tools/README.md).
// Row: Name ArgKind Contexts(S=server config,V=virtual host,D=directory,H=.htaccess) Restrictions(NOT_IN_* bits) Modules
// </auto-generated>
namespace TomcatCompat.Config.Httpd;

internal static partial class DirectiveTableData
{
'''
chunk = 320
parts = [rows[i:i + chunk] for i in range(0, len(rows), chunk)]
for i, part in enumerate(parts, 1):
    with open(os.path.join(out, f'DirectiveTableData.Part{i}.cs'), 'w') as f:
        f.write(HEADER)
        f.write(f'    internal const string Part{i} = """\n')
        for r in part: f.write('        ' + r + '\n')
        f.write('        """;\n}\n')

# Module identifiers and source names (for <IfModule> and LoadModule), in `apache2 -M` order.
ids = [l.strip() for l in open(os.path.join(inp, 'M_event.txt')) if l.strip()]
ids += [m for m in ('mpm_prefork_module', 'mpm_worker_module') if m not in ids]
id_to_source = {v: k for k, v in SOURCE_TO_ID.items()}
with open(os.path.join(out, 'DirectiveTableData.Modules.cs'), 'w') as f:
    f.write(HEADER.replace('// Row: Name ArgKind Contexts(S=server config,V=virtual host,D=directory,H=.htaccess) Restrictions(NOT_IN_* bits) Modules\n',
                           '// Row: module identifier, source file name (`apache2 -M` with every module loaded)\n'))
    f.write('    internal const string Modules = """\n')
    for m in ids:
        f.write(f"        {m} {id_to_source.get(m) or 'mod_' + m[:-len('_module')] + '.c'}\n")
    f.write('        """;\n}\n')
sys.stderr.write(f'{len(parts)} parts and {len(ids)} modules written\n')
