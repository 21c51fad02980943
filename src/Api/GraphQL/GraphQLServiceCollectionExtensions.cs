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
    public static IServiceCollection AddCrmGraphQL(this IServiceCollection services, IConfiguration configuration, bool exposeExceptionDetails)
    {
        services.AddGraphQL(b => b
            .AddSchema<CrmSchema>()
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(CrmSchema).Assembly)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = exposeExceptionDetails)
            .AddDocumentListener<GraphQL.Execution.AuditActorListener>()
            .UseMiddleware<GraphQL.Execution.CustomerViewMiddleware>()
            // One DbContext per request: resolvers of a query run one after another (ADR-004).
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
        services.Configure<PagingOptions>(configuration.GetSection("Crm:Paging"));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Customer>(CustomerType.TypeName, (db, v) => VisibilityScope.Customers(db.Customers.AsNoTracking(), v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<User>(UserType.TypeName, (db, v) => VisibilityScope.Users(db.Users.AsNoTracking(), v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<FollowUpPlan>(FollowUpPlanType.TypeName, (db, v) => VisibilityScope.FollowUpPlans(db.FollowUpPlans.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<FollowUpRecord>(FollowUpRecordType.TypeName, (db, v) => VisibilityScope.FollowUpRecords(db.FollowUpRecords.AsNoTracking(), db.Customers, v)));
        services.AddSingleton<INodeSource>(new VisibleNodeSource<Deal>(DealType.TypeName, (db, v) => VisibilityScope.Deals(db.Deals.AsNoTracking(), db.Customers, v)));
        services.AddScoped<IdempotencyGuard>();
        services.AddScoped<CreateCustomerCommand>();
        services.AddSingleton<GraphQLRequestParser>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.Configure<GraphQLWebSocketOptions>(configuration.GetSection("Crm:WebSockets"));
        return services;
    }

    public static IEndpointRouteBuilder MapCrmGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        endpoints.Map(path, handler.HandleAsync);
        return endpoints;
    }
}
