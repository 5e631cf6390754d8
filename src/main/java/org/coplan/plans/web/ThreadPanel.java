package org.coplan.plans.web;

import java.util.List;
import org.coplan.plans.domain.GoldenThread;
import org.coplan.plans.domain.GoldenThread.Gap;
import org.coplan.plans.domain.GoldenThread.GapKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.PlanContext;

/**
 * The golden thread as a page shows it: the score, and each gap in words with a link to the place
 * to fix it (the section page, at the item when there is one).
 *
 * @param checks the checks made
 * @param met the checks met
 * @param gaps the gaps to show: the plan's on its overview, the section's on a section page
 */
record ThreadPanel(int checks, int met, int allGaps, List<Shown> gaps) {

    /**
     * One gap: {@code key} and {@code args} are the words, {@code href} where to fix it and
     * {@code linkKey} the words of the link.
     */
    record Shown(String key, Object[] args, String href, String linkKey, SectionCode section) {}

    static ThreadPanel of(PlanContext p, GoldenThread.Result r, SectionCode only) {
        String base = PlanPages.versionPath(p);
        List<Shown> shown = (only == null ? r.gaps() : r.in(only)).stream().map(g -> shown(base, g)).toList();
        return new ThreadPanel(r.checks(), r.met(), r.gaps().size(), shown);
    }

    private static Shown shown(String base, Gap g) {
        String section = base + "/sections/" + g.section().slug();
        String href = switch (g.kind()) {
            case NO_CHILDS_WORDS -> section + "#quoted-words";
            // a missing outcome or provision is added, or an existing one linked, in the section that holds them
            case NO_NEEDS, NEED_WITHOUT_OUTCOME, OUTCOME_WITHOUT_PROVISION -> section + "#items";
            default -> section + "#item-" + g.lineage();
        };
        String link = g.kind() == GapKind.NO_CHILDS_WORDS ? "thread.fix.words"
                : g.kind() == GapKind.NO_NEEDS ? "thread.fix.needs"
                : g.kind() == GapKind.NEED_WITHOUT_OUTCOME ? "thread.fix.outcome"
                : g.kind() == GapKind.OUTCOME_WITHOUT_PROVISION ? "thread.fix.provision"
                : "thread.fix.item";
        return new Shown("thread.gap." + g.kind().name(), new Object[] {nz(g.about()), nz(g.detail())}, href, link, g.section());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
