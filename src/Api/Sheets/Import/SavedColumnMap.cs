using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrmGraph.Api.Sheets.Templates;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 保存的列映射: a column map (and the columns left out) that a team confirmed by importing with it, kept for the next
/// sheet of the same template with the same headers and applied to it by itself (ADR-043). A map or ignore list the
/// user sends wins over it, header by header.
/// </summary>
public sealed class SavedColumnMap
{
    public const int TemplateMaxLength = 32;

    public SavedColumnMap(Guid id, Guid teamId, string template, string headerSignature)
    {
        Id = id;
        TeamId = teamId;
        Template = template;
        HeaderSignature = headerSignature;
        ColumnMap = "{}";
        IgnoredColumns = "[]";
    }

    public Guid Id { get; private set; }

    public Guid TeamId { get; private set; }

    /// <summary>The template the sheet was imported as (<see cref="SheetKind"/>'s name).</summary>
    public string Template { get; private set; }

    /// <summary>SHA-256 (hex) of the sheet's headers, normalized and sorted (<see cref="Signature"/>).</summary>
    public string HeaderSignature { get; private set; }

    /// <summary>Header → field key, as JSON.</summary>
    public string ColumnMap { get; private set; }

    /// <summary>Headers left out on purpose, as a JSON array.</summary>
    public string IgnoredColumns { get; private set; }

    public Guid SavedBy { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    public IReadOnlyDictionary<string, string> Map =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(ColumnMap) ?? [];

    public IReadOnlyList<string> Ignored => JsonSerializer.Deserialize<List<string>>(IgnoredColumns) ?? [];

    public void Save(
        IReadOnlyDictionary<string, string> map, IReadOnlyCollection<string> ignored, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(ignored);
        ColumnMap = JsonSerializer.Serialize(map.OrderBy(m => m.Key, StringComparer.Ordinal).ToDictionary());
        IgnoredColumns = JsonSerializer.Serialize(ignored.Order(StringComparer.Ordinal).ToList());
        SavedBy = by;
        SavedAt = at;
    }

    /// <summary>
    /// The same for the same headers in any order, spacing, punctuation or width; the row number (序号) and the 错误原因
    /// of a refused-rows workbook do not count, so the fixed refused rows find the map of the file they came from.
    /// </summary>
    public static string Signature(IEnumerable<string?> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var never = ColumnReport.NeverImported.Select(SheetTemplate.Normalize).ToHashSet(StringComparer.Ordinal);
        var names = headers.OfType<string>().Select(SheetTemplate.Normalize)
            .Where(h => h.Length > 0 && !never.Contains(h)).Distinct().Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', names))));
    }
}
