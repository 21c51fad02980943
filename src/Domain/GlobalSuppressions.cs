using System.Diagnostics.CodeAnalysis;

// DecisionChain.Short / DecisionChain.Long are sales words (决策链短 / 决策链长), not type names. Main suppresses
// CA1720 in Directory.Build.props; this branch may not edit that file, so the suppression is scoped here.
[assembly: SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Domain vocabulary.", Scope = "member", Target = "~F:CrmGraph.Domain.Customers.DecisionChain.Short")]
[assembly: SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Domain vocabulary.", Scope = "member", Target = "~F:CrmGraph.Domain.Customers.DecisionChain.Long")]
