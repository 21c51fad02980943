using CrmGraph.Api.Persistence.Encryption;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// Finds the customer a row of a follow-up, plan or grade sheet is about, among the customers the importing user may
/// see: by phone when the row has one, else by exact name, else by company name as duplicates are compared. Loaded
/// tracked, once per batch, in one query.
/// </summary>
public sealed class CustomerLookup
{
    private readonly List<Customer> _customers;

    private CustomerLookup(List<Customer> customers) => _customers = customers;

    public static async Task<CustomerLookup> LoadAsync(
        ImportScope scope, IEnumerable<(string? Name, string? Phone)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var list = keys.ToList();
        var names = list.Select(k => k.Name).OfType<string>().Distinct().ToList();
        var companies = names.Select(DuplicateKeys.CompanyName).OfType<string>().Distinct().ToList();
        var phones = list.Select(k => DuplicateKeys.Phone(k.Phone)).OfType<string>().Distinct().ToList();
        var customers = await VisibilityScope.Customers(scope.Db.Customers, scope.Viewer)
            .Where(c => !c.IsArchived && (
                names.Contains(c.Name)
                    || (c.NormalizedCompanyName != null && companies.Contains(c.NormalizedCompanyName))
                    || (c.NormalizedPhone != null && phones.Contains(c.NormalizedPhone))))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new CustomerLookup(customers);
    }

    /// <summary>The one customer the row names, or the refusal.</summary>
    public Customer? Find(ImportScope scope, RowCells cells, string name, string? phone)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(cells);
        var normalizedPhone = DuplicateKeys.Phone(phone);
        var company = DuplicateKeys.CompanyName(name);
        var byName = _customers.Where(c => c.Name == name).ToList();
        if (byName.Count == 0)
        {
            byName = [.. _customers.Where(c => company is not null && c.NormalizedCompanyName == company)];
        }

        var matches = normalizedPhone is null ? byName
            : byName.Where(c => FieldProtection.SameSearchKey(c.NormalizedPhone, normalizedPhone))
                .ToList() is { Count: > 0 } both ? both
            : [.. _customers.Where(c => FieldProtection.SameSearchKey(c.NormalizedPhone, normalizedPhone))];
        switch (matches.Count)
        {
            case 0:
                cells.Fail("customer", "CUSTOMER_NOT_FOUND", "No customer you may see is named " +
                    $"'{name}'{(phone is null ? string.Empty : $" or has the phone {phone}")}; import the 客户信息表 " +
                    "first.", $"找不到名为“{name}”{(phone is null ? string.Empty : $"或电话为 {phone} ")}的客户，请先导入客户信息表。");
                return null;
            case > 1:
                cells.Fail("customer", "AMBIGUOUS_CUSTOMER", $"{matches.Count} customers are named '{name}'; add " +
                    "their phone in the 联系电话 column.", $"有 {matches.Count} 个客户名为“{name}”，请在“联系电话”列填写电话以区分。");
                return null;
        }

        var customer = matches[0];
        if (!CustomerVisibility.MayEdit(scope.Viewer.UserId, scope.Viewer.TeamId, scope.Viewer.Role, customer))
        {
            cells.Fail("customer", "EDIT_NOT_ALLOWED", $"You may see '{customer.Name}' but not change it: only its " +
                "owner, a supervisor of its team or an admin may.", $"您可以查看“{customer.Name}”，但只有负责人、本团队主管或管理员可以修改。");
            return null;
        }

        return customer;
    }
}
