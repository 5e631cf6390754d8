package org.coplan.process.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.coplan.process.domain.ProcessEventKind.ADVICE_RECEIVED;
import static org.coplan.process.domain.ProcessEventKind.ADVICE_REQUESTED;
import static org.coplan.process.domain.ProcessEventKind.AMENDED_PLAN_ISSUED;
import static org.coplan.process.domain.ProcessEventKind.AMENDMENT_NOTICE_SENT;
import static org.coplan.process.domain.ProcessEventKind.DECIDED_NOT_TO_AMEND;
import static org.coplan.process.domain.ProcessEventKind.DECIDED_NOT_TO_ASSESS;
import static org.coplan.process.domain.ProcessEventKind.DECIDED_NOT_TO_ISSUE;
import static org.coplan.process.domain.ProcessEventKind.DECIDED_TO_ASSESS;
import static org.coplan.process.domain.ProcessEventKind.DECIDED_TO_ISSUE;
import static org.coplan.process.domain.ProcessEventKind.DRAFT_PLAN_SENT;
import static org.coplan.process.domain.ProcessEventKind.EXCEPTION_RECORDED;
import static org.coplan.process.domain.ProcessEventKind.FINAL_PLAN_ISSUED;
import static org.coplan.process.domain.ProcessEventKind.PHASE_TRANSFER_PLANNED;
import static org.coplan.process.domain.ProcessEventKind.PLAN_CEASED;
import static org.coplan.process.domain.ProcessEventKind.REQUEST_RECEIVED;
import static org.coplan.process.domain.ProcessEventKind.REVIEW_ADVICE_CIRCULATED;
import static org.coplan.process.domain.ProcessEventKind.REVIEW_DECISION;
import static org.coplan.process.domain.ProcessEventKind.REVIEW_MEETING_ARRANGED;
import static org.coplan.process.domain.ProcessEventKind.REVIEW_MEETING_HELD;
import static org.coplan.process.domain.ProcessEventKind.REVIEW_REPORT_SENT;
import static org.coplan.process.domain.ProcessEventKind.SCHOOL_CONSULTED;
import static org.coplan.process.domain.ProcessEventKind.SCHOOL_REQUESTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.deadlines.DeadlineSettings;
import org.coplan.deadlines.RequestChannel;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.deadlines.WorkingDays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A case's recorded steps replayed into deadlines (ehc-process.md sections 3, 4, 6 and 10), and
 * the checks on a new step or a corrected date. Every expected date is worked out by hand from
 * the rule it comes from; the weekday is given where a rule moves a date off a non-working day.
 */
class CaseProcessTest {

    private static final StatutoryDeadlines RULES = StatutoryDeadlines.withDefaults();

    /** 11 at the request: no under-5 reviews; year 9 from 1 September 2029. */
    private static final LocalDate BORN = date(2016, 5, 10);

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static ProcessEvent step(ProcessEventKind kind, LocalDate on) {
        return ProcessEvent.of(kind, on);
    }

    private static ProcessEvent request(LocalDate on) {
        return step(REQUEST_RECEIVED, on).withRequest(RequestSource.PARENT, RequestChannel.EMAIL, on.atTime(10, 0));
    }

    private static ProcessEvent advice(LocalDate on, AdviceKind kind, String name) {
        return step(ADVICE_REQUESTED, on).withAdviser(kind, name);
    }

    private static ProcessEvent answer(ProcessEvent asked, LocalDate on) {
        return step(ADVICE_RECEIVED, on).withRelated(asked.id());
    }

    private static ProcessEvent reviewDecision(LocalDate on, ReviewOutcome outcome, String reasons) {
        return step(REVIEW_DECISION, on).withOutcome(outcome.name()).withReasons(reasons);
    }

    private static ProcessEvent arranged(LocalDate sent, LocalDate meeting) {
        return step(REVIEW_MEETING_ARRANGED, sent).withTarget(meeting);
    }

    private static ProcessEvent exception(LocalDate on, DeadlineKey key, UUID subject, ExceptionReason reason) {
        return step(EXCEPTION_RECORDED, on).withException(key, subject, null).withOutcome(reason.name())
                .withReasons("The family was abroad caring for a relative");
    }

    private static CaseProcess replay(List<ProcessEvent> steps) {
        return CaseProcess.replay(RULES, BORN, steps);
    }

    private static CaseProcess replay(LocalDate born, List<ProcessEvent> steps) {
        return CaseProcess.replay(RULES, born, steps);
    }

    private static List<Problem> check(List<ProcessEvent> steps, ProcessEvent next, LocalDate today) {
        return CaseProcess.check(RULES, BORN, steps, next, today);
    }

    private static Deadline only(CaseProcess p, DeadlineKey key) {
        List<Deadline> found = all(p, key);
        assertThat(found).as("deadlines %s", key).hasSize(1);
        return found.get(0);
    }

    private static List<Deadline> all(CaseProcess p, DeadlineKey key) {
        return p.deadlines().stream().filter(d -> d.key() == key).toList();
    }

    private static Deadline of(CaseProcess p, DeadlineKey key, ProcessEvent subject) {
        return p.deadlines().stream().filter(d -> d.key() == key && d.subjectId().equals(subject.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + subject.kind()));
    }

    private static List<ProcessEvent> plus(List<ProcessEvent> steps, ProcessEvent... more) {
        List<ProcessEvent> all = new ArrayList<>(steps);
        all.addAll(List.of(more));
        return all;
    }

    /**
     * A whole assessment: the request received on Monday 4 January 2027, the final plan issued on
     * Thursday 20 May 2027, with one piece of advice arriving late and one never arriving.
     */
    static final class Assessment {
        final ProcessEvent request = request(date(2027, 1, 4));
        final ProcessEvent toAssess = step(DECIDED_TO_ASSESS, date(2027, 2, 10));
        final ProcessEvent psychology = advice(date(2027, 2, 12), AdviceKind.PSYCHOLOGICAL, "Educational psychology service");
        final ProcessEvent medical = advice(date(2027, 2, 15), AdviceKind.MEDICAL, "Community paediatrics");
        final ProcessEvent psychologyIn = answer(psychology, date(2027, 3, 30));
        final ProcessEvent toIssue = step(DECIDED_TO_ISSUE, date(2027, 4, 5));
        final ProcessEvent draft = step(DRAFT_PLAN_SENT, date(2027, 4, 19));
        final ProcessEvent fin = step(FINAL_PLAN_ISSUED, date(2027, 5, 20));

        List<ProcessEvent> throughAdviceRequests() {
            return List.of(request, toAssess, psychology, medical);
        }

        List<ProcessEvent> throughDraft() {
            return List.of(request, toAssess, psychology, medical, psychologyIn, toIssue, draft);
        }

        List<ProcessEvent> all() {
            return plus(throughDraft(), fin);
        }
    }

    @Nested
    class WholeAssessment {

        private final Assessment a = new Assessment();

        @Test
        void theRequestStartsTheSixWeekDecisionAndTheTwentyWeekFinalPlan() {
            CaseProcess p = replay(List.of(a.request));

            // D1: 4 January + 6 weeks; D7: 4 January + 20 weeks (140 days)
            assertThat(p.deadlines()).extracting(Deadline::key, Deadline::dueOn, Deadline::subjectId).containsExactly(
                    tuple(DeadlineKey.DECISION_TO_ASSESS, date(2027, 2, 15), a.request.id()),
                    tuple(DeadlineKey.FINAL_PLAN, date(2027, 5, 24), a.request.id()));
            assertThat(p.assessmentOpen()).isTrue();
            assertThat(p.decidedToAssess()).isFalse();
            assertThat(p.request()).contains(a.request);
            assertThat(only(p, DeadlineKey.DECISION_TO_ASSESS).status(date(2027, 2, 15))).isEqualTo(DeadlineStatus.DUE);
            assertThat(only(p, DeadlineKey.DECISION_TO_ASSESS).status(date(2027, 2, 16))).isEqualTo(DeadlineStatus.OVERDUE);
        }

        @Test
        void whileAdviceIsAwaitedTheLateAdviceIsOverdueAndTheOtherStillDue() {
            CaseProcess p = replay(a.throughAdviceRequests());
            LocalDate today = date(2027, 3, 27);

            // D4: 4 January + 16 weeks (112 days); D3: each adviser's request + 6 weeks
            assertThat(p.deadlines()).extracting(Deadline::key, Deadline::dueOn, d -> d.status(today)).containsExactly(
                    tuple(DeadlineKey.DECISION_TO_ASSESS, date(2027, 2, 15), DeadlineStatus.DONE),
                    tuple(DeadlineKey.ADVICE, date(2027, 3, 26), DeadlineStatus.OVERDUE),
                    tuple(DeadlineKey.ADVICE, date(2027, 3, 29), DeadlineStatus.DUE),
                    tuple(DeadlineKey.DECISION_NOT_TO_ISSUE, date(2027, 4, 26), DeadlineStatus.DUE),
                    tuple(DeadlineKey.FINAL_PLAN, date(2027, 5, 24), DeadlineStatus.DUE));
            assertThat(only(p, DeadlineKey.DECISION_TO_ASSESS).metOn()).isEqualTo(date(2027, 2, 10));
            assertThat(of(p, DeadlineKey.ADVICE, a.psychology).subjectName()).isEqualTo("Educational psychology service");
            assertThat(p.adviceAwaited()).containsExactly(a.psychology, a.medical);
            assertThat(p.nextDuty()).get().extracting(Deadline::subjectId).isEqualTo(a.psychology.id());
            assertThat(p.decidedToAssess()).isTrue();
        }

