using System.Net;
using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>Maps every failure of an Astakos call to the Astakos exception types.</summary>
public sealed class AstakosErrorMapper : ServiceErrorMapper
{
    /// <inheritdoc />
    public override AuthClientException CreateException(AuthErrorInfo info, Exception? innerException)
    {
        ArgumentNullException.ThrowIfNull(info);
        return info.Kind switch
        {
            AuthErrorKind.Timeout => new AstakosTimeoutException(info, innerException: innerException),
            AuthErrorKind.Connection => new AstakosConnectionException(info, innerException: innerException),
            AuthErrorKind.InvalidResponse => new InvalidResponseException(info, innerException: innerException),
            _ => ForStatus(info, innerException),
        };
    }

    private static AstakosClientException ForStatus(AuthErrorInfo info, Exception? innerException) => info.StatusCode switch
    {
        >= HttpStatusCode.Ambiguous and < HttpStatusCode.BadRequest and not HttpStatusCode.NotModified => new AstakosRedirectException(info),
        HttpStatusCode.BadRequest => new BadRequestException(info, innerException: innerException),
        HttpStatusCode.Unauthorized => new UnauthorizedException(info, innerException: innerException),
        HttpStatusCode.Forbidden => new ForbiddenException(info, innerException: innerException),
        HttpStatusCode.NotFound => new NotFoundException(info, innerException: innerException),
        HttpStatusCode.RequestEntityTooLarge when IsCommissionIssue(info) => new QuotaLimitException(info, innerException),
        _ => new AstakosClientException(info, innerException: innerException),
    };

    // Only the commission POST turns 413 into a quota limit, as in the reference client.
    private static bool IsCommissionIssue(AuthErrorInfo info)
    {
        var path = info.RequestPath;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        return info.RequestMethod == HttpMethod.Post.Method && path.TrimEnd('/').EndsWith("/commissions", StringComparison.Ordinal);
    }
}
