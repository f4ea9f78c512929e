namespace Refit.AuthClients.Testing.Wazo;

/// <summary>A tenant seeded into (or created in) a <see cref="WazoAuthEmulator"/>.</summary>
/// <param name="Uuid">The tenant's uuid.</param>
/// <param name="Name">Its name.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="ParentUuid">Its parent; the master tenant is its own parent.</param>
public sealed record EmulatedWazoTenant(Guid Uuid, string? Name, string Slug, Guid ParentUuid);

/// <summary>A user seeded into a <see cref="WazoAuthEmulator"/>.</summary>
/// <param name="Uuid">The user's uuid (the <c>auth_id</c> of its tokens).</param>
/// <param name="Username">Its login.</param>
/// <param name="Password">Its password.</param>
/// <param name="TenantUuid">Its tenant.</param>
public sealed record EmulatedWazoUser(Guid Uuid, string? Username, string? Password, Guid TenantUuid);

/// <summary>A policy seeded into a <see cref="WazoAuthEmulator"/>.</summary>
/// <param name="Uuid">The policy's uuid.</param>
/// <param name="Name">Its name.</param>
/// <param name="Slug">Its slug (unique in its tenant).</param>
/// <param name="TenantUuid">Its tenant.</param>
/// <param name="Acl">The accesses it grants (as seeded).</param>
public sealed record EmulatedWazoPolicy(Guid Uuid, string Name, string Slug, Guid TenantUuid, IReadOnlyList<string> Acl);

/// <summary>A group seeded into a <see cref="WazoAuthEmulator"/>.</summary>
/// <param name="Uuid">The group's uuid.</param>
/// <param name="Name">Its name.</param>
/// <param name="TenantUuid">Its tenant.</param>
public sealed record EmulatedWazoGroup(Guid Uuid, string Name, Guid TenantUuid);
