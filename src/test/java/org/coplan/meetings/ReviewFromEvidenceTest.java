package org.coplan.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.people.Person;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.PlannedProvision;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.PlanWork;
import org.coplan.provision.FidelitySince;
import org.coplan.provision.ProgressSince;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.MeetingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * An annual review meeting opens with the views gathered beforehand, then the evidence since the
 * last review (progress on each outcome, delivery of each provision item), kept as it was once the
 * meeting is held; the review's proposals become the plan's amendment draft in one step.
 */
class ReviewFromEvidenceTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanSetup setup;

    @Autowired
    PlanWork planWork;

    @Autowired
    PlannedProvision planned;

    @Autowired
    MeetingFixtures meetingFixtures;

    @Autowired
    ObjectProvider<ProgressSince> progress;

    @Autowired
    ObjectProvider<FidelitySince> fidelity;

    @Autowired
    JdbcClient jdbc;

    /** A case with an issued EHC plan: one outcome, and two provision items in section F. */
    record Reviewed(World w, UUID plan, UUID outcome, UUID therapy, UUID laptop, UUID meeting, String path) {}

    private Reviewed reviewed() {
        World w = fixtures.world();
        LocalDate today = LocalDate.now(clock);
        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        UUID plan = setup.start(w.coordinator().id(), w.ownCase(), PlanKind.EHC);
        UUID need = setup.need(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.B, "Finds talking in class hard");
        UUID outcome = setup.outcome(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.E, "Asks for help in class", "July 2027",
                List.of(need));
        setup.provision(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.F, "Speech and language therapy",
                "NHS speech and language therapist", "once a week", "30 minutes", "1 to 1", List.of(outcome));
        setup.provision(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.F, "A laptop for class work", "School", null, null, null,
                List.of());
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), plan, 1);
        setup.propose(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(7));
        setup.issue(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(4));
        var inForce = planned.inForce(w.ownCase()).orElseThrow();
        UUID therapy = lineageOf(inForce, "Speech and language therapy");
        UUID laptop = lineageOf(inForce, "A laptop for class work");
        UUID meeting = meetingFixtures.annualReview(w.coordinator(), w.ownCase());
        return new Reviewed(w, plan, outcome, therapy, laptop, meeting, "/cases/" + w.ownCase() + "/meetings/" + meeting);
    }

    private static UUID lineageOf(PlannedProvision.InForce inForce, String description) {
        return inForce.provision().stream().filter(i -> i.description().equals(description)).findFirst().orElseThrow().lineage();
    }

    @Test
    void aReviewMeetingShowsTheViewsGatheredBeforehandThenProgressAndDeliverySinceThePlanWasIssued() throws Exception {
        Reviewed r = reviewed();
        meetingFixtures.viewsOnBehalf(r.w().coordinator(), r.w().ownCase(), r.meeting());
        clock.advance(java.time.Duration.ofMinutes(5));

        String page = text(getAs(r.w().parent(), r.path()));

        assertThat(page).contains("Art club", "What the evidence says", "Progress on each outcome", "How the provision was delivered");
        assertThat(page.indexOf("Art club")).as("the views gathered beforehand come first").isLessThan(page.indexOf("What the evidence says"));
        LocalDate issued = planned.inForce(r.w().ownCase()).orElseThrow().issuedOn();
        LocalDate day = LocalDate.now(clock);
        assertThat(page).contains("Since the plan was issued on " + format(issued) + ", up to " + format(day) + ".");
        // every outcome and provision item in force is listed, with what was recorded about it
        assertThat(page).contains("Asks for help in class", "Speech and language therapy", "A laptop for class work");
        List<ProgressSince.OutcomeProgress> progressed = progress.orderedStream()
                .flatMap(p -> p.progress(r.w().ownCase(), issued, day).stream()).toList();
        List<FidelitySince.ItemFidelity> delivered = fidelity.orderedStream()
                .flatMap(f -> f.fidelity(r.w().ownCase(), issued, day).stream()).toList();
        if (progress.orderedStream().findAny().isEmpty()) {
            assertThat(page).contains("No progress has been recorded on Coplan yet.");
        } else {
            assertThat(page).doesNotContain("No progress has been recorded on Coplan yet.");
            for (var p : progressed) {
                assertThat(page).contains(p.outcome());
                if (p.stepNow() != null) {
                    assertThat(page).contains(p.stepNow());
                }
            }
        }
        if (fidelity.orderedStream().findAny().isEmpty()) {
            assertThat(page).contains("No delivery of provision has been recorded on Coplan yet.");
        } else {
            assertThat(page).doesNotContain("No delivery of provision has been recorded on Coplan yet.");
            for (var f : delivered) {
                assertThat(page).contains(f.description());
                if (f.plainWords() != null) {
                    assertThat(page).contains(f.plainWords());
                }
            }
        }
        assertThat(page).contains("These figures are as they are today.");
    }

    @Test
    void theEvidenceIsKeptAsTheReviewSawItWhenTheMeetingIsRecordedAsHeld() throws Exception {
        Reviewed r = reviewed();
        clock.advance(java.time.Duration.ofMinutes(5));
        postAs(r.w().coordinator(), MockMvcRequestBuilders.post(r.path() + "/complete"));
        assertThat(jdbc.sql("select count(*) from review_evidence_item where meeting_id = ?").param(r.meeting()).query(Integer.class).single())
                .isEqualTo(2);

        // a later correction of the plan's words does not change what the review saw
        jdbc.sql("update plan_item set description = 'Corrected later' where description = 'A laptop for class work' and version_id in "
                + "(select v.id from plan_version v where v.plan_id = ?)").param(r.plan()).update();
        String page = text(getAs(r.w().parent(), r.path()));
        assertThat(page).contains("These figures were kept as they were on", "A laptop for class work").doesNotContain("Corrected later");
    }

    @Test
    void aReviewsProposalsBecomeTheAmendmentDraftInOneStepAndTheFamilyCanReadThem() throws Exception {
        Reviewed r = reviewed();
        clock.advance(java.time.Duration.ofMinutes(5));
        Person coordinator = r.w().coordinator();

        var saved = postAs(coordinator, proposals(r, 0, "CHANGE", "Speech and language therapy in a small group", "2", "WEEK", "45", "3",
                "STOP"));
        assertThat(saved.getStatus()).isEqualTo(302);
        var added = postAs(coordinator, MockMvcRequestBuilders.post(r.path() + "/proposals/new").param("version", "1")
                .param("kind", "OUTCOME").param("words", "Travels to school with a friend").param("byWhen", "July 2028"));
        assertThat(added.getStatus()).isEqualTo(302);

        String family = text(getAs(r.w().parent(), r.path() + "/proposals"));
        assertThat(family).contains("Speech and language therapy in a small group", "2 sessions a week, 45 minutes", "Groups of 3",
                "Stop", "A laptop for class work", "Travels to school with a friend")
                .doesNotContain("Save the proposals", "Start the amendment draft from these proposals");
        assertThat(text(getAs(r.w().parent(), r.path()))).contains("Proposals that change the plan: 3.");

        var drafted = postAs(coordinator, MockMvcRequestBuilders.post(r.path() + "/proposals/draft").param("version", "2"));
        String draftPath = "/cases/" + r.w().ownCase() + "/plans/" + r.plan() + "/versions/2";
        assertThat(drafted.getRedirectedUrl()).isEqualTo(draftPath);

        String f = text(getAs(coordinator, draftPath + "/sections/f"));
        assertThat(f).contains("Speech and language therapy in a small group", "2 sessions a week", "45 minutes", "Groups of 3",
                "NHS speech and language therapist").doesNotContain("A laptop for class work");
        // the numbers as well as the words: the draft's item can be counted once issued
        assertThat(jdbc.sql("""
                select sessions || ' ' || per || ' ' || minutes || ' ' || group_count from plan_item i join plan_version v on v.id = i.version_id
                where v.plan_id = ? and v.number = 2 and i.description = 'Speech and language therapy in a small group'
                  and i.superseded_at is null and i.removed_at is null""").param(r.plan()).query(String.class).single())
                .isEqualTo("2 WEEK 45 3");
        assertThat(text(getAs(coordinator, draftPath + "/sections/e"))).contains("Travels to school with a friend", "July 2028",
                "Asks for help in class");
        // both ways: the draft names the review, the proposals name the draft
        assertThat(text(getAs(coordinator, draftPath))).contains("started from the proposals of the annual review meeting: Annual review");
        String after = text(getAs(r.w().parent(), r.path() + "/proposals"));
        assertThat(after).contains("These proposals became version 2 of the plan").doesNotContain("Save the proposals");
        // the issued version is as it was
        assertThat(text(getAs(coordinator, "/cases/" + r.w().ownCase() + "/plans/" + r.plan() + "/versions/1/sections/f")))
                .contains("A laptop for class work").doesNotContain("in a small group");
    }

    @Test
    void startingTheDraftIsRefusedWithALinkWhenAnAmendmentDraftIsAlreadyOpen() throws Exception {
        Reviewed r = reviewed();
        clock.advance(java.time.Duration.ofMinutes(5));
        planWork.startAmendment(planFixtures.open(r.w().coordinator(), r.w().ownCase(), r.plan(), 1, PlanAction.VIEW)).orElseThrow();
        postAs(r.w().coordinator(), proposals(r, 0, "STOP", null, null, null, null, null, "KEEP"));

        var refused = mvc.perform(MockMvcRequestBuilders.post(r.path() + "/proposals/draft").param("version", "1")
                .with(fixtures.as(r.w().coordinator())).with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(r.path() + "/proposals#draft");
        assertThat(refused.getFlashMap().get("refusedKey")).isEqualTo("reviewev.error.draftOpen");
        String page = text(mvc.perform(MockMvcRequestBuilders.get(r.path() + "/proposals").with(fixtures.as(r.w().coordinator()))
                .flashAttrs(refused.getFlashMap())).andReturn().getResponse());
        assertThat(page).contains("A draft change to the plan (version 2) is already open",
                "href=\"/cases/" + r.w().ownCase() + "/plans/" + r.plan() + "/versions/2\"");
        assertThat(jdbc.sql("select count(*) from plan_version where plan_id = ?").param(r.plan()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select draft_version from review_proposals where meeting_id = ?").param(r.meeting()).query(Integer.class)
                .optional()).isEmpty();
    }

    @Test
    void aChangeWithNoWordsOrAnItemNotInForceIsRefusedBesideItsFieldKeepingWhatWasTyped() throws Exception {
        Reviewed r = reviewed();
        clock.advance(java.time.Duration.ofMinutes(5));
        var builder = proposals(r, 0, 3, "CHANGE", "CHANGE", "  ", "3", "TERM", "20", null, "STOP").param("byWhen-0", "December 2027")
                .param("words-0", "Asks an adult for help");
        var response = postAs(r.w().coordinator(), builder);
        assertThat(response.getStatus()).isEqualTo(200);
        String page = text(response);
        assertThat(page).contains("There is a problem", "Write the new words", "id=\"words-1-error\"", "Asks an adult for help",
                "December 2027", "value=\"3\"", "value=\"20\"");

        var stranger = proposals(r, 0, 4, "KEEP", "KEEP", null, null, null, null, null, "KEEP")
                .param("lineage-3", UUID.randomUUID().toString()).param("choice-3", "STOP");
        String refused = text(postAs(r.w().coordinator(), stranger));
        assertThat(refused).contains("This is not in the plan now", "id=\"choice-3-error\"", "This is no longer in the plan.");
        assertThat(jdbc.sql("select count(*) from review_proposal where meeting_id = ?").param(r.meeting()).query(Integer.class).single())
                .as("nothing saved").isZero();
    }

    @Test
    void aSaveBasedOnProposalsSomeoneElseHasChangedIsRefusedAndTheirsStay() throws Exception {
        Reviewed r = reviewed();
        clock.advance(java.time.Duration.ofMinutes(5));
        assertThat(postAs(r.w().coordinator(), proposals(r, 0, "STOP", null, null, null, null, null, "KEEP")).getStatus()).isEqualTo(302);

        var late = postAs(r.w().manager(), proposals(r, 0, "CHANGE", "Therapy twice a week", "2", "WEEK", "30", null, "KEEP"));
        assertThat(late.getStatus()).isEqualTo(200);
        assertThat(text(late)).contains("Someone else changed these proposals while you were on this page", "Therapy twice a week");
        // the form now carries the proposals as saved, so saving again after checking them is not refused
        assertThat(late.getContentAsString()).contains("name=\"version\" value=\"1\"");
        assertThat(jdbc.sql("select change from review_proposal where meeting_id = ? and lineage = ?").params(r.meeting(), r.therapy())
                .query(String.class).single()).isEqualTo("STOP");
    }

    @Autowired
    org.coplan.meetings.MeetingSetup meetingSetup;

    @Test
    void aReviewStillToComeCountsUpToTodaySoNothingNotYetDueIsShownAsMissing() throws Exception {
        Reviewed r = reviewed();
        LocalDate today = LocalDate.now(clock);
        UUID later = meetingSetup.upcomingAnnualReview(r.w().ownCase(), r.w().coordinator(), org.coplan.cases.CaseRole.EHC_COORDINATOR,
                "Review in a fortnight", "School hall", today.plusWeeks(2).atTime(14, 0),
                List.of(r.w().parentMember()));
        String page = text(getAs(r.w().parent(), "/cases/" + r.w().ownCase() + "/meetings/" + later));
        LocalDate issued = planned.inForce(r.w().ownCase()).orElseThrow().issuedOn();
        assertThat(page).contains("Since the plan was issued on " + format(issued) + ", up to " + format(today) + ".")
                .doesNotContain(format(today.plusWeeks(2)) + ".");
    }

    @Test
    void aLaterReviewLooksBackToTheDayTheLastReviewWasHeldAndTheFirstKeepsWhatItSaw() throws Exception {
        Reviewed r = reviewed();
        clock.advance(java.time.Duration.ofMinutes(5));
        LocalDate first = LocalDate.now(clock);
        postAs(r.w().coordinator(), MockMvcRequestBuilders.post(r.path() + "/complete"));

        clock.advance(java.time.Duration.ofDays(120));
        UUID second = meetingFixtures.annualReview(r.w().coordinator(), r.w().ownCase());
        clock.advance(java.time.Duration.ofMinutes(5));
        String page = text(getAs(r.w().parent(), "/cases/" + r.w().ownCase() + "/meetings/" + second));
        assertThat(page).contains("Since the last review on " + format(first) + ", up to "
                + format(LocalDate.now(clock)) + ".");
        assertThat(text(getAs(r.w().parent(), r.path()))).contains("Since the plan was issued on", "These figures were kept as they were on");
    }

    @Test
    void anSenSupportReviewsProposalsAreWrittenByTheSencoAndBecomeItsSupportPlansDraft() throws Exception {
        World w = fixtures.world();
        LocalDate today = LocalDate.now(clock);
        UUID plan = setup.start(w.senco().id(), w.ownCase(), PlanKind.SEN_SUPPORT);
        UUID outcome = setup.outcome(w.senco().id(), w.ownCase(), plan, 1, SectionCode.OUTCOMES, "Joins in at lunchtime", null, List.of());
        setup.provision(w.senco().id(), w.ownCase(), plan, 1, SectionCode.SUPPORT, "Lunch club", "Teaching assistant", "daily",
                "30 minutes", null, List.of(outcome));
        for (SectionCode s : SectionCode.of(PlanKind.SEN_SUPPORT)) {
            if (s.structure() == SectionCode.Structure.TEXT) {
                setup.write(w.senco().id(), w.ownCase(), plan, 1, s, "Written for " + s.name() + ".");
            }
        }
        setup.issue(w.senco().id(), w.ownCase(), plan, 1, today);
        UUID meeting = meetingFixtures.annualReview(w.senco(), w.ownCase());
        clock.advance(java.time.Duration.ofMinutes(5));
        String path = "/cases/" + w.ownCase() + "/meetings/" + meeting;

        // the EHC coordinator does not write this plan, so has no proposals form
        assertThat(text(getAs(w.coordinator(), path + "/proposals"))).doesNotContain("Save the proposals");
        assertThat(postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/proposals/new").param("version", "0")).getStatus())
                .isEqualTo(404);
        assertThat(postAs(w.senco(), MockMvcRequestBuilders.post(path + "/proposals/new").param("version", "0").param("kind", "PROVISION")
                .param("words", "Social skills group").param("outcomes", outcome.toString())).getStatus()).isEqualTo(302);
        var drafted = postAs(w.senco(), MockMvcRequestBuilders.post(path + "/proposals/draft").param("version", "1"));
        assertThat(drafted.getRedirectedUrl()).isEqualTo("/cases/" + w.ownCase() + "/plans/" + plan + "/versions/2");
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/plans/" + plan + "/versions/2/sections/support")))
                .contains("Social skills group", "Lunch club");
    }

    /** The proposals form for the outcome (row 0, kept) and the two items (therapy row 1, laptop row 2), as the page numbers them. */
    private MockHttpServletRequestBuilder proposals(Reviewed r, int version, String therapyChoice, String words, String sessions, String per,
            String minutes, String group, String laptopChoice) {
        return proposals(r, version, 3, "KEEP", therapyChoice, words, sessions, per, minutes, group, laptopChoice);
    }

    private MockHttpServletRequestBuilder proposals(Reviewed r, int version, int rows, String outcomeChoice, String therapyChoice,
            String words, String sessions, String per, String minutes, String group, String laptopChoice) {
        var b = MockMvcRequestBuilders.post(r.path() + "/proposals").param("version", String.valueOf(version))
                .param("rows", String.valueOf(rows)).param("lineage-0", r.outcome().toString()).param("choice-0", outcomeChoice)
                .param("lineage-1", r.therapy().toString()).param("choice-1", therapyChoice)
                .param("lineage-2", r.laptop().toString()).param("choice-2", laptopChoice);
        List<String[]> typed = new ArrayList<>();
        typed.add(new String[] {"words-1", words});
        typed.add(new String[] {"sessions-1", sessions});
        typed.add(new String[] {"per-1", per});
        typed.add(new String[] {"minutes-1", minutes});
        typed.add(new String[] {"groupSize-1", group});
        for (String[] t : typed) {
            if (t[1] != null) {
                b = b.param(t[0], t[1]);
            }
        }
        return b;
    }

    private static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString());
    }

    private static String format(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

}
