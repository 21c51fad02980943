using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>concludeWinBack</c> (GraphQL: <c>ConcludeWinBackInput</c>).</summary>
public sealed record ConcludeWinBackInput(
    [GlobalId(WinBackAttemptType.TypeName), Description("The win-back attempt. 挽回记录。")] Guid WinBackId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Whether the customer was won back. 是否挽回。")] bool WonBack,
    [Description("Description of the effect. 效果说明。")] string Effect);

/// <summary>Records the effect of a win-back; a success wins the customer back (the rules: WinBackAttempt).</summary>
public static class ConcludeWinBack
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ConcludeWinBackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return AftercareRecordChange.ApplyAsync(
            context, input.WinBackId, input.ExpectedVersion, "winBackId", WinBackAttemptType.TypeName, db =>
                db.WinBackAttempts,
            (attempt, customer, x) => attempt.Conclude(customer, input.WonBack, input.Effect, x.Viewer.UserId, x.Now));
    }
}
