package org.coplan.plans.domain;

public enum AgreementMark {
    AGREE,
    DISAGREE,
    NOT_READ
}