        @Test
        void theFamilysCommentWindowIsUpcomingOpenThenPassed() {
            CaseProcess p = replay(a.throughDraft());
            Deadline comments = only(p, DeadlineKey.DRAFT_COMMENTS);

            // D5: 15 days beginning with 19 April, so 19 April to 3 May
            assertThat(comments.opensOn()).isEqualTo(date(2027, 4, 19));
            assertThat(comments.dueOn()).isEqualTo(date(2027, 5, 3));
            assertThat(comments.status(date(2027, 4, 18))).isEqualTo(DeadlineStatus.UPCOMING);
            assertThat(comments.status(date(2027, 4, 19))).isEqualTo(DeadlineStatus.OPEN);
            assertThat(comments.status(date(2027, 5, 3))).isEqualTo(DeadlineStatus.OPEN);
            assertThat(comments.status(date(2027, 5, 4))).isEqualTo(DeadlineStatus.PASSED);
            // deciding to issue means no "not to issue" decision is needed
            assertThat(only(p, DeadlineKey.DECISION_NOT_TO_ISSUE).status(date(2027, 4, 30))).isEqualTo(DeadlineStatus.NOT_NEEDED);
            assertThat(p.draftSent()).isTrue();
        }

        @Test
        void afterTheFinalPlanEveryDeadlineIsSettledAndTheAppealWindowsAndAnnualReviewAreAdded() {
            CaseProcess p = replay(a.all());
            LocalDate today = date(2027, 6, 1);

            assertThat(p.deadlines())
                    .extracting(Deadline::key, Deadline::dueOn, Deadline::metOn, d -> d.status(today))
                    .containsExactly(
                            tuple(DeadlineKey.DECISION_TO_ASSESS, date(2027, 2, 15), date(2027, 2, 10), DeadlineStatus.DONE),
                            // asked 12 February: due 26 March, arrived 30 March
                            tuple(DeadlineKey.ADVICE, date(2027, 3, 26), date(2027, 3, 30), DeadlineStatus.DONE_LATE),
                            // never arrived: no longer needed once the plan is final
                            tuple(DeadlineKey.ADVICE, date(2027, 3, 29), null, DeadlineStatus.NOT_NEEDED),
                            tuple(DeadlineKey.DECISION_NOT_TO_ISSUE, date(2027, 4, 26), null, DeadlineStatus.NOT_NEEDED),
                            tuple(DeadlineKey.DRAFT_COMMENTS, date(2027, 5, 3), null, DeadlineStatus.PASSED),
                            tuple(DeadlineKey.FINAL_PLAN, date(2027, 5, 24), date(2027, 5, 20), DeadlineStatus.DONE),
                            // D8: 20 May + 2 months; D14: 20 May + 2 months, Tuesday 20 July, a working day
                            tuple(DeadlineKey.MEDIATION_ADVICE, date(2027, 7, 20), null, DeadlineStatus.OPEN),
                            tuple(DeadlineKey.APPEAL, date(2027, 7, 20), null, DeadlineStatus.OPEN),
                            // D15: 20 May + 12 months
                            tuple(DeadlineKey.ANNUAL_REVIEW, date(2028, 5, 20), null, DeadlineStatus.DUE));

            Deadline appeal = only(p, DeadlineKey.APPEAL);
            assertThat(appeal.subjectId()).isEqualTo(a.fin.id());
            assertThat(appeal.opensOn()).isEqualTo(date(2027, 5, 20));
            assertThat(appeal.status(date(2027, 5, 19))).isEqualTo(DeadlineStatus.UPCOMING);
            assertThat(appeal.status(date(2027, 7, 20))).isEqualTo(DeadlineStatus.OPEN);
            assertThat(appeal.status(date(2027, 7, 21))).isEqualTo(DeadlineStatus.PASSED);
            assertThat(only(p, DeadlineKey.ANNUAL_REVIEW).status(date(2028, 5, 21))).isEqualTo(DeadlineStatus.OVERDUE);
            // a child of 11: no reviews every 3 to 6 months
            assertThat(all(p, DeadlineKey.UNDER_FIVE_REVIEW)).isEmpty();

            assertThat(p.hasPlan()).isTrue();
            assertThat(p.assessmentOpen()).isFalse();
            assertThat(p.adviceAwaited()).isEmpty();
            assertThat(p.exceptable()).isEmpty();
            assertThat(p.nextDuty()).get().extracting(Deadline::key).isEqualTo(DeadlineKey.ANNUAL_REVIEW);
        }

        @Test
        void aFinalPlanAfterTwentyWeeksIsDoneLate() {
            List<ProcessEvent> steps = plus(a.throughDraft(), step(FINAL_PLAN_ISSUED, date(2027, 5, 25)));

            Deadline fin = only(replay(steps), DeadlineKey.FINAL_PLAN);

            assertThat(fin.dueOn()).isEqualTo(date(2027, 5, 24));
            assertThat(fin.status(date(2027, 6, 1))).isEqualTo(DeadlineStatus.DONE_LATE);
        }

        @Test
        void aSchoolConsultationExpectsAnAnswerInFifteenDaysAndIsClosedByTheFinalPlan() {
            ProcessEvent asked = step(SCHOOL_REQUESTED, date(2027, 4, 21)).withAdviser(null, "Hillside Academy");
            ProcessEvent consulted = step(SCHOOL_CONSULTED, date(2027, 4, 22)).withAdviser(null, "Hillside Academy");
            List<ProcessEvent> steps = plus(a.throughDraft(), asked, consulted);

            Deadline school = only(replay(steps), DeadlineKey.SCHOOL_RESPONSE);
            // D6: 22 April + 15 days (guidance)
            assertThat(school.dueOn()).isEqualTo(date(2027, 5, 7));
            assertThat(school.key().guidance()).isTrue();
            assertThat(school.subjectName()).isEqualTo("Hillside Academy");

            assertThat(only(replay(plus(steps, a.fin)), DeadlineKey.SCHOOL_RESPONSE).status(date(2027, 6, 1)))
                    .isEqualTo(DeadlineStatus.NOT_NEEDED);
        }
    }

    @Nested
    class Refusals {

        private final ProcessEvent request = request(date(2027, 5, 10));

        @Test
        void aDecisionNotToAssessMeetsTheSixWeeksClosesTheFinalPlanAndOpensTheAppeal() {
            ProcessEvent refused = step(DECIDED_NOT_TO_ASSESS, date(2027, 6, 16)).withReasons("Needs met at SEN support");
            CaseProcess p = replay(List.of(request, refused));
            LocalDate today = date(2027, 6, 20);

            assertThat(p.deadlines())
                    .extracting(Deadline::key, Deadline::dueOn, Deadline::metOn, d -> d.status(today))
                    .containsExactly(
                            // D1: 10 May + 6 weeks
                            tuple(DeadlineKey.DECISION_TO_ASSESS, date(2027, 6, 21), date(2027, 6, 16), DeadlineStatus.DONE),
                            // D8: 16 June + 2 months
                            tuple(DeadlineKey.MEDIATION_ADVICE, date(2027, 8, 16), null, DeadlineStatus.OPEN),
                            // D14: 16 August is in August, so the first working day after 31 August (Wednesday)
                            tuple(DeadlineKey.APPEAL, date(2027, 9, 1), null, DeadlineStatus.OPEN),
                            // D7: 10 May + 20 weeks, no longer needed
                            tuple(DeadlineKey.FINAL_PLAN, date(2027, 9, 27), null, DeadlineStatus.NOT_NEEDED));
            assertThat(only(p, DeadlineKey.APPEAL).subjectId()).isEqualTo(refused.id());
            assertThat(p.assessmentOpen()).isFalse();
            assertThat(p.decidedToAssess()).isFalse();
            assertThat(p.hasPlan()).isFalse();
            assertThat(p.possibleNextSteps()).containsExactly(REQUEST_RECEIVED);
        }

