package org.coplan.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.ActionDraft;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.DecisionDraft;
import org.coplan.meetings.domain.Refusal;
import org.coplan.meetings.internal.Actions;
import org.coplan.meetings.internal.Actions.Action;
import org.coplan.meetings.internal.Actions.BoardActionRow;
import org.coplan.meetings.internal.Decisions;
import org.coplan.meetings.internal.Decisions.BoardDecisionRow;
import org.coplan.meetings.internal.Decisions.Decision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions and actions of a co-production board meeting, kept in the same tables and by the same
 * rules as a case's (a due date not in the past, a review date after today, a cancellation with its
 * reason, a change refused when someone changed the action first), with a board meeting in place of
 * a case. Who may record or change them is decided by the board's own module before any call here.
 */
@Service
@Transactional
public class BoardRecords {

    /** Who is doing it, as the record keeps them. */
    public record By(UUID personId, String name, String role) {}

    public record BoardDecision(UUID id, UUID boardMeetingId, String question, String decision, String reasons, String recordedByName,
            Instant recordedAt, LocalDate reviewOn) {}

    public record BoardAction(UUID id, UUID boardMeetingId, UUID decisionId, String description, UUID ownerPersonId, String ownerName,
            String ownerRole, LocalDate dueOn, ActionStatus status, String cancelReason, String statusChangedBy, Instant statusChangedAt,
            String createdByName, int version) {

        public boolean overdue(LocalDate today) {
            return status == ActionStatus.OPEN && dueOn.isBefore(today);
        }

        public boolean open() {
            return status == ActionStatus.OPEN;
        }
    }

    /** What came of a change to an action. */
    public enum Change {
        CHANGED,
        /** Someone changed it since it was read: nothing saved. */
        STALE,
        /** A cancellation without its reason: nothing saved. */
        NEEDS_REASON,
        /** It is done or cancelled already. */
        ALREADY_CLOSED
    }

    private final Decisions decisions;
    private final Actions actions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BoardRecords(Decisions decisions, Actions actions, Clock clock, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.actions = actions;
        this.clock = clock;
        this.events = events;
    }

    /** Why a review date cannot be used (it must come after today); empty when it can, or when there is none. */
    public List<Refusal> checkReviewDate(LocalDate reviewOn) {
        return DecisionDraft.reviewDate(reviewOn, LocalDate.now(clock));
    }

    /** Why an action due on this day cannot be added (it must not be due before today); empty when it can. */
    public List<Refusal> checkDueDate(LocalDate dueOn) {
        return new ActionDraft(null, true, dueOn).add(Optional.empty(), LocalDate.now(clock)).reasons();
    }

    /** Records a decision of the board meeting; refused (empty) when the review date is not after today. */
    public Optional<BoardDecision> recordDecision(UUID boardMeetingId, UUID localAuthorityId, String question, String decision,
            String reasons, LocalDate reviewOn, By by) {
        if (!checkReviewDate(reviewOn).isEmpty()) {
            return Optional.empty();
        }
        Decision d = new Decision(UUID.randomUUID(), null, null, question.strip(), "", null, decision.strip(), reasons.strip(), by.name(),
                by.role(), clock.instant(), List.of(), List.of(), reviewOn);
        decisions.insertForBoard(boardMeetingId, d, by.personId(), localAuthorityId);
        return Optional.of(new BoardDecision(d.id(), boardMeetingId, d.question(), d.decision(), d.reasons(), by.name(), d.recordedAt(),
                reviewOn));
    }

    /** Adds an open action and announces it ({@link BoardActionAdded}); refused (empty) when due before today. */
    public Optional<BoardAction> addAction(UUID boardMeetingId, UUID localAuthorityId, UUID decisionId, String description,
            UUID ownerPersonId, String ownerName, String ownerRole, LocalDate dueOn, By by) {
        if (!checkDueDate(dueOn).isEmpty()) {
            return Optional.empty();
        }
        Action a = new Action(UUID.randomUUID(), null, null, decisionId, description.strip(), null, ownerPersonId, ownerName, ownerRole,
                dueOn, ActionStatus.OPEN, null, null, null, by.name(), clock.instant(), 0);
        actions.insertForBoard(boardMeetingId, a, localAuthorityId);
        events.publishEvent(new BoardActionAdded(boardMeetingId, a.id(), ownerPersonId, by.personId(), by.name(), dueOn));
        return Optional.of(board(new BoardActionRow(boardMeetingId, localAuthorityId, a)));
    }

