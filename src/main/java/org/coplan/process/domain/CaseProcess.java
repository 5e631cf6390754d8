package org.coplan.process.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.deadlines.StatutoryDeadlines.AmendmentDates;
import org.coplan.deadlines.StatutoryDeadlines.CommentWindow;
import org.coplan.deadlines.StatutoryDeadlines.TransferKind;
import org.coplan.deadlines.StatutoryDeadlines;

/**
 * A case's statutory process, replayed from its recorded steps in the order they were
 * recorded: every deadline with where it stands, and the problems a new or corrected step
 * would cause. Dates are computed from the steps every time, so correcting an earlier date
 * moves every later deadline with it.
 */
public final class CaseProcess {

    private final StatutoryDeadlines rules;
    private final LocalDate dateOfBirth;
    private final Map<String, Deadline> deadlines = new LinkedHashMap<>();
    private final Map<UUID, ProcessEvent> byId = new LinkedHashMap<>();
    private final List<ProcessEvent> events = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private ProcessEvent request;
    private ProcessEvent assessDecision;
    private ProcessEvent issueDecision;
    private ProcessEvent draft;
    private ProcessEvent plan;
    private LocalDate reviewClockFrom;
    private ProcessEvent reviewArranged;
    private ProcessEvent reviewHeld;
    private ProcessEvent reviewDecision;
    private ProcessEvent amendmentNotice;
    private boolean ceased;
    private boolean reassessment;
    private final java.util.Set<UUID> adviceAnswered = new java.util.HashSet<>();

    private CaseProcess(StatutoryDeadlines rules, LocalDate dateOfBirth) {
        this.rules = rules;
        this.dateOfBirth = dateOfBirth;
    }

    /** The process from the steps recorded so far, in the order they were recorded. */
    public static CaseProcess replay(StatutoryDeadlines rules, LocalDate dateOfBirth, List<ProcessEvent> recorded) {
        CaseProcess process = new CaseProcess(rules, dateOfBirth);
        for (ProcessEvent e : recorded) {
            process.apply(e, null);
        }
        return process;
    }

    /** What is wrong with recording {@code step} after the steps so far; empty if nothing. */
    public static List<Problem> check(StatutoryDeadlines rules, LocalDate dateOfBirth, List<ProcessEvent> recorded,
            ProcessEvent step, LocalDate today) {
        CaseProcess process = replay(rules, dateOfBirth, recorded);
        List<Problem> found = new ArrayList<>();
        process.apply(step, found);
        found.addAll(futureDates(step, today));
        return found;
    }

    /**
     * What is wrong with changing the date of an earlier step: every step is replayed with the
     * new date and any step that would no longer fit is reported against the date field.
     */
    public static List<Problem> checkCorrection(StatutoryDeadlines rules, LocalDate dateOfBirth, List<ProcessEvent> recorded,
            ProcessEvent corrected, LocalDate today) {
        CaseProcess process = new CaseProcess(rules, dateOfBirth);
        List<Problem> found = new ArrayList<>();
        for (ProcessEvent e : recorded) {
            process.apply(e.id().equals(corrected.id()) ? corrected : e, found);
        }
        found.addAll(futureDates(corrected, today));
        return found.stream().map(p -> new Problem("occurredOn", p.code(), p.args())).distinct().toList();
    }

    private static List<Problem> futureDates(ProcessEvent step, LocalDate today) {
        List<Problem> found = new ArrayList<>();
        // A request that arrived today after the cut-off, or on a weekend, counts as received on the
        // next working day: that day may be ahead, the day it arrived may not.
        boolean countsLater = step.is(ProcessEventKind.REQUEST_RECEIVED) && step.arrivedOn() != null
                && !step.arrivedOn().isAfter(today);
        if (step.occurredOn().isAfter(today) && !countsLater) {
            found.add(Problem.of("occurredOn", "future", today));
        }
        if (step.arrivedOn() != null && step.arrivedOn().isAfter(today)) {
            found.add(Problem.of("arrivedAt", "future", today));
        }
        if (step.endsOn() != null && step.endsOn().isBefore(step.occurredOn())) {
            found.add(Problem.of("endsOn", "endsBeforeStart", step.occurredOn()));
        }
        return found;
    }