        @Test
        void aNewRequestIsAllowedAfterARefusalToAssessAndStartsItsOwnClock() {
            ProcessEvent refused = step(DECIDED_NOT_TO_ASSESS, date(2027, 6, 16)).withReasons("Needs met at SEN support");
            ProcessEvent again = request(date(2027, 11, 1));
            List<ProcessEvent> steps = List.of(request, refused);

            assertThat(check(steps, again, date(2027, 11, 1))).isEmpty();

            CaseProcess p = replay(plus(steps, again));
            // D1: 1 November + 6 weeks; D7: 1 November + 20 weeks
            assertThat(of(p, DeadlineKey.DECISION_TO_ASSESS, again).dueOn()).isEqualTo(date(2027, 12, 13));
            assertThat(of(p, DeadlineKey.FINAL_PLAN, again).dueOn()).isEqualTo(date(2028, 3, 20));
            assertThat(of(p, DeadlineKey.FINAL_PLAN, request).status(date(2027, 11, 1))).isEqualTo(DeadlineStatus.NOT_NEEDED);
            assertThat(p.request()).contains(again);
        }

        @Test
        void aDecisionNotToIssueMeetsTheSixteenWeeksAndClosesTheFinalPlanAndOpenAdvice() {
            ProcessEvent january = request(date(2027, 1, 4));
            ProcessEvent toAssess = step(DECIDED_TO_ASSESS, date(2027, 2, 10));
            ProcessEvent asked = advice(date(2027, 2, 12), AdviceKind.EDUCATION, null);
            ProcessEvent refused = step(DECIDED_NOT_TO_ISSUE, date(2027, 4, 20)).withReasons("Provision can be made without a plan");
            CaseProcess p = replay(List.of(january, toAssess, asked, refused));
            LocalDate today = date(2027, 4, 21);

            assertThat(p.deadlines())
                    .extracting(Deadline::key, Deadline::dueOn, Deadline::metOn, d -> d.status(today))
                    .containsExactly(
                            tuple(DeadlineKey.DECISION_TO_ASSESS, date(2027, 2, 15), date(2027, 2, 10), DeadlineStatus.DONE),
                            tuple(DeadlineKey.ADVICE, date(2027, 3, 26), null, DeadlineStatus.NOT_NEEDED),
                            // D4: 4 January + 16 weeks
                            tuple(DeadlineKey.DECISION_NOT_TO_ISSUE, date(2027, 4, 26), date(2027, 4, 20), DeadlineStatus.DONE),
                            tuple(DeadlineKey.FINAL_PLAN, date(2027, 5, 24), null, DeadlineStatus.NOT_NEEDED),
                            // D8: 20 June, unmoved; D14: 20 June is a Sunday, so Monday 21 June
                            tuple(DeadlineKey.MEDIATION_ADVICE, date(2027, 6, 20), null, DeadlineStatus.OPEN),
                            tuple(DeadlineKey.APPEAL, date(2027, 6, 21), null, DeadlineStatus.OPEN));
            assertThat(p.assessmentOpen()).isFalse();
            assertThat(p.hasPlan()).isFalse();
            assertThat(p.adviceAwaited()).isEmpty();
            assertThat(p.possibleNextSteps()).containsExactly(REQUEST_RECEIVED);
        }
    }

    @Nested
    class Checks {

        private final Assessment a = new Assessment();
        private final LocalDate today = date(2027, 6, 1);

        @Test
        void nothingIsWrongWithEachStepOfTheWholeAssessmentInTurn() {
            List<ProcessEvent> steps = a.all();
            for (int i = 0; i < steps.size(); i++) {
                assertThat(check(steps.subList(0, i), steps.get(i), today)).as(steps.get(i).kind().name()).isEmpty();
            }
        }

        @Test
        void aFinalPlanBeforeADraftIsRefused() {
            List<ProcessEvent> steps = List.of(a.request, a.toAssess, a.toIssue);

            assertThat(check(steps, step(FINAL_PLAN_ISSUED, date(2027, 5, 10)), today))
                    .containsExactly(Problem.of("kind", "noDraft"));
        }

        @Test
        void aDecisionBeforeAnyRequestIsRefused() {
            assertThat(check(List.of(), step(DECIDED_TO_ASSESS, date(2027, 2, 10)), today))
                    .containsExactly(Problem.of("kind", "noRequest"));
        }

        @Test
        void aSecondRequestWhileOneIsOpenNamesTheOpenRequestsDate() {
            assertThat(check(List.of(a.request, a.toAssess), request(date(2027, 3, 1)), today))
                    .containsExactly(Problem.of("kind", "duplicateRequest", date(2027, 1, 4)));
        }

        @Test
        void aStepDatedBeforeTheStepItFollowsNamesThatStepsDate() {
            assertThat(check(List.of(a.request), step(DECIDED_TO_ASSESS, date(2027, 1, 3)), today))
                    .containsExactly(Problem.of("occurredOn", "before.request", date(2027, 1, 4)));
            assertThat(check(List.of(a.request, a.toAssess), step(DECIDED_TO_ISSUE, date(2027, 2, 9)), today))
                    .containsExactly(Problem.of("occurredOn", "before.decidedToAssess", date(2027, 2, 10)));
            assertThat(check(a.throughAdviceRequests(), answer(a.psychology, date(2027, 2, 11)), today))
                    .containsExactly(Problem.of("occurredOn", "before.adviceRequested", date(2027, 2, 12)));
            assertThat(check(List.of(a.request, a.toAssess, a.toIssue), step(DRAFT_PLAN_SENT, date(2027, 4, 4)), today))
                    .containsExactly(Problem.of("occurredOn", "before.decidedToIssue", date(2027, 4, 5)));
        }

        @Test
        void aStepOrArrivalAfterTodayIsRefused() {
            ProcessEvent tomorrow = step(REQUEST_RECEIVED, date(2027, 6, 2))
                    .withRequest(RequestSource.PARENT, RequestChannel.EMAIL, date(2027, 6, 2).atTime(9, 0));

            assertThat(check(List.of(), tomorrow, today)).containsExactly(
                    Problem.of("occurredOn", "future", today), Problem.of("arrivedAt", "future", today));
            assertThat(check(List.of(), request(today), today)).isEmpty();
        }

        @Test
        void aRequestThatArrivedTodayButCountsFromTheNextWorkingDayIsAccepted() {
            LocalDate nextWorkingDay = today.plusDays(1);
            ProcessEvent afterHours = step(REQUEST_RECEIVED, nextWorkingDay)
                    .withRequest(RequestSource.PARENT, RequestChannel.ONLINE_FORM, today.atTime(18, 30));

            assertThat(check(List.of(), afterHours, today)).isEmpty();
        }

        @Test
        void theFinalPlanCannotBeIssuedInsideTheFamilysFifteenDays() {
            // draft sent 19 April: the family can comment to 3 May, the final may go from 4 May
            assertThat(check(a.throughDraft(), step(FINAL_PLAN_ISSUED, date(2027, 5, 3)), today))
                    .containsExactly(Problem.of("occurredOn", "commentWindowOpen", date(2027, 5, 3), date(2027, 5, 4)));
            assertThat(check(a.throughDraft(), step(FINAL_PLAN_ISSUED, date(2027, 5, 4)), today)).isEmpty();
        }

        @Test
        void aReviewMeetingWithLessThanTwoWeeksNoticeNeedsAReason() {
            List<ProcessEvent> steps = a.all();
            LocalDate meeting = date(2028, 4, 5);
            LocalDate later = date(2028, 6, 1);

            // invitations by 22 March (14 days before); sent 25 March
            assertThat(check(steps, arranged(date(2028, 3, 25), meeting), later))
                    .containsExactly(Problem.of("reasons", "shortNotice", date(2028, 3, 22)));
            assertThat(check(steps, arranged(date(2028, 3, 25), meeting).withReasons("Family asked for an early meeting"),
                    later)).isEmpty();
            // exactly two weeks is enough
            assertThat(check(steps, arranged(date(2028, 3, 22), meeting), later)).isEmpty();
        }

        @Test
        void aReviewMeetingNeedsAPlanAndADateNotBeforeTheInvitations() {
            assertThat(check(a.throughDraft(), arranged(date(2027, 5, 10), date(2027, 6, 1)), today))
                    .containsExactly(Problem.of("kind", "noPlan"));
            assertThat(check(a.all(), arranged(date(2028, 3, 25), date(2028, 3, 24)), date(2028, 6, 1)))
                    .containsExactly(Problem.of("targetOn", "meetingBeforeNotice", date(2028, 3, 25)));
            assertThat(check(a.all(), step(REVIEW_MEETING_ARRANGED, date(2028, 3, 1)), date(2028, 6, 1)))
                    .containsExactly(Problem.of("targetOn", "meetingDateMissing"));
        }

        @ParameterizedTest
        @EnumSource(value = ProcessEventKind.class, names = {"DECIDED_NOT_TO_ASSESS", "DECIDED_NOT_TO_ISSUE"})
        void aRefusalWithoutReasonsIsRefused(ProcessEventKind refusal) {
            List<ProcessEvent> steps = refusal == DECIDED_NOT_TO_ASSESS ? List.of(a.request) : List.of(a.request, a.toAssess);

            assertThat(check(steps, step(refusal, date(2027, 4, 20)), today))
                    .containsExactly(Problem.of("reasons", "reasonsMissing"));
            assertThat(check(steps, step(refusal, date(2027, 4, 20)).withReasons("  "), today))
                    .containsExactly(Problem.of("reasons", "reasonsMissing"));
            assertThat(check(steps, step(refusal, date(2027, 4, 20)).withReasons("Needs can be met without a plan"), today))
                    .isEmpty();
        }

