package org.coplan.deadlines;

/** How a request for an assessment reached the local authority. */
public enum RequestChannel {
    EMAIL,
    ONLINE_FORM,
    BY_HAND,
    FIRST_CLASS_POST,
    SIGNED_FOR_POST
}
