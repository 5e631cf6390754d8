package org.coplan.plans.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a plan version may be issued as final, decided from what the plan module knows
 * (ehc-process.md sections 4.2, 4.4 and 6.4). The statutory stage of the case is checked
 * separately by the process module; both lists of reasons are shown together.
 *
 * <p>An EHC plan, or an amended one, is issued only after the draft (or the notice of the
 * proposed amendments) was sent to the family and the family's time to comment has run, with
 * every contribution answered and every section written. Whether the family saying they have
 * finished commenting lets the plan be issued before the window ends is a setting
 * ({@code coplan.plans.issue-when-family-finished}), off by default: the regulations give "at
 * least 15 days" and say nothing of ending them early.
 */
public final class PlanIssuing {

    /** Why a version cannot be issued yet. The web layer turns each into a sentence and a link to fix it. */
    public sealed interface Refusal {

        /** The version is already final. */
        record AlreadyIssued() implements Refusal {}

        /** An EHC plan was never sent to the family for comment. */
        record NotSentForComment(boolean amendment) implements Refusal {}

        /** The family can still comment until {@code lastDay}; the plan can be issued from {@code issueFrom}. */
        record CommentWindowOpen(LocalDate lastDay, LocalDate issueFrom) implements Refusal {}

        /** Contributions that have no answer yet. */
        record ContributionsUnanswered(int count) implements Refusal {}

        /** Sections of an EHC plan with no words and no items. */
        record SectionsNotWritten(List<SectionCode> sections) implements Refusal {}
    }

    /**
     * What the plan module holds about the version.
     *
     * @param commentWindowEnds the last day the family may comment, for a version sent for comment
     * @param familyFinished every parent and young person on the case said they have finished commenting
     * @param unwritten the sections of the plan with neither text nor items
     */
    public record Facts(
            PlanKind kind, VersionStatus status, boolean amendment, LocalDate commentWindowEnds, int unanswered,
            boolean familyFinished, List<SectionCode> unwritten) {}

    /** The setting: may a plan be issued before the window ends once every parent and young person has finished? */
    public record Settings(boolean issueWhenFamilyFinished) {}

    /** The answer: issue, or every reason why not. */
    public sealed interface Decision {
        record MayIssue() implements Decision {}

        record Refused(List<Refusal> reasons) implements Decision {}
    }

    private PlanIssuing() {}

    /** Every reason the version cannot be issued on {@code on}, in the order a writer would fix them. */
    public static List<Refusal> refusals(Facts f, Settings settings, LocalDate on) {
        List<Refusal> found = new ArrayList<>();
        if (f.status() == VersionStatus.FINAL) {
            found.add(new Refusal.AlreadyIssued());
            return found;
        }
        if (f.kind() == PlanKind.EHC) {
            if (!f.unwritten().isEmpty()) {
                found.add(new Refusal.SectionsNotWritten(List.copyOf(f.unwritten())));
            }
            if (f.status() == VersionStatus.DRAFT) {
                found.add(new Refusal.NotSentForComment(f.amendment()));
            } else if (commentWindowOpen(f, settings, on)) {
                found.add(new Refusal.CommentWindowOpen(f.commentWindowEnds(), f.commentWindowEnds().plusDays(1)));
            }
        }
        if (f.unanswered() > 0) {
            found.add(new Refusal.ContributionsUnanswered(f.unanswered()));
        }
        return found;
    }

    public static Decision decide(Facts f, Settings settings, LocalDate on) {
        List<Refusal> reasons = refusals(f, settings, on);
        return reasons.isEmpty() ? new Decision.MayIssue() : new Decision.Refused(reasons);
    }

    /** The family's time to comment has not run out, and (where the setting allows) they have not all said they are finished. */
    public static boolean commentWindowOpen(Facts f, Settings settings, LocalDate on) {
        if (f.status() != VersionStatus.PROPOSED || f.commentWindowEnds() == null || on.isAfter(f.commentWindowEnds())) {
            return false;
        }
        return !(settings.issueWhenFamilyFinished() && f.familyFinished());
    }
}
