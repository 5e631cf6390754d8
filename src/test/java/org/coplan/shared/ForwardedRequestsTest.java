package org.coplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.filters.RemoteIpFilter;
import org.coplan.shared.web.ForwardedRequests;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** X-Forwarded-For and X-Forwarded-Proto are believed only from the configured proxies. */
class ForwardedRequestsTest {

    private static HttpServletRequest seenBehind(String trusted, String remoteAddress, String forwardedFor) throws Exception {
        RemoteIpFilter filter = ForwardedRequests.remoteIpFilter(trusted);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sign-in");
        request.setRemoteAddr(remoteAddress);
        request.addHeader("X-Forwarded-For", forwardedFor);
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "evil.example");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set((HttpServletRequest) req);
            }
        });
        return seen.get();
    }

    @Test
    void headersFromAConfiguredProxyGiveTheClientAddressAndHttps() throws Exception {
        HttpServletRequest seen = seenBehind("10.0.0.5, 10.1.0.0/16", "10.0.0.5", "203.0.113.7, 10.1.2.3");
        // Tomcat's own request reads isSecure() from this; a mock request does not (SessionSecurityTest covers the real one).
        assertThat(seen.getAttribute("org.apache.catalina.filters.RemoteIpFilter.secure")).isEqualTo(true);
        assertThat(seen.getScheme()).isEqualTo("https");
        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
        assertThat(seen.getServerName()).isNotEqualTo("evil.example");
    }

    @Test
    void aClientCannotChooseItsAddressByAddingToTheHeader() throws Exception {
        HttpServletRequest seen = seenBehind("10.0.0.5", "10.0.0.5", "1.2.3.4, 203.0.113.7");
        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
    }

    @Test
    void headersFromAnyoneElseAreIgnored() throws Exception {
        HttpServletRequest seen = seenBehind("10.0.0.5", "198.51.100.9", "203.0.113.7");
        assertThat(seen.getScheme()).isEqualTo("http");
        assertThat(seen.getAttribute("org.apache.catalina.filters.RemoteIpFilter.secure")).isNull();
        assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.9");
    }

    @Test
    void withNoProxiesConfiguredNothingIsBelieved() throws Exception {
        HttpServletRequest seen = seenBehind("", "10.0.0.5", "203.0.113.7");
        assertThat(seen.getScheme()).isEqualTo("http");
        assertThat(seen.getRemoteAddr()).isEqualTo("10.0.0.5");
    }
}
