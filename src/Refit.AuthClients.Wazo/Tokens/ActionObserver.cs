using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Tokens;

/// <summary>An observer made of a callback for each new token.</summary>
internal sealed class ActionObserver(Action<WazoToken> onToken) : IObserver<WazoToken>
{
    public void OnNext(WazoToken value) => onToken(value);

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }
}
