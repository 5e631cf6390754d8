package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coplan.cases.CaseMember;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParticipationChoices;
import org.coplan.people.Person;
import org.coplan.plans.PlanInvolvement.MemberReached;
import org.coplan.plans.PlanInvolvement.Reached;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.PlanPdf;
import org.coplan.plans.internal.PlanViews;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What plans do for each level of involvement a family member chose: every level is told of each
 * plan version sent or issued; "co-producing" also gets agreement marks on every section while the
 * plan is written and is named co-author of section A. Each version records the level each family
 * member reached, for the case page to set beside the level they chose.
 */
class InvolvementInPlansTest extends IntegrationTest {

    @Autowired
    PlanSetup setup;

    @Autowired
    PlanInvolvement involvement;

    @Autowired
    PlanViews views;

    @Autowired
    PlanPdf pdf;

    private void chooses(CaseMember member, Involvement level) {
        fixtures.cases().participation(new ParticipationChoices(member.id(), level, Set.of(ContactChannel.EMAIL), "English", false, "",
                Set.of(), "", 0, null));
    }

    /** A started EHC plan with every section written, as a draft. */
    private UUID draftPlan(World w) {
        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        UUID plan = setup.start(w.coordinator().id(), w.ownCase(), PlanKind.EHC);
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), plan, 1);
        return plan;
    }

    private Visitor signedIn(Person p) {
        Visitor v = visitor();
        v.signIn(p.email(), Fixtures.PASSWORD);
        return v;
    }

    private static List<String> subjects(Person p) {
        return TestMail.to(p.email()).stream().map(InvolvementInPlansTest::subject).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MemberReached reached(World w, CaseMember member) {
        return involvement.current(w.ownCase()).stream()
                .filter(r -> r.memberId().equals(member.id()) && r.kind() == PlanKind.EHC)
                .findFirst().orElseThrow();
    }

    private static Map<String, String> agreeToEverySection() {
        Map<String, String> marks = new java.util.HashMap<>();
        SectionCode.of(PlanKind.EHC).forEach(c -> marks.put("mark-" + c.name(), "AGREE"));
        return marks;
    }

    private String path(World w, UUID plan, int version) {
        return "/cases/" + w.ownCase() + "/plans/" + plan + "/versions/" + version;
    }

    @Test
    void keptInformedFamilyIsToldOfEveryPlanVersionSentOrIssuedWithoutTheChildsName() {
        World w = fixtures.world();
        chooses(w.parentMember(), Involvement.KEPT_INFORMED);
        UUID plan = draftPlan(w);
        assertThat(reached(w, w.parentMember()).reached()).isEqualTo(Reached.NONE);
        assertThat(reached(w, w.parentMember()).gap()).isTrue();

        LocalDate today = LocalDate.now(clock);
        setup.propose(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(7));
        // an EHC draft is told by the statutory comment window's own message; it counts, and is not sent twice
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                .until(() -> reached(w, w.parentMember()).reached() == Reached.INFORMED);
        assertThat(subjects(w.parent())).noneMatch(s -> s.startsWith("A plan has been sent to you for comment"));
        setup.issue(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(4));
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                .until(() -> subjects(w.parent()).stream().anyMatch(s -> s.startsWith("A plan has been issued")));
        // the child on the team is told too; the coordinator who issued it is not
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                .until(() -> subjects(w.child()).stream().anyMatch(s -> s.startsWith("A plan has been issued")));
        assertThat(subjects(w.coordinator())).noneMatch(s -> s.startsWith("A plan has been"));

        // an SEN support plan has no statutory window, so its draft sent for comment is told here
        UUID sen = setup.start(w.senco().id(), w.ownCase(), PlanKind.SEN_SUPPORT);
        setup.propose(w.senco().id(), w.ownCase(), sen, 1, today);
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                .until(() -> subjects(w.parent()).stream().anyMatch(s -> s.startsWith("A plan has been sent to you for comment")));
        TestMail.to(w.parent().email()).forEach(m -> assertThat(TestMail.body(m)).doesNotContain("Kit"));

        MemberReached r = reached(w, w.parentMember());
        assertThat(r.chosen()).isEqualTo(Involvement.KEPT_INFORMED);
        assertThat(r.reached()).isEqualTo(Reached.INFORMED);
        assertThat(r.gap()).isFalse();
    }

    @Test
    void askedForViewsFamilyWhoContributesReachesContributedAndIsOfferedNoAgreementMarksOnADraft() {
        World w = fixtures.world();
        chooses(w.parentMember(), Involvement.ASKED_FOR_VIEWS);
        UUID plan = draftPlan(w);
        Visitor coordinator = signedIn(w.coordinator());
        String before = coordinator.get(path(w, plan, 1)).text();
        assertThat(before).contains("How involved the family has been in this version",
                w.parent().displayName() + " (Parent or carer) Ask for my views Not told about it yet Below what they chose");
        Visitor parent = signedIn(w.parent());
        assertThat(parent.get(path(w, plan, 1)).text()).as("the lead's view").doesNotContain("How involved the family has been");
        assertThat(parent.get(path(w, plan, 1) + "/agreement").status()).isEqualTo(404);
        parent.get(path(w, plan, 1) + "/sections/b/contribute");
        parent.post(path(w, plan, 1) + "/sections/b/contribute", Map.of("kind", "PARENT_CARER_VIEW", "body", "Kit needs quiet."));
        assertThat(coordinator.get(path(w, plan, 1)).text())
                .contains(w.parent().displayName() + " (Parent or carer) Ask for my views Contributed or commented")
                .doesNotContain(w.parent().displayName() + " (Parent or carer) Ask for my views Contributed or commented Below");

        MemberReached r = reached(w, w.parentMember());
        assertThat(r.reached()).isEqualTo(Reached.CONTRIBUTED);
        assertThat(r.gap()).isFalse();
    }

    @Test
    void involvedInDecisionsFamilyMarksAgreementOnceTheDraftIsSentAndReachesAgreedSections() {
        World w = fixtures.world();
        chooses(w.parentMember(), Involvement.INVOLVED_IN_DECISIONS);
        UUID plan = draftPlan(w);
        Visitor parent = signedIn(w.parent());
        assertThat(parent.get(path(w, plan, 1) + "/agreement").status()).isEqualTo(404);
        setup.propose(w.coordinator().id(), w.ownCase(), plan, 1, LocalDate.now(clock));
        assertThat(reached(w, w.parentMember()).gap()).as("told, but not yet asked where they stand").isTrue();

        assertThat(parent.get(path(w, plan, 1) + "/agreement").status()).isEqualTo(200);
        parent.post(path(w, plan, 1) + "/agreement", agreeToEverySection());
        MemberReached r = reached(w, w.parentMember());
        assertThat(r.reached()).isEqualTo(Reached.AGREED_SECTIONS);
        assertThat(r.gap()).isFalse();
    }

    @Test
    void coProducingFamilyMarksEverySectionWhileThePlanIsWrittenAndIsNamedCoAuthorOfSectionA() throws IOException {
        World w = fixtures.world();
        chooses(w.parentMember(), Involvement.CO_PRODUCING);
        chooses(w.childMember(), Involvement.ASKED_FOR_VIEWS);
        UUID plan = draftPlan(w);

        Visitor parent = signedIn(w.parent());
        Visitor.Page agreement = parent.get(path(w, plan, 1) + "/agreement");
        assertThat(agreement.status()).as("agreement marks offered on a draft").isEqualTo(200);
        for (SectionCode code : SectionCode.of(PlanKind.EHC)) {
            assertThat(agreement.body()).contains("name=\"mark-" + code.name() + "\"");
        }
        assertThat(signedIn(w.child()).get(path(w, plan, 1) + "/agreement").status())
                .as("not for a family member who did not choose to co-produce").isEqualTo(404);

        String coAuthor = "Written with: " + w.parent().displayName() + " (Parent or carer)";
        assertThat(parent.get(path(w, plan, 1) + "/sections/a").text()).contains(coAuthor);
        assertThat(parent.get(path(w, plan, 1) + "/sections/b").text()).doesNotContain("Written with:");
        Visitor coordinator = signedIn(w.coordinator());
        assertThat(coordinator.get(path(w, plan, 1) + "/print").text()).contains(coAuthor);
        var p = planFixtures.open(w.coordinator(), w.ownCase(), plan, 1, PlanAction.VIEW);
        try (PDDocument doc = Loader.loadPDF(pdf.render(views.document(p)))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(coAuthor);
        }

        // their own words quoted in section A, and agreement marked: co-authored
        parent.get("/cases/" + w.ownCase() + "/about-me/important-to-me");
        parent.post("/cases/" + w.ownCase() + "/about-me/important-to-me", Map.of("body", "Kit loves the sea."));
        coordinator.post(path(w, plan, 1) + "/sections/a/from-about-me", Map.of());
        parent.post(path(w, plan, 1) + "/agreement", agreeToEverySection());
        MemberReached r = reached(w, w.parentMember());
        assertThat(r.chosen()).isEqualTo(Involvement.CO_PRODUCING);
        assertThat(r.reached()).isEqualTo(Reached.CO_AUTHORED);
        assertThat(r.gap()).isFalse();
    }

    @Test
    void sectionAQuotesAllAboutMeAndTheChildsViewsAndAChangeToQuotedWordsStandsOnlyOnceTheFamilyAccepts() {
        World w = fixtures.world();
        UUID plan = draftPlan(w);
        Visitor parent = signedIn(w.parent());
        parent.get("/cases/" + w.ownCase() + "/about-me/like-and-admire");
        parent.post("/cases/" + w.ownCase() + "/about-me/like-and-admire", Map.of("body", "Kit is funny and kind."));
        // the parent helps the child give their views
        parent.get("/cases/" + w.ownCase() + "/my-voice");
        parent.post("/cases/" + w.ownCase() + "/my-voice", Map.of());
        parent.get("/cases/" + w.ownCase() + "/my-voice/1");
        parent.post("/cases/" + w.ownCase() + "/my-voice/1", Map.of("choices", "DRAWING", "words", "I draw trains", "basedOn", "0"));
        parent.post("/cases/" + w.ownCase() + "/my-voice/send", Map.of());

        Visitor coordinator = signedIn(w.coordinator());
        String a = path(w, plan, 1) + "/sections/a";
        coordinator.post(a + "/from-about-me", Map.of());
        String page = coordinator.get(a).text();
        assertThat(page).contains("“Kit is funny and kind.”", w.parent().displayName() + " (Parent or carer), in their own words")
                .contains("“I draw trains”", "Picked: Drawing",
                        "Kit (Child or young person), in their own words, with help from " + w.parent().displayName() + " (Parent or carer)");
        assertThat(coordinator.get(a + "/edit").text()).as("the writer's own text is kept apart from the quotes")
                .contains("To change their words, use \"Suggest a change\" on the section page")
                .doesNotContain("“I draw trains”");
        // starting again adds nothing twice
        coordinator.post(a + "/from-about-me", Map.of());
        assertThat(coordinator.get(a).text().split("“I draw trains”", -1)).hasSize(2);

        String html = coordinator.get(a).body();
        String lineage = html.replaceAll("(?s).*?/quotes/([0-9a-f-]{36})/change.*", "$1");
        Visitor.Page refused = coordinator.post(a + "/quotes/" + lineage + "/change", Map.of("words", "", "reason", ""));
        assertThat(refused.text()).contains("Write the words you suggest", "Say why you suggest this change");
        coordinator.post(a + "/quotes/" + lineage + "/change", Map.of("words", "Kit is funny, kind and brave.", "reason", "From the review"));
        assertThat(coordinator.get(a).text()).contains("“Kit is funny and kind.”").contains("has suggested changing these words");
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20))
                .until(() -> subjects(w.parent()).stream().anyMatch(s -> s.startsWith("A change to your words in a plan")));

        // only the person who said them answers; the writer cannot accept for them
        assertThat(coordinator.post(a + "/quotes/" + lineage + "/answer", Map.of("answer", "accept")).status()).isEqualTo(404);
        parent.get(a);
        parent.post(a + "/quotes/" + lineage + "/answer", Map.of("answer", "decline"));
        assertThat(parent.get(a).text()).contains("“Kit is funny and kind.”").doesNotContain("brave");

        coordinator.post(a + "/quotes/" + lineage + "/change", Map.of("words", "Kit is funny, kind and brave.", "reason", "Again"));
        parent.post(a + "/quotes/" + lineage + "/answer", Map.of("answer", "accept"));
        assertThat(parent.get(a).text()).contains("“Kit is funny, kind and brave.”").doesNotContain("“Kit is funny and kind.”");
    }
}
