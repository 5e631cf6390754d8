package org.coplan.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.ITemplateEngine;

/** Puts {@link DatabaseUnavailablePage} outside every filter that reads the session from the database. */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

    /** Spring Session's filter runs at {@code Integer.MIN_VALUE + 50}; this one wraps it. */
    static final int ORDER = Integer.MIN_VALUE + 40;

    @Bean
    FilterRegistrationBean<DatabaseUnavailablePage> databaseUnavailablePage(ITemplateEngine templates, LayoutAttributes layout) {
        FilterRegistrationBean<DatabaseUnavailablePage> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailablePage(templates, layout));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
