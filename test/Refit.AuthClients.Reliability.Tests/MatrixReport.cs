using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>The outcome of every cell of the fault matrix, printed as a table at the end of the run.</summary>
public sealed class MatrixReport
{
    private readonly ConcurrentDictionary<(Fault Fault, string Column), string> _cells = new();
    private readonly List<string> _columns = [];

    /// <summary>Records the outcome of a cell; a failed cell is marked <c>FAIL</c>.</summary>
    public void Record(Fault fault, string column, string outcome, bool passed)
    {
        lock (_columns)
        {
            if (!_columns.Contains(column))
            {
                _columns.Add(column);
            }
        }

        _cells[(fault, column)] = passed ? outcome : "FAIL " + outcome;
    }

    /// <summary>The table: one row per fault, one column per client operation.</summary>
    public string Render()
    {
        var columns = _columns.Order(StringComparer.Ordinal).ToList();
        var faults = Enum.GetValues<Fault>().Where(f => _cells.Keys.Any(k => k.Fault == f)).ToList();
        var header = new[] { "fault" }.Concat(columns).ToList();
        var rows = faults
            .Select(f => new[] { f.ToString() }.Concat(columns.Select(c => _cells.GetValueOrDefault((f, c), "-"))).ToList())
            .ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Fault matrix: {_cells.Count} cells, {_cells.Values.Count(v => v.StartsWith("FAIL", StringComparison.Ordinal))} failed");
        text.AppendLine("Cell: the outcome (ok, or the exception type), srv = requests the server saw for the operation, try = attempts the client made");
        AppendRow(text, header, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToList(), widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, List<string> cells, List<int> widths) =>
        text.AppendLine("| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |");
}
