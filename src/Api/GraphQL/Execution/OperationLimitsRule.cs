using CrmGraph.Api.Configuration;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// Abuse limits checked before execution: depth, aliases, fields and directives of the chosen operation with its
/// fragments expanded. The walk stops as soon as a limit is crossed, so a fragment fan-out cannot make it expensive.
/// </summary>
public sealed class OperationLimitsRule(GraphQLOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var walk = new Walk(context.Document, limits);
        walk.Visit(context.Operation.SelectionSet, depth: 1, path: []);
        if (walk.Exceeded is { } error)
        {
            context.ReportError(error);
        }

        return default;
    }

    private sealed class Walk(GraphQLDocument document, GraphQLOptions limits)
    {
        private int _aliases;
        private int _fields;
        private int _directives;

        public OperationLimitError? Exceeded { get; private set; }

        public void Visit(GraphQLSelectionSet? selectionSet, int depth, HashSet<string> path)
        {
            if (selectionSet is null || Exceeded is not null)
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                CountDirectives((selection as IHasDirectivesNode)?.Directives);
                switch (selection)
                {
                    case GraphQLField field:
                        VisitField(field, depth, path);
                        break;
                    case GraphQLInlineFragment inline:
                        Visit(inline.SelectionSet, depth, path);
                        break;
                    case GraphQLFragmentSpread spread:
                        VisitSpread(spread, depth, path);
                        break;
                }

                if (Exceeded is not null)
                {
                    return;
                }
            }
        }

        private void VisitField(GraphQLField field, int depth, HashSet<string> path)
        {
            if (depth > limits.MaxDepth)
            {
                Exceeded = new OperationLimitError("MAX_DEPTH_EXCEEDED", "MaxDepth", "deep", depth, limits.MaxDepth);
            }
            else if (++_fields > limits.MaxFields)
            {
                Exceeded = new OperationLimitError("MAX_FIELDS_EXCEEDED", "MaxFields", "fields", _fields, limits.MaxFields);
            }
            else if (field.Alias is not null && ++_aliases > limits.MaxAliases)
            {
                Exceeded = new OperationLimitError("MAX_ALIASES_EXCEEDED", "MaxAliases", "aliases", _aliases, limits.MaxAliases);
            }
            else
            {
                Visit(field.SelectionSet, depth + 1, path);
            }
        }

        private void VisitSpread(GraphQLFragmentSpread spread, int depth, HashSet<string> path)
        {
            var name = spread.FragmentName.Name.StringValue;
            var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);

            // Unknown or cyclic fragments are reported by the spec rules; here they only must not loop.
            if (fragment is null || !path.Add(name))
            {
                return;
            }

            CountDirectives(fragment.Directives);
            Visit(fragment.SelectionSet, depth, path);
            path.Remove(name);
        }

        private void CountDirectives(GraphQLDirectives? directives)
        {
            _directives += directives?.Count ?? 0;
            if (Exceeded is null && _directives > limits.MaxDirectives)
            {
                Exceeded = new OperationLimitError("MAX_DIRECTIVES_EXCEEDED", "MaxDirectives", "directives", _directives, limits.MaxDirectives);
            }
        }
    }
}

public sealed class OperationLimitError : ValidationError
{
    public OperationLimitError(string code, string setting, string what, int value, int limit)
        : base(what == "deep"
            ? $"The operation is at least {value} levels deep; the limit is {limit} (Crm:GraphQL:{setting})."
            : $"The operation has at least {value} {what}; the limit is {limit} (Crm:GraphQL:{setting}).")
    {
        Code = code;
        Data["limit"] = limit;
        Data["value"] = value;
    }
}
