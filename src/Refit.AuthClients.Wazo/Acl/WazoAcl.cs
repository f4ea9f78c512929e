using System.Collections.Concurrent;
using System.Text;

namespace Refit.AuthClients.Wazo.Acl;

/// <summary>
/// wazo's ACL rules, evaluated locally: whether a token's ACLs grant a required access such as
/// <c>confd.users.1234.read</c>, and how a service fills the template of the access it requires.
/// </summary>
/// <remarks>
/// A granted ACL must match the whole required access. In a granted ACL, <c>*</c> matches any run of characters
/// without a dot or a <c>#</c> (so stays within one segment, and never grants a required <c>#</c>, as wazo's
/// <c>[^.#]*?</c>), <c>#</c> matches any run of characters, dots included, a whole
/// segment <c>me</c> matches <c>me</c> or the token's auth id, and a whole segment <c>my_session</c> matches
/// <c>my_session</c> or the token's session UUID. A granted ACL starting with <c>!</c> forbids what it matches,
/// whatever the other ACLs grant.
/// </remarks>
public static class WazoAcl
{
    private const int MaxCachedPatterns = 10_000;

    private static readonly ConcurrentDictionary<string, AclPattern> Patterns = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="grantedAcls"/> grant <paramref name="requiredAcl"/>.</summary>
    /// <param name="grantedAcls">The token's ACLs (<c>acl</c> of the token); <c>!</c> marks a negation.</param>
    /// <param name="requiredAcl">The access required, already filled (no template placeholders).</param>
    /// <param name="authId">The token's auth id, which the segment <c>me</c> stands for; none when null.</param>
    /// <param name="sessionUuid">The token's session UUID, which the segment <c>my_session</c> stands for; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grantedAcls"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="requiredAcl"/> is null, empty or blank.</exception>
    public static bool IsGranted(IEnumerable<string> grantedAcls, string requiredAcl, string? authId = null, string? sessionUuid = null)
    {
        ArgumentNullException.ThrowIfNull(grantedAcls);
        ArgumentException.ThrowIfNullOrWhiteSpace(requiredAcl);
        var granted = false;
        foreach (var acl in grantedAcls)
        {
            if (string.IsNullOrEmpty(acl))
            {
                continue;
            }

            var negated = acl[0] == '!';
            if (negated && acl.Length == 1)
            {
                continue;
            }

            if (negated || !granted)
            {
                var matches = PatternOf(negated ? acl[1..] : acl).Matches(requiredAcl, authId, sessionUuid);
                if (matches && negated)
                {
                    return false;
                }

                granted |= matches;
            }
        }

        return granted;
    }

    /// <summary>
    /// Fills the <c>{name}</c> placeholders of <paramref name="template"/> as wazo services do: each value with its
    /// dots replaced by <c>_</c>, so that a value never spans segments. Null when a placeholder has no value.
    /// </summary>
    /// <param name="template">The required access, e.g. <c>confd.users.{id}.read</c>.</param>
    /// <param name="valueOf">The value of a placeholder name, or null when there is none.</param>
    /// <exception cref="ArgumentException"><paramref name="template"/> is null, empty or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="valueOf"/> is null.</exception>
    /// <exception cref="FormatException">A <c>{</c> is never closed.</exception>
    public static string? FillTemplate(string template, Func<string, string?> valueOf)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        ArgumentNullException.ThrowIfNull(valueOf);
        var filled = new StringBuilder(template.Length);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                filled.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new FormatException($"The ACL template '{template}' opens a placeholder at {open} that is never closed.");
            }

            var value = valueOf(template[(open + 1)..close]);
            if (value is null)
            {
                return null;
            }

            filled.Append(template, position, open - position).Append(value.Replace('.', '_'));
            position = close + 1;
        }

        return filled.ToString();
    }

    private static AclPattern PatternOf(string acl)
    {
        if (Patterns.TryGetValue(acl, out var pattern))
        {
            return pattern;
        }

        if (Patterns.Count >= MaxCachedPatterns)
        {
            // A crude bound: ACLs come from a small, stable set of policies, so a full cache means abuse or churn.
            Patterns.Clear();
        }

        return Patterns.GetOrAdd(acl, AclPattern.Parse);
    }
}
