namespace TomcatCompat.Config.Diagnostics;

/// <summary>mod_jk: TC1300–1399 syntax, TC2200–2399 meaning, TC4100–4199 unsupported by the emulator.</summary>
public static partial class ConfigDiagnostics
{
    // ---- TC13xx: workers.properties / uriworkermap syntax ----
    public static readonly DiagnosticDescriptor JkLineTooLong = new(
        "TC1300", DiagnosticSeverity.Warning, "Line too long",
        "line is {0} bytes, over mod_jk's {1}-byte limit; mod_jk ignores the whole entry (\"Line too long\"), shorten it");

    public static readonly DiagnosticDescriptor JkUnknownAttribute = new(
        "TC1301", DiagnosticSeverity.Error, "Unknown worker attribute",
        "attribute \"{0}\" of \"{1}\" is not supported by mod_jk, which rejects the whole workers file (\"The attribute '{0}' is not supported\"); fix the spelling or remove the line");

    public static readonly DiagnosticDescriptor JkReferenceNotFound = new(
        "TC1302", DiagnosticSeverity.Error, "Worker reference not found",
        "\"{0}.reference={1}\" names no defined properties (\"Reference '{1}.' not found\"), so mod_jk refuses to start; the value is the full prefix, e.g. worker.template");

    public static readonly DiagnosticDescriptor JkReferenceCycle = new(
        "TC1303", DiagnosticSeverity.Error, "Worker reference loop",
        "\"{0}.reference\" leads into a loop or past mod_jk's {1}-level limit ({2}); break the chain of reference= lines");

    public static readonly DiagnosticDescriptor JkUndefinedVariable = new(
        "TC1304", DiagnosticSeverity.Warning, "Undefined $(variable)",
        "\"$({0})\" is neither an earlier property nor an environment variable, so mod_jk keeps it literally; define {0}=... above this line");

    public static readonly DiagnosticDescriptor JkTooManySubstitutions = new(
        "TC1305", DiagnosticSeverity.Warning, "Too many $(variable) substitutions",
        "value of \"{0}\" has more than {1} $(...) references; mod_jk stops substituting there, so the rest stays literal");

    public static readonly DiagnosticDescriptor JkBadUriMapPattern = new(
        "TC1306", DiagnosticSeverity.Warning, "Bad uriworkermap pattern",
        "pattern \"{0}\" must start with '/', '*' or '?' (after an optional '-' or '!'); mod_jk ignores this rule, fix the pattern");

    public static readonly DiagnosticDescriptor JkBadWorkerProperty = new(
        "TC1307", DiagnosticSeverity.Error, "Bad JkWorkerProperty",
        "JkWorkerProperty \"{0}\" is not a worker property key=value; write e.g. JkWorkerProperty worker.node1.port=8009");

    // ---- TC22xx: mod_jk meaning ----
    public static readonly DiagnosticDescriptor JkListedWorkerUndefined = new(
        "TC2200", DiagnosticSeverity.Warning, "worker.list names an undefined worker",
        "worker.list names \"{0}\", which has no worker.{0}.* properties, so mod_jk creates an ajp13 worker for localhost:8009; define it or fix the name");

    public static readonly DiagnosticDescriptor JkBalanceWorkerUndefined = new(
        "TC2201", DiagnosticSeverity.Warning, "balance_workers names an undefined worker",
        "balance_workers of \"{0}\" names \"{1}\", which has no worker.{1}.* properties, so mod_jk balances to an ajp13 worker at localhost:8009; define it or fix the name");

    public static readonly DiagnosticDescriptor JkMountWorkerNotListed = new(
        "TC2202", DiagnosticSeverity.Warning, "Mount to a worker not in worker.list",
        "{0} maps \"{1}\" to worker \"{2}\", which is not in worker.list, so mod_jk cannot find it and the request fails; add it to worker.list or fix the name");

    public static readonly DiagnosticDescriptor JkDuplicateKey = new(
        "TC2203", DiagnosticSeverity.Warning, "Duplicate key",
        "\"{0}\" is set again: previous value \"{1}\" is overwritten with \"{2}\" (as mod_jk does); remove one of the lines");

    public static readonly DiagnosticDescriptor JkDuplicateRoute = new(
        "TC2204", DiagnosticSeverity.Error, "Two members share a route",
        "members \"{1}\" and \"{2}\" of \"{0}\" share the route \"{3}\", so mod_jk aborts its configuration; give each a distinct route (default: the worker name)");

    public static readonly DiagnosticDescriptor JkBadInteger = new(
        "TC2205", DiagnosticSeverity.Warning, "Bad integer",
        "\"{0}\" for {1} is not an integer (optionally with k or M), so {2} is used; write a number");

