package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEvent;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParentAccessChoice;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.domain.CaseAction;
import org.coplan.notify.Email;
import org.coplan.notify.EmailNotSent;
import org.coplan.people.Person;
import org.coplan.process.domain.AdviceKind;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ExceptionReason;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.ReminderKind;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.internal.ProcessWork;
import org.coplan.process.internal.ReminderClaims.Claim;
import org.coplan.process.internal.ReminderJob;
import org.coplan.process.internal.ReminderSending;
import org.coplan.process.internal.ReminderSending.Message;
import org.coplan.shared.ClockConfiguration;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReminderJobTest extends IntegrationTest {

    /** The test clock's first day, a Monday: a request received then makes D1 due on 4 January 2027. */
    static final LocalDate REQUESTED = LocalDate.of(2026, 11, 23);
    static final LocalDate DECISION_DUE = LocalDate.of(2027, 1, 4);

    @Autowired
    ReminderJob job;

    @Autowired
    ProcessWork process;

    @Autowired
    CaseAccess cases;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReminderSending sending;

    void today(LocalDate day) {
        clock.set(ZonedDateTime.of(day, LocalTime.of(10, 0), ClockConfiguration.ZONE).toInstant());
    }

    CaseContext asCoordinator(World world) {
        return cases.open(world.coordinator().id(), world.ownCase(), CaseAction.VIEW_CASE);
    }

    ProcessEvent record(World world, ProcessEvent step) {
        assertThat(process.record(asCoordinator(world), step)).as("problems recording " + step.kind()).isEmpty();
        return step;
    }

    ProcessEvent requestReceived(World world, LocalDate day) {
        return record(world, ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, day)
                .withRequest(RequestSource.PARENT, RequestChannel.EMAIL, day.atTime(9, 0)));
    }

    /** Request, decision to assess, decision to issue and a draft sent on the test clock's first day. */
    void draftSent(World world) {
        requestReceived(world, LocalDate.of(2026, 11, 2));
        record(world, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, LocalDate.of(2026, 11, 9)));
        record(world, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ISSUE, LocalDate.of(2026, 11, 20)));
        record(world, ProcessEvent.of(ProcessEventKind.DRAFT_PLAN_SENT, REQUESTED));
    }

    static List<String> subjects(Person person) {
        return TestMail.to(person.email()).stream().map(ReminderJobTest::subject).toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String lastBody(Person person) {
        List<MimeMessage> all = TestMail.to(person.email());
        return TestMail.body(all.get(all.size() - 1));
    }

    List<String> claims(World world, UUID person) {
        return jdbc.sql("select kind || ' ' || lead_days || ' ' || outcome from process_reminder where case_id = ? and person_id = ? order by sent_at")
                .params(world.ownCase().value(), person).query(String.class).list();
    }

    @Test
    void localAuthorityDeadlineIsRemindedToTheCoordinatorOnlyAtEachLeadTimeAndOnceOverdue() {
        World world = fixtures.world();
        requestReceived(world, REQUESTED);
        String d1 = "the decision whether to carry out an EHC needs assessment";

        today(DECISION_DUE.minusDays(15));
        job.sendDue();
        assertThat(subjects(world.coordinator())).isEmpty();

        today(DECISION_DUE.minusDays(14));
        job.sendDue();
        job.sendDue();
        assertThat(subjects(world.coordinator())).containsExactly("Reminder: " + d1 + " is due in 14 days");
        String body = lastBody(world.coordinator());
        assertThat(body).contains("Hello Cora Coordinator", d1 + " is due on 4 January 2027 (in 14 days)",
                "http://localhost/cases/" + world.ownCase() + "/timeline", "on the child's team as: EHC coordinator")
                .doesNotContain("Kit").doesNotContain(cases.child(world.ownCase()).orElseThrow().familyName())
                .doesNotContain("statutory guidance");

        today(DECISION_DUE.minusDays(10));
        job.sendDue();
        today(DECISION_DUE.minusDays(7));
        job.sendDue();
        today(DECISION_DUE.minusDays(1));
        job.sendDue();
        today(DECISION_DUE);
        job.sendDue();
        today(DECISION_DUE.plusDays(1));
        job.sendDue();
        job.sendDue();
        today(DECISION_DUE.plusDays(2));
        job.sendDue();

        assertThat(subjects(world.coordinator())).containsExactly(
                "Reminder: " + d1 + " is due in 14 days",
                "Reminder: " + d1 + " is due in 7 days",
                "Reminder: " + d1 + " is due tomorrow",
                "Overdue: " + d1 + " was due on 4 January 2027");
        assertThat(lastBody(world.coordinator())).contains("has not been recorded as done");
        for (Person other : List.of(world.manager(), world.senco(), world.parent(), world.child(), world.psychologist(),
                world.health(), world.socialCare(), world.sendiass(), world.otherProfessional())) {
            assertThat(subjects(other)).as(other.displayName()).isEmpty();
        }
        assertThat(claims(world, world.coordinator().id().value()))
                .containsExactly("DUE_SOON 14 EMAILED", "DUE_SOON 7 EMAILED", "DUE_SOON 1 EMAILED", "OVERDUE 0 EMAILED");

        List<AuditEvent> sent = audit.forCase(world.ownCase().value(), 100).stream()
                .filter(e -> e.action() == AuditAction.MESSAGE_SENT).toList();
        assertThat(sent).extracting(AuditEvent::subject).containsExactlyInAnyOrder(
                "Reminder 14 days before: " + d1 + " is due on 4 January 2027",
                "Reminder 7 days before: " + d1 + " is due on 4 January 2027",
                "Reminder 1 day before: " + d1 + " is due on 4 January 2027",
                "Overdue reminder: " + d1 + " was due on 4 January 2027");
        assertThat(sent).allSatisfy(e -> {
            assertThat(e.detail()).isEqualTo("To Cora Coordinator (EHC coordinator)");
            assertThat(e.actorRole()).isEqualTo("SYSTEM");
        });
    }

    @Test
    void familyIsToldWhenTheDraftPlanCommentWindowOpens() {
        World world = fixtures.world();
        draftSent(world);

        today(REQUESTED);
        job.sendDue();
        job.sendDue();

        for (Person family : List.of(world.parent(), world.child())) {
            assertThat(subjects(family)).containsExactly("You can now comment on the draft EHC plan");
            assertThat(lastBody(family)).contains("Please send your comments by 7 December 2026",
                    "http://localhost/cases/" + world.ownCase() + "/timeline");
        }
        assertThat(lastBody(world.parent())).contains("Hello Pat Parent", "on the child's team as: Parent or carer")
                .doesNotContain("Kit");
        assertThat(subjects(world.coordinator())).isEmpty();
        assertThat(subjects(world.psychologist())).isEmpty();
        assertThat(audit.forCase(world.ownCase().value(), 100)).filteredOn(e -> e.action() == AuditAction.MESSAGE_SENT)
                .extracting(AuditEvent::subject, AuditEvent::detail)
                .containsExactlyInAnyOrder(
                        tuple("Family told: You can now comment on the draft EHC plan, until 7 December 2026",
                                "To Pat Parent (Parent or carer)"),
                        tuple("Family told: You can now comment on the draft EHC plan, until 7 December 2026",
                                "To Kit Child (Child or young person)"));

        today(REQUESTED.plusDays(5));
        job.sendDue();
        assertThat(subjects(world.parent())).hasSize(1);
    }

    @Test
    void parentWhoseAccessTheYoungPersonRemovedIsNotTold() {
        World world = fixtures.world(LocalDate.of(2009, 3, 1));
        fixtures.cases().parentAccess(world.ownCase(), ParentAccessChoice.NONE);
        draftSent(world);

        today(REQUESTED);
        job.sendDue();

        assertThat(subjects(world.child())).containsExactly("You can now comment on the draft EHC plan");
        assertThat(subjects(world.parent())).isEmpty();
    }

    @Test
    void nothingIsSentForExceptedOrClosedDeadlines() {
        World excepted = fixtures.world();
        ProcessEvent request = requestReceived(excepted, REQUESTED);
        record(excepted, ProcessEvent.of(ProcessEventKind.EXCEPTION_RECORDED, REQUESTED)
                .withException(DeadlineKey.DECISION_TO_ASSESS, request.id(), null)
                .withOutcome(ExceptionReason.PERSONAL_CIRCUMSTANCES.name())
                .withReasons("The family asked to wait"));
        World decided = fixtures.world();
        requestReceived(decided, REQUESTED);
        record(decided, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, REQUESTED));

        for (LocalDate day : List.of(DECISION_DUE.minusDays(14), DECISION_DUE.minusDays(1), DECISION_DUE.plusDays(1))) {
            today(day);
            job.sendDue();
        }

        assertThat(subjects(excepted.coordinator())).isEmpty();
        assertThat(subjects(decided.coordinator())).isEmpty();
        assertThat(claims(excepted, excepted.coordinator().id().value())).isEmpty();
    }

    @Test
    void removedMembersGetNothingAndAdviceFromSomeoneNotOnTheTeamIsChasedByTheCoordinator() {
        World world = fixtures.world();
        requestReceived(world, LocalDate.of(2026, 11, 16));
        record(world, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, REQUESTED));
        record(world, ProcessEvent.of(ProcessEventKind.ADVICE_REQUESTED, REQUESTED)
                .withAdviser(AdviceKind.PSYCHOLOGICAL, world.psychologist().displayName()));
        record(world, ProcessEvent.of(ProcessEventKind.ADVICE_REQUESTED, REQUESTED)
                .withAdviser(AdviceKind.MEDICAL, "Community paediatrics"));

        Visitor lead = visitor();
        lead.signIn(world.coordinator().email(), Fixtures.PASSWORD);
        lead.get("/cases/" + world.ownCase() + "/team/" + world.psychologistMember().id() + "/remove");
        lead.post("/cases/" + world.ownCase() + "/team/" + world.psychologistMember().id() + "/remove", Map.of());
        assertThat(cases.activeMembers(world.ownCase())).extracting(CaseMember::personId).doesNotContain(world.psychologist().id());

        today(DECISION_DUE.minusDays(14));
        job.sendDue();

        assertThat(subjects(world.psychologist())).isEmpty();
        assertThat(subjects(world.health())).containsExactly("Reminder: advice for an EHC needs assessment is due in 14 days");
        assertThat(lastBody(world.health())).contains("on the child's team as: Health professional");
        List<String> coordinator = subjects(world.coordinator());
        assertThat(coordinator).containsExactly("Reminder: advice for an EHC needs assessment is due in 14 days");
        assertThat(lastBody(world.coordinator())).contains("the advice was asked of " + world.psychologist().displayName()
                + ", who is not on the child's team in Coplan");
    }

    @Test
    void familyMemberWhoChoseNoEmailIsToldThroughTheCoordinatorInstead() {
        World world = fixtures.world();
        fixtures.cases().participation(new ParticipationChoices(world.parentMember().id(), Involvement.INVOLVED_IN_DECISIONS,
                Set.of(ContactChannel.TEXT, ContactChannel.PHONE), "Polish", true, "", Set.of(), "", 0, null));
        fixtures.cases().participation(new ParticipationChoices(world.childMember().id(), Involvement.KEPT_INFORMED,
                Set.of(ContactChannel.EMAIL, ContactChannel.POST), "English", false, "", Set.of(), "", 0, null));
        draftSent(world);

        today(REQUESTED);
        job.sendDue();
        job.sendDue();

        assertThat(subjects(world.parent())).isEmpty();
        assertThat(subjects(world.child())).containsExactly("You can now comment on the draft EHC plan");
        assertThat(subjects(world.coordinator()))
                .containsExactly("Please tell a family member something by their chosen way of contact");
        assertThat(lastBody(world.coordinator())).contains("(Parent or carer) asked not to be contacted by email",
                "by their chosen way of contact (Text message, Phone call)",
                "You can now comment on the draft EHC plan. Please send your comments by 7 December 2026.",
                "The language they prefer: Polish.", "They need an interpreter.",
                "http://localhost/cases/" + world.ownCase() + "/timeline").doesNotContain("Kit");
        assertThat(claims(world, world.parent().id().value())).containsExactly("WINDOW_OPEN 0 NOT_EMAILED_CHANNEL");
        assertThat(claims(world, world.child().id().value())).containsExactly("WINDOW_OPEN 0 EMAILED");
        assertThat(audit.forCase(world.ownCase().value(), 100)).filteredOn(e -> e.action() == AuditAction.MESSAGE_SENT)
                .extracting(AuditEvent::detail)
                .contains("To Cora Coordinator (EHC coordinator), for a family member (Parent or carer) who chose: Text message, Phone call");
    }

    @Test
    void schoolDeadlinesGoToTheSencoOnTheTeamAndGuidanceSaysSo() {
        World world = fixtures.world();
        draftSent(world);
        record(world, ProcessEvent.of(ProcessEventKind.SCHOOL_CONSULTED, REQUESTED).withAdviser(null, "Hillside School"));

        today(REQUESTED.plusDays(1));
        job.sendDue();
        assertThat(subjects(world.senco())).as("a SENCO who leads the case without being on the team").isEmpty();

        fixtures.cases().addMember(world.ownCase(), world.senco().id(), CaseRole.SENCO);
        job.sendDue();

        assertThat(subjects(world.senco())).containsExactly(
                "Reminder: the answer from a school or setting asked about being named in an EHC plan is due in 14 days");
        assertThat(lastBody(world.senco())).contains("statutory guidance (what should happen), not from a legal time limit",
                "on the child's team as: SENCO");
        assertThat(subjects(world.coordinator())).isEmpty();
    }

    @Test
    void aReminderTheMailServerRefusesIsNotClaimedSoTheNextRunSendsIt() {
        World world = fixtures.world();
        UUID subject = UUID.randomUUID();
        Claim claim = new Claim(world.ownCase().value(), DeadlineKey.FINAL_PLAN, subject, DECISION_DUE, ReminderKind.DUE_SOON,
                7, world.coordinator().id().value(), CaseRole.EHC_COORDINATOR);
        Message refused = new Message(new Email("not an email address", "Reminder", "Body", world.ownCase().value()),
                "Reminder test", "To Cora Coordinator (EHC coordinator)");

        assertThatThrownBy(() -> sending.email(claim, refused)).isInstanceOf(EmailNotSent.class);
        assertThat(claims(world, world.coordinator().id().value())).isEmpty();
        assertThat(audit.forCase(world.ownCase().value(), 100)).noneMatch(e -> e.subject().equals("Reminder test"));

        Message delivered = new Message(new Email(world.coordinator().email(), "Reminder", "Body", world.ownCase().value()),
                "Reminder test", "To Cora Coordinator (EHC coordinator)");
        assertThat(sending.email(claim, delivered)).isTrue();
        assertThat(sending.email(claim, delivered)).isFalse();
        assertThat(subjects(world.coordinator())).containsExactly("Reminder");
        assertThat(claims(world, world.coordinator().id().value())).containsExactly("DUE_SOON 7 EMAILED");
    }

    @Test
    void eachAuthorityIsRemindedInBatchesWithOneLookupOfWhoWasToldPerBatchNotPerDeadline() throws Exception {
        World world = fixtures.world();
        draftSent(world);
        for (int i = 0; i < 4; i++) {
            CaseId another = fixtures.cases().openCase(world.coordinator().id(), CaseRole.EHC_COORDINATOR, "Kit",
                    "Batch" + i, null, LocalDate.of(2016, 5, 14), world.school().id(), world.localAuthority().id(),
                    Stage.ASSESSMENT);
            fixtures.cases().addMember(another, world.parent().id(), CaseRole.PARENT_CARER);
            CaseContext ctx = cases.open(world.coordinator().id(), another, CaseAction.VIEW_CASE);
            for (ProcessEvent step : List.of(
                    ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, LocalDate.of(2026, 11, 2))
                            .withRequest(RequestSource.PARENT, RequestChannel.EMAIL, LocalDate.of(2026, 11, 2).atTime(9, 0)),
                    ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, LocalDate.of(2026, 11, 9)),
                    ProcessEvent.of(ProcessEventKind.DECIDED_TO_ISSUE, LocalDate.of(2026, 11, 20)),
                    ProcessEvent.of(ProcessEventKind.DRAFT_PLAN_SENT, REQUESTED))) {
                assertThat(process.record(ctx, step)).isEmpty();
            }
        }
        today(REQUESTED);
        job.sendDue();
        assertThat(subjects(world.parent())).as("the comment window opened on five cases")
                .containsOnly("You can now comment on the draft EHC plan").hasSize(5);

        List<String> sent = statements.sentBy(job::sendDue);
        List<String> candidateQueries = sent.stream().filter(q -> q.startsWith("select d.*")).toList();
        List<String> toldLookups = sent.stream().filter(q -> q.startsWith("select") && q.contains("from process_reminder")).toList();
        assertThat(candidateQueries).as("one authority at a time, a limited batch at a time").isNotEmpty()
                .allMatch(q -> q.contains("d.local_authority_id = ?") && q.contains("limit ?"));
        assertThat(toldLookups).as("who was told is looked up once per batch, not once per deadline: " + sent)
                .hasSizeLessThanOrEqualTo(candidateQueries.size());
        assertThat(subjects(world.parent())).hasSize(5);
    }
}
