package org.coplan.strategic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Joining a parent carer forum online, from the form to the emailed link to a password, with the
 * real mail server; a second request, an old link, a removed member; officers removing a member
 * with a reason the member is told; and a forum account has no way to any case.
 */
class JoiningTest extends IntegrationTest {

    private static final String PASSWORD = "a long forum password here";

    @Autowired
    JdbcClient jdbc;

    private Map<String, String> form(Organisation forum, String name, String email, String topic) {
        Map<String, String> f = new HashMap<>();
        f.put("forum", forum.id().value().toString());
        f.put("name", name);
        f.put("email", email);
        f.put("channel", "EMAIL");
        if (topic != null) {
            f.put("topics", topic);
        }
        return f;
    }

    private String status(Organisation forum, String email) {
        return jdbc.sql("select status from forum_member where forum_id = ? and lower(email) = lower(?)")
                .params(forum.id().value(), email).query(String.class).single();
    }

    @Test
    void aParentJoinsFollowsTheLinkChoosesAPasswordAndIsAMemberWithTheStaffRole() {
        ForumWorld w = ForumWorld.make(fixtures, jdbc);
        String email = fixtures.uniqueEmail("joiner");
        Visitor v = visitor();
        assertThat(v.get("/forum/join").status()).isEqualTo(200);
        Page sent = v.post("/forum/join", form(w.forum(), "Jo Joiner", email, "TRANSPORT"));
        assertThat(sent.location()).contains("/forum/join?sent");
        assertThat(v.follow(sent).text()).contains("Check your email").contains(email);
        assertThat(status(w.forum(), email)).isEqualTo("WAITING");

        String body = TestMail.body(TestMail.to(email).get(0));
        assertThat(body).contains("Jo Joiner").contains(w.forum().name()).contains("7 days");
        String link = TestMail.latestLink(email, "/forum/join/");
        // only the hash of the link's token is kept
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select count(*) from forum_member where token_hash = ?").param(token).query(Long.class).single()).isZero();

        Visitor joiner = visitor();
        assertThat(joiner.get(link).text()).contains("Finish joining the forum").contains("Choose a password");
        Page mismatch = joiner.post(link, Map.of("password", PASSWORD, "confirm", "something else entirely"));
        assertThat(mismatch.status()).isEqualTo(200);
        assertThat(mismatch.body()).contains("govuk-error-summary");
        Page done = joiner.post(link, Map.of("password", PASSWORD, "confirm", PASSWORD));
        assertThat(done.location()).endsWith("/forum");
        Page forumHome = joiner.follow(done);
        assertThat(forumHome.text()).contains(w.forum().name()).contains("Your membership").contains("Travel to school or college");

        Person person = fixtures.people().findByEmail(email).orElseThrow();
        assertThat(status(w.forum(), email)).isEqualTo("MEMBER");
        assertThat(fixtures.people().staffMemberships(person.id()))
                .anyMatch(m -> m.role() == StaffRole.FORUM_MEMBER && m.organisationId().equals(w.forum().id()));
        assertThat(visitor().get(link).text()).contains("This link does not work any more");
        assertThat(visitor().signIn(email, PASSWORD).location()).endsWith("/");
        assertThat(roleChanges(person, "FORUM_MEMBER role given at " + w.forum().name())).containsExactly("joined by following the link emailed to " + email);
    }

    /** The details of the account events of this person (as actor) with this subject. */
    private List<String> roleChanges(Person actor, String subject) {
        return jdbc.sql("select detail from audit_event where actor_id = ? and action = 'ROLE_CHANGED' and subject = ? order by id")
                .params(actor.id().value(), subject)
                .query(String.class)
                .list();
    }

