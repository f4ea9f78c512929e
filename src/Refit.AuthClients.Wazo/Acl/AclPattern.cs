namespace Refit.AuthClients.Wazo.Acl;

/// <summary>
/// One granted ACL, parsed once: literal text, <c>*</c> (a run without <c>.</c> or <c>#</c>, as wazo's
/// <c>[^.#]*?</c>), <c>#</c> (any run) and the whole
/// segments <c>me</c> and <c>my_session</c>, which stand for themselves or the caller's auth id / session.
/// </summary>
internal sealed class AclPattern
{
    private readonly Part[] _parts;

    private AclPattern(Part[] parts) => _parts = parts;

    private enum Kind
    {
        Literal,
        RunWithinSegment,
        AnyRun,
        Me,
        MySession,
    }

    /// <summary>Parses <paramref name="acl"/> (without its leading <c>!</c>).</summary>
    public static AclPattern Parse(string acl)
    {
        var parts = new List<Part>();
        var literal = new System.Text.StringBuilder();
        var segments = acl.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                literal.Append('.');
            }

            var segment = segments[i];
            if (segment is "me" or "my_session")
            {
                Flush(parts, literal);
                parts.Add(new Part(segment == "me" ? Kind.Me : Kind.MySession, segment));
                continue;
            }

            foreach (var c in segment)
            {
                if (c is '*' or '#')
                {
                    Flush(parts, literal);
                    parts.Add(new Part(c == '*' ? Kind.RunWithinSegment : Kind.AnyRun, string.Empty));
                }
                else
                {
                    literal.Append(c);
                }
            }
        }

        Flush(parts, literal);
        return new AclPattern([.. parts]);
    }

    /// <summary>Whether the pattern matches the whole of <paramref name="required"/>.</summary>
    public bool Matches(string required, string? authId, string? sessionUuid) =>
        new Matcher(_parts, required, authId, sessionUuid).Match(0, 0);

    private static void Flush(List<Part> parts, System.Text.StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new Part(Kind.Literal, literal.ToString()));
            literal.Clear();
        }
    }

    private readonly record struct Part(Kind Kind, string Text);

    /// <summary>A backtracking match that remembers the (part, position) pairs that failed, so it stays polynomial.</summary>
    private sealed class Matcher(Part[] parts, string text, string? authId, string? sessionUuid)
    {
        private bool[]? _failed;

        public bool Match(int part, int position)
        {
            if (part == parts.Length)
            {
                return position == text.Length;
            }

            var key = (part * (text.Length + 1)) + position;
            if (_failed is not null && _failed[key])
            {
                return false;
            }

            if (MatchHere(parts[part], part, position))
            {
                return true;
            }

            _failed ??= new bool[(parts.Length + 1) * (text.Length + 1)];
            _failed[key] = true;
            return false;
        }

        private bool MatchHere(Part current, int part, int position) => current.Kind switch
        {
            Kind.Literal => MatchText(current.Text, part, position),
            Kind.Me => MatchText(current.Text, part, position) || MatchText(authId, part, position),
            Kind.MySession => MatchText(current.Text, part, position) || MatchText(sessionUuid, part, position),
            Kind.RunWithinSegment => MatchRun(part, position, withinSegment: true),
            _ => MatchRun(part, position, withinSegment: false),
        };

        private bool MatchText(string? expected, int part, int position) =>
            !string.IsNullOrEmpty(expected)
            && text.AsSpan(position).StartsWith(expected, StringComparison.Ordinal)
            && Match(part + 1, position + expected.Length);

        // A run within a segment crosses neither '.' nor '#': a required '#' is never granted by a '*'.
        private bool MatchRun(int part, int position, bool withinSegment)
        {
            for (var end = position; ; end++)
            {
                if (Match(part + 1, end))
                {
                    return true;
                }

                if (end == text.Length || (withinSegment && text[end] is '.' or '#'))
                {
                    return false;
                }
            }
        }
    }
}
