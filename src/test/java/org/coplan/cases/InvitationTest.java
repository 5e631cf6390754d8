package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

class InvitationTest extends IntegrationTest {

    private static final String PASSWORD = "a brand new long password";

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    private Page invite(Visitor lead, CaseId caseId, String name, String email, String role) {
        lead.get("/cases/" + caseId + "/team/invite");
        return lead.post("/cases/" + caseId + "/team/invite", Map.of("name", name, "email", email, "role", role));
    }

    @Test
    void invitedProfessionalSetsAPasswordAndLandsOnTheCaseSignedIn() {
        World world = fixtures.world();
        String email = fixtures.uniqueEmail("new.ep");
        Page sent = invite(signedIn(world.senco()), world.ownCase(), "Nia New", email, "EDUCATIONAL_PSYCHOLOGIST");
        assertThat(sent.location()).endsWith("/cases/" + world.ownCase());

        String body = TestMail.body(TestMail.to(email).get(0));
        assertThat(body).contains("Nia New").contains("Educational psychologist").doesNotContain("Kit").doesNotContain("Child");

        Visitor invitee = visitor();
        String link = TestMail.latestLink(email, "/invitations/");
        assertThat(invitee.get(link).text()).contains("Join a child's support team").doesNotContain("Kit");
        Page accepted = invitee.post(link, Map.of("password", PASSWORD, "confirm", PASSWORD));
        assertThat(accepted.location()).contains("/cases/" + world.ownCase());
        Page casePage = invitee.follow(accepted);
        assertThat(casePage.status()).isEqualTo(200);
        assertThat(casePage.text()).contains("You are now on Kit's team").contains("Nia New Educational psychologist");

        assertThat(visitor().get(link).text()).contains("This invitation has expired or has been used");
        assertThat(visitor().signIn(email, PASSWORD).location()).endsWith("/");
    }

    @Test
    void invitationLinkExpiresAfterFourteenDays() {
        World world = fixtures.world();
        String email = fixtures.uniqueEmail("late");
        invite(signedIn(world.coordinator()), world.ownCase(), "Lou Late", email, "HEALTH_PROFESSIONAL");
        String link = TestMail.latestLink(email, "/invitations/");
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        Visitor invitee = visitor();
        assertThat(invitee.get(link).text()).contains("This invitation has expired or has been used");
        assertThat(invitee.post(link, Map.of("password", PASSWORD, "confirm", PASSWORD)).text())
                .contains("This invitation has expired or has been used");
        assertThat(fixtures.people().findByEmail(email).map(p -> p.hasPassword()).orElse(false)).isFalse();
    }

    @Test
    void duplicateInvitationsAndExistingMembersAreRefusedWithAClearMessage() {
        World world = fixtures.world();
        Visitor lead = signedIn(world.coordinator());
        String email = fixtures.uniqueEmail("twice");
        invite(lead, world.ownCase(), "Tess Twice", email, "SOCIAL_CARE");
        Page again = invite(lead, world.ownCase(), "Tess Twice", email, "SOCIAL_CARE");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("already been invited");
        assertThat(again.body()).contains("value=\"" + email + "\"").contains("value=\"Tess Twice\"");
        assertThat(TestMail.to(email)).hasSize(1);

        Page member = invite(lead, world.ownCase(), "Pat", world.parent().email(), "PARENT_CARER");
        assertThat(member.text()).contains("This person is already on the team");
    }

    @Test
    void inviteFormExplainsEveryMissingFieldAndKeepsWhatWasTyped() {
        World world = fixtures.world();
        Visitor lead = signedIn(world.coordinator());
        lead.get("/cases/" + world.ownCase() + "/team/invite");
        Page page = lead.post("/cases/" + world.ownCase() + "/team/invite", Map.of("name", "Half Done", "email", "not-an-email"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("There is a problem").contains("Enter an email address in the right format")
                .contains("Select their role on this case");
        assertThat(page.body()).contains("value=\"Half Done\"").contains("value=\"not-an-email\"")
                .contains("href=\"#email\"").contains("href=\"#role\"");
    }

    @Test
    void personWithAnAccountJoinsBySigningInAndConfirming() {
        World world = fixtures.world();
        World elsewhere = fixtures.world();
        Person existing = elsewhere.psychologist();
        invite(signedIn(world.coordinator()), world.ownCase(), existing.displayName(), existing.email(), "EDUCATIONAL_PSYCHOLOGIST");
        String link = TestMail.latestLink(existing.email(), "/invitations/");

        Visitor v = visitor();
        assertThat(v.get(link).text()).contains("You already have an account");
        assertThat(v.get(link + "/join").location()).endsWith("/sign-in");
        v.signIn(existing.email(), Fixtures.PASSWORD);
        assertThat(v.get(link + "/join").text()).contains("Join the team");
        Page joined = v.post(link + "/join", Map.of());
        assertThat(joined.location()).contains("/cases/" + world.ownCase());
        assertThat(v.follow(joined).status()).isEqualTo(200);
    }

    @Test
    void someoneSignedInAsADifferentPersonCannotUseTheLink() {
        World world = fixtures.world();
        String email = fixtures.uniqueEmail("meant.for");
        fixtures.people().createAccount(email, "Meant For", Fixtures.PASSWORD);
        invite(signedIn(world.coordinator()), world.ownCase(), "Meant For", email, "OTHER_PROFESSIONAL");
        String link = TestMail.latestLink(email, "/invitations/");

        Visitor wrong = signedIn(world.outsider());
        assertThat(wrong.get(link + "/join").text()).contains("sent to " + email);
        assertThat(wrong.post(link + "/join", Map.of()).text()).contains("This invitation has expired or has been used");
        assertThat(wrong.get("/cases/" + world.ownCase()).status()).isEqualTo(404);
    }

    @Test
    void withdrawnInvitationStopsWorking() {
        World world = fixtures.world();
        Visitor lead = signedIn(world.coordinator());
        String email = fixtures.uniqueEmail("withdrawn");
        invite(lead, world.ownCase(), "Will Drawn", email, "OTHER_PROFESSIONAL");
        String link = TestMail.latestLink(email, "/invitations/");
        String casePage = lead.get("/cases/" + world.ownCase()).body();
        String action = casePage.replaceAll("(?s).*action=\"(/cases/[^\"]+/withdraw)\".*", "$1");
        assertThat(lead.post(action, Map.of()).location()).endsWith("/cases/" + world.ownCase());
        assertThat(visitor().get(link).text()).contains("This invitation has expired or has been used");
    }
}