    @Test
    void aParentWithAnAccountSignsInToConfirmAndTheirCaseIsUntouched() {
        World world = fixtures.world();
        Organisation forum = fixtures.people().createOrganisation(OrganisationKind.FORUM, "Forum of " + world.localAuthority().name(),
                world.localAuthority().id());
        Visitor v = visitor();
        v.post("/forum/join", form(forum, "Pat Parent", world.parent().email(), null));
        String link = TestMail.latestLink(world.parent().email(), "/forum/join/");
        Visitor parent = visitor();
        Page linkPage = parent.get(link);
        assertThat(linkPage.text()).contains("There is already a Coplan account").doesNotContain("Choose a password");
        String path = java.net.URI.create(link).getPath().replace("/forum/join/", "/forum/joining/");
        parent.signIn(world.parent().email(), Fixtures.PASSWORD);
        assertThat(parent.get(path).text()).contains("Join the forum");
        Page joined = parent.post(path, Map.of());
        assertThat(joined.location()).endsWith("/forum");
        assertThat(parent.follow(joined).text()).contains("Your membership").doesNotContain("Kit");
        assertThat(status(forum, world.parent().email())).isEqualTo("MEMBER");
        // still on the case, as before
        assertThat(parent.get("/cases/" + world.ownCase()).status()).isEqualTo(200);
    }

    @Test
    void aSecondRequestIsAnsweredByEmailSoTheFormSaysNothingAboutWhoIsInTheForum() {
        ForumWorld w = ForumWorld.make(fixtures, jdbc);
        String email = fixtures.uniqueEmail("twice");
        Visitor v = visitor();
        Page first = v.post("/forum/join", form(w.forum(), "Tess Twice", email, null));
        Page again = v.post("/forum/join", form(w.forum(), "Tess Twice", email, null));
        assertThat(again.location()).isEqualTo(first.location()).contains("/forum/join?sent");
        assertThat(v.follow(again).text()).contains("We have sent an email to " + email)
                .contains("If this address has joined or asked to join before, the email says what to do next");
        assertThat(TestMail.to(email)).hasSize(2);
        assertThat(TestMail.body(TestMail.to(email).get(1))).contains("/forum/join/");

        // three emails an hour at most for one request, so nobody can fill someone's inbox
        v.post("/forum/join", form(w.forum(), "Tess Twice", email, null));
        Page held = v.post("/forum/join", form(w.forum(), "Tess Twice", email, null));
        assertThat(held.location()).as("the same page: nothing said about the request").isEqualTo(first.location());
        assertThat(TestMail.to(email)).hasSize(3);
        clock.advance(Duration.ofMinutes(61));
        v.post("/forum/join", form(w.forum(), "Tess Twice", email, null));
        assertThat(TestMail.to(email)).hasSize(4);

        // a member and a removed address: the same page for whoever typed it; the owner is told by email
        Person member = w.person(Viewer.FORUM_MEMBER);
        int memberMail = TestMail.to(member.email()).size();
        Page already = v.post("/forum/join", form(w.forum(), "Forum Member", member.email(), null));
        assertThat(already.location()).contains("/forum/join?sent");
        assertThat(TestMail.to(member.email())).hasSize(memberMail + 1);
        assertThat(TestMail.body(TestMail.to(member.email()).getLast())).contains("You are already a member").contains("/sign-in");

        Person removed = w.person(Viewer.REMOVED_MEMBER);
        Page gone = v.post("/forum/join", form(w.forum(), "Removed Member", removed.email(), null));
        assertThat(gone.location()).contains("/forum/join?sent");
        assertThat(TestMail.to(removed.email())).hasSize(1);
        assertThat(TestMail.body(TestMail.to(removed.email()).getLast())).contains("cannot join again here").contains("contact the forum");
        assertThat(jdbc.sql("select status from forum_member where lower(email) = lower(?)").param(removed.email()).query(String.class).single())
                .as("not let back in by asking").isEqualTo("REMOVED");

        // signed in with that very address, the owner is told on the page too, beside the field
        Visitor own = visitor();
        own.signIn(member.email(), Fixtures.PASSWORD);
        Page ownPage = own.post("/forum/join", form(w.forum(), "Forum Member", member.email(), null));
        assertThat(ownPage.status()).isEqualTo(200);
        assertThat(ownPage.text()).contains("already a member");
        assertThat(ownPage.body()).contains("email-error").contains("value=\"" + member.email() + "\"");
    }

