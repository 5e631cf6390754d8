package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.CaseWork;
import org.coplan.people.Person;
import org.coplan.support.Fixtures.World;
import org.coplan.support.PlanFixtures;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.internal.ProcessWork;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every case-scoped endpoint, as every role, on a case they are connected to and on one they are
 * not, through the real security filters. The expected outcomes are written out here by hand, not
 * computed from the policy, so a change to the policy that lets the wrong person in fails this test.
 * A new case-scoped endpoint that is not listed here fails {@link #everyCaseScopedEndpointIsInTheMatrix}.
 *
 * <p>The young person's three choices about their parents are viewers of their own: a parent on a case
 * whose child is a young person who chose "fully involved" ({@code PARENT_FULL}), "view only"
 * ({@code PARENT_VIEW_ONLY}: sees what the family sees, changes nothing but their own participation
 * choices) or "cannot see" ({@code PARENT_NONE}). Their own case is that young person's case, with the
 * choice set before each request. A forum member (a person with the forum member staff role in the
 * same area) sees no case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends IntegrationTest {

    enum Viewer {
        PARENT, CHILD, SENCO_OF_SCHOOL, COORDINATOR, SEN_MANAGER, PSYCHOLOGIST, HEALTH, SOCIAL_CARE, SENDIASS,
        OTHER_PROFESSIONAL, OUTSIDER, PARENT_FULL, PARENT_VIEW_ONLY, PARENT_NONE, FORUM_MEMBER
    }

    /** The parents whose access follows a young person's choice, and the choice for each. */
    static final Map<Viewer, ParentAccessChoice> YOUNG_PERSONS_PARENTS = Map.of(
            Viewer.PARENT_FULL, ParentAccessChoice.FULL,
            Viewer.PARENT_VIEW_ONLY, ParentAccessChoice.VIEW_ONLY,
            Viewer.PARENT_NONE, ParentAccessChoice.NONE);

    static final Set<Viewer> EVERYONE_ON_CASE = EnumSet.complementOf(
            EnumSet.of(Viewer.OUTSIDER, Viewer.PARENT_NONE, Viewer.FORUM_MEMBER));
    /** Everyone who sees the case and may add to the record: all but a "view only" parent. */
    static final Set<Viewer> ACTING_ON_CASE = minus(EVERYONE_ON_CASE, Viewer.PARENT_VIEW_ONLY);
    static final Set<Viewer> LEADS = EnumSet.of(Viewer.SENCO_OF_SCHOOL, Viewer.COORDINATOR, Viewer.SEN_MANAGER);
    /** The family as readers: a "view only" parent included. */
    static final Set<Viewer> FAMILY = EnumSet.of(Viewer.PARENT, Viewer.CHILD, Viewer.PARENT_FULL, Viewer.PARENT_VIEW_ONLY);
    /** The family as writers: a "view only" parent left out. */
    static final Set<Viewer> ACTING_FAMILY = minus(FAMILY, Viewer.PARENT_VIEW_ONLY);
    static final Set<Viewer> FAMILY_AND_LEADS = union(FAMILY, LEADS);
    static final Set<Viewer> ACTING_FAMILY_AND_LEADS = union(ACTING_FAMILY, LEADS);
    /** An EHC plan is written by the local authority: its coordinator on the team, or its SEN manager. */
    static final Set<Viewer> EHC_WRITERS = EnumSet.of(Viewer.COORDINATOR, Viewer.SEN_MANAGER);
    /** An SEN support plan is written by the school's SENCO. */
    static final Set<Viewer> SEN_SUPPORT_WRITERS = EnumSet.of(Viewer.SENCO_OF_SCHOOL);
    static final String PLAN = "/cases/{caseId}/plans/{planId}/versions/{number}";
    static final String SECTION = PLAN + "/sections/{section}";
    static final String CONTRIBUTION = PLAN + "/contributions/{contributionId}";

    /** One endpoint: how to call it on a case, and who may. */
    record Endpoint(HttpMethod method, String pattern, Set<Viewer> allowed, BiFunction<CaseId, Viewer, MockHttpServletRequestBuilder> request) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseAccess access;

    @Autowired
    CaseWork work;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    RequestMappingHandlerMapping mappings;

    World world;
    Map<Viewer, Person> people;
    Map<CaseId, PlanFixtures.Plans> plans = new java.util.HashMap<>();
    Person otherSenco;
    Person otherParent;
    /** A case whose child is a young person, with one parent for each of the young person's choices. */
    CaseId youngCase;
    Map<String, Endpoint> matrix;
    Map<CaseId, UUID> requests = new java.util.HashMap<>();
    Map<CaseId, org.coplan.support.MeetingFixtures.Made> meetings = new java.util.HashMap<>();
    /** An annual review meeting on each case, today, whose proposals the EHC plan's writers make. */
    Map<CaseId, UUID> reviews = new java.util.HashMap<>();

    @Autowired
    org.coplan.support.MeetingFixtures meetingFixtures;

    @Autowired
    ProcessWork processWork;

    @Autowired
    org.coplan.resolution.internal.DisagreementWork disagreementWork;

    Map<CaseId, UUID> disagreements = new java.util.HashMap<>();

    @BeforeAll
    void buildWorldAndMatrix() {
        world = fixtures.world();
        people = new LinkedHashMap<>();
        people.put(Viewer.PARENT, world.parent());
        people.put(Viewer.CHILD, world.child());
        people.put(Viewer.SENCO_OF_SCHOOL, world.senco());
        people.put(Viewer.COORDINATOR, world.coordinator());
        people.put(Viewer.SEN_MANAGER, world.manager());
        people.put(Viewer.PSYCHOLOGIST, world.psychologist());
        people.put(Viewer.HEALTH, world.health());
        people.put(Viewer.SOCIAL_CARE, world.socialCare());
        people.put(Viewer.SENDIASS, world.sendiass());
        people.put(Viewer.OTHER_PROFESSIONAL, world.otherProfessional());
        people.put(Viewer.OUTSIDER, world.outsider());
        var forum = fixtures.people().createOrganisation(org.coplan.people.OrganisationKind.FORUM, "Forum " + UUID.randomUUID(),
                world.localAuthority().id());
        people.put(Viewer.FORUM_MEMBER, fixtures.staff("Fay Forum", forum, org.coplan.people.StaffRole.FORUM_MEMBER));
        youngCase = fixtures.cases().openCase(world.coordinator().id(), CaseRole.EHC_COORDINATOR, "Zo", "Young" + UUID.randomUUID(), null,
                LocalDate.of(2009, 3, 1), world.school().id(), world.localAuthority().id(), Stage.ASSESSMENT);
        for (Viewer v : List.of(Viewer.PARENT_FULL, Viewer.PARENT_VIEW_ONLY, Viewer.PARENT_NONE)) {
            Person parent = fixtures.person("Yp Parent " + v.name().toLowerCase().replace('_', ' '));
            fixtures.cases().addMember(youngCase, parent.id(), CaseRole.PARENT_CARER);
            people.put(v, parent);
        }

        otherSenco = fixtures.staff("Otto Senco", world.otherSchool(), org.coplan.people.StaffRole.SENCO);
        otherParent = fixtures.person("Otto Parent");
        fixtures.cases().addMember(world.otherCase(), otherParent.id(), CaseRole.PARENT_CARER);
        plans.put(world.ownCase(), planFixtures.build(world.ownCase(), world.coordinator(), world.senco(), world.parent()));
        plans.put(world.otherCase(), planFixtures.build(world.otherCase(), world.otherCoordinator(), otherSenco, otherParent));
        plans.put(youngCase, planFixtures.build(youngCase, world.coordinator(), world.senco(), people.get(Viewer.PARENT_FULL)));

        // The plan fixtures put the assessment on each case's timeline: its request is the step whose date is corrected.
        for (CaseId c : List.of(world.ownCase(), world.otherCase(), youngCase)) {
            requests.put(c, plans.get(c).request());
        }

        meetings.put(world.ownCase(), meetingFixtures.build(world.coordinator(), world.ownCase(), world.psychologist()));
        meetings.put(world.otherCase(), meetingFixtures.build(world.otherCoordinator(), world.otherCase(), otherParent));
        meetings.put(youngCase, meetingFixtures.build(world.coordinator(), youngCase, world.coordinator()));
        for (CaseId c : List.of(world.ownCase(), world.otherCase(), youngCase)) {
            reviews.put(c, meetingFixtures.annualReview(lead(c), c));
        }

        matrix = new LinkedHashMap<>();
        add(HttpMethod.GET, "/cases/{caseId}", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c));
        add(HttpMethod.POST, "/cases/{caseId}/named-contact", LEADS,
                (c, v) -> post("/cases/" + c + "/named-contact").param("memberId", memberOf(c).toString()));
        add(HttpMethod.GET, "/cases/{caseId}/parent-access", LEADS, (c, v) -> get("/cases/" + c + "/parent-access"));
        add(HttpMethod.POST, "/cases/{caseId}/parent-access", LEADS,
                (c, v) -> post("/cases/" + c + "/parent-access").param("choice", "FULL"));
        add(HttpMethod.GET, "/cases/{caseId}/team/invite", LEADS, (c, v) -> get("/cases/" + c + "/team/invite"));
        add(HttpMethod.POST, "/cases/{caseId}/team/invite", LEADS, (c, v) -> post("/cases/" + c + "/team/invite"));
        add(HttpMethod.GET, "/cases/{caseId}/team/{memberId}/remove", LEADS,
                (c, v) -> get("/cases/" + c + "/team/" + memberOf(c) + "/remove"));
        add(HttpMethod.POST, "/cases/{caseId}/team/{memberId}/remove", LEADS,
                (c, v) -> post("/cases/" + c + "/team/" + newMemberOf(c) + "/remove"));
        add(HttpMethod.POST, "/cases/{caseId}/invitations/{invitationId}/withdraw", LEADS,
                (c, v) -> post("/cases/" + c + "/invitations/" + newInvitationOn(c) + "/withdraw"));
        add(HttpMethod.GET, "/cases/{caseId}/about-me/{part}", ACTING_FAMILY, (c, v) -> get("/cases/" + c + "/about-me/important-to-me"));
        add(HttpMethod.POST, "/cases/{caseId}/about-me/{part}", ACTING_FAMILY,
                (c, v) -> post("/cases/" + c + "/about-me/important-to-me").param("body", ""));
        add(HttpMethod.GET, "/cases/{caseId}/about-me/{part}/history", EVERYONE_ON_CASE,
                (c, v) -> get("/cases/" + c + "/about-me/important-to-me/history"));
        // "my views": the child, or an adult on the case named as their helper
        add(HttpMethod.GET, "/cases/{caseId}/my-voice", ACTING_ON_CASE, (c, v) -> get("/cases/" + c + "/my-voice"));
        add(HttpMethod.POST, "/cases/{caseId}/my-voice", ACTING_ON_CASE, (c, v) -> post("/cases/" + c + "/my-voice"));
        add(HttpMethod.GET, "/cases/{caseId}/my-voice/{number:\\d+}", ACTING_ON_CASE, (c, v) -> get("/cases/" + c + "/my-voice/2"));
        add(HttpMethod.POST, "/cases/{caseId}/my-voice/{number:\\d+}", ACTING_ON_CASE,
                (c, v) -> post("/cases/" + c + "/my-voice/2").param("words", "x".repeat(2001)));
        add(HttpMethod.GET, "/cases/{caseId}/my-voice/check", ACTING_ON_CASE, (c, v) -> get("/cases/" + c + "/my-voice/check"));
        add(HttpMethod.POST, "/cases/{caseId}/my-voice/send", ACTING_ON_CASE, (c, v) -> post("/cases/" + c + "/my-voice/send"));
        add(HttpMethod.GET, "/cases/{caseId}/participation", FAMILY, (c, v) -> get("/cases/" + c + "/participation"));
        add(HttpMethod.POST, "/cases/{caseId}/participation", FAMILY, (c, v) -> post("/cases/" + c + "/participation"));
        add(HttpMethod.GET, "/cases/{caseId}/details", LEADS, (c, v) -> get("/cases/" + c + "/details"));
        add(HttpMethod.POST, "/cases/{caseId}/details", LEADS, (c, v) -> post("/cases/" + c + "/details").param("givenName", ""));
        add(HttpMethod.GET, "/cases/{caseId}/record-views", FAMILY_AND_LEADS, (c, v) -> get("/cases/" + c + "/record-views"));
        add(HttpMethod.GET, "/cases/{caseId}/measures", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/measures"));
        add(HttpMethod.GET, "/cases/{caseId}/measures/{panel}.csv", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/measures/confidence.csv"));

        // plans: an EHC plan (version 1 final, version 2 an open amendment) and an SEN support plan out for comment
        add(HttpMethod.GET, "/cases/{caseId}/plans", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/plans"));
        add(HttpMethod.POST, "/cases/{caseId}/plans", EnumSet.noneOf(Viewer.class),
                (c, v) -> post("/cases/" + c + "/plans").param("kind", "EHC"));
        add(HttpMethod.GET, "/cases/{caseId}/plans/{planId}", EVERYONE_ON_CASE, (c, v) -> get(ehc(c)));
        add(HttpMethod.GET, PLAN + "", EVERYONE_ON_CASE, (c, v) -> get(ehc(c) + "/versions/2"));
        add(HttpMethod.GET, PLAN + "/propose", EHC_WRITERS, (c, v) -> get(ehc(c) + "/versions/2/propose"));
        add(HttpMethod.POST, PLAN + "/propose", EHC_WRITERS, (c, v) -> post(ehc(c) + "/versions/2/propose").param("windowDays", "x"));
        add(HttpMethod.GET, PLAN + "/issue", EHC_WRITERS, (c, v) -> get(ehc(c) + "/versions/2/issue"));
        add(HttpMethod.POST, PLAN + "/issue", EHC_WRITERS, (c, v) -> post(ehc(c) + "/versions/2/issue"));
        add(HttpMethod.POST, PLAN + "/amend", EHC_WRITERS, (c, v) -> post(ehc(c) + "/versions/1/amend"));
        add(HttpMethod.POST, PLAN + "/review-date", SEN_SUPPORT_WRITERS, (c, v) -> post(sen(c) + "/versions/1/review-date"));
        add(HttpMethod.GET, PLAN + "/agreement", ACTING_FAMILY, (c, v) -> get(sen(c) + "/versions/1/agreement"));
        add(HttpMethod.POST, PLAN + "/agreement", ACTING_FAMILY, (c, v) -> post(sen(c) + "/versions/1/agreement"));
        add(HttpMethod.POST, PLAN + "/finished-commenting", ACTING_FAMILY, (c, v) -> post(sen(c) + "/versions/1/finished-commenting"));
        add(HttpMethod.GET, PLAN + "/print", EVERYONE_ON_CASE, (c, v) -> get(ehc(c) + "/versions/1/print"));
        add(HttpMethod.GET, PLAN + "/pdf", EVERYONE_ON_CASE, (c, v) -> get(ehc(c) + "/versions/1/pdf"));
        add(HttpMethod.GET, SECTION, EVERYONE_ON_CASE, (c, v) -> get(ehc(c) + "/versions/2/sections/b"));
        add(HttpMethod.GET, SECTION + "/edit", EHC_WRITERS, (c, v) -> get(ehc(c) + "/versions/2/sections/b/edit"));
        add(HttpMethod.POST, SECTION + "/edit", EHC_WRITERS,
                (c, v) -> post(ehc(c) + "/versions/2/sections/b/edit").param("body", "x".repeat(20_001)));
        add(HttpMethod.GET, SECTION + "/history", EVERYONE_ON_CASE, (c, v) -> get(ehc(c) + "/versions/2/sections/a/history"));
        add(HttpMethod.GET, SECTION + "/contribute", ACTING_ON_CASE, (c, v) -> get(ehc(c) + "/versions/2/sections/f/contribute"));
        add(HttpMethod.POST, SECTION + "/contribute", ACTING_ON_CASE, (c, v) -> post(ehc(c) + "/versions/2/sections/f/contribute"));
        add(HttpMethod.POST, SECTION + "/comments", ACTING_ON_CASE, (c, v) -> post(ehc(c) + "/versions/2/sections/f/comments"));
        // section A from "All about me": the writer quotes and suggests changes; the family answers them
        add(HttpMethod.POST, SECTION + "/from-about-me", EHC_WRITERS, (c, v) -> post(ehc(c) + "/versions/2/sections/a/from-about-me"));
        add(HttpMethod.GET, SECTION + "/quotes/{lineage}/change", EHC_WRITERS,
                (c, v) -> get(ehc(c) + "/versions/2/sections/a/quotes/" + newQuote(c) + "/change"));
        add(HttpMethod.POST, SECTION + "/quotes/{lineage}/change", EHC_WRITERS,
                (c, v) -> post(ehc(c) + "/versions/2/sections/a/quotes/" + newQuote(c) + "/change"));
        add(HttpMethod.POST, SECTION + "/quotes/{lineage}/answer", ACTING_FAMILY,
                (c, v) -> post(ehc(c) + "/versions/2/sections/a/quotes/" + newQuote(c) + "/answer").param("answer", "decline"));
        add(HttpMethod.GET, SECTION + "/items/new", EHC_WRITERS, (c, v) -> get(ehc(c) + "/versions/2/sections/f/items/new"));
        add(HttpMethod.POST, SECTION + "/items/new", EHC_WRITERS, (c, v) -> post(ehc(c) + "/versions/2/sections/f/items/new"));
        add(HttpMethod.GET, SECTION + "/items/{itemId}/edit", EHC_WRITERS,
                (c, v) -> get(ehc(c) + "/versions/2/sections/f/items/" + plans.get(c).provisionItem() + "/edit"));
        add(HttpMethod.POST, SECTION + "/items/{itemId}/edit", EHC_WRITERS,
                (c, v) -> post(ehc(c) + "/versions/2/sections/f/items/" + plans.get(c).provisionItem() + "/edit"));
        add(HttpMethod.POST, SECTION + "/items/{itemId}/remove", EHC_WRITERS,
                (c, v) -> post(ehc(c) + "/versions/2/sections/f/items/" + newItem(c) + "/remove"));
        add(HttpMethod.GET, CONTRIBUTION + "/respond", EHC_WRITERS,
                (c, v) -> get(ehc(c) + "/versions/2/contributions/" + plans.get(c).contribution() + "/respond"));
        add(HttpMethod.POST, CONTRIBUTION + "/respond", EHC_WRITERS,
                (c, v) -> post(ehc(c) + "/versions/2/contributions/" + plans.get(c).contribution() + "/respond"));
        add(HttpMethod.GET, CONTRIBUTION + "/attachment", EVERYONE_ON_CASE,
                (c, v) -> get(ehc(c) + "/versions/2/contributions/" + plans.get(c).contribution() + "/attachment"));

        add(HttpMethod.GET, "/cases/{caseId}/timeline", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/timeline"));
        add(HttpMethod.GET, "/cases/{caseId}/process/record", LEADS, (c, v) -> get("/cases/" + c + "/process/record"));
        add(HttpMethod.POST, "/cases/{caseId}/process/record", LEADS, (c, v) -> post("/cases/" + c + "/process/record"));
        add(HttpMethod.GET, "/cases/{caseId}/process/record/{step}", LEADS,
                (c, v) -> get("/cases/" + c + "/process/record/review-meeting-arranged"));
        add(HttpMethod.POST, "/cases/{caseId}/process/record/{step}", EHC_WRITERS,
                (c, v) -> post("/cases/" + c + "/process/record/request-received"));
        add(HttpMethod.GET, "/cases/{caseId}/process/steps/{eventId}/date", EHC_WRITERS,
                (c, v) -> get("/cases/" + c + "/process/steps/" + requests.get(c) + "/date"));
        add(HttpMethod.POST, "/cases/{caseId}/process/steps/{eventId}/date", EHC_WRITERS,
                (c, v) -> post("/cases/" + c + "/process/steps/" + requests.get(c) + "/date"));

        // disagreements: one raised by the parent about the final EHC plan.
        // Everyone on the case sees them and may raise one; the leads and the person who raised it move it;
        // the child, as family, may withdraw what the family raised; the family and the leads record its dates.
        // A "view only" parent sees them and does none of that.
        for (CaseId c : List.of(world.ownCase(), world.otherCase(), youngCase)) {
            Person lead = lead(c);
            Person parent = c.equals(world.ownCase()) ? world.parent() : c.equals(youngCase) ? people.get(Viewer.PARENT_FULL) : otherParent;
            CaseContext raiser = access.open(parent.id(), c, CaseAction.VIEW_CASE);
            disagreements.put(c, disagreementWork.raise(raiser, org.coplan.resolution.domain.Subject.decision(
                    disagreementWork.appealableDecisions(raiser).get(0)), "We think Kit needs an assessment.", null).id());
        }
        add(HttpMethod.GET, "/cases/{caseId}/disagreements", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/disagreements"));
        add(HttpMethod.GET, "/cases/{caseId}/disagreements/new", ACTING_ON_CASE, (c, v) -> get("/cases/" + c + "/disagreements/new"));
        add(HttpMethod.POST, "/cases/{caseId}/disagreements", ACTING_ON_CASE,
                (c, v) -> post("/cases/" + c + "/disagreements").param("subjectKind", "OTHER"));
        add(HttpMethod.GET, "/cases/{caseId}/disagreements/{id}", EVERYONE_ON_CASE,
                (c, v) -> get("/cases/" + c + "/disagreements/" + disagreements.get(c)));
        add(HttpMethod.GET, "/cases/{caseId}/disagreements/{id}/stage", ACTING_FAMILY_AND_LEADS,
                (c, v) -> get("/cases/" + c + "/disagreements/" + disagreements.get(c) + "/stage"));
        add(HttpMethod.POST, "/cases/{caseId}/disagreements/{id}/stage", ACTING_FAMILY_AND_LEADS,
                (c, v) -> post("/cases/" + c + "/disagreements/" + disagreements.get(c) + "/stage").param("note", ""));
        add(HttpMethod.GET, "/cases/{caseId}/disagreements/{id}/dates", ACTING_FAMILY_AND_LEADS,
                (c, v) -> get("/cases/" + c + "/disagreements/" + disagreements.get(c) + "/dates"));
        add(HttpMethod.POST, "/cases/{caseId}/disagreements/{id}/dates", ACTING_FAMILY_AND_LEADS,
                (c, v) -> post("/cases/" + c + "/disagreements/" + disagreements.get(c) + "/dates"));
        addMeetings();
        addChannels();
        addRequests();
        addProgress();
        addDelivery();
        addThemes();
    }

    @Autowired
    org.coplan.notify.MessageOutbox outbox;

    /** Messages that did not reach someone, on each case: its leads see them and mark them dealt with. */
    private void addChannels() {
        add(HttpMethod.GET, "/cases/{caseId}/messages", LEADS, (c, v) -> get("/cases/" + c + "/messages"));
        add(HttpMethod.POST, "/cases/{caseId}/messages/{messageId}/dealt-with", LEADS,
                (c, v) -> post("/cases/" + c + "/messages/" + notReached(c) + "/dealt-with"));
        // Letters wait on the print page in both authorities, so there is something to download and post.
        var system = new org.coplan.notify.MessageOutbox.Actor(null, "Access matrix", "SYSTEM");
        outbox.chooseLetterRoute(world.localAuthority().id().value(), false, system);
        outbox.chooseLetterRoute(world.otherLocalAuthority().id().value(), false, system);
    }

    /** A text that could not be sent (no mobile number), so the case has a message that did not reach someone. */
    private UUID notReached(CaseId c) {
        return outbox.queueText(c.value(), "Pat Parent", null, "Something happened", "Hello");
    }

    /** A letter from the case's authority waiting to be printed: the own case's, or the other authority's. */
    private UUID letter(boolean own) {
        CaseId c = own ? world.ownCase() : world.otherCase();
        UUID authority = (own ? world.localAuthority() : world.otherLocalAuthority()).id().value();
        return outbox.queueLetter(c.value(), authority, "Pat Parent", List.of("1 High Street", "DT1 1AA"), "Something happened", "Hello");
    }

    /** A phone call for the own case's coordinator to make, or for the other case's. */
    private UUID call(boolean own) {
        CaseId c = own ? world.ownCase() : world.otherCase();
        Person caller = own ? world.coordinator() : world.otherCoordinator();
        return outbox.queueCall(c.value(), caller.id().value(), "Pat Parent", "+441632960123", "Something happened", "Hello");
    }

    /** An endpoint outside any case: who may use it on what is theirs (their authority's letter, their own call). */
    record Outside(HttpMethod method, String pattern, Set<Viewer> allowed, java.util.function.Function<Boolean, MockHttpServletRequestBuilder> request) {}

    /** The authority's staff who print its letters; its SEN manager also decides how they are sent. */
    static final Set<Viewer> AUTHORITY_STAFF = EnumSet.of(Viewer.COORDINATOR, Viewer.SEN_MANAGER);

    private List<Outside> outside() {
        return List.of(
                new Outside(HttpMethod.GET, "/letters", AUTHORITY_STAFF, own -> get("/letters")),
                new Outside(HttpMethod.GET, "/letters/{letterId}/pdf", AUTHORITY_STAFF, own -> get("/letters/" + letter(own) + "/pdf")),
                new Outside(HttpMethod.POST, "/letters/{letterId}/posted", AUTHORITY_STAFF,
                        own -> post("/letters/" + letter(own) + "/posted")),
                new Outside(HttpMethod.POST, "/letters/settings", EnumSet.of(Viewer.SEN_MANAGER),
                        own -> post("/letters/settings")
                                .param("authorityId", (own ? world.localAuthority() : world.otherLocalAuthority()).id().value().toString())
                                .param("throughNotify", "")),
                // everyone signed in has a list of calls to make, usually empty; only the caller marks a call done
                new Outside(HttpMethod.GET, "/phone-calls", EnumSet.allOf(Viewer.class), own -> get("/phone-calls")),
                new Outside(HttpMethod.POST, "/phone-calls/{callId}/done", EnumSet.of(Viewer.COORDINATOR),
                        own -> post("/phone-calls/" + call(own) + "/done")));
    }

    @Test
    void everyEndpointForLettersAndPhoneCallsIsInTheMatrix() {
        Set<String> inApplication = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.startsWith("/letters") || pattern.startsWith("/phone-calls")) {
                    e.getKey().getMethodsCondition().getMethods().forEach(m -> inApplication.add(m.name() + " " + pattern));
                }
            }
        }
        assertThat(outside().stream().map(o -> o.method().name() + " " + o.pattern()).toList()).containsExactlyInAnyOrderElementsOf(inApplication);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsExactlyWhatItShouldFromLettersAndPhoneCallsAndNothingOfAnotherAuthoritysOrPersons() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Outside endpoint : outside()) {
            for (Viewer viewer : Viewer.values()) {
                boolean allowed = endpoint.allowed().contains(viewer);
                tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + viewer + ", theirs: "
                        + (allowed ? "allowed" : "not found"), () -> checkOutside(endpoint, viewer, true, allowed)));
                if (!endpoint.pattern().equals("/letters") && !endpoint.pattern().equals("/phone-calls")) {
                    tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + viewer
                            + ", another authority's or person's: not found", () -> checkOutside(endpoint, viewer, false, false)));
                }
            }
        }
        return tests.stream();
    }

    private void checkOutside(Outside endpoint, Viewer viewer, boolean own, boolean allowed) throws Exception {
        MvcResult result = mvc.perform(endpoint.request().apply(own).with(fixtures.as(people.get(viewer))).with(csrf())).andReturn();
        int status = result.getResponse().getStatus();
        if (allowed) {
            assertThat(status).as("status").isBetween(200, 399);
        } else {
            assertThat(status).as("status").isEqualTo(404);
            assertThat(result.getResponse().getContentAsString()).contains("Page not found");
        }
    }

    /** Meetings: everyone on the case reads; the leads arrange and record; the family writes their own account. */
    private void addMeetings() {
        // invited: every active member of the case; the SENCO and SEN manager lead it without being on the team.
        // A "view only" parent is invited but may not reply.
        Set<Viewer> invited = minus(ACTING_ON_CASE, Viewer.SENCO_OF_SCHOOL, Viewer.SEN_MANAGER);
        add(HttpMethod.GET, "/cases/{caseId}/meetings", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/meetings"));
        add(HttpMethod.GET, "/cases/{caseId}/you-said-we-did", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/you-said-we-did"));
        add(HttpMethod.GET, "/cases/{caseId}/meetings/new", LEADS, (c, v) -> get("/cases/" + c + "/meetings/new"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/new", LEADS, (c, v) -> post("/cases/" + c + "/meetings/new"));
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}", EVERYONE_ON_CASE, (c, v) -> get(meeting(c)));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/reply", invited, (c, v) -> post(meeting(c) + "/reply"));
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/views", LEADS, (c, v) -> get(meeting(c) + "/views"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/views", LEADS, (c, v) -> post(meeting(c) + "/views"));
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/notes/{part}", LEADS, (c, v) -> get(meeting(c) + "/notes/focus"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/notes/{part}", LEADS, (c, v) -> post(meeting(c) + "/notes/plan"));
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/account", ACTING_FAMILY, (c, v) -> get(meeting(c) + "/account"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/account", ACTING_FAMILY, (c, v) -> post(meeting(c) + "/account"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/complete", LEADS,
                (c, v) -> post("/cases/" + c + "/meetings/" + meetingFixtures.build(lead(c), c, null).meeting() + "/complete"));
        // moving and cancelling: the leads, who arrange; the posts are refused for their input, so the meeting stays
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/move", LEADS, (c, v) -> get(meeting(c) + "/move"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/move", LEADS, (c, v) -> post(meeting(c) + "/move"));
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/cancel", LEADS, (c, v) -> get(meeting(c) + "/cancel"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/cancel", LEADS,
                (c, v) -> post(meeting(c) + "/cancel").param("reason", "x".repeat(2_001)));
        add(HttpMethod.GET, "/cases/{caseId}/decisions/new", LEADS, (c, v) -> get("/cases/" + c + "/decisions/new"));
        add(HttpMethod.POST, "/cases/{caseId}/decisions/new", LEADS, (c, v) -> post("/cases/" + c + "/decisions/new"));
        add(HttpMethod.GET, "/cases/{caseId}/decisions/{decisionId}", EVERYONE_ON_CASE,
                (c, v) -> get("/cases/" + c + "/decisions/" + meetings.get(c).decision()));
        // views before a meeting: each acting family member's own form; the leads record for them and add notes beside
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/my-views", ACTING_FAMILY, (c, v) -> get(meeting(c) + "/my-views"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/my-views", ACTING_FAMILY, (c, v) -> post(meeting(c) + "/my-views"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/my-views/confirm", ACTING_FAMILY,
                (c, v) -> post(meeting(c) + "/my-views/confirm"));
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/views-for", LEADS, (c, v) -> get(meeting(c) + "/views-for"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/views-for", LEADS, (c, v) -> post(meeting(c) + "/views-for"));
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/view-notes", LEADS,
                (c, v) -> get(meeting(c) + "/view-notes").param("member", viewsOf(c).toString()));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/view-notes", LEADS,
                (c, v) -> post(meeting(c) + "/view-notes").param("member", viewsOf(c).toString()));
        // one's own position on a decision: the team members who may add to the record
        add(HttpMethod.POST, "/cases/{caseId}/decisions/{decisionId}/position", invited,
                (c, v) -> post("/cases/" + c + "/decisions/" + meetings.get(c).decision() + "/position"));
        add(HttpMethod.POST, "/cases/{caseId}/decisions/{decisionId}/position/confirm", invited,
                (c, v) -> post("/cases/" + c + "/decisions/" + meetings.get(c).decision() + "/position/confirm"));
        add(HttpMethod.GET, "/cases/{caseId}/actions/new", LEADS, (c, v) -> get("/cases/" + c + "/actions/new"));
        add(HttpMethod.POST, "/cases/{caseId}/actions/new", LEADS, (c, v) -> post("/cases/" + c + "/actions/new"));
        add(HttpMethod.GET, "/cases/{caseId}/actions/{actionId}", EVERYONE_ON_CASE,
                (c, v) -> get("/cases/" + c + "/actions/" + meetings.get(c).action()));
        // the action's owner (the psychologist on the own case) and the leads
        add(HttpMethod.POST, "/cases/{caseId}/actions/{actionId}", union(LEADS, EnumSet.of(Viewer.PSYCHOLOGIST)),
                (c, v) -> post("/cases/" + c + "/actions/" + meetings.get(c).action()));
        // an annual review's proposals: everyone on the case reads them; the writers of the plan in force (the EHC plan
        // here) propose and start the draft. The posts are refused for their input (no version, or a draft already open)
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/proposals", EVERYONE_ON_CASE, (c, v) -> get(review(c) + "/proposals"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/proposals", EHC_WRITERS, (c, v) -> post(review(c) + "/proposals"));
        add(HttpMethod.GET, "/cases/{caseId}/meetings/{meetingId}/proposals/new", EHC_WRITERS,
                (c, v) -> get(review(c) + "/proposals/new"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/proposals/new", EHC_WRITERS,
                (c, v) -> post(review(c) + "/proposals/new"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/proposals/{proposalId}/remove", EHC_WRITERS,
                (c, v) -> post(review(c) + "/proposals/" + UUID.randomUUID() + "/remove"));
        add(HttpMethod.POST, "/cases/{caseId}/meetings/{meetingId}/proposals/draft", EHC_WRITERS,
                (c, v) -> post(review(c) + "/proposals/draft").param("version", "0"));
    }

    // ---- requests for an assessment sent online, and referrals to independent support

    @Autowired
    org.coplan.requests.internal.RequestWork requestWork;

    @Autowired
    org.coplan.requests.internal.ReferralWork referralWork;

    @Autowired
    org.coplan.requests.RequestSetup requestSetup;

    Map<CaseId, UUID> assessmentRequests = new java.util.HashMap<>();
    Map<CaseId, UUID> requestFiles = new java.util.HashMap<>();
    Map<CaseId, UUID> referrals = new java.util.HashMap<>();

    /**
     * A request for an assessment, with a report, sent by a parent on each case, and a referral to the
     * authority's SENDIASS. The SENDIASS viewer works for the own authority's SENDIASS as well.
     * Sending is for the family who may act and the school's SENCO; the request in full is for the
     * family and the leads; independent support is the acting family's.
     */
    private void addRequests() {
        for (var la : List.of(world.localAuthority(), world.otherLocalAuthority())) {
            var service = fixtures.people().createOrganisation(org.coplan.people.OrganisationKind.SERVICE, "SENDIASS " + UUID.randomUUID(), la.id());
            requestSetup.registerService(service.id(), la.id(), SupportChoice.SENDIASS);
            if (la.equals(world.localAuthority())) {
                fixtures.people().addStaffRole(world.sendiass().id(), service.id(), org.coplan.people.StaffRole.PROFESSIONAL);
            }
        }
        for (CaseId c : List.of(world.ownCase(), world.otherCase(), youngCase)) {
            Person family = familyOf(c);
            CaseContext ctx = access.open(family.id(), c, CaseAction.VIEW_CASE);
            var sent = requestWork.send(ctx, new org.coplan.requests.domain.RequestAnswers(null, null, null, "", "", "Reading is hard.", "",
                    null, null, null), List.of(new org.coplan.requests.internal.RequestWork.Upload("report.pdf", "application/pdf", PlanFixtures.PDF)));
            assessmentRequests.put(c, sent.requestId());
            requestFiles.put(c, requestWork.files(sent.requestId()).get(0).id());
            assertThat(requestSetup.askForSupport(family.id(), c, SupportChoice.SENDIASS, "by email", "")).isEmpty();
            referrals.put(c, referralWork.onCase(access.open(family.id(), c, CaseAction.ADD_TO_RECORD)).get(0).id());
        }
        Set<Viewer> senders = union(ACTING_FAMILY, EnumSet.of(Viewer.SENCO_OF_SCHOOL));
        add(HttpMethod.GET, "/cases/{caseId}/assessment-request", senders, (c, v) -> get("/cases/" + c + "/assessment-request"));
        add(HttpMethod.POST, "/cases/{caseId}/assessment-request", senders, (c, v) -> post("/cases/" + c + "/assessment-request"));
        add(HttpMethod.GET, "/cases/{caseId}/assessment-requests/{requestId}", FAMILY_AND_LEADS,
                (c, v) -> get("/cases/" + c + "/assessment-requests/" + assessmentRequests.get(c)));
        add(HttpMethod.GET, "/cases/{caseId}/assessment-requests/{requestId}/files/{fileId}", FAMILY_AND_LEADS,
                (c, v) -> get("/cases/" + c + "/assessment-requests/" + assessmentRequests.get(c) + "/files/" + requestFiles.get(c)));
        add(HttpMethod.GET, "/cases/{caseId}/independent-support", ACTING_FAMILY, (c, v) -> get("/cases/" + c + "/independent-support"));
        add(HttpMethod.POST, "/cases/{caseId}/independent-support", ACTING_FAMILY, (c, v) -> post("/cases/" + c + "/independent-support"));
        add(HttpMethod.POST, "/cases/{caseId}/independent-support/{referralId}", ACTING_FAMILY,
                (c, v) -> post("/cases/" + c + "/independent-support/" + referrals.get(c)));
        // provision delivered: the family's summary for everyone on the case, the table per item for staff
        add(HttpMethod.GET, "/cases/{caseId}/provision", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/provision"));
        add(HttpMethod.GET, "/cases/{caseId}/provision/fidelity", minus(EVERYONE_ON_CASE, FAMILY.toArray(Viewer[]::new)),
                (c, v) -> get("/cases/" + c + "/provision/fidelity?period=term"));
    }

    // ---- progress on outcomes

    @Autowired
    org.coplan.provision.internal.ProgressWork progressWork;

    Map<CaseId, UUID> outcomes = new java.util.HashMap<>();
    Map<CaseId, UUID> progressRecords = new java.util.HashMap<>();

    /** Staff on the case who may act record steps: the leads and every professional on the team, never the family. */
    static final Set<Viewer> STAFF_ACTING = minus(ACTING_ON_CASE, Viewer.PARENT, Viewer.CHILD, Viewer.PARENT_FULL);

    /**
     * An outcome in section E of each case's issued EHC plan (version 1), with a step recorded and a
     * file attached. Everyone on the case reads the progress; staff record steps; the acting family
     * adds its own view. The POSTs send nothing typed, so each answer is the form refused, and
     * nothing is added by the matrix itself.
     */
    private void addProgress() {
        for (CaseId c : List.of(world.ownCase(), world.otherCase(), youngCase)) {
            UUID version = jdbc.sql("select id from plan_version where plan_id = ? and number = 1")
                    .param(plans.get(c).ehcPlan()).query(UUID.class).single();
            UUID lineage = UUID.randomUUID();
            jdbc.sql("""
                            insert into plan_item (id, version_id, section, kind, description, by_when, lineage, created_at, created_by,
                                created_by_name)
                            values (?, ?, 'E', 'OUTCOME', 'Kit will ask for help in class', 'July 2027', ?, now(), ?, 'Cora Coordinator')""")
                    .params(UUID.randomUUID(), version, lineage, lead(c).id().value())
                    .update();
            outcomes.put(c, lineage);
            CaseContext ctx = access.open(lead(c).id(), c, CaseAction.ADD_TO_RECORD);
            UUID step = org.coplan.provision.domain.ProgressScale.defaults(ctx.child().localAuthority().value()).steps().get(1).id();
            var saved = (org.coplan.provision.internal.ProgressWork.Result.Saved) progressWork.record(ctx, lineage,
                    new org.coplan.provision.internal.ProgressWork.Progress(step, "Asked once this week.", "Class teacher", access.today(),
                            new org.coplan.provision.internal.ProgressWork.Upload("note.pdf", "application/pdf", PlanFixtures.PDF)));
            progressRecords.put(c, saved.id());
        }
        add(HttpMethod.GET, "/cases/{caseId}/outcomes", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/outcomes"));
        add(HttpMethod.GET, "/cases/{caseId}/outcomes/{lineage}", EVERYONE_ON_CASE, (c, v) -> get("/cases/" + c + "/outcomes/" + outcomes.get(c)));
        add(HttpMethod.POST, "/cases/{caseId}/outcomes/{lineage}/progress", STAFF_ACTING,
                (c, v) -> post("/cases/" + c + "/outcomes/" + outcomes.get(c) + "/progress"));
        add(HttpMethod.POST, "/cases/{caseId}/outcomes/{lineage}/views", ACTING_FAMILY,
                (c, v) -> post("/cases/" + c + "/outcomes/" + outcomes.get(c) + "/views"));
        add(HttpMethod.GET, "/cases/{caseId}/outcomes/{lineage}/progress/{recordId}/attachment", EVERYONE_ON_CASE,
                (c, v) -> get("/cases/" + c + "/outcomes/" + outcomes.get(c) + "/progress/" + progressRecords.get(c) + "/attachment"));
    }

    /** The authority's progress scale: its SEN manager only, and never another authority's. */
    @TestFactory
    Stream<DynamicTest> onlyTheSenManagerSeesAndChangesTheirAuthoritysProgressScale() {
        List<Outside> scale = List.of(
                new Outside(HttpMethod.GET, "/provision/progress-scale", EnumSet.of(Viewer.SEN_MANAGER),
                        own -> get("/provision/progress-scale")),
                new Outside(HttpMethod.POST, "/provision/progress-scale", EnumSet.of(Viewer.SEN_MANAGER),
                        own -> post("/provision/progress-scale")
                                .param("authorityId", (own ? world.localAuthority() : world.otherLocalAuthority()).id().value().toString())
                                .param("version", "-1")));
        List<DynamicTest> tests = new ArrayList<>();
        for (Outside endpoint : scale) {
            for (Viewer viewer : Viewer.values()) {
                boolean allowed = endpoint.allowed().contains(viewer);
                tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + viewer + ", theirs: "
                        + (allowed ? "allowed" : "not found"), () -> checkOutside(endpoint, viewer, true, allowed)));
                if (endpoint.method() == HttpMethod.POST) {
                    tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + viewer
                            + ", another authority's: not found", () -> checkOutside(endpoint, viewer, false, false)));
                }
            }
        }
        return tests.stream();
    }

    private Person familyOf(CaseId c) {
        return c.equals(world.ownCase()) ? world.parent() : c.equals(youngCase) ? people.get(Viewer.PARENT_FULL) : otherParent;
    }

    /**
     * The inboxes are not about one case: "Requests for assessment" is for the authority's
     * coordinators and SEN managers, "Referrals" for the staff of a support service, and a family's
     * acknowledgement for whoever sent the request. A SENDIASS adviser sees a referral in their inbox
     * and may take it on, and still cannot open the case (see {@code IndependentSupportTest}).
     */
    @TestFactory
    Stream<DynamicTest> theInboxesAndAcknowledgementAreForTheirOwnPeopleOnly() {
        record Page(String name, Set<Viewer> allowed, java.util.function.Supplier<MockHttpServletRequestBuilder> request) {}
        List<Page> pages = List.of(
                new Page("GET /requests", EnumSet.of(Viewer.COORDINATOR, Viewer.SEN_MANAGER), () -> get("/requests")),
                new Page("GET /referrals", EnumSet.of(Viewer.SENDIASS), () -> get("/referrals")),
                new Page("POST /referrals/{referralId}/accept", EnumSet.of(Viewer.SENDIASS),
                        () -> post("/referrals/" + referrals.get(world.ownCase()) + "/accept")),
                new Page("POST /referrals/{referralId}/accept on another authority's referral", EnumSet.noneOf(Viewer.class),
                        () -> post("/referrals/" + referrals.get(world.otherCase()) + "/accept")),
                new Page("GET /assessment-requests/{requestId}/sent", EnumSet.of(Viewer.PARENT),
                        () -> get("/assessment-requests/" + assessmentRequests.get(world.ownCase()) + "/sent")),
                new Page("GET /assessment-request", EnumSet.allOf(Viewer.class), () -> get("/assessment-request")));
        List<DynamicTest> tests = new ArrayList<>();
        for (Page page : pages) {
            for (Viewer viewer : Viewer.values()) {
                boolean allowed = page.allowed().contains(viewer);
                tests.add(DynamicTest.dynamicTest(page.name() + " as " + viewer + ": " + (allowed ? "allowed" : "not found"), () -> {
                    MvcResult result = mvc.perform(page.request().get().with(fixtures.as(people.get(viewer))).with(csrf())).andReturn();
                    if (allowed) {
                        assertThat(result.getResponse().getStatus()).as("status").isBetween(200, 399);
                    } else {
                        assertThat(result.getResponse().getStatus()).as("status").isEqualTo(404);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private final Map<CaseId, UUID> viewsFor = new java.util.HashMap<>();

    /** The family member whose views (recorded for them by the lead) are on the case's meeting. */
    private UUID viewsOf(CaseId c) {
        return viewsFor.computeIfAbsent(c, k -> meetingFixtures.viewsOnBehalf(lead(k), k, meetings.get(k).meeting()));
    }

    private String review(CaseId c) {
        return "/cases/" + c + "/meetings/" + reviews.get(c);
    }

    private String meeting(CaseId c) {
        return "/cases/" + c + "/meetings/" + meetings.get(c).meeting();
    }

    private Person lead(CaseId c) {
        return c.equals(world.otherCase()) ? world.otherCoordinator() : world.coordinator();
    }

    @Test
    void everyCaseScopedEndpointIsInTheMatrix() {
        Set<String> inApplication = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.contains("{caseId}")) {
                    e.getKey().getMethodsCondition().getMethods().forEach(m -> inApplication.add(m.name() + " " + pattern));
                }
            }
        }
        assertThat(inApplication).isNotEmpty();
        assertThat(matrix.keySet()).as("case-scoped endpoints covered by the access matrix").containsAll(inApplication);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsExactlyWhatItShouldOnItsOwnCaseAndNothingOnAnother() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : matrix.values()) {
            for (Viewer viewer : Viewer.values()) {
                boolean allowed = endpoint.allowed().contains(viewer);
                tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + viewer + " on own case: "
                        + (allowed ? "allowed" : "not found"), () -> check(endpoint, viewer, world.ownCase(), allowed)));
                tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + viewer + " on another case: not found",
                        () -> check(endpoint, viewer, world.otherCase(), false)));
            }
        }
        return tests.stream();
    }

    @Test
    void forbiddenAndUnknownCasesLookTheSame() throws Exception {
        MvcResult forbidden = mvc.perform(get("/cases/" + world.otherCase()).with(user(fixtures.signedIn(world.parent())))).andReturn();
        MvcResult unknown = mvc.perform(get("/cases/" + UUID.randomUUID()).with(user(fixtures.signedIn(world.parent())))).andReturn();
        assertThat(forbidden.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(withoutCsrfToken(forbidden.getResponse().getContentAsString()))
                .isEqualTo(withoutCsrfToken(unknown.getResponse().getContentAsString()));
    }

    /** The CSRF token is masked afresh on every response, so it is the one part allowed to differ. */
    private static String withoutCsrfToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"");
    }

    private void check(Endpoint endpoint, Viewer viewer, CaseId caseId, boolean allowed) throws Exception {
        Person person = people.get(viewer);
        if (YOUNG_PERSONS_PARENTS.containsKey(viewer) && caseId.equals(world.ownCase())) {
            // their own case is the young person's, with the choice that makes them who they are
            caseId = youngCase;
            fixtures.cases().parentAccess(youngCase, YOUNG_PERSONS_PARENTS.get(viewer));
        }
        long viewsBefore = views(caseId, person);
        MvcResult result = mvc.perform(endpoint.request().apply(caseId, viewer).with(fixtures.as(person)).with(csrf()))
                .andReturn();
        int status = result.getResponse().getStatus();
        if (allowed) {
            assertThat(status).as("status").isBetween(200, 399);
            if (endpoint.method() == HttpMethod.GET && status == 200) {
                assertThat(views(caseId, person)).as("a view or export of case data is audited").isGreaterThan(viewsBefore);
            }
        } else {
            assertThat(status).as("status").isEqualTo(404);
            assertThat(result.getResponse().getContentAsString()).contains("Page not found");
            assertThat(views(caseId, person)).as("nothing seen, nothing audited as seen").isEqualTo(viewsBefore);
        }
    }

    /**
     * Counted by PostgreSQL, on the application's own connections: reading every event of the case
     * back twice per check made the matrix's cost grow with the square of its size.
     */
    private long views(CaseId caseId, Person person) {
        return jdbc.sql("select count(*) from audit_event where case_id = ? and actor_id = ? and action in ('VIEWED', 'EXPORTED')")
                .params(caseId.value(), person.id().value())
                .query(Long.class)
                .single();
    }

    /** A professional member of the case, for pages about one member. */
    private UUID memberOf(CaseId caseId) {
        if (caseId.equals(world.ownCase())) {
            return world.psychologistMember().id();
        }
        return fixtures.cases().addMember(caseId, fixtures.person("Spare Member").id(), CaseRole.OTHER_PROFESSIONAL).id();
    }

    /** A fresh member to remove, so one removal does not change the next check. */
    private UUID newMemberOf(CaseId caseId) {
        return fixtures.cases().addMember(caseId, fixtures.person("Removable Member").id(), CaseRole.OTHER_PROFESSIONAL).id();
    }

    private UUID newInvitationOn(CaseId caseId) {
        CaseContext ctx = access.open(lead(caseId).id(), caseId, CaseAction.MANAGE_TEAM);
        String email = fixtures.uniqueEmail("invitee");
        work.invite(ctx, email, "In Vitee", CaseRole.OTHER_PROFESSIONAL);
        return work.unansweredInvitations(caseId).stream().filter(i -> i.email().equals(email)).findFirst().orElseThrow().id();
    }

    private String ehc(CaseId c) {
        return "/cases/" + c + "/plans/" + plans.get(c).ehcPlan();
    }

    private String sen(CaseId c) {
        return "/cases/" + c + "/plans/" + plans.get(c).senSupportPlan();
    }

    /** A fresh quote in section A of the open EHC amendment, said by a child without an account (any acting family member answers). */
    private UUID newQuote(CaseId c) {
        UUID version = jdbc.sql("select id from plan_version where plan_id = ? and number = 2")
                .param(plans.get(c).ehcPlan()).query(UUID.class).single();
        UUID lineage = UUID.randomUUID();
        jdbc.sql("""
                        insert into section_quote (id, version_id, section, lineage, heading, body, speaker_name, speaker_role, said_at,
                            state, created_at)
                        values (?, ?, 'A', ?, 'What I like doing', 'Drawing', 'Kit', 'CHILD_YOUNG_PERSON', now(), 'STANDS', now())""")
                .params(UUID.randomUUID(), version, lineage)
                .update();
        return lineage;
    }

    private UUID newItem(CaseId c) {
        return planFixtures.newProvisionItem(lead(c), c, plans.get(c).ehcPlan(), 2);
    }

    private void add(HttpMethod method, String pattern, Set<Viewer> allowed, BiFunction<CaseId, Viewer, MockHttpServletRequestBuilder> request) {
        matrix.put(method.name() + " " + pattern, new Endpoint(method, pattern, allowed, request));
    }

    private static MockHttpServletRequestBuilder get(String path) {
        return MockMvcRequestBuilders.get(path);
    }

    private static MockHttpServletRequestBuilder post(String path) {
        return MockMvcRequestBuilders.post(path);
    }

    private static Set<Viewer> minus(Set<Viewer> from, Viewer... left) {
        Set<Viewer> rest = EnumSet.copyOf(from);
        rest.removeAll(List.of(left));
        return rest;
    }

    @SafeVarargs
    private static Set<Viewer> union(Set<Viewer>... sets) {
        Set<Viewer> all = EnumSet.noneOf(Viewer.class);
        for (Set<Viewer> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    // ---- themes for the school or area (the bench model): a mark by staff waiting for the family on each case

    private final Map<CaseId, UUID> waitingMarks = new java.util.HashMap<>();

    /**
     * Everyone who may add to the record marks a theme and sees the case's themes; only the person who
     * answers for the family agrees or not: a parent or carer on a child's case (the young person on a
     * young person's case, so the parents of {@code youngCase} do not). Posts carry no answer, so each
     * check stores nothing.
     */
    private void addThemes() {
        for (CaseId c : List.of(world.ownCase(), world.otherCase(), youngCase)) {
            UUID theme = UUID.randomUUID();
            UUID authority = (c.equals(world.otherCase()) ? world.otherLocalAuthority() : world.localAuthority()).id().value();
            jdbc.sql("""
                    insert into theme (id, local_authority_id, title, description, created_by, status, created_at)
                    values (?, ?, 'Waiting for therapy', 'Therapy starts late', ?, 'OPEN', now())""")
                    .params(theme, authority, lead(c).id().value())
                    .update();
            UUID mark = UUID.randomUUID();
            jdbc.sql("""
                    insert into theme_mark (id, theme_id, case_id, kind, marked_by, by_family, status, created_at)
                    values (?, ?, ?, 'OTHER', ?, false, 'WAITING', now())""")
                    .params(mark, theme, c.value(), lead(c).id().value())
                    .update();
            waitingMarks.put(c, mark);
        }
        add(HttpMethod.GET, "/cases/{caseId}/themes", ACTING_ON_CASE, (c, v) -> get("/cases/" + c + "/themes"));
        add(HttpMethod.GET, "/cases/{caseId}/themes/new", ACTING_ON_CASE, (c, v) -> get("/cases/" + c + "/themes/new"));
        add(HttpMethod.POST, "/cases/{caseId}/themes/new", ACTING_ON_CASE, (c, v) -> post("/cases/" + c + "/themes/new"));
        add(HttpMethod.POST, "/cases/{caseId}/themes/marks/{markId}", EnumSet.of(Viewer.PARENT),
                (c, v) -> post("/cases/" + c + "/themes/marks/" + waitingMarks.get(c)));
    }

    // ---- delivery records: the sessions of a provision item given by the case's health professional

    Map<CaseId, UUID> deliveredItems = new java.util.HashMap<>();

    /** Everyone on the case but the family (and a "view only" parent): staff who may act on it. */
    static final Set<Viewer> STAFF_ON_CASE = EnumSet.of(Viewer.SENCO_OF_SCHOOL, Viewer.COORDINATOR, Viewer.SEN_MANAGER,
            Viewer.PSYCHOLOGIST, Viewer.HEALTH, Viewer.SOCIAL_CARE, Viewer.SENDIASS, Viewer.OTHER_PROFESSIONAL);

    /**
     * Everyone on the case reads an item's sessions. The recording pages are for staff on the case:
     * the provider (the health professional here) and the leads record; another professional gets a
     * page saying they do not provide the item (so they are "allowed" here, and record nothing:
     * {@code DeliveryRecordsTest} proves that). The family never records. Posts carry bad input, so
     * each check stores nothing.
     */
    private void addDelivery() {
        for (CaseId c : List.of(world.ownCase(), world.otherCase(), youngCase)) {
            UUID lineage = UUID.randomUUID();
            jdbc.sql("""
                    insert into provision_item (case_id, lineage, plan_kind, plan_version_id, section, description, sessions, per, minutes,
                        provider_role, in_force_from)
                    values (?, ?, 'EHC', ?, 'F', 'Speech and language therapy', 1, 'WEEK', 30, 'HEALTH_PROFESSIONAL', date '2026-09-01')""")
                    .params(c.value(), lineage, UUID.randomUUID())
                    .update();
            deliveredItems.put(c, lineage);
        }
        add(HttpMethod.GET, "/cases/{caseId}/provision/items/{lineage}", EVERYONE_ON_CASE,
                (c, v) -> get("/cases/" + c + "/provision/items/" + deliveredItems.get(c)));
        add(HttpMethod.GET, "/cases/{caseId}/provision/items/{lineage}/sessions/new", STAFF_ON_CASE,
                (c, v) -> get("/cases/" + c + "/provision/items/" + deliveredItems.get(c) + "/sessions/new"));
        add(HttpMethod.POST, "/cases/{caseId}/provision/items/{lineage}/sessions/new", STAFF_ON_CASE,
                (c, v) -> post("/cases/" + c + "/provision/items/" + deliveredItems.get(c) + "/sessions/new").param("status", "DELIVERED")
                        .param("minutes", "-1"));
        add(HttpMethod.GET, "/cases/{caseId}/provision/sessions/{sessionId}/correct", STAFF_ON_CASE,
                (c, v) -> get("/cases/" + c + "/provision/sessions/" + deliveredSession(c) + "/correct"));
        add(HttpMethod.POST, "/cases/{caseId}/provision/sessions/{sessionId}/correct", STAFF_ON_CASE,
                (c, v) -> post("/cases/" + c + "/provision/sessions/" + deliveredSession(c) + "/correct").param("status", "DELIVERED")
                        .param("minutes", "1441"));
    }

    private final Map<CaseId, UUID> deliveredSessions = new java.util.HashMap<>();

    /** A session of the case's item, recorded by its lead, for correcting. */
    private UUID deliveredSession(CaseId c) {
        return deliveredSessions.computeIfAbsent(c, k -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into provision_session (id, case_id, item_lineage, session_date, status, minutes, delivered_by, recorded_by,
                        recorded_by_name, recorded_at)
                    values (?, ?, ?, date '2026-11-16', 'DELIVERED', 30, 'Hal Health', ?, 'Hal Health', now())""")
                    .params(id, k.value(), deliveredItems.get(k), lead(k).id().value())
                    .update();
            return id;
        });
    }

    /** A provider's own pages, outside any case: every signed-in person has them, showing only the items they provide. */
    private List<Outside> providerPages() {
        return List.of(
                new Outside(HttpMethod.GET, "/provision/my-week", EnumSet.allOf(Viewer.class), own -> get("/provision/my-week")),
                new Outside(HttpMethod.GET, "/provision/group-sessions/new", EnumSet.allOf(Viewer.class),
                        own -> get("/provision/group-sessions/new")),
                new Outside(HttpMethod.POST, "/provision/group-sessions/new", EnumSet.allOf(Viewer.class),
                        own -> post("/provision/group-sessions/new").param("minutes", "-1")));
    }

    @Test
    void everyProviderPageOutsideACaseIsInTheMatrix() {
        Set<String> inApplication = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.startsWith("/provision/my-week") || pattern.startsWith("/provision/group-sessions")) {
                    e.getKey().getMethodsCondition().getMethods().forEach(m -> inApplication.add(m.name() + " " + pattern));
                }
            }
        }
        assertThat(providerPages().stream().map(o -> o.method().name() + " " + o.pattern()).toList())
                .containsExactlyInAnyOrderElementsOf(inApplication);
    }

    @TestFactory
    Stream<DynamicTest> aProvidersOwnPagesOpenForEverySignedInPerson() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Outside endpoint : providerPages()) {
            for (Viewer viewer : Viewer.values()) {
                boolean allowed = endpoint.allowed().contains(viewer);
                tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + viewer + ": "
                        + (allowed ? "allowed" : "not found"), () -> checkOutside(endpoint, viewer, true, allowed)));
            }
        }
        return tests.stream();
    }
}
