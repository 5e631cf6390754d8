package org.coplan.strategic.web;

import org.coplan.strategic.internal.AreaLadder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the local authority's page the area's activities counted by rung of the ladder of
 * participation ({@code ${ladder.counts(laId)}}), worked out only when the page asks for them.
 */
@ControllerAdvice(basePackages = "org.coplan.process.web")
class LadderOnAuthorityPage {

    private final AreaLadder ladder;

    LadderOnAuthorityPage(AreaLadder ladder) {
        this.ladder = ladder;
    }

    @ModelAttribute("ladder")
    AreaLadder ladder() {
        return ladder;
    }
}
