package org.coplan.resolution.domain;

/** How a disagreement ended. */
public enum Outcome {
    AGREED,
    WITHDRAWN,
    TRIBUNAL_DECIDED,
    OTHER
}
