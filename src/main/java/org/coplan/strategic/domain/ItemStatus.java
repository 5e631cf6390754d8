package org.coplan.strategic.domain;

/** Where an item of the programme of work stands. DONE needs what was done; STOPPED needs why. */
public enum ItemStatus {
    PROPOSED,
    AGREED,
    IN_PROGRESS,
    DONE,
    STOPPED;

    /** Done or stopped: nothing more happens to it. */
    public boolean ended() {
        return this == DONE || this == STOPPED;
    }
}
