using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Scalars;

/// <summary>GraphQL.NET's <c>Decimal</c>, described for our readers (amounts, budgets).</summary>
public sealed class DecimalScalar : DecimalGraphType
{
    public DecimalScalar()
    {
        Name = "Decimal";
        Description = "An exact decimal number, e.g. an amount of money: 400000.50. 精确小数（金额）。";
    }
}
