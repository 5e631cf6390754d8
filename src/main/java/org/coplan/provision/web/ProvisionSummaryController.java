package org.coplan.provision.web;

import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.SignedInPerson;
import org.coplan.provision.internal.FidelityReading;
import org.coplan.provision.internal.FidelityReading.CaseFidelity;
import org.coplan.provision.internal.FidelityReading.ItemFidelity;
import org.coplan.provision.internal.FidelityReading.Period;
import org.coplan.provision.internal.FidelityWords;
import org.coplan.provision.internal.ShortfallCheck;
import org.coplan.shared.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's provision: the family's plain-words summary of this half-term, for everyone on the case;
 * and the staff table of fidelity per item for a chosen period.
 */
@Controller
class ProvisionSummaryController {

    /** One item as the summary shows it. */
    record Line(ItemFidelity row, List<String> words) {}

    private final CaseAccess access;
    private final FidelityReading reading;
    private final FidelityWords words;
    private final ShortfallCheck check;

    ProvisionSummaryController(CaseAccess access, FidelityReading reading, FidelityWords words, ShortfallCheck check) {
        this.access = access;
        this.reading = reading;
        this.words = words;
        this.check = check;
    }

    @GetMapping("/cases/{caseId}/provision")
    String showSummary(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        CaseFidelity fidelity = reading.forCase(caseId, Period.HALF_TERM);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("fidelity", fidelity);
        model.addAttribute("lines", fidelity.items().stream().map(r -> new Line(r, words.sentences(r, "fidelity.period.HALF_TERM"))).toList());
        model.addAttribute("staff", !ctx.role().isFamily());
        access.recordView(ctx, "Provision summary");
        return "provision/summary";
    }

    @GetMapping("/cases/{caseId}/provision/fidelity")
    String showFidelity(
            @PathVariable UUID caseId,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        if (ctx.role().isFamily()) {
            throw new NotFound();
        }
        Period chosen = period == null ? Period.HALF_TERM : Period.ofSlug(period).orElse(Period.HALF_TERM);
        CaseFidelity fidelity = reading.forCase(caseId, chosen);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("fidelity", fidelity);
        model.addAttribute("periods", Period.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("reasons", org.coplan.provision.domain.NotDeliveredReason.values());
        model.addAttribute("percent", check.percent());
        access.recordView(ctx, "Provision fidelity");
        return "provision/fidelity";
    }
}
