namespace Refit.AuthClients.Testing.Astakos.State;

/// <summary>
/// The quotaholder's unit: a limit and a usage range for one (holder, source, resource). Pending issues raise
/// <see cref="UsageMax"/> (and pending releases lower <see cref="UsageMin"/>) until accepted or rejected; the
/// published usage is <see cref="Usage"/>, what accepted commissions made of it, so that it changes on accept only,
/// and the pending amount is the width of the range.
/// </summary>
internal sealed class Holding
{
    public required HoldingKey Key { get; init; }

    public long Limit { get; set; }

    /// <summary>The usage accepted commissions leave: between <see cref="UsageMin"/> and <see cref="UsageMax"/>.</summary>
    public long Usage { get; set; }

    public long UsageMin { get; set; }

    public long UsageMax { get; set; }

    public long Pending => UsageMax - UsageMin;
}

/// <summary>Holder <c>user:&lt;uuid&gt;</c> with source <c>project:&lt;uuid&gt;</c>, or holder <c>project:&lt;uuid&gt;</c> with no source.</summary>
internal readonly record struct HoldingKey(string Holder, string? Source, string Resource)
{
    public static HoldingKey OfMember(string user, string project, string resource) => new("user:" + user, "project:" + project, resource);

    public static HoldingKey OfProject(string project, string resource) => new("project:" + project, null, resource);
}
