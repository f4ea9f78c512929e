using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Refit.AuthClients.Testing.Astakos.Api;
using Refit.AuthClients.Testing.Astakos.State;
using Refit.AuthClients.Testing.Hosting;

namespace Refit.AuthClients.Testing.Astakos;

/// <summary>
/// An in-process Astakos on 127.0.0.1: the service catalog (identity, account, ui, oauth2), users with tokens, uuids
/// and display names, registered components with service tokens, resources, per-user and per-project quotas,
/// commissions that enforce them, projects and memberships, feedback and OAuth2 codes. Seed it from code, then give
/// a client <see cref="AuthUrl"/>. Thread-safe.
/// </summary>
public sealed class AstakosEmulator : IAsyncDisposable
{
    private readonly AstakosState _state;
    private readonly EmulatorHost _host;
    private readonly AstakosPaths _paths;

    private AstakosEmulator(AstakosState state, EmulatorHost host, AstakosPaths paths)
    {
        _state = state;
        _host = host;
        _paths = paths;
    }

    /// <summary>The identity endpoint, e.g. <c>http://127.0.0.1:41234/identity/v2.0</c>: a client's auth URL.</summary>
    public Uri AuthUrl => Absolute(_paths.Identity);

    /// <summary>The account API root published in the catalog (<c>astakos_account</c>).</summary>
    public Uri AccountUrl => Absolute(_paths.Account);

    /// <summary>The server root.</summary>
    public Uri ServerUri => _host.Root;

    /// <summary>The clock the emulator reads.</summary>
    public TimeProvider TimeProvider => _state.Time;

    /// <summary>The messages received by <c>{A}/feedback</c>, oldest first.</summary>
    public IReadOnlyList<AstakosFeedbackMessage> Feedback
    {
        get
        {
            lock (_state.Gate)
            {
                return _state.Feedback.Select(f => new AstakosFeedbackMessage(f.UserUuid, f.Message, f.Data)).ToList();
            }
        }
    }

    /// <summary>Starts an emulator on a free port of 127.0.0.1.</summary>
    /// <param name="options">Clock, path prefix and token lifetimes; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static async Task<AstakosEmulator> StartAsync(AstakosEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AstakosEmulatorOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        var prefix = "/" + (options.PathPrefix ?? "").Trim('/');
        var paths = new AstakosPaths(prefix == "/" ? "" : prefix);
        if (options.UserTokenLifetime <= TimeSpan.Zero || options.OAuth2TokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentException("Token lifetimes must be positive.", nameof(options));
        }

        var state = new AstakosState(options.TimeProvider, options.UserTokenLifetime, options.OAuth2TokenLifetime);
        AstakosApi? api = null;
        var host = await EmulatorHost.StartAsync(app => api = MapRoutes(app, state, paths), cancellationToken).ConfigureAwait(false);
        var emulator = new AstakosEmulator(state, host, paths);
        lock (state.Gate)
        {
            api!.Root = host.Root;
            state.Components.Add(AstakosState.AstakosComponentName, new AstakosComponent
            {
                Id = 1, Name = AstakosState.AstakosComponentName, Type = "astakos", Token = AstakosState.NewToken(),
                UiUrl = emulator.Absolute(paths.Ui).ToString(),
            });
        }

