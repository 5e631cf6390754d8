package org.coplan.strategic.domain;

/**
 * What a forum member says they care about, and what a poll or consultation can be sent to: the
 * parts of the SEND system and the four broad areas of need of the SEND Code of Practice
 * (paragraph 6.28). Choosing none means "everything".
 */
public enum Topic {
    EARLY_YEARS,
    SEN_SUPPORT_IN_SCHOOL,
    EHC_PLANS,
    HEALTH_AND_THERAPIES,
    SOCIAL_CARE_AND_SHORT_BREAKS,
    TRANSPORT,
    PREPARING_FOR_ADULTHOOD,
    COMMUNICATION_AND_INTERACTION,
    COGNITION_AND_LEARNING,
    SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH,
    SENSORY_AND_PHYSICAL
}
