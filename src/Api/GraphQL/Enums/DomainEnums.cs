using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Api.GraphQL.Enums;

public sealed class LifecycleStageType : DomainEnumType<LifecycleStage>;

public sealed class StageTriggerType : DomainEnumType<StageTrigger>;

public sealed class CustomerGradeType : DomainEnumType<CustomerGrade>;

public sealed class CustomerSourceType : DomainEnumType<CustomerSource>;

public sealed class GenderType : DomainEnumType<Gender>;

public sealed class DecisionChainType : DomainEnumType<DecisionChain>;

public sealed class KeyDateKindType : DomainEnumType<KeyDateKind>;

public sealed class IssueStatusType : DomainEnumType<IssueStatus>;

public sealed class FollowUpChannelType : DomainEnumType<FollowUpChannel>;

public sealed class FollowUpPurposeType : DomainEnumType<FollowUpPurpose>;

public sealed class FollowUpPlanStatusType : DomainEnumType<FollowUpPlanStatus>;

public sealed class DealStatusType : DomainEnumType<DealStatus>;

public sealed class LostReasonType : DomainEnumType<LostReason>;

public sealed class DuplicateKeyKindType : DomainEnumType<DuplicateKeyKind>;
