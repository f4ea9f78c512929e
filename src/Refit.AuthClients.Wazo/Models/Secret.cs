namespace Refit.AuthClients.Wazo.Models;

/// <summary>How models show secrets in <c>ToString</c>: never their value.</summary>
internal static class Secret
{
    /// <summary><c>***</c> when a value is set, empty otherwise.</summary>
    public static string Mask(string? value) => Redaction.Redactor.MaskValue(value);
}
