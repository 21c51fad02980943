using CrmGraph.Domain.Common;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// A credential stopped being valid: one API token (<see cref="ApiTokenId"/>) or, when null, any of the user's.
/// </summary>
public sealed record CredentialsRevoked(Guid UserId, Guid? ApiTokenId, DateTimeOffset OccurredAt) : IDomainEvent;
