using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// Base of every error of the Astakos client. Whatever the status, the raw body is in
/// <see cref="AuthClientException.ResponseBody"/> and, when the body is a fault object, its parsed form is in
/// <see cref="Fault"/> and its text in <see cref="Details"/>.
/// </summary>
public class AstakosClientException : AuthClientException
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="message">The message; a description of the call and the service's message when null.</param>
    /// <param name="innerException">The transport or parsing failure behind it, if any.</param>
    public AstakosClientException(AuthErrorInfo info, string? message = null, Exception? innerException = null)
        : this(info, AstakosFault.TryParse(info?.ResponseBody), message, innerException)
    {
    }

    /// <summary>Creates the exception with its details already worked out.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="fault">The parsed fault body, if any.</param>
    /// <param name="details">The text for <see cref="Details"/>.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    protected AstakosClientException(AuthErrorInfo info, AstakosFault? fault, string details, string message, Exception? innerException)
        : base(info, message, innerException)
    {
        Fault = fault;
        Details = details;
    }

    private AstakosClientException(AuthErrorInfo info, AstakosFault? fault, string? message, Exception? innerException)
        : this(info, fault, DetailsOf(fault), message ?? Describe(info, fault, innerException), innerException)
    {
    }

    /// <summary>The service's fault object, when the body is one.</summary>
    public AstakosFault? Fault { get; }

    /// <summary>
    /// What the service said went wrong: the fault's <c>details</c>, else its <c>message</c>; for a quota limit the
    /// rendered limit message; empty when there is nothing.
    /// </summary>
    public string Details { get; }

    private static string DetailsOf(AstakosFault? fault) =>
        !string.IsNullOrEmpty(fault?.Details) ? fault.Details : fault?.Message ?? string.Empty;

    private static string Describe(AuthErrorInfo info, AstakosFault? fault, Exception? innerException)
    {
        ArgumentNullException.ThrowIfNull(info);
        var cause = info.Kind == AuthErrorKind.HttpStatus ? fault?.Message : innerException?.Message;
        return string.IsNullOrEmpty(cause) ? info.Describe() : $"{info.Describe()}: {cause}";
    }
}
