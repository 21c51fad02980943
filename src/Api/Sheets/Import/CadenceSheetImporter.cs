using CrmGraph.Api.GraphQL.Admin;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Reading;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 跟进策略 → the team's cadence: each row (A类, 新客户, 每日上限 …) sets one setting of <see cref="CadencePolicy"/>, the
/// rows left out keep theirs; the change goes through <see cref="Team.ChangeSettings"/> patched exactly as
/// <c>updateTeamSettings</c> patches it (<see cref="SettingsPatch{T}"/>), so the same rules, version and
/// audit trail apply. Only a supervisor of the team or an admin may import it. Each row's label says the setting and
/// its old → new value (the dry run shows them), and the 目标 text it does not keep.
/// </summary>
public sealed class CadenceSheetImporter : ISheetRowsImporter
{
    public SheetKind Kind => SheetKind.Cadence;

    public async Task ImportAsync(
        ImportScope scope,
        SheetContent content,
        HeaderMap map,
        ImportReport report,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        if (TeamSettingsAccess.Refusal(scope.Viewer.Role) is { } refusal)
        {
            // The refusal of updateTeamSettings, as a refusal of the file.
            report.RefuseFile(0, null, refusal.Code, refusal.Message, refusal.ChineseMessage);
            return;
        }

        // A 跟进策略 sheet has a handful of rows: one batch, so the settings change once, all checked together.
        var rows = content.Rows.ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await scope.RunBatchAsync(
                rows, (batch, log) => PassAsync(scope, content, map, batch, log, cancellationToken), report,
                cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task PassAsync(
        ImportScope scope,
        SheetContent content,
        HeaderMap map,
        IReadOnlyList<SheetRow> batch,
        RowLog log,
        CancellationToken cancellationToken)
    {
        var team = await scope.Db.Teams.SingleAsync(t => t.Id == scope.Viewer.TeamId, cancellationToken)
            .ConfigureAwait(false);
        var current = team.Cadence;
        var seen = new Dictionary<CadenceSetting, int>();
        var parsed = new List<(SheetRow Row, RowCells Cells, CadenceSetting? Setting, int? Value, string? Goal)>();
        foreach (var row in batch)
        {
            var cells = new RowCells(map, content.Headers, row.Cells);
            var setting = cells.Read("type", Choices.CadenceRow.Parse);
            if (setting is null && !cells.HasErrors)
            {
                cells.Fail("type", "REQUIRED", "The customer type is empty; every row needs one.", "客户类型为空，每一行都必须填写。");
            }

            int? value = setting == CadenceSetting.DailyCap
                ? cells.Read("frequency", CadenceValues.ParseCount)
                : cells.Read("frequency", CadenceValues.ParseDays);
            if (value is null && cells.Errors.All(e => e.Column != cells.Header("frequency")))
            {
                cells.Fail("frequency", "REQUIRED", "The frequency is empty.", "跟进频率为空。");
            }

            if (setting is { } s && !seen.TryAdd(s, row.Number))
            {
                var first = seen[s];
                cells.Fail(
                    "type",
                    "DUPLICATE_TYPE",
                    $"Row {first} already sets the cadence of '{Choices.CadenceRow.Write(s)}'; keep one row per type.",
                    $"第 {first} 行已经设置了“{Choices.CadenceRow.Write(s)}”的跟进频率，每种客户类型只保留一行。");
            }

            parsed.Add((row, cells, setting, value, cells.Text("goal", 2000)));
        }

        var good = parsed.Where(p => !p.Cells.HasErrors && p.Setting is not null && p.Value is not null).ToList();
        var patch = good.ToDictionary(p => CadenceValues.Field(p.Setting!.Value), p => (object?)p.Value);
        if (good.Count > 0)
        {
            try
            {
                var cadence = new SettingsPatch<CadencePolicy>(patch).ApplyTo(current, "cadence");
                team.ChangeSettings(new TeamSettingsChange(Cadence: cadence), scope.Now);
            }
            catch (DomainException refusal)
            {
                // On the row of the setting the rule names (as its field, or in its message: the new customer's
                // first follow-up against reminders.newCustomerWindowDays), else on every row (one change).
                bool Named(CadenceSetting setting) =>
                    refusal.Field == "cadence." + CadenceValues.Field(setting)
                    || refusal.Message.Contains("cadence." + CadenceValues.Field(setting), StringComparison.Ordinal);
                var at = good.Where(p => Named(p.Setting!.Value)).ToList();
                foreach (var (_, cells, _, _, _) in at.Count > 0 ? at : good)
                {
                    cells.Fail("frequency", refusal.Code, refusal.Message, refusal.ChineseMessage);
                }
            }
        }

        foreach (var (row, cells, setting, value, goal) in parsed)
        {
            foreach (var (column, code, message, chinese) in cells.Errors)
            {
                log.Refuse(row.Number, column, code, message, chinese);
            }

            var label = setting is { } s && value is { } v
                ? Label(s, CadenceValues.Of(current, s), v, goal, map, content)
                : null;
            log.Count(row.Number, RowAction.Updated, label, null, team.Id);
        }
    }

    // 'B类: cadence.gradeBDays 3 → 4; 目标 not imported: 2周内升为A级' — the report's rows have no old/new fields.
    private static string Label(
        CadenceSetting setting, int old, int value, string? goal, HeaderMap map, SheetContent content)
    {
        var label = $"{Choices.CadenceRow.Write(setting)}: cadence.{CadenceValues.Field(setting)} {old} → {value}"
            + (old == value ? " (unchanged 未变)" : string.Empty);
        return goal is null ? label
            : $"{label}; {map.HeaderOf("goal", content.Headers)} not imported 未导入: {goal}";
    }
}
