using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>
/// One template's export: the rows of <typeparamref name="T"/> that belong to the given customers, a page at a time
/// (keyset on the id, so memory does not grow with the export), each written beside its customer's name and phone,
/// which is how the import finds the customer again.
/// </summary>
public abstract class SheetExporter<T>(CrmDbContext db) : ISheetExporter
    where T : AggregateRoot
{
    public const int PageSize = 1000;

    public abstract SheetKind Kind { get; }

    protected CrmDbContext Db => db;

    /// <summary>The rows to export for these customers.</summary>
    protected abstract IQueryable<T> Items(IQueryable<Customer> customers);

    protected abstract Guid CustomerIdOf(T item);

    protected abstract void Fill(T item, Customer customer, ExportRow row);

    public Task<int> CountAsync(IQueryable<Customer> customers, CancellationToken cancellationToken) => Items(customers)
        .CountAsync(cancellationToken);

    public async Task<int> WriteAsync(
        IQueryable<Customer> customers, ExportFormat format, SheetLanguage language, Stream output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var template = Templates.Templates.For(Kind);
        var teamIds = await customers.Select(c => c.TeamId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(
            false);
        var zones = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(
            t => t.Id, t => t.TimeZone, cancellationToken).ConfigureAwait(false);
        var logins = await db.Users.AsNoTracking().Where(u => teamIds.Contains(u.TeamId)).ToDictionaryAsync(
            u => u.Id, u => u.Login, cancellationToken).ConfigureAwait(false);
        var items = Items(customers).AsNoTracking();
        var count = 0;
        IEnumerable<IReadOnlyList<string?>> Rows()
        {
            Guid? last = null;
            while (true)
            {
                var page = (last is { } after ? items.Where(i => i.Id > after) : items).OrderBy(
                    i => i.Id).Take(PageSize).ToList();
                var owners = CustomersOf(page);
                foreach (var item in page)
                {
                    var customer = owners[CustomerIdOf(item)];
                    var row = new ExportRow(language, zones[customer.TeamId], logins);
                    row["customer"] = customer.Name;
                    row["customerPhone"] = customer.Profile.Phone;
                    Fill(item, customer, row);
                    count++;
                    yield return row.Cells(template);
                }

                if (page.Count < PageSize)
                {
                    yield break;
                }

                last = page[^1].Id;
            }
        }

        var sheetName = language == SheetLanguage.Chinese ? template.ChineseName : template.EnglishName;
        await SheetWriter.WriteAsync(
            output, format, sheetName, [.. template.Columns.Where(c => c.Exported).Select(c => c.Header(language))],
            Rows(), cancellationToken)
            .ConfigureAwait(false);
        return count;
    }

    /// <summary>The customers of a page of rows, in one query.</summary>
    protected virtual Dictionary<Guid, Customer> CustomersOf(IReadOnlyList<T> page)
    {
        var ids = page.Select(CustomerIdOf).Distinct().ToList();
        return db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionary(c => c.Id);
    }

    /// <summary>The rows of a customer-owned table whose customer is one of these.</summary>
    protected static IQueryable<TRecord> Of<TRecord>(IQueryable<TRecord> records, IQueryable<Customer> customers)
        where TRecord : ICustomerRecord => Visibility.VisibilityScope.OfCustomers(records, customers.Select(c => c.Id));
}
