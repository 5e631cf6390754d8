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

    @Autowired
    private org.springframework.test.web.servlet.MockMvc requests;

    /**
     * GET as this person through MockMvc, or signed out when null. A fragment (#...) is left off, as a
     * browser never sends it.
     */
    protected org.springframework.mock.web.MockHttpServletResponse getAs(org.coplan.people.Person who, String path) throws Exception {
        int hash = path.indexOf('#');
        String sent = hash < 0 ? path : path.substring(0, hash);
        // a link copied from an email is encoded already: sent as it is, not encoded again
        var b = sent.contains("%") ? org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(java.net.URI.create(sent))
                : org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(sent);
        return requests.perform(who == null ? b : b.with(fixtures.as(who))).andReturn().getResponse();
    }

    /** POST a form as this person (or signed out when null), with its CSRF token; fields are name, value pairs. */
    protected org.springframework.mock.web.MockHttpServletResponse postAs(org.coplan.people.Person who, String path, String... fields)
            throws Exception {
        var b = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        if (who != null) {
            b = b.with(fixtures.as(who));
        }
        for (int i = 0; i < fields.length; i += 2) {
            b.param(fields[i], fields[i + 1]);
        }
        return requests.perform(b).andReturn().getResponse();
    }

    /** POST a request built by the test as this person, with its CSRF token. */
    protected org.springframework.mock.web.MockHttpServletResponse postAs(org.coplan.people.Person who,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return requests.perform(request.with(fixtures.as(who)).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andReturn().getResponse();
    }
}
