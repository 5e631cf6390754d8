package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.coplan.cases.CaseNotices;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.ContactDetails;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.internal.ParticipationStore;
import org.coplan.notify.MessageOutbox;
import org.coplan.notify.internal.OutboxSender;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.NotifyStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A parent chose a text message, a letter and a phone call. The text never gets through GOV.UK
 * Notify; the authority prints its own letters. The coordinator sees on the case page that a message
 * did not reach someone, deals with it, posts the letter from "Letters to post" and makes the call
 * from "Phone calls to make". Every page passes the accessibility scan.
 */
class ChannelsJourneyTest extends BrowserJourney {

    @Autowired
    CaseNotices notices;

    @Autowired
    OutboxSender sender;

    @Autowired
    MessageOutbox outbox;

    @Autowired
    ParticipationStore participation;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theCoordinatorFollowsUpAMessageThatDidNotArrivePostsTheLetterAndMakesTheCall() {
        World w = fixtures.world();
        String mobile = "+447700988" + String.format("%03d", (int) (System.nanoTime() % 1000));
        NotifyStandIn.answer500For(mobile);
        fixtures.cases().participation(new ParticipationChoices(w.parentMember().id(), Involvement.KEPT_INFORMED,
                Set.of(ContactChannel.TEXT, ContactChannel.POST, ContactChannel.PHONE), "English", false, null, Set.of(), null, 0, null));
        participation.saveContact(w.parentMember().id(), new ContactDetails(mobile, List.of("1 High Street", "Demo Town"), "DT1 1AA"));
        outbox.chooseLetterRoute(w.localAuthority().id().value(), false, new MessageOutbox.Actor(null, "Journey", "SYSTEM"));

        notices.tell(w.ownCase(), w.parent().id(), "email.answered.subject", "email.answered.body", List.of("Cora Coordinator"),
                "/cases/" + w.ownCase().value());
        sender.sendDue();
        clock.advance(Duration.ofMinutes(1));
        sender.sendDue();
        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();

        page = newPage();
        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        visit("/cases/" + w.ownCase());
        assertThat(page.locator(".govuk-warning-text")).containsText("A message did not reach someone.");
        go(link(page, "See who to contact another way"));
        assertThat(page.locator("h1")).hasText("Messages that did not reach someone");
        assertThat(page.locator(".govuk-summary-card")).containsText("Text message to Pat Parent");
        assertThat(page.locator(".govuk-summary-card")).containsText("Not delivered");
        go(button(page, "Mark as dealt with"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The message is marked as dealt with");
        assertThat(page.locator("main")).containsText("Every message reached the person it was for.");

        visit("/");
        go(link(page, "A letter is waiting to be posted"));
        assertThat(page.locator("h1")).hasText("Letters to post");
        assertThat(page.locator(".govuk-summary-card")).containsText("1 High Street");
        assertThat(link(page, "Download the letter to Pat Parent (PDF)")).isVisible();
        go(button(page, "Mark as posted"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The letter is marked as posted");

        visit("/");
        go(link(page, "You have a phone call to make"));
        assertThat(page.locator(".govuk-summary-card__title")).hasText("Phone Pat Parent about: Your contribution has an answer on Coplan");
        page.getByLabel("What was said (optional)").fill("Spoke to Pat, who will look tonight.");
        go(button(page, "Mark the call as done"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The call is marked as done");
        assertThat(page.locator("main")).containsText("You have no phone calls to make.");
    }
}
