namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>The unit a bare number means in <c>ap_timeout_parameter_parse</c>; the value is milliseconds per unit.</summary>
internal enum TimeUnit
{
    Milliseconds = 1,
    Seconds = 1000,
}
