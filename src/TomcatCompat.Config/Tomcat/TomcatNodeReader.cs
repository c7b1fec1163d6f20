using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Entry point of the Tomcat front end: one server.xml (with its sibling catalina.properties and
/// context.xml, and the webapps under each Host's appBase) becomes one <see cref="NodeSpec"/>.
/// </summary>
public static class TomcatNodeReader
{
    /// <summary>PLACEHOLDER: replaced by the Tomcat front end.</summary>
    public static NodeSpec? Read(SourceReader reader, string serverXmlPath, TomcatOptions options, DiagnosticBag diagnostics)
    {
        var file = reader.Read(serverXmlPath, SourceSpan.None(serverXmlPath), diagnostics);
        return file is null ? null : new NodeSpec { Name = PathText.FileName(PathText.Directory(PathText.Directory(serverXmlPath))) };
    }

    /// <summary>PLACEHOLDER: a web.xml given on its own, not under a node's appBase.</summary>
    public static WebApp? ReadWebXml(SourceReader reader, string webXmlPath, DiagnosticBag diagnostics) => null;
}
