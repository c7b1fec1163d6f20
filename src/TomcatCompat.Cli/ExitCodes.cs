namespace TomcatCompat.Cli;

/// <summary>Process exit codes (docs/cli.md; DESIGN.md "Public contracts").</summary>
internal static class ExitCodes
{
    /// <summary>No errors in the configs (warnings and infos allowed).</summary>
    public const int Ok = 0;

    /// <summary>The configs have errors: the real httpd/Tomcat would refuse them or they cannot work.</summary>
    public const int ConfigErrors = 1;

    /// <summary>Usage error or unreadable input: bad option, missing PATH, unwritable -o file.</summary>
    public const int Usage = 2;

    /// <summary>A bug in tomcatcompat (EX_SOFTWARE from sysexits.h).</summary>
    public const int InternalError = 70;
}
