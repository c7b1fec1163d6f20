namespace TomcatCompat.Config.Tomcat;

/// <summary>Outcome of parsing <c>channelSendOptions</c> / <c>mapSendOptions</c>.</summary>
/// <param name="Value">The number the text stands for, when it parsed.</param>
/// <param name="Stored">True when Tomcat's setter keeps it (9.0+: only values above 0).</param>
/// <param name="InvalidToken">The first token Tomcat rejects, when it did not parse.</param>
/// <param name="NamesTooOld">Names were used on a version that accepts only numbers (8.5 and before).</param>
public sealed record SendOptionsResult(int? Value, bool Stored, string? InvalidToken, bool NamesTooOld);
