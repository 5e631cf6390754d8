package org.coplan.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.measures.domain.Cornerstone;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * The Genuine Partnerships self-review through the real HTTP stack: a school and forum members
 * rate it independently, see each other's ratings and the gap once both have sent them, last year
 * beside this year, the action plan tracked to done, and who may open what. The test clock starts
 * on 23 November 2026, in the review year 2026 to 2027.
 */
class SelfReviewTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelfReviewSetup setup;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Override
    protected MockHttpServletResponse postAs(Person who, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(path).with(csrf());
        if (who != null) {
            b = b.with(fixtures.as(who));
        }
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        if (path.endsWith("/ratings") && !List.of(params).contains("stamp")) {
            // As the browser would: the stamp of the page the ratings were typed on.
            MockHttpServletResponse form = getAs(who, path.substring(0, path.length() - "/ratings".length()));
            if (form.getStatus() == 200) {
                b.param("stamp", stamp(form.getContentAsString()));
            }
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    private static String stamp(String body) {
        Matcher m = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).as("a stamp on the form").isTrue();
        return m.group(1);
    }

    private static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString()).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private Person forumMember(World w) {
        Organisation forum = fixtures.people().createOrganisation(OrganisationKind.FORUM, "Forum " + UUID.randomUUID(), w.localAuthority().id());
        return fixtures.staff("Fay Forum", forum, StaffRole.FORUM_MEMBER);
    }

    /** All four cornerstones rated, the steps given in the charter's order (1 = not yet ... 4 = embedded). */
    private static String[] ratings(String prefix, boolean send, int... steps) {
        List<String> p = new ArrayList<>();
        String[] names = {"NOT_YET", "STARTING", "DEVELOPING", "EMBEDDED"};
        for (Cornerstone c : Cornerstone.values()) {
            p.add("rating-" + c.name());
            p.add(names[steps[c.ordinal()] - 1]);
            p.add("evidence-" + c.name());
            p.add(prefix + " evidence for " + c.name());
        }
        if (send) {
            p.add("send");
            p.add("send");
        }
        return p.toArray(String[]::new);
    }

    private static String path(Organisation o) {
        return "/self-review/" + o.id().value();
    }

    @Test
    void aSchoolAndForumMembersRateIndependentlyAndBothSeeTheGapOnceBothHaveSent() throws Exception {
        World w = fixtures.world();
        Person forum = forumMember(w);
        String page = path(w.school());

        // The SENCO sends the school's ratings; forum members cannot see them yet.
        assertThat(postAs(w.senco(), page + "/ratings", ratings("School", true, 4, 3, 3, 2)).getRedirectedUrl()).isEqualTo(page);
        String forumView = text(getAs(forum, page));
        assertThat(forumView).doesNotContain("School evidence").contains("Shown when both have sent their ratings");

        // Forum members save, then send their own; the school does not see them until they are sent.
        postAs(forum, page + "/ratings", "rating-WELCOME_AND_CARE", "STARTING", "evidence-WELCOME_AND_CARE", "Forum evidence for welcome");
        assertThat(text(getAs(w.senco(), page))).doesNotContain("Forum evidence").contains("Forum members have not sent their ratings yet.");
        postAs(forum, page + "/ratings", ratings("Forum", true, 2, 3, 2, 2));

        String sencoView = text(getAs(w.senco(), page));
        assertThat(sencoView).contains("School evidence for WELCOME_AND_CARE", "Forum evidence for WELCOME_AND_CARE",
                "The school rates itself 2 steps higher than forum members", "Both rate this the same",
                "Forum members have sent their ratings.");
        assertThat(text(getAs(forum, page))).contains("School evidence for COMMUNICATE", "The school rates itself 1 step higher than forum members");

        // Both listed as sent on the list pages.
        assertThat(text(getAs(w.senco(), "/self-review"))).contains(w.school().name(), "Sent");
        assertThat(text(getAs(forum, "/self-review"))).contains(w.school().name(), "Sent", "A forum member");

        // Sent ratings cannot be changed.
        assertThat(text(postAs(w.senco(), page + "/ratings", ratings("Later", false, 1, 1, 1, 1))))
                .contains("Your ratings for this year have been sent already");
        assertThat(text(getAs(w.senco(), page))).doesNotContain("Later evidence");
    }

    @Test
    void aRatingWithoutEvidenceIsRefusedBesideTheFieldAndTheTypedWordsAreKept() throws Exception {
        World w = fixtures.world();
        String page = path(w.school());
        MockHttpServletResponse r = postAs(w.senco(), page + "/ratings",
                "rating-WELCOME_AND_CARE", "DEVELOPING", "evidence-WELCOME_AND_CARE", "  ",
                "rating-COMMUNICATE", "", "evidence-COMMUNICATE", "We phone every family each half-term");
        assertThat(r.getStatus()).isEqualTo(200);
        String body = r.getContentAsString();
        assertThat(body).contains("govuk-error-summary", "href=\"#evidence-WELCOME_AND_CARE\"", "id=\"evidence-WELCOME_AND_CARE-error\"",
                "href=\"#rating-COMMUNICATE\"", "id=\"rating-COMMUNICATE-error\"");
        assertThat(text(r)).contains("Say what shows this rating", "Choose a rating", "We phone every family each half-term");
        assertThat(body).containsPattern("value=\"DEVELOPING\"\\s+checked");
        // Nothing was saved.
        assertThat(text(getAs(w.senco(), page))).doesNotContain("We phone every family");

        // Sending with a cornerstone not rated is refused too.
        assertThat(text(postAs(w.senco(), page + "/ratings", "rating-WELCOME_AND_CARE", "DEVELOPING", "evidence-WELCOME_AND_CARE", "Greeted",
                "send", "send"))).contains("Rate this cornerstone before you send", "Greeted");
    }

    private static String version(String body, String what) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(body);
        assertThat(m.find()).as("a version for " + what).isTrue();
        return m.group(1);
    }

    private static String actionPath(String body) {
        Matcher m = Pattern.compile("action=\"(/self-review/[^\"]+/actions/[^\"]+/done)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theActionPlanIsTrackedToDoneAndAConcurrentChangeIsRefused() throws Exception {
        World w = fixtures.world();
        Person forum = forumMember(w);
        String page = path(w.school());

        // Bad input keeps what was typed.
        MockHttpServletResponse refused = postAs(w.senco(), page + "/actions", "cornerstone", "COMMUNICATE", "what", "Termly coffee morning",
                "who", "", "dueDay", "31", "dueMonth", "2", "dueYear", "2027");
        assertThat(text(refused)).contains("Say who will do it", "The date must be a real date");
        assertThat(refused.getContentAsString()).contains("value=\"Termly coffee morning\"", "value=\"31\"");

        postAs(w.senco(), page + "/actions", "cornerstone", "COMMUNICATE", "what", "Termly coffee morning", "who", "The SENCO",
                "dueDay", "15", "dueMonth", "1", "dueYear", "2027");
        String body = getAs(w.senco(), page).getContentAsString();
        assertThat(text(getAs(w.senco(), page))).contains("Termly coffee morning", "The SENCO", "15 January 2027", "Open");
        String done = actionPath(body);
        String v = version(body, "the action");

        // Forum members see the plan but cannot change it.
        assertThat(text(getAs(forum, page))).contains("Termly coffee morning");
        assertThat(postAs(forum, done, "version", v, "done", "true").getStatus()).isEqualTo(404);
        assertThat(postAs(forum, page + "/actions", "cornerstone", "COMMUNICATE", "what", "x", "who", "y",
                "dueDay", "1", "dueMonth", "1", "dueYear", "2027").getStatus()).isEqualTo(404);

        // Past its date it shows as overdue.
        clock.set(ZonedDateTime.of(2027, 1, 20, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant());
        assertThat(text(getAs(w.senco(), page))).contains("Overdue");

        // Two people open the page; the first marks it done, the second's change is refused, not applied.
        assertThat(postAs(w.senco(), done, "version", v, "done", "true").getRedirectedUrl()).isEqualTo(page);
        assertThat(text(getAs(w.senco(), page))).contains("Done on 20 January 2027");
        Person colleague = fixtures.staff("Second Senco", w.school(), StaffRole.SENCO);
        MockHttpServletResponse stale = postAs(colleague, done, "version", v, "done", "false");
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(text(stale)).contains("Someone changed this action after you opened the page", "Done on 20 January 2027");
    }

    @Test
    void lastYearsRatingsAreShownBesideThisYears() throws Exception {
        World w = fixtures.world();
        Person forum = forumMember(w);
        String page = path(w.school());

        // In March 2026 (review year 2025 to 2026) both sides rate.
        clock.set(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant());
        postAs(w.senco(), page + "/ratings", ratings("Old school", true, 1, 1, 1, 1));
        postAs(forum, page + "/ratings", ratings("Old forum", true, 2, 2, 2, 2));
        assertThat(text(getAs(w.senco(), page))).contains("2025 to 2026").doesNotContain("Last year");

        // Back to November 2026: this year starts empty, last year beside it.
        clock.reset();
        String now = text(getAs(w.senco(), page));
        assertThat(now).contains("2026 to 2027", "Last year (2025 to 2026)", "The school's own rating: Not yet", "Forum members' rating: Starting")
                .doesNotContain("Old school evidence");
        postAs(w.senco(), page + "/ratings", ratings("New school", false, 3, 3, 3, 3));
        assertThat(text(getAs(w.senco(), page))).contains("New school evidence", "The school's own rating: Not yet");

        // Last year's page, read on its own, shows both sides and the gap.
        assertThat(text(getAs(w.senco(), page + "?year=2025"))).contains("Old school evidence", "Old forum evidence",
                "The school rates itself 1 step lower than forum members");
        assertThat(text(getAs(w.senco(), "/self-review"))).contains("Started, not sent", "Sent");
    }

    @Test
    void onlyTheOrganisationsOwnPeopleAndForumMembersOfItsAuthorityMayOpenIt() throws Exception {
        World w = fixtures.world();
        Person forum = forumMember(w);
        Organisation otherForumOrg = fixtures.people().createOrganisation(OrganisationKind.FORUM, "Other forum " + UUID.randomUUID(),
                w.otherLocalAuthority().id());
        Person otherForum = fixtures.staff("Other Forum", otherForumOrg, StaffRole.FORUM_MEMBER);
        Organisation otherSchoolSameLa = fixtures.people().createOrganisation(OrganisationKind.SCHOOL, "Near school " + UUID.randomUUID(),
                w.localAuthority().id());
        Person otherSenco = fixtures.staff("Other Senco", otherSchoolSameLa, StaffRole.SENCO);
        Organisation service = fixtures.people().organisation(fixtures.people().staffMemberships(w.psychologist().id()).get(0).organisationId())
                .orElseThrow();

        String school = path(w.school());
        String[] rate = {"rating-WELCOME_AND_CARE", "EMBEDDED", "evidence-WELCOME_AND_CARE", "Seen it"};
        String[] action = {"cornerstone", "COMMUNICATE", "what", "x", "who", "y", "dueDay", "1", "dueMonth", "1", "dueYear", "2027"};

        // The school's own SENCO: reads, rates and adds actions.
        assertThat(getAs(w.senco(), school).getStatus()).isEqualTo(200);
        assertThat(postAs(w.senco(), school + "/ratings", rate).getStatus()).isEqualTo(302);
        assertThat(postAs(w.senco(), school + "/actions", action).getStatus()).isEqualTo(302);
        // A forum member of the same authority: reads and rates, adds no actions.
        assertThat(getAs(forum, school).getStatus()).isEqualTo(200);
        assertThat(postAs(forum, school + "/ratings", rate).getStatus()).isEqualTo(302);
        assertThat(postAs(forum, school + "/actions", action).getStatus()).isEqualTo(404);

        // Everyone else: not found, for reading and for writing.
        for (Person p : List.of(otherSenco, otherForum, w.coordinator(), w.manager(), w.parent(), w.child(), w.psychologist(), w.health(),
                w.socialCare(), w.sendiass(), w.otherProfessional(), w.outsider(), w.otherCoordinator())) {
            assertThat(getAs(p, school).getStatus()).as("GET as " + p.displayName()).isEqualTo(404);
            assertThat(postAs(p, school + "/ratings", rate).getStatus()).as("rate as " + p.displayName()).isEqualTo(404);
            assertThat(postAs(p, school + "/actions", action).getStatus()).as("action as " + p.displayName()).isEqualTo(404);
        }
        // Not signed in: sent to sign in.
        assertThat(getAs(null, school).getStatus()).isIn(302, 401);

        // A service is reviewed by its staff, the authority by its SEN manager; forum members of the authority rate both.
        assertThat(getAs(w.psychologist(), path(service)).getStatus()).isEqualTo(200);
        assertThat(getAs(w.manager(), path(w.localAuthority())).getStatus()).isEqualTo(200);
        assertThat(getAs(w.coordinator(), path(w.localAuthority())).getStatus()).isEqualTo(404);
        assertThat(getAs(w.senco(), path(service)).getStatus()).isEqualTo(404);
        assertThat(getAs(forum, path(service)).getStatus()).isEqualTo(200);
        assertThat(getAs(forum, path(w.localAuthority())).getStatus()).isEqualTo(200);
        assertThat(getAs(forum, path(w.otherSchool())).getStatus()).isEqualTo(404);
        assertThat(getAs(otherForum, path(w.otherSchool())).getStatus()).isEqualTo(200);
        assertThat(getAs(w.manager(), path(w.school())).getStatus()).isEqualTo(404);

        // The list shows each person what they may open; the forum's home page links to it.
        assertThat(text(getAs(forum, "/self-review"))).contains(w.school().name(), service.name(), w.localAuthority().name())
                .doesNotContain(w.otherSchool().name());
        assertThat(text(getAs(otherSenco, "/self-review"))).contains(otherSchoolSameLa.name()).doesNotContain(w.school().name());
        assertThat(text(getAs(w.parent(), "/self-review"))).contains("There is nothing for you to review.");
        assertThat(getAs(forum, "/").getContentAsString()).contains("href=\"/self-review\"");
        assertThat(getAs(w.senco(), "/").getContentAsString()).contains("href=\"/self-review\"");
        assertThat(getAs(w.parent(), "/").getContentAsString()).doesNotContain("href=\"/self-review\"");
    }

    @Test
    void theSetUpRecordsThroughTheSameRulesAsThePages() throws Exception {
        World w = fixtures.world();
        Person forum = forumMember(w);
        String page = path(w.school());
        setup.rate(w.senco(), w.school().id(), java.util.Map.of(
                "WELCOME_AND_CARE", new String[] {"EMBEDDED", "Welcome meetings"},
                "VALUE_AND_INCLUDE", new String[] {"DEVELOPING", "Views in plans"},
                "COMMUNICATE", new String[] {"DEVELOPING", "Termly letters"},
                "WORK_IN_PARTNERSHIP", new String[] {"STARTING", "Sensory room"}), true);
        setup.rate(forum, w.school().id(), java.util.Map.of("COMMUNICATE", new String[] {"STARTING", "Nobody knew who to call"}), false);
        setup.addAction(w.senco(), w.school().id(), "COMMUNICATE", "SENCO's name on the website", "The SENCO", java.time.LocalDate.of(2027, 1, 8));
        assertThat(text(getAs(w.senco(), page))).contains("Welcome meetings", "SENCO's name on the website", "Open")
                .doesNotContain("Nobody knew who to call");
        assertThat(text(getAs(forum, page))).contains("Nobody knew who to call").doesNotContain("Welcome meetings");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> setup.rate(w.senco(), w.school().id(),
                java.util.Map.of("COMMUNICATE", new String[] {"STARTING", ""}), false)).isInstanceOf(RuntimeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> setup.addAction(forum, w.school().id(), "COMMUNICATE", "x", "y",
                java.time.LocalDate.of(2027, 1, 8))).isInstanceOf(org.coplan.shared.web.NotFound.class);
    }

    @Test
    void ratingsSavedBySomeoneElseAfterThePageWasOpenedAreNotOverwritten() throws Exception {
        World w = fixtures.world();
        Person colleague = fixtures.staff("Second Senco", w.school(), StaffRole.SENCO);
        String page = path(w.school());
        String seenByColleague = stamp(getAs(colleague, page).getContentAsString());

        postAs(w.senco(), page + "/ratings", "rating-COMMUNICATE", "DEVELOPING", "evidence-COMMUNICATE", "Weekly notes home");
        MockHttpServletResponse late = postAs(colleague, page + "/ratings", "rating-COMMUNICATE", "NOT_YET", "evidence-COMMUNICATE",
                "Nobody answers the phone", "stamp", seenByColleague);
        assertThat(late.getStatus()).isEqualTo(200);
        assertThat(late.getContentAsString()).contains("href=\"#ratings\"", "id=\"ratings\"");
        assertThat(text(late)).contains("Someone else saved ratings after you opened this page", "Nobody answers the phone", "Weekly notes home");
        assertThat(text(getAs(w.senco(), page))).contains("Weekly notes home").doesNotContain("Nobody answers the phone");

        // Saving again from the page shown, having seen the other rating, is allowed.
        assertThat(postAs(colleague, page + "/ratings", "rating-COMMUNICATE", "STARTING", "evidence-COMMUNICATE", "Notes, but no phone",
                "stamp", stamp(late.getContentAsString())).getStatus()).isEqualTo(302);
        assertThat(text(getAs(w.senco(), page))).contains("Notes, but no phone");
    }
}