        @Test
        void stoppingThePlanOrNotAmendingItAfterAllNeedsReasons() {
            ProcessEvent held = step(REVIEW_MEETING_HELD, date(2028, 4, 5));
            ProcessEvent amend = reviewDecision(date(2028, 4, 28), ReviewOutcome.AMEND, "Section F: add weekly speech therapy");
            ProcessEvent notice = step(AMENDMENT_NOTICE_SENT, date(2028, 5, 2));
            List<ProcessEvent> review = plus(a.all(), arranged(date(2028, 3, 20), date(2028, 4, 5)), held, amend, notice);

            assertThat(check(a.all(), step(PLAN_CEASED, date(2027, 10, 27)), date(2027, 11, 1)))
                    .containsExactly(Problem.of("reasons", "reasonsMissing"));
            assertThat(check(review, step(DECIDED_NOT_TO_AMEND, date(2028, 5, 20)), date(2028, 6, 1)))
                    .containsExactly(Problem.of("reasons", "reasonsMissing"));
            assertThat(check(plus(a.all(), arranged(date(2028, 3, 20), date(2028, 4, 5)), held),
                    step(REVIEW_DECISION, date(2028, 4, 28)).withOutcome("MAINTAIN"), date(2028, 6, 1)))
                    .containsExactly(Problem.of("reasons", "reasonsMissing"));
        }

        @Test
        void aDecisionToAmendMustCarryTheProposedAmendments() {
            List<ProcessEvent> steps = plus(a.all(), arranged(date(2028, 3, 20), date(2028, 4, 5)),
                    step(REVIEW_MEETING_HELD, date(2028, 4, 5)));

            assertThat(check(steps, step(REVIEW_DECISION, date(2028, 4, 28)).withOutcome("AMEND"), date(2028, 6, 1)))
                    .containsExactly(Problem.of("reasons", "amendmentsMissing"));
            assertThat(check(steps, reviewDecision(date(2028, 4, 28), ReviewOutcome.AMEND, "Section F: add weekly speech therapy"),
                    date(2028, 6, 1))).isEmpty();
            assertThat(check(steps, step(REVIEW_DECISION, date(2028, 4, 28)).withReasons("x"), date(2028, 6, 1)))
                    .containsExactly(Problem.of("outcome", "outcomeMissing"));
        }

        @Test
        void anExceptionMustBeOneTheRegulationForThatDeadlineAllows() {
            List<ProcessEvent> steps = a.throughAdviceRequests();

            // reg 8(2) has no school-closure limb for advice
            assertThat(check(steps, exception(date(2027, 3, 1), DeadlineKey.ADVICE, a.psychology.id(),
                    ExceptionReason.SCHOOL_CLOSURE), today)).containsExactly(Problem.of("outcome", "exceptionDoesNotApply"));
            // reg 13(3) / 10(4) have no missed-appointment limb for the final plan
            assertThat(check(steps, exception(date(2027, 3, 1), DeadlineKey.FINAL_PLAN, a.request.id(),
                    ExceptionReason.MISSED_APPOINTMENT), today)).containsExactly(Problem.of("outcome", "exceptionDoesNotApply"));
            assertThat(check(steps, exception(date(2027, 3, 1), DeadlineKey.ADVICE, a.psychology.id(),
                    ExceptionReason.MISSED_APPOINTMENT), today)).isEmpty();
            assertThat(check(steps, exception(date(2027, 3, 1), DeadlineKey.FINAL_PLAN, a.request.id(),
                    ExceptionReason.SCHOOL_CLOSURE), today)).isEmpty();
            // the decision whether to assess was met on 10 February: nothing open to except
            assertThat(check(steps, exception(date(2027, 3, 1), DeadlineKey.DECISION_TO_ASSESS, a.request.id(),
                    ExceptionReason.ABSENT_FROM_AREA), today)).containsExactly(Problem.of("deadlineKey", "chooseDeadline"));
            assertThat(check(steps, exception(date(2027, 3, 1), DeadlineKey.FINAL_PLAN, a.request.id(),
                    ExceptionReason.ABSENT_FROM_AREA).withReasons(null), today))
                    .containsExactly(Problem.of("reasons", "reasonsMissing"));
        }

        @Test
        void adviceMustAnswerAnOpenRequestForAdvice() {
            List<ProcessEvent> steps = a.throughAdviceRequests();

            assertThat(check(steps, step(ADVICE_RECEIVED, date(2027, 3, 1)).withRelated(UUID.randomUUID()), today))
                    .containsExactly(Problem.of("relatedId", "chooseAdvice"));
            assertThat(check(steps, step(ADVICE_RECEIVED, date(2027, 3, 1)), today))
                    .containsExactly(Problem.of("relatedId", "chooseAdvice"));
            // already answered
            assertThat(check(plus(steps, a.psychologyIn), answer(a.psychology, date(2027, 4, 1)), today))
                    .containsExactly(Problem.of("relatedId", "chooseAdvice"));
            assertThat(check(List.of(a.request, a.toAssess), answer(a.psychology, date(2027, 3, 1)), today))
                    .containsExactly(Problem.of("kind", "noAdviceAwaited"));
        }

        @Test
        void anExceptionEndingBeforeItStartedIsRefused() {
            ProcessEvent e = exception(date(2027, 3, 1), DeadlineKey.FINAL_PLAN, a.request.id(), ExceptionReason.ABSENT_FROM_AREA)
                    .withException(DeadlineKey.FINAL_PLAN, a.request.id(), date(2027, 2, 28));

            assertThat(check(a.throughAdviceRequests(), e, today))
                    .containsExactly(Problem.of("endsOn", "endsBeforeStart", date(2027, 3, 1)));
        }

        @Test
        void aCheckRecordsNothing() {
            List<ProcessEvent> steps = List.of(a.request);

            check(steps, a.toAssess, today);

            assertThat(replay(steps).events()).containsExactly(a.request);
        }
    }

    @Nested
    class Corrections {

        private final Assessment a = new Assessment();
        private final LocalDate today = date(2027, 6, 1);

        @Test
        void movingTheRequestAfterTheDecisionIsRefusedOnTheDateField() {
            ProcessEvent corrected = a.request.on(date(2027, 2, 12));

            assertThat(CaseProcess.checkCorrection(RULES, BORN, a.all(), corrected, today))
                    .contains(Problem.of("occurredOn", "before.request", date(2027, 2, 12)))
                    .allSatisfy(p -> assertThat(p.field()).isEqualTo("occurredOn"));
        }

        @Test
        void movingTheRequestEarlierMovesEveryDateCountedFromIt() {
            ProcessEvent corrected = a.request.on(date(2026, 12, 21));

            assertThat(CaseProcess.checkCorrection(RULES, BORN, a.all(), corrected, today)).isEmpty();

            List<ProcessEvent> steps = a.all().stream().map(e -> e.id().equals(corrected.id()) ? corrected : e).toList();
            CaseProcess p = replay(steps);
            // D1: 21 December 2026 + 6 weeks; D4: + 16 weeks; D7: + 20 weeks
            Deadline decision = only(p, DeadlineKey.DECISION_TO_ASSESS);
            assertThat(decision.dueOn()).isEqualTo(date(2027, 2, 1));
            // the decision on 10 February is now late
            assertThat(decision.status(today)).isEqualTo(DeadlineStatus.DONE_LATE);
            assertThat(only(p, DeadlineKey.DECISION_NOT_TO_ISSUE).dueOn()).isEqualTo(date(2027, 4, 12));
            Deadline fin = only(p, DeadlineKey.FINAL_PLAN);
            assertThat(fin.dueOn()).isEqualTo(date(2027, 5, 10));
            assertThat(fin.status(today)).isEqualTo(DeadlineStatus.DONE_LATE);
        }

        @Test
        void aDateAfterTodayIsRefused() {
            ProcessEvent corrected = a.fin.on(date(2027, 6, 2));

            assertThat(CaseProcess.checkCorrection(RULES, BORN, a.all(), corrected, today))
                    .containsExactly(Problem.of("occurredOn", "future", today));
        }

        @Test
        void movingTheDraftSoTheFinalFallsInsideTheCommentWindowIsRefused() {
            // a draft on 10 May leaves the family until 24 May; the final was issued on 20 May
            ProcessEvent corrected = a.draft.on(date(2027, 5, 10));

            assertThat(CaseProcess.checkCorrection(RULES, BORN, a.all(), corrected, today))
                    .containsExactly(Problem.of("occurredOn", "commentWindowOpen", date(2027, 5, 24), date(2027, 5, 25)));
        }
    }

