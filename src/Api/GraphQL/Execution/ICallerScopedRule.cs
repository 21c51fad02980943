namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// A validation rule whose outcome for a document without variables depends only on the settings it was built with,
/// whether someone is signed in, and the viewer's role and credential scope. Only when every rule of ours is one may a
/// cached document skip them for a caller it already passed for (<see cref="ValidatedDocumentCache"/>, ADR-052); a
/// rule without this marker runs on every request.
/// </summary>
public interface ICallerScopedRule;
