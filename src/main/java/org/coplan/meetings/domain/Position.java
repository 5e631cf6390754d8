package org.coplan.meetings.domain;

/** A participant's position on a decision. A disagreement always gives its reasons. */
public enum Position {
    AGREE,
    DISAGREE,
    ABSTAIN
}