    /** Every deadline, in date order. */
    public List<Deadline> deadlines() {
        return deadlines.values().stream().sorted(Comparator.comparing(Deadline::dueOn)).toList();
    }

    /** Deadlines a professional still has to meet, soonest first (family windows left out). */
    public Optional<Deadline> nextDuty() {
        return deadlines().stream().filter(Deadline::open).filter(d -> !d.key().forFamily()).findFirst();
    }

    /** Dates for the family to know about that lie ahead: becoming a young person, year 9. */
    public List<Deadline> milestones(LocalDate today) {
        List<Deadline> found = new ArrayList<>();
        if (plan == null && request == null) {
            return found;
        }
        LocalDate youngPerson = rules.youngPerson(dateOfBirth).becomesYoungPerson();
        if (youngPerson.isAfter(today)) {
            found.add(new Deadline(DeadlineKey.BECOMES_YOUNG_PERSON, UUID.nameUUIDFromBytes(new byte[] {1}), youngPerson,
                    youngPerson, null, false, null, null));
        }
        LocalDate yearNine = rules.yearNineStarts(dateOfBirth);
        if (yearNine.isAfter(today)) {
            found.add(new Deadline(DeadlineKey.YEAR_NINE, UUID.nameUUIDFromBytes(new byte[] {2}), yearNine, yearNine, null,
                    false, null, null));
        }
        found.sort(Comparator.comparing(Deadline::dueOn));
        return found;
    }

    public List<ProcessEvent> events() {
        return List.copyOf(events);
    }

    public Optional<ProcessEvent> request() {
        return Optional.ofNullable(request);
    }

    /** Whether an EHC plan has been issued and not stopped. */
    public boolean hasPlan() {
        return plan != null && !ceased;
    }

    public boolean assessmentOpen() {
        return request != null;
    }

    public boolean decidedToAssess() {
        return request != null && assessDecision != null;
    }

    public boolean draftSent() {
        return request != null && draft != null;
    }

    public boolean ceased() {
        return ceased;
    }

    /** Whether any step has been recorded. */
    public boolean started() {
        return !events.isEmpty();
    }

    public boolean reviewInProgress() {
        return reviewArranged != null;
    }

    /** The steps it makes sense to record next, in process order. */
    public List<ProcessEventKind> possibleNextSteps() {
        List<ProcessEventKind> next = new ArrayList<>();
        for (ProcessEventKind kind : ProcessEventKind.values()) {
            if (kind == ProcessEventKind.EXCEPTION_RECORDED) {
                if (deadlines.values().stream().anyMatch(d -> d.open() && d.key().canBeExcepted())) {
                    next.add(kind);
                }
                continue;
            }
            List<Problem> found = new ArrayList<>();
            prerequisites(kind, null, found);
            if (found.isEmpty()) {
                next.add(kind);
            }
        }
        return next;
    }

    /** Open advice requests, for recording an answer. */
    public List<ProcessEvent> adviceAwaited() {
        return events.stream().filter(e -> e.is(ProcessEventKind.ADVICE_REQUESTED))
                .filter(e -> !adviceAnswered.contains(e.id()))
                .filter(e -> deadlines.containsKey(key(DeadlineKey.ADVICE, e.id())) && deadlines.get(key(DeadlineKey.ADVICE, e.id())).open())
                .toList();
    }

    /** Deadlines an exception can be recorded against now. */
    public List<Deadline> exceptable() {
        return deadlines().stream().filter(d -> d.open() && d.key().canBeExcepted()).toList();
    }

