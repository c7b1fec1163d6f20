namespace TomcatCompat.Ajp.Client;

/// <summary>A failed AJP exchange, with the status httpd would answer (<see cref="AjpFailure"/>).</summary>
public sealed class AjpBackendException(AjpFailure failure, string message, Exception? inner = null) : IOException(message, inner)
{
    public AjpFailure Failure { get; } = failure;
}
