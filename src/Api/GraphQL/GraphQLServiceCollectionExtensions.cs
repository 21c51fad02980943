using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Deals;
using CrmGraph.Api.GraphQL.FollowUps;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using CrmGraph.Api.GraphQL.Nodes;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Idempotency;
using CrmGraph.Api.Transport;
using CrmGraph.Api.Transport.WebSockets;
using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddCrmGraphQL(
        this IServiceCollection services, IConfiguration configuration, bool exposeExceptionDetails)
    {
        services.AddGraphQL(b => b
            .AddCrmSchema()
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<GraphQL.Execution.CrmErrorInfoProvider>()
            .AddDocumentListener<GraphQL.Execution.AuditActorListener>()
            .UseTelemetry()
            .ConfigureExecution(Telemetry.OperationMetrics.RecordAsync)
            // One DbContext per request: resolvers of a query run one after another (ADR-004).
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
        // Parsed and spec-validated documents are reused per query text; our own rules still run (ADR-046).
        services.AddSingleton<GraphQL.Execution.ValidatedDocumentCache>();
        services.AddSingleton<global::GraphQL.DI.IConfigureExecution>(
            sp => sp.GetRequiredService<GraphQL.Execution.ValidatedDocumentCache>());
        // Customer reads built once per shape and compiled, the viewer's values as parameters (ADR-047).
        services.AddSingleton<GraphQL.Expressions.QueryTemplateCache>();
        services.Configure<ErrorInfoProviderOptions>(o => o.ExposeExceptionDetails = exposeExceptionDetails);
        services.AddHttpContextAccessor();
        services.Configure<PagingOptions>(configuration.GetSection("Crm:Paging"));
        services.AddSingleton<NodeSources>();
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Customer>(
            CustomerType.TypeName, (db, v) => VisibilityScope.Customers(db.Customers.AsNoTracking(), v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<User>(
            UserType.TypeName, (db, v) => VisibilityScope.Users(db.Users.AsNoTracking(), v)));
        services.AddSingleton<INodeSource>(
            new VisibleNodeSource<FollowUpPlan>(FollowUpPlanType.TypeName, (db, v) => VisibilityScope.FollowUpPlans(
                db.FollowUpPlans.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<FollowUpRecord>(
            FollowUpRecordType.TypeName,
            (db, v) => VisibilityScope.FollowUpRecords(db.FollowUpRecords.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Deal>(
            DealType.TypeName, (db, v) => VisibilityScope.Deals(db.Deals.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Domain.Service.ServiceRecord>(
            Aftercare.ServiceRecordType.TypeName,
            (db, v) => VisibilityScope.CustomerRecords(db.ServiceRecords.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Domain.Care.CareAction>(
            Aftercare.CareActionType.TypeName,
            (db, v) => VisibilityScope.CustomerRecords(db.CareActions.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Domain.Care.SatisfactionSurvey>(
            Aftercare.SatisfactionSurveyType.TypeName,
            (db, v) => VisibilityScope.CustomerRecords(db.SatisfactionSurveys.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Domain.Care.Feedback>(
            Aftercare.FeedbackType.TypeName,
            (db, v) => VisibilityScope.CustomerRecords(db.Feedback.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Domain.Retention.WinBackAttempt>(
            Aftercare.WinBackAttemptType.TypeName,
            (db, v) => VisibilityScope.CustomerRecords(db.WinBackAttempts.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new CustomerPartNodeSource<Contact>("Contact", c => c.Contacts, x => x.Id));
        services.AddSingleton<INodeSource>(new CustomerPartNodeSource<KeyDate>("KeyDate", c => c.KeyDates, x => x.Id));
        services.AddSingleton<INodeSource>(
            new CustomerPartNodeSource<PotentialIssue>("PotentialIssue", c => c.Issues, x => x.Id));
        services.AddSingleton<INodeSource>(
            new CustomerPartNodeSource<Purchase>("Purchase", c => c.Purchases, x => x.Id));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Domain.Teams.Team>(
            Admin.TeamType.TypeName,
            (db, v) => v.Role == UserRole.Admin ? db.Teams.AsNoTracking() : db.Teams.AsNoTracking()
                .Where(t => t.Id == v.TeamId)));
        services.AddSingleton<INodeSource>(new RecordNodeSource<Persistence.Auditing.AuditEntry>(
            Audit.AuditEntryType.TypeName,
            (db, v) => VisibilityScope.AuditEntries(db.AuditEntries.AsNoTracking(), db.Customers, v), a => a.Id));
        services.AddSingleton<INodeSource>(new RecordNodeSource<Authentication.ApiTokens.ApiToken>(
            Admin.ApiTokenType.TypeName,
            (db, v) => db.ApiTokens.AsNoTracking().Where(t => t.UserId == v.UserId || v.Role == UserRole.Admin),
            t => t.Id));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Domain.Reminders.Reminder>(
            Reminders.ReminderType.TypeName, (db, v) => VisibilityScope.Reminders(db.Reminders.AsNoTracking(), v)));
        services.AddSingleton<INodeSource>(new RecordNodeSource<Domain.Performance.PerformanceRating>(
            Performance.PerformanceRatingType.TypeName,
            (db, v) => VisibilityScope.PerformanceRatings(db.PerformanceRatings.AsNoTracking(), v), r => r.Id));
        services.AddScoped<IdempotencyGuard>();
        services.AddScoped<CreateCustomerCommand>();
        services.AddSingleton<GraphQLRequestParser>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.Configure<GraphQLWebSocketOptions>(configuration.GetSection("Crm:WebSockets"));
        return services;
    }

    /// <summary>
    /// What the schema is made of: its types and its field middleware, nothing of execution or transport. Every
    /// part of the built schema must hold no service of the server it was built in (resolvers and middleware take
    /// theirs from the request), so that one built schema can serve several servers (the tests do).
    /// </summary>
    public static global::GraphQL.DI.IGraphQLBuilder AddCrmSchema(this global::GraphQL.DI.IGraphQLBuilder builder) =>
        builder.AddSchema<CrmSchema>()
            .AddGraphTypes(typeof(CrmSchema).Assembly)
            .UseMiddleware<GraphQL.Execution.CustomerViewMiddleware>();

    public static IEndpointRouteBuilder MapCrmGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        endpoints.Map(path, handler.HandleAsync);
        endpoints.MapSchemaDocument();
        var options = endpoints.ServiceProvider
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.CrmOptions>>();
        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        endpoints.MapGraphiQLAssets(_ => GraphiQLPage.Enabled(options.Value, environment));
        return endpoints;
    }
}
