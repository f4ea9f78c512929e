using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// One change to a quota holding: <paramref name="Quantity"/> of <paramref name="Resource"/> taken by
/// <paramref name="Holder"/> from <paramref name="Source"/>; a negative quantity releases.
/// </summary>
/// <param name="Holder">The holder, <c>user:&lt;uuid&gt;</c> or <c>project:&lt;uuid&gt;</c>.</param>
/// <param name="Source">The source, <c>project:&lt;uuid&gt;</c>, or null for a project's own holding (always sent).</param>
/// <param name="Resource">The resource, e.g. <c>cyclades.vm</c>.</param>
/// <param name="Quantity">How much.</param>
public sealed record Provision(
    [property: JsonPropertyName("holder")] string Holder,
    [property: JsonPropertyName("source"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Source,
    [property: JsonPropertyName("resource")] string Resource,
    [property: JsonPropertyName("quantity")] long Quantity)
{
    /// <summary>A user's provision from a project: holder <c>user:&lt;user&gt;</c>, source <c>project:&lt;project&gt;</c>.</summary>
    public static Provision ForUser(string user, string project, string resource, long quantity) =>
        new("user:" + user, "project:" + project, resource, quantity);

    /// <summary>A project's own provision: holder <c>project:&lt;project&gt;</c>, no source.</summary>
    public static Provision ForProject(string project, string resource, long quantity) =>
        new("project:" + project, null, resource, quantity);

    /// <summary>
    /// The pair that takes <paramref name="quantity"/> for <paramref name="user"/> from <paramref name="project"/>:
    /// the user's provision, then the project's (the reference client's <c>mk_provisions</c>).
    /// </summary>
    public static IEnumerable<Provision> ForUserAndProject(string user, string project, string resource, long quantity)
    {
        yield return ForUser(user, project, resource, quantity);
        yield return ForProject(project, resource, quantity);
    }
}
