package org.coplan.meetings.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.coplan.cases.CaseRole;

/**
 * One thing the family said on a case and everything that came of it, for "you said, we did":
 * a contribution to a plan and its answer, a section they disagreed with and the plan that was
 * issued, a view at a meeting and the decisions and actions the meeting led to, a disagreement
 * and the stages it went through.
 *
 * @param about what it was about, in words (a plan section, a meeting's title)
 * @param href the page where it was said
 */
public record YouSaid(
        Source source, LocalDate saidOn, String byName, CaseRole byRole, String about, String words, String href, List<WeDid> results) {

    /** Where the family said it. */
    public enum Source {
        PLAN_CONTRIBUTION,
        PLAN_SECTION_DISAGREEMENT,
        MEETING_VIEW,
        FAMILY_ACCOUNT,
        DISAGREEMENT
    }

    /** Where it has got to, as the family reads it. */
    public enum Progress {
        /** Nothing has come of it yet. */
        WAITING,
        /** Something is still being done about it: an open action, a disagreement on its way. */
        IN_PROGRESS,
        /** It has had its answer. */
        ANSWERED
    }

    /** What kind of thing came of it. */
    public enum Result {
        INCLUDED,
        INCLUDED_WITH_CHANGES,
        NOT_INCLUDED,
        PLAN_ISSUED,
        DECISION,
        ACTION_OPEN,
        ACTION_DONE,
        ACTION_CANCELLED,
        STAGE_CHANGED,
        CLOSED
    }

    /**
     * One thing that came of it, on a day.
     *
     * @param detail the words that go with it: the writer's explanation, the decision, the action, a note
     * @param label a short name for it where one is needed: a stage, an outcome, an owner
     */
    public record WeDid(Result result, LocalDate on, String detail, String label, String href) {}

    public YouSaid {
        results = results.stream().sorted(Comparator.comparing(WeDid::on)).toList();
    }

    /**
     * Where it has got to. A contribution has its answer once the writer has answered; a section
     * disagreement once the plan has been issued with it on the record; a view at a meeting once a
     * decision or action came of the meeting and no action from it is still open; a disagreement
     * once it is closed.
     */
    public Progress progress() {
        return switch (source) {
            case PLAN_CONTRIBUTION -> has(Result.INCLUDED, Result.INCLUDED_WITH_CHANGES, Result.NOT_INCLUDED)
                    ? Progress.ANSWERED : Progress.WAITING;
            case PLAN_SECTION_DISAGREEMENT -> has(Result.PLAN_ISSUED) ? Progress.ANSWERED : Progress.WAITING;
            case MEETING_VIEW, FAMILY_ACCOUNT -> results.isEmpty()
                    ? Progress.WAITING
                    : has(Result.ACTION_OPEN) ? Progress.IN_PROGRESS : Progress.ANSWERED;
            case DISAGREEMENT -> has(Result.CLOSED) ? Progress.ANSWERED : Progress.IN_PROGRESS;
        };
    }

    /** The day it last moved: the latest result, or the day it was said. */
    public LocalDate lastMoved() {
        return results.isEmpty() ? saidOn : results.get(results.size() - 1).on();
    }

    private boolean has(Result... kinds) {
        return results.stream().anyMatch(r -> List.of(kinds).contains(r.result()));
    }

    /** Newest first: the order the page lists them in. */
    public static final Comparator<YouSaid> NEWEST_FIRST = Comparator.comparing(YouSaid::saidOn).reversed();
}
