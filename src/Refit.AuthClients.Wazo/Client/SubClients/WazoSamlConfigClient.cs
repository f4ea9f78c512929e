using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoSamlConfigClient(IWazoSamlConfigApi api, WazoClientTenant tenants) : IWazoSamlConfigClient
{
    public Task<WazoSamlConfig> GetAsync(string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(() => api.GetAsync(tenants.Resolve(tenant), cancellationToken));

    public Task<WazoSamlConfig> CreateAsync(
        string domainUuid,
        string entityId,
        Uri acsUrl,
        Stream metadata,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.CreateAsync(
                WazoArguments.Text(domainUuid, nameof(domainUuid)),
                WazoArguments.Text(entityId, nameof(entityId)),
                WazoArguments.Required(acsUrl, nameof(acsUrl)).OriginalString,
                MetadataFile(WazoArguments.Required(metadata, nameof(metadata))),
                tenants.Resolve(tenant),
                cancellationToken));

    public Task<WazoSamlConfig> UpdateAsync(
        string? domainUuid = null,
        string? entityId = null,
        Uri? acsUrl = null,
        Stream? metadata = null,
        string? tenant = null,
        CancellationToken cancellationToken = default)
    {
        if (domainUuid is null && entityId is null && acsUrl is null && metadata is null)
        {
            throw new ArgumentException("Give at least one of the parts to update.", nameof(domainUuid));
        }

        return WazoAnswers.Required(
            () => api.UpdateAsync(
                WazoArguments.Optional(domainUuid, nameof(domainUuid)),
                WazoArguments.Optional(entityId, nameof(entityId)),
                acsUrl?.OriginalString,
                metadata is null ? null : MetadataFile(metadata),
                tenants.Resolve(tenant),
                cancellationToken));
    }

    public Task DeleteAsync(string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteAsync(tenants.Resolve(tenant), cancellationToken);

    public Task<WazoSamlAcsUrlTemplate> GetAcsTemplateAsync(string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(() => api.GetAcsUrlTemplateAsync(tenants.Resolve(tenant), cancellationToken));

    public async Task<byte[]> GetMetadataAsync(string? tenant = null, CancellationToken cancellationToken = default)
    {
        var stream = await api.GetMetadataAsync(tenants.Resolve(tenant), cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            return copy.ToArray();
        }
    }

    // The server requires the metadata part to carry a file name.
    private static StreamPart MetadataFile(Stream metadata) => new(metadata, "metadata.xml", "application/xml");
}
