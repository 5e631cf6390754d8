package org.coplan.meetings.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.coplan.cases.CaseNotices;
import org.coplan.meetings.ActionAdded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of a new action that it is theirs and by when, unless they added it
 * themselves. The email gives the date and a link, not the action's words, which may name the
 * child. A module listener, delivered through the event publication registry.
 */
@Component
class TellingActionOwners {

    private final CaseNotices notices;

    TellingActionOwners(CaseNotices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void added(ActionAdded added) {
        if (added.owner() == null || added.owner().equals(added.addedBy())) {
            return;
        }
        notices.tell(added.caseId(), added.owner(), "email.actionOwner.subject", "email.actionOwner.body",
                List.of(added.addedByName(), added.dueOn().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK))),
                "/cases/" + added.caseId().value() + "/meetings#actions");
    }
}
