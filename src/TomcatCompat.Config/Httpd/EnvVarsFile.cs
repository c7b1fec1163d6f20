using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd;

/// <summary>Debian's <c>/etc/apache2/envvars</c>: the shell file apache2ctl sources for ${APACHE_*}.</summary>
public static class EnvVarsFile
{
    /// <summary>PLACEHOLDER: replaced by the httpd front end.</summary>
    public static ImmutableDictionary<string, string> Read(SourceReader reader, string path, DiagnosticBag diagnostics) =>
        ImmutableDictionary<string, string>.Empty;
}
