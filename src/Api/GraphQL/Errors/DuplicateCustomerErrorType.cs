using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Errors;

/// <summary>The likely duplicates that made a create refuse, carried to the typed error.</summary>
public sealed class DuplicateCustomerException(DomainException refusal, IReadOnlyList<DuplicateMatch> matches)
    : DomainException(
        refusal?.Code ?? "DUPLICATE_CUSTOMER", refusal?.Message ?? string.Empty,
        refusal?.ChineseMessage ?? string.Empty, refusal?.Field)
{
    public IReadOnlyList<DuplicateMatch> Matches { get; } = matches;
}

public sealed record DuplicateCustomerUserError(
    string Message, string Code, string? Field, IReadOnlyList<DuplicateMatch> Matches) : UserError(Message, Code);

public sealed class DuplicateMatchType : ObjectGraphType<DuplicateMatch>
{
    public DuplicateMatchType()
    {
        Name = "DuplicateMatch";
        Description = "An existing customer of the team that shares a phone, email or company name. 疑似重复客户。";
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The existing customer's id. 已有客户的 id。")
            .Resolve(c => GlobalId.Format(CustomerType.TypeName, c.Source.CustomerId));
        Field(x => x.Name).Description("Customer name. 客户名称。");
        Field<NonNullGraphType<DuplicateKeyKindType>>("matchedOn")
            .Description("The key both share. 两者相同的查重字段。")
            .Resolve(c => c.Source.Key);
    }
}

public sealed class DuplicateCustomerErrorType : ObjectGraphType<DuplicateCustomerUserError>
{
    public DuplicateCustomerErrorType()
    {
        Name = "DuplicateCustomerError";
        Description = "Likely duplicates exist; set `createAnyway: true` to create a second record knowingly. 疑似重复客户。";
        Interface<ErrorInterface>();
        Field(x => x.Message);
        Field(x => x.Code);
        Field(x => x.Field, nullable: true)
            .Description("The input field that matched (phone, email or name). 查重命中的输入字段（phone、email 或 name）。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DuplicateMatchType>>>>("matches")
            .Description("The likely duplicates found. 疑似重复的客户。").Resolve(c => c.Source.Matches);
        IsTypeOf = o => o is DuplicateCustomerUserError;
    }
}
