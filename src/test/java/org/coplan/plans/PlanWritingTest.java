package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.audit.AuditLog;
import org.coplan.people.Person;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanWork;
import org.coplan.plans.internal.PlanWork.SectionSave;
import org.coplan.plans.internal.SectionRevisions;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanWritingTest extends IntegrationTest {

    @Autowired
    PlanWork work;

    @Autowired
    SectionRevisions revisions;

    @Autowired
    AuditLog audit;

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    /** Starts an EHC plan as the coordinator and returns the path of its version 1. */
    private String startEhcPlan(World world, Visitor coordinator) {
        coordinator.get("/cases/" + world.ownCase() + "/plans");
        Page started = coordinator.post("/cases/" + world.ownCase() + "/plans", Map.of("kind", "EHC"));
        assertThat(started.location()).contains("/versions/1");
        return URI.create(started.location()).getPath();
    }

    private static java.util.UUID planId(String versionPath) {
        return java.util.UUID.fromString(versionPath.split("/")[4]);
    }

    /**
     * Makes a started EHC plan ready to issue as the law allows: the assessment steps on the
     * timeline, every section written, the draft sent with 15 days to comment, and those days
     * run. Returns the coordinator signed in again (15 days outlast a sign-in).
     */
    private Visitor sentAndWindowRun(World world, Visitor coordinator, String plan) {
        planFixtures.decidedToIssue(world.ownCase(), world.coordinator());
        planFixtures.writeEverySection(world.ownCase(), world.coordinator(), planId(plan), 1);
        coordinator.get(plan + "/propose");
        assertThat(coordinator.post(plan + "/propose", Map.of("windowDays", "15")).location()).endsWith(plan);
        clock.advance(java.time.Duration.ofDays(15));
        return signedIn(world.coordinator());
    }

    private static String match(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("page has " + regex).isTrue();
        return m.group(1);
    }

    @Test
    void ehcPlanHasExactlyTheSectionsOfRegulation12EachSeparatelyLabelled() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        String page = coordinator.get(plan).text();
        List<String> headings = List.of(
                "Section A: Views, interests and aspirations", "Section B: Special educational needs",
                "Section C: Health care needs", "Section D: Social care needs", "Section E: Outcomes",
                "Section F: Special educational provision", "Section G: Health care provision",
                "Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970",
                "Section H2: Other social care provision", "Section I: School or other institution",
                "Section J: Personal budget and direct payments", "Section K: Advice and information");
        int last = -1;
        for (String heading : headings) {
            int at = page.indexOf(heading);
            assertThat(at).as(heading).isGreaterThan(last);
            last = at;
        }
        assertThat(SectionCode.of(org.coplan.plans.domain.PlanKind.EHC)).extracting(Enum::name)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K");
    }

    @Test
    void parentContributesToNeedsAndProvisionAndSeesTheWritersAnswers() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        Visitor parent = signedIn(world.parent());

        parent.get(plan + "/sections/b/contribute");
        Page b = parent.post(plan + "/sections/b/contribute", Map.of("kind", "PARENT_CARER_VIEW", "body", "Kit cannot follow long instructions."));
        assertThat(b.location()).contains("/sections/b");
        parent.post(plan + "/sections/f/contribute", Map.of("kind", "PARENT_CARER_VIEW", "body", "Kit needs speech therapy every week."));

        String sectionB = coordinator.get(plan + "/sections/b").body();
        assertThat(sectionB).contains("Kit cannot follow long instructions.");
        String respondB = match(sectionB, "href=\"([^\"]+/respond)\"");
        coordinator.get(respondB);
        assertThat(coordinator.post(respondB, Map.of("outcome", "INCLUDED")).status()).isEqualTo(302);

        String respondF = match(coordinator.get(plan + "/sections/f").body(), "href=\"([^\"]+/respond)\"");
        Page noReason = coordinator.post(respondF, Map.of("outcome", "NOT_INCLUDED"));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.text()).contains("Say why it is not included");
        assertThat(noReason.body()).contains("value=\"NOT_INCLUDED\" checked");
        coordinator.post(respondF, Map.of("outcome", "NOT_INCLUDED", "explanation", "The therapist's advice says fortnightly."));

        String parentB = parent.get(plan + "/sections/b").text();
        assertThat(parentB).contains("Kit cannot follow long instructions.").contains("Included in the plan");
        String parentF = parent.get(plan + "/sections/f").text();
        assertThat(parentF).contains("Not included").contains("The therapist's advice says fortnightly.")
                .contains("Answered by " + world.coordinator().displayName() + ", EHC coordinator, on ");
        assertThat(parent.get(plan + "/print").text()).contains("Not included: The therapist's advice says fortnightly.")
                .contains("Answered by " + world.coordinator().displayName() + ", EHC coordinator");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TestMail.to(world.parent().email())).extracting(TestMail::body)
                        .anySatisfy(body -> assertThat(body).contains("has answered your contribution").doesNotContain("Kit")));
    }

    @Test
    void parentIsNotOfferedProfessionalAdviceAndAPostedOneIsRefusedWithTheirWordsKept() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        Visitor parent = signedIn(world.parent());

        Page form = parent.get(plan + "/sections/b/contribute");
        assertThat(form.body()).contains("value=\"PARENT_CARER_VIEW\" checked").doesNotContain("PROFESSIONAL_ADVICE");
        assertThat(form.text()).contains("Parent or carer view").doesNotContain("Professional advice");

        Page refused = parent.post(plan + "/sections/b/contribute",
                Map.of("kind", "PROFESSIONAL_ADVICE", "body", "Kit needs a quiet room to work in."));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"kind-error\"");
        assertThat(refused.text()).contains("Professional advice comes from the professionals on the case, so choose another kind")
                .contains("Kit needs a quiet room to work in.");
        assertThat(coordinator.get(plan + "/sections/b").text()).doesNotContain("Kit needs a quiet room to work in.");

        Page psychologistForm = signedIn(world.psychologist()).get(plan + "/sections/b/contribute");
        assertThat(psychologistForm.body()).contains("value=\"PROFESSIONAL_ADVICE\" checked").doesNotContain("PARENT_CARER_VIEW");
    }

    @Test
    void finalIsBlockedWhileAContributionIsUnansweredAndThePageListsIt() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        Visitor psychologist = signedIn(world.psychologist());
        psychologist.get(plan + "/sections/k/contribute");
        psychologist.post(plan + "/sections/k/contribute", Map.of("kind", "REPORT", "body", "Psychological advice attached."));

        Page issuePage = coordinator.get(plan + "/issue");
        assertThat(issuePage.text()).contains("Before this plan can be issued")
                .contains("Nothing has been written yet in sections A, B, C, D, E, F, G, H1, H2, I, J, K.")
                .contains("has not been sent to the family for comment")
                .contains("1 contribution is waiting for an answer")
                .contains("Section K: Advice and information: from " + world.psychologist().displayName());
        assertThat(issuePage.body()).contains(plan + "/propose").contains(plan + "/sections/a");
        Page refused = coordinator.post(plan + "/issue", Map.of());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem").contains("Before this plan can be issued");
        assertThat(coordinator.get(plan).text()).contains("draft");

        coordinator = sentAndWindowRun(world, coordinator, plan);
        Page stillWaiting = coordinator.post(plan + "/issue", Map.of());
        assertThat(stillWaiting.text()).contains("There is a problem").contains("1 contribution is waiting for an answer")
                .doesNotContain("has not been sent").doesNotContain("Nothing has been written");
        String respond = match(coordinator.get(plan + "/sections/k").body(), "href=\"([^\"]+/respond)\"");
        coordinator.post(respond, Map.of("outcome", "INCLUDED"));
        Page issued = coordinator.post(plan + "/issue", Map.of());
        assertThat(issued.location()).endsWith(plan);
        assertThat(coordinator.follow(issued).text()).contains("The plan has been issued").contains("Issued on 8 December 2026");
    }

    @Test
    void anIssuedFinalCannotBeEditedButCanBeAmendedAndStaysReadable() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        coordinator.get(plan + "/sections/a/edit");
        coordinator.post(plan + "/sections/a/edit", Map.of("body", "Kit wants to be a train driver."));
        coordinator = sentAndWindowRun(world, coordinator, plan);
        assertThat(coordinator.post(plan + "/issue", Map.of()).location()).endsWith(plan);

        assertThat(coordinator.get(plan + "/sections/a/edit").status()).isEqualTo(404);
        assertThat(coordinator.post(plan + "/sections/a/edit", Map.of("body", "Changed after issue")).status()).isEqualTo(404);
        assertThat(signedIn(world.parent()).get(plan + "/sections/a/contribute").status()).isEqualTo(404);

        Page amended = coordinator.post(plan + "/amend", Map.of());
        String amendment = URI.create(amended.location()).getPath();
        assertThat(amendment).endsWith("/versions/2");
        assertThat(coordinator.get(amendment + "/sections/a").text()).contains("Kit wants to be a train driver.");
        coordinator.get(amendment + "/sections/a/edit");
        String form = coordinator.get(amendment + "/sections/a/edit").body();
        coordinator.post(amendment + "/sections/a/edit", Map.of("body", "Kit wants to drive trains and buses.",
                "basedOn", match(form, "name=\"basedOn\" value=\"([^\"]+)\"")));
        assertThat(coordinator.get(plan + "/sections/a").text()).contains("Kit wants to be a train driver.")
                .doesNotContain("buses");
        assertThat(coordinator.get(amendment + "/sections/a").text()).contains("Kit wants to drive trains and buses.");
    }

    @Test
    void twoWritersSavingFromTheSameRevisionTheSecondSeesBothTexts() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        Visitor manager = signedIn(world.manager());
        String plan = startEhcPlan(world, coordinator);
        coordinator.get(plan + "/sections/b/edit");
        coordinator.post(plan + "/sections/b/edit", Map.of("body", "First text."));

        String coordinatorForm = coordinator.get(plan + "/sections/b/edit").body();
        String managerForm = manager.get(plan + "/sections/b/edit").body();
        String base = match(coordinatorForm, "name=\"basedOn\" value=\"([^\"]+)\"");
        assertThat(match(managerForm, "name=\"basedOn\" value=\"([^\"]+)\"")).isEqualTo(base);

        assertThat(coordinator.post(plan + "/sections/b/edit", Map.of("body", "Coordinator's words.", "basedOn", base)).status()).isEqualTo(302);
        Page conflict = manager.post(plan + "/sections/b/edit", Map.of("body", "Manager's words.", "basedOn", base));
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.text()).contains("Someone else saved this while you were writing").contains("Coordinator's words.")
                .contains("Manager's words.");

        String history = coordinator.get(plan + "/sections/b/history").body();
        assertThat(history).contains("<ins>").contains("First text.");
    }

    @Test
    void underConcurrentSavesRevisionsStoredEqualSuccessfulSaves() throws Exception {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        UUID planId = UUID.fromString(match(plan, "/plans/([0-9a-f-]{36})/"));
        PlanContext writer = planFixtures.open(world.coordinator(), world.ownCase(), planId, 1, PlanAction.WRITE);
        PlanContext manager = planFixtures.open(world.manager(), world.ownCase(), planId, 1, PlanAction.WRITE);

        int rounds = 10;
        int writers = 12;
        int successes = 0;
        UUID base = null;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < rounds; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<SectionSave>> saves = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    PlanContext who = w % 2 == 0 ? writer : manager;
                    String text = "round " + round + " writer " + w;
                    UUID from = base;
                    saves.add(pool.submit(() -> {
                        go.await();
                        return work.saveSection(who, SectionCode.C, text, from, null);
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<SectionSave> f : saves) {
                    if (f.get() instanceof SectionSave.Saved saved) {
                        won++;
                        base = saved.revision().id();
                    }
                }
                assertThat(won).as("exactly one save wins round " + round).isEqualTo(1);
                successes += won;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(revisions.history(writer.version().id(), SectionCode.C)).hasSize(successes);
    }

    @Test
    void familyMarksAgreementPerSectionAndDisagreementsStayOnTheFinal() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        coordinator.get(plan + "/propose");
        Page notAssessed = coordinator.post(plan + "/propose", Map.of("windowDays", "15"));
        assertThat(notAssessed.text()).contains("There is a problem").contains("Record the decision to issue a plan first")
                .contains("Record that step on the timeline");
        assertThat(coordinator.get(plan).text()).doesNotContain("Comments are open");
        planFixtures.decidedToIssue(world.ownCase(), world.coordinator());
        planFixtures.writeEverySection(world.ownCase(), world.coordinator(), planId(plan), 1);
        Page tooShort = coordinator.post(plan + "/propose", Map.of("windowDays", "7"));
        assertThat(tooShort.text()).contains("Give at least 15 days");
        coordinator.post(plan + "/propose", Map.of("windowDays", "15"));
        assertThat(coordinator.get(plan).text()).contains("Comments are open until the end of 7 December 2026");

        Visitor parent = signedIn(world.parent());
        Map<String, String> marks = new HashMap<>();
        for (SectionCode code : SectionCode.of(org.coplan.plans.domain.PlanKind.EHC)) {
            marks.put("mark-" + code.name(), "AGREE");
        }
        marks.put("mark-F", "DISAGREE");
        parent.get(plan + "/agreement");
        Page missingReason = parent.post(plan + "/agreement", marks);
        assertThat(missingReason.status()).isEqualTo(200);
        assertThat(missingReason.text()).contains("Say what you disagree with in Section F: Special educational provision, and why");
        assertThat(missingReason.body()).contains("value=\"DISAGREE\" checked");
        marks.put("reason-F", "One session a week is not enough.");
        assertThat(parent.post(plan + "/agreement", marks).status()).isEqualTo(302);

        String overview = coordinator.get(plan).text();
        assertThat(overview).contains("Who agrees, section by section").contains("Disagrees").contains("Not read yet");
        assertThat(signedIn(world.psychologist()).get(plan + "/agreement").status()).as("professionals were not asked").isEqualTo(404);

        assertThat(coordinator.post(plan + "/issue", Map.of()).text())
                .contains("The family can comment until the end of 7 December 2026. The plan can be issued from 8 December 2026.");
        clock.advance(java.time.Duration.ofDays(15));
        // Fifteen days on, a sign-in has long passed its 12 hours: both sign in again, as people would.
        coordinator = signedIn(world.coordinator());
        parent = signedIn(world.parent());
        assertThat(coordinator.post(plan + "/issue", Map.of()).location()).endsWith(plan);
        String finalSection = parent.get(plan + "/sections/f").text();
        assertThat(finalSection).contains("final").contains("One session a week is not enough.");
        assertThat(coordinator.get(plan + "/print").text()).contains("disagrees: One session a week is not enough.");
        org.coplan.support.Visitor.Page pdf = coordinator.get(plan + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(audit.forCase(world.ownCase().value(), 5)).anySatisfy(e -> assertThat(e.subject()).endsWith(": PDF"));
        assertThat(parent.get(plan + "/agreement").status()).isEqualTo(404);
    }

    @Test
    void outcomesLinkToNeedsAndProvisionLinksToOutcomes() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        coordinator.get(plan + "/sections/b/items/new");
        coordinator.post(plan + "/sections/b/items/new", Map.of("description", "Finds multi-step instructions hard"));
        String need = match(coordinator.get(plan + "/sections/e/items/new").body(), "name=\"links\" type=\"checkbox\"\\s+value=\"([0-9a-f-]{36})\"");
        Page noWhen = coordinator.post(plan + "/sections/e/items/new", Map.of("description", "Follows a three-step instruction", "links", need));
        assertThat(noWhen.text()).contains("Say by when the outcome should be reached");
        coordinator.post(plan + "/sections/e/items/new", Map.of("description", "Follows a three-step instruction", "byWhen", "July 2027", "links", need));
        String outcome = match(coordinator.get(plan + "/sections/f/items/new").body(), "name=\"links\" type=\"checkbox\"\\s+value=\"([0-9a-f-]{36})\"");
        Page vague = coordinator.post(plan + "/sections/f/items/new", Map.of("description", "Speech and language therapy", "links", outcome));
        assertThat(vague.text()).contains("Say who provides it").contains("Say how often");
        coordinator.post(plan + "/sections/f/items/new", Map.of("description", "Speech and language therapy", "provider", "NHS therapist",
                "frequency", "Once a week", "sessionLength", "45 minutes", "groupSize", "1 to 1", "links", outcome));
        String f = signedIn(world.parent()).get(plan + "/sections/f").text();
        assertThat(f).contains("Speech and language therapy").contains("Once a week").contains("45 minutes")
                .contains("Outcomes it serves").contains("Follows a three-step instruction");
        assertThat(coordinator.get(plan + "/sections/e").text()).contains("Needs it addresses").contains("Finds multi-step instructions hard");
    }

    @Test
    void theWriterSeesJargonLongSentencesAndAReadingScoreAndEveryoneSeesVagueProvision() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        coordinator.get(plan + "/sections/b/edit");
        coordinator.post(plan + "/sections/b/edit", Map.of("body",
                "Kit has SEMH needs and sees the SaLT. In class Kit finds it very hard to follow spoken instructions that have more than"
                        + " two steps when the room is noisy and there are lots of other children talking at the same time."));
        String writerView = coordinator.get(plan + "/sections/b").text();
        assertThat(writerView).contains("Plain language check").contains("Reading ease score:")
                .contains("Short form: “SEMH”").contains("Short form: “SaLT”").contains("Long sentence: This sentence has");
        String parentView = signedIn(world.parent()).get(plan + "/sections/b").text();
        assertThat(parentView).doesNotContain("Plain language check").contains("Words we use");

        coordinator.get(plan + "/sections/f/items/new");
        coordinator.post(plan + "/sections/f/items/new", Map.of("description", "Access to a quiet space", "provider", "Teaching assistant",
                "frequency", "as required"));
        String f = signedIn(world.parent()).get(plan + "/sections/f").text();
        assertThat(f).contains("This provision is not yet specific").contains("“Access to”").contains("“as required”");
    }

    @Test
    void commentsAreThreadedAndEmptyOnesAreRefused() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        Visitor parent = signedIn(world.parent());
        parent.get(plan + "/sections/a");
        Page empty = parent.post(plan + "/sections/a/comments", Map.of("comment", " "));
        assertThat(empty.text()).contains("Write your comment");
        parent.post(plan + "/sections/a/comments", Map.of("comment", "Can we add Kit's drawing?"));
        String commentId = match(coordinator.get(plan + "/sections/a").body(), "name=\"replyTo\" value=\"([0-9a-f-]{36})\"");
        coordinator.post(plan + "/sections/a/comments", Map.of("reply-" + commentId, "Yes, please attach it as a contribution.", "replyTo", commentId));
        String page = parent.get(plan + "/sections/a").text();
        assertThat(page.indexOf("Can we add Kit's drawing?")).isLessThan(page.indexOf("Yes, please attach it"));
    }

    @Test
    void aParentWhoseYoungPersonChoseViewOnlyCanReadButNotContribute() {
        World world = fixtures.world(java.time.LocalDate.of(2009, 3, 1));
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        fixtures.cases().parentAccess(world.ownCase(), org.coplan.cases.ParentAccessChoice.VIEW_ONLY);
        Visitor parent = signedIn(world.parent());
        assertThat(parent.get(plan + "/sections/b").status()).isEqualTo(200);
        assertThat(parent.get(plan + "/sections/b/contribute").status()).isEqualTo(404);
        assertThat(signedIn(world.child()).get(plan + "/sections/b/contribute").status()).isEqualTo(200);
    }

    @Test
    void everyExportAndChangeIsAudited() {
        World world = fixtures.world();
        Visitor coordinator = signedIn(world.coordinator());
        String plan = startEhcPlan(world, coordinator);
        coordinator.get(plan + "/print");
        assertThat(audit.forCase(world.ownCase().value(), 10)).anySatisfy(e -> {
            assertThat(e.action().name()).isEqualTo("EXPORTED");
            assertThat(e.subject()).contains("print");
        });
        assertThat(audit.forCase(world.ownCase().value(), 10)).anySatisfy(e -> assertThat(e.subject()).isEqualTo("EHC plan: started"));
    }

}
