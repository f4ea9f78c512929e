using Microsoft.Extensions.Logging;

namespace Refit.AuthClients.AspNetCore;

/// <summary>The log lines of the token schemes; never a token.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Scheme {Scheme} could not validate a token: {ExceptionType}: {ExceptionMessage}")]
    public static partial void ServiceUnavailable(ILogger logger, string scheme, string exceptionType, string exceptionMessage);
}
