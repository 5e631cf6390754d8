package org.coplan.strategic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.internal.LocalOfferDirectory;
import org.coplan.strategic.internal.LocalOfferDirectory.NotOruk;
import org.coplan.strategic.internal.LocalOfferDirectory.Refused;
import org.coplan.strategic.internal.LocalOfferDirectory.Saved;
import org.coplan.support.Fixtures;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Importing an Open Referral UK file: every record checked first, and all or nothing saved. */
class LocalOfferImportTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LocalOfferDirectory directory;

    ForumWorld world;
    UUID la;

    @BeforeEach
    void setUp() {
        world = ForumWorld.make(fixtures, jdbc);
        la = world.la().id().value();
    }

    Visitor manager() {
        Visitor v = visitor();
        v.signIn(world.person(Viewer.SEN_MANAGER).email(), Fixtures.PASSWORD);
        return v;
    }

    Visitor.Page upload(Visitor v, String name, byte[] content) {
        v.get("/forum/local-offer/import");
        return v.postMultipart("/forum/local-offer/import", Map.of(), List.of(new Visitor.Upload("file", name, content)));
    }

    @Test
    void theSenManagerImportsTheSampleFileAndEveryServiceIsInTheDirectory() {
        Visitor v = manager();
        Visitor.Page page = upload(v, "sample-local-offer.json", LocalOfferSamples.sample());
        assertThat(page.location()).isEqualTo("/area/" + la + "/local-offer");
        assertThat(v.follow(page).text()).contains("The file was imported: 10 services are in it.")
                .contains("Speech and language therapy for children").contains("Inclusive youth club");
        assertThat(directory.count(la)).isEqualTo(10);
    }

    @Test
    void theDirectoryShowsEveryServiceFiftyAPageKeepingTheSearch() {
        directory.importFile(la, LocalOfferSamples.sample());
        for (int i = 0; i < 110; i++) {
            jdbc.sql("insert into oruk_service (id, la_id, name, description, url, status, imported_at) values (?, ?, ?, ?, ?, 'active', now())")
                    .params(UUID.randomUUID(), la, String.format("Zz club %03d", i), "A club for young people.", "https://example.test/" + i)
                    .update();
        }
        Visitor v = visitor();
        String first = v.get("/area/" + la + "/local-offer").text();
        assertThat(first).contains("120 services, page 1 of 3").contains("Inclusive youth club").doesNotContain("Zz club 040");
        assertThat(v.get("/area/" + la + "/local-offer").body()).contains("page=2").contains("aria-label=\"Pages of services\"");
        String last = v.get("/area/" + la + "/local-offer?page=3").text();
        assertThat(last).contains("page 3 of 3").contains("Zz club 090").contains("Zz club 109").doesNotContain("Zz club 089");
        assertThat(v.get("/area/" + la + "/local-offer?page=99").text()).as("past the end: the last page").contains("page 3 of 3");
        assertThat(v.get("/area/" + la + "/local-offer?page=two").text()).as("not a number: the first page").contains("page 1 of 3");
        Visitor.Page searched = v.get("/area/" + la + "/local-offer?q=club&page=2");
        assertThat(searched.text()).contains("111 services, page 2 of 3");
        assertThat(searched.body()).contains("q=club&amp;page=3");
    }

    @Test
    void aFileWithTwoFailingRecordsReportsBothAndImportsNothingAndKeepsWhatWasThere() throws Exception {
        byte[] file = LocalOfferSamples.sample();
        assertThat(directory.importFile(la, file)).isInstanceOf(Saved.class);
        UUID speech = directory.idsByName(la).get("Speech and language therapy for children");
        ArrayNode records = (ArrayNode) JSON.readTree(file);
        ((ObjectNode) records.get(0)).put("name", "Speech and language therapy, renamed");
        ((ObjectNode) records.get(2)).put("id", "not-a-uuid");
        ((ObjectNode) records.get(5)).remove("url");
        ((ObjectNode) records.get(5)).put("status", "open");
        ObjectNode fresh = records.addObject();
        fresh.put("id", UUID.randomUUID().toString()).put("name", "A new service").put("status", "active").put("url", "https://example.org");

        Visitor v = manager();
        Visitor.Page page = upload(v, "changed.json", JSON.writeValueAsBytes(records));
        assertThat(page.status()).isEqualTo(200);
        String text = page.text();
        assertThat(text).contains("2 services in the file failed the check. Nothing was imported.");
        assertThat(text).contains("Service 3: SENDIASS: information, advice and support (id not-a-uuid)").contains("id:");
        assertThat(text).contains("Service 6: Portage home visiting").contains("url").contains("status");
        // nothing saved: the renamed service keeps its name, the new one is not there, the count is the same
        assertThat(directory.idsByName(la)).containsEntry("Speech and language therapy for children", speech)
                .doesNotContainKey("A new service").doesNotContainKey("Speech and language therapy, renamed");
        assertThat(directory.count(la)).isEqualTo(10);
    }

    @Test
    void importingTheSameIdsAgainUpdatesThoseServices() throws Exception {
        byte[] file = LocalOfferSamples.sample();
        directory.importFile(la, file);
        ArrayNode records = (ArrayNode) JSON.readTree(file);
        ((ObjectNode) records.get(0)).put("name", "Speech and language therapy (children)");
        var result = directory.importFile(la, JSON.writeValueAsBytes(records));
        assertThat(result).isEqualTo(new Saved(0, 10));
        assertThat(directory.idsByName(la)).containsKey("Speech and language therapy (children)");
        assertThat(directory.count(la)).isEqualTo(10);
    }

    @Test
    void badJsonIsRefusedWithAClearMessage() {
        Visitor.Page page = upload(manager(), "broken.json", "[{\"id\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(page.text()).contains("The file is not an Open Referral UK list of services");
        assertThat(directory.importFile(la, "{\"hello\": 1}".getBytes(StandardCharsets.UTF_8))).isInstanceOf(NotOruk.class);
        assertThat(directory.count(la)).isZero();
    }

    @Test
    void aFileTooLargeIsRefused() {
        byte[] big = new byte[LocalOfferDirectory.MAX_FILE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '[';
        big[big.length - 1] = ']';
        Visitor.Page page = upload(manager(), "big.json", big);
        assertThat(page.text()).contains("The file must be 5 MB or smaller");
        assertThat(directory.count(la)).isZero();
    }

    @Test
    void aServiceOfAnotherAreaCannotBeTakenOverByImportingItsId() {
        byte[] file = LocalOfferSamples.sample();
        directory.importFile(world.otherLa().id().value(), file);
        var result = directory.importFile(la, file);
        assertThat(result).isInstanceOf(Refused.class);
        assertThat(((Refused) result).failed()).hasSize(10);
        assertThat(((Refused) result).failed().get(0).problems()).anyMatch(p -> p.contains("another area"));
    }
}
