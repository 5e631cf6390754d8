package org.coplan.strategic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.people.Person;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.internal.LocalOfferDirectory;
import org.coplan.support.Fixtures;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forum members review local-offer pages; the authority answers every review; enough good reviews earn the badge for a year. */
class LocalOfferReviewTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LocalOfferDirectory directory;

    @Autowired
    java.util.List<org.coplan.strategic.internal.LadderActivities> ladders;

    @Autowired
    java.util.List<org.coplan.strategic.internal.PublicSections> sections;

    ForumWorld world;
    UUID la;
    UUID speech;

    @BeforeEach
    void setUp() {
        world = ForumWorld.make(fixtures, jdbc);
        la = world.la().id().value();
        directory.importFile(la, LocalOfferSamples.sample());
        speech = directory.idsByName(la).get("Speech and language therapy for children");
    }

    Visitor as(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    static Map<String, String> allYes() {
        return Map.of("clear", "YES", "accurate", "YES", "accessible", "PARTLY", "useful", "YES", "comment", "Easy to follow.");
    }

    @Test
    void aMemberReviewsAPageAndTheReviewIsShownWithoutTheirName() {
        Visitor member = as(world.person(Viewer.FORUM_MEMBER));
        assertThat(member.get("/forum/local-offer/" + speech + "/review").text()).contains("Review this page").contains("Is the page clear?");
        Visitor.Page saved = member.post("/forum/local-offer/" + speech + "/review", allYes());
        assertThat(saved.location()).isEqualTo("/area/" + la + "/local-offer/" + speech);
        String page = visitor().get("/area/" + la + "/local-offer/" + speech).text();
        assertThat(page).contains("Easy to follow.").contains("The local authority has not answered yet.")
                .contains("Ladder of participation: Consulting")
                .doesNotContain("Forum Member");
        assertThat(ladders.stream().flatMap(l -> l.activities(la).stream()))
                .anyMatch(a -> a.kindKey().equals("localoffer.activity.kind") && a.rung() == org.coplan.strategic.domain.Rung.CONSULTING
                        && a.publicPath().equals("/area/" + la + "/local-offer/" + speech)
                        && a.title().equals("Speech and language therapy for children"));
        assertThat(sections.stream().map(sec -> sec.section(la)))
                .anyMatch(sec -> sec.order() == 40 && sec.path().equals("/area/" + la + "/local-offer"));
    }

    @Test
    void aNoNeedsAReasonAndWhatWasTypedIsKept() {
        Visitor member = as(world.person(Viewer.FORUM_MEMBER));
        member.get("/forum/local-offer/" + speech + "/review");
        Visitor.Page refused = member.post("/forum/local-offer/" + speech + "/review",
                Map.of("clear", "YES", "accurate", "NO", "accessible", "YES", "comment", "The phone number is old."));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem").contains("Choose yes, partly or no for “Is the page useful?”")
                .contains("The phone number is old.");
        refused = member.post("/forum/local-offer/" + speech + "/review",
                Map.of("clear", "YES", "accurate", "NO", "accessible", "YES", "useful", "YES"));
        assertThat(refused.text()).contains("You answered “no”: say what needs to change");
        assertThat(jdbc.sql("select count(*) from local_offer_review where service_id = ?").param(speech).query(Integer.class).single()).isZero();
    }

    @Test
    void aSecondReviewWithinTwelveMonthsIsRefusedPointingToTheFirst() {
        Visitor member = as(world.person(Viewer.FORUM_MEMBER));
        member.get("/forum/local-offer/" + speech + "/review");
        member.post("/forum/local-offer/" + speech + "/review", allYes());
        Visitor.Page again = member.get("/forum/local-offer/" + speech + "/review");
        assertThat(again.text()).contains("You reviewed this page on").contains("See your earlier review and any answer");
        Visitor.Page posted = member.post("/forum/local-offer/" + speech + "/review", allYes());
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.text()).contains("You reviewed this page on");
        assertThat(jdbc.sql("select count(*) from local_offer_review where service_id = ?").param(speech).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aReviewOfAMissingServiceOrAnotherAreasIsNotFound() {
        Visitor member = as(world.person(Viewer.FORUM_MEMBER));
        assertThat(member.get("/forum/local-offer/" + UUID.randomUUID() + "/review").text()).contains("Page not found");
        directory.importFile(world.otherLa().id().value(), LocalOfferSamples.sample());
        UUID other = directory.idsByName(world.otherLa().id().value()).get("Inclusive youth club");
        assertThat(member.get("/forum/local-offer/" + other + "/review").status()).isEqualTo(404);
        Visitor.Page gone = member.post("/forum/local-offer/" + UUID.randomUUID() + "/review", allYes());
        assertThat(gone.text()).contains("This service is no longer in the local offer").contains("Easy to follow.");
    }

    @Test
    void theAuthorityMustWriteAnAnswerAndTheReviewerIsEmailed() {
        Person reviewer = world.person(Viewer.FORUM_MEMBER);
        Visitor member = as(reviewer);
        member.get("/forum/local-offer/" + speech + "/review");
        member.post("/forum/local-offer/" + speech + "/review", allYes());
        UUID review = jdbc.sql("select id from local_offer_review where service_id = ?").param(speech).query(UUID.class).single();

        Visitor manager = as(world.person(Viewer.SEN_MANAGER));
        assertThat(manager.get("/forum").text()).contains("Reviews waiting for your answer (1)");
        assertThat(manager.get("/forum/local-offer/reviews").text()).contains("Speech and language therapy for children");
        manager.get("/forum/local-offer/reviews/" + review);
        Visitor.Page refused = manager.post("/forum/local-offer/reviews/" + review + "/answer", Map.of("answer", " "));
        assertThat(refused.text()).contains("Enter your answer to the review");
        int before = TestMail.to(reviewer.email()).size();
        Visitor.Page answered = manager.post("/forum/local-offer/reviews/" + review + "/answer",
                Map.of("answer", "Thank you, we have updated the opening times.", "pageChanged", "yes"));
        assertThat(answered.location()).isEqualTo("/forum/local-offer/reviews");
        assertThat(TestMail.to(reviewer.email())).hasSize(before + 1);
        assertThat(TestMail.latestLink(reviewer.email(), "/area/")).contains("/area/" + la + "/local-offer/" + speech);
        String page = visitor().get("/area/" + la + "/local-offer/" + speech).text();
        assertThat(page).contains("Thank you, we have updated the opening times.").contains("The page was changed after this review.");
        assertThat(manager.get("/forum").text()).contains("Reviews waiting for your answer (0)");
    }

    @Test
    void aReviewerWhoHasLeftTheForumIsNotEmailedTheAnswerButAnOfficerWhoReviewedIs() {
        Person leaver = ForumWorld.member(fixtures, jdbc, world.forum(), "Lee Leaver", "MEMBER");
        Person officer = world.person(Viewer.FORUM_OFFICER);
        for (Person p : List.of(leaver, officer)) {
            Visitor v = as(p);
            v.get("/forum/local-offer/" + speech + "/review");
            assertThat(v.post("/forum/local-offer/" + speech + "/review", allYes()).status()).isEqualTo(302);
        }
        jdbc.sql("update forum_member set status = 'REMOVED', removed_reason = 'Left the forum' where person_id = ?").param(leaver.id().value()).update();
        Visitor manager = as(world.person(Viewer.SEN_MANAGER));
        int leaverBefore = TestMail.to(leaver.email()).size();
        int officerBefore = TestMail.to(officer.email()).size();
        for (UUID review : jdbc.sql("select id from local_offer_review where service_id = ?").param(speech).query(UUID.class).list()) {
            manager.get("/forum/local-offer/reviews/" + review);
            assertThat(manager.post("/forum/local-offer/reviews/" + review + "/answer", Map.of("answer", "Thank you.", "pageChanged", "no"))
                    .location()).isEqualTo("/forum/local-offer/reviews");
        }
        assertThat(TestMail.to(officer.email())).as("a forum officer reviews without a member row, and is told").hasSize(officerBefore + 1);
        assertThat(TestMail.to(leaver.email())).as("no longer in the forum").hasSize(leaverBefore);
    }

    @Test
    void threeGoodReviewsEarnTheBadgeWhichIsGoneTwelveMonthsLater() {
        String pagePath = "/area/" + la + "/local-offer/" + speech;
        Person[] reviewers = {world.person(Viewer.FORUM_MEMBER), world.person(Viewer.FORUM_OFFICER),
                ForumWorld.member(fixtures, jdbc, world.forum(), "Third Member", "MEMBER")};
        for (int i = 0; i < reviewers.length; i++) {
            assertThat(visitor().get(pagePath).text()).doesNotContain("Reviewed by parents on");
            Visitor v = as(reviewers[i]);
            v.get("/forum/local-offer/" + speech + "/review");
            v.post("/forum/local-offer/" + speech + "/review", allYes());
            if (i < 2) {
                clock.advance(Duration.ofDays(10));
            }
        }
        String earned = visitor().get(pagePath).text();
        assertThat(earned).contains("Parent approved").contains("Reviewed by parents on 13 December 2026");
        assertThat(visitor().get("/area/" + la + "/local-offer?q=speech").text()).contains("Parent approved");

        // Re-importing the file keeps the reviews and so the badge
        directory.importFile(la, directory.page(la, "", 1, 50).get("contents").toString().getBytes());
        assertThat(visitor().get(pagePath).text()).contains("Reviewed by parents on 13 December 2026");

        clock.advance(Duration.ofDays(364));
        assertThat(visitor().get(pagePath).text()).contains("Reviewed by parents on 13 December 2026");
        clock.advance(Duration.ofDays(2));
        assertThat(visitor().get(pagePath).text()).doesNotContain("Reviewed by parents on").contains("has not been parent approved");
    }
}
