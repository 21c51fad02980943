namespace CrmGraph.Domain.Customers;

/// <summary>Gender. 性别。</summary>
public enum Gender
{
    /// <summary>Male. 男。</summary>
    Male,

    /// <summary>Female. 女。</summary>
    Female,

    /// <summary>Unspecified. 未说明。</summary>
    Unspecified,
}
