using System.Globalization;
using System.Text.Json.Nodes;
using CrmGraph.Api.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CrmGraph.Api.Tests.Schema;

/// <summary>
/// The schema tells the truth about what is required: every mutation is sent with only its non-null input fields (on a
/// fresh customer and plan), and no answer may say a nullable field is required ("不能为空", REQUIRED). A field the
/// server demands must be non-null in the schema; one it may do without gets a documented default (happenedAt: now).
/// Code generators and low-code forms build their forms on this nullability.
/// </summary>
public sealed class MutationInputNullabilityTests(ITestOutputHelper output)
{
    // Mutations that must get past input reading (not stop at an unknown id): the walk proves itself on these.
    private static readonly string[] MustBeReached =
        ["recordFollowUp", "planFollowUp", "recordPurchase", "addKeyDate", "addContact", "updateCustomer"];

    [Fact]
    public async Task No_mutation_refuses_the_absence_of_a_field_the_schema_calls_optional()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var token = await api.TokenAsync("admin");
        var mutations = api.WithScope(sp =>
        {
            var schema = sp.GetRequiredService<CrmSchema>();
            schema.Initialize();
            return schema.Mutation!.Fields.Where(f => f.Arguments?.Find("input") is not null).ToList();
        });
        mutations.Count.ShouldBeGreaterThan(40, "the walk must see the mutations");

        var lies = new List<string>();
        var reached = new List<string>();
        foreach (var mutation in mutations.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var inputType = (IInputObjectGraphType)Unwrap(mutation.Arguments!.Find("input")!.ResolvedType!);
            var ids = await WorldAsync(api, token);
            var input = Minimal(inputType, ids);
            if (input is null)
            {
                output.WriteLine($"skip  {mutation.Name}: needs an upload");
                continue;
            }

            var response = await api.PostAsync(token,
                $"mutation($input: {inputType.Name}!) {{ {mutation.Name}(input: $input) {{ {Selection(mutation)} }} }}",
                new { input });
            var errors = Errors(response.Body, mutation.Name).ToList();
            var optional = OptionalFieldNames(inputType);
            foreach (var (code, field, message) in errors)
            {
                var required = code == "REQUIRED" || message.Contains("不能为空", StringComparison.Ordinal) ||
                    message.Contains("is required", StringComparison.OrdinalIgnoreCase);
                var named = optional.FirstOrDefault(
                    f => field == f || (field?.EndsWith("." + f, StringComparison.Ordinal) ?? false) ||
                    message.Contains($"'{f}'", StringComparison.Ordinal) || message.Contains(
                        $"“{f}”", StringComparison.Ordinal));
                if (required && named is not null)
                {
                    lies.Add($"{mutation.Name}.{named} is nullable but refused when absent: {message}");
                }
            }

            var stoppedEarly = errors.Any(
                e => e.Code is "NOT_FOUND" or "INVALID_ID" or "GRAPHQL_VALIDATION_FAILED" or null);
            if (!stoppedEarly)
            {
                reached.Add(mutation.Name);
            }

            output.WriteLine($"{(stoppedEarly ? "stop " : "ok   ")} {mutation.Name}: " +
                $"{string.Join("; ", errors.Select(e => $"{e.Code} {e.Field} {e.Message}"))}");
        }