    @Test
    void badInputIsShownBesideEachFieldAndWhatWasTypedIsKept() {
        ForumWorld w = ForumWorld.make(fixtures, jdbc);
        Map<String, String> f = form(w.forum(), "", "not an email", "EARLY_YEARS");
        f.put("channel", "TEXT");
        f.put("mobile", "01632 960001");
        Page page = visitor().post("/forum/join", f);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Enter your name").contains("Enter an email address in the right form")
                .contains("Enter a UK mobile number, like 07700 900123");
        assertThat(page.body()).contains("value=\"not an email\"").contains("value=\"01632 960001\"");
        assertThat(page.body()).containsPattern("value=\"EARLY_YEARS\"\\s+checked");
    }

    @Test
    void anOldLinkGetsAClearPageWithAWayToAskAgain() {
        ForumWorld w = ForumWorld.make(fixtures, jdbc);
        String email = fixtures.uniqueEmail("late");
        visitor().post("/forum/join", form(w.forum(), "Lou Late", email, null));
        String link = TestMail.latestLink(email, "/forum/join/");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        Visitor late = visitor();
        Page page = late.get(link);
        assertThat(page.text()).contains("This link does not work any more").contains("Ask to join again");
        assertThat(late.post(link, Map.of("password", PASSWORD, "confirm", PASSWORD)).text()).contains("This link does not work any more");
        assertThat(status(w.forum(), email)).isEqualTo("WAITING");
        assertThat(fixtures.people().findByEmail(email)).isEmpty();
    }

    @Test
    void anOfficerRemovesAMemberWithAReasonTheMemberIsToldAndTheRoleGoes() {
        ForumWorld w = ForumWorld.make(fixtures, jdbc);
        Person member = ForumWorld.member(fixtures, jdbc, w.forum(), "Mo Member", "MEMBER");
        UUID row = jdbc.sql("select id from forum_member where person_id = ?").param(member.id().value()).query(UUID.class).single();
        Visitor officer = visitor();
        officer.signIn(w.person(Viewer.FORUM_OFFICER).email(), Fixtures.PASSWORD);
        String list = "/forum/" + w.forum().id().value() + "/members";
        assertThat(officer.get(list).text()).contains("Mo Member").contains("Members by topic").contains("Removed Member");
        assertThat(officer.get(list + "/" + row).text()).contains("Remove Mo Member");

        Page blank = officer.post(list + "/" + row + "/remove", Map.of("version", "0", "reason", "  "));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.text()).contains("Enter the reason");
        assertThat(blank.body()).contains("reason-error");

        Page stale = officer.post(list + "/" + row + "/remove", Map.of("version", "7", "reason", "Shared other members' details"));
        assertThat(stale.text()).contains("changed while you had the page open");
        assertThat(stale.body()).contains("Shared other members&#39; details");

        Page removed = officer.post(list + "/" + row + "/remove", Map.of("version", "0", "reason", "Shared other members' details"));
        assertThat(removed.location()).endsWith(list);
        assertThat(officer.follow(removed).text()).contains("Mo Member has been removed and told why");
        assertThat(status(w.forum(), member.email())).isEqualTo("REMOVED");
        assertThat(fixtures.people().staffMemberships(member.id())).noneMatch(m -> m.role() == StaffRole.FORUM_MEMBER);
        String told = TestMail.body(TestMail.to(member.email()).get(TestMail.to(member.email()).size() - 1));
        assertThat(told).contains("Shared other members' details").contains(w.forum().name());

