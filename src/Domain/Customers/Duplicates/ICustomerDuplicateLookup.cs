namespace CrmGraph.Domain.Customers;

/// <summary>Finds the team's customers that share any key of the probe (indexed normalized columns).</summary>
public interface ICustomerDuplicateLookup
{
    Task<IReadOnlyList<DuplicateCandidate>> FindByKeysAsync(
        Guid teamId, DuplicateProbe probe, CancellationToken cancellationToken);
}
