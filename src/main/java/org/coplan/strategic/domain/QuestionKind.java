package org.coplan.strategic.domain;

/** How a question of a poll or consultation is answered. */
public enum QuestionKind {
    /** One of the options. */
    SINGLE,
    /** Any number of the options, at least one. */
    MULTIPLE,
    /** A number from 1 to 5, with a label at each end. */
    SCALE,
    /** Words, up to {@link PollRules#MAX_TEXT} characters. */
    FREE_TEXT;

    public boolean choices() {
        return this == SINGLE || this == MULTIPLE;
    }
}