    private void apply(ProcessEvent e, List<Problem> found) {
        List<Problem> local = found == null ? new ArrayList<>() : found;
        int before = local.size();
        prerequisites(e.kind(), e, local);
        if (found != null && local.size() > before) {
            return;
        }
        byId.put(e.id(), e);
        events.add(e);
        LocalDate on = e.occurredOn();
        switch (e.kind()) {
            case REQUEST_RECEIVED -> {
                request = e;
                assessDecision = null;
                issueDecision = null;
                draft = null;
                reassessment = hasPlan();
                if (reassessment) {
                    put(DeadlineKey.REASSESSMENT_DECISION, e.id(), rules.reassessmentDecision(on), null, null);
                } else {
                    put(DeadlineKey.DECISION_TO_ASSESS, e.id(), rules.decisionWhetherToAssess(on), null, null);
                    put(DeadlineKey.FINAL_PLAN, e.id(), rules.finalPlan(on), null, null);
                }
            }
            case DECIDED_TO_ASSESS -> {
                assessDecision = e;
                if (reassessment) {
                    meet(DeadlineKey.REASSESSMENT_DECISION, request.id(), on);
                    put(DeadlineKey.REASSESSED_PLAN, request.id(), rules.reassessmentFinalPlan(on), null, null);
                } else {
                    meet(DeadlineKey.DECISION_TO_ASSESS, request.id(), on);
                    put(DeadlineKey.DECISION_NOT_TO_ISSUE, request.id(), rules.decisionNotToIssue(request.occurredOn()), null, null);
                }
            }
            case DECIDED_NOT_TO_ASSESS -> {
                meet(DeadlineKey.DECISION_TO_ASSESS, request.id(), on);
                meet(DeadlineKey.REASSESSMENT_DECISION, request.id(), on);
                close(DeadlineKey.FINAL_PLAN, request.id());
                appeal(e);
                request = null;
                reassessment = false;
            }
            case ADVICE_REQUESTED -> put(DeadlineKey.ADVICE, e.id(), rules.adviceDue(on), null,
                    e.adviserName() == null || e.adviserName().isBlank() ? null : e.adviserName());
            case ADVICE_RECEIVED -> {
                adviceAnswered.add(e.relatedId());
                meet(DeadlineKey.ADVICE, e.relatedId(), on);
            }
            case DECIDED_TO_ISSUE -> {
                issueDecision = e;
                close(DeadlineKey.DECISION_NOT_TO_ISSUE, request.id());
            }
            case DECIDED_NOT_TO_ISSUE -> {
                meet(DeadlineKey.DECISION_NOT_TO_ISSUE, request.id(), on);
                close(DeadlineKey.FINAL_PLAN, request.id());
                close(DeadlineKey.REASSESSED_PLAN, request.id());
                closeAll(DeadlineKey.ADVICE);
                appeal(e);
                request = null;
                reassessment = false;
            }
            case DRAFT_PLAN_SENT -> {
                draft = e;
                CommentWindow window = rules.draftPlanComments(on);
                put(DeadlineKey.DRAFT_COMMENTS, e.id(), window.lastDay(), window.opens(), null);
            }
            case SCHOOL_REQUESTED -> { }
            case SCHOOL_CONSULTED -> put(DeadlineKey.SCHOOL_RESPONSE, e.id(), rules.schoolConsultationResponse(on), null,
                    e.adviserName());
            case FINAL_PLAN_ISSUED -> {
                meet(DeadlineKey.FINAL_PLAN, request.id(), on);
                meet(DeadlineKey.REASSESSED_PLAN, request.id(), on);
                reassessment = false;
                closeAll(DeadlineKey.DRAFT_COMMENTS);
                closeAll(DeadlineKey.SCHOOL_RESPONSE);
                closeAll(DeadlineKey.ADVICE);
                appeal(e);
                plan = e;
                ceased = false;
                request = null;
                startReviewClock(e.id(), on);
            }
            case REVIEW_MEETING_ARRANGED -> {
                reviewArranged = e;
                LocalDate noticeBy = rules.reviewNoticeBy(e.targetOn());
                put(DeadlineKey.REVIEW_INVITATIONS, e.id(), noticeBy, null, null);
                meet(DeadlineKey.REVIEW_INVITATIONS, e.id(), on);
                put(DeadlineKey.REVIEW_ADVICE, e.id(), noticeBy, null, null);
            }
            case REVIEW_ADVICE_CIRCULATED -> meet(DeadlineKey.REVIEW_ADVICE, reviewArranged.id(), on);
            case REVIEW_MEETING_HELD -> {
                reviewHeld = e;
                missIfOpen(DeadlineKey.REVIEW_ADVICE, reviewArranged.id());
                put(DeadlineKey.REVIEW_REPORT, e.id(), rules.reviewReport(on), null, null);
                put(DeadlineKey.REVIEW_DECISION, e.id(),
                        rules.reviewDecisionAfterMeeting(on, rules.annualReviewDecision(reviewClockFrom)), null, null);
            }
            case REVIEW_REPORT_SENT -> openReport().ifPresent(d -> meet(DeadlineKey.REVIEW_REPORT, d.subjectId(), on));
            case REVIEW_DECISION -> {
                reviewDecision = e;
                meet(DeadlineKey.REVIEW_DECISION, reviewHeld.id(), on);
                meetAll(DeadlineKey.ANNUAL_REVIEW, on);
                meetAll(DeadlineKey.UNDER_FIVE_REVIEW, on);
                ReviewOutcome outcome = ReviewOutcome.valueOf(e.outcome());
                if (outcome == ReviewOutcome.CEASE) {
                    cease(e);
                } else {
                    startReviewClock(e.id(), on);
                }
                if (outcome == ReviewOutcome.MAINTAIN) {
                    appeal(e);
                    endReview();
                    meetAll(DeadlineKey.PHASE_TRANSFER, on);
                }
            }
            case AMENDMENT_NOTICE_SENT -> {
                amendmentNotice = e;
                AmendmentDates dates = rules.amendment(on);
                put(DeadlineKey.AMENDMENT_COMMENTS, e.id(), dates.comments().lastDay(), dates.comments().opens(), null);
                put(DeadlineKey.AMENDED_PLAN, e.id(), dates.finalPlanBy(), null, null);
            }
            case AMENDED_PLAN_ISSUED, DECIDED_NOT_TO_AMEND -> {
                if (e.kind() == ProcessEventKind.DECIDED_NOT_TO_AMEND) {
                    Deadline amended = deadlines.get(key(DeadlineKey.AMENDED_PLAN, amendmentNotice.id()));
                    deadlines.put(key(DeadlineKey.AMENDED_PLAN, amendmentNotice.id()),
                            amended.due(rules.amendment(amendmentNotice.occurredOn()).decisionNotToAmendBy()));
                }
                meet(DeadlineKey.AMENDED_PLAN, amendmentNotice.id(), on);
                closeAll(DeadlineKey.AMENDMENT_COMMENTS);
                meetAll(DeadlineKey.PHASE_TRANSFER, on);
                appeal(e);
                endReview();
            }
            case PHASE_TRANSFER_PLANNED -> {
                TransferKind kind = TransferKind.valueOf(e.outcome());
                LocalDate due = rules.phaseTransfer(e.targetOn().getYear(), kind).lastDay();
                put(DeadlineKey.PHASE_TRANSFER, e.id(), due, null, null);
            }
            case PLAN_CEASED -> cease(e);
            case EXCEPTION_RECORDED -> target(e).ifPresent(d ->
                    deadlines.put(key(d.key(), d.subjectId()), d.excepted(ExceptionReason.valueOf(e.outcome()))));
        }
    }

