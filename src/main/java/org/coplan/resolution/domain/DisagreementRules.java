package org.coplan.resolution.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coplan.cases.CaseRole;

/**
 * Who may do what with a disagreement (recorded in ADR 0018).
 *
 * <ul>
 *   <li>Everyone on the case sees every disagreement raised on it; the family sees them all.
 *   <li>The case leads (SENCO, EHC coordinator) and the person who raised it move it between stages.
 *   <li>Only the family withdraws a disagreement the family raised: nobody withdraws it for them.
 *   <li>Mediation and the Tribunal are offered only where the law allows them ({@link Route}).
 *   <li>The leads, the person who raised it and the family record the dates on the way to an appeal.
 *   <li>A parent whose young person chose "view only" sees every disagreement but raises, moves and records nothing.
 * </ul>
 */
public final class DisagreementRules {

    private DisagreementRules() {}

    /**
     * The person's part in this disagreement.
     *
     * @param mayAct false for a parent whose young person chose "view only": they see it, but change nothing
     */
    public record Actor(CaseRole role, boolean raisedIt, boolean mayAct) {
        public Actor(CaseRole role, boolean raisedIt) {
            this(role, raisedIt, true);
        }
    }

    public static boolean mayMove(Actor actor) {
        return actor.mayAct() && (actor.role().isLead() || actor.raisedIt());
    }

    /** Whether the person may change the disagreement at all: move it, or (for the family) withdraw it. */
    public static boolean mayChange(Actor actor, Disagreement d) {
        return d.open() && actor.mayAct() && (mayMove(actor) || (d.raisedByFamily() && actor.role().isFamily()));
    }

    /** The stages the person may move it to now, besides closing it. */
    public static List<DisagreementStage> stagesOffered(Actor actor, Disagreement d) {
        if (!d.open() || !mayMove(actor)) {
            return List.of();
        }
        return Arrays.stream(DisagreementStage.values())
                .filter(s -> s.open() && s != d.stage())
                .filter(s -> !s.needsRightOfAppeal() || d.route().mediationAndTribunal())
                .toList();
    }

    /** The outcomes the person may close it with. */
    public static List<Outcome> outcomesOffered(Actor actor, Disagreement d) {
        List<Outcome> offered = new ArrayList<>();
        if (!d.open() || !actor.mayAct()) {
            return offered;
        }
        boolean mayWithdraw = d.raisedByFamily() ? actor.role().isFamily() : (actor.raisedIt() || actor.role().isLead());
        if (mayMove(actor)) {
            offered.add(Outcome.AGREED);
        }
        if (mayWithdraw) {
            offered.add(Outcome.WITHDRAWN);
        }
        if (mayMove(actor)) {
            if (d.route().mediationAndTribunal()) {
                offered.add(Outcome.TRIBUNAL_DECIDED);
            }
            offered.add(Outcome.OTHER);
        }
        return offered;
    }

    public static boolean mayRecordDates(Actor actor, Disagreement d) {
        return d.open() && actor.mayAct() && d.route().mediationAndTribunal() && (mayMove(actor) || actor.role().isFamily());
    }
}
