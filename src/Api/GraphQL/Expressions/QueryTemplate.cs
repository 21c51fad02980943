using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CrmGraph.Api.GraphQL.Expressions;

/// <summary>
/// The request's values a reusable query reads (ADR-047), in an order fixed by the code that adds them: the viewer's
/// ids, then the values captured by the request's filter and cursor predicates. A built query is turned into a
/// template by replacing each such value with a parameter; a later request of the same shape only lists its values.
/// </summary>
public sealed class TemplateValues
{
    private readonly List<object?> values = [];
    private readonly Dictionary<object, int> byReference = new(ReferenceEqualityComparer.Instance);
    private readonly List<(Func<object?, bool> Matches, int Slot)> byValue = [];

    public IReadOnlyList<object?> Values => values;

    /// <summary>A value a closure of the query holds an equal copy of (the viewer's user or team id).</summary>
    public TemplateValues Equal(object value)
    {
        var slot = Add(value);
        byValue.Add((v => Equals(v, value), slot));
        return this;
    }

    /// <summary>An array of ids a closure of the query holds a copy of (the viewer as <c>[userId]</c>).</summary>
    public TemplateValues Guids(Guid[] value)
    {
        var slot = Add(value);
        byValue.Add((v => v is Guid[] other && other.AsSpan().SequenceEqual(value), slot));
        return this;
    }

    /// <summary>An object the query holds itself (a closure's collection of ids).</summary>
    public TemplateValues Same(object value)
    {
        byReference[value] = Add(value);
        return this;
    }

    /// <summary>The values <see cref="QueryExpressions.Parameter"/> captured in <paramref name="predicate"/>.</summary>
    public TemplateValues Captured(Expression? predicate)
    {
        foreach (var box in QueryExpressions.CapturedIn(predicate))
        {
            byReference[box] = Add(QueryExpressions.ValueOf(box));
        }

        return this;
    }

    internal int SlotOfReference(object value) => byReference.TryGetValue(value, out var slot) ? slot : -1;

    internal int SlotOf(object? value)
    {
        if (value is not null && byReference.TryGetValue(value, out var slot))
        {
            return slot;
        }

        foreach (var (matches, index) in byValue)
        {
            if (matches(value))
            {
                return index;
            }
        }

        return -1;
    }

    private int Add(object? value)
    {
        values.Add(value);
        return values.Count - 1;
    }
}

