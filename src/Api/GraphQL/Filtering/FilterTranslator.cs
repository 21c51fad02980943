using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using CrmGraph.Api.GraphQL.Expressions;
using CrmGraph.Api.GraphQL.Relay;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Filtering;

/// <summary>
/// Turns a parsed <c>where</c> argument into a predicate EF Core translates to SQL on both engines. Fields of one
/// object are AND-ed; <c>and</c>/<c>or</c> combine lists; the <c>n…</c> operators negate. Values are captured as
/// parameters, never spliced into SQL.
/// </summary>
public static class FilterTranslator
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StringContains = typeof(string)
        .GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string)
        .GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string)
        .GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public static Expression<Func<T, bool>> Build<T>(
        FilterSpec<T> spec, IDictionary<string, object?> filter, FilterContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Object(spec, filter, row, "where", context), row);
    }

    /// <summary>
    /// A test of one text value (an element of a list of strings) from a <c>StringOperationFilterInput</c>.
    /// </summary>
    public static Expression<Func<string, bool>> TextPredicate(IDictionary<string, object?> operations, string path)
    {
        var item = Expression.Parameter(typeof(string), "item");
        var field = new FilterField(path, (Expression<Func<string, string>>)(s => s), FilterKind.Text, string.Empty);
        return Expression.Lambda<Func<string, bool>>(Operations(field, item, operations, path), item);
    }

    /// <summary>True when the filter (at any depth of and/or) uses one of the named fields.</summary>
    public static bool Mentions(IDictionary<string, object?> filter, Func<string, bool> field)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.Any(
            kv => field(kv.Key) || (kv.Key is "and" or "or" && Children(kv.Value).Any(c => Mentions(c, field))));
    }

    /// <summary>
    /// What identifies the predicate <see cref="Build"/> makes of <paramref name="filter"/> apart from its values: the
    /// fields, operations and nesting, in order (two filters of one shape capture their values in the same order).
    /// Null when a custom field is used: its predicate may depend on more than the values (ADR-047).
    /// </summary>
    public static string? Shape<T>(FilterSpec<T> spec, IDictionary<string, object?> filter)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(filter);
        var text = new StringBuilder();
        return ObjectShape(spec, filter, text) ? text.ToString() : null;
    }

    private static bool ObjectShape<T>(FilterSpec<T> spec, IDictionary<string, object?> filter, StringBuilder text)
    {
        text.Append('{');
        foreach (var (name, value) in filter)
        {
            text.Append(name).Append(':');
            if (value is null)
            {
                text.Append("null,");
                continue;
            }

            if (name is "and" or "or")
            {
                text.Append('[');
                if (!Children(value).All(c => ObjectShape(spec, c, text)))
                {
                    return false;
                }

                text.Append("],");
                continue;
            }

            if (spec.Fields.FirstOrDefault(f => f.Name == name) is not { Custom: null }
                || value is not IDictionary<string, object?> operations)
            {
                return false;
            }

            OperationsShape(operations, text);
        }

        text.Append('}');
        return true;
    }

    private static void OperationsShape(IDictionary<string, object?> operations, StringBuilder text)
    {
        text.Append('{');
        foreach (var (op, value) in operations)
        {
            text.Append(op).Append(':');
            if (op is "and" or "or")
            {
                text.Append('[');
                foreach (var child in Children(value))
                {
                    OperationsShape(child, text);
                }

                text.Append(']');
            }
            else
            {
                text.Append(value is null ? "null" : "v");
            }

            text.Append(',');
        }

        text.Append('}');
    }

    private static Expression Object<T>(
        FilterSpec<T> spec, IDictionary<string, object?> filter, ParameterExpression row, string path,
        FilterContext? context)
    {
        var terms = new List<Expression>();
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            switch (name)
            {
                case "and":
                    terms.Add(Combine(
                        Children(value).Select((c, i) => Object(spec, c, row, $"{path}.and[{i}]", context)),
                        Expression.AndAlso, true));
                    break;
                case "or":
                    terms.Add(Combine(
                        Children(value).Select((c, i) => Object(spec, c, row, $"{path}.or[{i}]", context)),
                        Expression.OrElse, false));
                    break;
                default:
                    var field = spec.Fields.Single(f => f.Name == name);
                    terms.Add(field.Custom is { } custom
                        ? Inline(custom(value, context ?? throw new InvalidOperationException($"'{path}.{name}' " +
                            "needs a filter context.")), row)
                        : Operations(
                            field, Inline(field.Selector, row), (IDictionary<string, object?>)value, $"{path}.{name}"));
                    break;
            }
        }

        return Combine(terms, Expression.AndAlso, true);
    }

    private static Expression Operations(
        FilterField field, Expression column, IDictionary<string, object?> operations, string path)
    {
        var terms = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            terms.Add(op switch
            {
                "and" => Combine(
                    Children(value).Select((c, i) => Operations(field, column, c, $"{path}.and[{i}]")),
                    Expression.AndAlso, true),
                "or" => Combine(
                    Children(value).Select((c, i) => Operations(field, column, c, $"{path}.or[{i}]")),
                    Expression.OrElse, false),
                _ => Operation(field, column, op, value, $"{path}.{op}"),
            });
        }

        return Combine(terms, Expression.AndAlso, true);
    }

    private static Expression Operation(FilterField field, Expression column, string op, object? value, string path)
    {
        var negate = op.StartsWith('n') && op != "neq" && op != "nin";
        var positive = negate ? char.ToLowerInvariant(op[1]) + op[2..] : op;
        Expression test = positive switch
        {
            "eq" => Expression.Equal(column, Value(field, column.Type, value, path)),
            "neq" => Expression.NotEqual(column, Value(field, column.Type, value, path)),
            "in" => In(field, column, value, path),
            "nin" => Expression.Not(In(field, column, value, path)),
            "gt" => Expression.GreaterThan(column, Required(field, column.Type, value, path)),
            "gte" => Expression.GreaterThanOrEqual(column, Required(field, column.Type, value, path)),
            "lt" => Expression.LessThan(column, Required(field, column.Type, value, path)),
            "lte" => Expression.LessThanOrEqual(column, Required(field, column.Type, value, path)),
            "contains" => Text(column, StringContains, value, path),
            "startsWith" => Text(column, StringStartsWith, value, path),
            "endsWith" => Text(column, StringEndsWith, value, path),
            _ => throw new ExecutionError($"'{path}' is not a known filter operation.") { Code = "INVALID_FILTER" },
        };
        return negate ? Expression.Not(test) : test;
    }

    // Text matching ignores case on both engines: lower(column) compared with the lower-cased value (ADR-007).
    private static BinaryExpression Text(Expression column, MethodInfo method, object? value, string path)
    {
        var text = (value as string ?? throw Invalid(path, "needs a text value")).ToLowerInvariant();
        var notNull = Expression.NotEqual(column, Expression.Constant(null, typeof(string)));
        return Expression.AndAlso(
            notNull, Expression.Call(Expression.Call(column, ToLower), method, Captured(text, typeof(string))));
    }

    private static MethodCallExpression In(FilterField field, Expression column, object? value, string path)
    {
        var items = (value as IEnumerable ?? throw Invalid(path, "needs a list")).Cast<object?>().Select(
            (v, i) => Convert(field, column.Type, v, $"{path}[{i}]")).ToList();
        var listType = typeof(List<>).MakeGenericType(column.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        var contains = listType.GetMethod(nameof(List<int>.Contains))!;
        return Expression.Call(Captured(list, listType), contains, column);
    }

    private static UnaryExpression Value(FilterField field, Type type, object? value, string path) =>
        value is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null
            ? throw Invalid(path, "cannot be null: this field always has a value")
            : Captured(value is null ? null : Convert(field, type, value, path), type);

    private static UnaryExpression Required(FilterField field, Type type, object? value, string path) =>
        value is null ? throw Invalid(path, "needs a value") : Value(field, type, value, path);

    private static object? Convert(FilterField field, Type type, object? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (field.Kind == FilterKind.Reference)
        {
            return GlobalId.TryParse(value as string, field.IdTypeName!, out var id)
                ? id
                : throw Invalid(path, $"needs a {field.IdTypeName} id");
        }

        return target.IsInstanceOfType(value) ? value : System.Convert.ChangeType(
            value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static UnaryExpression Captured(object? value, Type type) => QueryExpressions.Parameter(value, type);

    private static Expression Inline(LambdaExpression lambda, ParameterExpression row) =>
        QueryExpressions.Inline(lambda, row);

    private static IEnumerable<IDictionary<string, object?>> Children(object? value) =>
        (value as IEnumerable)?.Cast<IDictionary<string, object?>>() ?? [];

    private static Expression Combine(
        IEnumerable<Expression> terms, Func<Expression, Expression, BinaryExpression> join, bool empty)
    {
        Expression? result = null;
        foreach (var term in terms)
        {
            result = result is null ? term : join(result, term);
        }

        return result ?? Expression.Constant(empty);
    }

    private static ExecutionError Invalid(string path, string why) =>
        new($"Filter '{path}' {why}.") { Code = "INVALID_FILTER" };
}
