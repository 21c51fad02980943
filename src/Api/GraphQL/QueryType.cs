using CrmGraph.Api.GraphQL.Aftercare;
using CrmGraph.Api.GraphQL.Audit;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Deals;
using CrmGraph.Api.GraphQL.FollowUps;
using CrmGraph.Api.GraphQL.Nodes;
using CrmGraph.Api.GraphQL.Performance;
using CrmGraph.Api.GraphQL.Reminders;
using CrmGraph.Api.GraphQL.Review;
using CrmGraph.Api.GraphQL.ServerInfo;
using CrmGraph.Api.GraphQL.Sheets;
using CrmGraph.Api.GraphQL.Users;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Every read, each through the viewer's visibility. 所有查询。";
        this.AddNodeFields();
        this.AddUserQueries();
        this.AddCustomerQueries();
        this.AddFollowUpQueries();
        this.AddFollowUpPlanCountQueries();
        this.AddDealQueries();
        this.AddAftercareQueries();
        this.AddReminderQueries();
        this.AddReviewQueries();
        this.AddSheetQueries();
        this.AddAuditQueries();
        this.AddAccessLogQueries();
        this.AddPerformanceRatingQueries();
        this.AddPerformanceEvaluationQueries();
        this.AddServerInfoQuery();
    }
}
