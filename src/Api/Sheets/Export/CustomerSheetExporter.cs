using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>
/// Writes customers as the 客户信息表 in exactly the form the import reads, a page at a time (keyset on the id), so an
/// exported file imports back unchanged and memory does not grow with the number of customers.
/// </summary>
public sealed class CustomerSheetExporter(CrmDbContext db)
{
    public const int PageSize = 1000;

    /// <summary>Writes the customers (already narrowed to what the viewer may see, and any filter); returns how many.</summary>
    public async Task<int> WriteAsync(IQueryable<Customer> customers, ExportFormat format, SheetLanguage language, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var template = Templates.Templates.Customers;
        var teamIds = await customers.Select(c => c.TeamId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var zones = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.TimeZone, cancellationToken).ConfigureAwait(false);
        var logins = await db.Users.AsNoTracking().Where(u => teamIds.Contains(u.TeamId)).ToDictionaryAsync(u => u.Id, u => u.Login, cancellationToken).ConfigureAwait(false);
        var count = 0;
        IEnumerable<IReadOnlyList<string?>> Rows()
        {
            Guid? last = null;
            while (true)
            {
                var page = (last is { } after ? customers.Where(c => c.Id > after) : customers).OrderBy(c => c.Id).Take(PageSize).AsNoTracking().ToList();
                foreach (var customer in page)
                {
                    count++;
                    yield return Row(template, customer, zones[customer.TeamId], logins, language);
                }

                if (page.Count < PageSize)
                {
                    yield break;
                }

                last = page[^1].Id;
            }
        }

        await SheetWriter.WriteAsync(output, format, language == SheetLanguage.Chinese ? template.ChineseName : template.EnglishName, [.. template.Columns.Select(c => c.Header(language))], Rows(), cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static string?[] Row(SheetTemplate template, Customer c, TimeZoneInfo zone, Dictionary<Guid, string> logins, SheetLanguage language)
    {
        var p = c.Profile;
        var contact = c.KeyDecisionMaker ?? c.Contacts.FirstOrDefault();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["name"] = c.Name,
            ["kind"] = Choices.Kind.Write(c.Kind, language),
            ["contact"] = contact?.Name,
            ["keyDecisionMaker"] = contact is null ? null : Choices.YesNo.Write(contact.IsKeyDecisionMaker ? YesNo.Yes : YesNo.No, language),
            ["title"] = contact?.Title,
            ["phone"] = p.Phone,
            ["email"] = p.Email,
            ["weChat"] = p.WeChat,
            ["address"] = p.Address,
            ["gender"] = Choices.Gender.Write(p.Gender, language),
            ["birthday"] = p.Birthday is { } b ? CellDates.Format(b) : null,
            ["occupation"] = p.Occupation,
            ["industry"] = p.Industry,
            ["companySize"] = p.CompanySize,
            ["mainBusiness"] = p.MainBusiness,
            ["website"] = p.Website,
            ["foundedOn"] = p.FoundedOn is { } f ? CellDates.Format(f) : null,
            ["source"] = p.Source == CustomerSource.Custom ? p.CustomSource : Choices.Source.Write(p.Source, language),
            ["owner"] = c.OwnerId is { } o && logins.TryGetValue(o, out var owner) ? owner : null,
            ["guide"] = c.SupervisorGuideId is { } g && logins.TryGetValue(g, out var guide) ? guide : null,
            ["firstContactAt"] = CellDates.Format(c.FirstContactAt, zone),
            ["product"] = c.Needs.Product,
            ["budget"] = CellAmounts.Format(c.Needs.BudgetMin, c.Needs.BudgetMax, c.Needs.Currency),
            ["expectedCloseOn"] = c.Needs.ExpectedCloseOn is { } e ? CellDates.Format(e) : null,
            ["needsDescription"] = c.Needs.Description,
            ["grade"] = Choices.Grade.Write(c.Grade, language),
            ["tags"] = CellText.WriteList(c.Tags),
            ["preferences"] = p.Preferences,
            ["personality"] = p.Personality,
            ["specialNeeds"] = p.SpecialNeeds,
        };
        return [.. template.Columns.Select(col => values.TryGetValue(col.Key, out var v) ? v : null)];
    }
}
