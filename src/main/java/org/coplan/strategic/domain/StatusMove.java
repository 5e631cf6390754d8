package org.coplan.strategic.domain;

import java.util.Optional;

/**
 * Moving an item of the programme of work on: PROPOSED to AGREED to IN_PROGRESS to DONE, or STOPPED
 * from anywhere before the end. Finishing says what was done ("you said, we did"); stopping says why.
 * A finished or stopped item stays as it ended.
 */
public record StatusMove(ItemStatus from, ItemStatus to, String weDid, String reason) {

    /** Where an item can go from where it stands. */
    public static java.util.List<ItemStatus> nextFrom(ItemStatus from) {
        return switch (from) {
            case PROPOSED -> java.util.List.of(ItemStatus.AGREED, ItemStatus.IN_PROGRESS, ItemStatus.STOPPED);
            case AGREED -> java.util.List.of(ItemStatus.IN_PROGRESS, ItemStatus.DONE, ItemStatus.STOPPED);
            case IN_PROGRESS -> java.util.List.of(ItemStatus.DONE, ItemStatus.STOPPED);
            case DONE, STOPPED -> java.util.List.of();
        };
    }

    /** The field and message key of what stops the move, or empty when it can be made. */
    public Optional<String[]> problem() {
        if (to == null) {
            return Optional.of(new String[] {"status", "board.error.statusRequired"});
        }
        if (!nextFrom(from).contains(to)) {
            return Optional.of(new String[] {"status", from.ended() ? "board.error.ended" : "board.error.notNext"});
        }
        if (to == ItemStatus.DONE && (weDid == null || weDid.isBlank())) {
            return Optional.of(new String[] {"weDid", "board.error.weDidRequired"});
        }
        if (to == ItemStatus.STOPPED && (reason == null || reason.isBlank())) {
            return Optional.of(new String[] {"reason", "board.error.reasonRequired"});
        }
        return Optional.empty();
    }
}
