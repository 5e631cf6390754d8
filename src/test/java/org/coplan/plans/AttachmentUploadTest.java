package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.people.Person;
import org.coplan.shared.web.AttachmentCheck;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.PlanFixtures;
import org.coplan.support.ZipBombs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploading through the real multipart form, with the CSRF token, and downloading as a case member. */
class AttachmentUploadTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /** A browser-like client that can send a multipart form. */
    class Uploader {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<byte[]> download(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        void signIn(Person person) throws Exception {
            get("/sign-in");
            form("/sign-in", Map.of("email", person.email(), "password", Fixtures.PASSWORD));
            get("/");
        }

        HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
            StringBuilder body = new StringBuilder("_csrf=" + csrf);
            fields.forEach((k, v) -> body.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] content) throws Exception {
            String boundary = "----coplan" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            for (var e : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String plan(World world) throws Exception {
        Uploader coordinator = new Uploader();
        coordinator.signIn(world.coordinator());
        coordinator.get("/cases/" + world.ownCase() + "/plans");
        String location = coordinator.form("/cases/" + world.ownCase() + "/plans", Map.of("kind", "EHC")).headers().firstValue("Location").orElseThrow();
        return URI.create(location).getPath();
    }

    @Test
    void aPdfIsAttachedToAContributionAndOnlyCaseMembersCanDownloadIt() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        HttpResponse<String> sent = parent.upload(plan + "/sections/k/contribute",
                Map.of("kind", "REPORT", "body", "The paediatrician's letter."), "paediatrician letter.pdf", PlanFixtures.PDF);
        assertThat(sent.statusCode()).isEqualTo(302);

        String section = parent.get(plan + "/sections/k").body();
        assertThat(section).contains("Download paediatrician letter.pdf");
        String link = section.replaceAll("(?s).*href=\"([^\"]+/attachment)\".*", "$1");

        Uploader psychologist = new Uploader();
        psychologist.signIn(world.psychologist());
        HttpResponse<byte[]> file = psychologist.download(link);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PlanFixtures.PDF);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(file.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");

        Uploader outsider = new Uploader();
        outsider.signIn(world.outsider());
        assertThat(outsider.download(link).statusCode()).isEqualTo(404);
        assertThat(new Uploader().download(link).statusCode()).isEqualTo(302);
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedAndTheTypedTextIsKept() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        HttpResponse<String> refused = parent.upload(plan + "/sections/k/contribute",
                Map.of("kind", "REPORT", "body", "Words I do not want to type again."), "report.pdf",
                "MZ this is really a program".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The selected file is not what its name says").contains("Words I do not want to type again.")
                .contains("href=\"#file\"");
        assertThat(parent.get(plan + "/sections/k").body()).contains("No contributions yet.");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNamedAndTheTextKept() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        byte[] big = new byte[AttachmentCheck.MAX_BYTES + 1024];
        System.arraycopy(PlanFixtures.PDF, 0, big, 0, PlanFixtures.PDF.length);
        HttpResponse<String> refused = parent.upload(plan + "/sections/k/contribute",
                Map.of("kind", "REPORT", "body", "A long report."), "long.pdf", big);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The selected file must be smaller than 10 MB").contains("A long report.");
    }

    @Test
    void anEmptyContributionIsRefused() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        HttpResponse<String> refused = parent.upload(plan + "/sections/k/contribute", Map.of("kind", "REPORT", "body", "  "), "x.pdf",
                PlanFixtures.PDF);
        assertThat(refused.body()).contains("Write your contribution");
    }

    @Test
    void anEmptyFileIsRefusedBesideTheFieldAndTheTextKept() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        HttpResponse<String> refused = parent.upload(plan + "/sections/k/contribute",
                Map.of("kind", "REPORT", "body", "The letter is attached."), "letter.pdf", new byte[0]);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The selected file is empty").contains("href=\"#file\"").contains("id=\"file-error\"")
                .contains("The letter is attached.");
        assertThat(parent.get(plan + "/sections/k").body()).contains("No contributions yet.");
    }

    @Test
    void noFileChosenIsStillAllowed() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        HttpResponse<String> sent = parent.upload(plan + "/sections/k/contribute",
                Map.of("kind", "REPORT", "body", "No letter this time."), "", new byte[0]);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(parent.get(plan + "/sections/k").body()).contains("No letter this time.").doesNotContain("/attachment\"");
    }

    @Test
    void aFileOverTheWholeRequestLimitOfTheOldFormIsRefusedBesideTheFieldWithTheTextKept() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        byte[] huge = new byte[27 * 1024 * 1024];
        System.arraycopy(PlanFixtures.PDF, 0, huge, 0, PlanFixtures.PDF.length);
        HttpResponse<String> refused = parent.upload(plan + "/sections/k/contribute",
                Map.of("kind", "REPORT", "body", "Three pages I typed on my phone."), "scan.pdf", huge);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The selected file must be smaller than 10 MB").contains("id=\"file-error\"")
                .contains("Three pages I typed on my phone.");
    }

    @Test
    void aWordDocumentThatUnpacksToGibibytesIsRefusedQuicklyWithTheTextKept() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        byte[] bomb = ZipBombs.wordDocumentOfTwoGibibytes();
        long started = System.nanoTime();
        HttpResponse<String> refused = parent.upload(plan + "/sections/k/contribute",
                Map.of("kind", "REPORT", "body", "The school's report."), "report.docx", bomb);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The selected file is too large when opened").contains("The school&#39;s report.");
        assertThat(parent.get(plan + "/sections/k").body()).contains("No contributions yet.");
        assertThat(millis).as("milliseconds to answer").isLessThan(3_000);
        System.out.printf("Upload of a %d-byte zip bomb answered in %d ms%n", bomb.length, millis);
    }

    @Test
    void bidirectionalControlsAreRemovedFromStoredNamesAndFromNamesStoredBefore() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        parent.upload(plan + "/sections/k/contribute", Map.of("kind", "REPORT", "body", "The invoice."), "invoice\u202Egnp.pdf",
                PlanFixtures.PDF);
        String section = parent.get(plan + "/sections/k").body();
        assertThat(section).contains("Download invoicegnp.pdf").doesNotContain("\u202E");
        String link = section.replaceAll("(?s).*href=\"([^\"]+/attachment)\".*", "$1");
        assertThat(parent.download(link).headers().firstValue("Content-Disposition").orElseThrow())
                .contains("invoicegnp.pdf").doesNotContainIgnoringCase("%E2%80%AE");

        // A name kept before this rule is made safe on the way out.
        jdbc.sql("update attachment set file_name = ? where case_id = ?").params("old\u202Efdp.exe", world.ownCase().value()).update();
        assertThat(parent.get(plan + "/sections/k").body()).contains("Download oldfdp.exe").doesNotContain("\u202E");
        assertThat(parent.download(link).headers().firstValue("Content-Disposition").orElseThrow())
                .contains("oldfdp.exe").doesNotContainIgnoringCase("%E2%80%AE");
    }

    @Test
    void aNulInAContributionIsRemovedAndTheContributionSaved() throws Exception {
        World world = fixtures.world();
        String plan = plan(world);
        Uploader parent = new Uploader();
        parent.signIn(world.parent());
        parent.get(plan + "/sections/k/contribute");
        HttpResponse<String> sent = parent.upload(plan + "/sections/k/contribute",
                Map.of("kind", "REPORT", "body", "Kit\u0000 sleeps badly\u0008 before tests."), "letter.pdf", PlanFixtures.PDF);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(parent.get(plan + "/sections/k").body()).contains("Kit sleeps badly before tests.");
    }
}
