package org.coplan.deadlines;

/** How a request for an assessment reached the local authority. */
public enum RequestChannel {
    EMAIL,
    ONLINE_FORM,
    BY_HAND,
    FIRST_CLASS_POST,
    SIGNED_FOR_POST;

    /**
     * Whether the time it arrived must be recorded. An email's time decides the day it counts as
     * received (after the cut-off, the next working day), and every email shows when it arrived,
     * so the time is always known. For the other channels the time is recorded when someone knows it.
     */
    public boolean needsTime() {
        return this == EMAIL;
    }
}