/// <summary>
/// A query built once for a shape and compiled by EF (<see cref="EF.CompileAsyncQuery{TContext,TResult}(
/// Expression{Func{TContext,IQueryable{TResult}}})"/>), whose parameters are a request's <see cref="TemplateValues"/>:
/// no expression tree is built, no parameter extracted and no query cache looked up per request.
/// </summary>
public sealed class QueryTemplate<TContext, TResult>
    where TContext : DbContext
{
    internal const int MaxParameters = 15;

    private readonly Func<TContext, object?[], IAsyncEnumerable<TResult>> run;
    private readonly int[] slots;

    internal QueryTemplate(Func<TContext, object?[], IAsyncEnumerable<TResult>> run, int[] slots)
    {
        this.run = run;
        this.slots = slots;
    }

    /// <summary>Runs the query with this request's values (listed in the same order as when it was built).</summary>
    public async Task<List<TResult>> ToListAsync(TContext db, TemplateValues values, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(values);
        var arguments = new object?[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            arguments[i] = values.Values[slots[i]];
        }

        var rows = new List<TResult>();
        await foreach (var row in run(db, arguments).WithCancellation(ct).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>Builds <see cref="QueryTemplate{TContext,TResult}"/>s.</summary>
public static class QueryTemplate
{
    private static readonly Dictionary<int, MethodInfo> Compilers = typeof(EF)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name == nameof(EF.CompileAsyncQuery) && ReturnsQueryable(m))
        .ToDictionary(m => m.GetGenericArguments().Length - 2);

    /// <summary>
    /// The template of <paramref name="query"/>, or null when the query holds a value that is not one of
    /// <paramref name="values"/> (it could differ between requests of the same shape) or needs too many parameters.
    /// </summary>
    public static QueryTemplate<TContext, TResult>? TryCreate<TContext, TResult>(
        IQueryable<TResult> query, TemplateValues values)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(values);
        var parameterizer = new Parameterizer(values);
        var body = parameterizer.Visit(query.Expression);
        if (parameterizer.Failed || parameterizer.Used.Count > QueryTemplate<TContext, TResult>.MaxParameters
            || !typeof(IQueryable<TResult>).IsAssignableFrom(body.Type))
        {
            return null;
        }

        var slots = parameterizer.Used.Keys.Order().ToArray();
        var parameters = slots.Select(s => parameterizer.Used[s]).ToArray();
        var db = Expression.Parameter(typeof(TContext), "db");
        var lambda = Expression.Lambda(
            Expression.GetFuncType([typeof(TContext), .. parameters.Select(p => p.Type), typeof(IQueryable<TResult>)]),
            body,
            [db, .. parameters]);
        var compiled = (Delegate)Compilers[parameters.Length]
            .MakeGenericMethod([typeof(TContext), .. parameters.Select(p => p.Type), typeof(TResult)])
            .Invoke(null, [lambda])!;
        var context = Expression.Parameter(typeof(TContext), "context");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var call = Expression.Invoke(Expression.Constant(compiled), [context, .. parameters.Select(
            (p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.Type))]);
        var run = Expression.Lambda<Func<TContext, object?[], IAsyncEnumerable<TResult>>>(call, context, arguments)
            .Compile();
        return new QueryTemplate<TContext, TResult>(run, slots);
    }

    private static bool ReturnsQueryable(MethodInfo method)
    {
        var parameters = method.GetParameters();
        if (parameters.Length != 1 || !parameters[0].ParameterType.IsGenericType)
        {
            return false;
        }

        var func = parameters[0].ParameterType.GetGenericArguments()[0];
        var result = func.IsGenericType ? func.GetGenericArguments()[^1] : null;
        return result is { IsGenericType: true } && result.GetGenericTypeDefinition() == typeof(IQueryable<>);
    }

    /// <summary>Replaces each request value of a built query with a parameter; fails on any other held value.</summary>
    private sealed class Parameterizer(TemplateValues values) : ExpressionVisitor
    {
        public Dictionary<int, ParameterExpression> Used { get; } = [];

        public bool Failed { get; private set; }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            ArgumentNullException.ThrowIfNull(node);
            return node.NodeType == ExpressionType.Convert && QueryExpressions.IsCaptured(node.Operand, out var box)
                ? Slot(values.SlotOfReference(box), node.Type)
                : base.VisitUnary(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            ArgumentNullException.ThrowIfNull(node);
            if (QueryExpressions.IsCaptured(node, out var box))
            {
                return Slot(values.SlotOfReference(box), node.Type);
            }

            if (!TryReadClosure(node, out var value))
            {
                return base.VisitMember(node);
            }

            // A query held by a closure is inlined, as EF does; its own closures are values again.
            return value is IQueryable query ? Visit(query.Expression) : Slot(values.SlotOf(value), node.Type);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            ArgumentNullException.ThrowIfNull(node);
            var type = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
            var literal = node.Value is null or string || type.IsPrimitive || type.IsEnum
                || node.Value is Guid or decimal or DateTime or DateTimeOffset or TimeSpan or DateOnly;
            Failed |= !literal;
            return node;
        }

        // A member chain rooted at a compiler-generated closure object: the value the lambda captured.
        private static bool TryReadClosure(MemberExpression node, out object? value)
        {
            value = null;
            object? target;
            switch (node.Expression)
            {
                case ConstantExpression { Value: { } held } when IsClosure(held.GetType()):
                    target = held;
                    break;
                case MemberExpression inner when TryReadClosure(inner, out var held) && held is not null
                    && IsClosure(held.GetType()):
                    target = held;
                    break;
                default:
                    return false;
            }

            value = node.Member switch
            {
                FieldInfo field => field.GetValue(target),
                PropertyInfo property => property.GetValue(target),
                _ => null,
            };
            return true;
        }

        private static bool IsClosure(Type type) => type.IsDefined(typeof(CompilerGeneratedAttribute), false);

        private Expression Slot(int slot, Type type)
        {
            if (slot < 0 || (Used.TryGetValue(slot, out var used) && used.Type != type))
            {
                Failed = true;
                return Expression.Default(type);
            }

            if (used is null)
            {
                used = Expression.Parameter(type, $"p{slot}");
                Used[slot] = used;
            }

            return used;
        }
    }
}

/// <summary>
/// The built query templates of the process, by model and shape, at most <see cref="Capacity"/> (then it starts
/// over). A shape whose query cannot be a template is remembered as such and read the ordinary way.
/// </summary>
public sealed class QueryTemplateCache
{
    public const int Capacity = 512;

    private static readonly object NotReusable = new();
    private readonly ConcurrentDictionary<(IModel Model, string Shape), object> entries = new();
    private long hits;
    private long builds;

    /// <summary>Requests answered by a template built before (for tests).</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Templates built (for tests).</summary>
    public long Builds => Interlocked.Read(ref builds);

    /// <summary>
    /// Whether <paramref name="shape"/> was seen: <paramref name="template"/> is then its template, or null when its
    /// query cannot be one.
    /// </summary>
    public bool TryGet<T>(IModel model, string shape, out T? template)
        where T : class
    {
        if (entries.TryGetValue((model, shape), out var entry))
        {
            template = entry as T;
            if (template is not null)
            {
                Interlocked.Increment(ref hits);
            }

            return true;
        }

        template = null;
        return false;
    }

    public void Add<T>(IModel model, string shape, T? template)
        where T : class
    {
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        if (template is not null)
        {
            Interlocked.Increment(ref builds);
        }

        entries[(model, shape)] = template ?? NotReusable;
    }
}
