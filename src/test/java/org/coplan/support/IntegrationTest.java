package org.coplan.support;

import java.time.Clock;
import org.coplan.shared.ClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of every integration and browser test: the whole application on a real port, a real
 * (embedded) PostgreSQL, a real SMTP server and a clock the test sets. All tests share one
 * application context, so each creates its own people and cases through {@link Fixtures}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({IntegrationTest.TestBeans.class, Fixtures.class, PlanFixtures.class, MeetingFixtures.class, FlakyListener.class})
public abstract class IntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(ClockConfiguration.ZONE);
        }

        @Bean
        static StatementCounter statementCounter() {
            return COUNTER;
        }

        @Bean
        static org.springframework.beans.factory.config.BeanPostProcessor countedDataSource() {
            return COUNTER.dataSourceProxy();
        }

        @Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<?> statementCounterFilter() {
            return COUNTER.filter();
        }
    }

    private static final StatementCounter COUNTER = new StatementCounter();

    /** The SMTP host is in application-test.properties, so a test can take it away with @TestPropertySource. */
    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMail::port);
        registry.add("coplan.notify.base-url", NotifyStandIn::baseUrl);
    }

    @Autowired
    protected SettableClock clock;

    @Autowired
    protected Fixtures fixtures;

    /** Counts the statements each request sends to the database. */
    @Autowired
    protected StatementCounter statements;

    @Autowired
    protected PlanFixtures planFixtures;

    private final java.util.List<Visitor> visitors = new java.util.ArrayList<>();

    @LocalServerPort
    protected int port;

    /** A new person at a browser-less HTTP client, with no cookies yet. */
    protected Visitor visitor() {
        Visitor visitor = new Visitor(port, fixtures::secondFactorCode);
        visitors.add(visitor);
        return visitor;
    }

    /**
     * The clock has moved on by days: everyone who signed in through {@link #visitor()} signs in
     * again, as they would on another day, since a sign-in ends 12 hours after it began.
     */
    protected void aNewDay() {
        visitors.forEach(Visitor::signInAgain);
    }

    @AfterEach
    void resetClock() {
        visitors.clear();
        clock.reset();
    }

    protected Clock clock() {
        return clock;
    }
}
