using System.Reflection;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Teams;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>
/// The team's setting groups (cadence, pool, reminders, evaluation weights) are plain domain classes of int and bool
/// settings; their graph types and patch inputs are derived from them so that a new setting appears in the API with
/// its domain documentation, without a second list to keep in step.
/// </summary>
public static class TeamPolicyProperties
{
    public static IEnumerable<PropertyInfo> Of(Type policy) =>
        policy.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && IsSetting(p.PropertyType));

    public static string FieldName(PropertyInfo property) =>
        char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    /// <summary>
    /// A copy of <paramref name="current"/> with the settings present in <paramref name="patch"/> replaced.
    /// </summary>
    public static T Patch<T>(T current, IDictionary<string, object?> patch, string group)
        where T : class, new()
    {
        var next = new T();
        foreach (var property in Of(typeof(T)))
        {
            var name = FieldName(property);
            var value = patch.TryGetValue(name, out var given) ? given : property.GetValue(current);
            if (value is null && Nullable.GetUnderlyingType(property.PropertyType) is null)
            {
                throw new DomainException(
                    "REQUIRED", $"'{group}.{name}' cannot be null.", $"“{group}.{name}”不能为空。", $"{group}.{name}");
            }

            property.SetValue(next, value is null ? null : Convert.ChangeType(
                value, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType,
                System.Globalization.CultureInfo.InvariantCulture));
        }

        return next;
    }

    private static bool IsSetting(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(bool));
}

/// <summary>
/// The settings of one group (e.g. <see cref="CadencePolicy"/>) a caller sent, as parsed from the group's input type
/// (e.g. <c>CadencePolicyInput</c>): <see cref="ApplyTo"/> replaces the sent settings and keeps the others.
/// </summary>
public sealed class SettingsPatch<T>(IDictionary<string, object?> sent)
    where T : class, new()
{
    /// <summary>A copy of <paramref name="current"/> with the sent settings; errors name <c>group.field</c>.</summary>
    public T ApplyTo(T current, string group) => TeamPolicyProperties.Patch(current, sent, group);
}

public class TeamPolicyType<T> : ObjectGraphType<T>
    where T : class
{
    public TeamPolicyType(string name)
    {
        Name = name;
        Description = DomainDocs.Summary(typeof(T));
        foreach (var property in TeamPolicyProperties.Of(typeof(T)))
        {
            var scalar = (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(bool)
                ? (IGraphType)new BooleanGraphType()
                : new IntGraphType();
            Field(
                TeamPolicyProperties.FieldName(property),
                Nullable.GetUnderlyingType(property.PropertyType) is null ? new NonNullGraphType(scalar) : scalar)
                .Description(DomainDocs.Property(typeof(T), property.Name))
                .Resolve(c => property.GetValue(c.Source));
        }
    }
}

public class TeamPolicyInputType<T> : InputObjectGraphType
    where T : class, new()
{
    public TeamPolicyInputType(string name)
    {
        Name = name;
        Description = $"Changes to {DomainDocs.Summary(typeof(T))} Leave a field out to keep it.";
        foreach (var property in TeamPolicyProperties.Of(typeof(T)))
        {
            var scalar = (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(bool)
                ? (IGraphType)new BooleanGraphType()
                : new IntGraphType();
            Field(TeamPolicyProperties.FieldName(property), scalar)
                .Description(DomainDocs.Property(typeof(T), property.Name));
        }
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SettingsPatch<T>(value);
}

public sealed class CadencePolicyType() : TeamPolicyType<CadencePolicy>("CadencePolicy");

public sealed class PoolPolicyType() : TeamPolicyType<PoolPolicy>("PoolPolicy");

public sealed class ReminderPolicyType() : TeamPolicyType<ReminderPolicy>("ReminderPolicy");

public sealed class EvaluationWeightsType() : TeamPolicyType<EvaluationWeights>("EvaluationWeights");

public sealed class CadencePolicyInputType() : TeamPolicyInputType<CadencePolicy>("CadencePolicyInput");

public sealed class PoolPolicyInputType() : TeamPolicyInputType<PoolPolicy>("PoolPolicyInput");

public sealed class ReminderPolicyInputType() : TeamPolicyInputType<ReminderPolicy>("ReminderPolicyInput");

public sealed class EvaluationWeightsInputType() : TeamPolicyInputType<EvaluationWeights>("EvaluationWeightsInput");
