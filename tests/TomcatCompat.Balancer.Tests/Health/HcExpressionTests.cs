using CsCheck;
using TomcatCompat.Balancer.Health;

namespace TomcatCompat.Balancer.Tests.Health;

public class HcExpressionTests
{
    [Theory]
    [InlineData("{%{REQUEST_STATUS} =~ /^[234]/}", 204, "", true)]
    [InlineData("{%{REQUEST_STATUS} =~ /^[234]/}", 503, "", false)]
    [InlineData("%{REQUEST_STATUS} !~ /^5/", 404, "", true)]
    [InlineData("%{REQUEST_STATUS} -lt 400", 302, "", true)]
    [InlineData("%{REQUEST_STATUS} -ge 400 || hc('body') =~ /UP/", 500, "status UP", true)]
    [InlineData("%{REQUEST_STATUS} == 200 && hc('body') !~ /Under maintenance/", 200, "Under maintenance", false)]
    [InlineData("!(%{REQUEST_STATUS} -eq 503)", 200, "", true)]
    [InlineData("hc('body') =~ m#ok#i", 200, "OK", true)]
    [InlineData("-n hc('body')", 200, "", false)]
    [InlineData("%{REQUEST_STATUS} != '200'", 200, "", false)]
    public void ProxyHCExpr_common_forms_evaluate_like_ap_expr(string text, int status, string body, bool expected)
    {
        var expression = HcExpression.TryParse(text, out var error);

        Assert.Null(error);
        Assert.Equal(expected, expression!.Evaluate(new HcResponse(status, body)));
    }

    [Theory]
    [InlineData("%{HTTP_HOST} == 'x'", "variable %{HTTP_HOST} is not supported")]
    [InlineData("%{REQUEST_STATUS} -in {'200'}", "no comparison operator at \"-in {'200'}\"")]
    [InlineData("%{REQUEST_STATUS} =~ /(/", "regex /(/ cannot be compiled")]
    [InlineData("file('/x') == 1", "no comparison operator at \"('/x') == 1\"")]
    public void ProxyHCExpr_forms_not_reproduced_fail_to_parse_with_a_reason(string text, string reason)
    {
        Assert.Null(HcExpression.TryParse(text, out var error));
        Assert.StartsWith(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ProxyHCExpr_integer_operator_on_text_fails_the_check()
    {
        var expression = HcExpression.TryParse("hc('body') -eq 1", out _)!;

        Assert.False(expression.Evaluate(new HcResponse(200, "x")));
    }

    [Fact]
    public void ProxyHCExpr_random_text_never_throws_while_parsing()
    {
        Gen.String.Sample(text => _ = HcExpression.TryParse(text, out _), iter: 500);
        Gen.Int[0, 13].Select(i => Parts[i]).Array[1, 12].Sample(parts => _ = HcExpression.TryParse(string.Concat(parts), out _)?.Evaluate(new HcResponse(200, "a")), iter: 500);
    }

    private static readonly string[] Parts = ["%{REQUEST_STATUS}", "hc('body')", "==", "=~", "/a/", "&&", "||", "!", "(", ")", "-lt", "200", "'x'", " "];
}
