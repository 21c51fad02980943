using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>markFeedbackForProduct</c> (GraphQL: <c>MarkFeedbackForProductInput</c>).</summary>
public sealed record MarkFeedbackForProductInput(
    [GlobalId(FeedbackType.TypeName), Description("The feedback. 客户反馈。")] Guid FeedbackId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>Passes the feedback to the product department.</summary>
public static class MarkFeedbackForProduct
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, MarkFeedbackForProductInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return AftercareRecordChange.ApplyAsync(
            context, input.FeedbackId, input.ExpectedVersion, "feedbackId", FeedbackType.TypeName, db => db.Feedback,
            (feedback, _, x) => feedback.MarkForProductDepartment(x.Now));
    }
}