        return emulator;
    }

    /// <summary>Adds a user, with its system project (id = its uuid) holding every resource's base quota.</summary>
    /// <param name="displayName">Its display name (unique), e.g. <c>user@example.org</c>.</param>
    /// <param name="token">Its token; a random one when null.</param>
    /// <param name="uuid">Its uuid; a random one when null.</param>
    /// <param name="realName">The name <c>authenticate</c> reports; the display name when null.</param>
    /// <param name="isProjectAdmin">Whether it administers projects (approves applications, suspends projects…).</param>
    /// <returns>The user.</returns>
    public EmulatedAstakosUser AddUser(string displayName, string? token = null, string? uuid = null, string? realName = null, bool isProjectAdmin = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Optional(token, nameof(token));
        Optional(uuid, nameof(uuid));
        lock (_state.Gate)
        {
            var id = uuid ?? Guid.NewGuid().ToString();
            var secret = token ?? AstakosState.NewToken();
            if (_state.Users.ContainsKey(id) || _state.Projects.ContainsKey(id) || _state.UserByDisplayName(displayName) is not null)
            {
                throw new ArgumentException("A user with this uuid or display name exists.", nameof(displayName));
            }

            EnsureFreeToken(secret);
            var user = _state.AddUser(id, displayName, realName ?? displayName, secret, isProjectAdmin);
            return ToPublic(user);
        }
    }

    /// <summary>Registers a component with a service token, listed in the catalog when it has a public URL.</summary>
    /// <param name="name">Its catalog name, e.g. <c>cyclades_compute</c>.</param>
    /// <param name="token">Its service token; a random one when null.</param>
    /// <param name="type">Its catalog type; the name when null.</param>
    /// <param name="publicUrl">Its API URL in the catalog; not listed when null.</param>
    /// <returns>The component.</returns>
    public EmulatedAstakosService AddService(string name, string? token = null, string? type = null, Uri? publicUrl = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Optional(token, nameof(token));
        lock (_state.Gate)
        {
            if (_state.Components.ContainsKey(name))
            {
                throw new ArgumentException("A component with this name exists.", nameof(name));
            }

            var secret = token ?? AstakosState.NewToken();
            EnsureFreeToken(secret);
            var component = new AstakosComponent
            {
                Id = _state.Components.Values.Max(c => c.Id) + 1, Name = name, Type = type ?? name, Token = secret,
                PublicUrl = publicUrl?.ToString(), UiUrl = publicUrl?.ToString() ?? Absolute(_paths.Ui).ToString(),
            };
            _state.Components.Add(name, component);
            return new EmulatedAstakosService(name, secret);
        }
    }

    /// <summary>Registers a resource; every user (present and future) gets <paramref name="defaultLimit"/> of it in its system project.</summary>
    /// <param name="name">Its name, e.g. <c>cyclades.vm</c>.</param>
    /// <param name="defaultLimit">The base quota of each user.</param>
    /// <param name="service">The component it belongs to.</param>
    /// <param name="description">Its description.</param>
    /// <param name="unit">Its unit, e.g. <c>bytes</c>; null for a count.</param>
    /// <param name="uiVisible">Whether the UI shows it.</param>
    /// <param name="apiVisible">Whether the API shows it.</param>
    public void AddResource(string name, long defaultLimit = 0, string service = "astakos", string? description = null, string? unit = null,
        bool uiVisible = true, bool apiVisible = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        ArgumentOutOfRangeException.ThrowIfNegative(defaultLimit);
        lock (_state.Gate)
        {
            if (_state.Resources.ContainsKey(name))
            {
                throw new ArgumentException("A resource with this name exists.", nameof(name));
            }

            _state.AddResource(new AstakosResourceRecord
            {
                Name = name, Service = service, Description = description, Unit = unit, UiVisible = uiVisible,
                ApiVisible = apiVisible, DefaultLimit = defaultLimit,
            });
        }
    }

    /// <summary>Sets a user's limit of a resource in a project (its system project: the user's uuid).</summary>
    /// <param name="user">The user.</param>
    /// <param name="projectId">The project (the source of the quota).</param>
    /// <param name="resource">The resource.</param>
    /// <param name="limit">The user's limit.</param>
    /// <param name="projectLimit">The whole project's limit. When null: the user's system project follows
    /// <paramref name="limit"/> (it has one member); another project keeps its limit, or gets <paramref name="limit"/>
    /// when it had none.</param>
    public void SetQuota(EmulatedAstakosUser user, string projectId, string resource, long limit, long? projectLimit = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resource);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_state.Gate)
        {
            KnownUser(user);
            KnownProjectAndResource(projectId, resource);
            _state.EnsureHolding(HoldingKey.OfMember(user.Uuid, projectId, resource), limit).Limit = limit;
            var project = _state.EnsureHolding(HoldingKey.OfProject(projectId, resource), projectLimit ?? limit);
            var isSystemProject = projectId == user.Uuid;
            project.Limit = projectLimit ?? (isSystemProject ? limit : project.Limit);
        }
    }

    /// <summary>Sets a whole project's limit of a resource.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="resource">The resource.</param>
    /// <param name="limit">The limit.</param>
    public void SetProjectQuota(string projectId, string resource, long limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resource);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_state.Gate)
        {
            KnownProjectAndResource(projectId, resource);
            _state.EnsureHolding(HoldingKey.OfProject(projectId, resource), limit).Limit = limit;
        }
    }

    /// <summary>A user's quota of a resource in a project, as <c>GET {A}/quotas</c> reports it.</summary>
    /// <param name="user">The user.</param>
    /// <param name="projectId">The project.</param>
    /// <param name="resource">The resource.</param>
    /// <returns>The numbers, or null when the user holds none.</returns>
    public AstakosQuotaState? GetQuota(EmulatedAstakosUser user, string projectId, string resource)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Quota(HoldingKey.OfMember(user.Uuid, projectId, resource));
    }

    /// <summary>A whole project's quota of a resource.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="resource">The resource.</param>
    /// <returns>The numbers, or null when the project holds none.</returns>
    public AstakosQuotaState? GetProjectQuota(string projectId, string resource) => Quota(HoldingKey.OfProject(projectId, resource));

    /// <summary>Adds an active project whose owner is its first member.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="owner">Its owner.</param>
    /// <param name="resources">Its capacities per resource.</param>
    /// <param name="joinPolicy"><c>auto</c>, <c>moderated</c> or <c>closed</c>.</param>
    /// <param name="leavePolicy"><c>auto</c>, <c>moderated</c> or <c>closed</c>.</param>
    /// <param name="isPrivate">Whether non-members cannot see it.</param>
    /// <returns>The project.</returns>
    public EmulatedAstakosProject AddProject(string name, EmulatedAstakosUser owner, IReadOnlyDictionary<string, AstakosResourceCapacity>? resources = null,
        string joinPolicy = "auto", string leavePolicy = "auto", bool isPrivate = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(owner);
        string[] policies = ["auto", "moderated", "closed"];
        if (!policies.Contains(joinPolicy) || !policies.Contains(leavePolicy))
        {
            throw new ArgumentException("Policies are auto, moderated or closed.", nameof(joinPolicy));
        }

        lock (_state.Gate)
        {
            KnownUser(owner);
            var capacities = (resources ?? new Dictionary<string, AstakosResourceCapacity>())
                .ToDictionary(r => r.Key, r => new ResourceCapacity(r.Value.ProjectCapacity, r.Value.MemberCapacity), StringComparer.Ordinal);
            if (capacities.Keys.FirstOrDefault(r => !_state.Resources.ContainsKey(r)) is { } unknown)
            {
                throw new ArgumentException($"Unknown resource {unknown}.", nameof(resources));
            }

            var project = new ProjectRecord
            {
                Id = Guid.NewGuid().ToString(), State = "active", CreationDate = _state.Now(),
                Terms = new ProjectTerms
                {
                    Name = name, Owner = owner.Uuid, EndDate = _state.Now().AddYears(1), JoinPolicy = joinPolicy,
                    LeavePolicy = leavePolicy, Private = isPrivate, Resources = capacities,
                },
            };
            _state.Projects.Add(project.Id, project);
            _state.AddMembership(owner.Uuid, project.Id, "accepted");
            return new EmulatedAstakosProject(project.Id, name);
        }
    }

    /// <summary>Makes a user an accepted member of a project (it then holds the member capacities).</summary>
    /// <param name="project">The project.</param>
    /// <param name="user">The user.</param>
    public void AddMember(EmulatedAstakosProject project, EmulatedAstakosUser user)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(user);
        lock (_state.Gate)
        {
            KnownUser(user);
            if (!_state.Projects.TryGetValue(project.Id, out var record) || record.IsSystem)
            {
                throw new ArgumentException("Unknown project.", nameof(project));
            }

            if (_state.MembershipOf(user.Uuid, project.Id) is not { IsAccepted: true })
            {
                _state.AddMembership(user.Uuid, project.Id, "accepted");
            }
        }
    }

    /// <summary>Gives a user a new token (the old one stops working) valid for the token lifetime from now.</summary>
    /// <param name="user">The user.</param>
    /// <param name="token">The new token (its current one just extends it); a random one when null.</param>
    /// <returns>The user with its new token.</returns>
    public EmulatedAstakosUser RenewToken(EmulatedAstakosUser user, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        Optional(token, nameof(token));
        lock (_state.Gate)
        {
            var record = KnownUser(user);
            var secret = token ?? AstakosState.NewToken();
            EnsureFreeToken(secret, record);
            record.Token = secret;
            record.TokenExpires = _state.Now() + _state.UserTokenLifetime;
            return ToPublic(record);
        }
    }

    /// <summary>Registers an OAuth2 client.</summary>
    /// <param name="clientId">Its id.</param>
    /// <param name="secret">Its secret.</param>
    /// <param name="redirectUri">Its redirect URI (the token call must repeat it).</param>
    public void AddOAuth2Client(string clientId, string secret, Uri redirectUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(redirectUri);
        lock (_state.Gate)
        {
            _state.OAuth2Clients[clientId] = new OAuth2Client(clientId, secret, redirectUri.ToString());
        }
    }

    /// <summary>
    /// Issues the single-use authorization code the browser step (<c>{O}/auth</c>) would give the client for a user.
    /// </summary>
    /// <param name="user">The user who authorized.</param>
    /// <param name="clientId">The OAuth2 client.</param>
    /// <param name="scope">The URL prefix the resulting token is valid for (<c>belongsTo</c>); empty allows any.</param>
    /// <returns>The code.</returns>
    public string IssueAuthorizationCode(EmulatedAstakosUser user, string clientId, string scope = "")
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentNullException.ThrowIfNull(scope);
        lock (_state.Gate)
        {
            KnownUser(user);
            var client = _state.OAuth2Clients.GetValueOrDefault(clientId) ?? throw new ArgumentException("Unknown OAuth2 client.", nameof(clientId));
            var code = new OAuth2Code(AstakosState.NewCode(), clientId, client.RedirectUri, user.Uuid, scope);
            _state.OAuth2Codes.Add(code.Code, code);
            return code.Code;
        }
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static AstakosApi MapRoutes(WebApplication app, AstakosState state, AstakosPaths paths)
    {
        app.UseServiceErrors((context, status) => UnmatchedReply(context, status, paths));
        app.Use((context, next) =>
        {
            // Routes under {A} and {I} accept an optional trailing slash (and {O} is published as "oauth2/").
            var path = context.Request.Path.Value;
            if (path is { Length: > 1 } && path.EndsWith('/'))
            {
                context.Request.Path = new PathString(path.TrimEnd('/'));
            }

            return next(context);
        });
        app.UseRouting();
        var api = new AstakosApi(state, paths, app);
        new IdentityEndpoints(api).Map();
        new AccountEndpoints(api).Map();
        new QuotaEndpoints(api).Map();
        new CommissionEndpoints(api).Map();
        new ProjectEndpoints(api).Map();
        new MembershipEndpoints(api).Map();
        new OAuth2Endpoints(api).Map();
        return api;
    }

    private static EmulatorReply? UnmatchedReply(HttpContext context, int status, AstakosPaths paths)
    {
        if (status == 500)
        {
            return AstakosFaults.Fault(500, "Internal server error");
        }

        if (!paths.IsApi(context.Request.Path.Value ?? ""))
        {
            return status == 404
                ? new EmulatorReply(404) { Text = ("text/html", "<h1>Not Found</h1><p>The requested URL was not found on this server.</p>") }
                : null;
        }

        return status == 405 ? AstakosFaults.Fault(405, "Method not allowed") : AstakosFaults.Fault(400, "API endpoint not found");
    }

    private Uri Absolute(string path) => new(_host.Root, path.TrimStart('/'));

    private static void Optional(string? value, string name)
    {
        if (value is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        }
    }

    private void EnsureFreeToken(string token, AstakosUserRecord? owner = null)
    {
        var holder = _state.UserByToken(token);
        if ((holder is not null && holder != owner) || _state.ComponentByToken(token) is not null)
        {
            throw new ArgumentException("This token is already in use.", nameof(token));
        }
    }

    private AstakosUserRecord KnownUser(EmulatedAstakosUser user) =>
        _state.Users.GetValueOrDefault(user.Uuid) ?? throw new ArgumentException("Unknown user.", nameof(user));

    private void KnownProjectAndResource(string projectId, string resource)
    {
        if (!_state.Projects.ContainsKey(projectId))
        {
            throw new ArgumentException("Unknown project (a user's system project has the user's uuid).", nameof(projectId));
        }

        if (!_state.Resources.ContainsKey(resource))
        {
            throw new ArgumentException("Unknown resource.", nameof(resource));
        }
    }

    private AstakosQuotaState? Quota(HoldingKey key)
    {
        lock (_state.Gate)
        {
            return _state.Holdings.TryGetValue(key, out var holding) ? new AstakosQuotaState(holding.Limit, holding.Usage, holding.Pending) : null;
        }
    }

    private static EmulatedAstakosUser ToPublic(AstakosUserRecord user) => new(user.Uuid, user.DisplayName, user.Token);
}
