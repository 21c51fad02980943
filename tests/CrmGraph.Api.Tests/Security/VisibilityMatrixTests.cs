using System.Text.Json.Nodes;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Every query and mutation of the schema, tried by people who must not reach a salesperson's customer: a colleague
/// of the same team, a supervisor and a salesperson of another team. The fields come from introspection, so a new
/// field is covered the day it is added — or this test names it and asks how to probe it.
/// </summary>
public sealed class VisibilityMatrixTests
{
    // Root query fields that need arguments other than paging, and how to probe them.
    private static readonly HashSet<string> ProbedByHand = [
        "node", "nodes", "likelyDuplicates", "me", "serverInfo", "customersSpreadsheet", "spreadsheet", "dataReview",
        "performanceRatings", "performanceEvaluation", "followUpPlanCounts"];

    // Mutations that only create something of the caller's own (they reach no existing record); an import is
    // probed by its own tests (it needs a file).
    private static readonly HashSet<string> Creating = [
        "createCustomer", "createTeam", "createUser", "createApiToken", "importSpreadsheet"];

    [EngineFact]
    public async Task Nobody_outside_a_customers_visibility_can_read_change_or_hear_of_it(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var world = await World.CreateAsync(api);
        var schema = await SchemaAsync(api, world.Admin);
        var probes = new (string Name, string Token, bool SameTeam)[] { (
            "bob", world.Bob, true), ("olga", world.Olga, false), ("oscar", world.Oscar, false) };

        foreach (var (name, token, sameTeam) in probes)
        {
            var secret = sameTeam ? world.CustomerRecords : [.. world.CustomerRecords, .. world.TeamRecords];
            foreach (var field in RootFields(schema, "Query"))
            {
                if (ProbedByHand.Contains(field.Name))
                {
                    continue;
                }

                IsConnection(field.Field).ShouldBeTrue(
                    $"Query.{field.Name} is new: add how to probe it to {nameof(VisibilityMatrixTests)}.");
                var response = await api.PostAsync(
                    token, $"{{ {field.Name}(first: 50) {{ nodes {{ {NodeSelection(schema, field.Field)} }} }} }}");
                if (response.Status == 403)
                {
                    continue;
                }

                response.Errors.ShouldBeNull($"{name}: Query.{field.Name}: {response}");
                var ids = response.Data![field.Name]!["nodes"]!.AsArray()
                    .Select(n => n!["id"]?.GetValue<string>())
                    .ToList();
                ids.Intersect(secret).ShouldBeEmpty($"{name} sees another's records through Query.{field.Name}");
                if (field.Name is "auditTrail" or "customerAccessLog")
                {
                    var trail = await api.PostAsync(token, $"{{ {field.Name}(where: {{ customerId: {{ eq: " +
                        $"\"{world.Customer}\" }} }}) {{ totalCount }} }}");
                    trail.Data![field.Name]!["totalCount"]!.GetValue<int>()
                        .ShouldBe(0, $"{name} reads the history of another's customer");
                }
            }

            // dataReview: alice's customer (entered this month, with a complaint) counts for alice only.
            const string Review = "query($ownerId: ID, $teamId: ID) { dataReview(ownerId: $ownerId, teamId: $teamId) " +
                "{ newCustomers service { services } } }";
            (await api.PostAsync(world.Alice, Review)).Data!["dataReview"]!["newCustomers"]!.GetValue<int>()
                .ShouldBe(1, "the owner's own review");
            var ownReview = await api.PostAsync(token, Review);
            ownReview.Data!["dataReview"]!["newCustomers"]!.GetValue<int>()
                .ShouldBe(0, $"{name} counts another's customer in dataReview");
            ownReview.Data!["dataReview"]!["service"]!["services"]!.GetValue<int>()
                .ShouldBe(0, $"{name} counts another's service in dataReview");
            foreach (var variables in new object[] { new { ownerId = world.IdFor(
                "ownerId") }, new { teamId = world.IdFor("teamId") } })
            {
                var narrowed = await api.PostAsync(token, Review, variables);
                if (narrowed.Errors is null)
                {
                    narrowed.Data!["dataReview"]!["newCustomers"]!.GetValue<int>()
                        .ShouldBe(0, $"{name} reviews alice's figures: {narrowed}");
                }
                else
                {
                    narrowed.Errors[0]!["extensions"]!["code"]!.GetValue<string>()
                        .ShouldBeOneOf("NOT_ALLOWED", "NOT_FOUND");
                }
            }

            var export = await api.PostAsync(token, "{ customersSpreadsheet(format: CSV) { contentBase64 } }");
            System.Text.Encoding.UTF8.GetString(
                Convert.FromBase64String(export.Data!["customersSpreadsheet"]!["contentBase64"]!.GetValue<string>()))
                .ShouldNotContain("北方机密客户", customMessage: $"{name} exports another's customer");
            foreach (var template in new[] { "CUSTOMERS", "FOLLOW_UP_RECORDS", "FOLLOW_UP_PLANS", "CONVERSIONS", "SERVICES" })
            {
                var query = $"{{ spreadsheet(template: {template}, format: CSV) {{ contentBase64 }} }}";
                string Exported(GraphQLResponse r) => System.Text.Encoding.UTF8.GetString(
                    Convert.FromBase64String(r.Data!["spreadsheet"]!["contentBase64"]!.GetValue<string>()));
                Exported(await api.PostAsync(token, query))
                    .ShouldNotContain("北方机密客户", customMessage: $"{name} exports another's {template}");
                Exported(await api.PostAsync(await api.TokenAsync("alice"), query))
                    .ShouldContain("北方机密客户", customMessage: $"the owner's own {template} export");
            }

            var evaluation = await api.PostAsync(token, "{ performanceEvaluation(period: { year: 2026, month: 2 }) { " +
                "salespeople { salesperson { login } } } }");
            evaluation.Data!["performanceEvaluation"]!["salespeople"]!.AsArray()
                .Select(l => l!["salesperson"]!["login"]!.GetValue<string>())
                .ShouldNotContain("alice", $"{name} reads alice's evaluation");
            const string PlanCounts = "{ followUpPlanCounts(now: \"2026-03-02T01:00:00Z\", endOfDay: " +
                "\"2026-03-02T16:00:00Z\") { salesperson { login } overdue dueToday } }";
            (await api.PostAsync(token, PlanCounts)).Data!["followUpPlanCounts"]!.AsArray()
                .Select(l => l!["salesperson"]!["login"]!.GetValue<string>())
                .ShouldNotContain("alice", $"{name} counts alice's follow-up plans");
            (await api.PostAsync(world.Alice, PlanCounts)).Data!["followUpPlanCounts"]!.AsArray()
                .Select(l => l!["salesperson"]!["login"]!.GetValue<string>()).ShouldBe(["alice"], "alice's own line");
            var ratings = await api.PostAsync(token, "{ performanceRatings { id } }");
            ratings.Data!["performanceRatings"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ShouldNotContain(
                world.Rating, $"{name} reads alice's supervisor rating");
            (await api.PostAsync(world.Alice, "{ performanceRatings { id } }")).Data![
                "performanceRatings"]!.AsArray().Count.ShouldBe(1, "alice reads her own rating");

            var nodes = await api.PostAsync(
                token, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = secret });
            nodes.Data!["nodes"]!.AsArray().Where(n => n is not null).ShouldBeEmpty(
                $"{name} resolves another's records with nodes(ids:)");
            foreach (var id in secret)
            {
                (await api.PostAsync(token, "query($id: ID!) { node(id: $id) { id } }", new { id })).Data![
                    "node"].ShouldBeNull($"{name} resolves {id} with node(id:)");
            }

            if (!sameTeam)
            {
                var duplicates = await api.PostAsync(token, "{ a: likelyDuplicates(customerId: " +
                    $"\"{world.Customer}\") {{ customerId }} b: likelyDuplicates(phone: \"13900000001\") {{ " +
                    "customerId } }");
                (duplicates.Data?["a"]?.AsArray().Count ?? 0)
                    .ShouldBe(0, $"{name} learns of another team's customer through likelyDuplicates");
                (duplicates.Data?["b"]?.AsArray().Count ?? 0)
                    .ShouldBe(0, $"{name} learns of another team's customer through likelyDuplicates");
            }

            foreach (var mutation in RootFields(schema, "Mutation").Where(m => !Creating.Contains(m.Name)))
            {
                var input = InputFor(schema, mutation.Field, world);
                var response = await api.PostAsync(
                    token,
                    $"mutation($input: {InputTypeName(mutation.Field)}!) {{ {mutation.Name}(input: $input) {{ errors " +
                    "{ __typename ... on Error { code } } } }",
                    new { input });
                if (response.Status == 403)
                {
                    continue;
                }

                response.Errors.ShouldBeNull($"{name}: {mutation.Name}: {response}");
                var errors = response.Data![mutation.Name]!["errors"]?.AsArray();
                errors.ShouldNotBeNull($"{name} ran {mutation.Name} on another's record: {response}");
                errors.Select(e => e!["__typename"]!.GetValue<string>()).ShouldAllBe(
                    t => t == "NotFoundError" || t == "NotAllowedError", $"{name}: {mutation.Name}: {response}");
            }
        }

        (await World.FingerprintAsync(api)).ShouldBe(world.Fingerprint, "the probes changed the salesperson's records");
    }

