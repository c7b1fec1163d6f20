using CsCheck;
using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes.Interceptors;

namespace TomcatCompat.Cluster.Tests.Tribes.Interceptors;

public sealed class EncryptInterceptorTests
{
    private static readonly byte[] Key = Convert.FromHexString("000102030405060708090A0B0C0D0E0F");

    [Theory]
    [InlineData("AES/GCM/NoPadding")]
    [InlineData("AES/CBC/PKCS5Padding")]
    public async Task EncryptInterceptor_encryptionAlgorithm_round_trips_and_hides_the_payload(string algorithmText)
    {
        var (algorithm, _) = EncryptionAlgorithmParser.Parse(algorithmText);
        using var sender = new EncryptInterceptor(algorithm, Key);
        using var receiver = new EncryptInterceptor(algorithm, Key);
        var (_, bottom) = RecordingLayer.Around(sender);
        var (top, _) = RecordingLayer.Around(receiver);

        await sender.SendAsync([], RecordingLayer.Message("secret session data"u8.ToArray()), CancellationToken.None);
        var wire = bottom.Sent.Single().Payload.ToArray();
        receiver.MessageReceived(RecordingLayer.Message(wire));

        Assert.DoesNotContain("secret", System.Text.Encoding.ASCII.GetString(wire), StringComparison.Ordinal);
        Assert.Equal("secret session data"u8.ToArray(), top.Received.Single().Payload.ToArray());
    }

    [Theory]
    [InlineData("AES/GCM/NoPadding")]
    [InlineData("AES/CBC/PKCS5Padding")]
    public void EncryptInterceptor_any_flipped_bit_is_rejected(string algorithmText)
    {
        var (algorithm, _) = EncryptionAlgorithmParser.Parse(algorithmText);
        using var sender = new EncryptInterceptor(algorithm, Key);
        var wire = sender.Encrypt([1, 2, 3, 4, 5]);
        Gen.Int[0, wire.Length * 8 - 1].Sample(bit =>
        {
            using var receiver = new EncryptInterceptor(algorithm, Key);
            var copy = (byte[])wire.Clone();
            copy[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(receiver.TryDecrypt(copy, out _));
        }, iter: 200);
    }

    [Fact]
    public void EncryptInterceptor_replayed_message_is_rejected_the_second_time()
    {
        using var sender = new EncryptInterceptor(EncryptionAlgorithm.AesGcm, Key);
        using var receiver = new EncryptInterceptor(EncryptionAlgorithm.AesGcm, Key);
        var wire = sender.Encrypt([7]);

        Assert.True(receiver.TryDecrypt(wire, out _));
        Assert.False(receiver.TryDecrypt(wire, out _));
    }

    [Fact]
    public void EncryptInterceptor_replayWindowTime_10000_rejects_a_message_11_seconds_old()
    {
        var time = new FakeTimeProvider();
        using var sender = new EncryptInterceptor(EncryptionAlgorithm.AesGcm, Key, time);
        using var receiver = new EncryptInterceptor(EncryptionAlgorithm.AesGcm, Key, time);
        var wire = sender.Encrypt([7]);

        time.Advance(TimeSpan.FromSeconds(11));

        Assert.False(receiver.TryDecrypt(wire, out _));
    }

    [Fact]
    public void EncryptInterceptor_wrong_key_and_random_bytes_are_rejected_and_counted()
    {
        using var sender = new EncryptInterceptor(EncryptionAlgorithm.AesGcm, Key);
        using var receiver = new EncryptInterceptor(EncryptionAlgorithm.AesGcm, new byte[16]);
        var (top, _) = RecordingLayer.Around(receiver);

        receiver.MessageReceived(RecordingLayer.Message(sender.Encrypt([1])));
        Gen.Byte.Array[0, 100].Sample(bytes => receiver.MessageReceived(RecordingLayer.Message(bytes)), iter: 200);

        Assert.Empty(top.Received);
        Assert.Equal(201, receiver.Rejected);
    }

    [Theory]
    [InlineData("AES/GCM/NoPadding", "Supported")]
    [InlineData("AES/CBC/PKCS5Padding", "Supported")]
    [InlineData("AES/OFB/PKCS5Padding", "Substituted")]
    [InlineData("AES/ECB/PKCS5Padding", "Refused")]
    [InlineData("AES/CBC/NoPadding", "Refused")]
    [InlineData("AES/GCM/PKCS5Padding", "Refused")]
    [InlineData("AES", "Malformed")]
    public void EncryptionAlgorithmParser_follows_Tomcat_10_1_58_rules(string text, string verdict) =>
        Assert.Equal(verdict, EncryptionAlgorithmParser.Parse(text).Verdict.ToString());

    [Theory]
    [InlineData("000102030405060708090a0b0c0d0e0f", 16)]
    [InlineData(" 000102030405060708090A0B0C0D0E0F000102030405060708090A0B0C0D0E0F ", 32)]
    [InlineData("0001", -1)]
    [InlineData("zz0102030405060708090A0B0C0D0E0F", -1)]
    [InlineData("", -1)]
    public void EncryptionAlgorithmParser_encryptionKey_needs_32_48_or_64_hex_digits(string key, int bytes) =>
        Assert.Equal(bytes, EncryptionAlgorithmParser.ParseKey(key)?.Length ?? -1);
}
