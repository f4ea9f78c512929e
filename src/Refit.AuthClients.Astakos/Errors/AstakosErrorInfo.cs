using System.Net;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Redaction;

namespace Refit.AuthClients.Astakos;

/// <summary>The facts of calls that succeeded but whose answer does not give what the caller needs.</summary>
internal static class AstakosErrorInfo
{
    /// <summary>A call the service answered with success, e.g. a lookup that did not find the name asked for.</summary>
    public static AuthErrorInfo Answered(HttpMethod method, string path) =>
        new(AuthErrorKind.HttpStatus, method.Method, Redactor.RedactPath(path), HttpStatusCode.OK, "OK");

    /// <summary>A call whose successful answer lacks what the call returns; <paramref name="body"/> is the raw answer, if kept.</summary>
    public static AuthErrorInfo InvalidAnswer(HttpMethod method, string path, string? body = null) =>
        new(AuthErrorKind.InvalidResponse, method.Method, Redactor.RedactPath(path), ResponseBody: body is null || body.Length <= ResponseBodyReader.MaxBodyChars ? body : body[..ResponseBodyReader.MaxBodyChars]);
}
