using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Sorting;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL;

public sealed class CrmSchema : Schema
{
    public CrmSchema(IServiceProvider services)
        : base(services)
    {
        Description = "CrmGraph: customer management for sales teams. 客户管理系统。";
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Subscription = services.GetRequiredService<SubscriptionType>();
        Directives.Register(new SpecifiedByDirective());
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeScalar));
        RegisterTypeMapping(typeof(DateOnly), typeof(DateScalar));
        RegisterTypeMapping(typeof(decimal), typeof(DecimalScalar));
        RegisterType(typeof(DecimalScalar));

        // Types reached only through interfaces and unions, or by name from input records, must be named explicitly.
        RegisterType(typeof(UserType));
        RegisterType(typeof(CustomerType));
        RegisterType(typeof(FollowUps.FollowUpPlanType));
        RegisterType(typeof(FollowUps.FollowUpRecordType));
        RegisterType(typeof(Deals.DealType));
        RegisterType(typeof(ValidationErrorType));
        RegisterType(typeof(NotFoundErrorType));
        RegisterType(typeof(NotAllowedErrorType));
        RegisterType(typeof(StaleVersionErrorType));
        RegisterType(typeof(Admin.CadencePolicyInputType));
        RegisterType(typeof(Admin.PoolPolicyInputType));
        RegisterType(typeof(Admin.ReminderPolicyInputType));
        RegisterType(typeof(Admin.EvaluationWeightsInputType));
        RegisterType(typeof(UploadScalar));
        RegisterType(typeof(Sheets.SpreadsheetTemplateType));
        RegisterType(typeof(Sheets.ImportDuplicateActionType));
        RegisterType(typeof(Sheets.ImportColumnMappingInputType));
        RegisterType(typeof(Sheets.ImportOwnerMappingInputType));
        RegisterType(typeof(ErrorInterface));
        RegisterFilterAndSortTypes();
    }

    private void RegisterFilterAndSortTypes()
    {
        RegisterType(typeof(SortEnumType));
        RegisterType(typeof(DateScalar));
        RegisterType(typeof(Enums.CustomerGradeType));
        RegisterType(typeof(Enums.LifecycleStageType));
        RegisterType(typeof(Enums.DecisionChainType));
        RegisterType(typeof(Enums.KeyDateKindType));
        RegisterType(typeof(Enums.FollowUpChannelType));
        RegisterType(typeof(Enums.FollowUpPurposeType));
        RegisterType(typeof(Enums.LostReasonType));
        RegisterType(typeof(UserRoleType));
        RegisterType(typeof(StringOperationFilterInputType));
        RegisterType(typeof(IntOperationFilterInputType));
        RegisterType(typeof(DecimalOperationFilterInputType));
        RegisterType(typeof(DateTimeOperationFilterInputType));
        RegisterType(typeof(BooleanOperationFilterInputType));
        RegisterType(typeof(IdOperationFilterInputType));
        RegisterType(typeof(Filtering.ListStringOperationFilterInputType));
        RegisterType(new EnumOperationFilterInputType<CustomerKindType>());
        RegisterType(new EnumOperationFilterInputType<Enums.LifecycleStageType>());
        RegisterType(new EnumOperationFilterInputType<Enums.CustomerGradeType>());
        RegisterType(new EnumOperationFilterInputType<Enums.CustomerSourceType>());
        RegisterType(new EnumOperationFilterInputType<Enums.FollowUpPlanStatusType>());
        RegisterType(new EnumOperationFilterInputType<Enums.FollowUpChannelType>());
        RegisterType(new EnumOperationFilterInputType<Reminders.ReminderKindType>());
        RegisterType(new EnumOperationFilterInputType<Aftercare.ServiceTypeType>());
        RegisterType(new EnumOperationFilterInputType<Aftercare.ServiceStatusType>());
        RegisterType(new EnumOperationFilterInputType<Aftercare.CareKindType>());
        RegisterType(new EnumOperationFilterInputType<Aftercare.FeedbackCategoryType>());
        RegisterType(new EnumOperationFilterInputType<Aftercare.WinBackOutcomeType>());
        RegisterType(new EnumOperationFilterInputType<Audit.AuditActionType>());
        RegisterType(new EnumOperationFilterInputType<Audit.CustomerAccessKindType>());
        RegisterType(new EnumOperationFilterInputType<Enums.DealStatusType>());
    }
}