    /**
     * The outcome a plan issued before its comment window ended carries when every parent and
     * young person said they had finished commenting and the setting allows that
     * ({@code coplan.plans.issue-when-family-finished}, off by default).
     */
    public static final String FAMILY_FINISHED_COMMENTING = "FAMILY_FINISHED_COMMENTING";

    private static boolean familyFinished(ProcessEvent e) {
        return e != null && FAMILY_FINISHED_COMMENTING.equals(e.outcome());
    }

    private void prerequisites(ProcessEventKind kind, ProcessEvent e, List<Problem> found) {
        LocalDate on = e == null ? null : e.occurredOn();
        switch (kind) {
            case REQUEST_RECEIVED -> {
                if (request != null) {
                    found.add(Problem.of("kind", "duplicateRequest", request.occurredOn()));
                }
            }
            case DECIDED_TO_ASSESS, DECIDED_NOT_TO_ASSESS -> {
                if (request == null) {
                    found.add(Problem.of("kind", "noRequest"));
                } else if (assessDecision != null) {
                    found.add(Problem.of("kind", "alreadyDecidedToAssess", assessDecision.occurredOn()));
                } else {
                    notBefore(on, request, "request", found);
                }
            }
            case ADVICE_REQUESTED, DECIDED_TO_ISSUE, DECIDED_NOT_TO_ISSUE -> {
                if (request == null || assessDecision == null) {
                    found.add(Problem.of("kind", "noDecisionToAssess"));
                } else if (kind != ProcessEventKind.ADVICE_REQUESTED && issueDecision != null) {
                    found.add(Problem.of("kind", "alreadyDecidedToIssue", issueDecision.occurredOn()));
                } else {
                    notBefore(on, assessDecision, "decidedToAssess", found);
                }
            }
            case ADVICE_RECEIVED -> {
                if (adviceAwaited().isEmpty()) {
                    found.add(Problem.of("kind", "noAdviceAwaited"));
                } else if (e != null) {
                    ProcessEvent asked = e.relatedId() == null ? null : byId.get(e.relatedId());
                    if (asked == null || !asked.is(ProcessEventKind.ADVICE_REQUESTED) || adviceAnswered.contains(asked.id())) {
                        found.add(Problem.of("relatedId", "chooseAdvice"));
                    } else {
                        notBefore(on, asked, "adviceRequested", found);
                    }
                }
            }
            case DRAFT_PLAN_SENT -> {
                if (request == null || issueDecision == null) {
                    found.add(Problem.of("kind", "noDecisionToIssue"));
                } else if (draft != null) {
                    found.add(Problem.of("kind", "draftAlreadySent", draft.occurredOn()));
                } else {
                    notBefore(on, issueDecision, "decidedToIssue", found);
                }
            }
            case SCHOOL_REQUESTED, SCHOOL_CONSULTED -> {
                if (request == null || draft == null) {
                    found.add(Problem.of("kind", "noDraft"));
                } else {
                    notBefore(on, draft, "draftSent", found);
                }
            }
            case FINAL_PLAN_ISSUED -> {
                if (request == null || draft == null) {
                    found.add(Problem.of("kind", "noDraft"));
                } else if (on != null && !familyFinished(e)) {
                    CommentWindow window = rules.draftPlanComments(draft.occurredOn());
                    if (on.isBefore(window.finaliseFrom())) {
                        found.add(Problem.of("occurredOn", "commentWindowOpen", window.lastDay(), window.finaliseFrom()));
                    }
                }
            }
            case REVIEW_MEETING_ARRANGED -> {
                if (!hasPlan()) {
                    found.add(Problem.of("kind", "noPlan"));
                } else if (reviewArranged != null) {
                    found.add(Problem.of("kind", "reviewInProgress", reviewArranged.targetOn()));
                } else if (e != null) {
                    notBefore(on, plan, "planIssued", found);
                    if (e.targetOn() == null) {
                        found.add(Problem.of("targetOn", "meetingDateMissing"));
                    } else if (e.targetOn().isBefore(on)) {
                        found.add(Problem.of("targetOn", "meetingBeforeNotice", on));
                    } else if (!rules.enoughReviewNotice(on, e.targetOn()) && blank(e.reasons())) {
                        found.add(Problem.of("reasons", "shortNotice", rules.reviewNoticeBy(e.targetOn())));
                    }
                }
            }
            case REVIEW_ADVICE_CIRCULATED, REVIEW_MEETING_HELD -> {
                if (reviewArranged == null) {
                    found.add(Problem.of("kind", "noReviewArranged"));
                } else if (kind == ProcessEventKind.REVIEW_MEETING_HELD && reviewHeld != null) {
                    found.add(Problem.of("kind", "reviewAlreadyHeld", reviewHeld.occurredOn()));
                } else if (kind == ProcessEventKind.REVIEW_ADVICE_CIRCULATED && reviewHeld != null) {
                    found.add(Problem.of("kind", "reviewAlreadyHeld", reviewHeld.occurredOn()));
                } else {
                    notBefore(on, reviewArranged, "reviewArranged", found);
                }
            }
            case REVIEW_REPORT_SENT -> {
                Optional<Deadline> report = openReport();
                if (report.isEmpty()) {
                    found.add(Problem.of("kind", "noReportAwaited"));
                } else {
                    notBefore(on, byId.get(report.get().subjectId()), "reviewHeld", found);
                }
            }
            case REVIEW_DECISION -> {
                if (reviewHeld == null) {
                    found.add(Problem.of("kind", "noReviewHeld"));
                } else if (reviewDecision != null) {
                    found.add(Problem.of("kind", "reviewAlreadyDecided", reviewDecision.occurredOn()));
                } else {
                    notBefore(on, reviewHeld, "reviewHeld", found);
                    if (e != null && e.outcome() == null) {
                        found.add(Problem.of("outcome", "outcomeMissing"));
                    }
                }
            }
            case AMENDMENT_NOTICE_SENT -> {
                if (reviewDecision == null || !ReviewOutcome.AMEND.name().equals(reviewDecision.outcome())) {
                    found.add(Problem.of("kind", "noAmendDecision"));
                } else if (amendmentNotice != null) {
                    found.add(Problem.of("kind", "noticeAlreadySent", amendmentNotice.occurredOn()));
                } else {
                    notBefore(on, reviewDecision, "reviewDecided", found);
                }
            }
            case AMENDED_PLAN_ISSUED, DECIDED_NOT_TO_AMEND -> {
                if (amendmentNotice == null) {
                    found.add(Problem.of("kind", "noAmendmentNotice"));
                } else if (on != null) {
                    notBefore(on, amendmentNotice, "noticeSent", found);
                    CommentWindow window = rules.amendment(amendmentNotice.occurredOn()).comments();
                    if (kind == ProcessEventKind.AMENDED_PLAN_ISSUED && !familyFinished(e) && on.isBefore(window.finaliseFrom())) {
                        found.add(Problem.of("occurredOn", "commentWindowOpen", window.lastDay(), window.finaliseFrom()));
                    }
                }
            }
            case PHASE_TRANSFER_PLANNED -> {
                if (!hasPlan()) {
                    found.add(Problem.of("kind", "noPlan"));
                } else if (e != null) {
                    if (e.targetOn() == null) {
                        found.add(Problem.of("targetOn", "transferDateMissing"));
                    }
                    if (e.outcome() == null) {
                        found.add(Problem.of("outcome", "transferKindMissing"));
                    }
                }
            }
            case PLAN_CEASED -> {
                if (!hasPlan()) {
                    found.add(Problem.of("kind", "noPlan"));
                } else {
                    notBefore(on, plan, "planIssued", found);
                }
            }
            case EXCEPTION_RECORDED -> {
                if (e != null) {
                    Optional<Deadline> target = target(e);
                    if (target.isEmpty()) {
                        found.add(Problem.of("deadlineKey", "chooseDeadline"));
                    } else if (e.outcome() == null) {
                        found.add(Problem.of("outcome", "exceptionReasonMissing"));
                    } else if (!ExceptionReason.valueOf(e.outcome()).appliesTo(target.get().key())) {
                        found.add(Problem.of("outcome", "exceptionDoesNotApply"));
                    }
                }
            }
        }
        if (e != null && kind.needsReasons() && blank(e.reasons())) {
            found.add(Problem.of("reasons", "reasonsMissing"));
        }
        if (e != null && kind == ProcessEventKind.REVIEW_DECISION && ReviewOutcome.AMEND.name().equals(e.outcome())
                && blank(e.reasons())) {
            found.removeIf(p -> p.code().equals("reasonsMissing"));
            found.add(Problem.of("reasons", "amendmentsMissing"));
        }
    }

