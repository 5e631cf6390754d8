package org.coplan.strategic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.strategic.internal.LocalOfferDirectory;
import org.coplan.strategic.internal.LocalOfferDirectory.Saved;
import org.coplan.strategic.internal.OrukSchema;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open Referral UK round trip: import the sample file, export it through the public API, check it against the schema. */
class OrukRoundTripTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LocalOfferDirectory directory;

    @Autowired
    OrukSchema schema;

    @Test
    void theShippedSampleFilePassesTheSchema() {
        JsonNode records = JSON.readTree(LocalOfferSamples.shipped());
        assertThat(records.size()).isBetween(8, 12);
        for (JsonNode r : records) {
            assertThat(schema.problemsWithService(r)).as(r.get("name").asString()).isEmpty();
        }
    }

    @Test
    void theSampleImportedAndExportedComesBackTheSameAndPassesTheSchema() {
        ForumWorld world = ForumWorld.make(fixtures, jdbc);
        UUID la = world.la().id().value();
        byte[] file = LocalOfferSamples.sample();
        assertThat(directory.importFile(la, file)).isEqualTo(new Saved(10, 0));

        Visitor anyone = visitor();
        List<JsonNode> exported = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Visitor.Page p = anyone.get("/area/" + la + "/local-offer/services?per_page=4&page=" + page);
            assertThat(p.status()).isEqualTo(200);
            JsonNode body = JSON.readTree(p.body());
            assertThat(schema.problemsWithPage(body)).isEmpty();
            assertThat(body.get("total_items").asInt()).isEqualTo(10);
            assertThat(body.get("total_pages").asInt()).isEqualTo(3);
            assertThat(body.get("page_number").asInt()).isEqualTo(page);
            assertThat(body.get("first_page").asBoolean()).isEqualTo(page == 1);
            assertThat(body.get("last_page").asBoolean()).isEqualTo(page == 3);
            body.get("contents").forEach(exported::add);
        }
        JsonNode original = JSON.readTree(file);
        assertThat(exported).hasSize(10);
        for (JsonNode in : original) {
            JsonNode out = exported.stream().filter(e -> e.get("id").equals(in.get("id"))).findFirst().orElseThrow();
            assertThat(schema.problemsWithService(out)).isEmpty();
            for (String field : List.of("name", "description", "url", "email", "status", "eligibility_description", "last_modified")) {
                assertThat(out.get(field)).as(field).isEqualTo(in.get(field));
            }
            assertThat(out.path("minimum_age").asInt(-1)).isEqualTo(in.path("minimum_age").asInt(-1));
            assertThat(out.get("organization").get("name")).isEqualTo(in.get("organization").get("name"));
            assertThat(out.get("phones").get(0).get("number")).isEqualTo(in.get("phones").get(0).get("number"));
            assertThat(out.get("cost_options").get(0).get("option")).isEqualTo(in.get("cost_options").get(0).get("option"));
            assertThat(out.get("attributes").get(0).get("taxonomy_term").get("code"))
                    .isEqualTo(in.get("attributes").get(0).get("taxonomy_term").get("code"));
            assertThat(out.path("service_at_locations").path(0).path("location").path("addresses").path(0).path("postal_code"))
                    .isEqualTo(in.path("service_at_locations").path(0).path("location").path("addresses").path(0).path("postal_code"));
        }

        // one service in full, and the export imported again changes nothing
        UUID first = UUID.fromString(original.get(0).get("id").asString());
        Visitor.Page one = anyone.get("/area/" + la + "/local-offer/services/" + first);
        assertThat(one.status()).isEqualTo(200);
        assertThat(schema.problemsWithService(JSON.readTree(one.body()))).isEmpty();
        assertThat(directory.importFile(la, JSON.writeValueAsBytes(exported))).isEqualTo(new Saved(0, 10));
        assertThat(anyone.get("/area/" + world.otherLa().id().value() + "/local-offer/services/" + first).status()).isEqualTo(404);
    }
}
