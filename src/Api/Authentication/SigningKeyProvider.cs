using System.Security.Cryptography;
using System.Text;
using CrmGraph.Api.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// The HMAC key that signs bearer tokens: <c>Crm:Auth:SigningKey</c> when set, otherwise a random key
/// generated once into the data directory (so tokens survive restarts of a single node).
/// </summary>
public static class SigningKeyProvider
{
    public const string KeyFileName = "jwt-signing.key";
    private const int MinimumKeyBytes = 32;

    public static SymmetricSecurityKey Load(CrmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bytes = string.IsNullOrWhiteSpace(options.Auth.SigningKey)
            ? LoadOrCreateKeyFile(options.ResolveDataDirectory())
            : FromConfiguredText(options.Auth.SigningKey);
        return KeyOf(bytes);
    }

    /// <summary>
    /// Keys that signed tokens before a rotation: still accepted when validating, never used to sign.
    /// </summary>
    public static IReadOnlyList<SymmetricSecurityKey> LoadPrevious(CrmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options.Auth.PreviousSigningKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(
            k => KeyOf(FromConfiguredText(k)))];
    }

    private static SymmetricSecurityKey KeyOf(byte[] bytes) =>
        new(bytes) { KeyId = "crm-" + Convert.ToHexString(SHA256.HashData(bytes))[..8].ToLowerInvariant() };

    private static byte[] FromConfiguredText(string text)
    {
        var bytes = TryBase64(text) ?? Encoding.UTF8.GetBytes(text);
        return bytes.Length >= MinimumKeyBytes
            ? bytes
            : throw new InvalidOperationException(
                $"Crm:Auth:SigningKey must be at least {MinimumKeyBytes} bytes (as text or base64); it has " +
                $"{bytes.Length}.");
    }

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written)
            && written >= MinimumKeyBytes ? buffer[..written] : null;
    }

    private static byte[] LoadOrCreateKeyFile(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, KeyFileName);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(64);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; use theirs.
            File.Delete(temporary);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        return key;
    }
}
