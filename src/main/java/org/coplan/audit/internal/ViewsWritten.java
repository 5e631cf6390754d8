package org.coplan.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes the views a request recorded once its controller has finished and before the page is
 * rendered, so nothing has been sent yet: a failure to save them becomes the error page instead
 * of a page whose viewing went unrecorded. A request whose controller failed after recording a
 * view writes it when the request completes; if even that fails it is logged as an error.
 */
@Configuration(proxyBeanMethods = false)
class ViewsWritten implements WebMvcConfigurer, HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ViewsWritten.class);

    private final AuditEvents events;

    ViewsWritten(AuditEvents events) {
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        events.writePendingViews(request);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        try {
            events.writePendingViews(request);
        } catch (RuntimeException e) {
            log.error("Could not record the pages viewed in {} {}", request.getMethod(), request.getRequestURI(), e);
            throw e;
        }
    }
}
