package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.coplan.support.Fixtures;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

class SignInTest extends IntegrationTest {

    private static String sessionCookie(Visitor v) {
        return v.get("/").body().contains("Sign out") ? "signed-in" : "signed-out";
    }

    @Test
    void correctPasswordSignsInAndShowsThePersonsCases() {
        Person person = fixtures.person("Rota Tion");
        Visitor v = visitor();
        Page result = v.signIn(person.email(), Fixtures.PASSWORD);
        assertThat(result.location()).endsWith("/");
        assertThat(v.get("/").text()).contains("Signed in as Rota Tion");
    }

    @Test
    void wrongPasswordShowsAMessageByTheFieldAndKeepsTheTypedEmail() {
        Person person = fixtures.person("Wrong Word");
        Visitor v = visitor();
        Page result = v.signIn(person.email(), "not-the-password");
        assertThat(result.location()).endsWith("/sign-in?error");
        Page page = v.follow(result);
        assertThat(page.body()).contains("govuk-error-summary").contains("id=\"email-error\"")
                .contains("value=\"" + person.email() + "\"");
        assertThat(page.text()).contains("Enter a correct email address and password");
        assertThat(sessionCookie(v)).isEqualTo("signed-out");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenWithTheRightPassword() {
        Person person = fixtures.person("Lock Out");
        String from = visitor().address();
        for (int i = 0; i < 5; i++) {
            new Visitor(port, from).signIn(person.email(), "wrong-" + i);
        }
        Visitor v = new Visitor(port, from);
        Page refused = v.follow(v.signIn(person.email(), Fixtures.PASSWORD));
        assertThat(refused.text()).contains("wrong password too many times");
        assertThat(sessionCookie(v)).isEqualTo("signed-out");

        clock.advance(Duration.ofMinutes(16));
        Visitor later = visitor();
        assertThat(later.signIn(person.email(), Fixtures.PASSWORD).location()).endsWith("/");
        assertThat(sessionCookie(later)).isEqualTo("signed-in");
    }

    @Test
    void fourWrongPasswordsThenTheRightOneSignsIn() {
        Person person = fixtures.person("Four Tries");
        String from = visitor().address();
        for (int i = 0; i < 4; i++) {
            new Visitor(port, from).signIn(person.email(), "wrong-" + i);
        }
        Visitor v = new Visitor(port, from);
        assertThat(v.signIn(person.email(), Fixtures.PASSWORD).location()).endsWith("/");
    }

    @Test
    void signingOutEndsTheSession() {
        Person person = fixtures.person("Out Going");
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        assertThat(sessionCookie(v)).isEqualTo("signed-in");
        assertThat(v.post("/sign-out", Map.of()).location()).endsWith("/signed-out");
        assertThat(sessionCookie(v)).isEqualTo("signed-out");
        assertThat(v.get("/cases/00000000-0000-0000-0000-000000000000").location()).endsWith("/sign-in");
    }

    @Test
    void casePagesNeedSignIn() {
        Page page = visitor().get("/cases/00000000-0000-0000-0000-000000000000");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/sign-in");
    }
}
