using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// httpd's <c>status=</c> flag list (httpd-proxy.md §2.6): letters, each optionally after '+' (set,
/// the default) or '-' (clear); the mode persists for the following letters.
/// </summary>
internal static class MemberStatusParser
{
    /// <summary>Applies <paramref name="value"/> to <paramref name="status"/>; null on success, else httpd's error text.</summary>
    public static string? Apply(string value, ref MemberStatus status)
    {
        var set = true;
        var pendingMode = false;
        foreach (var c in value)
        {
            if (c is '+' or '-')
            {
                set = c == '+';
                pendingMode = true;
                continue;
            }

            pendingMode = false;
            var flag = char.ToUpperInvariant(c) switch
            {
                'D' => MemberStatus.Disabled,
                'S' => MemberStatus.Stopped,
                'I' => MemberStatus.IgnoreErrors,
                'H' => MemberStatus.HotStandby,
                'R' => MemberStatus.HotSpare,
                'E' => MemberStatus.InError,
                'N' => MemberStatus.Draining,
                'C' => MemberStatus.HealthCheckFailed,

                // Internal flags (Init, Gen, Shut, Free): accepted, nothing to model.
                'O' or 'G' or 'U' or 'F' => MemberStatus.None,
                _ => (MemberStatus?)null,
            };
            if (flag is null)
            {
                return "Unknown status parameter option";
            }

            status = set ? status | flag.Value : status & ~flag.Value;
        }

        return pendingMode ? "Unknown status parameter option" : null;
    }
}
