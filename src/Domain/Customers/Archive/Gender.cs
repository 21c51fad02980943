namespace CrmGraph.Domain.Customers;

/// <summary>性别.</summary>
public enum Gender
{
    /// <summary>男.</summary>
    Male,

    /// <summary>女.</summary>
    Female,

    /// <summary>未说明.</summary>
    Unspecified,
}