    public static readonly DiagnosticDescriptor JkBadBoolean = new(
        "TC2206", DiagnosticSeverity.Warning, "Bad boolean",
        "\"{0}\" for {1} is not a boolean (true/false, on/off, 1/0), so the default {2} is used; write true or false");

    public static readonly DiagnosticDescriptor JkPortZero = new(
        "TC2207", DiagnosticSeverity.Info, "port=0 stops the member",
        "worker \"{0}\" has port=0, which mod_jk treats as a stopped member that never gets requests; set a real port to use it");

    public static readonly DiagnosticDescriptor JkStickySessionForce = new(
        "TC2208", DiagnosticSeverity.Info, "sticky_session_force consequences",
        "\"{0}\" has sticky_session_force=true: every request carrying a session id whose member is unavailable (or unknown) gets a 503 instead of failing over; keep it only if losing the session is worse than an error");

    public static readonly DiagnosticDescriptor JkDeprecatedAttribute = new(
        "TC2209", DiagnosticSeverity.Warning, "Deprecated attribute",
        "attribute \"{0}\" of \"{1}\" is deprecated in mod_jk; use {2} instead");

    public static readonly DiagnosticDescriptor JkWorkersFileMissing = new(
        "TC2210", DiagnosticSeverity.Error, "JkWorkersFile not found",
        "JkWorkersFile \"{0}\" does not exist, so httpd refuses to start (\"JkWorkersFile: Can't find the workers file specified\"); fix the path");

    public static readonly DiagnosticDescriptor JkWorkersFileTwice = new(
        "TC2211", DiagnosticSeverity.Error, "JkWorkersFile given twice",
        "JkWorkersFile \"{0}\" appears a second time, so httpd refuses to start (\"JkWorkersFile only allowed once\"); keep one");

    public static readonly DiagnosticDescriptor JkMountPathNotSlash = new(
        "TC2212", DiagnosticSeverity.Error, "JkMount path must start with /",
        "{0} path \"{1}\" does not start with '/', so httpd refuses to start (\"{0} context should start with /\"); write /{1}");

    public static readonly DiagnosticDescriptor JkMountArguments = new(
        "TC2213", DiagnosticSeverity.Error, "JkMount arguments",
        "{0} \"{1}\" needs a path and a worker (or only a worker inside <Location>); httpd refuses it, write {0} /path worker");

    public static readonly DiagnosticDescriptor JkUnknownWorkerType = new(
        "TC2214", DiagnosticSeverity.Error, "Unknown worker type",
        "worker \"{0}\" has type=\"{1}\", which mod_jk does not know, so the worker cannot be created; use ajp13, lb or status");

    public static readonly DiagnosticDescriptor JkBalanceWorkerNotAjp = new(
        "TC2215", DiagnosticSeverity.Error, "lb member is not an ajp13 worker",
        "balance_workers of \"{0}\" names \"{1}\" of type {2}, but members must be ajp13 workers; list ajp13 workers only");

    public static readonly DiagnosticDescriptor JkLbWithoutMembers = new(
        "TC2216", DiagnosticSeverity.Error, "lb worker without members",
        "lb worker \"{0}\" has no balance_workers, so mod_jk cannot create it; add worker.{0}.balance_workers=...");

    public static readonly DiagnosticDescriptor JkBadEnum = new(
        "TC2217", DiagnosticSeverity.Warning, "Bad attribute value",
        "\"{0}\" for {1} is not one of {2}, so the default {3} is used; fix the value");

    public static readonly DiagnosticDescriptor JkBadWorkerName = new(
        "TC2218", DiagnosticSeverity.Warning, "Bad worker name",
        "worker name \"{0}\" contains characters outside A-Z a-z 0-9 _ -, which mod_jk does not accept in names; rename it");

    public static readonly DiagnosticDescriptor JkWorkerUnused = new(
        "TC2219", DiagnosticSeverity.Info, "Worker never created",
        "worker \"{0}\" is not in worker.list nor a member of a listed lb, so mod_jk never creates it; add it to worker.list or delete it");

    public static readonly DiagnosticDescriptor JkBadFlag = new(
        "TC2220", DiagnosticSeverity.Error, "Bad directive value",
        "{0} \"{1}\" is not valid (expected {2}), so httpd refuses to start; fix the value");

    public static readonly DiagnosticDescriptor JkUnknownExtension = new(
        "TC2221", DiagnosticSeverity.Warning, "Unknown mount extension",
        "mount extension \"{0}\" is not known to mod_jk and is ignored; use reply_timeout, sticky_ignore, stateless, active, disabled, stopped, fail_on_status, use_server_errors or session_*");

