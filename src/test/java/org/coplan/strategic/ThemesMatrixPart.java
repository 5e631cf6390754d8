package org.coplan.strategic;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.StrategicAccessMatrixTest.Endpoint;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Themes from families' cases: the officers' list (each officer sees their own area's, so an officer
 * of another area gets a page too, with nothing of this area on it), raising a theme by hand (this
 * area's officers only) and the public "you said, we did" page (everyone, signed in or not).
 */
class ThemesMatrixPart implements StrategicAccessMatrixTest.Part {

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
        return List.of(
                new Endpoint(HttpMethod.GET, "/forum/themes",
                        EnumSet.of(Viewer.FORUM_OFFICER, Viewer.SEN_MANAGER, Viewer.OTHER_AREA_OFFICER),
                        () -> MockMvcRequestBuilders.get("/forum/themes")),
                new Endpoint(HttpMethod.POST, "/forum/themes/{themeId}/raise", StrategicAccessMatrixTest.OFFICERS,
                        () -> MockMvcRequestBuilders.post("/forum/themes/" + theme + "/raise")),
                new Endpoint(HttpMethod.GET, "/area/{laId}/you-said-we-did", StrategicAccessMatrixTest.EVERYONE,
                        () -> MockMvcRequestBuilders.get("/area/" + la + "/you-said-we-did")));
    }
}
