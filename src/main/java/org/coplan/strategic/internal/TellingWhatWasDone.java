package org.coplan.strategic.internal;

import java.util.List;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseNotices;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes "you said, we did" for a theme: when the board finishes the item raised from it, the
 * families of every case whose mark they agreed to are told what was done, with a link to the
 * area's public page. Who is told is the case's audience, so someone who can no longer see the
 * case is not; the message names no child and no case.
 */
@Component
class TellingWhatWasDone {

    private final Themes themes;
    private final CaseNotices notices;

    TellingWhatWasDone(Themes themes, CaseNotices notices) {
        this.themes = themes;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void done(ProgrammeItemDone done) {
        if (done.themeId() == null) {
            return;
        }
        for (var caseId : themes.consentingCases(done.themeId())) {
            notices.tell(new CaseId(caseId), t -> t.role().isFamily(), "theme.email.done.subject", "theme.email.done.body",
                    List.of(done.title(), done.weDid()), "/area/" + done.localAuthorityId() + "/you-said-we-did");
        }
    }
}
