package org.coplan.strategic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the strategic module (the forum, polls and consultations, the board, themes,
 * the local offer, the public pages), as every seat, through the real security filters. Expected
 * outcomes are written out by hand in each {@link Part}. A strategic endpoint missing here fails
 * {@link #everyStrategicEndpointIsInTheMatrix}. Someone not allowed gets "Page not found" when
 * signed in, and the sign-in page when not; a page of another area's forum is not found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrategicAccessMatrixTest extends IntegrationTest {

    /** One endpoint: how to call it (objects made once, in the area of {@code world}), and who may. */
    record Endpoint(HttpMethod method, String pattern, Set<Viewer> allowed, Supplier<MockHttpServletRequestBuilder> request) {}

    /** One part of the module's endpoints; each part makes the objects its requests need. */
    interface Part {
        List<Endpoint> endpoints(ForumWorld world, ApplicationContext context);
    }

    static final Set<Viewer> EVERYONE = EnumSet.allOf(Viewer.class);
    static final Set<Viewer> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Viewer.ANONYMOUS));
    /** Anyone with a seat in the area: its forum's members and officers, and the authority's officer. */
    static final Set<Viewer> SEATED = EnumSet.of(Viewer.FORUM_MEMBER, Viewer.FORUM_OFFICER, Viewer.SEN_MANAGER);
    /** Those who answer polls and review pages: verified members and forum officers. */
    static final Set<Viewer> ANSWERERS = EnumSet.of(Viewer.FORUM_MEMBER, Viewer.FORUM_OFFICER);
    /** Officers of the forum and of the authority. */
    static final Set<Viewer> OFFICERS = EnumSet.of(Viewer.FORUM_OFFICER, Viewer.SEN_MANAGER);

    /** Every part; a new part adds itself here. */
    static List<Part> parts() {
        return List.of(
                new ForumHomePart(),
                new ForumMembershipMatrixPart(),
                new AreaMatrixPart(),
                new ThemesMatrixPart(),
                new PollsMatrixPart(),
                new BoardMatrixPart(),
                new LocalOfferMatrixPart());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RequestMappingHandlerMapping mappings;

    ForumWorld world;
    Map<String, Endpoint> matrix;

    @BeforeAll
    void setUp() {
        world = ForumWorld.make(fixtures, jdbc);
        matrix = new LinkedHashMap<>();
        for (Part part : parts()) {
            for (Endpoint e : part.endpoints(world, context)) {
                matrix.put(e.method().name() + " " + e.pattern(), e);
            }
        }
    }

    @Test
    void everyStrategicEndpointIsInTheMatrix() {
        Set<String> inApplication = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (e.getValue().getBeanType().getPackageName().startsWith("org.coplan.strategic")) {
                for (String pattern : e.getKey().getPatternValues()) {
                    e.getKey().getMethodsCondition().getMethods().forEach(m -> inApplication.add(m.name() + " " + pattern));
                }
            }
        }
        assertThat(inApplication).isNotEmpty();
        assertThat(matrix.keySet()).as("strategic endpoints covered by the access matrix").containsAll(inApplication);
    }

    @TestFactory
    Stream<DynamicTest> everySeatGetsExactlyWhatItShould() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : matrix.values()) {
            for (Viewer viewer : Viewer.values()) {
                boolean allowed = endpoint.allowed().contains(viewer);
                tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + viewer + ": "
                        + (allowed ? "allowed" : "refused"), () -> check(endpoint, viewer, allowed)));
            }
        }
        return tests.stream();
    }

    private void check(Endpoint endpoint, Viewer viewer, boolean allowed) throws Exception {
        MockHttpServletRequestBuilder request = endpoint.request().get().with(csrf());
        if (viewer != Viewer.ANONYMOUS) {
            request = request.with(fixtures.as(world.person(viewer)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        if (allowed) {
            assertThat(status).as("status").isBetween(200, 399);
            if (status >= 300) {
                assertThat(result.getResponse().getRedirectedUrl()).as("not sent to sign in").doesNotContain("/sign-in");
            }
        } else if (viewer == Viewer.ANONYMOUS) {
            assertThat(status).as("status").isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).contains("/sign-in");
        } else {
            assertThat(status).as("status").isEqualTo(404);
            assertThat(result.getResponse().getContentAsString()).contains("Page not found");
        }
    }

    /** The forum's home page: anyone signed in gets a page (the way to join when they have no seat). */
    static class ForumHomePart implements Part {
        @Override
        public List<Endpoint> endpoints(ForumWorld world, ApplicationContext context) {
            return List.of(new Endpoint(HttpMethod.GET, "/forum", SIGNED_IN,
                    () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/forum")));
        }
    }
}
