using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>客户信息表: one row per customer, with its key decision maker (or first contact) as the contact.</summary>
public sealed class CustomerSheetExporter(CrmDbContext db) : SheetExporter<Customer>(db)
{
    public override SheetKind Kind => SheetKind.Customers;

    protected override IQueryable<Customer> Items(IQueryable<Customer> customers) => customers;

    protected override Guid CustomerIdOf(Customer item) => item.Id;

    protected override Dictionary<Guid, Customer> CustomersOf(IReadOnlyList<Customer> page) =>
        page.ToDictionary(c => c.Id);

    protected override void Fill(Customer item, Customer customer, ExportRow row)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(row);
        var language = row.Language;
        var p = customer.Profile;
        var contact = customer.KeyDecisionMaker ?? customer.Contacts.FirstOrDefault();
        row["name"] = customer.Name;
        row["kind"] = Choices.Kind.Write(customer.Kind, language);
        row["contact"] = contact?.Name;
        row["keyDecisionMaker"] = contact is null ? null : row.YesNo(contact.IsKeyDecisionMaker);
        row["title"] = contact?.Title;
        row["phone"] = p.Phone;
        row["email"] = p.Email;
        row["weChat"] = p.WeChat;
        row["address"] = p.Address;
        row["gender"] = Choices.Gender.Write(p.Gender, language);
        row["birthday"] = ExportRow.Date(p.Birthday);
        row["occupation"] = p.Occupation;
        row["industry"] = p.Industry;
        row["companySize"] = p.CompanySize;
        row["mainBusiness"] = p.MainBusiness;
        row["website"] = p.Website;
        row["foundedOn"] = ExportRow.Date(p.FoundedOn);
        row["source"] = p.Source == CustomerSource.Custom ? p.CustomSource : Choices.Source.Write(p.Source, language);
        row["owner"] = row.Login(customer.OwnerId);
        row["guide"] = row.Login(customer.SupervisorGuideId);
        row["firstContactAt"] = row.Time(customer.FirstContactAt);
        row["product"] = customer.Needs.Product;
        row["budget"] = CellAmounts.Format(customer.Needs.BudgetMin, customer.Needs.BudgetMax, customer.Needs.Currency);
        row["expectedCloseOn"] = ExportRow.Date(customer.Needs.ExpectedCloseOn);
        row["needsDescription"] = customer.Needs.Description;
        row["grade"] = Choices.Grade.Write(customer.Grade, language);
        row["tags"] = CellText.WriteList(customer.Tags);
        row["preferences"] = p.Preferences;
        row["personality"] = p.Personality;
        row["specialNeeds"] = p.SpecialNeeds;
    }
}
