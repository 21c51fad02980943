using System.Security.Cryptography;
using System.Text.Json;
using CrmGraph.Api.Configuration;

namespace CrmGraph.Api.Persistence.Encryption;

/// <summary>
/// The field-encryption keys: every key by id (old ones for reading), the active one, and the search-hash key.
/// </summary>
public sealed record FieldKeySet(IReadOnlyDictionary<string, byte[]> Keys, string ActiveKeyId, byte[] SearchKey)
{
    public const string KeyFileName = "field-encryption.json";

    /// <summary>
    /// From <c>Crm:Encryption</c> (<c>Keys</c> as <c>id:base64</c> entries, <c>ActiveKeyId</c>, <c>SearchKey</c>), or
    /// else from a key file generated in the data directory on first start (readable by the owner only).
    /// </summary>
    public static FieldKeySet Load(CrmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var encryption = options.Encryption;
        if (encryption.Keys.Count > 0)
        {
            var keys = encryption.Keys.Select(Parse).ToDictionary(k => k.Id, k => k.Key, StringComparer.Ordinal);
            var active = encryption.ActiveKeyId ?? keys.Keys.Last();
            if (!keys.ContainsKey(active))
            {
                throw new InvalidOperationException(
                    $"Crm:Encryption:ActiveKeyId '{active}' is not one of Crm:Encryption:Keys.");
            }

            var search = encryption.SearchKey is { Length: > 0 } text
                ? Key(text, "Crm:Encryption:SearchKey")
                : throw new InvalidOperationException(
                    "Crm:Encryption:SearchKey is required when Crm:Encryption:Keys is set.");
            return new FieldKeySet(keys, active, search);
        }

        return LoadOrCreateFile(Path.Combine(options.ResolveDataDirectory(), KeyFileName));
    }

    private static FieldKeySet LoadOrCreateFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var created = new KeyFile
            {
                Active = "k1",
                Keys = new() { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
                Search = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            };
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(created));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temporary, path, overwrite: false);
        }

        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path)) ?? throw new InvalidOperationException(
            $"{path} is not a key file.");
        return new FieldKeySet(
            file.Keys.ToDictionary(k => k.Key, k => Key(k.Value, path), StringComparer.Ordinal), file.Active,
            Key(file.Search, path));
    }

    private static (string Id, byte[] Key) Parse(string entry)
    {
        var separator = entry.IndexOf(':', StringComparison.Ordinal);
        return separator > 0
            ? (entry[..separator], Key(entry[(separator + 1)..], $"Crm:Encryption:Keys '{entry[..separator]}'"))
            : throw new InvalidOperationException("Each Crm:Encryption:Keys entry is 'id:base64-key'.");
    }

    private static byte[] Key(string base64, string source)
    {
        var bytes = Convert.FromBase64String(base64);
        return bytes.Length == 32 ? bytes : throw new InvalidOperationException(
            $"{source} must be 32 bytes, base64-encoded; it has {bytes.Length}.");
    }

    private sealed class KeyFile
    {
        public string Active { get; set; } = "k1";

        public Dictionary<string, string> Keys { get; set; } = [];

        public string Search { get; set; } = string.Empty;
    }
}
