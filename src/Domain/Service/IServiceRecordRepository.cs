namespace CrmGraph.Domain.Service;

public interface IServiceRecordRepository
{
    Task<ServiceRecord?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(ServiceRecord record);
}
