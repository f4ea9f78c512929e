using System.Net;
using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>Maps every failed wazo-auth call to the client's exception types. Never throws, whatever the body.</summary>
public sealed class WazoAuthErrorMapper : ServiceErrorMapper
{
    /// <inheritdoc />
    public override AuthClientException CreateException(AuthErrorInfo info, Exception? innerException)
    {
        ArgumentNullException.ThrowIfNull(info);
        return info.Kind switch
        {
            AuthErrorKind.Timeout => new WazoAuthTimeoutException(info, innerException),
            AuthErrorKind.Connection => new WazoAuthConnectionException(info, innerException),
            AuthErrorKind.InvalidResponse => new WazoAuthInvalidResponseException(info, innerException),
            _ => ForStatus(info, innerException),
        };
    }

    private static WazoAuthException ForStatus(AuthErrorInfo info, Exception? innerException) => info.StatusCode switch
    {
        HttpStatusCode.BadRequest => new WazoAuthBadRequestException(info, innerException),
        HttpStatusCode.Unauthorized => new WazoAuthUnauthorizedException(info, innerException),
        HttpStatusCode.Forbidden => new WazoAuthForbiddenException(info, innerException),
        HttpStatusCode.NotFound => new WazoAuthNotFoundException(info, innerException),
        HttpStatusCode.Conflict => new WazoAuthConflictException(info, innerException),
        _ => new WazoAuthException(info, innerException),
    };
}
