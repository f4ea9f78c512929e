using System.Runtime.CompilerServices;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>Reads every item of a list by pages (<c>limit</c>/<c>offset</c>).</summary>
internal static class WazoPaging
{
    /// <summary>The page size of the <c>...AllAsync</c> companions when the caller gives none.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>
    /// Every item from the query's <c>offset</c> (0 when none) on, asking <paramref name="pageSize"/> at a time,
    /// until <c>filtered</c> (or <c>total</c> when the envelope has no <c>filtered</c>) items were passed or a page is
    /// empty. The query's own <c>limit</c> is replaced by the page size. Arguments are checked now, not when enumerated.
    /// </summary>
    public static IAsyncEnumerable<T> ReadAll<TQuery, T>(
        TQuery? query,
        int pageSize,
        Func<TQuery, CancellationToken, Task<WazoList<T>>> readPage,
        CancellationToken cancellationToken)
        where TQuery : WazoListQuery, new()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        query ??= new TQuery();
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset ?? 0, nameof(query));
        return Pages(query, pageSize, readPage, cancellationToken);
    }

    private static async IAsyncEnumerable<T> Pages<TQuery, T>(
        TQuery query,
        int pageSize,
        Func<TQuery, CancellationToken, Task<WazoList<T>>> readPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TQuery : WazoListQuery
    {
        var offset = query.Offset ?? 0;
        while (true)
        {
            // A record copy keeps the query's runtime type, hence its filters.
            var pageQuery = (TQuery)((WazoListQuery)query with { Limit = pageSize, Offset = offset });
            var page = await readPage(pageQuery, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            offset += page.Items.Count;
            if (page.Items.Count == 0 || offset >= (page.Filtered ?? page.Total))
            {
                yield break;
            }
        }
    }
}
