package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.people.Person;
import org.coplan.strategic.PollsSetup;
import org.coplan.support.Fixtures;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A poll from start to finish. A parent joins the forum on a 320 pixel phone and confirms through
 * the emailed link; a forum officer writes a poll through the form and opens it; a reminder goes
 * only to the one member who has not answered; she follows the link in the email and answers;
 * the poll closes by the clock; the results hide the small numbers; the officer records the outcome; anyone reads the public page on
 * a phone without JavaScript. Every page is scanned for accessibility.
 */
class ForumPollJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PollsSetup setup;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anOfficerOpensAPollAMemberAnswersOnAPhoneAndTheOutcomeIsPublic() {
        var people = fixtures.people();
        var la = people.createOrganisation(org.coplan.people.OrganisationKind.LOCAL_AUTHORITY, "Journey council " + UUID.randomUUID(), null);
        var forum = people.createOrganisation(org.coplan.people.OrganisationKind.FORUM, "Journey parent carer forum " + UUID.randomUUID(), la.id());
        Person officer = fixtures.staff("Olive Officer", forum, org.coplan.people.StaffRole.FORUM_OFFICER);

        // a parent joins the forum on a small phone and confirms through the link emailed to her
        String email = fixtures.uniqueEmail("mina.member");
        Page phone = newPhonePage(new Browser.NewContextOptions());
        phone.navigate("/forum/join?forum=" + forum.id().value());
        assertAccessible(phone);
        phone.getByLabel("Your name").fill("Mina Member");
        phone.getByLabel("Email address").fill(email);
        phone.getByLabel("By email").check();
        go(button(phone, "Ask to join"));
        assertThat(phone.locator("h1")).hasText("Check your email");
        phone.navigate(java.net.URI.create(TestMail.latestLink(email, "/forum/join/")).getPath());
        assertAccessible(phone);
        phone.getByLabel("New password").fill(Fixtures.PASSWORD);
        phone.getByLabel("Type the password again").fill(Fixtures.PASSWORD);
        go(button(phone, "Finish joining"));
        assertThat(phone.locator("h1")).hasText("Your parent carer forum");
        Person member = people.findByEmail(email).orElseThrow();

        List<Person> others = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Person p = fixtures.person("Other Parent");
            setup.verifiedMember(forum.id().value(), p);
            others.add(p);
        }

        signIn(officer.email(), Fixtures.PASSWORD);
        visit("/forum");
        go(link(page, "Write a poll"));
        var closes = clock.instant().plus(Duration.ofDays(7)).atZone(org.coplan.shared.ClockConfiguration.ZONE);
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Evening meetings");
        page.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)).fill("Would you come to meetings at 7pm?");
        page.getByLabel("Choose one answer", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Answers to choose from").fill("Yes\nNo");
        page.getByLabel("Day").fill("" + closes.getDayOfMonth());
        page.getByLabel("Month").fill("" + closes.getMonthValue());
        page.getByLabel("Year").fill("" + closes.getYear());
        page.getByLabel("Closing time").fill("5pm");
        go(button(page, "Save draft"));
        assertErrors(page, "rung", "Choose the rung of the ladder of participation");
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).hasValue("Evening meetings");
        page.getByLabel("Consulting", new Page.GetByLabelOptions().setExact(true)).check();
        go(button(page, "Save draft"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Draft saved");
        String pollPath = pathOf(page);
        go(button(page, "Open and send to members"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("12 members have been told");
        UUID pollId = UUID.fromString(pollPath.substring(pollPath.lastIndexOf('/') + 1));

        // eleven others answer: nine yes, two no
        for (int i = 0; i < others.size(); i++) {
            setup.answer(pollId, others.get(i).id(), i < 9 ? 0 : 1);
        }

        // the officer sends a reminder: it goes only to the one who has not answered
        go(button(page, "Send a reminder"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Reminder sent to 1 member who has not answered yet.");
        org.assertj.core.api.Assertions.assertThat(TestMail.body(TestMail.to(member.email()).getLast())).contains("You have not answered");
        for (Person other : others) {
            org.assertj.core.api.Assertions.assertThat(TestMail.to(other.email())).as("answered: not reminded")
                    .noneMatch(m -> TestMail.body(m).contains("You have not answered"));
        }

        // the member follows the link in the email on her phone and answers "No"
        String link = java.net.URI.create(TestMail.latestLink(member.email(), "/forum/polls/")).getPath();
        phone.navigate(link);
        assertAccessible(phone);
        assertNoSidewaysScrolling(phone);
        phone.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
        go(button(phone, "Send my answer"));
        assertThat(phone.locator(".govuk-notification-banner")).containsText("Thank you. Your answer has been saved.");
        assertNoSidewaysScrolling(phone);

        // the poll closes by the clock
        clock.advance(Duration.ofDays(8));
        aNewDay();
        signIn(phone, member.email(), Fixtures.PASSWORD); // a week later: signed out by then
        phone.navigate(link + "/results");
        assertAccessible(phone);
        assertThat(phone.locator("main")).containsText("12 people answered");
        assertThat(phone.locator("main table")).containsText("fewer than 5");
        assertThat(phone.locator("main table")).not().containsText("9");
        assertNoSidewaysScrolling(phone);

        visit(pollPath);
        go(link(page, "Record the outcome"));
        go(button(page, "Save the outcome"));
        assertErrors(page, "decided", "Enter what was decided", "decidedBy", "Enter who decided, for example \"The co-production board\"",
                "review", "Enter a real review date");
        page.getByLabel("What was decided").fill("Meetings stay in the daytime, and one each term is in the evening.");
        page.getByLabel("Who decided").fill("The co-production board");
        int year = closes.getYear() + 1;
        page.getByLabel("Day").fill("1");
        page.getByLabel("Month").fill("6");
        page.getByLabel("Year").fill("" + year);
        go(button(page, "Save the outcome"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Outcome saved");
        org.assertj.core.api.Assertions.assertThat(subject(member)).contains("what was decided");

        Page visitor = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        visitor.navigate("/area/" + la.id().value() + "/polls");
        assertAccessible(visitor);
        assertThat(visitor.locator("main")).containsText("Evening meetings");
        assertThat(visitor.locator("main")).containsText("The co-production board");
        assertNoSidewaysScrolling(visitor);
        go(visitor.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Evening meetings")));
        assertThat(visitor.locator("main")).containsText("Meetings stay in the daytime");
        assertThat(visitor.locator("main")).containsText("1 June " + year);
        assertThat(visitor.locator("main")).containsText("Consulting");
        assertThat(visitor.locator("main table")).containsText("fewer than 5");
        assertNoSidewaysScrolling(visitor);
    }

    private static String subject(Person p) {
        try {
            return TestMail.to(p.email()).getLast().getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
