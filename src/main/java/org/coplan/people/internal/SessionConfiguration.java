package org.coplan.people.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions stay in PostgreSQL as Spring Boot sets them up (table, 30-minute idle limit, clean-up),
 * seen through {@link SessionWrites} so that a request which changes nothing in its session does
 * not write it, and reads it once (ADR 0029).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    static BeanPostProcessor sessionWrites(@Value("${coplan.session.last-access-refresh:1m}") Duration refreshAfter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new SessionWrites(store, refreshAfter) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<SessionWrites.RequestScope> sessionWritesRequestScope() {
        FilterRegistrationBean<SessionWrites.RequestScope> registration = new FilterRegistrationBean<>(new SessionWrites.RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setName("sessionWritesRequestScope");
        return registration;
    }
}