    @Nested
    class AnnualReview {

        private final Assessment a = new Assessment();
        private final LocalDate meeting = date(2028, 4, 5);
        private final ProcessEvent arranged = arranged(date(2028, 3, 20), meeting);
        private final ProcessEvent adviceOut = step(REVIEW_ADVICE_CIRCULATED, date(2028, 3, 24));
        private final ProcessEvent held = step(REVIEW_MEETING_HELD, meeting);
        private final ProcessEvent report = step(REVIEW_REPORT_SENT, date(2028, 4, 15));

        private List<ProcessEvent> throughReport() {
            return plus(a.all(), arranged, adviceOut, held, report);
        }

        @Test
        void invitationsOnTimeAndAdviceCirculatedLate() {
            CaseProcess p = replay(plus(a.all(), arranged, adviceOut));
            LocalDate today = date(2028, 3, 30);

            // D17: both at least 14 days before 5 April, so by 22 March
            Deadline invitations = only(p, DeadlineKey.REVIEW_INVITATIONS);
            assertThat(invitations.dueOn()).isEqualTo(date(2028, 3, 22));
            assertThat(invitations.metOn()).isEqualTo(date(2028, 3, 20));
            assertThat(invitations.status(today)).isEqualTo(DeadlineStatus.DONE);
            Deadline advice = only(p, DeadlineKey.REVIEW_ADVICE);
            assertThat(advice.dueOn()).isEqualTo(date(2028, 3, 22));
            assertThat(advice.status(today)).isEqualTo(DeadlineStatus.DONE_LATE);
            assertThat(p.reviewInProgress()).isTrue();
        }

        @Test
        void invitationsWithShortNoticeForAGivenReasonAreDoneLate() {
            ProcessEvent late = arranged(date(2028, 3, 25), meeting).withReasons("Family asked for an early meeting");

            Deadline invitations = only(replay(plus(a.all(), late)), DeadlineKey.REVIEW_INVITATIONS);

            assertThat(invitations.dueOn()).isEqualTo(date(2028, 3, 22));
            assertThat(invitations.status(date(2028, 3, 30))).isEqualTo(DeadlineStatus.DONE_LATE);
        }

        @Test
        void theMeetingStartsTheTwoWeekReportAndTheFourWeekDecision() {
            CaseProcess p = replay(plus(a.all(), arranged, held));
            LocalDate today = date(2028, 4, 20);

            // D18: 5 April + 14 days; D19: 5 April + 28 days, before the annual date of 20 May
            assertThat(only(p, DeadlineKey.REVIEW_REPORT).dueOn()).isEqualTo(date(2028, 4, 19));
            assertThat(only(p, DeadlineKey.REVIEW_REPORT).status(today)).isEqualTo(DeadlineStatus.OVERDUE);
            assertThat(only(p, DeadlineKey.REVIEW_DECISION).dueOn()).isEqualTo(date(2028, 5, 3));
            assertThat(only(p, DeadlineKey.REVIEW_DECISION).status(today)).isEqualTo(DeadlineStatus.DUE);
            // the advice never went round before the meeting: it stays on the record as missed
            assertThat(only(p, DeadlineKey.REVIEW_ADVICE).status(today)).isEqualTo(DeadlineStatus.MISSED);

            CaseProcess reported = replay(throughReport());
            assertThat(only(reported, DeadlineKey.REVIEW_REPORT).metOn()).isEqualTo(date(2028, 4, 15));
            assertThat(only(reported, DeadlineKey.REVIEW_REPORT).status(today)).isEqualTo(DeadlineStatus.DONE);
        }

        @Test
        void theDecisionIsDueByTheAnnualDateWhenThatIsSoonerThanFourWeeks() {
            LocalDate late = date(2028, 5, 1);
            CaseProcess p = replay(plus(a.all(), arranged(date(2028, 4, 10), late), step(REVIEW_MEETING_HELD, late)));

            // 1 May + 28 days is 29 May, after the annual date of 20 May (plan 20 May 2027 + 12 months)
            assertThat(only(p, DeadlineKey.REVIEW_DECISION).dueOn()).isEqualTo(date(2028, 5, 20));
            assertThat(only(p, DeadlineKey.REVIEW_REPORT).dueOn()).isEqualTo(date(2028, 5, 15));
        }

        @Test
        void keepingThePlanMeetsTheAnnualReviewStartsTheNextTwelveMonthsAndOpensTheAppeal() {
            ProcessEvent maintain = reviewDecision(date(2028, 4, 28), ReviewOutcome.MAINTAIN, "Good progress; no changes");
            CaseProcess p = replay(plus(throughReport(), maintain));
            LocalDate today = date(2028, 5, 1);

            assertThat(only(p, DeadlineKey.REVIEW_DECISION).status(today)).isEqualTo(DeadlineStatus.DONE);
            assertThat(all(p, DeadlineKey.ANNUAL_REVIEW))
                    .extracting(Deadline::subjectId, Deadline::dueOn, Deadline::metOn, d -> d.status(today))
                    .containsExactly(
                            tuple(a.fin.id(), date(2028, 5, 20), date(2028, 4, 28), DeadlineStatus.DONE),
                            // D15: 12 months from the decision, not from the plan
                            tuple(maintain.id(), date(2029, 4, 28), null, DeadlineStatus.DUE));
            // D8 and D14: 28 April + 2 months, Wednesday 28 June
            assertThat(of(p, DeadlineKey.MEDIATION_ADVICE, maintain).dueOn()).isEqualTo(date(2028, 6, 28));
            assertThat(of(p, DeadlineKey.APPEAL, maintain).dueOn()).isEqualTo(date(2028, 6, 28));
            assertThat(of(p, DeadlineKey.APPEAL, maintain).status(today)).isEqualTo(DeadlineStatus.OPEN);
            assertThat(p.reviewInProgress()).isFalse();
            assertThat(p.possibleNextSteps()).contains(REVIEW_MEETING_ARRANGED).doesNotContain(AMENDMENT_NOTICE_SENT);
        }

        @Test
        void aLateDecisionIsLateOnBothTheFourWeeksAndTheTwelveMonths() {
            ProcessEvent maintain = reviewDecision(date(2028, 5, 22), ReviewOutcome.MAINTAIN, "No changes");
            CaseProcess p = replay(plus(throughReport(), maintain));

            assertThat(only(p, DeadlineKey.REVIEW_DECISION).status(date(2028, 6, 1))).isEqualTo(DeadlineStatus.DONE_LATE);
            assertThat(of(p, DeadlineKey.ANNUAL_REVIEW, a.fin).status(date(2028, 6, 1))).isEqualTo(DeadlineStatus.DONE_LATE);
            assertThat(of(p, DeadlineKey.ANNUAL_REVIEW, maintain).dueOn()).isEqualTo(date(2029, 5, 22));
        }

        @Test
        void amendingOpensTheFamilysWindowAndTheEightWeeksButNoAppealUntilTheAmendedPlan() {
            ProcessEvent amend = reviewDecision(date(2028, 4, 28), ReviewOutcome.AMEND, "Section F: add weekly speech therapy");
            ProcessEvent notice = step(AMENDMENT_NOTICE_SENT, date(2028, 5, 2));
            List<ProcessEvent> steps = plus(throughReport(), amend, notice);
            CaseProcess p = replay(steps);

            assertThat(all(p, DeadlineKey.APPEAL)).extracting(Deadline::subjectId).containsExactly(a.fin.id());
            assertThat(of(p, DeadlineKey.ANNUAL_REVIEW, amend).dueOn()).isEqualTo(date(2029, 4, 28));
            // D20: 15 days beginning with 2 May, so to 16 May; the amended plan within 8 weeks, 27 June
            Deadline comments = only(p, DeadlineKey.AMENDMENT_COMMENTS);
            assertThat(comments.opensOn()).isEqualTo(date(2028, 5, 2));
            assertThat(comments.dueOn()).isEqualTo(date(2028, 5, 16));
            assertThat(comments.status(date(2028, 5, 10))).isEqualTo(DeadlineStatus.OPEN);
            assertThat(only(p, DeadlineKey.AMENDED_PLAN).dueOn()).isEqualTo(date(2028, 6, 27));
            assertThat(p.reviewInProgress()).isTrue();
            assertThat(p.possibleNextSteps()).contains(AMENDED_PLAN_ISSUED, DECIDED_NOT_TO_AMEND)
                    .doesNotContain(REVIEW_MEETING_ARRANGED, AMENDMENT_NOTICE_SENT);

            assertThat(check(steps, step(AMENDED_PLAN_ISSUED, date(2028, 5, 16)), date(2028, 6, 1)))
                    .containsExactly(Problem.of("occurredOn", "commentWindowOpen", date(2028, 5, 16), date(2028, 5, 17)));
            assertThat(check(steps, step(AMENDED_PLAN_ISSUED, date(2028, 5, 17)), date(2028, 6, 1))).isEmpty();
        }

