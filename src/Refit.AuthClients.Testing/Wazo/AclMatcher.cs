using System.Text;
using System.Text.RegularExpressions;

namespace Refit.AuthClients.Testing.Wazo;

/// <summary>
/// wazo-auth's ACL rules: a granted ACL is matched against the whole required string; <c>*</c> matches any run of
/// characters without a dot or a <c>#</c>, <c>#</c> any run including dots; a whole segment <c>me</c> also matches the token's auth
/// id and a whole segment <c>my_session</c> the token's session uuid; a granted ACL starting with <c>!</c> forbids
/// what it matches even when another one grants it.
/// </summary>
internal sealed class AclMatcher
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex[] _granted;
    private readonly Regex[] _forbidden;

    public AclMatcher(IEnumerable<string> acl, string? authId = null, string? sessionUuid = null)
    {
        ArgumentNullException.ThrowIfNull(acl);
        var accesses = acl.ToList();
        _granted = accesses.Where(a => !a.StartsWith('!'))
            .Select(a => ToRegex(a, authId, sessionUuid)).ToArray();
        _forbidden = accesses.Where(a => a.StartsWith('!'))
            .Select(a => ToRegex(a[1..], authId, sessionUuid)).ToArray();
    }

    /// <summary>Whether the ACL grants <paramref name="required"/>; no requirement (null) is always granted.</summary>
    public bool Matches(string? required)
    {
        if (required is null)
        {
            return true;
        }

        return !_forbidden.Any(r => r.IsMatch(required)) && _granted.Any(r => r.IsMatch(required));
    }

    private static Regex ToRegex(string access, string? authId, string? sessionUuid)
    {
        var pattern = new StringBuilder("^");
        var segments = access.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                pattern.Append(@"\.");
            }

            pattern.Append(segments[i] switch
            {
                "me" => ReservedWord("me", authId),
                "my_session" => ReservedWord("my_session", sessionUuid),
                var segment => Wildcards(segment),
            });
        }

        pattern.Append(@"\z");
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant, MatchTimeout);
    }

    private static string ReservedWord(string word, string? replacement) =>
        string.IsNullOrEmpty(replacement) ? word : $"(?:{word}|{Regex.Escape(replacement)})";

    private static string Wildcards(string segment)
    {
        var pattern = new StringBuilder();
        foreach (var c in segment)
        {
            pattern.Append(c switch
            {
                '*' => "[^.#]*",
                '#' => ".*",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return pattern.ToString();
    }
}
