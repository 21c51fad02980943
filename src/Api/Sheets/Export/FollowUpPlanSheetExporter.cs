using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>跟进计划表 / 沟通计划表: the follow-ups still planned (done and cancelled ones are in the 跟进记录 or gone).</summary>
public sealed class FollowUpPlanSheetExporter(CrmDbContext db) : SheetExporter<FollowUpPlan>(db)
{
    public override SheetKind Kind => SheetKind.FollowUpPlans;

    protected override IQueryable<FollowUpPlan> Items(IQueryable<Customer> customers) => Of(Db.FollowUpPlans, customers)
        .Where(p => p.Status == FollowUpPlanStatus.Planned);

    protected override Guid CustomerIdOf(FollowUpPlan item) => item.CustomerId;

    protected override void Fill(FollowUpPlan item, Customer customer, ExportRow row)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(row);
        row["dueAt"] = row.Time(item.DueAt);
        row["channel"] = Choices.Channel.Write(item.Channel, row.Language);
        row["purpose"] = Choices.Purpose.Write(item.Purpose, row.Language);
        row["content"] = item.PreparedContent;
    }
}
