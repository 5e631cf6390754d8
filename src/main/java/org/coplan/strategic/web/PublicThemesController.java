package org.coplan.strategic.web;

import java.util.List;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.internal.Programme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "You said, we did" for an area, open to everyone: the board's items raised from themes on
 * families' cases, each with how many families it came from ("fewer than 5" below the smallest
 * figure shown), where it has got to, and what was done once it is finished. No names, no cases.
 */
@Controller
class PublicThemesController {

    private final People people;
    private final Programme programme;
    private final int smallestShown;

    PublicThemesController(People people, Programme programme, @Value("${coplan.measures.smallest-shown:5}") int smallestShown) {
        this.people = people;
        this.programme = programme;
        this.smallestShown = smallestShown;
    }

    @GetMapping("/area/{laId}/you-said-we-did")
    String showYouSaid(@PathVariable UUID laId, Model model) {
        Organisation la = people.organisation(new OrganisationId(laId))
                .filter(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY)
                .orElseThrow(NotFound::new);
        List<Programme.Item> items = programme.items(laId).stream().filter(Programme.Item::fromTheme).toList();
        model.addAttribute("authority", la);
        model.addAttribute("items", items);
        model.addAttribute("smallestShown", smallestShown);
        return "strategic/you-said-we-did";
    }
}
