using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Service;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>客户服务表: every service request and complaint, with its result, revisit and whether it is closed.</summary>
public sealed class ServiceSheetExporter(CrmDbContext db) : SheetExporter<ServiceRecord>(db)
{
    public override SheetKind Kind => SheetKind.Services;

    protected override IQueryable<ServiceRecord> Items(IQueryable<Customer> customers) =>
        Of(Db.ServiceRecords, customers);

    protected override Guid CustomerIdOf(ServiceRecord item) => item.CustomerId;

    protected override void Fill(ServiceRecord item, Customer customer, ExportRow row)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(row);
        row["type"] = Choices.ServiceType.Write(item.Type, row.Language);
        row["requestedAt"] = row.Time(item.RequestedAt);
        row["content"] = item.Content;
        row["result"] = item.Result;
        row["satisfied"] = row.YesNo(item.Satisfied);
        row["revisitNote"] = item.RevisitNote;
        row["revisitedAt"] = item.RevisitNote is null ? null : row.Time(item.RevisitedAt);
        row["closed"] = item.Status == ServiceStatus.Closed ? row.YesNo(true) : null;
        row["owner"] = row.Login(item.OwnerId);
    }
}
