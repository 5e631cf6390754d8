package org.coplan.people;

/** A person's role in an organisation, as opposed to their role on a particular case. */
public enum StaffRole {
    SENCO,
    EHC_COORDINATOR,
    SEN_MANAGER,
    PROFESSIONAL,
    FORUM_MEMBER,
    /** Runs the parent carer forum: manages its members, opens polls, sits on the co-production board. */
    FORUM_OFFICER,
    ADMINISTRATOR
}
