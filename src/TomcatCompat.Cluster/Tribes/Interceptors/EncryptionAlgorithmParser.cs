namespace TomcatCompat.Cluster.Tribes.Interceptors;

/// <summary>Reads <c>EncryptInterceptor@encryptionAlgorithm</c> the way Tomcat 10.1.58+ judges it (§11.4).</summary>
internal static class EncryptionAlgorithmParser
{
    /// <summary>How a configured algorithm maps onto what TomcatCompat runs.</summary>
    public enum Verdict
    {
        /// <summary>Run as written.</summary>
        Supported,

        /// <summary>Tomcat accepts it (with a warning), TomcatCompat runs AES-GCM instead.</summary>
        Substituted,

        /// <summary>Tomcat refuses it at start: the cluster does not start.</summary>
        Refused,

        /// <summary>Not <c>alg/mode/padding</c>: Tomcat's setter rejects it and keeps the default.</summary>
        Malformed,
    }

    public static (EncryptionAlgorithm Algorithm, Verdict Verdict) Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return (EncryptionAlgorithm.AesGcm, Verdict.Supported);
        var parts = text.Split('/');
        if (parts.Length != 3)
            return (EncryptionAlgorithm.AesGcm, Verdict.Malformed);
        if (!parts[0].Equals("AES", StringComparison.OrdinalIgnoreCase))
            return (EncryptionAlgorithm.AesGcm, Verdict.Substituted);
        var mode = parts[1].ToUpperInvariant();
        var padding = parts[2].ToUpperInvariant();
        return (mode, padding) switch
        {
            ("GCM", "NOPADDING") => (EncryptionAlgorithm.AesGcm, Verdict.Supported),
            ("CBC", "PKCS5PADDING") => (EncryptionAlgorithm.AesCbcHmacSha256, Verdict.Supported),
            ("CFB" or "OFB", "PKCS5PADDING") => (EncryptionAlgorithm.AesGcm, Verdict.Substituted),
            _ => (EncryptionAlgorithm.AesGcm, Verdict.Refused),
        };
    }

    /// <summary>Tomcat's key rule: hex digits for a 128, 192 or 256-bit AES key (32, 48 or 64 characters), trimmed.</summary>
    public static byte[]? ParseKey(string? hex)
    {
        var text = hex?.Trim();
        if (text is null || text.Length is not (32 or 48 or 64))
            return null;
        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
