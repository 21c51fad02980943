using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>
/// 合并重复客户: one customer survives and the duplicate's archive and every record that belongs to it (plans,
/// follow-ups, deals, service …) move to the survivor; the duplicate stays, archived, with its own history.
/// </summary>
public static class CustomerMerge
{
    public static void Merge(
        Customer survivor, Customer duplicate, IEnumerable<ICustomerRecord> records, Func<Guid> newId, Guid actorId,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(survivor);
        ArgumentNullException.ThrowIfNull(duplicate);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(newId);
        var moving = records.ToList();
        if (moving.Any(r => r.CustomerId != duplicate.Id))
        {
            throw new DomainException("RECORD_OF_ANOTHER_CUSTOMER", "Only the duplicate's own records move with a " +
                "merge.", "只有被合并客户自己的记录会随合并转移。");
        }

        survivor.Absorb(duplicate, newId, actorId, now);
        moving.ForEach(r => r.MoveToCustomer(survivor.Id));
    }
}
