package org.coplan.meetings;

import java.time.LocalDate;
import java.util.UUID;
import org.coplan.cases.CaseId;

/** An annual review meeting's record was completed and the meeting recorded as held on {@code heldOn}. */
public record ReviewMeetingHeld(CaseId caseId, UUID meetingId, LocalDate heldOn) {}
