namespace TomcatCompat.Config.Httpd;

/// <summary>httpd's ap_check_cmd_context() bits (NOT_IN_*), checked by the directive's own handler.</summary>
[Flags]
public enum DirectiveRestrictions
{
    None = 0,
    NotInVirtualHost = 0x01,
    NotInLimit = 0x02,
    NotInDirectory = 0x04,
    NotInLocation = 0x08,
    NotInFiles = 0x10,
    NotInHtAccess = 0x20,
    NotInProxy = 0x40,
}