    [EngineFact]
    public async Task A_subscriber_hears_only_of_customers_they_may_see(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var world = await World.CreateAsync(api);
        var own = (await api.PostAsync(world.Oscar, "mutation { createCustomer(input: { name: \"奥斯卡的客户\", kind: " +
            "INDIVIDUAL }) { customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        await using var socket = await SubscriptionClient.ConnectAsync(
            api, world.Oscar, "subscription { onCustomerChanged { customer { id } } }");

        await api.PostAsync(world.Alice, $"mutation {{ setCustomerTags(input: {{ customerId: \"{world.Customer}\", " +
            "tags: [\"机密\"] }) { customer { id } } }");
        await api.PostAsync(world.Oscar, $"mutation {{ setCustomerTags(input: {{ customerId: \"{own}\", tags: " +
            "[\"自己的\"] }) { customer { id } } }");

        var first = await socket.NextAsync();
        first!["payload"]!["data"]!["onCustomerChanged"]!["customer"]!["id"]!.GetValue<string>().ShouldBe(own);
    }

    // `id` when the listed type has one (Node ids can be compared with the secret ones), else just the type name.
    private static string NodeSelection(JsonObject schema, JsonNode connectionField)
    {
        var connection = TypeNamed(schema, Unwrap(connectionField["type"]!)["name"]!.GetValue<string>());
        var nodeType = TypeNamed(schema, Unwrap(connection["fields"]!.AsArray().Single(
            f => f!["name"]!.GetValue<string>() == "nodes")!["type"]!)["name"]!.GetValue<string>());
        return nodeType["fields"]!.AsArray().Any(f => f!["name"]!.GetValue<string>() == "id") ? "id" : "__typename";
    }

    private static JsonNode TypeNamed(JsonObject schema, string name) => schema["types"]!.AsArray()
        .Single(t => t!["name"]!.GetValue<string>() == name)!;

    private static bool IsConnection(JsonNode field) => Unwrap(field["type"]!)["name"]!.GetValue<string>()
        .EndsWith("Connection", StringComparison.Ordinal);

    private static string InputTypeName(JsonNode mutation) => Unwrap(mutation["args"]!.AsArray().Single(
        a => a!["name"]!.GetValue<string>() == "input")!["type"]!)["name"]!.GetValue<string>();

    private static JsonNode Unwrap(JsonNode type) =>
        type["ofType"] is { } inner && type["kind"]!.GetValue<string>() is "NON_NULL" or "LIST" ? Unwrap(inner) : type;

    private static IEnumerable<(string Name, JsonNode Field)> RootFields(JsonObject schema, string type) =>
        schema["types"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == type)!["fields"]!.AsArray().Select(
            f => (f!["name"]!.GetValue<string>(), (JsonNode)f!));

    // Every required input field gets a plausible value; every id names the salesperson's records.
    private static Dictionary<string, object?> InputFor(JsonObject schema, JsonNode mutation, World world)
    {
        var inputType = schema["types"]!.AsArray()
            .Single(t => t!["name"]!.GetValue<string>() == InputTypeName(mutation))!;
        var values = new Dictionary<string, object?>();
        foreach (var field in inputType["inputFields"]!.AsArray())
        {
            var name = field!["name"]!.GetValue<string>();
            var type = Unwrap(field["type"]!);
            var required = field["type"]!["kind"]!.GetValue<string>() == "NON_NULL";
            var typeName = type["name"]!.GetValue<string>();
            if (typeName == "ID")
            {
                values[name] = world.IdFor(name) ?? throw new InvalidOperationException(
                    $"{mutation["name"]}.{name} is an id this test does not know: add it to World.IdFor.");
            }
            else if (required)
            {
                var isList = field["type"]!["ofType"]?["kind"]?.GetValue<string>() == "LIST";
                object? value = typeName switch
                {
                    "String" => "探测",
                    "Int" => 1,
                    "Decimal" or "Float" => 1,
                    "Boolean" => false,
                    "DateTime" => "2026-03-10T02:00:00Z",
                    "Date" => "2026-03-10",
                    _ when type["kind"]!.GetValue<string>() == "ENUM" => schema["types"]!.AsArray().Single(t => t![
                        "name"]!.GetValue<string>() == typeName)!["enumValues"]![0]!["name"]!.GetValue<string>(),
                    _ => throw new InvalidOperationException(
                        $"{mutation["name"]}.{name} has a type ({typeName}) this test cannot fill."),
                };
                values[name] = isList ? new[] { value } : value;
            }
        }

        return values;
    }

    private static async Task<JsonObject> SchemaAsync(TestApi api, string token)
    {
        const string query = "{ __schema { types { name kind enumValues { name } inputFields { name type { kind name " +
            "ofType { kind name ofType { kind name ofType { kind name } } } } } fields { name args { name type { " +
            "kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name } } } } } } }";
        return (await api.PostAsync(token, query)).Data!["__schema"]!.AsObject();
    }
}
