using CrmGraph.Api.GraphQL.Customers;
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
            // One DbContext per request: resolvers of a query run one after another (ADR-004).
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
        services.Configure<PagingOptions>(configuration.GetSection("Crm:Paging"));
        services.AddSingleton<INodeSource, CustomerNodeSource>();
        services.AddSingleton<INodeSource, UserNodeSource>();
        services.AddSingleton<INodeSource, FollowUpPlanNodeSource>();
        services.AddSingleton<INodeSource, FollowUpRecordNodeSource>();
        services.AddSingleton<INodeSource, DealNodeSource>();
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
