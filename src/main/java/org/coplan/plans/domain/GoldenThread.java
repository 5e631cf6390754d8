package org.coplan.plans.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The golden thread of a plan version, checked while it is written: from each need (section B,
 * or the SEN support plan's needs) to the outcomes that address it (E), to the provision that
 * serves each outcome (F, G, H1, H2, or the SEN support plan's support), every piece of it
 * specific enough to be delivered and checked, and the child's own words in section A.
 *
 * <p>The checks, one per thing checked:
 * <ul>
 *   <li>the plan has at least one need;
 *   <li>each need has at least one outcome linked to it;
 *   <li>each outcome has at least one provision item linked to it;
 *   <li>each outcome has a by-when that names a time ({@link #namesATime});
 *   <li>each outcome can be observed ({@link #observable}): none of the vague phrases, and no
 *       words about what goes on inside someone that nobody can see ("understand", "be aware");
 *   <li>each provision item can be counted: it has an amount in numbers, and its words have none
 *       of the vague phrases;
 *   <li>the section about the child holds the child's own words.
 * </ul>
 * The score is the checks met of the checks made; every check not met is one gap.
 */
public final class GoldenThread {

    /** What one gap is about. Each has a message key {@code thread.gap.<name>}. */
    public enum GapKind {
        NO_NEEDS,
        NEED_WITHOUT_OUTCOME,
        OUTCOME_WITHOUT_PROVISION,
        OUTCOME_WITHOUT_BY_WHEN,
        BY_WHEN_NOT_A_TIME,
        OUTCOME_NOT_OBSERVABLE,
        PROVISION_CANNOT_BE_COUNTED,
        PROVISION_WITHOUT_AMOUNT,
        PROVISION_VAGUE_WORDS,
        NO_CHILDS_WORDS
    }

    public record Need(UUID lineage, SectionCode section, String description) {}

    public record Outcome(UUID lineage, SectionCode section, String description, String byWhen, List<UUID> needs) {}

    /** A provision item: its words, its amount (null when it has none) and the outcomes it serves. */
    public record Provision(
            UUID lineage, SectionCode section, String description, String frequency, String sessionLength, String groupSize,
            ProvisionAmount amount, List<UUID> outcomes) {}

    /** A plan version as the check needs it. */
    public record Plan(PlanKind kind, List<Need> needs, List<Outcome> outcomes, List<Provision> provision, boolean childsOwnWords) {}

    /**
     * One check not met.
     *
     * @param section where to fix it
     * @param lineage the item to fix, or null when the gap is about the section as a whole
     * @param about the item's words, or null
     * @param detail the words found that make it vague, or null
     */
    public record Gap(GapKind kind, SectionCode section, UUID lineage, String about, String detail) {}

    public record Result(int checks, int met, List<Gap> gaps) {

        public Result {
            gaps = List.copyOf(gaps);
        }

        public List<Gap> in(SectionCode section) {
            return gaps.stream().filter(g -> g.section() == section).toList();
        }

        public boolean whole() {
            return gaps.isEmpty();
        }
    }

    private static final Pattern NAMES_A_TIME = Pattern.compile(
            "\\d|\\b(?:january|february|march|april|june|july|august|september|october|november|december|term|terms|half[\\s-]+term"
                    + "|christmas|easter|summer|autumn|spring|week|weeks|month|months|year|years|key\\s+stage|birthday)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "May" names a month only with its capital, so "she may" is not a date. */
    private static final Pattern MAY = Pattern.compile("\\bMay\\b");
    private static final Pattern UNSEEN = Pattern.compile(
            "\\b(?:understand|understands|understanding|appreciate|appreciates|aware|awareness|know\\s+about|knows\\s+about)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final VagueWording vague;

    public GoldenThread(VagueWording vague) {
        this.vague = vague;
    }

    public static GoldenThread standard() {
        return new GoldenThread(VagueWording.standard());
    }

    public Result check(Plan plan) {
        SectionCode needsSection = plan.kind() == PlanKind.EHC ? SectionCode.B : SectionCode.NEEDS;
        SectionCode outcomesSection = plan.kind() == PlanKind.EHC ? SectionCode.E : SectionCode.OUTCOMES;
        SectionCode provisionSection = plan.kind() == PlanKind.EHC ? SectionCode.F : SectionCode.SUPPORT;
        List<Gap> gaps = new ArrayList<>();
        int checks = 0;

        checks++;
        if (plan.needs().isEmpty()) {
            gaps.add(new Gap(GapKind.NO_NEEDS, needsSection, null, null, null));
        }
        Set<UUID> needsAddressed = new HashSet<>();
        plan.outcomes().forEach(o -> needsAddressed.addAll(o.needs()));
        for (Need n : plan.needs()) {
            checks++;
            if (!needsAddressed.contains(n.lineage())) {
                gaps.add(new Gap(GapKind.NEED_WITHOUT_OUTCOME, outcomesSection, n.lineage(), n.description(), null));
            }
        }
        Set<UUID> outcomesServed = new HashSet<>();
        plan.provision().forEach(p -> outcomesServed.addAll(p.outcomes()));
        for (Outcome o : plan.outcomes()) {
            checks += 3;
            if (!outcomesServed.contains(o.lineage())) {
                // fixed where provision is written: add an item, or link one, to the outcome
                gaps.add(new Gap(GapKind.OUTCOME_WITHOUT_PROVISION, provisionSection, o.lineage(), o.description(), null));
            }
            if (o.byWhen() == null || o.byWhen().isBlank()) {
                gaps.add(new Gap(GapKind.OUTCOME_WITHOUT_BY_WHEN, o.section(), o.lineage(), o.description(), null));
            } else if (!namesATime(o.byWhen())) {
                gaps.add(new Gap(GapKind.BY_WHEN_NOT_A_TIME, o.section(), o.lineage(), o.description(), o.byWhen().strip()));
            }
            String unseen = unseenWords(o.description());
            if (unseen != null) {
                gaps.add(new Gap(GapKind.OUTCOME_NOT_OBSERVABLE, o.section(), o.lineage(), o.description(), unseen));
            }
        }
        for (Provision p : plan.provision()) {
            checks++;
            if (p.amount() == null) {
                boolean vagueAmount = !vague.findIn(join(p.frequency(), p.sessionLength())).isEmpty();
                gaps.add(new Gap(vagueAmount ? GapKind.PROVISION_CANNOT_BE_COUNTED : GapKind.PROVISION_WITHOUT_AMOUNT, p.section(),
                        p.lineage(), p.description(), vagueAmount ? firstVague(join(p.frequency(), p.sessionLength())) : null));
            } else {
                String found = firstVague(join(p.description(), p.frequency(), p.sessionLength(), p.groupSize()));
                if (found != null) {
                    gaps.add(new Gap(GapKind.PROVISION_VAGUE_WORDS, p.section(), p.lineage(), p.description(), found));
                }
            }
        }
        checks++;
        if (!plan.childsOwnWords()) {
            gaps.add(new Gap(GapKind.NO_CHILDS_WORDS, SectionCode.aboutTheChild(plan.kind()), null, null, null));
        }
        return new Result(checks, checks - gaps.size(), gaps);
    }

    /**
     * A by-when names a time when it has a number (a date, "Year 6"), a month, a term or
     * half term, a season or festival that marks the school year, or a span of weeks, months or
     * years. "Soon", "in time" and "when ready" do not.
     */
    public static boolean namesATime(String byWhen) {
        return byWhen != null && (NAMES_A_TIME.matcher(byWhen).find() || MAY.matcher(byWhen).find());
    }

    /**
     * An outcome can be observed when someone could see or hear that it has happened: it has none of
     * the vague phrases and no words about what goes on inside someone ("understand", "be aware").
     */
    public boolean observable(String outcome) {
        return unseenWords(outcome) == null;
    }

    private String unseenWords(String outcome) {
        if (outcome == null) {
            return null;
        }
        String found = firstVague(outcome);
        if (found != null) {
            return found;
        }
        var m = UNSEEN.matcher(outcome);
        return m.find() ? m.group() : null;
    }

    private String firstVague(String text) {
        List<VagueWording.Match> matches = vague.findIn(text);
        return matches.isEmpty() ? null : matches.get(0).matchedText();
    }

    /** True when the item's words of how often and how long are vague and it has no amount: it cannot be counted. */
    public boolean cannotBeCounted(String frequency, String sessionLength, ProvisionAmount amount) {
        return amount == null && !vague.findIn(join(frequency, sessionLength)).isEmpty();
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.isEmpty() ? "" : " | ").append(p);
            }
        }
        return b.toString();
    }
}
