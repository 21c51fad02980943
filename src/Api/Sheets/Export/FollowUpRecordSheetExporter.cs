using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>跟进记录: every follow-up that happened, oldest first.</summary>
public sealed class FollowUpRecordSheetExporter(CrmDbContext db) : SheetExporter<FollowUpRecord>(db)
{
    public override SheetKind Kind => SheetKind.FollowUpRecords;

    protected override IQueryable<FollowUpRecord> Items(IQueryable<Customer> customers) =>
        Of(Db.FollowUpRecords, customers);

    protected override Guid CustomerIdOf(FollowUpRecord item) => item.CustomerId;

    protected override void Fill(FollowUpRecord item, Customer customer, ExportRow row)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(row);
        row["happenedAt"] = row.Time(item.HappenedAt);
        row["channel"] = Choices.Channel.Write(item.Channel, row.Language);
        row["purpose"] = Choices.Purpose.Write(item.Purpose, row.Language);
        row["content"] = item.Content;
        row["feedback"] = item.CustomerFeedback;
        row["result"] = item.Result;
        row["nextAction"] = item.NextAction;
        row["nextAt"] = row.Time(item.NextFollowUpAt);
        row["owner"] = row.Login(item.OwnerId);
    }
}
