namespace TomcatCompat.Config.Httpd;

/// <summary>httpd's cmd_how: how a directive takes its arguments (AP_INIT_&lt;KIND&gt;).</summary>
public enum HttpdArgKind
{
    RawArgs,
    Take1,
    Take2,
    Take3,
    Take12,
    Take23,
    Take123,
    Take13,
    Iterate,
    Iterate2,
    Flag,
    NoArgs,
    TakeArgv,
}
