using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TomcatCompat.Cluster.Tribes.Interceptors;

/// <summary>
/// Encrypts payloads on the way down and authenticates and decrypts them on the way up (Tomcat:
/// EncryptInterceptor). Layout: algorithm byte, nonce/IV, ciphertext, tag; the plaintext starts with
/// the send time, so messages outside <c>replayWindowTime</c> and nonces seen in the last
/// <c>replayWindowMessageCount</c> messages are refused as replays. Anything that fails is dropped and counted.
/// </summary>
internal sealed class EncryptInterceptor : ChannelInterceptorBase, IDisposable
{
    private const int GcmNonce = 12;
    private const int GcmTag = 16;
    private const int CbcIv = 16;
    private const int MacSize = 32;
    private readonly EncryptionAlgorithm _algorithm;
    private readonly byte[] _key;
    private readonly byte[] _macKey;
    private readonly TimeProvider _time;
    private readonly ReplayWindow _replay;
    private long _rejected;

    public EncryptInterceptor(EncryptionAlgorithm algorithm, byte[] key, TimeProvider? time = null, TimeSpan? replayWindowTime = null, int replayWindowMessageCount = 8192)
    {
        if (key.Length is not (16 or 24 or 32))
            throw new ArgumentException("an AES key has 16, 24 or 32 bytes", nameof(key));
        _algorithm = algorithm;
        _key = key.ToArray();
        _macKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 32, info: "TomcatCompat EncryptInterceptor MAC"u8.ToArray());
        _time = time ?? TimeProvider.System;
        ReplayWindowTime = replayWindowTime ?? TimeSpan.FromMilliseconds(10000);
        _replay = new ReplayWindow(Math.Max(1, replayWindowMessageCount));
    }

    /// <summary>Tomcat: <c>EncryptInterceptor@replayWindowTime</c>, ms, default 10000.</summary>
    public TimeSpan ReplayWindowTime { get; }

    /// <summary>Messages dropped because they failed authentication, decryption or the replay check.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    public override ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken) =>
        base.SendAsync(destination, message with { Payload = Encrypt(message.Payload.Span) }, cancellationToken);

    public override void MessageReceived(ChannelMessage message)
    {
        if (TryDecrypt(message.Payload.Span, out var plain))
            base.MessageReceived(message with { Payload = plain });
        else
            Interlocked.Increment(ref _rejected);
    }

    public byte[] Encrypt(ReadOnlySpan<byte> payload)
    {
        var plain = new byte[8 + payload.Length];
        BinaryPrimitives.WriteInt64BigEndian(plain, _time.GetUtcNow().ToUnixTimeMilliseconds());
        payload.CopyTo(plain.AsSpan(8));
        if (_algorithm == EncryptionAlgorithm.AesGcm)
        {
            var output = new byte[1 + GcmNonce + plain.Length + GcmTag];
            output[0] = (byte)_algorithm;
            var nonce = output.AsSpan(1, GcmNonce);
            RandomNumberGenerator.Fill(nonce);
            using var gcm = new AesGcm(_key, GcmTag);
            gcm.Encrypt(nonce, plain, output.AsSpan(1 + GcmNonce, plain.Length), output.AsSpan(1 + GcmNonce + plain.Length), output.AsSpan(0, 1));
            return output;
        }

        using var aes = Aes.Create();
        aes.Key = _key;
        var iv = RandomNumberGenerator.GetBytes(CbcIv);
        var cipher = aes.EncryptCbc(plain, iv, PaddingMode.PKCS7);
        var result = new byte[1 + CbcIv + cipher.Length + MacSize];
        result[0] = (byte)_algorithm;
        iv.CopyTo(result, 1);
        cipher.CopyTo(result, 1 + CbcIv);
        HMACSHA256.HashData(_macKey, result.AsSpan(0, 1 + CbcIv + cipher.Length), result.AsSpan(1 + CbcIv + cipher.Length));
        return result;
    }

    public bool TryDecrypt(ReadOnlySpan<byte> data, out byte[] payload)
    {
        payload = [];
        byte[]? plain = null;
        ReadOnlySpan<byte> nonce;
        if (data.Length < 1 || data[0] != (byte)_algorithm)
            return false;
        if (_algorithm == EncryptionAlgorithm.AesGcm)
        {
            if (data.Length < 1 + GcmNonce + 8 + GcmTag)
                return false;
            nonce = data.Slice(1, GcmNonce);
            var cipher = data[(1 + GcmNonce)..^GcmTag];
            plain = new byte[cipher.Length];
            try
            {
                using var gcm = new AesGcm(_key, GcmTag);
                gcm.Decrypt(nonce, cipher, data[^GcmTag..], plain, data[..1]);
            }
            catch (CryptographicException)
            {
                return false;
            }
        }
        else
        {
            if (data.Length < 1 + CbcIv + 16 + MacSize)
                return false;
            Span<byte> mac = stackalloc byte[MacSize];
            HMACSHA256.HashData(_macKey, data[..^MacSize], mac);
            if (!CryptographicOperations.FixedTimeEquals(mac, data[^MacSize..]))
                return false;
            nonce = data.Slice(1, CbcIv);
            try
            {
                using var aes = Aes.Create();
                aes.Key = _key;
                plain = aes.DecryptCbc(data[(1 + CbcIv)..^MacSize], nonce, PaddingMode.PKCS7);
            }
            catch (CryptographicException)
            {
                return false;
            }
        }

        if (plain.Length < 8)
            return false;
        var sent = BinaryPrimitives.ReadInt64BigEndian(plain);
        var age = Math.Abs(_time.GetUtcNow().ToUnixTimeMilliseconds() - sent);
        if (age > ReplayWindowTime.TotalMilliseconds || !_replay.TryRecord(nonce))
            return false;
        payload = plain[8..];
        return true;
    }

    public void Dispose() => CryptographicOperations.ZeroMemory(_key);
}
