using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Refit.AuthClients.Http;

/// <summary>Loads a PEM bundle of CA certificates and verifies server certificates against it.</summary>
public static class CaBundle
{
    /// <summary>What is wrong with the bundle at <paramref name="path"/>, or null when it is usable.</summary>
    public static string? Check(string path)
    {
        try
        {
            _ = Load(path);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException or CryptographicException)
        {
            return ex.Message;
        }
    }

    /// <summary>Loads every certificate of a PEM file.</summary>
    /// <exception cref="ArgumentException">The path is empty, or the file holds no certificate.</exception>
    /// <exception cref="FileNotFoundException">No file at the path.</exception>
    public static X509Certificate2Collection Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The CA bundle '{path}' does not exist.", path);
        }

        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException($"The CA bundle '{path}' is not a readable PEM file: {ex.Message}", nameof(path), ex);
        }

        if (certificates.Count == 0)
        {
            throw new ArgumentException($"The CA bundle '{path}' holds no PEM certificate.", nameof(path));
        }

        return certificates;
    }

    /// <summary>A validation callback that trusts exactly the CA certificates of <paramref name="trusted"/>.</summary>
    public static RemoteCertificateValidationCallback CreateValidator(X509Certificate2Collection trusted)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        return (_, certificate, presented, errors) =>
        {
            if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0
                || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
            {
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (presented is not null)
            {
                // The intermediates the server sent link its certificate to a trusted root.
                chain.ChainPolicy.ExtraStore.AddRange(presented.ChainPolicy.ExtraStore);
                foreach (var element in presented.ChainElements)
                {
                    chain.ChainPolicy.ExtraStore.Add(element.Certificate);
                }
            }

            using var leaf = new X509Certificate2(certificate);
            return chain.Build(leaf);
        };
    }
}
