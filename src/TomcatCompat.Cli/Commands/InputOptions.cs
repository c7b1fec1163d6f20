using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using TomcatCompat.Config.Binding;

namespace TomcatCompat.Cli.Commands;

/// <summary>The options every verb that reads configs shares (import, lint): PATHs and the httpd/Tomcat switches.</summary>
internal sealed class InputOptions
{
    public static readonly string[] TomcatVersions = ["8.0", "8.5", "9.0", "10.0", "10.1", "11.0"];

    private InputOptions(string tomcatVersionDescription)
    {
        Paths = new Argument<string[]>("PATH")
        {
            Description = "Config files or directories (searched recursively): httpd.conf/apache2.conf, workers.properties, uriworkermap.properties, server.xml, web.xml",
            Arity = ArgumentArity.OneOrMore,
        };
        // Unknown options would otherwise be taken as PATHs; a file named "-x" can still be given as ./-x.
        Paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
                result.AddError($"unknown option '{token.Value}'");
        });
        Defines = new Option<string[]>("--define", "-D")
        {
            Description = "Define a name for <IfDefine>, like httpd -D NAME (repeatable)",
            HelpName = "NAME",
        };
        Properties = new Option<string[]>("--property")
        {
            Description = "Tomcat system property for ${name} in server.xml, like -Dname=value (repeatable)",
            HelpName = "name=value",
        };
        Properties.Validators.Add(ValidateProperties);
        EnvVars = new Option<string?>("--envvars") { Description = "Debian envvars file to read (default: the envvars next to apache2.conf)", HelpName = "FILE" };
        ServerRoot = new Option<string?>("--server-root", "-d") { Description = "httpd ServerRoot, like httpd -d DIR (default: the main file's directory)", HelpName = "DIR" };
        TomcatVersion = new Option<string?>("--tomcat-version") { Description = tomcatVersionDescription };
        TomcatVersion.AcceptOnlyFromAmong(TomcatVersions);
    }

    public Argument<string[]> Paths { get; }

    public Option<string[]> Defines { get; }

    public Option<string[]> Properties { get; }

    public Option<string?> EnvVars { get; }

    public Option<string?> ServerRoot { get; }

    public Option<string?> TomcatVersion { get; }

    public static InputOptions Create(string tomcatVersionDescription) => new(tomcatVersionDescription);

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        foreach (var option in new Option[] { Defines, Properties, EnvVars, ServerRoot, TomcatVersion })
            command.Options.Add(option);
    }

    public InputSettings Read(ParseResult parse) => new(
        parse.GetValue(Paths) ?? [],
        parse.GetValue(Defines) ?? [],
        parse.GetValue(Properties) ?? [],
        parse.GetValue(EnvVars),
        parse.GetValue(ServerRoot),
        parse.GetValue(TomcatVersion));

    private static void ValidateProperties(OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.IndexOf('=') <= 0)
                result.AddError($"--property '{token.Value}' must be name=value");
        }
    }
}
