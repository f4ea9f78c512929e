namespace Refit.AuthClients.Testing.Wazo.State;

/// <summary>
/// Everything a wazo-auth emulator knows. Not thread-safe by itself: every access holds <see cref="Gate"/>.
/// </summary>
internal sealed class WazoState
{
    public WazoState(TimeProvider time, Guid masterTenantUuid, Guid xivoUuid, TimeSpan defaultTokenLifetime)
    {
        Time = time;
        XivoUuid = xivoUuid;
        DefaultTokenLifetime = defaultTokenLifetime;
        Master = CreateTenant(masterTenantUuid, masterTenantUuid, "master", "master");
    }

    public object Gate { get; } = new();

    public TimeProvider Time { get; }

    public Guid XivoUuid { get; }

    public TimeSpan DefaultTokenLifetime { get; }

    public WazoTenant Master { get; }

    public bool Healthy { get; set; } = true;

    public Dictionary<Guid, WazoTenant> Tenants { get; } = [];

    public Dictionary<Guid, WazoUser> Users { get; } = [];

    public Dictionary<Guid, WazoPolicy> Policies { get; } = [];

    public Dictionary<Guid, WazoGroup> Groups { get; } = [];

    public Dictionary<Guid, WazoToken> Tokens { get; } = [];

    public Dictionary<Guid, WazoSession> Sessions { get; } = [];

    public Dictionary<Guid, WazoRefreshToken> RefreshTokens { get; } = [];

    /// <summary>Now, truncated to the microsecond like the server's timestamps.</summary>
    public DateTimeOffset Now()
    {
        var now = Time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }

    public WazoTenant CreateTenant(Guid uuid, Guid parentUuid, string? name, string slug)
    {
        var tenant = new WazoTenant { Uuid = uuid, ParentUuid = parentUuid, Name = name, Slug = slug };
        Tenants.Add(uuid, tenant);
        var allUsers = $"wazo-all-users-tenant-{uuid}";
        var group = new WazoGroup
        {
            Uuid = Guid.NewGuid(), TenantUuid = uuid, Name = allUsers, Slug = allUsers, ReadOnly = true,
            HoldsAllUsersOfTenant = true,
        };
        Groups.Add(group.Uuid, group);
        return tenant;
    }

    public WazoGroup AllUsersGroup(Guid tenantUuid) => Groups.Values.First(g => g.HoldsAllUsersOfTenant && g.TenantUuid == tenantUuid);

    /// <summary>Whether <paramref name="tenant"/> is <paramref name="root"/> or one of its descendants.</summary>
    public bool IsInSubtree(Guid tenant, Guid root)
    {
        var current = tenant;
        for (var depth = 0; depth <= Tenants.Count; depth++)
        {
            if (current == root)
            {
                return true;
            }

            if (!Tenants.TryGetValue(current, out var t) || t.IsMaster)
            {
                return false;
            }

            current = t.ParentUuid;
        }

        return false;
    }

    public IEnumerable<Guid> Scope(Guid scopingTenant, bool recurse) =>
        recurse ? Tenants.Keys.Where(t => IsInSubtree(t, scopingTenant)) : [scopingTenant];

    public WazoUser? FindUserByLogin(string login) => Users.Values.FirstOrDefault(u => u.HasLogin(login));

    public bool LoginTaken(string login, Guid? except = null) =>
        Users.Values.Any(u => u.Uuid != except
            && (string.Equals(u.Username, login, StringComparison.Ordinal)
                || u.Emails.Any(e => string.Equals(e.Address, login, StringComparison.OrdinalIgnoreCase))));

    public IEnumerable<WazoGroup> GroupsOf(WazoUser user) => Groups.Values.Where(g => g.HasMember(user));

    /// <summary>The user's policies, held directly and through groups.</summary>
    public IEnumerable<WazoPolicy> EffectivePolicies(WazoUser user) =>
        user.PolicyUuids.Concat(GroupsOf(user).SelectMany(g => g.PolicyUuids))
            .Distinct()
            .Select(p => Policies.GetValueOrDefault(p))
            .OfType<WazoPolicy>();

    public IReadOnlyList<string> EffectiveAcl(WazoUser user) =>
        EffectivePolicies(user).SelectMany(p => p.Acl).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Whether a policy can be seen from a tenant: its own, or shared by an ancestor.</summary>
    public bool IsPolicyVisible(WazoPolicy policy, Guid scopingTenant, bool recurse) =>
        Scope(scopingTenant, recurse).Contains(policy.TenantUuid)
        || (policy.Shared && IsInSubtree(scopingTenant, policy.TenantUuid));

