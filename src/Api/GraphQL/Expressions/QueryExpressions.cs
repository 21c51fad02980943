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

    /// <summary>
    /// The values captured by <see cref="Parameter"/> in <paramref name="expression"/>, each once, in the order an
    /// <see cref="ExpressionVisitor"/> meets them; the same builder over the same shape meets them in the same order.
    /// </summary>
    public static IReadOnlyList<object> CapturedIn(Expression? expression)
    {
        var found = new CapturedFinder();
        found.Visit(expression);
        return found.Found;
    }

    /// <summary>Whether <paramref name="node"/> reads a value captured by <see cref="Parameter"/>.</summary>
    public static bool IsCaptured(Expression node, out object captured)
    {
        if (node is MemberExpression { Expression: ConstantExpression { Value: Captured value } })
        {
            captured = value;
            return true;
        }

        captured = null!;
        return false;
    }

    /// <summary>The value a captured box (see <see cref="CapturedIn"/>) holds.</summary>
    public static object? ValueOf(object captured) =>
        captured is Captured box ? box.Value : throw new ArgumentException("Not a captured value.", nameof(captured));

    private sealed record Captured(object? Value);

    private sealed class CapturedFinder : ExpressionVisitor
    {
        private readonly HashSet<object> seen = new(ReferenceEqualityComparer.Instance);

        public List<object> Found { get; } = [];

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is Captured captured && seen.Add(captured))
            {
                Found.Add(captured);
            }

            return node;
        }
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == from ? to : base.VisitParameter(node);
    }
}
