using System.Runtime.CompilerServices;

// Tests build fixtures through the same internal steps the domain's own operations use (Customer.Advance).
[assembly: InternalsVisibleTo("CrmGraph.Domain.Tests")]
