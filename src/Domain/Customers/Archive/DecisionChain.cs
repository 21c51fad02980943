namespace CrmGraph.Domain.Customers;

/// <summary>决策链: how many people stand between a salesperson and a signature.</summary>
public enum DecisionChain
{
    /// <summary>未知: not yet known.</summary>
    Unknown,

    /// <summary>决策链短: the decision maker is known and close.</summary>
    Short,

    /// <summary>决策链长: several approvals are needed.</summary>
    Long,
}
