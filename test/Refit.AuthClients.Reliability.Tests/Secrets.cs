using System.Text;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>The secrets the clients are given, which must never show in a log line or an exception.</summary>
public static class Secrets
{
    /// <summary>The Astakos client's own token.</summary>
    public const string AstakosToken = "astakos-client-token-5f0c1d";

    /// <summary>A user token an Astakos service validates (it travels in the URL path).</summary>
    public const string AstakosCheckedToken = "astakos-user-token-9b7e44";

    /// <summary>The wazo-auth client's own token.</summary>
    public const string WazoToken = "wazo-client-token-3c2a1f";

    /// <summary>A token a wazo-auth service checks (it travels in the URL path).</summary>
    public const string WazoCheckedToken = "wazo-checked-token-77d0e5";

    /// <summary>The start of every token a wazo-auth creation returns.</summary>
    public const string WazoCreatedToken = Wazo.WazoServiceAnswers.CreatedToken;

    /// <summary>The wazo-auth login (not a secret).</summary>
    public const string WazoUsername = "alice";

    /// <summary>The wazo-auth password.</summary>
    public const string WazoPassword = "s3cr3t-P4ssw0rd!";

    /// <summary>The value of the basic-auth header the password travels in.</summary>
    public static string WazoBasicAuth { get; } = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{WazoUsername}:{WazoPassword}"));

    /// <summary>Every secret, each with the name a failed assertion shows.</summary>
    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        (nameof(AstakosToken), AstakosToken),
        (nameof(AstakosCheckedToken), AstakosCheckedToken),
        (nameof(WazoToken), WazoToken),
        (nameof(WazoCheckedToken), WazoCheckedToken),
        (nameof(WazoCreatedToken), WazoCreatedToken),
        (nameof(WazoPassword), WazoPassword),
        (nameof(WazoBasicAuth), WazoBasicAuth),
    ];

    /// <summary>Asserts that no secret appears in any of <paramref name="texts"/>.</summary>
    public static void AssertAbsentFrom(IEnumerable<string> texts, string where)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var all = string.Join("\n", texts);
        foreach (var (name, value) in All)
        {
            Assert.That(all, Does.Not.Contain(value), $"{name} leaked into {where}");
        }
    }

    /// <summary><paramref name="text"/> with every secret replaced by the SDK's mask.</summary>
    public static string Masked(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return All.Aggregate(text, (masked, secret) => masked.Replace(secret.Value, Redaction.Redactor.Mask, StringComparison.Ordinal));
    }

    /// <summary>The texts of an exception a caller may print: each message and the whole <c>ToString()</c>.</summary>
    public static IEnumerable<string> TextsOf(Exception? exception)
    {
        if (exception is null)
        {
            yield break;
        }

        yield return exception.ToString();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current.Message;
        }
    }
}
