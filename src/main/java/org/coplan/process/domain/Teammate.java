package org.coplan.process.domain;

import java.util.UUID;
import org.coplan.cases.CaseRole;

/** Someone on a case team now, as reminders need them. */
public record Teammate(UUID memberId, UUID personId, CaseRole role, String name) {}