        @Test
        void theAmendedPlanMeetsTheEightWeeksEndsTheReviewAndOpensTheAppeal() {
            ProcessEvent amend = reviewDecision(date(2028, 4, 28), ReviewOutcome.AMEND, "Section F: add weekly speech therapy");
            ProcessEvent notice = step(AMENDMENT_NOTICE_SENT, date(2028, 5, 2));
            ProcessEvent amended = step(AMENDED_PLAN_ISSUED, date(2028, 5, 20));
            CaseProcess p = replay(plus(throughReport(), amend, notice, amended));
            LocalDate today = date(2028, 6, 1);

            Deadline plan = only(p, DeadlineKey.AMENDED_PLAN);
            assertThat(plan.metOn()).isEqualTo(date(2028, 5, 20));
            assertThat(plan.status(today)).isEqualTo(DeadlineStatus.DONE);
            assertThat(only(p, DeadlineKey.AMENDMENT_COMMENTS).status(today)).isEqualTo(DeadlineStatus.PASSED);
            // D8 and D14: 20 May + 2 months, Thursday 20 July
            assertThat(of(p, DeadlineKey.MEDIATION_ADVICE, amended).dueOn()).isEqualTo(date(2028, 7, 20));
            assertThat(of(p, DeadlineKey.APPEAL, amended).dueOn()).isEqualTo(date(2028, 7, 20));
            // the twelve months still run from the decision, not from the amended plan
            assertThat(of(p, DeadlineKey.ANNUAL_REVIEW, amend).dueOn()).isEqualTo(date(2029, 4, 28));
            assertThat(all(p, DeadlineKey.ANNUAL_REVIEW)).filteredOn(Deadline::open).hasSize(1);
            assertThat(p.reviewInProgress()).isFalse();
            assertThat(p.possibleNextSteps()).contains(REVIEW_MEETING_ARRANGED)
                    .doesNotContain(AMENDED_PLAN_ISSUED, AMENDMENT_NOTICE_SENT);
        }

        @Test
        void anAmendedPlanAfterEightWeeksIsDoneLate() {
            ProcessEvent amend = reviewDecision(date(2028, 4, 28), ReviewOutcome.AMEND, "Section F: add weekly speech therapy");
            ProcessEvent notice = step(AMENDMENT_NOTICE_SENT, date(2028, 5, 2));
            CaseProcess p = replay(plus(throughReport(), amend, notice, step(AMENDED_PLAN_ISSUED, date(2028, 6, 28))));

            assertThat(only(p, DeadlineKey.AMENDED_PLAN).status(date(2028, 7, 1))).isEqualTo(DeadlineStatus.DONE_LATE);
        }

        @Test
        void reviewStepsNeedTheStepBeforeThem() {
            LocalDate later = date(2028, 6, 1);

            assertThat(check(a.all(), step(REVIEW_MEETING_HELD, meeting), later))
                    .containsExactly(Problem.of("kind", "noReviewArranged"));
            assertThat(check(plus(a.all(), arranged), step(REVIEW_REPORT_SENT, meeting), later))
                    .containsExactly(Problem.of("kind", "noReportAwaited"));
            assertThat(check(plus(a.all(), arranged), reviewDecision(meeting, ReviewOutcome.MAINTAIN, "x"), later))
                    .containsExactly(Problem.of("kind", "noReviewHeld"));
            assertThat(check(plus(a.all(), arranged), arranged(date(2028, 3, 21), date(2028, 4, 6)), later))
                    .containsExactly(Problem.of("kind", "reviewInProgress", meeting));
            ProcessEvent maintain = reviewDecision(date(2028, 4, 28), ReviewOutcome.MAINTAIN, "No changes");
            assertThat(check(plus(throughReport(), maintain), step(AMENDMENT_NOTICE_SENT, date(2028, 5, 2)), later))
                    .containsExactly(Problem.of("kind", "noAmendDecision"));
            assertThat(check(throughReport(), step(REVIEW_MEETING_HELD, date(2028, 4, 6)), later))
                    .containsExactly(Problem.of("kind", "reviewAlreadyHeld", meeting));
        }
    }

    @Nested
    class UnderFive {

        private final Assessment a = new Assessment();

        @Test
        void aChildUnderFiveThreeMonthsAfterThePlanGetsAReviewBetweenThreeAndSixMonths() {
            CaseProcess p = replay(date(2023, 1, 15), a.all());

            // plan 20 May 2027: from 20 August to 20 November (guidance)
            Deadline review = only(p, DeadlineKey.UNDER_FIVE_REVIEW);
            assertThat(review.opensOn()).isEqualTo(date(2027, 8, 20));
            assertThat(review.dueOn()).isEqualTo(date(2027, 11, 20));
            assertThat(review.subjectId()).isEqualTo(a.fin.id());
            assertThat(review.key().guidance()).isTrue();
            assertThat(review.status(date(2027, 11, 21))).isEqualTo(DeadlineStatus.OVERDUE);
        }

        @Test
        void aChildWhoTurnsFiveTheDayAfterTheThreeMonthsStillGetsOne() {
            assertThat(all(replay(date(2022, 8, 21), a.all()), DeadlineKey.UNDER_FIVE_REVIEW)).hasSize(1);
        }

        @Test
        void aChildWhoIsFiveByTheThreeMonthsGetsNone() {
            assertThat(all(replay(date(2022, 8, 20), a.all()), DeadlineKey.UNDER_FIVE_REVIEW)).isEmpty();
        }

        @Test
        void aSixYearOldGetsNone() {
            assertThat(all(replay(date(2021, 3, 1), a.all()), DeadlineKey.UNDER_FIVE_REVIEW)).isEmpty();
        }

        @Test
        void aReviewDecisionMeetsItAndStartsTheNextWhileTheChildIsStillUnderFive() {
            ProcessEvent held = step(REVIEW_MEETING_HELD, date(2027, 9, 15));
            ProcessEvent maintain = reviewDecision(date(2027, 10, 1), ReviewOutcome.MAINTAIN, "No changes");
            CaseProcess p = replay(date(2023, 1, 15),
                    plus(a.all(), arranged(date(2027, 9, 1), date(2027, 9, 15)), held, maintain));

            assertThat(all(p, DeadlineKey.UNDER_FIVE_REVIEW))
                    .extracting(Deadline::opensOn, Deadline::dueOn, Deadline::metOn)
                    .containsExactly(
                            tuple(date(2027, 8, 20), date(2027, 11, 20), date(2027, 10, 1)),
                            // 1 October + 3 months and + 6 months; the child is 5 on 15 January 2028
                            tuple(date(2028, 1, 1), date(2028, 4, 1), null));
        }
    }

    @Nested
    class PhaseTransfer {

        /** A plan issued on Monday 18 May 2026, for a pupil leaving secondary school in July 2027. */
        private final List<ProcessEvent> plan = List.of(request(date(2026, 1, 5)), step(DECIDED_TO_ASSESS, date(2026, 2, 9)),
                step(DECIDED_TO_ISSUE, date(2026, 4, 6)), step(DRAFT_PLAN_SENT, date(2026, 4, 20)),
                step(FINAL_PLAN_ISSUED, date(2026, 5, 18)));

        private ProcessEvent planned(StatutoryDeadlines.TransferKind kind) {
            return step(PHASE_TRANSFER_PLANNED, date(2026, 9, 14)).withTarget(date(2027, 9, 1)).withOutcome(kind.name());
        }

        @Test
        void secondaryToPost16IsDueTheDayBefore31MarchOfTheYearOfTheMove() {
            CaseProcess p = replay(plus(plan, planned(StatutoryDeadlines.TransferKind.SECONDARY_TO_POST_16)));

            Deadline transfer = only(p, DeadlineKey.PHASE_TRANSFER);
            assertThat(transfer.dueOn()).isEqualTo(date(2027, 3, 30));
            assertThat(transfer.status(date(2027, 3, 31))).isEqualTo(DeadlineStatus.OVERDUE);
        }

        @Test
        void anyOtherTransferIsDueTheDayBefore15February() {
            CaseProcess p = replay(plus(plan, planned(StatutoryDeadlines.TransferKind.OTHER)));

            assertThat(only(p, DeadlineKey.PHASE_TRANSFER).dueOn()).isEqualTo(date(2027, 2, 14));
        }

