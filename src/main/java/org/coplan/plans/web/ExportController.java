package org.coplan.plans.web;

import java.util.UUID;
import org.coplan.people.SignedInPerson;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.internal.PlanAccess;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.coplan.plans.internal.PlanViews;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan version to print or keep. Every export is audited. */
@Controller
class ExportController {

    private final PlanAccess access;
    private final PlanViews views;
    private final PlanPdf pdf;

    ExportController(PlanAccess access, PlanViews views, PlanPdf pdf) {
        this.access = access;
        this.views = views;
        this.pdf = pdf;
    }

    @GetMapping("/cases/{caseId}/plans/{planId}/versions/{number}/pdf")
    ResponseEntity<byte[]> downloadPdf(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @AuthenticationPrincipal SignedInPerson who) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.EXPORT);
        byte[] bytes = pdf.render(views.document(p));
        access.recordExport(p.caseContext(), "Plan version " + number + ": PDF");
        String name = (p.plan().kind() == org.coplan.plans.domain.PlanKind.EHC ? "ehc-plan" : "sen-support-plan") + "-version-" + number + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    @GetMapping("/cases/{caseId}/plans/{planId}/versions/{number}/print")
    String showPrint(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.EXPORT);
        PlanPages.common(p, model);
        model.addAttribute("doc", views.document(p));
        access.recordExport(p.caseContext(), "Plan version " + number + ": print-friendly page");
        return "plans/print";
    }
}
