namespace CrmGraph.Api.Sheets.Templates;

/// <summary>
/// Tells which template a sheet follows from its headers when the user does not say: the template whose required
/// columns are all there and which recognises the most headers. A tie (a 沟通计划 reads as well as plans as it does as
/// follow-up records) is broken by the sheet's or file's name (…计划…); otherwise the user is asked to name it.
/// </summary>
public static class TemplateDetection
{
    // Words in a sheet or file name that point at one template (data, like the header synonyms).
    private static readonly (SheetKind Kind, string[] Words)[] NameHints =
    [
        (SheetKind.FollowUpPlans, ["计划", "plan"]),
        (SheetKind.Grades, ["分级", "等级", "级别", "grade"]),
        (SheetKind.Conversions, ["转化", "成交", "conversion"]),
        (SheetKind.Services, ["服务", "投诉", "service"]),
        (SheetKind.FollowUpRecords, ["跟进记录", "沟通记录", "follow-up record"]),
        (SheetKind.Cadence, ["跟进策略", "跟进频率", "cadence"]),
        (SheetKind.Customers, ["客户信息", "客户档案", "customer"]),
    ];

    /// <summary>The template, or the candidates that fit equally well (none when nothing fits).</summary>
    public static (SheetKind? Kind, IReadOnlyList<SheetKind> Candidates) Detect(
        IEnumerable<IReadOnlyList<string?>> firstRows, string sheetName, string fileName)
    {
        ArgumentNullException.ThrowIfNull(firstRows);
        var rows = firstRows.ToList();
        var scores = Templates.All
            .Select(t => (t.Kind, Score: rows.Select(r => t.Recognise(r)).Select(
                m => m.MissingRequired.Count == 0 ? m.Positions.Count : -1).DefaultIfEmpty(-1).Max()))
            .Where(s => s.Score >= 2)
            .ToList();
        if (scores.Count == 0)
        {
            return (null, []);
        }

        var best = scores.Max(s => s.Score);
        var top = scores.Where(s => s.Score == best).Select(s => s.Kind).ToList();
        if (top.Count == 1)
        {
            return (top[0], top);
        }

        foreach (var name in new[] { sheetName, fileName })
        {
            var hinted = NameHints.Where(
                h => top.Contains(h.Kind) && h.Words.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Select(h => h.Kind).Distinct().ToList();
            if (hinted.Count == 1)
            {
                return (hinted[0], top);
            }
        }

        return (null, top);
    }
}
