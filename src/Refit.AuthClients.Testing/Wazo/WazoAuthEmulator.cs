using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Refit.AuthClients.Testing.Hosting;
using Refit.AuthClients.Testing.Wazo.Api;
using Refit.AuthClients.Testing.Wazo.State;

namespace Refit.AuthClients.Testing.Wazo;

/// <summary>
/// An in-process wazo-auth on 127.0.0.1: users with passwords, tenants, policies, groups, tokens whose ACL comes from
/// the user's policies (direct and through groups), refresh tokens, sessions, the list envelopes and the server's
/// error bodies. Seed it from code, then point a client at <see cref="BaseUri"/>. Thread-safe.
/// </summary>
public sealed class WazoAuthEmulator : IAsyncDisposable
{
    /// <summary>The API version segment the server serves under when accessed directly.</summary>
    public const string ApiVersionPath = "/0.1";

    private readonly WazoState _state;
    private readonly EmulatorHost _host;

    private WazoAuthEmulator(WazoState state, EmulatorHost host)
    {
        _state = state;
        _host = host;
        BaseUri = new Uri(host.Root, ApiVersionPath.TrimStart('/'));
        MasterTenant = ToPublic(state.Master);
    }

    /// <summary>The API root, e.g. <c>http://127.0.0.1:41234/0.1</c>: what a client's base URI should be.</summary>
    public Uri BaseUri { get; }

    /// <summary>The top tenant: every other tenant descends from it, and seeded things belong to it by default.</summary>
    public EmulatedWazoTenant MasterTenant { get; }

    /// <summary>The clock the emulator reads.</summary>
    public TimeProvider TimeProvider => _state.Time;

    /// <summary>Whether <c>HEAD /status</c> answers 200 (true, the default) or 503.</summary>
    public bool Healthy
    {
        get { lock (_state.Gate) { return _state.Healthy; } }
        set { lock (_state.Gate) { _state.Healthy = value; } }
    }

