using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 客户分级表 → one <see cref="Customer.Regrade"/> per row, with its reason (an unchanged grade counts as a review), at its
/// 调整时间 when the sheet has one, by its 负责人/调整人 when it names one. An A grade without a guide takes that person
/// as guide when they are a supervisor (A级客户由主管亲自跟进).
/// </summary>
public sealed class GradeSheetImporter : CustomerRowsImporter<GradeSheetImporter.GradeRow>
{
    private static readonly Dictionary<string, string> Fields =
        new(StringComparer.Ordinal) { ["reason"] = "reason", ["supervisorGuideId"] = "guide", ["grade"] = "grade" };

    public override SheetKind Kind => SheetKind.Grades;

    protected override IReadOnlyDictionary<string, string> FieldColumns => Fields;

    protected override GradeRow? Read(RowCells cells, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var grade = cells.Read("grade", Choices.Grade.Parse);
        var reason = cells.Text("reason", 500);
        if (grade is null && !cells.HasErrors)
        {
            cells.Fail("grade", "REQUIRED", "The grade is empty.", "客户等级为空。");
        }

        if (reason is null)
        {
            cells.Fail("reason", "REQUIRED", "Every change of grade needs its reason (升级/降级原因).", "分级调整必须填写原因。");
        }

        var changedAt = cells.Read("changedAt", t => CellDates.ParseInstant(t, zone));
        return grade is null || reason is null ? null : new GradeRow(grade.Value, reason, cells.Text("guide", 100))
        {
            ChangedAt = changedAt,
            By = cells.Text("owner", 100),
        };
    }

    protected override Task<Guid> ApplyAsync(
        ImportScope scope, RowCells cells, GradeRow row, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(customer);
        Guid? guide = null;
        if (row.Guide is not null)
        {
            var (user, code, message, chinese) = scope.Users.Find(row.Guide);
            if (user is null || user.Role != UserRole.Supervisor)
            {
                cells.Fail("guide", code ?? "NOT_A_SUPERVISOR", message ?? $"{user!.Login} is not a supervisor; an " +
                    "A-grade customer's guide must be one.", chinese ?? $"{user!.Login} 不是主管，A级客户的指导人必须是主管。");
                return Task.FromResult(customer.Id);
            }

            guide = user.Id;
        }

        var actor = scope.Viewer.UserId;
        if (row.By is not null)
        {
            var (user, code, message, chinese) = scope.Users.Find(row.By);
            if (user is null)
            {
                cells.Fail("owner", code!, message!, chinese!);
                return Task.FromResult(customer.Id);
            }

            actor = user.Id;
            if (guide is null
                && customer.SupervisorGuideId is null
                && row.Grade == CustomerGrade.A
                && user.Role == UserRole.Supervisor)
            {
                guide = user.Id;
            }
        }

        var at = row.ChangedAt ?? scope.Now;
        if (at > scope.Now)
        {
            cells.Fail("changedAt", "IN_FUTURE", "A change of grade cannot be dated in the future.", "调整时间不能晚于现在。");
            return Task.FromResult(customer.Id);
        }

        customer.Regrade(row.Grade, row.Reason, actor, guide, at);
        return Task.FromResult(customer.Id);
    }

    public sealed record GradeRow(CustomerGrade Grade, string Reason, string? Guide)
    {
        public DateTimeOffset? ChangedAt { get; init; }

        /// <summary>负责人 / 调整人: who changed the grade.</summary>
        public string? By { get; init; }
    }
}
