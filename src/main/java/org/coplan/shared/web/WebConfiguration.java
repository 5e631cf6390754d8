package org.coplan.shared.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/** Serves GOV.UK Frontend from the application itself (its CSS refers to /assets/...), and cleans what forms send. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final String govukFrontend;

    public WebConfiguration(@Value("${coplan.govuk-frontend-version:5.14.0}") String version) {
        this.govukFrontend = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/";
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

    /** Rewrites links to Coplan's own files in pages to their hashed URLs. */
    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler("/assets/**").addResourceLocations(govukFrontend + "assets/").setCacheControl(week);
        registry.addResourceHandler("/govuk/**")
                .addResourceLocations(govukFrontend)
                .setCacheControl(week);
        // Coplan's own files change between releases: their URLs carry a hash of the content, so a
        // browser never keeps an old copy, and they can be cached for a year.
        registry.addResourceHandler("/coplan/**")
                .addResourceLocations("classpath:/static/coplan/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
