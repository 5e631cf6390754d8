package org.coplan.cases;

/** Independent support a family would like alongside them. */
public enum SupportChoice {
    ADVOCATE,
    SENDIASS
}
