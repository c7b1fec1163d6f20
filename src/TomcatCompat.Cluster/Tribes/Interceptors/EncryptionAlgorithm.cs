namespace TomcatCompat.Cluster.Tribes.Interceptors;

/// <summary>What <see cref="EncryptInterceptor"/> runs (from <c>EncryptInterceptor@encryptionAlgorithm</c>).</summary>
internal enum EncryptionAlgorithm : byte
{
    /// <summary><c>AES/GCM/NoPadding</c>: Tomcat's default since 9.0.121/10.1.58/11.0.25.</summary>
    AesGcm = 1,

    /// <summary>
    /// <c>AES/CBC/PKCS5Padding</c>, the older default. Tomcat's CBC has no integrity check; ours adds
    /// HMAC-SHA256 (encrypt-then-MAC) so a tampered message is rejected instead of decrypted to garbage.
    /// </summary>
    AesCbcHmacSha256 = 2,
}
