using System.Xml;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Parses a config file into an element tree with line/column annotations. XXE-safe: a DOCTYPE is
/// skipped (Tomcat does not validate by default either) and nothing external is ever resolved. Malformed XML gives TC1400 at the parser's
/// position, and the elements read before the error are still returned, so the rest of the
/// front end can report what it can.
/// </summary>
public static class XmlLoader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1_000_000,
        CloseInput = true,
    };

    /// <summary>The root element, possibly partial after a syntax error; null when no element was read.</summary>
    public static XElement? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        XElement? root = null;
        var stack = new Stack<XElement>();
        using var reader = XmlReader.Create(new StringReader(file.Text), Settings);
        var info = (IXmlLineInfo)reader;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = ReadElement(reader, info);
                        if (stack.TryPeek(out var parent))
                            parent.Add(element);
                        else
                            root ??= element;
                        if (!reader.IsEmptyElement)
                            stack.Push(element);
                        break;
                    case XmlNodeType.EndElement:
                        stack.TryPop(out _);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (stack.TryPeek(out var current))
                            current.Add(new XText(reader.Value));
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            // Elements still open were cut off by the error: their text is incomplete.
            foreach (var open in stack)
                open.AddAnnotation(Truncated.Instance);

            diagnostics.Add(
                ConfigDiagnostics.XmlMalformed,
                file.Span(Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)),
                file.DisplayPath,
                TrimPosition(e.Message));
        }

        return root;
    }

    /// <summary>True for an element whose content a syntax error cut off; its text must not be judged.</summary>
    public static bool IsTruncated(XElement element) => element.Annotation<Truncated>() is not null;

    private static XElement ReadElement(XmlReader reader, IXmlLineInfo info)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        element.AddAnnotation(new XmlPosition(info.LineNumber, info.LinePosition));
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/")
                continue;
            var attribute = new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
            attribute.AddAnnotation(new XmlPosition(info.LineNumber, info.LinePosition));
            element.Add(attribute);
        }

        reader.MoveToElement();
        return element;
    }

    private sealed class Truncated
    {
        public static readonly Truncated Instance = new();
    }

    // XmlException messages end with "Line n, position m." which the span already carries.
    private static string TrimPosition(string message)
    {
        var i = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).TrimEnd('.', ' ');
    }
}