    /// <summary>Starts an emulator on a free port of 127.0.0.1.</summary>
    /// <param name="options">Clock, master tenant and token lifetime; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static async Task<WazoAuthEmulator> StartAsync(WazoAuthEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new WazoAuthEmulatorOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        if (options.DefaultTokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentException("The default token lifetime must be positive.", nameof(options));
        }

        var state = new WazoState(options.TimeProvider, options.MasterTenantUuid ?? Guid.NewGuid(),
            options.XivoUuid ?? Guid.NewGuid(), options.DefaultTokenLifetime);
        var host = await EmulatorHost.StartAsync(app => MapRoutes(app, state), cancellationToken).ConfigureAwait(false);
        return new WazoAuthEmulator(state, host);
    }

    /// <summary>Adds a tenant.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="parent">Its parent; the master tenant when null.</param>
    /// <param name="uuid">Its uuid; a new one when null.</param>
    /// <param name="slug">Its slug (1–10 characters); derived from the name when null.</param>
    /// <returns>The tenant.</returns>
    public EmulatedWazoTenant AddTenant(string name, EmulatedWazoTenant? parent = null, Guid? uuid = null, string? slug = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_state.Gate)
        {
            var parentUuid = parent?.Uuid ?? _state.Master.Uuid;
            if (!_state.Tenants.ContainsKey(parentUuid))
            {
                throw new ArgumentException("Unknown parent tenant.", nameof(parent));
            }

            var id = uuid ?? Guid.NewGuid();
            if (_state.Tenants.ContainsKey(id))
            {
                throw new ArgumentException("A tenant with this uuid exists.", nameof(uuid));
            }

            var tenant = _state.CreateTenant(id, parentUuid, name,
                slug ?? Slugs.From(name, 10, s => _state.Tenants.Values.Any(t => t.Slug == s)));
            return ToPublic(tenant);
        }
    }

    /// <summary>Adds a policy to the master tenant.</summary>
    /// <param name="name">Its name (unique in the tenant).</param>
    /// <param name="acl">The accesses it grants, e.g. <c>confd.users.me.read</c>, <c>auth.#</c>, <c>!auth.users.#</c>.</param>
    /// <returns>The policy.</returns>
    public EmulatedWazoPolicy AddPolicy(string name, params string[] acl) => AddPolicy(name, (IEnumerable<string>)acl);

    /// <summary>Adds a policy.</summary>
    /// <param name="name">Its name (unique in the tenant).</param>
    /// <param name="acl">The accesses it grants.</param>
    /// <param name="tenant">Its tenant; the master tenant when null.</param>
    /// <param name="shared">Whether sub-tenants see it too (read-only).</param>
    /// <returns>The policy.</returns>
    public EmulatedWazoPolicy AddPolicy(string name, IEnumerable<string> acl, EmulatedWazoTenant? tenant = null, bool shared = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(acl);
        var accesses = acl.ToList();
        if (accesses.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("An access cannot be empty.", nameof(acl));
        }

        lock (_state.Gate)
        {
            var tenantUuid = KnownTenant(tenant);
            var inTenant = _state.Policies.Values.Where(p => p.TenantUuid == tenantUuid).ToList();
            if (inTenant.Any(p => p.Name == name))
            {
                throw new ArgumentException($"The tenant already has a policy named \"{name}\".", nameof(name));
            }

            var policy = new WazoPolicy
            {
                Uuid = Guid.NewGuid(), TenantUuid = tenantUuid, Name = name,
                Slug = Slugs.From(name, 80, s => inTenant.Any(p => p.Slug == s)),
                Acl = accesses.Distinct(StringComparer.Ordinal).ToList(), Shared = shared,
            };
            _state.Policies.Add(policy.Uuid, policy);
            return new EmulatedWazoPolicy(policy.Uuid, policy.Name, policy.Slug, policy.TenantUuid, policy.Acl.ToList());
        }
    }

    /// <summary>Adds a group.</summary>
    /// <param name="name">Its name (unique in the tenant).</param>
    /// <param name="tenant">Its tenant; the master tenant when null.</param>
    /// <param name="policies">Policies every member holds through the group.</param>
    /// <returns>The group.</returns>
    public EmulatedWazoGroup AddGroup(string name, EmulatedWazoTenant? tenant = null, params EmulatedWazoPolicy[] policies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(policies);
        lock (_state.Gate)
        {
            var tenantUuid = KnownTenant(tenant);
            var inTenant = _state.Groups.Values.Where(g => g.TenantUuid == tenantUuid).ToList();
            if (inTenant.Any(g => g.Name == name))
            {
                throw new ArgumentException($"The tenant already has a group named \"{name}\".", nameof(name));
            }

            var group = new WazoGroup
            {
                Uuid = Guid.NewGuid(), TenantUuid = tenantUuid, Name = name,
                Slug = Slugs.From(name, 80, s => inTenant.Any(g => g.Slug == s)),
            };
            group.PolicyUuids.UnionWith(policies.Select(p => KnownPolicy(p).Uuid));
            _state.Groups.Add(group.Uuid, group);
            return new EmulatedWazoGroup(group.Uuid, group.Name, group.TenantUuid);
        }
    }

    /// <summary>The tenant's system group holding all its users (read-only through the API, but its policies apply).</summary>
    /// <param name="tenant">The tenant; the master tenant when null.</param>
    /// <returns>The group.</returns>
    public EmulatedWazoGroup AllUsersGroup(EmulatedWazoTenant? tenant = null)
    {
        lock (_state.Gate)
        {
            var group = _state.AllUsersGroup(KnownTenant(tenant));
            return new EmulatedWazoGroup(group.Uuid, group.Name, group.TenantUuid);
        }
    }

    /// <summary>Adds a user of the master tenant that logs in with a username and password.</summary>
    /// <param name="username">The login.</param>
    /// <param name="password">The password.</param>
    /// <param name="policies">Policies the user holds directly.</param>
    /// <returns>The user.</returns>
    public EmulatedWazoUser AddUser(string username, string password, params EmulatedWazoPolicy[] policies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentNullException.ThrowIfNull(policies);
        return AddUser(new WazoUserSeed { Username = username, Password = password, Policies = policies });
    }

    /// <summary>Adds a user with every field under control.</summary>
    /// <param name="seed">The user's fields, tenant, policies and groups.</param>
    /// <returns>The user.</returns>
    public EmulatedWazoUser AddUser(WazoUserSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (string.IsNullOrWhiteSpace(seed.Username) && string.IsNullOrWhiteSpace(seed.EmailAddress))
        {
            throw new ArgumentException("A user needs a username or an e-mail address.", nameof(seed));
        }

        if (seed.Purpose is not ("user" or "internal" or "external_api"))
        {
            throw new ArgumentException("The purpose must be user, internal or external_api.", nameof(seed));
        }

        lock (_state.Gate)
        {
            var uuid = seed.Uuid ?? Guid.NewGuid();
            var logins = new[] { seed.Username, seed.EmailAddress }.OfType<string>();
            if (_state.Users.ContainsKey(uuid) || logins.Any(l => _state.LoginTaken(l)))
            {
                throw new ArgumentException("A user with this uuid, username or e-mail address exists.", nameof(seed));
            }

            var user = new WazoUser
            {
                Uuid = uuid, TenantUuid = KnownTenant(seed.Tenant), Username = seed.Username, Password = seed.Password,
                Firstname = seed.Firstname, Lastname = seed.Lastname, Purpose = seed.Purpose, Enabled = seed.Enabled,
                AuthenticationMethod = seed.Purpose == "user" ? "default" : "native",
            };
            if (seed.EmailAddress is { } email)
            {
                user.Emails.Add(new WazoEmail { Uuid = Guid.NewGuid(), Address = email, Main = true, Confirmed = true });
            }

            user.PolicyUuids.UnionWith(seed.Policies.Select(p => KnownPolicy(p).Uuid));
            var groups = seed.Groups.Select(KnownGroup).ToList();
            _state.Users.Add(uuid, user);
            groups.ForEach(g => g.UserUuids.Add(uuid));
            return new EmulatedWazoUser(uuid, user.Username, user.Password, user.TenantUuid);
        }
    }

    /// <summary>Makes a user a member of a group.</summary>
    /// <param name="user">The user.</param>
    /// <param name="group">The group.</param>
    public void AddUserToGroup(EmulatedWazoUser user, EmulatedWazoGroup group)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(group);
        lock (_state.Gate)
        {
            KnownGroup(group).UserUuids.Add(KnownUser(user).Uuid);
        }
    }

    /// <summary>Gives a user a policy directly.</summary>
    /// <param name="user">The user.</param>
    /// <param name="policy">The policy.</param>
    public void AddPolicyToUser(EmulatedWazoUser user, EmulatedWazoPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(policy);
        lock (_state.Gate)
        {
            KnownUser(user).PolicyUuids.Add(KnownPolicy(policy).Uuid);
        }
    }

    /// <summary>Gives every member of a group a policy.</summary>
    /// <param name="group">The group (the tenant's all-users group included).</param>
    /// <param name="policy">The policy.</param>
    public void AddPolicyToGroup(EmulatedWazoGroup group, EmulatedWazoPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(policy);
        lock (_state.Gate)
        {
            KnownGroup(group).PolicyUuids.Add(KnownPolicy(policy).Uuid);
        }
    }

    /// <summary>
    /// Creates a token for a user without a request, with the ACL its policies give now, as <c>POST /token</c> would.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <param name="lifetime">How long the token lives; the default lifetime when null.</param>
    /// <returns>The token.</returns>
    public string IssueToken(EmulatedWazoUser user, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "The lifetime must be positive.");
        }

        lock (_state.Gate)
        {
            var token = _state.IssueToken(KnownUser(user), lifetime ?? _state.DefaultTokenLifetime, mobile: false,
                userAgent: null, remoteAddress: "127.0.0.1", refreshToken: null);
            return WazoJson.Id(token.Token);
        }
    }

    /// <summary>Whether a token exists and has not expired (revoked and expired tokens are gone).</summary>
    /// <param name="token">The token.</param>
    /// <returns>True when the token is live.</returns>
    public bool IsTokenValid(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        lock (_state.Gate)
        {
            _state.PruneExpired();
            return Guid.TryParse(token, out var id) && _state.Tokens.ContainsKey(id);
        }
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static void MapRoutes(WebApplication app, WazoState state)
    {
        app.UseServiceErrors((_, status) => WazoErrors.Framework(status));
        app.UseRouting();
        var api = new WazoApi(state, app.MapGroup(ApiVersionPath));
        new StatusEndpoints(api).Map();
        new TokenEndpoints(api).Map();
        new UserEndpoints(api).Map();
        new PolicyEndpoints(api).Map();
        new GroupEndpoints(api).Map();
        new TenantEndpoints(api).Map();
        new SessionEndpoints(api).Map();
        new RefreshTokenEndpoints(api).Map();
    }

    private static EmulatedWazoTenant ToPublic(WazoTenant tenant) => new(tenant.Uuid, tenant.Name, tenant.Slug, tenant.ParentUuid);

    private Guid KnownTenant(EmulatedWazoTenant? tenant) =>
        tenant is null ? _state.Master.Uuid
        : _state.Tenants.ContainsKey(tenant.Uuid) ? tenant.Uuid
        : throw new ArgumentException("Unknown tenant.", nameof(tenant));

    private WazoPolicy KnownPolicy(EmulatedWazoPolicy policy) =>
        _state.Policies.GetValueOrDefault(policy.Uuid) ?? throw new ArgumentException("Unknown policy.", nameof(policy));

    private WazoGroup KnownGroup(EmulatedWazoGroup group) =>
        _state.Groups.GetValueOrDefault(group.Uuid) ?? throw new ArgumentException("Unknown group.", nameof(group));

    private WazoUser KnownUser(EmulatedWazoUser user) =>
        _state.Users.GetValueOrDefault(user.Uuid) ?? throw new ArgumentException("Unknown user.", nameof(user));
}
