using System.Xml;
using System.Xml.Linq;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// The web.xml files the front end read, parsed again with line information for the web.xml
/// rules (the model keeps values, not element positions). A file that does not parse is skipped:
/// the front end already reported it (TC1400). DTDs are ignored and never fetched.
/// </summary>
internal static class WebXmlDocuments
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
    };

    /// <summary>Each file named web.xml whose root is &lt;web-app&gt;, with that root element.</summary>
    public static IEnumerable<(SourceFile File, XElement Root)> All(LintContext context)
    {
        foreach (var file in context.Files)
        {
            if (!file.DisplayPath.EndsWith("web.xml", StringComparison.Ordinal) || Parse(file) is not { } root)
                continue;
            if (root.Name.LocalName == "web-app")
                yield return (file, root);
        }
    }

    public static SourceSpan At(SourceFile file, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? file.Span(info.LineNumber, info.LinePosition) : file.Span(1);

    /// <summary>Children with the root's namespace (web.xml elements are all in one namespace).</summary>
    public static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    private static XElement? Parse(SourceFile file)
    {
        try
        {
            using var text = new StringReader(file.Text);
            using var reader = XmlReader.Create(text, Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
