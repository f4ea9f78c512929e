using System.Globalization;
using System.Text;

namespace Refit.AuthClients.Testing.Wazo.State;

/// <summary>Slugs derived from names, made unique with a numeric suffix when <c>taken</c> says so.</summary>
internal static class Slugs
{
    public static string From(string? name, int maxLength, Func<string, bool> taken)
    {
        var slug = new StringBuilder();
        foreach (var c in name ?? "")
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        var stem = slug.Length == 0 ? "slug" : slug.ToString();
        var candidate = stem[..Math.Min(stem.Length, maxLength)];
        for (var n = 1; taken(candidate); n++)
        {
            var suffix = n.ToString(CultureInfo.InvariantCulture);
            candidate = stem[..Math.Min(stem.Length, maxLength - suffix.Length)] + suffix;
        }

        return candidate;
    }
}
