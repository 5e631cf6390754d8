package org.coplan.process.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.notify.MessageOutbox;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the home page of the letters waiting to be posted (for a local authority's coordinators,
 * SEN managers and administrators) and the phone calls the person has been asked to make: two
 * counts, the same work whatever the caseload.
 */
@ControllerAdvice(assignableTypes = HomeController.class)
class ChannelTasksOnHome {

    private static final Set<StaffRole> AUTHORITY_STAFF = Set.of(StaffRole.EHC_COORDINATOR, StaffRole.SEN_MANAGER, StaffRole.ADMINISTRATOR);

    private final MessageOutbox outbox;

    ChannelTasksOnHome(MessageOutbox outbox) {
        this.outbox = outbox;
    }

    @ModelAttribute("waitingMessages")
    MessageOutbox.Waiting waiting(@AuthenticationPrincipal SignedInPerson who) {
        if (who == null) {
            return new MessageOutbox.Waiting(0, 0);
        }
        Set<UUID> authorities = who.staffMemberships().stream()
                .filter(m -> AUTHORITY_STAFF.contains(m.role()))
                .map(m -> m.organisationId().value())
                .collect(Collectors.toSet());
        return outbox.waiting(authorities, who.id().value());
    }
}