    private Optional<Deadline> target(ProcessEvent e) {
        if (e.deadlineKey() == null) {
            return Optional.empty();
        }
        return deadlines.values().stream()
                .filter(d -> d.key() == e.deadlineKey() && d.open())
                .filter(d -> e.relatedId() == null || d.subjectId().equals(e.relatedId()))
                .reduce((a, b) -> b);
    }

    private Optional<Deadline> openReport() {
        return deadlines.values().stream().filter(d -> d.key() == DeadlineKey.REVIEW_REPORT && d.open()).reduce((a, b) -> b);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void notBefore(LocalDate on, ProcessEvent earlier, String what, List<Problem> found) {
        if (on != null && on.isBefore(earlier.occurredOn())) {
            found.add(Problem.of("occurredOn", "before." + what, earlier.occurredOn()));
        }
    }

    /** A decision to stop the plan: the duties end, and the family can appeal (the plan stays until then). */
    private void cease(ProcessEvent decision) {
        ceased = true;
        for (Deadline d : List.copyOf(deadlines.values())) {
            if (d.open() && !d.key().forFamily()) {
                deadlines.put(key(d.key(), d.subjectId()), d.notNeeded());
            }
        }
        appeal(decision);
        endReview();
    }

    /** A new plan or a concluded review starts the next 12 months; an earlier open review date no longer applies. */
    private void startReviewClock(UUID subject, LocalDate from) {
        closeAll(DeadlineKey.ANNUAL_REVIEW);
        closeAll(DeadlineKey.UNDER_FIVE_REVIEW);
        reviewClockFrom = from;
        put(DeadlineKey.ANNUAL_REVIEW, subject, rules.annualReviewDecision(from), null, null);
        rules.underFiveReview(dateOfBirth, from).ifPresent(range ->
                put(DeadlineKey.UNDER_FIVE_REVIEW, subject, range.to(), range.from(), null));
    }

    private void endReview() {
        reviewArranged = null;
        reviewHeld = null;
        reviewDecision = null;
        amendmentNotice = null;
    }

    private void appeal(ProcessEvent decision) {
        LocalDate noticeSent = decision.occurredOn();
        put(DeadlineKey.MEDIATION_ADVICE, decision.id(), rules.mediationAdviceBy(noticeSent), noticeSent, null);
        put(DeadlineKey.APPEAL, decision.id(), rules.appealBy(noticeSent, Optional.empty()), noticeSent, null);
    }

    private void put(DeadlineKey k, UUID subject, LocalDate due, LocalDate opens, String name) {
        deadlines.put(key(k, subject), new Deadline(k, subject, due, opens, null, false, null, name));
    }

    private void meet(DeadlineKey k, UUID subject, LocalDate on) {
        Deadline d = deadlines.get(key(k, subject));
        if (d != null && d.open()) {
            deadlines.put(key(k, subject), d.met(on));
        }
    }

    private void meetAll(DeadlineKey k, LocalDate on) {
        for (Deadline d : List.copyOf(deadlines.values())) {
            if (d.key() == k && d.open()) {
                deadlines.put(key(k, d.subjectId()), d.met(on));
            }
        }
    }

    private void close(DeadlineKey k, UUID subject) {
        closeIfOpen(k, subject);
    }

    private void closeIfOpen(DeadlineKey k, UUID subject) {
        Deadline d = deadlines.get(key(k, subject));
        if (d != null && d.open()) {
            deadlines.put(key(k, subject), d.notNeeded());
        }
    }

    private void missIfOpen(DeadlineKey k, UUID subject) {
        Deadline d = deadlines.get(key(k, subject));
        if (d != null && d.open()) {
            deadlines.put(key(k, subject), d.missedOn());
        }
    }

    private void closeAll(DeadlineKey k) {
        Collection<Deadline> all = List.copyOf(deadlines.values());
        for (Deadline d : all) {
            if (d.key() == k && d.open()) {
                deadlines.put(key(k, d.subjectId()), d.notNeeded());
            }
        }
    }

    private static String key(DeadlineKey k, UUID subject) {
        return k.name() + "/" + subject;
    }
}
