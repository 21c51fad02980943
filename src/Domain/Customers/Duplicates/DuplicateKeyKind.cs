namespace CrmGraph.Domain.Customers;

/// <summary>查重依据: which normalized key two customer records share.</summary>
public enum DuplicateKeyKind
{
    /// <summary>电话相同：规范化后的电话号码一致。Same phone number once normalized.</summary>
    Phone,

    /// <summary>邮箱相同：规范化后的邮箱一致。Same email address once normalized.</summary>
    Email,

    /// <summary>公司名称相同：去掉空格、标点和公司后缀后一致。Same company name without spaces, punctuation and legal-form suffixes.</summary>
    CompanyName,
}
