using System.Text;
using Refit.AuthClients.Wazo.Models;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Wazo;

/// <summary>The rules of a token creation: what the body may combine, and the basic credentials to send.</summary>
internal static class WazoTokenCredentials
{
    /// <summary>Basic credentials with an empty login and password, for a refresh-token or SAML creation.</summary>
    public const string Empty = "Basic Og==";

    /// <summary>The longest lifetime the server accepts: ten years.</summary>
    public const int MaxExpiration = 315_360_000;

    /// <summary>Refuses a body the server would refuse. Faults are reported under the field's name, or <paramref name="requestParam"/>.</summary>
    public static void Check(WazoTokenRequest request, string? requestParam)
    {
        string Name(string field) => requestParam ?? field;

        WazoArguments.Optional(request.Backend, Name("backend"));
        WazoArguments.Optional(request.AccessType, Name("accessType"));
        WazoArguments.Optional(request.ClientId, Name("clientId"));
        WazoArguments.Optional(request.RefreshToken, Name("refreshToken"));
        WazoArguments.Optional(request.TenantId, Name("tenantId"));
        WazoArguments.Optional(request.DomainName, Name("domainName"));
        WazoArguments.Optional(request.SamlSessionId, Name("samlSessionId"));
        if (request.Expiration is < 1 or > MaxExpiration)
        {
            throw new ArgumentOutOfRangeException(Name("expiration"), request.Expiration, $"The expiration must be 1 to {MaxExpiration} seconds.");
        }

        var offline = string.Equals(request.AccessType, "offline", StringComparison.OrdinalIgnoreCase);
        if (request.RefreshToken is not null && request.SamlSessionId is not null)
        {
            throw new ArgumentException("A refresh token and a SAML session cannot be combined.", Name("samlSessionId"));
        }

        if (offline && request.RefreshToken is not null)
        {
            throw new ArgumentException("The offline access type cannot be combined with a refresh token.", Name("accessType"));
        }

        if ((offline || request.RefreshToken is not null) && request.ClientId is null)
        {
            throw new ArgumentException("A client id is required with the offline access type or a refresh token.", Name("clientId"));
        }

        if (request.TenantId is not null && request.DomainName is not null)
        {
            throw new ArgumentException("A tenant id and a domain name cannot be combined.", Name("domainName"));
        }
    }

    /// <summary>
    /// The <c>Authorization</c> header: empty credentials when the body authenticates (refresh token, SAML session),
    /// else each of login and password from the argument or the options.
    /// </summary>
    public static string Authorization(WazoTokenRequest request, string? username, string? password, WazoAuthClientOptions options)
    {
        WazoArguments.Optional(username, nameof(username));
        if (password is { Length: 0 })
        {
            throw new ArgumentException("The password cannot be empty.", nameof(password));
        }

        if (request.RefreshToken is not null || request.SamlSessionId is not null)
        {
            return username is null && password is null
                ? Empty
                : throw new ArgumentException(
                    "Credentials cannot be sent with a refresh token or a SAML session.",
                    username is not null ? nameof(username) : nameof(password));
        }

        var login = username ?? options.Username;
        var secret = password ?? options.Password;
        if (string.IsNullOrWhiteSpace(login))
        {
            throw new ArgumentException("A username is needed: pass one or set WazoAuthClientOptions.Username.", nameof(username));
        }

        if (login.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A username cannot contain ':' in basic authentication.", nameof(username));
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw new ArgumentException("A password is needed: pass one or set WazoAuthClientOptions.Password.", nameof(password));
        }

        return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(login + ":" + secret));
    }
}
