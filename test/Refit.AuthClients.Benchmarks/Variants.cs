namespace Refit.AuthClients.Benchmarks;

/// <summary>The names of the three variants of every benchmarked call.</summary>
public static class Variants
{
    public const string Raw = "(a) raw HttpClient + STJ";
    public const string Refit = "(b) Refit interface";
    public const string Facade = "(c) facade via DI";
}
