package org.coplan.provision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A provision item in force on a case, copied from the newest issued plan version. The lineage
 * is the item's identity across edits and plan versions. {@code amount} is null when the item's
 * words could not be counted ("as required"). {@code stoppedOn} is set when a later version left
 * the item out.
 */
public record ProvisionItem(
        UUID caseId, UUID lineage, String planKind, UUID planVersionId, String section, String description, String provider,
        String frequency, String sessionLength, Amount amount, LocalDate starts, LocalDate ends, List<UUID> outcomes,
        LocalDate inForceFrom, LocalDate stoppedOn) {

    public boolean quantified() {
        return amount != null;
    }

    /** The first day sessions are due: the later of the item's start and the day it came into force. */
    public LocalDate firstDay() {
        return starts == null || starts.isBefore(inForceFrom) ? inForceFrom : starts;
    }

    /** The last day sessions are due, or null while open-ended: the earlier of its end and the day it stopped. */
    public LocalDate lastDay() {
        if (ends == null) {
            return stoppedOn == null ? null : stoppedOn.minusDays(1);
        }
        return stoppedOn == null || !stoppedOn.minusDays(1).isBefore(ends) ? ends : stoppedOn.minusDays(1);
    }
}
