using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.GraphQL.Enums;

public sealed class LifecycleStageType : DomainEnumType<LifecycleStage>;

public sealed class StageTriggerType : DomainEnumType<StageTrigger>;

public sealed class CustomerGradeType : DomainEnumType<CustomerGrade>;

public sealed class CustomerSourceType : DomainEnumType<CustomerSource>;

public sealed class GenderType : DomainEnumType<Gender>;

public sealed class DecisionChainType : DomainEnumType<DecisionChain>;

public sealed class KeyDateKindType : DomainEnumType<KeyDateKind>;

public sealed class IssueStatusType : DomainEnumType<IssueStatus>;
