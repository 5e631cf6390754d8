package org.coplan.strategic;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.support.Fixtures;
import org.coplan.strategic.StrategicAccessMatrixTest.Endpoint;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Themes from families' cases: a case's themes page, marking and answering (the family's answer is
 * the parent's alone), the officers' list (each officer sees their own area's, so an officer
 * of another area gets a page too, with nothing of this area on it), raising a theme by hand (this
 * area's officers only) and the public "you said, we did" page (everyone, signed in or not).
 */
class ThemesMatrixPart implements StrategicAccessMatrixTest.Part {

    /**
     * On a case (the full rows are in {@code cases.AccessMatrixTest}): its parent, the school's SENCO,
     * the authority's coordinator and SEN manager; no forum seat gives anything on a case.
     */
    static final Set<Viewer> ON_CASE = EnumSet.of(Viewer.CASE_PARENT, Viewer.SENCO, Viewer.COORDINATOR, Viewer.SEN_MANAGER);

    @Override
    public List<Endpoint> endpoints(ForumWorld world, ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        UUID theme = UUID.randomUUID();
        jdbc.sql("""
                insert into theme (id, local_authority_id, title, description, created_by, status, created_at)
                values (?, ?, 'Waiting for therapy', 'Therapy starts late', ?, 'OPEN', ?)""")
                .params(theme, world.la().id().value(), world.person(Viewer.SENCO).id().value(), Timestamp.from(Instant.now()))
                .update();
        UUID la = world.la().id().value();

        // a child's case at the area's school, with the case parent on it and a staff mark waiting for them
        Fixtures fixtures = context.getBean(Fixtures.class);
        CaseId onCase = fixtures.cases().openCase(world.person(Viewer.COORDINATOR).id(), CaseRole.EHC_COORDINATOR, "Bea",
                "Bench" + UUID.randomUUID(), null, LocalDate.of(2016, 1, 9), world.school().id(), world.la().id(), Stage.ASSESSMENT);
        fixtures.cases().addMember(onCase, world.person(Viewer.CASE_PARENT).id(), CaseRole.PARENT_CARER);
        UUID mark = UUID.randomUUID();
        jdbc.sql("""
                insert into theme_mark (id, theme_id, case_id, kind, marked_by, by_family, status, created_at)
                values (?, ?, ?, 'OTHER', ?, false, 'WAITING', now())""")
                .params(mark, theme, onCase.value(), world.person(Viewer.COORDINATOR).id().value())
                .update();
        String cases = "/cases/" + onCase + "/themes";
        return List.of(
                new Endpoint(HttpMethod.GET, "/cases/{caseId}/themes", ON_CASE, () -> MockMvcRequestBuilders.get(cases)),
                new Endpoint(HttpMethod.GET, "/cases/{caseId}/themes/new", ON_CASE, () -> MockMvcRequestBuilders.get(cases + "/new")),
                new Endpoint(HttpMethod.POST, "/cases/{caseId}/themes/new", ON_CASE, () -> MockMvcRequestBuilders.post(cases + "/new")),
                new Endpoint(HttpMethod.POST, "/cases/{caseId}/themes/marks/{markId}", EnumSet.of(Viewer.CASE_PARENT),
                        () -> MockMvcRequestBuilders.post(cases + "/marks/" + mark)),
                new Endpoint(HttpMethod.GET, "/forum/themes",
                        EnumSet.of(Viewer.FORUM_OFFICER, Viewer.SEN_MANAGER, Viewer.OTHER_AREA_OFFICER),
                        () -> MockMvcRequestBuilders.get("/forum/themes")),
                new Endpoint(HttpMethod.POST, "/forum/themes/{themeId}/raise", StrategicAccessMatrixTest.OFFICERS,
                        () -> MockMvcRequestBuilders.post("/forum/themes/" + theme + "/raise")),
                new Endpoint(HttpMethod.GET, "/forum/themes/{themeId}/merge", StrategicAccessMatrixTest.OFFICERS,
                        () -> MockMvcRequestBuilders.get("/forum/themes/" + theme + "/merge")),
                new Endpoint(HttpMethod.POST, "/forum/themes/{themeId}/merge", StrategicAccessMatrixTest.OFFICERS,
                        () -> MockMvcRequestBuilders.post("/forum/themes/" + theme + "/merge").param("version", "-1")),
                new Endpoint(HttpMethod.GET, "/area/{laId}/you-said-we-did", StrategicAccessMatrixTest.EVERYONE,
                        () -> MockMvcRequestBuilders.get("/area/" + la + "/you-said-we-did")));
    }
}
