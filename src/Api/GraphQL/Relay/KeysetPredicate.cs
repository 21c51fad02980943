using System.Linq.Expressions;
using CrmGraph.Api.GraphQL.Expressions;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>Builds "row comes after the cursor row in this order" as an expression EF translates to SQL.</summary>
public static class KeysetPredicate
{
    /// <summary>
    /// (k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR …, with &lt; for descending keys; <paramref name="reverse"/> flips
    /// every direction (rows before the cursor).
    /// </summary>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey<T>> keys, object?[] values, bool reverse)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression term = Compare(
                Column(keys[i], row), Constant(values[i], keys[i].ValueType), keys[i].Descending ^ reverse);
            for (var j = i - 1; j >= 0; j--)
            {
                term = Expression.AndAlso(
                    Expression.Equal(Column(keys[j], row), Constant(values[j], keys[j].ValueType)), term);
            }

            any = any is null ? term : Expression.OrElse(any, term);
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), row);
    }

    private static Expression Column<T>(SortKey<T> key, ParameterExpression row) =>
        QueryExpressions.Inline(key.Selector, row);

    private static UnaryExpression Constant(object? value, Type type) => QueryExpressions.Parameter(value, type);

    private static BinaryExpression Compare(Expression column, Expression value, bool lessThan)
    {
        if (column.Type == typeof(string))
        {
            var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
            var call = Expression.Call(compare, column, value);
            return lessThan ? Expression.LessThan(call, Expression.Constant(0)) : Expression.GreaterThan(
                call, Expression.Constant(0));
        }

        return lessThan ? Expression.LessThan(column, value) : Expression.GreaterThan(column, value);
    }
}
