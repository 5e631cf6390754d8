package org.coplan.provision.domain;

/** Whether a session of provision took place. */
public enum SessionStatus {
    DELIVERED,
    NOT_DELIVERED
}
