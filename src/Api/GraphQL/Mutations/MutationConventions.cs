using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Common;
using GraphQL;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>
/// Hot Chocolate's mutation conventions: <c>name(input: NameInput!): NamePayload!</c>, where the payload holds the
/// result field and <c>errors: [NameError!]</c>, a union of typed errors implementing <c>Error</c>. Domain
/// exceptions become those errors (see <see cref="DomainErrors"/>); they never surface as internal errors.
/// </summary>
public static class MutationConventions
{
    /// <summary>Every mutation may answer with these; extra error types are added per mutation.</summary>
    private static readonly Type[] CommonErrors = [typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(NotAllowedErrorType)];

    public static void AddMutation<TInputGraphType, TResultGraphType>(
        this ObjectGraphType mutation,
        string name,
        string resultField,
        string description,
        Func<IResolveFieldContext, Task<object?>> run,
        params Type[] extraErrors)
        where TInputGraphType : IInputObjectGraphType
        where TResultGraphType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(mutation);
        var pascal = ConnectionNames.Pascal(name);
        var errors = new UnionGraphType { Name = pascal + "Error", Description = $"Why `{name}` did nothing." };
        foreach (var type in CommonErrors.Concat(extraErrors).Distinct())
        {
            errors.Type(type);
        }

        var payload = new ObjectGraphType { Name = pascal + "Payload" };
        payload.Field<TResultGraphType>(resultField).Description("The result; null when `errors` is set.").Resolve(c => ((MutationResult)c.Source!).Value);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors))).Description("Why nothing was changed; null on success.").Resolve(c => ((MutationResult)c.Source!).Errors);

        mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                try
                {
                    return new MutationResult(await run(c).ConfigureAwait(false), null);
                }
                catch (DomainException ex)
                {
                    return new MutationResult(null, [ex.ToUserError(c)]);
                }
            });
    }
}
