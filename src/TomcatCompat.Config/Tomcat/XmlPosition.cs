using System.Xml.Linq;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>Line and column of an element or attribute, attached by <see cref="XmlLoader"/> as an annotation.</summary>
public sealed record XmlPosition(int Line, int Column)
{
    /// <summary>The position of <paramref name="node"/>, or of its nearest annotated ancestor, else 1:1.</summary>
    public static XmlPosition Of(XObject node)
    {
        for (XObject? n = node; n is not null; n = n.Parent)
        {
            if (n.Annotation<XmlPosition>() is { } p)
                return p;
        }

        return new XmlPosition(1, 1);
    }

    public static SourceSpan Span(SourceFile file, XObject node)
    {
        var p = Of(node);
        return file.Span(p.Line, p.Column);
    }
}
