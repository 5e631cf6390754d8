package org.coplan.strategic;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.StrategicAccessMatrixTest.Endpoint;
import org.coplan.strategic.internal.LocalOfferDirectory;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The local offer's endpoints: public pages and API for everyone, reviews for members and forum officers, answers and imports for the SEN manager. */
class LocalOfferMatrixPart implements StrategicAccessMatrixTest.Part {

    static final Set<Viewer> SEN_MANAGER = EnumSet.of(Viewer.SEN_MANAGER);

    @Override
    public List<Endpoint> endpoints(ForumWorld world, ApplicationContext context) {
        LocalOfferDirectory directory = context.getBean(LocalOfferDirectory.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        UUID la = world.la().id().value();
        directory.importFile(la, LocalOfferSamples.sample());
        Map<String, UUID> ids = directory.idsByName(la);
        UUID service = ids.get("Portage home visiting");
        UUID reviewed = ids.get("Inclusive youth club");
        UUID review = UUID.randomUUID();
        jdbc.sql("""
                insert into local_offer_review (id, service_id, la_id, forum_id, person_id, clear, accurate, accessible, useful, rung, reviewed_at)
                values (?, ?, ?, ?, ?, 'YES', 'YES', 'YES', 'YES', 'CONSULTING', ?)""")
                .params(review, reviewed, la, world.forum().id().value(), world.person(Viewer.FORUM_OFFICER).id().value(),
                        Timestamp.from(Instant.now()))
                .update();
        String area = "/area/" + la + "/local-offer";
        return List.of(
                new Endpoint(HttpMethod.GET, "/area/{laId}/local-offer", StrategicAccessMatrixTest.EVERYONE, () -> get(area)),
                new Endpoint(HttpMethod.GET, "/area/{laId}/local-offer/{serviceId}", StrategicAccessMatrixTest.EVERYONE,
                        () -> get(area + "/" + service)),
                new Endpoint(HttpMethod.GET, "/area/{laId}/local-offer/services", StrategicAccessMatrixTest.EVERYONE,
                        () -> get(area + "/services")),
                new Endpoint(HttpMethod.GET, "/area/{laId}/local-offer/services/{serviceId}", StrategicAccessMatrixTest.EVERYONE,
                        () -> get(area + "/services/" + service)),
                new Endpoint(HttpMethod.GET, "/forum/local-offer/{serviceId}/review", StrategicAccessMatrixTest.ANSWERERS,
                        () -> get("/forum/local-offer/" + service + "/review")),
                new Endpoint(HttpMethod.POST, "/forum/local-offer/{serviceId}/review", StrategicAccessMatrixTest.ANSWERERS,
                        () -> post("/forum/local-offer/" + service + "/review").param("clear", "YES").param("accurate", "YES")
                                .param("accessible", "YES").param("useful", "PARTLY")),
                new Endpoint(HttpMethod.GET, "/forum/local-offer/reviews", SEN_MANAGER, () -> get("/forum/local-offer/reviews")),
                new Endpoint(HttpMethod.GET, "/forum/local-offer/reviews/{reviewId}", SEN_MANAGER, () -> get("/forum/local-offer/reviews/" + review)),
                new Endpoint(HttpMethod.POST, "/forum/local-offer/reviews/{reviewId}/answer", SEN_MANAGER,
                        () -> post("/forum/local-offer/reviews/" + review + "/answer").param("answer", "Thank you.")),
                new Endpoint(HttpMethod.GET, "/forum/local-offer/import", SEN_MANAGER, () -> get("/forum/local-offer/import")),
                new Endpoint(HttpMethod.POST, "/forum/local-offer/import", SEN_MANAGER, () -> post("/forum/local-offer/import")));
    }
}
