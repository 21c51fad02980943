using System.Reflection;
using System.Runtime.CompilerServices;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Teams;

/// <summary>A team's settings change only through Team.ChangeSettings, which checks them and raises an event.</summary>
public sealed class TeamPoliciesAreImmutable
{
    [Theory]
    [InlineData(typeof(CadencePolicy))]
    [InlineData(typeof(PoolPolicy))]
    [InlineData(typeof(ReminderPolicy))]
    [InlineData(typeof(EvaluationWeights))]
    public void Policy_values_are_set_when_built_and_never_afterwards(Type policy)
    {
        var setters = policy.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .ToList();

        setters.ShouldAllBe(
            p => p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));
    }

    [Fact]
    public void An_invalid_policy_is_refused_and_the_team_keeps_its_settings()
    {
        var team = A.Team();
        var events = team.DomainEvents.Count;

        Should.Throw<DomainException>(() => team.ChangeSettings(
            new TeamSettingsChange(Pool: new PoolPolicy { HoldingCap = 0 }), A.Now)).Field.ShouldBe("pool.holdingCap");

        team.Pool.HoldingCap.ShouldBe(200);
        team.DomainEvents.Count.ShouldBe(events);
    }
}