    public static readonly DiagnosticDescriptor JkLbFactorTooSmall = new(
        "TC2222", DiagnosticSeverity.Warning, "lbfactor below 1",
        "lbfactor \"{0}\" of \"{1}\" is below 1, so mod_jk uses 1; write a positive integer");

    public static readonly DiagnosticDescriptor JkNoWorkersFile = new(
        "TC2223", DiagnosticSeverity.Warning, "No workers file",
        "Jk directives are used but there is no JkWorkersFile and no JkWorkerProperty, so only the default worker \"ajp13\" (localhost:8009) exists; add JkWorkersFile");

    public static readonly DiagnosticDescriptor JkUnknownOption = new(
        "TC2224", DiagnosticSeverity.Error, "Unknown JkOptions flag",
        "JkOptions \"{0}\" is not an option mod_jk knows, so httpd refuses to start (\"JkOptions: Illegal option\"); fix the spelling");

    public static readonly DiagnosticDescriptor JkLineWithoutEquals = new(
        "TC2225", DiagnosticSeverity.Info, "Line without key=value",
        "\"{0}\" is not a key=value line (or its key or value is empty), so mod_jk ignores it; write key=value or comment it out with #");

    // ---- TC41xx: parsed but not reproduced by the emulator ----
    public static readonly DiagnosticDescriptor JkMethodApproximated = new(
        "TC4100", DiagnosticSeverity.Info, "unsupported: lb method",
        "unsupported: method \"{0}\" of \"{1}\" ({2}) is run as byrequests by the emulator");

    public static readonly DiagnosticDescriptor JkDistanceApproximated = new(
        "TC4101", DiagnosticSeverity.Info, "unsupported: distance",
        "unsupported: distance={0} of \"{1}\" is mapped to lbset {0}; mod_jk's preference of lower distances (also for sticky domains) is only approximated");

    public static readonly DiagnosticDescriptor JkLockPessimistic = new(
        "TC4102", DiagnosticSeverity.Info, "unsupported: lock",
        "unsupported: lock=\"{0}\" of \"{1}\" is ignored; the emulator keeps balancer state in memory without shared-memory locks");

    public static readonly DiagnosticDescriptor JkPingModePartial = new(
        "TC4103", DiagnosticSeverity.Info, "unsupported: ping_mode",
        "unsupported: ping_mode letters \"{0}\" of \"{1}\" are not reproduced; only P (CPing before each request) and A are mapped to a ping");

    public static readonly DiagnosticDescriptor JkStatusWorkerOption = new(
        "TC4104", DiagnosticSeverity.Info, "unsupported: status worker option",
        "unsupported: status worker option \"{0}\" of \"{1}\" is ignored; the emulator offers a balancer-manager page instead");

    public static readonly DiagnosticDescriptor JkOptionUnsupported = new(
        "TC4105", DiagnosticSeverity.Info, "unsupported: JkOptions flag",
        "unsupported: JkOptions \"{0}\" is not reproduced by the emulator");

    public static readonly DiagnosticDescriptor JkMountExtensionUnsupported = new(
        "TC4106", DiagnosticSeverity.Info, "unsupported: mount extension",
        "unsupported: mount extension \"{0}\" on \"{1}\" is recorded but not applied by the emulator");

    public static readonly DiagnosticDescriptor JkDirectiveUnsupported = new(
        "TC4107", DiagnosticSeverity.Info, "unsupported: Jk directive",
        "unsupported: {0} is parsed but not reproduced by the emulator");

    public static readonly DiagnosticDescriptor JkAttributeUnsupported = new(
        "TC4108", DiagnosticSeverity.Info, "unsupported: worker attribute",
        "unsupported: attribute \"{0}\" of \"{1}\" is recorded in Parameters but not reproduced by the emulator");

    public static readonly DiagnosticDescriptor JkAjp14 = new(
        "TC4109", DiagnosticSeverity.Info, "unsupported: ajp14",
        "unsupported: worker \"{0}\" has type=ajp14; the emulator treats it as ajp13 without the ajp14 login and context discovery");

    public static readonly DiagnosticDescriptor JkStickyForceApproximated = new(
        "TC4110", DiagnosticSeverity.Info, "unsupported: sticky_session_force",
        "unsupported: sticky_session_force of \"{0}\" maps to nofailover, which only fails requests whose route names a member; mod_jk also fails unknown routes");

    public static readonly DiagnosticDescriptor JkDisabledSticky = new(
        "TC4111", DiagnosticSeverity.Info, "unsupported: activation=D",
        "unsupported: activation=D of \"{0}\" maps to status Disabled, but mod_jk still sends it the requests of its own sessions; the emulator does not");
}