    /** Marks a board action done, if nobody changed it since {@code version}. */
    public Change markDone(UUID actionId, int version, By by) {
        return change(actionId, version, ActionStatus.DONE, null, by);
    }

    /** Cancels a board action with its reason, if nobody changed it since {@code version}. */
    public Change cancel(UUID actionId, int version, String reason, By by) {
        if (reason == null || reason.isBlank()) {
            return Change.NEEDS_REASON;
        }
        return change(actionId, version, ActionStatus.CANCELLED, reason.strip(), by);
    }

    private Change change(UUID actionId, int version, ActionStatus to, String reason, By by) {
        BoardAction current = action(actionId).orElseThrow();
        if (current.version() != version) {
            return Change.STALE;
        }
        if (!current.open()) {
            return Change.ALREADY_CLOSED;
        }
        return actions.changeStatus(actionId, to, reason, by.name(), clock.instant(), version) ? Change.CHANGED : Change.STALE;
    }

    @Transactional(readOnly = true)
    public List<BoardDecision> decisions(UUID boardMeetingId) {
        return decisions.forBoard(boardMeetingId).stream().map(BoardRecords::board).toList();
    }

    /** Every board decision of the area, across its meetings, oldest first. */
    @Transactional(readOnly = true)
    public List<BoardDecision> areaDecisions(UUID localAuthorityId) {
        return decisions.forBoardArea(localAuthorityId).stream().map(BoardRecords::board).toList();
    }

    /** The area's board decisions whose review date has come. */
    @Transactional(readOnly = true)
    public List<BoardDecision> decisionsDueForReview(UUID localAuthorityId) {
        return decisions.boardReviewsDue(localAuthorityId, LocalDate.now(clock)).stream().map(BoardRecords::board).toList();
    }

    @Transactional(readOnly = true)
    public List<BoardAction> actions(UUID boardMeetingId) {
        return actions.forBoard(boardMeetingId).stream().map(BoardRecords::board).toList();
    }

    /** Every board action of the area, across its meetings, by due date. */
    @Transactional(readOnly = true)
    public List<BoardAction> areaActions(UUID localAuthorityId) {
        return actions.forBoardArea(localAuthorityId).stream().map(BoardRecords::board).toList();
    }

    /** The area's board actions still open. */
    @Transactional(readOnly = true)
    public List<BoardAction> openActions(UUID localAuthorityId) {
        List<BoardAction> open = new ArrayList<>();
        for (BoardAction a : areaActions(localAuthorityId)) {
            if (a.open()) {
                open.add(a);
            }
        }
        return open;
    }

    /** A board action (never a case's), with the area it belongs to. */
    @Transactional(readOnly = true)
    public Optional<BoardAction> action(UUID actionId) {
        return actions.findForBoard(actionId).map(BoardRecords::board);
    }

    /** The local authority a board action belongs to, for the caller's access check. */
    @Transactional(readOnly = true)
    public Optional<UUID> areaOfAction(UUID actionId) {
        return actions.findForBoard(actionId).map(BoardActionRow::localAuthorityId);
    }

    private static BoardDecision board(BoardDecisionRow r) {
        return new BoardDecision(r.id(), r.boardMeetingId(), r.question(), r.decision(), r.reasons(), r.recordedByName(), r.recordedAt(),
                r.reviewOn());
    }

    private static BoardAction board(BoardActionRow r) {
        Action a = r.action();
        return new BoardAction(a.id(), r.boardMeetingId(), a.decisionId(), a.description(), a.ownerPersonId(), a.ownerName(), a.ownerRole(),
                a.dueOn(), a.status(), a.cancelReason(), a.statusChangedBy(), a.statusChangedAt(), a.createdByName(), a.version());
    }
}