        @Test
        void theAmendedPlanMeetsIt() {
            ProcessEvent amended = step(AMENDED_PLAN_ISSUED, date(2027, 3, 15));
            List<ProcessEvent> steps = plus(plan, planned(StatutoryDeadlines.TransferKind.SECONDARY_TO_POST_16),
                    arranged(date(2027, 1, 4), date(2027, 1, 20)), step(REVIEW_MEETING_HELD, date(2027, 1, 20)),
                    reviewDecision(date(2027, 2, 10), ReviewOutcome.AMEND, "Section I: name Riverside College"),
                    step(AMENDMENT_NOTICE_SENT, date(2027, 2, 12)));

            CaseProcess before = replay(steps);
            assertThat(only(before, DeadlineKey.PHASE_TRANSFER).open()).isTrue();
            // D19: 20 January + 28 days; D20: 12 February + 8 weeks
            assertThat(only(before, DeadlineKey.REVIEW_DECISION).dueOn()).isEqualTo(date(2027, 2, 17));
            assertThat(only(before, DeadlineKey.AMENDED_PLAN).dueOn()).isEqualTo(date(2027, 4, 9));

            Deadline transfer = only(replay(plus(steps, amended)), DeadlineKey.PHASE_TRANSFER);
            assertThat(transfer.metOn()).isEqualTo(date(2027, 3, 15));
            assertThat(transfer.status(date(2027, 4, 1))).isEqualTo(DeadlineStatus.DONE);
        }

        @Test
        void aReviewKeepingThePlanMeetsIt() {
            List<ProcessEvent> steps = plus(plan, planned(StatutoryDeadlines.TransferKind.OTHER),
                    arranged(date(2027, 1, 4), date(2027, 1, 20)), step(REVIEW_MEETING_HELD, date(2027, 1, 20)),
                    reviewDecision(date(2027, 2, 10), ReviewOutcome.MAINTAIN, "Plan already names the secondary school"));

            assertThat(only(replay(steps), DeadlineKey.PHASE_TRANSFER).status(date(2027, 3, 1))).isEqualTo(DeadlineStatus.DONE);
        }

        @Test
        void theMoveNeedsADateAKindAndAPlan() {
            LocalDate today = date(2026, 10, 1);

            assertThat(check(plan, step(PHASE_TRANSFER_PLANNED, date(2026, 9, 14)), today)).containsExactly(
                    Problem.of("targetOn", "transferDateMissing"), Problem.of("outcome", "transferKindMissing"));
            assertThat(check(plan.subList(0, 4), planned(StatutoryDeadlines.TransferKind.OTHER), today))
                    .containsExactly(Problem.of("kind", "noPlan"));
        }
    }

    @Nested
    class Exceptions {

        private final Assessment a = new Assessment();
        private final ProcessEvent absent = exception(date(2027, 4, 1), DeadlineKey.FINAL_PLAN, a.request.id(),
                ExceptionReason.ABSENT_FROM_AREA);

        @Test
        void theDeadlinesThatCanBeExceptedAreTheOpenOnesTheRegulationsName() {
            CaseProcess p = replay(a.throughAdviceRequests());

            assertThat(p.exceptable()).extracting(Deadline::key).containsExactly(
                    DeadlineKey.ADVICE, DeadlineKey.ADVICE, DeadlineKey.DECISION_NOT_TO_ISSUE, DeadlineKey.FINAL_PLAN);
            assertThat(p.possibleNextSteps()).contains(EXCEPTION_RECORDED);
        }

        @Test
        void anExceptionKeepsTheDateAndShowsTheDeadlineAsExcepted() {
            CaseProcess p = replay(plus(a.throughAdviceRequests(), absent));

            Deadline fin = only(p, DeadlineKey.FINAL_PLAN);
            assertThat(fin.dueOn()).isEqualTo(date(2027, 5, 24));
            assertThat(fin.exceptionReason()).isEqualTo(ExceptionReason.ABSENT_FROM_AREA);
            assertThat(fin.status(date(2027, 5, 1))).isEqualTo(DeadlineStatus.EXCEPTED);
            assertThat(fin.status(date(2027, 6, 1))).isEqualTo(DeadlineStatus.EXCEPTED);
            // other deadlines are not touched
            assertThat(only(p, DeadlineKey.DECISION_NOT_TO_ISSUE).excepted()).isFalse();
        }

        @Test
        void aFinalPlanAfterTwentyWeeksUnderAnExceptionIsDoneExceptedAndWithoutOneDoneLate() {
            ProcessEvent issue = step(DECIDED_TO_ISSUE, date(2027, 5, 3));
            ProcessEvent draft = step(DRAFT_PLAN_SENT, date(2027, 5, 17));
            ProcessEvent fin = step(FINAL_PLAN_ISSUED, date(2027, 6, 10));
            LocalDate today = date(2027, 6, 15);

            Deadline excepted = only(replay(plus(a.throughAdviceRequests(), absent, issue, draft, fin)), DeadlineKey.FINAL_PLAN);
            assertThat(excepted.dueOn()).isEqualTo(date(2027, 5, 24));
            assertThat(excepted.metOn()).isEqualTo(date(2027, 6, 10));
            assertThat(excepted.status(today)).isEqualTo(DeadlineStatus.DONE_EXCEPTED);

            Deadline late = only(replay(plus(a.throughAdviceRequests(), issue, draft, fin)), DeadlineKey.FINAL_PLAN);
            assertThat(late.status(today)).isEqualTo(DeadlineStatus.DONE_LATE);
        }

        @Test
        void anExceptedDeadlineMetInTimeIsSimplyDone() {
            CaseProcess p = replay(plus(a.throughAdviceRequests(), absent, a.psychologyIn, a.toIssue, a.draft, a.fin));

            assertThat(only(p, DeadlineKey.FINAL_PLAN).status(date(2027, 6, 1))).isEqualTo(DeadlineStatus.DONE);
        }

        @Test
        void anExceptionForOneAdviserLeavesTheOtherAlone() {
            ProcessEvent missed = exception(date(2027, 3, 20), DeadlineKey.ADVICE, a.medical.id(), ExceptionReason.MISSED_APPOINTMENT);
            CaseProcess p = replay(plus(a.throughAdviceRequests(), missed));
            LocalDate today = date(2027, 4, 1);

            assertThat(of(p, DeadlineKey.ADVICE, a.medical).status(today)).isEqualTo(DeadlineStatus.EXCEPTED);
            assertThat(of(p, DeadlineKey.ADVICE, a.psychology).status(today)).isEqualTo(DeadlineStatus.OVERDUE);
        }
    }

    @Nested
    class Ceasing {

        private final Assessment a = new Assessment();
        private final ProcessEvent transfer = step(PHASE_TRANSFER_PLANNED, date(2027, 6, 1)).withTarget(date(2028, 9, 1))
                .withOutcome(StatutoryDeadlines.TransferKind.OTHER.name());
        private final ProcessEvent ceased = step(PLAN_CEASED, date(2027, 10, 27)).withReasons("Moved to Scotland");

        @Test
        void stoppingThePlanClosesTheOpenDutiesAndOpensTheAppeal() {
            CaseProcess p = replay(plus(a.all(), transfer, ceased));
            LocalDate today = date(2027, 11, 1);

            assertThat(only(p, DeadlineKey.ANNUAL_REVIEW).status(today)).isEqualTo(DeadlineStatus.NOT_NEEDED);
            assertThat(only(p, DeadlineKey.PHASE_TRANSFER).dueOn()).isEqualTo(date(2028, 2, 14));
            assertThat(only(p, DeadlineKey.PHASE_TRANSFER).status(today)).isEqualTo(DeadlineStatus.NOT_NEEDED);
            // what was met stays met
            assertThat(only(p, DeadlineKey.FINAL_PLAN).status(today)).isEqualTo(DeadlineStatus.DONE);
            // D8: 27 October + 2 months, 27 December; D14: 27 December is in the Christmas break, so the
            // first working day after 1 January 2028, a Saturday whose bank holiday is Monday 3 January
            assertThat(of(p, DeadlineKey.MEDIATION_ADVICE, ceased).dueOn()).isEqualTo(date(2027, 12, 27));
            Deadline appeal = of(p, DeadlineKey.APPEAL, ceased);
            assertThat(appeal.dueOn()).isEqualTo(date(2028, 1, 4));
            assertThat(appeal.status(today)).isEqualTo(DeadlineStatus.OPEN);

            assertThat(p.hasPlan()).isFalse();
            assertThat(p.ceased()).isTrue();
            assertThat(p.nextDuty()).isEmpty();
            assertThat(p.possibleNextSteps()).containsExactly(REQUEST_RECEIVED);
            assertThat(check(plus(a.all(), transfer, ceased), arranged(date(2027, 11, 1), date(2027, 11, 20)), today))
                    .containsExactly(Problem.of("kind", "noPlan"));
        }

        @Test
        void stoppingThePlanDuringAReviewEndsTheReview() {
            ProcessEvent arranged = arranged(date(2027, 10, 1), date(2027, 10, 20));
            CaseProcess p = replay(plus(a.all(), arranged, ceased));

            assertThat(p.reviewInProgress()).isFalse();
            assertThat(only(p, DeadlineKey.REVIEW_ADVICE).status(date(2027, 11, 1))).isEqualTo(DeadlineStatus.NOT_NEEDED);
            assertThat(only(p, DeadlineKey.REVIEW_INVITATIONS).status(date(2027, 11, 1))).isEqualTo(DeadlineStatus.DONE);
        }

