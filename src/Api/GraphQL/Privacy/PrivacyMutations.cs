using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Users;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Privacy;

/// <summary>
/// Privacy requests (个人信息查询与删除) for one customer, by a supervisor of the team or an admin; both audited.
/// </summary>
public static class PrivacyMutations
{
    /// <summary>How the export document and the erasure's audit entry are written.</summary>
    internal static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void AddPrivacyMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<ExportCustomerDataInput, StringGraphType>(
            "exportCustomerData", "json",
            "Everything stored about one customer, as one JSON document: the archive, follow-up plans and records,"
            + " deals, service, care, surveys, feedback, win-backs and the audit trail. Recorded in the audit trail"
            + " and the access log. 导出客户全部数据。",
            ExportCustomerData.HandleAsync);

        mutation.AddMutation<EraseCustomerInput, CustomerType>(
            "eraseCustomer", "customer",
            "Erases the customer's personal data on request: name, contact details, contacts, key dates, tags, issues"
            + " and the notes of follow-ups go; stage, grade, needs, purchases and deals stay, anonymous, for the"
            + " sales ledger. Earlier audit entries keep who changed which field when, without the values. Cannot be"
            + " undone. 删除客户个人信息。",
            EraseCustomer.HandleAsync);

        mutation.GetField("exportCustomerData")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
        mutation.GetField("eraseCustomer")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
    }
}
