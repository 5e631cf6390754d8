package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.coplan.support.Fixtures;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

class PasswordResetTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "correct horse battery staple";

    @Test
    void emailedLinkSetsANewPasswordOnceOnly() {
        Person person = fixtures.person("Re Setter");
        Visitor v = visitor();
        v.get("/password-reset");
        Page sent = v.post("/password-reset", Map.of("email", person.email()));
        assertThat(sent.location()).endsWith("/password-reset?sent");
        assertThat(v.follow(sent).text()).contains("Check your email");

        String link = TestMail.latestLink(person.email(), "/password-reset/");
        assertThat(v.get(link).text()).contains("Choose a new password");
        Page done = v.post(link, Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD));
        assertThat(done.location()).endsWith("/sign-in?reset");
        assertThat(v.follow(done).text()).contains("Your password has been changed");

        assertThat(visitor().signIn(person.email(), NEW_PASSWORD).location()).endsWith("/");
        assertThat(visitor().signIn(person.email(), Fixtures.PASSWORD).location()).endsWith("/sign-in?error");

        Visitor again = visitor();
        assertThat(again.get(link).text()).contains("This link has expired or has been used");
        assertThat(again.post(link, Map.of("password", "another long password", "confirm", "another long password")).text())
                .contains("This link has expired or has been used");
        assertThat(visitor().signIn(person.email(), NEW_PASSWORD).location()).endsWith("/");
    }

    @Test
    void linkExpiresAfterAnHour() {
        Person person = fixtures.person("Slow Reader");
        Visitor v = visitor();
        v.post("/password-reset", Map.of("email", person.email()));
        String link = TestMail.latestLink(person.email(), "/password-reset/");
        clock.advance(Duration.ofMinutes(61));
        assertThat(v.get(link).text()).contains("This link has expired or has been used");
        v.post(link, Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD));
        assertThat(visitor().signIn(person.email(), Fixtures.PASSWORD).location()).endsWith("/");
    }

    @Test
    void unknownEmailGetsTheSameAnswerAndNoEmail() {
        String nobody = fixtures.uniqueEmail("nobody");
        Page sent = visitor().post("/password-reset", Map.of("email", nobody));
        assertThat(sent.location()).endsWith("/password-reset?sent");
        assertThat(TestMail.to(nobody)).isEmpty();
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndKeptInTheForm() {
        Visitor v = visitor();
        Page empty = v.post("/password-reset", Map.of("email", ""));
        assertThat(empty.body()).contains("govuk-error-summary").contains("id=\"email-error\"");
        assertThat(empty.text()).contains("Enter your email address");
        Page wrongFormat = v.post("/password-reset", Map.of("email", "not an email"));
        assertThat(wrongFormat.text()).contains("Enter an email address in the right format");
        assertThat(wrongFormat.body()).contains("value=\"not an email\"");
    }

    @Test
    void weakOrMismatchedNewPasswordsAreRefusedAndTheLinkStillWorks() {
        Person person = fixtures.person("Weak Word");
        Visitor v = visitor();
        v.post("/password-reset", Map.of("email", person.email()));
        String link = TestMail.latestLink(person.email(), "/password-reset/");
        assertThat(v.post(link, Map.of("password", "short", "confirm", "short")).text()).contains("Use at least 12 characters");
        assertThat(v.post(link, Map.of("password", "password1234", "confirm", "password1234")).text()).contains("too easy to guess");
        assertThat(v.post(link, Map.of("password", NEW_PASSWORD, "confirm", "something else entirely")).text())
                .contains("The passwords do not match");
        assertThat(v.post(link, Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD)).location()).endsWith("/sign-in?reset");
    }

    @Test
    void aSecondRequestMakesTheFirstLinkStopWorking() {
        Person person = fixtures.person("Two Links");
        Visitor v = visitor();
        v.post("/password-reset", Map.of("email", person.email()));
        String first = TestMail.latestLink(person.email(), "/password-reset/");
        v.post("/password-reset", Map.of("email", person.email()));
        String second = TestMail.latestLink(person.email(), "/password-reset/");
        assertThat(second).isNotEqualTo(first);
        assertThat(v.get(first).text()).contains("This link has expired or has been used");
        assertThat(v.get(second).text()).contains("Choose a new password");
    }
}
