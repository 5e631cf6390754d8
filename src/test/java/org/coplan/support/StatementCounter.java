package org.coplan.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the statements each request sends to the database, on the real application over real
 * HTTP (or MockMvc): a test asks {@link #during} and gets one {@link Request} per request made.
 * The application's data source is wrapped by datasource-proxy; the migrations' owner connection is not.
 * A statement is one round trip: a JDBC batch counts once.
 */
public final class StatementCounter {

    /** One request and the statements it sent, in order. */
    public record Request(String method, String path, List<String> statements) {
        public int count() {
            return statements.size();
        }

        @Override
        public String toString() {
            return method + " " + path + ": " + count() + " statements\n  " + String.join("\n  ", statements);
        }
    }

    /** Work that makes requests. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private final List<Request> recorded = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    /** The requests made while the work ran, each with the statements it sent. */
    public synchronized List<Request> during(Work work) throws Exception {
        recorded.clear();
        recording = true;
        try {
            work.run();
        } finally {
            recording = false;
        }
        return List.copyOf(recorded);
    }

    /** The one request the work made (fails if it made none or several, redirects included). */
    public Request oneRequest(Work work) throws Exception {
        List<Request> requests = during(work);
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests);
        }
        return requests.get(0);
    }

    /**
     * The statements sent on this thread while the work ran, for work no request makes (a
     * scheduled job run by the test). Statements of requests made meanwhile are not among them.
     */
    public List<String> sentBy(Work work) throws Exception {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        CURRENT.set(statements);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
        return List.copyOf(statements);
    }

    BeanPostProcessor dataSourceProxy() {
        QueryExecutionListener listener = new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

            @Override
            public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                List<String> current = CURRENT.get();
                if (current != null) {
                    current.add(queryInfoList.isEmpty() ? "?" : queryInfoList.get(0).getQuery().strip().replaceAll("\\s+", " "));
                }
            }
        };
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && "dataSource".equals(beanName)) {
                    return ProxyDataSourceBuilder.create(ds).name("counted").listener(listener).build();
                }
                return bean;
            }
        };
    }

    FilterRegistrationBean<OncePerRequestFilter> filter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!recording) {
                    chain.doFilter(request, response);
                    return;
                }
                List<String> statements = Collections.synchronizedList(new ArrayList<>());
                CURRENT.set(statements);
                try {
                    chain.doFilter(request, response);
                } finally {
                    CURRENT.remove();
                    String query = request.getQueryString();
                    recorded.add(new Request(request.getMethod(),
                            request.getRequestURI() + (query == null ? "" : "?" + query), List.copyOf(statements)));
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("statementCounter");
        return registration;
    }
}
