package org.coplan.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves Coplan's own files and GOV.UK Frontend from where they live, and nothing else (ADR 0028),
 * and cleans what forms send.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    /** Files whose URL changes whenever their content does can be kept by browsers for a year. */
    private static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final String govukFrontendVersion;
    private final String govukFrontend;

    /** @param version the GOV.UK Frontend version to serve; empty for the one on the classpath */
    public WebConfiguration(@Value("${coplan.govuk-frontend-version:}") String version) {
        if (version.isBlank()) {
            version = govukFrontendOnClasspath();
        }
        this.govukFrontendVersion = version;
        this.govukFrontend = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/";
    }

    /** The version of the GOV.UK Frontend WebJar that the build put on the classpath. */
    static String govukFrontendOnClasspath() {
        String file = "/META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";
        try (InputStream in = WebConfiguration.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("GOV.UK Frontend is not on the classpath: " + file + " is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Cleans every form value and reads multipart forms as a stream (see {@link RequestTextFilter}):
     * after character encoding and the session, before security reads the CSRF token.
     */
    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter(@Value("${coplan.uploads.max-request-size:512MB}") DataSize maxRequest) {
        FilterRegistrationBean<RequestTextFilter> registration = new FilterRegistrationBean<>(new RequestTextFilter(maxRequest.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** The URLs of Coplan's own files and GOV.UK Frontend's, as pages link to them. */
    @Bean
    StaticLinks staticLinks(ResourceUrlProvider mvcResourceUrlProvider) {
        return new StaticLinks(mvcResourceUrlProvider::getForLookupPath, govukFrontendVersion);
    }

    /** Rewrites links to static files in pages (and only those) to their versioned URLs. */
    @Bean
    FilterRegistrationBean<StaticLinkFilter> staticLinkFilter(StaticLinks staticLinks) {
        return new FilterRegistrationBean<>(new StaticLinkFilter(staticLinks));
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // GOV.UK Frontend under its version: a new version is a new URL. Its CSS refers to its fonts
        // and images as /assets/..., which are rewritten to the versioned path as the CSS is served.
        String govuk = StaticLinks.GOVUK + govukFrontendVersion + "/";
        registry.addResourceHandler(govuk + "**")
                .addResourceLocations(govukFrontend)
                .setCacheControl(IMMUTABLE)
                .resourceChain(true)
                .addTransformer(new PathRewrite("url(/assets/", "url(" + govuk + "assets/"));
        // Coplan's own files change between releases: their URLs carry a hash of the content (and
        // of the GOV.UK Frontend version that start.js imports), so a browser never keeps an old copy.
        registry.addResourceHandler(StaticLinks.COPLAN + "**")
                .addResourceLocations("classpath:/static/coplan/")
                .setCacheControl(IMMUTABLE)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver()
                        .addVersionStrategy(new ContentAndFrontendVersionStrategy(govukFrontendVersion), "/**"))
                .addTransformer(new PathRewrite("'" + StaticLinks.GOVUK, "'" + govuk));
    }
}