        lies.ShouldBeEmpty(string.Join(Environment.NewLine, lies));
        reached.ShouldBeSubsetOf(mutations.Select(m => m.Name));
        MustBeReached.Where(m => !reached.Contains(m))
            .ShouldBeEmpty("these mutations must be reached, or the walk proves nothing");
        output.WriteLine($"{reached.Count} of {mutations.Count} mutations got past reading their input.");
    }

    /// <summary>
    /// A fresh customer with a plan for every mutation, so one mutation's change does not block the next.
    /// </summary>
    private static async Task<Dictionary<string, string>> WorldAsync(TestApi api, string token)
    {
        var customer = await api.PostAsync(token,
            "mutation { createCustomer(input: { name: \"空值测试\", kind: INDIVIDUAL }) { customer { id } } }");
        var customerId = customer.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var plan = await api.PostAsync(token,
            "mutation($c: ID!, $due: DateTime!) { planFollowUp(input: { customerId: $c, dueAt: $due, channel: PHONE, " +
            "purpose: FIRST_CONTACT }) { plan { id } } }",
            new { c = customerId, due = api.Clock.GetUtcNow().AddDays(1).ToString("O", CultureInfo.InvariantCulture) });
        var planId = plan.Data!["planFollowUp"]!["plan"]!["id"]!.GetValue<string>();
        var me = (await api.PostAsync(token, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["customerId"] = customerId,
            ["planId"] = planId,
            ["userId"] = me,
            ["ownerId"] = me,
            ["salespersonId"] = me,
        };
    }

    /// <summary>Only the non-null fields, with plausible values; null when an upload is needed.</summary>
    private static Dictionary<string, object?>? Minimal(
        IInputObjectGraphType type, IReadOnlyDictionary<string, string> ids)
    {
        var value = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Where(f => f.ResolvedType is NonNullGraphType))
        {
            var fieldValue = ValueFor(field.Name, Unwrap(field.ResolvedType!), field.ResolvedType!, ids);
            if (fieldValue is Skip)
            {
                return null;
            }

            value[field.Name] = fieldValue;
        }

        return value;
    }

    private static object? ValueFor(
        string name, IGraphType named, IGraphType declared, IReadOnlyDictionary<string, string> ids)
    {
        var inner = declared is NonNullGraphType nonNull ? nonNull.ResolvedType! : declared;
        if (inner is ListGraphType list)
        {
            var element = ValueFor(name, named, list.ResolvedType!, ids);
            return element is Skip ? element : new[] { element };
        }

        return named switch
        {
            IInputObjectGraphType nested => Minimal(nested, ids) ?? (object)Skip.Instance,
            EnumerationGraphType choices => choices.Values.First().Name,
            _ => named.Name switch
            {
                "ID" => ids.TryGetValue(name, out var id) ? id : ids["customerId"],
                "String" =>
                    name.Contains("mail", StringComparison.OrdinalIgnoreCase) ? "someone@example.com" : "测试 test",
                "Int" => 1,
                "Decimal" or "Float" => 1,
                "Boolean" => true,
                "Date" => "2030-01-15",
                "DateTime" => DateTimeOffset.UtcNow.AddDays(1).ToString("O", CultureInfo.InvariantCulture),
                "Upload" => Skip.Instance,
                _ => throw new InvalidOperationException($"No sample value for the scalar {named.Name} ({name})."),
            },
        };
    }

    private static HashSet<string> OptionalFieldNames(IInputObjectGraphType type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (field.ResolvedType is not NonNullGraphType)
            {
                names.Add(field.Name);
            }

            if (Unwrap(field.ResolvedType!) is IInputObjectGraphType nested && !ReferenceEquals(nested, type))
            {
                names.UnionWith(OptionalFieldNames(nested));
            }
        }

        return names;
    }

    private static string Selection(FieldType mutation)
    {
        var payload = (IComplexGraphType)Unwrap(mutation.ResolvedType!);
        if (payload.GetField("errors") is not { } errors)
        {
            return "__typename";
        }

        var members = Unwrap(errors.ResolvedType!) is UnionGraphType union ? union.PossibleTypes.Select(t => t.Name)
            .ToList() : [];
        var validation = members.Contains("ValidationError") ? " ... on ValidationError { field }" : string.Empty;
        return $"__typename errors {{ __typename ... on Error {{ code message }}{validation} }}";
    }

    private static IEnumerable<(string? Code, string? Field, string Message)> Errors(JsonObject body, string mutation)
    {
        foreach (var error in body["errors"]?.AsArray() ?? [])
        {
            yield return (
                error!["extensions"]?["code"]?.GetValue<string>(), null, error["message"]!.GetValue<string>());
        }

        foreach (var error in body["data"]?[mutation]?["errors"]?.AsArray() ?? [])
        {
            yield return (error!["code"]?.GetValue<string>(), error[
                "field"]?.GetValue<string>(), error["message"]?.GetValue<string>() ?? "");
        }
    }

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    private sealed class Skip
    {
        public static readonly Skip Instance = new();
    }
}
