package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

/** Issue 11, item 5: sessions end when they should, the cookie is Secure behind TLS, and redirects ignore the Host header. */
class SessionSecurityTest extends IntegrationTest {

    private static boolean signedIn(Visitor v) {
        return v.get("/").body().contains("Sign out");
    }

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        assertThat(signedIn(v)).isTrue();
        return v;
    }

    @Test
    void aPasswordResetSignsThePersonOutEverywhereElse() {
        Person person = fixtures.person("Stolen Laptop");
        Visitor laptop = signedIn(person);
        Visitor phone = signedIn(person);

        Visitor resetter = visitor();
        resetter.post("/password-reset", Map.of("email", person.email()));
        String link = TestMail.latestLink(person.email(), "/password-reset/");
        resetter.get(link);
        assertThat(resetter.post(link, Map.of("password", "quiet harbour lantern", "confirm", "quiet harbour lantern")).location())
                .endsWith("/sign-in?reset");

        assertThat(signedIn(laptop)).isFalse();
        assertThat(signedIn(phone)).isFalse();
        assertThat(laptop.get("/cases/new").location()).endsWith("/sign-in");
    }

    @Test
    void removingARoleSignsThatPersonOut() {
        World world = fixtures.world();
        Person admin = fixtures.staff("Ada Admin", world.localAuthority(), StaffRole.ADMINISTRATOR);
        Visitor senco = signedIn(world.senco());
        Visitor adminVisitor = signedIn(admin);

        adminVisitor.get("/admin/organisations/" + world.school().id());
        Page removed = adminVisitor.post("/admin/organisations/" + world.school().id() + "/staff/remove",
                Map.of("personId", world.senco().id().value().toString(), "role", "SENCO"));
        assertThat(adminVisitor.follow(removed).text()).contains("The role has been removed");

        assertThat(signedIn(senco)).isFalse();
        assertThat(signedIn(adminVisitor)).isTrue();
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActiveItIs() {
        Person person = fixtures.person("Long Day");
        Visitor v = signedIn(person);
        for (int hour = 1; hour <= 12; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(v.get("/cases/new").status()).as("after %d hours", hour).isNotEqualTo(302);
        }
        clock.advance(Duration.ofMinutes(59));
        Page ended = v.get("/cases/new");
        assertThat(ended.location()).endsWith("/sign-in?expired");
        assertThat(v.follow(ended).text()).contains("You have been signed out because you signed in more than 12 hours ago");
        assertThat(signedIn(v)).isFalse();

        assertThat(v.signIn(person.email(), Fixtures.PASSWORD).location()).endsWith("/");
        assertThat(signedIn(v)).isTrue();
    }

    @Test
    void behindATrustedTlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        HttpHeaders secure = visitor().headers("/sign-in", Map.of("X-Forwarded-Proto", "https"));
        assertThat(secure.allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("COPLAN_SESSION=").contains("Secure"));
        assertThat(secure.firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));

        HttpHeaders plain = visitor().headers("/sign-in", Map.of());
        assertThat(plain.allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(plain.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void redirectsNeverPointAtTheHostTheRequestNamed() throws IOException {
        for (String path : new String[] {"/cases/00000000-0000-0000-0000-000000000000", "/admin"}) {
            String response = rawGet(path, "evil.example");
            String location = response.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst().orElse("");
            assertThat(response).as(path).startsWith("HTTP/1.1 302");
            assertThat(location).as(path).doesNotContainIgnoringCase("evil.example").contains("/sign-in");
        }
    }

    /** A GET with a Host header of our choosing (Java's HTTP client does not allow setting it). */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