        assertThat(roleChanges(w.person(Viewer.FORUM_OFFICER), "FORUM_MEMBER role removed at " + w.forum().name()))
                .containsExactly("Mo Member <" + member.email() + ">: Shared other members' details");
        Page twice = officer.post(list + "/" + row + "/remove", Map.of("version", "1", "reason", "Again"));
        assertThat(twice.text()).contains("already removed");
        String after = officer.get(list).text();
        assertThat(after).as("the removed list shows who, when and why").contains("When and by whom").contains("Shared other members' details")
                .contains("Joined").contains("Topics");
    }

    @Test
    void aMemberChangesTopicsAndLeaves() {
        ForumWorld w = ForumWorld.make(fixtures, jdbc);
        Person member = ForumWorld.member(fixtures, jdbc, w.forum(), "Lee Leaver", "MEMBER");
        UUID row = jdbc.sql("select id from forum_member where person_id = ?").param(member.id().value()).query(UUID.class).single();
        Visitor v = visitor();
        v.signIn(member.email(), Fixtures.PASSWORD);
        assertThat(v.get("/forum/membership").text()).contains("Your forum membership").contains(w.forum().name());
        Page noMobile = v.post("/forum/membership", Map.of("member", row.toString(), "version", "0", "channel", "TEXT", "topics", "EHC_PLANS"));
        assertThat(noMobile.text()).contains("Enter a UK mobile number, or choose email");
        Page saved = v.post("/forum/membership", Map.of("member", row.toString(), "version", "0", "channel", "TEXT",
                "mobile", "07700 900456", "topics", "EHC_PLANS"));
        assertThat(v.follow(saved).text()).contains("Your details have been saved");
        assertThat(jdbc.sql("select mobile from forum_member where id = ?").param(row).query(String.class).single()).isEqualTo("+447700900456");
        Page conflict = v.post("/forum/membership", Map.of("member", row.toString(), "version", "0", "channel", "EMAIL"));
        assertThat(conflict.text()).contains("changed on another page or device").contains("What is saved now");

        Page left = v.post("/forum/membership/leave", Map.of("member", row.toString()));
        assertThat(v.follow(left).text()).contains("You have left " + w.forum().name());
        assertThat(jdbc.sql("select removed_reason from forum_member where id = ?").param(row).query(String.class).single())
                .isEqualTo("Left the forum");
        assertThat(roleChanges(member, "FORUM_MEMBER role removed at " + w.forum().name())).containsExactly("Left the forum");
        assertThat(fixtures.people().staffMemberships(member.id())).noneMatch(m -> m.role() == StaffRole.FORUM_MEMBER);
    }

    @Test
    void onlyTheForumsOfficersSeeItsMembers() {
        ForumWorld w = ForumWorld.make(fixtures, jdbc);
        String list = "/forum/" + w.forum().id().value() + "/members";
        for (Viewer viewer : List.of(Viewer.FORUM_MEMBER, Viewer.SEN_MANAGER, Viewer.OTHER_AREA_OFFICER, Viewer.CASE_PARENT)) {
            Visitor v = visitor();
            v.signIn(w.person(viewer).email(), Fixtures.PASSWORD);
            assertThat(v.get(list).status()).as(viewer.name()).isEqualTo(404);
        }
    }

    @Test
    void aForumAccountHasNoWayToAnyCaseInItsArea() {
        World world = fixtures.world();
        Organisation forum = fixtures.people().createOrganisation(OrganisationKind.FORUM, "Forum in " + world.localAuthority().name(),
                world.localAuthority().id());
        Person member = ForumWorld.member(fixtures, jdbc, forum, "Only Forum", "MEMBER");
        Person officer = fixtures.staff("Only Officer", forum, StaffRole.FORUM_OFFICER);
        for (Person p : List.of(member, officer)) {
            Visitor v = visitor();
            v.signIn(p.email(), Fixtures.PASSWORD);
            assertThat(v.get("/cases/" + world.ownCase()).status()).isEqualTo(404);
            Page home = v.get("/");
            assertThat(home.text()).contains("Your parent carer forum").doesNotContain("Kit");
        }
    }

    @Test
    void theAreaPageIsPublicAndTheAuthorityPageCountsByRung() {
        ForumWorld w = ForumWorld.make(fixtures, jdbc);
        Page area = visitor().get("/area/" + w.la().id().value());
        assertThat(area.status()).isEqualTo(200);
        assertThat(area.text()).contains(w.forum().name()).contains("Join the forum").contains("Co-designing").contains("Co-producing");
        assertThat(visitor().get("/area/" + w.school().id().value()).status()).isEqualTo(404);
        assertThat(visitor().get("/area/" + UUID.randomUUID()).status()).isEqualTo(404);

        Visitor manager = visitor();
        manager.signIn(w.person(Viewer.SEN_MANAGER).email(), Fixtures.PASSWORD);
        Page authority = manager.get("/authority?la=" + w.la().id().value());
        assertThat(authority.text()).contains("Activities by rung of the ladder").contains("The area's public co-production page");
    }
}
