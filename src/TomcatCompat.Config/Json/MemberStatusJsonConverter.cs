using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Json;

/// <summary>httpd <c>status=</c> flags as the letters httpd itself uses (D S I H R E N C), "" when none.</summary>
public sealed class MemberStatusJsonConverter : JsonConverter<MemberStatus>
{
    private static readonly (MemberStatus Flag, char Letter)[] Letters =
    [
        (MemberStatus.Disabled, 'D'),
        (MemberStatus.Stopped, 'S'),
        (MemberStatus.IgnoreErrors, 'I'),
        (MemberStatus.HotStandby, 'H'),
        (MemberStatus.HotSpare, 'R'),
        (MemberStatus.InError, 'E'),
        (MemberStatus.Draining, 'N'),
        (MemberStatus.HealthCheckFailed, 'C'),
    ];

    public static string ToLetters(MemberStatus status)
    {
        var sb = new StringBuilder(8);
        foreach (var (flag, letter) in Letters)
        {
            if (status.HasFlag(flag))
                sb.Append(letter);
        }

        return sb.ToString();
    }

    public static MemberStatus FromLetters(string letters)
    {
        var status = MemberStatus.None;
        foreach (var c in letters)
        {
            var i = Array.FindIndex(Letters, l => l.Letter == char.ToUpperInvariant(c));
            if (i < 0)
                throw new JsonException($"unknown member status letter '{c}'");
            status |= Letters[i].Flag;
        }

        return status;
    }

    public override MemberStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromLetters(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, MemberStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToLetters(value));
}
