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
    private static readonly Type[] CommonErrors =
    [
        typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(NotAllowedErrorType),
        typeof(StaleVersionErrorType),
    ];

    /// <summary>
    /// A mutation taking one typed input record, carried out by one handler, e.g.
    /// <c>mutation.AddMutation&lt;WinDealInput, DealType&gt;("winDeal", "deal", "…", WinDeal.HandleAsync)</c>.
    /// The input type <c>WinDealInput</c> is derived from the record (see <see cref="InputRecord"/>); binding
    /// errors (a bad id) and domain exceptions become the payload's typed errors.
    /// </summary>
    public static void AddMutation<TInput, TResultGraphType>(
        this ObjectGraphType mutation,
        string name,
        string resultField,
        string description,
        Func<IResolveFieldContext, TInput, Task<object?>> handle,
        params Type[] extraErrors)
        where TInput : class
        where TResultGraphType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(handle);
        var inputType = InputRecord.GraphType<TInput>(ConnectionNames.Pascal(name) + "Input", description);
        mutation.Field(name, new NonNullGraphType(Payload<TResultGraphType>(name, resultField, extraErrors)))
            .Description(description)
            .Argument(new NonNullGraphType(inputType), "input", a => a.Description = "What to do. 操作输入。")
            .ResolveAsync(async c => await RunAsync(c, c => handle(c, BindInput<TInput>(c))).ConfigureAwait(false));
    }

    /// <summary>A mutation with a declared input graph type.</summary>
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
        mutation.Field(name, new NonNullGraphType(Payload<TResultGraphType>(name, resultField, extraErrors)))
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .ResolveAsync(async c => await RunAsync(c, run).ConfigureAwait(false));
    }

    private static TInput BindInput<TInput>(IResolveFieldContext context)
        where TInput : class => InputRecord.Bind<TInput>(InputArgument(context));

    private static Dictionary<string, object?> InputArgument(IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>("input");

    private static ObjectGraphType Payload<TResultGraphType>(string name, string resultField, Type[] extraErrors)
        where TResultGraphType : IGraphType
    {
        var pascal = ConnectionNames.Pascal(name);
        var errors = new UnionGraphType
        {
            Name = pascal + "Error",
            Description = $"Why `{name}` did nothing. 操作未执行的原因。",
        };
        foreach (var type in CommonErrors.Concat(extraErrors).Distinct())
        {
            errors.Type(type);
        }

        var payload = new ObjectGraphType
        {
            Name = pascal + "Payload",
            Description = $"What `{name}` did: its result, or why it did nothing. `{name}` 的结果。",
        };
        payload.Field<TResultGraphType>(resultField)
            .Description("The result; null when `errors` is set. 操作结果；出错时为空。")
            .Resolve(c => ((MutationResult)c.Source!).Value);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why nothing was changed; null on success. 未修改的原因；成功时为空。")
            .Resolve(c => ((MutationResult)c.Source!).Errors);
        return payload;
    }

    private static async Task<MutationResult> RunAsync(
        IResolveFieldContext context, Func<IResolveFieldContext, Task<object?>> run)
    {
        try
        {
            return new MutationResult(await run(context).ConfigureAwait(false), null);
        }
        catch (DomainException ex)
        {
            return new MutationResult(null, [ex.ToUserError(context)]);
        }
    }
}
