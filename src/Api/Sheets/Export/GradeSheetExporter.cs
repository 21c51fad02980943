using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>
/// 客户分级表: one row per graded customer, its grade now and the reason it was given (the latest change to it).
/// </summary>
public sealed class GradeSheetExporter(CrmDbContext db) : SheetExporter<Customer>(db)
{
    public override SheetKind Kind => SheetKind.Grades;

    protected override IQueryable<Customer> Items(IQueryable<Customer> customers) =>
        customers.Where(c => c.Grade != null);

    protected override Guid CustomerIdOf(Customer item) => item.Id;

    protected override Dictionary<Guid, Customer> CustomersOf(IReadOnlyList<Customer> page) =>
        page.ToDictionary(c => c.Id);

    protected override void Fill(Customer item, Customer customer, ExportRow row)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(row);
        row["grade"] = Choices.Grade.Write(customer.Grade, row.Language);
        row["reason"] = customer.GradeHistory.LastOrDefault(h => h.To == customer.Grade)?.Reason;
        row["guide"] = row.Login(customer.SupervisorGuideId);
    }
}
