package org.coplan.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.catalina.filters.RemoteIpFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Behind a TLS-terminating proxy, takes the client's address and "https" from the proxy's
 * X-Forwarded-For and X-Forwarded-Proto headers, but only when the request comes from one of the
 * configured proxies: anyone else could send those headers. A secure request then gets a Secure
 * session cookie and the HSTS header. X-Forwarded-Host is never read: redirects use the base URL.
 */
@Configuration(proxyBeanMethods = false)
public class ForwardedRequests {

    /** Runs before the session filter, so the session cookie sees the real scheme. */
    @Bean
    FilterRegistrationBean<RemoteIpFilter> forwardedHeaders(@Value("${coplan.trusted-proxies:}") String trustedProxies) {
        RemoteIpFilter filter = remoteIpFilter(trustedProxies);
        FilterRegistrationBean<RemoteIpFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(filter.getInternalProxiesAsString() != null);
        return registration;
    }

    /** Trusts exactly the listed proxies (addresses or CIDR ranges); none when the list is empty. */
    public static RemoteIpFilter remoteIpFilter(String trustedProxies) {
        RemoteIpFilter filter = new RemoteIpFilter();
        filter.setInternalProxies(Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(ForwardedRequests::asRange)
                .collect(Collectors.joining(",")));
        filter.setTrustedProxies("");
        filter.setRemoteIpHeader("X-Forwarded-For");
        filter.setProtocolHeader("X-Forwarded-Proto");
        filter.setProtocolHeaderHttpsValue("https");
        filter.setHostHeader(null);
        filter.setPortHeader(null);
        return filter;
    }

    /** One address becomes a range of one; Tomcat checks and normalises the ranges (IPv6 too). */
    private static String asRange(String address) {
        return address.contains("/") ? address : address + (address.contains(":") ? "/128" : "/32");
    }
}
