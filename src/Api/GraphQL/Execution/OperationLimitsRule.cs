using CrmGraph.Api.Configuration;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// Abuse limits checked before execution: depth, aliases, fields, directives and estimated cost of the chosen operation
/// with its fragments expanded. The walk stops as soon as a limit is crossed, so a fragment fan-out cannot make it
/// expensive. Cost: every field counts 1; a paged field multiplies what it selects by the page asked for
/// (<c>first</c>/<c>last</c>; the default page when not given, the largest page when a variable hides it), and any
/// other list by an assumed 10 items (ADR-020).
/// </summary>
public sealed class OperationLimitsRule(GraphQLOptions limits) : ValidationRuleBase, ICallerScopedRule
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = context.Operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => (IGraphType?)context.Schema.Query,
        };
        var walk = new Walk(context.Document, context.Schema, limits, context.Variables);
        var cost = walk.Visit(context.Operation.SelectionSet, root, depth: 1, path: []);
        if (walk.Exceeded is { } error)
        {
            context.ReportError(error);
        }
        else if (cost > limits.MaxComplexity)
        {
            context.ReportError(new OperationLimitError(
                "MAX_COMPLEXITY_EXCEEDED", "MaxComplexity", "cost", cost, limits.MaxComplexity));
        }

        return default;
    }

    private sealed class Walk(
        GraphQLDocument document, ISchema schema, GraphQLOptions limits, global::GraphQL.Inputs variables)
    {
        // The page sizes of Crm:Paging's defaults: a page without a size is the default one; a size the walk cannot
        // read (a variable that is not a number) counts as the largest. Plain lists (a customer's contacts) count 10.
        private const int DefaultPageSize = 10;
        private const int LargestPageSize = 50;
        private const int AssumedListSize = 10;
        private const long CostCeiling = long.MaxValue / 4;

        // graphql-js's getIntrospectionQuery nests `ofType` seven deep under __schema.types.fields.type: 13 levels in
        // all. Code generators and low-code tools send it as is, so introspection gets a little more room.
        private const int IntrospectionMaxDepth = 16;
        private int _introspecting;
        private int _aliases;
        private int _fields;
        private int _directives;

        public OperationLimitError? Exceeded { get; private set; }

        /// <returns>The estimated cost of the selection.</returns>
        public long Visit(GraphQLSelectionSet? selectionSet, IGraphType? type, int depth, HashSet<string> path)
        {
            if (selectionSet is null || Exceeded is not null)
            {
                return 0;
            }

            long cost = 0;
            foreach (var selection in selectionSet.Selections)
            {
                CountDirectives((selection as IHasDirectivesNode)?.Directives);
                cost = Math.Min(CostCeiling, cost + selection switch
                {
                    GraphQLField field => VisitField(field, type, depth, path),
                    GraphQLInlineFragment inline =>
                        Visit(inline.SelectionSet, Narrow(type, inline.TypeCondition), depth, path),
                    GraphQLFragmentSpread spread => VisitSpread(spread, depth, path),
                    _ => 0,
                });

                if (Exceeded is not null)
                {
                    return cost;
                }
            }

            return cost;
        }

        private long VisitField(GraphQLField field, IGraphType? parent, int depth, HashSet<string> path)
        {
            var maxDepth = _introspecting > 0 ? Math.Max(limits.MaxDepth, IntrospectionMaxDepth) : limits.MaxDepth;
            if (depth > maxDepth)
            {
                Exceeded = new OperationLimitError("MAX_DEPTH_EXCEEDED", "MaxDepth", "deep", depth, maxDepth);
            }
            else if (++_fields > limits.MaxFields)
            {
                Exceeded = new OperationLimitError(
                    "MAX_FIELDS_EXCEEDED", "MaxFields", "fields", _fields, limits.MaxFields);
            }
            else if (field.Alias is not null && ++_aliases > limits.MaxAliases)
            {
                Exceeded = new OperationLimitError(
                    "MAX_ALIASES_EXCEEDED", "MaxAliases", "aliases", _aliases, limits.MaxAliases);
            }
            else
            {
                var definition = (parent as IComplexGraphType)?.GetField(field.Name.StringValue);
                var entersIntrospection = field.Name.StringValue is "__schema" or "__type";
                _introspecting += entersIntrospection ? 1 : 0;
                var selected = Visit(field.SelectionSet, definition?.ResolvedType?.GetNamedType(), depth + 1, path);
                _introspecting -= entersIntrospection ? 1 : 0;

                // Introspection is bounded by the schema's size, and in Production only schema readers get it
                // (ADR-035).
                if (field.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
                {
                    return 1;
                }

                var multiplier = IsPageOf(parent, field) ? 1 : Multiplier(field, definition);
                return Math.Min(CostCeiling, 1 + (multiplier * selected));
            }

            return 0;
        }

        private long Multiplier(GraphQLField field, FieldType? definition)
        {
            if (definition?.Arguments?.Find("first") is not null)
            {
                return field.Arguments?.FirstOrDefault(a => a.Name.StringValue is "first" or "last")?.Value switch
                {
                    null => DefaultPageSize,
                    GraphQLIntValue literal when int.TryParse(literal.Value.Span, out var n) => Math.Max(n, 0),
                    GraphQLVariable variable when variables.TryGetValue(variable.Name.StringValue, out var value)
                        && value is int or long =>
                        Math.Max(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), 0),
                    _ => LargestPageSize,
                };
            }

            return IsList(definition?.ResolvedType) ? AssumedListSize : 1;
        }

        // A connection's nodes and edges are the page its field already counted.
        private static bool IsPageOf(IGraphType? parent, GraphQLField field) =>
            parent?.Name.EndsWith("Connection", StringComparison.Ordinal) == true
                && field.Name.StringValue is "nodes" or "edges";

        private static bool IsList(IGraphType? type) => type switch
        {
            NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
            ListGraphType => true,
            _ => false,
        };

        private IGraphType? Narrow(IGraphType? type, GraphQLTypeCondition? condition) =>
            condition is null ? type : schema.AllTypes[condition.Type.Name.StringValue];

        private long VisitSpread(GraphQLFragmentSpread spread, int depth, HashSet<string> path)
        {
            var name = spread.FragmentName.Name.StringValue;
            var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                .FirstOrDefault(f => f.FragmentName.Name.StringValue == name);

            // Unknown or cyclic fragments are reported by the spec rules; here they only must not loop.
            if (fragment is null || !path.Add(name))
            {
                return 0;
            }

            CountDirectives(fragment.Directives);
            var cost = Visit(
                fragment.SelectionSet, schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue], depth, path);
            path.Remove(name);
            return cost;
        }

        private void CountDirectives(GraphQLDirectives? directives)
        {
            _directives += directives?.Count ?? 0;
            if (Exceeded is null && _directives > limits.MaxDirectives)
            {
                Exceeded = new OperationLimitError(
                    "MAX_DIRECTIVES_EXCEEDED", "MaxDirectives", "directives", _directives, limits.MaxDirectives);
            }
        }
    }
}

public sealed class OperationLimitError : ValidationError
{
    public OperationLimitError(string code, string setting, string what, long value, long limit)
        : base(what == "deep"
            ? $"The operation is at least {value} levels deep; the limit is {limit} (Crm:GraphQL:{setting})."
            : what == "cost"
                ? $"The operation's estimated cost is {value} (every field 1, lists multiplied by their page size); " +
                    $"the limit is {limit} (Crm:GraphQL:{setting}). Ask for smaller pages or fewer nested lists."
                : $"The operation has at least {value} {what}; the limit is {limit} (Crm:GraphQL:{setting}).")
    {
        Code = code;
        Data["limit"] = limit;
        Data["value"] = value;
    }
}