        @Test
        void thereMustBeAPlanToStop() {
            assertThat(check(a.throughDraft(), ceased, date(2027, 11, 1))).containsExactly(Problem.of("kind", "noPlan"));
            assertThat(check(a.all(), ceased.on(date(2027, 5, 19)), date(2027, 11, 1)))
                    .containsExactly(Problem.of("occurredOn", "before.planIssued", date(2027, 5, 20)));
        }
    }

    @Nested
    class PossibleNextSteps {

        private final Assessment a = new Assessment();

        @Test
        void withNothingRecordedOnlyARequest() {
            CaseProcess p = replay(List.of());

            assertThat(p.possibleNextSteps()).containsExactly(REQUEST_RECEIVED);
            assertThat(p.started()).isFalse();
        }

        @Test
        void afterARequestTheDecisionWhetherToAssess() {
            assertThat(replay(List.of(a.request)).possibleNextSteps())
                    .containsExactly(DECIDED_TO_ASSESS, DECIDED_NOT_TO_ASSESS, EXCEPTION_RECORDED);
        }

        @Test
        void whileAdviceIsAwaited() {
            assertThat(replay(a.throughAdviceRequests()).possibleNextSteps()).containsExactly(
                    ADVICE_REQUESTED, ADVICE_RECEIVED, DECIDED_TO_ISSUE, DECIDED_NOT_TO_ISSUE, EXCEPTION_RECORDED);
        }

        @Test
        void afterTheDraft() {
            // the medical advice is still awaited; the final plan is still open for an exception
            assertThat(replay(a.throughDraft()).possibleNextSteps()).containsExactly(
                    ADVICE_REQUESTED, ADVICE_RECEIVED, SCHOOL_REQUESTED, SCHOOL_CONSULTED, FINAL_PLAN_ISSUED,
                    EXCEPTION_RECORDED);
        }

        @Test
        void afterTheFinalPlanTheReviewStepsAMoveStoppingOrARequestToReassess() {
            // a request to re-assess can be made while a plan is in force (s.44(2))
            assertThat(replay(a.all()).possibleNextSteps()).containsExactly(
                    REQUEST_RECEIVED, REVIEW_MEETING_ARRANGED, PHASE_TRANSFER_PLANNED, PLAN_CEASED);
        }

        @Test
        void duringAReview() {
            List<ProcessEvent> steps = plus(a.all(), arranged(date(2028, 3, 20), date(2028, 4, 5)));

            assertThat(replay(steps).possibleNextSteps()).containsExactly(
                    REQUEST_RECEIVED, REVIEW_ADVICE_CIRCULATED, REVIEW_MEETING_HELD, PHASE_TRANSFER_PLANNED, PLAN_CEASED);
            assertThat(replay(plus(steps, step(REVIEW_MEETING_HELD, date(2028, 4, 5)))).possibleNextSteps()).containsExactly(
                    REQUEST_RECEIVED, REVIEW_REPORT_SENT, REVIEW_DECISION, PHASE_TRANSFER_PLANNED, PLAN_CEASED);
        }
    }

    @Nested
    class Milestones {

        private final Assessment a = new Assessment();

        @Test
        void yearNineAndBecomingAYoungPersonInDateOrder() {
            CaseProcess p = replay(a.all());

            // born 10 May 2016: 14 on 10 May 2030, in the school year from 1 September 2029;
            // 16 on 10 May 2032, so the last Friday in June 2032 (25 June) ends compulsory school age
            assertThat(p.milestones(date(2027, 6, 1))).extracting(Deadline::key, Deadline::dueOn).containsExactly(
                    tuple(DeadlineKey.YEAR_NINE, date(2029, 9, 1)),
                    tuple(DeadlineKey.BECOMES_YOUNG_PERSON, date(2032, 6, 26)));
        }

        @Test
        void onlyThoseStillAhead() {
            CaseProcess p = replay(a.all());

            assertThat(p.milestones(date(2029, 9, 1))).extracting(Deadline::key).containsExactly(DeadlineKey.BECOMES_YOUNG_PERSON);
            assertThat(p.milestones(date(2032, 6, 26))).isEmpty();
        }

        @Test
        void noneBeforeAnythingIsRecorded() {
            assertThat(replay(List.of()).milestones(date(2027, 6, 1))).isEmpty();
        }

        @Test
        void aRequestIsEnough() {
            assertThat(replay(List.of(a.request)).milestones(date(2027, 6, 1))).hasSize(2);
        }
    }

    @Nested
    class ReassessmentAndDecisionsAfterAReview {

        private final Assessment a = new Assessment();

        @Test
        void aRequestWhileAPlanIsInForceIsAReassessmentWithItsOwnDates() {
            ProcessEvent again = request(date(2027, 11, 1));
            ProcessEvent decided = step(DECIDED_TO_ASSESS, date(2027, 11, 12));
            CaseProcess asked = replay(plus(a.all(), again));
            // D23: 1 November + 15 days; no 6-week or 20-week dates for a re-assessment
            assertThat(of(asked, DeadlineKey.REASSESSMENT_DECISION, again).dueOn()).isEqualTo(date(2027, 11, 16));
            assertThat(asked.deadlines()).noneMatch(d -> d.subjectId().equals(again.id())
                    && (d.key() == DeadlineKey.DECISION_TO_ASSESS || d.key() == DeadlineKey.FINAL_PLAN));

            ProcessEvent newPlan = step(FINAL_PLAN_ISSUED, date(2028, 2, 10));
            CaseProcess done = replay(plus(a.all(), again, decided, step(DECIDED_TO_ISSUE, date(2027, 12, 1)),
                    step(DRAFT_PLAN_SENT, date(2028, 1, 10)), newPlan));
            // D24: 12 November + 14 weeks = 18 February 2028, met on 10 February
            Deadline plan = of(done, DeadlineKey.REASSESSED_PLAN, again);
            assertThat(plan.dueOn()).isEqualTo(date(2028, 2, 18));
            assertThat(plan.status(date(2028, 3, 1))).isEqualTo(DeadlineStatus.DONE);
            // the first plan's review date gives way to the new plan's
            assertThat(of(done, DeadlineKey.ANNUAL_REVIEW, a.fin).status(date(2028, 6, 1))).isEqualTo(DeadlineStatus.NOT_NEEDED);
            assertThat(of(done, DeadlineKey.ANNUAL_REVIEW, newPlan).dueOn()).isEqualTo(date(2029, 2, 10));
        }

        @Test
        void aDecisionAfterAReviewToStopThePlanStopsIt() {
            ProcessEvent stop = reviewDecision(date(2028, 4, 20), ReviewOutcome.CEASE, "Leaving for paid work");
            CaseProcess p = replay(plus(a.all(), arranged(date(2028, 3, 1), date(2028, 4, 5)),
                    step(REVIEW_MEETING_HELD, date(2028, 4, 5)), stop));
            assertThat(p.hasPlan()).isFalse();
            assertThat(p.ceased()).isTrue();
            assertThat(all(p, DeadlineKey.ANNUAL_REVIEW)).allMatch(d -> !d.open());
            assertThat(of(p, DeadlineKey.APPEAL, stop).dueOn()).isEqualTo(date(2028, 6, 20));
            assertThat(p.possibleNextSteps()).containsExactly(REQUEST_RECEIVED);
        }

        @Test
        void aDecisionNotToAmendIsMeasuredAgainstItsOwnLimit() {
            DeadlineSettings six = new DeadlineSettings("eng", 15, 0, true, 6, 15, 6, 15, 5, 2, 5, 15,
                    java.time.MonthDay.of(8, 31), 31, java.time.LocalTime.of(17, 0), 3, 6, java.time.MonthDay.of(12, 24),
                    java.time.MonthDay.of(1, 1));
            StatutoryDeadlines rules = new StatutoryDeadlines(new WorkingDays("eng"), six);
            ProcessEvent notice = step(ProcessEventKind.AMENDMENT_NOTICE_SENT, date(2028, 5, 1));
            List<ProcessEvent> steps = plus(a.all(), arranged(date(2028, 3, 1), date(2028, 4, 5)),
                    step(REVIEW_MEETING_HELD, date(2028, 4, 5)),
                    reviewDecision(date(2028, 4, 20), ReviewOutcome.AMEND, "Add speech therapy"), notice,
                    step(ProcessEventKind.DECIDED_NOT_TO_AMEND, date(2028, 6, 20)).withReasons("Therapy is already in place"));
            Deadline d = CaseProcess.replay(rules, BORN, steps).deadlines().stream()
                    .filter(x -> x.key() == DeadlineKey.AMENDED_PLAN).findFirst().orElseThrow();
            // 6 weeks from 1 May is 12 June: a decision on 20 June is late
            assertThat(d.dueOn()).isEqualTo(date(2028, 6, 12));
            assertThat(d.status(date(2028, 7, 1))).isEqualTo(DeadlineStatus.DONE_LATE);
        }
    }
}
