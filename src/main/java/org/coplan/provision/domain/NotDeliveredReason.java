package org.coplan.provision.domain;

/** Why a session did not take place. {@link #OTHER} needs words. */
public enum NotDeliveredReason {
    CHILD_ABSENT,
    PROVIDER_ABSENT,
    SETTING_CLOSED,
    CHILD_DECLINED,
    OTHER
}
