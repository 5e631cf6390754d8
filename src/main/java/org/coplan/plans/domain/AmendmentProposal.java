package org.coplan.plans.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A proposal to change the plan in force, as an annual review makes it: keep, change or stop an
 * outcome or provision item in force, or add a new one. {@link #changes} turns a review's
 * proposals into the edits an amendment draft makes, so the draft is the plan in force with every
 * proposal applied.
 *
 * @param lineage the item in force a keep, change or stop is about; null for a new item
 * @param section where a new item goes; null keeps an item where it is
 * @param words the new words (a change or a new item); null keeps the words
 * @param byWhen an outcome's new "by when"; null keeps it
 * @param sessions with {@code per} and {@code minutes}: a provision item's new amount; null keeps it
 * @param groupSize 1 for one to one; null keeps it
 * @param outcomes the outcomes in force a new provision item serves
 */
public record AmendmentProposal(
        Change change, ItemKind kind, UUID lineage, SectionCode section, String words, String byWhen, Integer sessions, Per per,
        Integer minutes, Integer groupSize, List<UUID> outcomes) {

    public enum Change {
        KEEP,
        CHANGE,
        STOP,
        ADD
    }

    public enum ItemKind {
        OUTCOME,
        PROVISION
    }

    /** How often a quantified item happens. */
    public enum Per {
        WEEK,
        HALF_TERM,
        TERM
    }

    public AmendmentProposal {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    public boolean hasAmount() {
        return sessions != null && per != null && minutes != null;
    }

    /** An item of the plan in force, as the draft starts from it. */
    public record Current(
            UUID lineage, ItemKind kind, SectionCode section, String description, String byWhen, String provider, String frequency,
            String sessionLength, String groupSize, java.time.LocalDate starts, java.time.LocalDate ends, List<UUID> links) {}

    /** The amount a change gives an item, to be written beside its words. */
    public record Amount(int sessions, Per per, int minutes) {}

    /** One edit of the amendment draft. */
    public sealed interface ItemChange {
        /** The item keeps its lineage with new words, "by when" or amount; anything not proposed stays as it was. */
        record Edit(Current item, String description, String byWhen, Amount amount, Integer groupSize) implements ItemChange {}

        record Remove(Current item) implements ItemChange {}

        record Add(ItemKind kind, SectionCode section, String description, String byWhen, Amount amount, Integer groupSize,
                List<UUID> links) implements ItemChange {}
    }

    /** The proposals name an item that is not in the plan in force. */
    public static final class NotInForce extends IllegalArgumentException {
        private final List<UUID> lineages;

        public NotInForce(List<UUID> lineages) {
            super("Not in the plan in force: " + lineages);
            this.lineages = List.copyOf(lineages);
        }

        public List<UUID> lineages() {
            return lineages;
        }
    }

    /**
     * The edits that apply the proposals to the plan in force: a change edits its item, a stop
     * removes it, a keep changes nothing, and a new item is added (in the default section for its
     * kind when none is given). Edits come in the order of the items in force, then new items in
     * the order proposed. A new provision item keeps only links to outcomes that stay in force.
     *
     * @throws NotInForce when a keep, change or stop names an item not in force
     */
    public static List<ItemChange> changes(List<AmendmentProposal> proposals, List<Current> inForce, PlanKind planKind) {
        Map<UUID, Current> byLineage = inForce.stream().collect(Collectors.toMap(Current::lineage, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        List<UUID> missing = proposals.stream().filter(p -> p.change() != Change.ADD)
                .map(AmendmentProposal::lineage).filter(l -> l == null || !byLineage.containsKey(l)).toList();
        if (!missing.isEmpty()) {
            throw new NotInForce(missing);
        }
        Map<UUID, AmendmentProposal> about = new java.util.HashMap<>();
        proposals.stream().filter(p -> p.change() != Change.ADD).forEach(p -> about.put(p.lineage(), p));
        java.util.Set<UUID> stoppedOutcomes = proposals.stream()
                .filter(p -> p.change() == Change.STOP && p.kind() == ItemKind.OUTCOME).map(AmendmentProposal::lineage)
                .collect(Collectors.toSet());
        List<ItemChange> out = new ArrayList<>();
        for (Current item : byLineage.values()) {
            AmendmentProposal p = about.get(item.lineage());
            if (p == null || p.change() == Change.KEEP) {
                continue;
            }
            if (p.change() == Change.STOP) {
                out.add(new ItemChange.Remove(item));
                continue;
            }
            out.add(new ItemChange.Edit(item, blank(p.words()) ? item.description() : p.words().strip(),
                    item.kind() == ItemKind.OUTCOME && !blank(p.byWhen()) ? p.byWhen().strip() : item.byWhen(),
                    item.kind() == ItemKind.PROVISION ? amount(p) : null,
                    item.kind() == ItemKind.PROVISION ? p.groupSize() : null));
        }
        for (AmendmentProposal p : proposals) {
            if (p.change() != Change.ADD) {
                continue;
            }
            SectionCode section = p.section() != null ? p.section() : defaultSection(p.kind(), planKind);
            List<UUID> links = p.kind() == ItemKind.PROVISION
                    ? p.outcomes().stream().filter(o -> byLineage.containsKey(o) && !stoppedOutcomes.contains(o)).distinct().toList()
                    : List.of();
            out.add(new ItemChange.Add(p.kind(), section, p.words().strip(), p.kind() == ItemKind.OUTCOME && !blank(p.byWhen())
                    ? p.byWhen().strip() : null, p.kind() == ItemKind.PROVISION ? amount(p) : null,
                    p.kind() == ItemKind.PROVISION ? p.groupSize() : null, links));
        }
        return out;
    }

    /** Where a new item goes when the proposal does not say: the outcomes section, or the first provision section. */
    public static SectionCode defaultSection(ItemKind kind, PlanKind planKind) {
        if (planKind == PlanKind.EHC) {
            return kind == ItemKind.OUTCOME ? SectionCode.E : SectionCode.F;
        }
        return kind == ItemKind.OUTCOME ? SectionCode.OUTCOMES : SectionCode.SUPPORT;
    }

    /** The sections a new item of this kind may go in, in a plan of this kind. */
    public static List<SectionCode> sectionsFor(ItemKind kind, PlanKind planKind) {
        SectionCode.Structure wanted = kind == ItemKind.OUTCOME ? SectionCode.Structure.OUTCOMES : SectionCode.Structure.PROVISION;
        return SectionCode.of(planKind).stream().filter(s -> s.structure() == wanted).toList();
    }

    private static Amount amount(AmendmentProposal p) {
        return p.hasAmount() ? new Amount(p.sessions(), p.per(), p.minutes()) : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
