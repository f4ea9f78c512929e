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
    /// until the offset reaches the page's <c>filtered</c> count (its <c>total</c> when the envelope has no
    /// <c>filtered</c>) or a page is empty. The query's own <c>limit</c> is replaced by the page size. Arguments are
    /// checked now, not when enumerated.
    /// </summary>
    /// <remarks>
    /// At most <c>ceil(n / s) + 1</c> pages are read, where <c>n</c> is the first page's count less the starting
    /// offset and <c>s</c> the first page's size (its item count, at most the page size asked): a server that ignores
    /// <c>offset</c> or <c>limit</c>, or whose count keeps growing, cannot keep the reading going for ever. Offsets
    /// are summed as 64-bit numbers, so they never overflow: reading stops once the offset reaches the count, itself
    /// a 32-bit number.
    /// </remarks>
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
        var start = query.Offset ?? 0;
        long offset = start;
        long? pagesLeft = null;
        while (true)
        {
            // A record copy keeps the query's runtime type, hence its filters. The offset fits an int: it stays below
            // the count while pages are read.
            var pageQuery = (TQuery)((WazoListQuery)query with { Limit = pageSize, Offset = (int)offset });
            var page = await readPage(pageQuery, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            var count = page.Filtered ?? page.Total;
            pagesLeft ??= PageBudget(count - (long)start, Math.Min(pageSize, page.Items.Count));
            pagesLeft--;
            offset += page.Items.Count;
            if (page.Items.Count == 0 || offset >= count || pagesLeft <= 0)
            {
                yield break;
            }
        }
    }

    // ceil(remaining / pageSize) + 1 pages in all: those the count asks for, and one more for items added meanwhile.
    private static long PageBudget(long remaining, int pageSize) =>
        pageSize <= 0 ? 1 : ((Math.Max(remaining, 0) + pageSize - 1) / pageSize) + 1;
}
