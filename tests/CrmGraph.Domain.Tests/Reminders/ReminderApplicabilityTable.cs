using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;

namespace CrmGraph.Domain.Tests.Reminders;

/// <summary>
/// Every cell of kind × lifecycle stage × pool state × record state, against the table written out here (the same
/// table as docs/reminders.md). Only live, owned customers get anything; the rows below say which stages.
/// </summary>
public sealed class ReminderApplicabilityTable
{
    private const LifecycleStage P = LifecycleStage.Prospect;
    private const LifecycleStage Q = LifecycleStage.Qualified;
    private const LifecycleStage F = LifecycleStage.FollowingUp;
    private const LifecycleStage E = LifecycleStage.Established;
    private const LifecycleStage M = LifecycleStage.Maintaining;
    private const LifecycleStage R = LifecycleStage.AtRisk;
    private const LifecycleStage C = LifecycleStage.Churned;
    private const LifecycleStage W = LifecycleStage.WonBack;
    private const LifecycleStage L = LifecycleStage.Lost;

    /// <summary>For a live customer with an owner: the stages in which each kind applies.</summary>
    private static readonly Dictionary<ReminderKind, LifecycleStage[]> LiveAndOwned = new()
    {
        [ReminderKind.FollowUpOverdue] = [P, Q, F, E, M, R, C, W],
        [ReminderKind.FollowUpDueSoon] = [P, Q, F, E, M, R, C, W],
        [ReminderKind.KeyDateAhead] = [P, Q, F, E, M, R, C, W],
        [ReminderKind.ContractExpiring] = [P, Q, F, E, M, R, C, W],
        [ReminderKind.GradeReviewStale] = [P, Q, F, E, M, R, W],
        [ReminderKind.ContactVerificationStale] = [P, Q, F, E, M, R, W],
        [ReminderKind.NewCustomerWithoutFollowUp] = [P, Q],
        [ReminderKind.GradeAWithoutFollowUpToday] = [P, Q, F, E, M, R, W],
        [ReminderKind.PoolReclaimWarning] = [P, Q, F, E, M, R, W],
        [ReminderKind.PoolReclaimed] = [P, Q, F, E, M, R, W],
    };

    public static TheoryData<ReminderKind, LifecycleStage, PoolState, RecordState, bool> Cells()
    {
        var cells = new TheoryData<ReminderKind, LifecycleStage, PoolState, RecordState, bool>();
        foreach (var kind in Enum.GetValues<ReminderKind>())
        {
            foreach (var stage in Enum.GetValues<LifecycleStage>())
            {
                foreach (var pool in Enum.GetValues<PoolState>())
                {
                    foreach (var record in Enum.GetValues<RecordState>())
                    {
                        var expected =
                            pool == PoolState.Owned && record == RecordState.Live && LiveAndOwned[kind].Contains(stage);
                        cells.Add(kind, stage, pool, record, expected);
                    }
                }
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_of_the_table(
        ReminderKind kind, LifecycleStage stage, PoolState pool, RecordState record, bool applies) =>
        ReminderApplicability.Applies(kind, stage, pool, record).ShouldBe(applies);

    [Fact]
    public void The_table_has_a_row_for_every_kind_and_every_cell_is_generated() =>
        (LiveAndOwned.Count, Cells().Count).ShouldBe((Enum.GetValues<ReminderKind>().Length,
            Enum.GetValues<ReminderKind>().Length * Enum.GetValues<LifecycleStage>().Length * 2 * 4));
}
