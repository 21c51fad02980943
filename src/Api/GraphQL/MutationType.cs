using CrmGraph.Api.GraphQL.Admin;
using CrmGraph.Api.GraphQL.Aftercare;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Deals;
using CrmGraph.Api.GraphQL.FollowUps;
using CrmGraph.Api.GraphQL.Sheets;
using CrmGraph.Api.GraphQL.Privacy;
using CrmGraph.Api.GraphQL.Performance;
using CrmGraph.Api.GraphQL.Reminders;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Every change, each taking one input and returning a payload with `errors`. 所有修改操作。";
        this.AddCustomerMutations();
        this.AddCustomerLifecycleMutations();
        this.AddCustomerArchiveMutations();
        this.AddCustomerRecordMutations();
        this.AddCustomerMergeMutation();
        this.AddFollowUpMutations();
        this.AddDealMutations();
        this.AddAftercareMutations();
        this.AddChurnRiskMutation();
        this.AddReminderMutations();
        this.AddAdminMutations();
        this.AddSheetMutations();
        this.AddTeamSettingsMutation();
        this.AddUserMutations();
        this.AddApiTokenMutations();
        this.AddPrivacyMutations();
        this.AddPerformanceRatingMutations();
    }
}
