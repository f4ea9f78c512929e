namespace Refit.AuthClients.Http;

/// <summary>A response body was larger than <see cref="Options.AuthClientOptions.MaxResponseSize"/>.</summary>
public sealed class ResponseTooLargeException : Exception
{
    /// <summary>Creates the exception for a limit of <paramref name="limit"/> bytes.</summary>
    public ResponseTooLargeException(long limit, Exception? innerException = null)
        : base($"The response body is larger than the {limit} bytes allowed.", innerException)
    {
        Limit = limit;
    }

    /// <summary>The limit that was exceeded, in bytes.</summary>
    public long Limit { get; }
}
