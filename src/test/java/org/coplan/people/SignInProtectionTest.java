package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

/** Issue 11, items 4 and 6: sign-in abuse, and account events in the audit trail. */
class SignInProtectionTest extends IntegrationTest {

    /** The sign-in page a visitor sees after trying this email and password, with the typed email blanked out. */
    private static String answer(Visitor v, String email, String password) {
        Page result = v.signIn(email, password);
        Page page = v.follow(result);
        return result.location() + " " + page.text().replace(email, "EMAIL");
    }

    @Test
    void afterFiveWrongTriesARealAccountAnswersExactlyAsAnUnknownEmailDoes() {
        Person real = fixtures.person("Real Person");
        String unknown = fixtures.uniqueEmail("nobody.here");
        String from = visitor().address();
        List<String> realAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            realAnswers.add(answer(new Visitor(port, from), real.email(), "wrong-" + i));
            unknownAnswers.add(answer(new Visitor(port, from), unknown, "wrong-" + i));
        }
        realAnswers.add(answer(new Visitor(port, from), real.email(), Fixtures.PASSWORD));
        unknownAnswers.add(answer(new Visitor(port, from), unknown, Fixtures.PASSWORD));

        assertThat(realAnswers).isEqualTo(unknownAnswers);
        assertThat(realAnswers.get(0)).contains("Enter a correct email address and password");
        assertThat(realAnswers.get(6)).contains("/sign-in?error").contains("wrong password too many times").contains("Wait 15 minutes");
    }

    @Test
    void oneAddressCannotTryPasswordsAcrossManyAccounts() {
        String from = visitor().address();
        for (int i = 0; i < 20; i++) {
            Person target = fixtures.person("Spray Target");
            new Visitor(port, from).signIn(target.email(), "Summer2026!!");
        }
        Person next = fixtures.person("Next Target");
        Visitor sprayer = new Visitor(port, from);
        Page refused = sprayer.follow(sprayer.signIn(next.email(), Fixtures.PASSWORD));
        assertThat(refused.text()).contains("too many wrong sign-ins from this internet connection").contains("Wait 15 minutes");
        assertThat(sprayer.get("/").text()).doesNotContain("Sign out");

        Visitor elsewhere = visitor();
        assertThat(elsewhere.signIn(next.email(), Fixtures.PASSWORD).location()).endsWith("/");

        clock.advance(Duration.ofMinutes(16));
        Visitor later = new Visitor(port, from);
        assertThat(later.signIn(next.email(), Fixtures.PASSWORD).location()).endsWith("/");
    }

    @Test
    void wrongTriesFromOneAddressDoNotLockThePersonOutEverywhere() {
        Person victim = fixtures.person("Vic Tim");
        String attacker = visitor().address();
        for (int i = 0; i < 6; i++) {
            new Visitor(port, attacker).signIn(victim.email(), "guess-" + i);
        }
        Visitor attempt = new Visitor(port, attacker);
        assertThat(attempt.follow(attempt.signIn(victim.email(), Fixtures.PASSWORD)).text()).contains("wrong password too many times");

        Visitor home = visitor();
        assertThat(home.signIn(victim.email(), Fixtures.PASSWORD).location()).endsWith("/");
        assertThat(home.get("/").text()).contains("Signed in as Vic Tim");
    }

    @Test
    void tenResetRequestsSendThreeEmailsAndTheSamePageEachTime() {
        Person person = fixtures.person("Inbox Flood");
        Visitor v = visitor();
        for (int i = 0; i < 10; i++) {
            Page sent = v.post("/password-reset", Map.of("email", person.email()));
            assertThat(sent.location()).endsWith("/password-reset?sent");
        }
        assertThat(TestMail.to(person.email())).hasSize(3);

        clock.advance(Duration.ofMinutes(61));
        v.post("/password-reset", Map.of("email", person.email()));
        assertThat(TestMail.to(person.email())).hasSize(4);
    }

    @Test
    void aPasswordContainingThePersonsNameOrEmailIsRefused() {
        Person person = fixtures.person("Marigold Featherstone");
        Visitor v = visitor();
        v.post("/password-reset", Map.of("email", person.email()));
        String link = TestMail.latestLink(person.email(), "/password-reset/");
        for (String weak : List.of("Marigold Featherstone", "featherstone2026", person.email())) {
            Page refused = v.post(link, Map.of("password", weak, "confirm", weak));
            assertThat(refused.text()).contains("Do not use your name or email address in your password");
            assertThat(refused.body()).contains("id=\"password-error\"");
        }
        assertThat(v.post(link, Map.of("password", "copper meadow lantern", "confirm", "copper meadow lantern")).location())
                .endsWith("/sign-in?reset");
    }

    @Test
    void administratorSeesSignInsFailuresLockoutsResetsAndRoleChangesInTheirArea() {
        World world = fixtures.world();
        Person admin = fixtures.staff("Ada Admin", world.localAuthority(), StaffRole.ADMINISTRATOR);
        Person senco = world.senco();
        Visitor sencoVisitor = visitor();
        for (int i = 0; i < 5; i++) {
            new Visitor(port, sencoVisitor.address()).signIn(senco.email(), "wrong-" + i);
        }
        Visitor sencoSignedIn = visitor();
        sencoSignedIn.signIn(senco.email(), Fixtures.PASSWORD);
        sencoSignedIn.post("/sign-out", Map.of());
        visitor().post("/password-reset", Map.of("email", senco.email()));

        Visitor adminVisitor = visitor();
        adminVisitor.signIn(admin.email(), Fixtures.PASSWORD);
        assertThat(adminVisitor.get("/admin").text()).contains("Sign-in and account events");
        String professionalEmail = fixtures.uniqueEmail("new.professional");
        adminVisitor.get("/admin/organisations/" + world.localAuthority().id() + "/staff/new");
        adminVisitor.post("/admin/organisations/" + world.localAuthority().id() + "/staff/new",
                Map.of("name", "Nia New", "email", professionalEmail, "role", "EHC_COORDINATOR"));

        Page events = adminVisitor.get("/admin/account-events");
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.text())
                .contains("Signed in (from " + sencoSignedIn.address() + ")")
                .contains("Signed out")
                .contains("Sign-in failed: wrong email or password (from " + sencoVisitor.address() + ")")
                .contains("Locked out: too many wrong passwords for this account")
                .contains("Password reset: reset link emailed")
                .contains("Role changed: EHC_COORDINATOR role given at " + world.localAuthority().name())
                .contains(senco.displayName() + " SENCO")
                .contains("Ada Admin Administrator");
        assertThat(events.text()).doesNotContain(world.otherSchool().name());

        Visitor notAdmin = visitor();
        notAdmin.signIn(senco.email(), Fixtures.PASSWORD);
        assertThat(notAdmin.get("/admin/account-events").status()).isEqualTo(404);
    }
}
