package org.coplan.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.Stage;
import org.coplan.measures.ConfidenceMoment;
import org.coplan.measures.internal.ConfidenceMoments;
import org.coplan.meetings.ReviewMeetingHeld;
import org.coplan.people.Person;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.domain.PlanKind;
import org.coplan.resolution.DisagreementMoved;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ConfidenceSurveyTest extends IntegrationTest {

    @Autowired
    ConfidenceSurveys surveys;

    @Autowired
    ConfidenceMoments moments;

    @Autowired
    PlanSetup plans;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    // --- offered at each moment once, and not again inside the period

    @Test
    void eachMomentIsOfferedOnceToEachFamilyMemberAndNothingMoreInsideThePeriod() {
        World w = fixtures.world();
        assertThat(surveys.offer(w.ownCase(), ConfidenceMoment.PLAN_SENT, "plan-x-1")).as("the parent and the child").isEqualTo(2);
        assertThat(surveys.offer(w.ownCase(), ConfidenceMoment.PLAN_SENT, "plan-x-1")).as("the same moment again").isZero();
        assertThat(surveys.offer(w.ownCase(), ConfidenceMoment.REVIEW_HELD, "review-1")).as("inside the period").isZero();
        assertThat(offersTo(w.parent())).isEqualTo(1);
        assertThat(offersTo(w.coordinator())).as("staff are never offered it").isZero();

        clock.advance(Duration.ofDays(89));
        assertThat(surveys.offer(w.ownCase(), ConfidenceMoment.REVIEW_HELD, "review-1")).as("a day short of 90").isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(surveys.offer(w.ownCase(), ConfidenceMoment.REVIEW_HELD, "review-1")).isEqualTo(2);
        clock.advance(Duration.ofDays(200));
        assertThat(surveys.offer(w.ownCase(), ConfidenceMoment.PLAN_SENT, "plan-x-1")).as("a moment is offered once, ever").isZero();
        assertThat(offersTo(w.parent())).isEqualTo(2);
    }

    @Test
    void aPlanSentForCommentOffersTheSurvey() {
        World w = fixtures.world();
        UUID sen = plans.start(w.senco().id(), w.ownCase(), PlanKind.SEN_SUPPORT);
        plans.propose(w.senco().id(), w.ownCase(), sen, 1, LocalDate.now(clock));
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20)).until(() -> offersTo(w.parent()) == 1);
        assertThat(moment(w.parent())).isEqualTo("PLAN_SENT");
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                .until(() -> subjects(w.parent()).contains("How do you feel about the help you get?"));
    }

    @Autowired
    org.coplan.support.MeetingFixtures meetingFixtures;

    @Test
    void anAnnualReviewMeetingRecordedAsHeldOffersTheSurveyOnceThePeriodHasPassed() {
        World w = fixtures.world();
        LocalDate today = LocalDate.now(clock);
        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        UUID plan = plans.start(w.coordinator().id(), w.ownCase(), PlanKind.EHC);
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), plan, 1);
        plans.propose(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(7));
        plans.issue(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(4));
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20)).until(() -> offersTo(w.parent()) == 1);

        clock.advance(Duration.ofDays(91));
        UUID meeting = meetingFixtures.annualReview(w.coordinator(), w.ownCase());
        clock.advance(Duration.ofMinutes(5));
        Visitor coordinator = signedIn(w.coordinator());
        String path = "/cases/" + w.ownCase() + "/meetings/" + meeting;
        coordinator.get(path);
        assertThat(coordinator.post(path + "/complete", Map.of()).status()).isEqualTo(302);
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20)).until(() -> offersTo(w.parent()) == 2);
        assertThat(moment(w.parent())).isEqualTo("REVIEW_HELD");
    }

    @Test
    void aReviewMeetingHeldOffersTheSurvey() {
        World w = fixtures.world();
        publish(new ReviewMeetingHeld(w.ownCase(), UUID.randomUUID(), LocalDate.now(clock)));
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20)).until(() -> offersTo(w.parent()) == 1);
        assertThat(moment(w.parent())).isEqualTo("REVIEW_HELD");
    }

    @Test
    void aDisagreementClosedOffersTheSurveyButOneThatMovesOnDoesNot() {
        World w = fixtures.world();
        UUID d = UUID.randomUUID();
        publish(new DisagreementMoved(w.ownCase(), d, w.parent().id(), w.coordinator().id(), "Cora", "MEDIATION", null));
        publish(new DisagreementMoved(w.ownCase(), d, w.parent().id(), w.coordinator().id(), "Cora", "CLOSED", "AGREED"));
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20)).until(() -> offersTo(w.parent()) == 1);
        assertThat(moment(w.parent())).isEqualTo("DISAGREEMENT_CLOSED");
        assertThat(jdbc.sql("select moment_key from confidence_offer where person_id = ?").param(w.parent().id().value())
                .query(String.class).single()).isEqualTo("disagreement-" + d);
    }

    @Test
    void casesAtSenSupportAreOfferedItOnceATerm() {
        World w = fixtures.world();
        Person parent = fixtures.person("Sally Support");
        CaseId atSupport = fixtures.cases().openCase(w.senco().id(), CaseRole.SENCO, "Sam", "Support", null, LocalDate.of(2017, 3, 1),
                w.school().id(), w.localAuthority().id(), Stage.SEN_SUPPORT);
        fixtures.cases().addMember(atSupport, parent.id(), CaseRole.PARENT_CARER);
        // a term of its own, far from any other test's
        int year = 2100 + (int) (System.nanoTime() % 800);
        clock.set(ZonedDateTime.of(year, 10, 1, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant());

        assertThat(moments.offerThisTerm()).isPositive();
        assertThat(offersTo(parent)).isEqualTo(1);
        assertThat(moment(parent)).isEqualTo("TERM_AT_SEN_SUPPORT");
        assertThat(offersTo(w.parent())).as("a case not at SEN support").isZero();
        assertThat(moments.offerThisTerm()).as("once a term, on one node").isZero();
    }

    // --- by the family's chosen channel

    @Test
    void theOfferGoesByEachPersonsChosenChannelAndNeverNamesTheChild() {
        World w = fixtures.world();
        fixtures.cases().participation(new ParticipationChoices(w.parentMember().id(), Involvement.KEPT_INFORMED,
                java.util.Set.of(ContactChannel.TEXT), "English", false, null, java.util.Set.of(), null, 0, null));
        surveys.offer(w.ownCase(), ConfidenceMoment.PLAN_SENT, "plan-channel");

        assertThat(jdbc.sql("select channel from outbound_message where case_id = ? and recipient_name = ?")
                .params(w.ownCase().value(), w.parent().displayName()).query(String.class).list()).containsExactly("TEXT");
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                .until(() -> subjects(w.child()).contains("Tell us how it is going"));
        assertThat(subjects(w.parent())).doesNotContain("How do you feel about the help you get?");
        String body = TestMail.body(TestMail.to(w.child().email()).getLast());
        assertThat(body).contains("/confidence/").doesNotContain(familyName(w));
    }

    // --- answered, and seen by the family

    @Test
    void aParentAnswersFromTheLinkWithoutSigningInAndSeesTheirAnswers() {
        World w = fixtures.world();
        String link = offerAndLink(w);
        Visitor anyone = visitor();
        Page form = anyone.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("I am told what is happening.", "Skip this survey", "Don't know").doesNotContain(familyName(w));

        Map<String, String> answers = answers("AGREE");
        answers.put("clear", "STRONGLY_DISAGREE");
        answers.put("words", "Tell me sooner when a meeting moves.");
        answers.put("mayShare", "yes");
        assertThat(anyone.post(link, answers).status()).isEqualTo(302);
        Page thanks = anyone.get(link);
        assertThat(thanks.text()).contains("Thank you", "Tell me sooner when a meeting moves.", "Strongly disagree", "Yes, without your name");

        Visitor parent = signedIn(w.parent());
        assertThat(parent.get("/confidence/answers").text()).contains("Your answers", "Tell me sooner when a meeting moves.", "Strongly disagree");
        assertThat(signedIn(w.child()).get("/confidence/answers").text()).contains("You have not answered any surveys yet.")
                .doesNotContain("Tell me sooner");
        assertThat(jdbc.sql("select clear from confidence_answer a join confidence_offer o on o.id = a.offer_id where o.person_id = ?")
                .param(w.parent().id().value()).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void theOpenOfferIsOnTheFamilysCasePageAndOpensForThemOnly() {
        World w = fixtures.world();
        surveys.offer(w.ownCase(), ConfidenceMoment.PLAN_SENT, "plan-case-page");
        Visitor parent = signedIn(w.parent());
        String page = parent.get("/cases/" + w.ownCase()).body();
        assertThat(page).contains("Answer the short survey");
        String offer = page.replaceAll("(?s).*(/confidence/offers/[0-9a-f-]{36}).*", "$1");
        assertThat(parent.get(offer).text()).contains("I am told what is happening.");
        assertThat(signedIn(w.coordinator()).get("/cases/" + w.ownCase()).body()).doesNotContain("Answer the short survey");
        Page other = signedIn(w.coordinator()).get(offer);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.text()).contains("This link is for someone else").doesNotContain(familyName(w));

        assertThat(parent.post(offer + "/skip", Map.of()).status()).isEqualTo(302);
        assertThat(parent.get(offer).text()).contains("You skipped this survey", "Nothing changes");
        assertThat(parent.get("/cases/" + w.ownCase()).body()).doesNotContain("Answer the short survey");
        assertThat(jdbc.sql("select count(*) from confidence_answer where case_id = ?").param(w.ownCase().value()).query(Integer.class)
                .single()).as("skipping stores nothing").isZero();
    }

    // --- bad input

    @Test
    void aSurveyAnsweredTwiceIsRefusedAndTheWordsAreKept() {
        World w = fixtures.world();
        String link = offerAndLink(w);
        Visitor anyone = visitor();
        anyone.get(link);
        assertThat(anyone.post(link, answers("AGREE")).status()).isEqualTo(302);
        Map<String, String> again = answers("DISAGREE");
        again.put("words", "Second thoughts here");
        Page refused = anyone.post(link, again);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("You have already answered this survey", "Second thoughts here");
        assertThat(jdbc.sql("select count(*) from confidence_answer where case_id = ?").param(w.ownCase().value()).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aLinkUsedBySomeoneElseSignedInIsRefusedAndShowsNothingOfTheCase() {
        World w = fixtures.world();
        String link = offerAndLink(w);
        Visitor outsider = signedIn(w.outsider());
        Page shown = outsider.get(link);
        assertThat(shown.status()).isEqualTo(403);
        assertThat(shown.text()).contains("This link is for someone else").doesNotContain("I am told what is happening.")
                .doesNotContain(familyName(w));
        Map<String, String> form = answers("AGREE");
        form.put("words", "Typed by another");
        Page posted = outsider.post(link, form);
        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.text()).contains("Typed by another");
        assertThat(jdbc.sql("select count(*) from confidence_answer where case_id = ?").param(w.ownCase().value()).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void aLinkAfterItExpiredIsRefusedAndTheWordsAreKept() {
        World w = fixtures.world();
        String link = offerAndLink(w);
        Visitor anyone = visitor();
        anyone.get(link);
        clock.advance(Duration.ofDays(31));
        assertThat(anyone.get(link).status()).isEqualTo(410);
        Map<String, String> form = answers("AGREE");
        form.put("words", "Late but honest");
        Page refused = anyone.post(link, form);
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.text()).contains("This link has run out", "Late but honest");
    }

    @Test
    void anAnswerOutsideTheScaleIsRefusedBesideItsQuestionAndTheWordsAreKept() {
        World w = fixtures.world();
        String link = offerAndLink(w);
        Visitor anyone = visitor();
        anyone.get(link);
        Map<String, String> form = answers("AGREE");
        form.put("honest", "9");
        form.remove("listened");
        form.put("words", "Kept words");
        Page refused = anyone.post(link, form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("There is a problem", "Choose one of the answers shown", "Choose an answer for this question",
                "Kept words");
        assertThat(refused.body()).containsPattern("name=\"informed\" type=\"radio\"\\s+value=\"AGREE\" checked");
        assertThat(anyone.get("/confidence/not-a-real-link").status()).isEqualTo(404);
    }

    // --- helpers

    private String offerAndLink(World w) {
        surveys.offer(w.ownCase(), ConfidenceMoment.PLAN_SENT, "plan-link");
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                .until(() -> subjects(w.parent()).contains("How do you feel about the help you get?"));
        return TestMail.latestLink(w.parent().email(), "/confidence/");
    }

    private static Map<String, String> answers(String each) {
        Map<String, String> form = new HashMap<>();
        for (String s : List.of("informed", "contact", "honest", "listened", "clear")) {
            form.put(s, each);
        }
        form.put("version", "standard");
        return form;
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
    }

    private int offersTo(Person p) {
        return jdbc.sql("select count(*) from confidence_offer where person_id = ?").param(p.id().value()).query(Integer.class).single();
    }

    private String moment(Person p) {
        return jdbc.sql("select moment from confidence_offer where person_id = ? order by offered_at desc limit 1").param(p.id().value())
                .query(String.class).single();
    }

    private String familyName(World w) {
        return jdbc.sql("select family_name from child_case where id = ?").param(w.ownCase().value()).query(String.class).single();
    }

    private Visitor signedIn(Person p) {
        Visitor v = visitor();
        v.signIn(p.email(), Fixtures.PASSWORD);
        return v;
    }

    private static List<String> subjects(Person p) {
        return TestMail.to(p.email()).stream().map(ConfidenceSurveyTest::subject).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
