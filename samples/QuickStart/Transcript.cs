namespace Refit.AuthClients.Samples.QuickStart;

/// <summary>Writes the readable transcript of a walkthrough.</summary>
public sealed class Transcript(TextWriter output)
{
    public void Section(string title)
    {
        output.WriteLine();
        output.WriteLine($"== {title}");
    }

    public void Step(string what, string outcome) => output.WriteLine($"  {what,-48} {outcome}");

    public void Note(string text) => output.WriteLine($"  {text}");
}
