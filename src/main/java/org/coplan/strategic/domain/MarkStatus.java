package org.coplan.strategic.domain;

import java.util.Optional;

/**
 * Where a mark of a theme on a case stands with the family's consent. Only a CONSENTED mark is
 * counted. A mark the family made themselves starts CONSENTED (making it is their consent); a mark
 * staff made starts WAITING for the family to agree or not.
 */
public enum MarkStatus {
    WAITING,
    CONSENTED,
    REFUSED,
    WITHDRAWN;

    /** What the family can answer about a mark. */
    public enum Answer {
        AGREE,
        DO_NOT_AGREE,
        WITHDRAW
    }

    public static MarkStatus start(boolean byFamily) {
        return byFamily ? CONSENTED : WAITING;
    }

    public boolean counts() {
        return this == CONSENTED;
    }

    /**
     * The status after the family's answer, or empty when the answer does not fit (withdrawing
     * what was never agreed, agreeing twice). A family who said no, or withdrew, may agree later.
     */
    public Optional<MarkStatus> after(Answer answer) {
        return switch (answer) {
            case AGREE -> this == CONSENTED ? Optional.empty() : Optional.of(CONSENTED);
            case DO_NOT_AGREE -> this == WAITING ? Optional.of(REFUSED) : Optional.empty();
            case WITHDRAW -> this == CONSENTED ? Optional.of(WITHDRAWN) : Optional.empty();
        };
    }
}
