package org.coplan.plans.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules for answering a contribution: it is answered once, with an outcome; "included with
 * changes" says what changed and "not included" says why (ehc-process.md section 3.5: the
 * family's views are had regard to, so a view left out is explained).
 */
public final class Answering {

    /** Why an answer cannot be saved, with the form field it belongs to. */
    public enum Refusal {
        OUTCOME_MISSING("outcome", "respond.outcomeRequired"),
        CHANGES_NOT_SAID("explanation", "respond.changesRequired"),
        REASON_NOT_GIVEN("explanation", "respond.reasonRequired"),
        ALREADY_ANSWERED("outcome", "respond.alreadyAnswered");

        private final String field;
        private final String messageKey;

        Refusal(String field, String messageKey) {
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private Answering() {}

    /** Every reason this answer cannot be given; empty when it can. */
    public static List<Refusal> refusals(boolean alreadyAnswered, ResponseOutcome outcome, String explanation) {
        List<Refusal> found = new ArrayList<>();
        if (outcome == null) {
            found.add(Refusal.OUTCOME_MISSING);
        } else if (outcome.needsExplanation() && (explanation == null || explanation.isBlank())) {
            found.add(outcome == ResponseOutcome.NOT_INCLUDED ? Refusal.REASON_NOT_GIVEN : Refusal.CHANGES_NOT_SAID);
        }
        if (alreadyAnswered) {
            found.add(Refusal.ALREADY_ANSWERED);
        }
        return found;
    }
}
