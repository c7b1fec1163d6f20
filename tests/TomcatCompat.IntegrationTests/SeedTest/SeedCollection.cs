namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>The seed, differential and chaos tests start whole clusters; they run one after another, not side by side.</summary>
[CollectionDefinition(Name)]
public sealed class SeedCollection
{
    public const string Name = "seed clusters";
}