    /// <summary>Finds a policy by uuid (anywhere visible) or by slug (in the scoping tenant only).</summary>
    public WazoPolicy? FindPolicy(string uuidOrSlug, Guid scopingTenant)
    {
        if (Guid.TryParse(uuidOrSlug, out var uuid))
        {
            return Policies.TryGetValue(uuid, out var byUuid) && IsPolicyVisible(byUuid, scopingTenant, recurse: true)
                ? byUuid
                : null;
        }

        return Policies.Values.FirstOrDefault(p =>
            string.Equals(p.Slug, uuidOrSlug, StringComparison.Ordinal) && IsPolicyVisible(p, scopingTenant, recurse: false));
    }

    public WazoToken IssueToken(WazoUser user, TimeSpan lifetime, bool mobile, string? userAgent, string remoteAddress, Guid? refreshToken)
    {
        var now = Now();
        var session = new WazoSession { Uuid = Guid.NewGuid(), UserUuid = user.Uuid, TenantUuid = user.TenantUuid, Mobile = mobile };
        Sessions.Add(session.Uuid, session);
        var token = new WazoToken
        {
            Token = Guid.NewGuid(),
            UserUuid = user.Uuid,
            TenantUuid = user.TenantUuid,
            SessionUuid = session.Uuid,
            IssuedAt = now,
            ExpiresAt = now + lifetime,
            Acl = EffectiveAcl(user),
            Purpose = user.Purpose,
            UserAgent = userAgent,
            RemoteAddress = remoteAddress,
            RefreshToken = refreshToken,
        };
        Tokens.Add(token.Token, token);
        return token;
    }

    public WazoRefreshToken CreateRefreshToken(WazoUser user, string clientId, bool mobile)
    {
        foreach (var old in RefreshTokens.Values.Where(r => r.UserUuid == user.Uuid && r.ClientId == clientId).ToList())
        {
            RefreshTokens.Remove(old.Token);
        }

        var refresh = new WazoRefreshToken
        {
            Token = Guid.NewGuid(), ClientId = clientId, UserUuid = user.Uuid, TenantUuid = user.TenantUuid,
            CreatedAt = Now(), Mobile = mobile,
        };
        RefreshTokens.Add(refresh.Token, refresh);
        return refresh;
    }

    /// <summary>Forgets expired tokens and the sessions they held, as the server's expiry cleanup does.</summary>
    public void PruneExpired()
    {
        var now = Time.GetUtcNow();
        foreach (var token in Tokens.Values.Where(t => t.ExpiresAt <= now).ToList())
        {
            RevokeToken(token.Token);
        }
    }

    public void RevokeToken(Guid token)
    {
        if (Tokens.Remove(token, out var removed))
        {
            Sessions.Remove(removed.SessionUuid);
        }
    }

    public void DeleteSession(Guid session)
    {
        Sessions.Remove(session);
        foreach (var token in Tokens.Values.Where(t => t.SessionUuid == session).ToList())
        {
            Tokens.Remove(token.Token);
        }
    }

    public void DeleteUser(WazoUser user)
    {
        Users.Remove(user.Uuid);
        foreach (var session in Sessions.Values.Where(s => s.UserUuid == user.Uuid).ToList())
        {
            DeleteSession(session.Uuid);
        }

        foreach (var refresh in RefreshTokens.Values.Where(r => r.UserUuid == user.Uuid).ToList())
        {
            RefreshTokens.Remove(refresh.Token);
        }

        foreach (var group in Groups.Values)
        {
            group.UserUuids.Remove(user.Uuid);
        }
    }

    public void DeletePolicy(WazoPolicy policy)
    {
        Policies.Remove(policy.Uuid);
        foreach (var user in Users.Values)
        {
            user.PolicyUuids.Remove(policy.Uuid);
        }

        foreach (var group in Groups.Values)
        {
            group.PolicyUuids.Remove(policy.Uuid);
        }
    }

    public void DeleteTenant(WazoTenant tenant)
    {
        foreach (var user in Users.Values.Where(u => u.TenantUuid == tenant.Uuid).ToList())
        {
            DeleteUser(user);
        }

        foreach (var policy in Policies.Values.Where(p => p.TenantUuid == tenant.Uuid).ToList())
        {
            DeletePolicy(policy);
        }

        foreach (var group in Groups.Values.Where(g => g.TenantUuid == tenant.Uuid).ToList())
        {
            Groups.Remove(group.Uuid);
        }

        Tenants.Remove(tenant.Uuid);
    }
}
