package org.coplan.shared.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves GOV.UK Frontend from the application itself: its CSS refers to /assets/... */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final String govukFrontend;

    public WebConfiguration(@Value("${coplan.govuk-frontend-version:5.14.0}") String version) {
        this.govukFrontend = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler("/assets/**").addResourceLocations(govukFrontend + "assets/").setCacheControl(week);
        registry.addResourceHandler("/govuk/**")
                .addResourceLocations(govukFrontend)
                .setCacheControl(week);
        registry.addResourceHandler("/coplan/**").addResourceLocations("classpath:/static/coplan/").setCacheControl(week);
    }
}
