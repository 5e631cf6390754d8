package org.coplan.meetings.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an annual review opens with, after the views gathered beforehand: progress on each outcome
 * in force and how each provision item was delivered over the {@link ReviewPeriod}. Live until the
 * meeting is held; then kept as it was ({@code keptAt} set).
 *
 * @param progressRecorded false when Coplan records no progress on outcomes at all
 * @param fidelityRecorded false when Coplan records no delivery of provision at all
 */
public record ReviewEvidence(
        ReviewPeriod period, boolean progressRecorded, boolean fidelityRecorded, List<OutcomeLine> outcomes, List<ItemLine> provision,
        Instant keptAt) {

    /** An outcome or provision item of the plan in force, in plan order. */
    public record Planned(UUID lineage, String section, String description, String byWhen) {}

    /** One outcome's progress; {@code recorded} false when nothing was recorded for it in the period. */
    public record OutcomeLine(
            UUID lineage, String outcome, String byWhen, boolean recorded, String stepAtStart, String stepNow, int records,
            String latestEvidence, String familyView, String link) {

        static OutcomeLine nothing(Planned p) {
            return new OutcomeLine(p.lineage(), p.description(), p.byWhen(), false, null, null, 0, null, null, null);
        }
    }

    /** One provision item's delivery; {@code recorded} false when nothing was recorded for it in the period. */
    public record ItemLine(
            UUID lineage, String section, String description, boolean recorded, Integer expected, int delivered, int notDelivered,
            int notAccounted, int madeUp, String plainWords, boolean shortfall, String link) {

        static ItemLine nothing(Planned p) {
            return new ItemLine(p.lineage(), p.section(), p.description(), false, null, 0, 0, 0, 0, null, false, null);
        }
    }

    public boolean kept() {
        return keptAt != null;
    }

    /**
     * Every outcome in force in plan order, each with its progress (or "nothing recorded"), then
     * progress recorded on outcomes no longer in force. One line per outcome: the first recorded wins.
     */
    public static List<OutcomeLine> outcomes(List<Planned> inForce, List<OutcomeLine> recorded) {
        Map<UUID, OutcomeLine> byLineage = new LinkedHashMap<>();
        recorded.forEach(l -> byLineage.putIfAbsent(l.lineage(), l));
        List<OutcomeLine> out = new ArrayList<>();
        for (Planned p : inForce) {
            OutcomeLine l = byLineage.remove(p.lineage());
            out.add(l != null ? l : OutcomeLine.nothing(p));
        }
        out.addAll(byLineage.values());
        return out;
    }

    /**
     * Every provision item in force, each with its delivery (or "nothing recorded"), then items
     * delivered in the period that are no longer in force; items past the shortfall threshold first,
     * so the review starts with what was not delivered. Otherwise in plan order.
     */
    public static List<ItemLine> provision(List<Planned> inForce, List<ItemLine> recorded) {
        Map<UUID, ItemLine> byLineage = new LinkedHashMap<>();
        recorded.forEach(l -> byLineage.putIfAbsent(l.lineage(), l));
        List<ItemLine> out = new ArrayList<>();
        for (Planned p : inForce) {
            ItemLine l = byLineage.remove(p.lineage());
            out.add(l != null ? l : ItemLine.nothing(p));
        }
        out.addAll(byLineage.values());
        out.sort(Comparator.comparing(l -> !l.shortfall()));
        return out;
    }
}
