package org.coplan.measures.web;

import java.util.List;
import java.util.UUID;
import org.coplan.measures.internal.FamilyWords;
import org.coplan.measures.internal.FigureScopes;
import org.coplan.measures.internal.FigureScopes.Kind;
import org.coplan.measures.internal.FigureScopes.Scope;
import org.coplan.people.OrganisationId;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Families' own words from the confidence survey, for a school, a service or the authority: only
 * those shared, with names and details taken out, and only when enough people answered.
 */
@Controller
class FamilyWordsController {

    private final FigureScopes scopes;
    private final FamilyWords words;

    FamilyWordsController(FigureScopes scopes, FamilyWords words) {
        this.scopes = scopes;
        this.words = words;
    }

    @GetMapping("/measures/{kind}/{orgId}/words")
    String showWords(@PathVariable String kind, @PathVariable UUID orgId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Kind k = Kind.fromPath(kind).orElseThrow(NotFound::new);
        Scope scope = scopes.open(who, k, new OrganisationId(orgId)).orElseThrow(NotFound::new);
        List<FamilyWords.TermWords> terms = words.words(who, scope, scopes.cases(scope));
        model.addAttribute("scope", scope);
        model.addAttribute("terms", terms);
        model.addAttribute("smallestShown", words.smallestShown());
        return "measures/family-words";
    }
}
