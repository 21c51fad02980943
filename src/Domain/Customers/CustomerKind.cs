namespace CrmGraph.Domain.Customers;

/// <summary>Who the customer is.</summary>
public enum CustomerKind
{
    /// <summary>个人客户 (B2C): a person; their own contact.</summary>
    Individual,

    /// <summary>企业客户 (B2B): a company with contacts.</summary>
    Organization,
}
