package org.coplan.strategic;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.coplan.strategic.StrategicAccessMatrixTest.Endpoint;
import org.coplan.strategic.StrategicAccessMatrixTest.Part;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/** The area's public page: anyone, signed in or not, for this area and for another. */
class AreaMatrixPart implements Part {

    @Override
    public List<Endpoint> endpoints(ForumWorld world, ApplicationContext context) {
        return List.of(
                new Endpoint(HttpMethod.GET, "/area/{laId}", StrategicAccessMatrixTest.EVERYONE, () -> get("/area/" + world.la().id().value())),
                new Endpoint(HttpMethod.GET, "/area/{laId} (another area)", StrategicAccessMatrixTest.EVERYONE,
                        () -> get("/area/" + world.otherLa().id().value())));
    }
}
