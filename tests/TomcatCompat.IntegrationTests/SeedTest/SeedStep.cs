namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// What a client observes in one step of the seed scenario, normalized only where real and emulated
/// runs must differ: session ids become <c>&lt;id:A&gt;</c>, <c>&lt;id:B&gt;</c> in order of first appearance.
/// </summary>
/// <param name="SetCookie">The normalized Set-Cookie header, or "-" when none was sent.</param>
/// <param name="SessionFound">read.jsp's <c>sessionFound</c>; null for index.jsp.</param>
internal sealed record SeedStep(string Name, int Status, string Node, string Counter, string SetCookie, string? SessionFound)
{
    public override string ToString() =>
        $"{Name}: {Status} node={Node} counter={Counter} set-cookie={SetCookie}{(SessionFound is null ? "" : " sessionFound=" + SessionFound)}";
}
