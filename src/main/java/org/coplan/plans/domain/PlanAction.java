package org.coplan.plans.domain;

public enum PlanAction {
    VIEW,
    CONTRIBUTE,
    COMMENT,
    WRITE,
    MARK_AGREEMENT,
    EXPORT
}
