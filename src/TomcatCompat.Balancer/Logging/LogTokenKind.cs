namespace TomcatCompat.Balancer.Logging;

/// <summary>mod_log_config format directives the emulator writes (httpd <c>LogFormat</c>).</summary>
internal enum LogTokenKind
{
    /// <summary>Text copied as is.</summary>
    Literal,

    /// <summary><c>%h</c>, <c>%a</c>: client IP (HostnameLookups Off).</summary>
    RemoteHost,

    /// <summary><c>%l</c>: identd name, always "-".</summary>
    RemoteLogname,

    /// <summary><c>%u</c>: authenticated user, "-" without authentication.</summary>
    RemoteUser,

    /// <summary><c>%t</c>: <c>[dd/Mon/yyyy:HH:mm:ss +zzzz]</c>.</summary>
    Time,

    /// <summary><c>%r</c>: the request line.</summary>
    RequestLine,

    /// <summary><c>%s</c>, <c>%&gt;s</c>, <c>%&lt;s</c>: status.</summary>
    Status,

    /// <summary><c>%b</c>: body bytes, "-" for none.</summary>
    BytesClf,

    /// <summary><c>%B</c>, <c>%O</c>: body bytes, 0 for none (%O adds no header bytes here).</summary>
    Bytes,

    /// <summary><c>%D</c>: microseconds taken.</summary>
    DurationMicroseconds,

    /// <summary><c>%T</c>: whole seconds taken.</summary>
    DurationSeconds,

    /// <summary><c>%{Name}i</c>: request header.</summary>
    RequestHeader,

    /// <summary><c>%{Name}o</c>: response header.</summary>
    ResponseHeader,

    /// <summary><c>%{VAR}e</c>: environment variable (the BALANCER_* set).</summary>
    Environment,

    /// <summary><c>%U</c>: URL path.</summary>
    UrlPath,

    /// <summary><c>%q</c>: query string with its '?', or empty.</summary>
    Query,

    /// <summary><c>%m</c>: method.</summary>
    Method,

    /// <summary><c>%H</c>: protocol.</summary>
    Protocol,

    /// <summary><c>%v</c>: the server's ServerName.</summary>
    ServerName,

    /// <summary><c>%p</c>: the local port.</summary>
    Port,

    /// <summary><c>%P</c>: process id.</summary>
    ProcessId,

    /// <summary>A directive not reproduced: written as "-" (TC4412 at start).</summary>
    Unsupported,
}
