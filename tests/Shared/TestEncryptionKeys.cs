namespace CrmGraph.Tests.Shared;

/// <summary>
/// The one field-encryption key set every in-process test host uses. The keys are process-wide (FieldProtection):
/// a host left to generate its own key file would switch the sealing and search keys of every other host running
/// in the same test process, and the server refuses that (a phone sealed or hashed under another key set would be
/// unreadable or not found).
/// </summary>
public static class TestEncryptionKeys
{
    public const string KeyId = "t1";
    public const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    public const string SearchKey = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    /// <summary>The configuration a test host sets (<c>UseSetting</c> each pair).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Settings { get; } =
    [
        new("Crm:Encryption:Keys:0", $"{KeyId}:{Key}"),
        new("Crm:Encryption:SearchKey", SearchKey),
    ];
}
