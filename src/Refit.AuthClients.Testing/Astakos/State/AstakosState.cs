using System.Security.Cryptography;

namespace Refit.AuthClients.Testing.Astakos.State;

/// <summary>
/// Everything an Astakos emulator knows. Not thread-safe by itself: every access holds <see cref="Gate"/>.
/// </summary>
internal sealed class AstakosState
{
    public const string AstakosComponentName = "astakos";

    public AstakosState(TimeProvider time, TimeSpan userTokenLifetime, TimeSpan oauth2TokenLifetime)
    {
        Time = time;
        UserTokenLifetime = userTokenLifetime;
        OAuth2TokenLifetime = oauth2TokenLifetime;
        Quotas = new QuotaHolder(Holdings);
    }

    public object Gate { get; } = new();

    public TimeProvider Time { get; }

    public TimeSpan UserTokenLifetime { get; }

    public TimeSpan OAuth2TokenLifetime { get; }

    public Dictionary<string, AstakosUserRecord> Users { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AstakosComponent> Components { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AstakosResourceRecord> Resources { get; } = new(StringComparer.Ordinal);

    public Dictionary<HoldingKey, Holding> Holdings { get; } = [];

    public QuotaHolder Quotas { get; }

    public Dictionary<long, Commission> PendingCommissions { get; } = [];

    public Dictionary<string, ProjectRecord> Projects { get; } = new(StringComparer.Ordinal);

    public Dictionary<long, MembershipRecord> Memberships { get; } = [];

    public List<AstakosFeedbackRecord> Feedback { get; } = [];

    public Dictionary<string, OAuth2Client> OAuth2Clients { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OAuth2Code> OAuth2Codes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OAuth2AccessToken> OAuth2Tokens { get; } = new(StringComparer.Ordinal);

    public long NextSerial { get; set; } = 1;

    public long NextApplicationId { get; set; } = 1;

    public long NextMembershipId { get; set; } = 1;

    public DateTimeOffset Now() => Time.GetUtcNow();

    /// <summary>A token like Astakos's: 16 random bytes in base64 (it may hold <c>/</c>, <c>+</c> and <c>=</c>).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>A URL-safe random string, for OAuth2 codes and access tokens.</summary>
    public static string NewCode() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public AstakosUserRecord? UserByToken(string? token) =>
        string.IsNullOrEmpty(token) ? null : Users.Values.FirstOrDefault(u => u.Token == token);

    public AstakosComponent? ComponentByToken(string? token) =>
        string.IsNullOrEmpty(token) ? null : Components.Values.FirstOrDefault(c => c.Token == token);

    public AstakosUserRecord? UserByDisplayName(string name) => Users.Values.FirstOrDefault(u => u.DisplayName == name);

    /// <summary>Adds a user with its system project (same uuid), of which it is a member with every resource's base quota.</summary>
    public AstakosUserRecord AddUser(string uuid, string displayName, string realName, string token, bool isProjectAdmin)
    {
        var user = new AstakosUserRecord
        {
            Uuid = uuid, DisplayName = displayName, RealName = realName, Token = token,
            TokenExpires = Now() + UserTokenLifetime, IsProjectAdmin = isProjectAdmin,
        };
        Users.Add(uuid, user);
        var system = new ProjectRecord
        {
            Id = uuid,
            State = "active",
            CreationDate = Now(),
            IsSystem = true,
            Terms = new ProjectTerms
            {
                Name = "system:" + uuid, Owner = uuid, EndDate = Now().AddYears(100), JoinPolicy = "closed",
                LeavePolicy = "closed", MaxMembers = 1, Private = true,
            },
        };
        Projects.Add(uuid, system);
        AddMembership(uuid, uuid, "accepted");
        foreach (var resource in Resources.Values)
        {
            GrantBaseQuota(user.Uuid, resource);
        }

        return user;
    }

    public void AddResource(AstakosResourceRecord resource)
    {
        Resources.Add(resource.Name, resource);
        foreach (var user in Users.Values)
        {
            GrantBaseQuota(user.Uuid, resource);
        }
    }

    /// <summary>The holding for a key, created with the given limit if missing.</summary>
    public Holding EnsureHolding(HoldingKey key, long limit)
    {
        if (!Holdings.TryGetValue(key, out var holding))
        {
            holding = new Holding { Key = key, Limit = limit };
            Holdings.Add(key, holding);
        }

        return holding;
    }

    public MembershipRecord AddMembership(string user, string project, string state)
    {
        var membership = new MembershipRecord { Id = NextMembershipId++, User = user, Project = project, State = state };
        membership.Log.Add((state, Now()));
        Memberships.Add(membership.Id, membership);
        SyncProjectHoldings(Projects[project]);
        return membership;
    }

    public void ChangeMembership(MembershipRecord membership, string state)
    {
        membership.State = state;
        membership.Log.Add((state, Now()));
        SyncProjectHoldings(Projects[membership.Project]);
    }

    public MembershipRecord? MembershipOf(string user, string project) =>
        Memberships.Values.Where(m => m.User == user && m.Project == project).MaxBy(m => m.Id);

    public IEnumerable<string> AcceptedMembers(string project) =>
        Memberships.Values.Where(m => m.Project == project && m.IsAccepted).Select(m => m.User);

    /// <summary>
    /// Sets the limits of a (non-system) project's holdings from its capacities: the project's holding gets the
    /// project capacity and each accepted member's the member capacity while the project is active, 0 otherwise.
    /// </summary>
    public void SyncProjectHoldings(ProjectRecord project)
    {
        if (project.IsSystem)
        {
            return;
        }

        var members = AcceptedMembers(project.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (resource, capacity) in project.Terms.Resources)
        {
            EnsureHolding(HoldingKey.OfProject(project.Id, resource), 0).Limit = project.IsActive ? capacity.ProjectCapacity : 0;
            foreach (var membership in Memberships.Values.Where(m => m.Project == project.Id))
            {
                var active = project.IsActive && members.Contains(membership.User);
                var holding = EnsureHolding(HoldingKey.OfMember(membership.User, project.Id, resource), 0);
                holding.Limit = active ? capacity.MemberCapacity : 0;
            }
        }
    }

    private void GrantBaseQuota(string user, AstakosResourceRecord resource)
    {
        EnsureHolding(HoldingKey.OfMember(user, user, resource.Name), resource.DefaultLimit);
        EnsureHolding(HoldingKey.OfProject(user, resource.Name), resource.DefaultLimit);
    }
}
