package org.coplan.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every statutory date in ehc-process.md section 10, rule by rule (D1 to D35). Weeks and
 * months are calendar weeks and months; {@code plusMonths} keeps to the last day of a shorter
 * month (31 January plus one month is 28 or 29 February). Working days come from
 * {@link WorkingDays}. Where the law is unclear the rule reads {@link DeadlineSettings}.
 *
 * <p>"Within N weeks of X" is computed as {@code X.plusWeeks(N)} (UNCONFIRMED, section 12
 * item 2: whether the day of the event is excluded); warnings are raised before it.
 */
public final class StatutoryDeadlines {

    private final WorkingDays workingDays;
    private final DeadlineSettings settings;

    public StatutoryDeadlines(WorkingDays workingDays, DeadlineSettings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    public static StatutoryDeadlines withDefaults() {
        DeadlineSettings defaults = DeadlineSettings.defaults();
        return new StatutoryDeadlines(new WorkingDays(defaults.region()), defaults);
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public DeadlineSettings settings() {
        return settings;
    }

    /**
     * The day a request counts as received (IPSEA): by hand, email or online form that day, or
     * the next working day if it arrived after the cut-off or on a non-working day; signed-for
     * post the day it was signed for; first-class post the next working day after posting.
     */
    public LocalDate receivedOn(LocalDateTime arrived, RequestChannel channel) {
        LocalDate day = arrived.toLocalDate();
        return switch (channel) {
            case SIGNED_FOR_POST -> day;
            case FIRST_CLASS_POST -> workingDays.after(day);
            case EMAIL, ONLINE_FORM, BY_HAND -> !workingDays.isWorkingDay(day)
                            || arrived.toLocalTime().isAfter(settings.receiptCutOff())
                    ? workingDays.after(day)
                    : day;
        };
    }

    /** D1: the decision whether to assess is due 6 weeks after the request is received. */
    public LocalDate decisionWhetherToAssess(LocalDate received) {
        return received.plusWeeks(6);
    }

    /** D2: the commissioning body, social care and the school are told at once: the same day. */
    public LocalDate notifyWhileConsidering(LocalDate consideringFrom) {
        return consideringFrom;
    }

    /** D3: advice is due 6 weeks after the adviser received the request for it. */
    public LocalDate adviceDue(LocalDate adviserReceivedRequest) {
        return adviserReceivedRequest.plusWeeks(6);
    }

    /** D4: a decision not to issue a plan is due 16 weeks after the request was received. */
    public LocalDate decisionNotToIssue(LocalDate received) {
        return received.plusWeeks(16);
    }

    /**
     * D5: the window to comment on a draft plan, at least 15 days beginning with the day it was
     * served. The plan may be finalised from the day after the window.
     */
    public CommentWindow draftPlanComments(LocalDate sent) {
        return commentWindow(sent);
    }

    /** D6: a consulted school is expected to answer 15 days after it was asked (guidance). */
    public LocalDate schoolConsultationResponse(LocalDate consultationSent) {
        return consultationSent.plusDays(settings.schoolConsultationDays());
    }

    /** D7: the final plan is due 20 weeks after the request was received. */
    public LocalDate finalPlan(LocalDate received) {
        return received.plusWeeks(20);
    }

    /** D8: the family contacts a mediation adviser within 2 months of the decision notice. */
    public LocalDate mediationAdviceBy(LocalDate noticeSent) {
        return noticeSent.plusMonths(2);
    }

    /** D9: a certificate within 3 working days of the family saying they do not want mediation. */
    public LocalDate certificateWithoutMediation(LocalDate toldAdviser) {
        return workingDays.plus(toldAdviser, 3);
    }

    /** D10: the LA tells each health commissioner within 3 working days of hearing mediation is wanted. */
    public LocalDate notifyCommissionersOfMediation(LocalDate laTold) {
        return workingDays.plus(laTold, 3);
    }

    /** D11: mediation is held within 30 days of the LA hearing it is wanted. */
    public LocalDate mediationHeld(LocalDate laTold) {
        return laTold.plusDays(30);
    }

    /** D11: when mediation cannot be held in time, a certificate within 3 working days of saying so. */
    public LocalDate certificateAfterDelay(LocalDate delayNotice) {
        return workingDays.plus(delayNotice, 3);
    }

    /** D12: a certificate within 3 working days of mediation ending. */
    public LocalDate certificateAfterMediation(LocalDate concluded) {
        return workingDays.plus(concluded, 3);
    }

    /** D13: what follows a mediation agreement. */
    public MediationAgreementDates mediationAgreement(LocalDate agreed) {
        return new MediationAgreementDates(agreed.plusWeeks(2), agreed.plusWeeks(1));
    }

    /**
     * D14: the last day to appeal to the Tribunal. The later of 2 months after the decision
     * notice and 1 month after a mediation certificate; a day from 25 December to 1 January
     * moves to the first working day after 1 January, a day in August to the first working day
     * after 31 August, and any other non-working day to the next working day.
     */
    public LocalDate appealBy(LocalDate noticeSent, Optional<LocalDate> certificateIssued) {
        LocalDate base = noticeSent.plusMonths(2);
        if (certificateIssued.isPresent() && certificateIssued.get().plusMonths(1).isAfter(base)) {
            base = certificateIssued.get().plusMonths(1);
        }
        if (inChristmasBreak(base)) {
            int year = base.getMonth() == Month.JANUARY ? base.getYear() : base.getYear() + 1;
            return workingDays.after(LocalDate.of(year, Month.JANUARY, 1));
        }
        if (base.getMonth() == Month.AUGUST) {
            return workingDays.after(LocalDate.of(base.getYear(), Month.AUGUST, 31));
        }
        return workingDays.onOrAfter(base);
    }

    private static boolean inChristmasBreak(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        return !md.isBefore(MonthDay.of(12, 25)) || md.equals(MonthDay.of(1, 1));
    }

    /** D15: the review decision is due 12 months after the plan was issued or the last review decision. */
    public LocalDate annualReviewDecision(LocalDate planIssuedOrLastReviewDecision) {
        return planIssuedOrLastReviewDecision.plusMonths(12);
    }

    /**
     * D16: for a child under 5, a review should be considered 3 to 6 months after the plan or
     * the last review (guidance). Empty when the child is 5 or over at the start of that range.
     */
    public Optional<DateRange> underFiveReview(LocalDate dateOfBirth, LocalDate planIssuedOrLastReviewDecision) {
        LocalDate from = planIssuedOrLastReviewDecision.plusMonths(settings.earliestUnderFiveReviewMonths());
        if (!from.isBefore(dateOfBirth.plusYears(5))) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(from, planIssuedOrLastReviewDecision.plusMonths(settings.latestUnderFiveReviewMonths())));
    }

    /** D17: invitations and advice go out at least 2 weeks before a review meeting. */
    public LocalDate reviewNoticeBy(LocalDate meeting) {
        return meeting.minusDays(14);
    }

    /** D17: whether a review meeting on this day gives at least 2 weeks' notice from {@code noticeSent}. */
    public boolean enoughReviewNotice(LocalDate noticeSent, LocalDate meeting) {
        return !noticeSent.isAfter(reviewNoticeBy(meeting));
    }

    /** D18: the review report is due 2 weeks after the meeting. */
    public LocalDate reviewReport(LocalDate meeting) {
        return meeting.plusDays(14);
    }

    /** D19: the LA's review decision is due 4 weeks after the meeting and within the 12 months. */
    public LocalDate reviewDecisionAfterMeeting(LocalDate meeting, LocalDate annualReviewDecision) {
        LocalDate fourWeeks = meeting.plusDays(28);
        return fourWeeks.isBefore(annualReviewDecision) ? fourWeeks : annualReviewDecision;
    }

    /** D20: the comment window and the final amended plan after an amendment notice. */
    public AmendmentDates amendment(LocalDate noticeSent) {
        return new AmendmentDates(commentWindow(noticeSent), noticeSent.plusWeeks(8),
                noticeSent.plusWeeks(settings.decisionNotToAmendWeeks()));
    }

    /**
     * D21: a phase transfer in calendar year {@code year} needs the review and any amended plan
     * before 15 February, or before 31 March for secondary school to post-16.
     */
    public PhaseTransferDates phaseTransfer(int year, TransferKind kind) {
        LocalDate limit = kind == TransferKind.SECONDARY_TO_POST_16
                ? LocalDate.of(year, Month.MARCH, 31)
                : LocalDate.of(year, Month.FEBRUARY, 15);
        LocalDate last = settings.phaseTransferDayBefore() ? limit.minusDays(1) : limit;
        return new PhaseTransferDates(limit, last);
    }

    /** D22: a move between post-16 institutions at another time: review and amend 5 months before. */
    public LocalDate post16Move(LocalDate move) {
        return move.minusMonths(5);
    }

    /** D23: a decision on a request to re-assess is due 15 days after the request. */
    public LocalDate reassessmentDecision(LocalDate requested) {
        return requested.plusDays(settings.reassessmentDecisionDays());
    }

    /** D23: the LA need not re-assess if it assessed less than 6 months before the request. */
    public boolean mayRefuseReassessment(LocalDate lastAssessment, LocalDate requested) {
        return requested.isBefore(lastAssessment.plusMonths(settings.reassessmentRefusalMonths()));
    }

    /** D24: the amended or replacement plan is due 14 weeks after the re-assessment decision. */
    public LocalDate reassessmentFinalPlan(LocalDate decisionNotified) {
        return decisionNotified.plusWeeks(14);
    }

    /**
     * D25: the old LA transfers the plan on the day of the move if it knew at least 15 working
     * days before; otherwise by the 15th working day beginning with the day it became aware.
     */
    public LocalDate planTransfer(LocalDate move, LocalDate aware) {
        LocalDate fifteenth = workingDays.nthBeginningWith(aware, 15);
        return fifteenth.isBefore(move) ? move : fifteenth;
    }

    /** D26: after a transfer the new LA writes within 6 weeks and reviews by the later date. */
    public TransferDates afterTransfer(LocalDate transferred, LocalDate planIssuedOrLastReviewDecision) {
        LocalDate twelveMonths = planIssuedOrLastReviewDecision.plusMonths(12);
        LocalDate threeMonths = transferred.plusMonths(3);
        return new TransferDates(transferred.plusWeeks(6), twelveMonths.isAfter(threeMonths) ? twelveMonths : threeMonths);
    }

    /**
     * D27: the old health commissioner tells the new one on the day of the move if it knew
     * 15 working days before, otherwise within 15 working days beginning with the day it knew.
     */
    public LocalDate commissionerChange(LocalDate move, LocalDate known) {
        LocalDate last = workingDays.nthBeginningWith(known, settings.commissionerChangeWorkingDays());
        return last.isBefore(move) ? move : last;
    }

    /** D27: the new commissioner asks the LA to assess or review within 15 working days. */
    public LocalDate newCommissionerRequest(LocalDate notified) {
        return workingDays.nthBeginningWith(notified, settings.commissionerChangeWorkingDays());
    }

    /**
     * D28: after a decision to cease, the plan is maintained at least until the appeal
     * deadline; empty while an appeal is waiting to be decided.
     */
    public Optional<LocalDate> maintainedUntil(LocalDate ceaseNotice, Optional<LocalDate> certificate, boolean appealed) {
        return appealed ? Optional.empty() : Optional.of(appealBy(ceaseNotice, certificate));
    }

    /** D29: what the LA must do after a Tribunal order, and by when. */
    public Map<OrderStep, LocalDate> tribunalOrder(LocalDate ordered, OrderKind kind) {
        Map<OrderStep, LocalDate> steps = new EnumMap<>(OrderStep.class);
        switch (kind) {
            case ASSESS_OR_REASSESS -> {
                steps.put(OrderStep.NOTIFY, ordered.plusWeeks(2));
                steps.put(OrderStep.DECISION_NOT_TO_ISSUE, ordered.plusWeeks(10));
                steps.put(OrderStep.FINAL_PLAN, ordered.plusWeeks(14));
            }
            case MAKE_AND_MAINTAIN -> {
                steps.put(OrderStep.DRAFT_PLAN, ordered.plusWeeks(5));
                steps.put(OrderStep.FINAL_PLAN, ordered.plusWeeks(11));
            }
            case AMEND_CONTENTS -> steps.put(OrderStep.AMENDED_PLAN, ordered.plusWeeks(settings.amendContentsOrderWeeks()));
            case SCHOOL_NAME_ONLY -> steps.put(OrderStep.AMENDED_PLAN, ordered.plusWeeks(settings.schoolNameOrderWeeks()));
            case CEASE_DISMISSED -> steps.put(OrderStep.CEASE, ordered);
        }
        return steps;
    }

    /** D30: after the LA tells the Tribunal it will not oppose an appeal. */
    public Map<OrderStep, LocalDate> unopposedAppeal(LocalDate told, UnopposedKind kind) {
        Map<OrderStep, LocalDate> steps = new EnumMap<>(OrderStep.class);
        if (kind == UnopposedKind.ASSESSMENT) {
            steps.put(OrderStep.NOTIFY, told.plusWeeks(2));
            steps.put(OrderStep.DECISION_NOT_TO_ISSUE, told.plusWeeks(10));
            steps.put(OrderStep.FINAL_PLAN, told.plusWeeks(14));
        } else {
            steps.put(OrderStep.AMENDED_PLAN, told.plusWeeks(5));
        }
        return steps;
    }

    /** D31: reasons for not following a Tribunal recommendation, 5 weeks after it. */
    public LocalDate recommendationResponse(LocalDate recommended) {
        return recommended.plusWeeks(settings.recommendationResponseWeeks());
    }

    /**
     * D32: a child placed in a special school for the assessment may stay 10 school days after
     * notice that no plan will be made. School days are counted as working days; a school's own
     * closure days are not known here.
     */
    public LocalDate specialSchoolStayUntil(LocalDate noPlanNotice) {
        return workingDays.plus(noPlanNotice, 10);
    }

    /** D33: when the child becomes a young person, when parental responsibility ends, and the age-25 limit. */
    public YoungPersonDates youngPerson(LocalDate dateOfBirth) {
        LocalDate twentyFifth = dateOfBirth.plusYears(25);
        LocalDate yearEnd = settings.academicYearEnd().atYear(twentyFifth.getYear());
        if (yearEnd.isBefore(twentyFifth)) {
            yearEnd = settings.academicYearEnd().atYear(twentyFifth.getYear() + 1);
        }
        return new YoungPersonDates(YoungPersonRule.becomesYoungPerson(dateOfBirth), dateOfBirth.plusYears(18), yearEnd);
    }

    /**
     * D34: the first day of year 9, the school year (1 September to 31 August) in which the
     * child turns 14. From then, plans and reviews must cover preparing for adulthood.
     */
    public LocalDate yearNineStarts(LocalDate dateOfBirth) {
        LocalDate fourteenth = dateOfBirth.plusYears(14);
        int year = fourteenth.getMonthValue() >= Month.SEPTEMBER.getValue() ? fourteenth.getYear() : fourteenth.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    /** D34: whether the child is in year 9 or above on the given day. */
    public boolean preparingForAdulthood(LocalDate dateOfBirth, LocalDate day) {
        return !day.isBefore(yearNineStarts(dateOfBirth));
    }

    /** D35: a closed record is destroyed after the date of birth plus 31 years, unless held. */
    public LocalDate destroyAfter(LocalDate dateOfBirth) {
        return dateOfBirth.plusYears(settings.retentionYears());
    }

    /**
     * The window to comment on a draft plan or proposed changes sent on {@code sent}, with the
     * number of days set in {@link DeadlineSettings#commentWindowDays()}. Notices sent by post
     * open after {@link DeadlineSettings#postalServiceDays()}. Every module that shows or stores
     * a comment window takes it from here.
     */
    public CommentWindow commentWindow(LocalDate sent) {
        return commentWindow(sent, settings.commentWindowDays());
    }

    /**
     * The same window when the local authority gives more days than the setting (the law allows
     * more, never fewer).
     *
     * @throws IllegalArgumentException if {@code days} is fewer than the setting
     */
    public CommentWindow commentWindow(LocalDate sent, int days) {
        if (days < settings.commentWindowDays()) {
            throw new IllegalArgumentException("A comment window is at least " + settings.commentWindowDays() + " days");
        }
        LocalDate opens = sent.plusDays(settings.postalServiceDays());
        LocalDate last = opens.plusDays(days - 1L);
        return new CommentWindow(opens, last, last.plusDays(1));
    }

    /**
     * The day a person is told to act by, for a legal last day: the legal day itself if it is a
     * working day outside the closed period around Christmas
     * ({@link DeadlineSettings#inClosedPeriod(LocalDate)}), otherwise the last such day before
     * it. The legal date is unchanged; pages show both when they differ.
     */
    public ActBy actBy(LocalDate legal) {
        LocalDate day = legal;
        while (!workingDays.isWorkingDay(day) || settings.inClosedPeriod(day)) {
            day = day.minusDays(1);
        }
        return new ActBy(legal, day);
    }

    /** The days to comment (both included) and the first day the final version may be sent. */
    public record CommentWindow(LocalDate opens, LocalDate lastDay, LocalDate finaliseFrom) {}

    public record MediationAgreementDates(LocalDate otherActionsBy, LocalDate commissionerTellsLaBy) {}

    public record AmendmentDates(CommentWindow comments, LocalDate finalPlanBy, LocalDate decisionNotToAmendBy) {}

    public record PhaseTransferDates(LocalDate legalLimit, LocalDate lastDay) {}

    public record TransferDates(LocalDate tellFamilyBy, LocalDate reviewBy) {}

    public record YoungPersonDates(LocalDate becomesYoungPerson, LocalDate parentalResponsibilityEnds, LocalDate planMayRunUntil) {}

    public enum TransferKind {
        SECONDARY_TO_POST_16,
        OTHER
    }

    public enum OrderKind {
        ASSESS_OR_REASSESS,
        MAKE_AND_MAINTAIN,
        AMEND_CONTENTS,
        SCHOOL_NAME_ONLY,
        CEASE_DISMISSED
    }

    public enum UnopposedKind {
        ASSESSMENT,
        CONTENTS_OR_CEASE
    }

    public enum OrderStep {
        NOTIFY,
        DRAFT_PLAN,
        DECISION_NOT_TO_ISSUE,
        FINAL_PLAN,
        AMENDED_PLAN,
        CEASE
    }
}
