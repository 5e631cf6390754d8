package org.coplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.coplan.support.Fixtures;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Static files are served only where they live, under versioned URLs, and responses are compressed. */
class StaticFilesTest extends IntegrationTest {

    private static final String GOVUK = "/govuk/5.14.0/";
    private static final String YEAR_IMMUTABLE = "max-age=31536000";

    @Autowired
    private ResourceUrlProvider resourceUrls;

    /** Every path any resource handler is asked to find, as the link rewriting asks them. */
    private final List<String> lookedUp = new CopyOnWriteArrayList<>();

    private final ResourceResolver recorder = new ResourceResolver() {
        @Override
        public Resource resolveResource(HttpServletRequest request, String path, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            lookedUp.add(path);
            return chain.resolveResource(request, path, locations);
        }

        @Override
        public String resolveUrlPath(String path, List<? extends Resource> locations, ResourceResolverChain chain) {
            lookedUp.add(path);
            return chain.resolveUrlPath(path, locations);
        }
    };

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void recordLookUps() {
        resourceUrls.getHandlerMap().values().forEach(handler -> handler.getResourceResolvers().addFirst(recorder));
    }

    @AfterEach
    void stopRecording() {
        resourceUrls.getHandlerMap().values().stream()
                .map(ResourceHttpRequestHandler::getResourceResolvers)
                .forEach(resolvers -> resolvers.remove(recorder));
    }

    @Test
    void linksToCasesAreNotLookedUpAsFilesWhileLinksToCoplanFilesCarryTheirHash() {
        Fixtures.World world = fixtures.world();
        Visitor coordinator = visitor();
        coordinator.signIn(world.coordinator().email(), Fixtures.PASSWORD);
        lookedUp.clear();

        Visitor.Page casePage = coordinator.get("/cases/" + world.ownCase().value());

        assertThat(casePage.status()).isEqualTo(200);
        assertThat(casePage.body()).contains("href=\"/cases/" + world.ownCase().value());
        assertThat(lookedUp).as("paths looked up as files while the case page was written")
                .isNotEmpty()
                .allMatch(path -> List.of("coplan.css", "favicon.svg", "js-enabled.js", "start.js").contains(path));
        assertThat(casePage.body())
                .containsPattern("href=\"/coplan/coplan-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/coplan/start-[0-9a-f]{32}\\.js\"")
                .contains("href=\"" + GOVUK + "govuk-frontend.min.css\"");
    }

    @Test
    void govukFrontendIsServedUnderItsVersionForAYearAndItsCssRefersToVersionedFontsAndImages() throws Exception {
        String page = visitor().get("/accessibility").body();
        assertThat(page).contains(GOVUK + "govuk-frontend.min.css").doesNotContain("\"/govuk/govuk-frontend")
                .doesNotContain("/assets/");

        HttpResponse<String> css = get(GOVUK + "govuk-frontend.min.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertImmutable(css);
        assertThat(css.body()).contains("url(" + GOVUK + "assets/fonts/bold-b542beb274-v2.woff2)")
                .contains("url(" + GOVUK + "assets/images/govuk-crest.svg)")
                .doesNotContain("url(/assets/");
        for (String asset : List.of("assets/fonts/bold-b542beb274-v2.woff2", "assets/images/govuk-crest.svg")) {
            HttpResponse<String> response = get(GOVUK + asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertImmutable(response);
        }

        Matcher start = Pattern.compile("/coplan/start-[0-9a-f]{32}\\.js").matcher(page);
        assertThat(start.find()).isTrue();
        HttpResponse<String> startJs = get(start.group());
        assertThat(startJs.statusCode()).isEqualTo(200);
        assertImmutable(startJs);
        assertThat(startJs.body()).contains("'" + GOVUK + "govuk-frontend.min.js'");
        HttpResponse<String> frontendJs = get(GOVUK + "govuk-frontend.min.js");
        assertThat(frontendJs.statusCode()).isEqualTo(200);
        assertThat(frontendJs.body()).contains("initAll");
    }

    @Test
    void pagesStylesAndScriptsAreCompressedForBrowsersThatAcceptIt() throws Exception {
        for (String path : List.of("/accessibility", GOVUK + "govuk-frontend.min.css", GOVUK + "govuk-frontend.min.js")) {
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
            assertThat(new String(unzipped, StandardCharsets.UTF_8)).as(path).isNotEmpty();
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length / 2);
            System.out.printf("%s: %,d bytes, %,d gzipped%n", path, plain.body().length, gzipped.body().length);
        }
    }

    @Test
    void pathsWhereNoFileLivesAreNotFound() throws Exception {
        for (String path : List.of("/govuk/govuk-frontend.min.css", "/assets/fonts/bold-b542beb274-v2.woff2", "/coplan/missing.css")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        String notFound = http.send(HttpRequest.newBuilder(uri("/coplan/missing.css")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(notFound).as("the Page not found page has its styles")
                .contains("href=\"" + GOVUK + "govuk-frontend.min.css\"")
                .containsPattern("href=\"/coplan/coplan-[0-9a-f]{32}\\.css\"");
    }

    private static void assertImmutable(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Cache-Control")).get().asString()
                .contains(YEAR_IMMUTABLE).contains("public").contains("immutable");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
