using System.Linq.Expressions;

namespace CrmGraph.Api.GraphQL.Expressions;

/// <summary>The two pieces every dynamically built query predicate needs (filters, keyset paging).</summary>
public static class QueryExpressions
{
    /// <summary>
    /// A value as a captured member rather than a literal, so EF sends it as a SQL parameter and reuses the query
    /// plan; never spliced into SQL.
    /// </summary>
    public static UnaryExpression Parameter(object? value, Type type) =>
        Expression.Convert(Expression.Property(Expression.Constant(new Captured(value)), nameof(Captured.Value)), type);

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="row"/>.</summary>
    public static Expression Inline(LambdaExpression lambda, ParameterExpression row)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        return new ReplaceParameter(lambda.Parameters[0], row).Visit(lambda.Body);
    }

    private sealed record Captured(object? Value);

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == from ? to : base.VisitParameter(node);
    }
}
