package org.coplan.strategic;

import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.PersonId;
import org.coplan.strategic.domain.MarkKind;
import org.coplan.strategic.internal.Themes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes from families' cases as the pages make them, for setting up an area (the demo): a theme
 * named on a case, and marks on cases by the people on them, through the same access policy and
 * the same rules of consent and counting.
 */
@Service
@Transactional
public class ThemeSetup {

    private final CaseAccess cases;
    private final Themes themes;

    ThemeSetup(CaseAccess cases, Themes themes) {
        this.cases = cases;
        this.themes = themes;
    }

    /** A new theme for the case's area, named by someone on the case; refused if its words name anyone on it. */
    public UUID theme(CaseId onCase, PersonId by, String title, String description) {
        CaseContext ctx = cases.open(by, onCase, CaseAction.ADD_TO_RECORD);
        if (themes.create(ctx, false, title, description) instanceof Themes.Created made) {
            return made.themeId();
        }
        throw new IllegalArgumentException("A theme's words must name nobody on the case");
    }

    /** Marks the theme on the case: counted at once when {@code by} is the family, waiting for them otherwise. */
    public UUID mark(CaseId caseId, PersonId by, UUID themeId, String note) {
        CaseContext ctx = cases.open(by, caseId, CaseAction.ADD_TO_RECORD);
        return themes.mark(ctx, themes.theme(themeId).orElseThrow(), note.isBlank() ? MarkKind.CONFIDENCE_WORDS : MarkKind.OTHER, null, note);
    }
}
