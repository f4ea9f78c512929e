namespace Refit.AuthClients.Testing.Hosting;

/// <summary>Ends a handler early with the given answer (an error, usually).</summary>
internal sealed class ReplyException : Exception
{
    public ReplyException()
        : this(EmulatorReply.Empty(500))
    {
    }

    public ReplyException(string message)
        : this(EmulatorReply.Empty(500), message)
    {
    }

    public ReplyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reply = EmulatorReply.Empty(500);
    }

    public ReplyException(EmulatorReply reply, string? message = null)
        : base(message ?? $"The emulator answers {reply?.Status}.")
    {
        Reply = reply ?? throw new ArgumentNullException(nameof(reply));
    }

    public EmulatorReply Reply { get; }
}
