using System.Globalization;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary>How a resource's list validates and sorts.</summary>
/// <param name="Resource">The resource name in error bodies.</param>
/// <param name="SortColumns">The accepted values of <c>order</c>.</param>
/// <param name="DefaultOrder">The column used when <c>order</c> is absent.</param>
/// <param name="LegacyErrors">Whether bad parameters are reported in the legacy shape (policies) rather than as
/// <c>invalid-list-param</c>.</param>
internal sealed record ListRules(string Resource, IReadOnlyList<string> SortColumns, string DefaultOrder, bool LegacyErrors = false);

/// <summary>One page of a list: <c>total</c> in scope, <c>filtered</c> matching, and the items of the page.</summary>
internal sealed record ListPage<T>(int Total, int Filtered, IReadOnlyList<T> Items)
{
    public JsonObject Envelope(Func<T, JsonNode> item) =>
        Object(("total", Total), ("filtered", Filtered), ("items", Array(Items.Select(i => (JsonNode?)item(i)))));

    /// <summary>The policy list's envelope: no <c>filtered</c>, and <c>total</c> counts the matching items.</summary>
    public JsonObject EnvelopeWithoutFiltered(Func<T, JsonNode> item) =>
        Object(("total", Filtered), ("items", Array(Items.Select(i => (JsonNode?)item(i)))));
}

/// <summary>The list parameters every wazo-auth list accepts: search, order, direction, limit, offset, recurse.</summary>
internal sealed class ListQuery
{
    private static readonly string[] Truthy = ["true", "t", "1", "yes", "y", "on"];
    private static readonly string[] Falsy = ["false", "f", "0", "no", "n", "off"];

    private readonly ListRules _rules;

    private ListQuery(ListRules rules) => _rules = rules;

    public string? Search { get; private init; }

    public string Order { get; private init; } = "";

    public bool Descending { get; private init; }

    public int? Limit { get; private init; }

    public int Offset { get; private init; }

    public bool Recurse { get; private init; }

    public static ListQuery Parse(EmulatorRequest request, ListRules rules, WazoErrors errors)
    {
        var order = request.QueryValue("order") ?? rules.DefaultOrder;
        if (!rules.SortColumns.Contains(order))
        {
            throw rules.LegacyErrors
                ? errors.Legacy(400, $"Invalid sort column: {order}")
                : Invalid(errors, rules, "order", "one_of", $"Must be one of: {string.Join(", ", rules.SortColumns)}.");
        }

        var direction = request.QueryValue("direction") ?? "asc";
        if (direction is not ("asc" or "desc"))
        {
            throw rules.LegacyErrors
                ? errors.Legacy(400, $"Invalid sort direction: {direction}")
                : Invalid(errors, rules, "direction", "one_of", "Must be one of: asc, desc.");
        }

        return new ListQuery(rules)
        {
            Search = request.QueryValue("search"),
            Order = order,
            Descending = direction == "desc",
            Limit = NonNegative(request, "limit", errors, rules),
            Offset = NonNegative(request, "offset", errors, rules) ?? 0,
            Recurse = Flag(request, "recurse", errors, rules.Resource) ?? false,
        };
    }

    /// <summary>A boolean query parameter as the server's parser reads it, or null when absent.</summary>
    public static bool? Flag(EmulatorRequest request, string name, WazoErrors errors, string resource)
    {
        var value = request.QueryValue(name);
        if (value is null)
        {
            return null;
        }

        if (Truthy.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return Falsy.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? false
            : throw Invalid(errors, new ListRules(resource, [], ""), name, "type", "Not a valid boolean.");
    }

    /// <summary>
    /// Applies search (a case-insensitive substring of any searchable column), exact filters, order and paging.
    /// </summary>
    public ListPage<T> Apply<T>(
        IEnumerable<T> inScope,
        Func<T, IEnumerable<string?>> searchable,
        Func<T, bool> filter,
        Func<T, string, object?> sortKey)
    {
        var all = inScope.ToList();
        var matching = all.Where(filter)
            .Where(item => Search is null || searchable(item).Any(v => v?.Contains(Search, StringComparison.OrdinalIgnoreCase) == true))
            .ToList();
        var comparer = new SortKeyComparer(Descending);
        IEnumerable<T> page = matching.OrderBy(item => sortKey(item, Order), comparer).Skip(Offset);
        if (Limit is { } limit)
        {
            page = page.Take(limit);
        }

        return new ListPage<T>(all.Count, matching.Count, page.ToList());
    }

    private static int? NonNegative(EmulatorRequest request, string name, WazoErrors errors, ListRules rules)
    {
        var value = request.QueryValue(name);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw rules.LegacyErrors
                ? errors.Legacy(400, $"Invalid {name}: {value}")
                : Invalid(errors, rules, name, "type", "Not a valid integer.");
        }

        if (number < 0)
        {
            throw rules.LegacyErrors
                ? errors.Legacy(400, $"Invalid {name}: {value}")
                : Invalid(errors, rules, name, "range", "Must be greater than or equal to 0.");
        }

        return number;
    }

    private static ReplyException Invalid(WazoErrors errors, ListRules rules, string field, string constraint, string message) =>
        errors.Api(400, message, "invalid-list-param",
            Object((field, Object(("constraint_id", constraint), ("message", message)))), rules.Resource);

    /// <summary>Orders strings case-insensitively and puts nulls last in both directions, like the database.</summary>
    private sealed class SortKeyComparer(bool descending) : IComparer<object?>
    {
        public int Compare(object? x, object? y)
        {
            if (x is null || y is null)
            {
                return (x is null ? 1 : 0) - (y is null ? 1 : 0);
            }

            var result = x is string a && y is string b
                ? StringComparer.OrdinalIgnoreCase.Compare(a, b)
                : Comparer<object>.Default.Compare(x, y);
            return descending ? -result : result;
        }
    }
}
