package org.coplan.cases;

/**
 * The child's primary type of need, in the categories of the Department for Education's SEN2
 * return and school census, so figures can be compared with the published national ones.
 */
public enum NeedType {
    /** Specific learning difficulty. */
    SPLD,
    /** Moderate learning difficulty. */
    MLD,
    /** Severe learning difficulty. */
    SLD,
    /** Profound and multiple learning difficulty. */
    PMLD,
    /** Social, emotional and mental health. */
    SEMH,
    /** Speech, language and communication needs. */
    SLCN,
    /** Hearing impairment. */
    HI,
    /** Vision impairment. */
    VI,
    /** Multi-sensory impairment. */
    MSI,
    /** Physical disability. */
    PD,
    /** Autistic spectrum disorder (the return's wording). */
    ASD,
    /** Other difficulty or disability. */
    OTH,
    /** SEN support but no specialist assessment of type of need. */
    NSA
}
