package org.coplan.cases.web;

import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Who has seen this record": the audit trail of a case, for the family and the staff leading it. */
@Controller
class RecordViewsController {

    static final int SHOWN = 500;

    private final CaseAccess access;
    private final AuditLog audit;

    RecordViewsController(CaseAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/cases/{caseId}/record-views")
    String showRecordViews(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_AUDIT);
        access.recordView(ctx, "Who has seen this record");
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        // A person's own refused requests are not shown back to them: a refusal must teach nothing.
        UUID viewer = ctx.viewerId().value();
        model.addAttribute("events", audit.forCase(ctx.caseId().value(), SHOWN).stream()
                .filter(e -> e.action() != AuditAction.REFUSED || !viewer.equals(e.actorId()))
                .toList());
        model.addAttribute("total", audit.countForCase(ctx.caseId().value()));
        model.addAttribute("shown", SHOWN);
        return "cases/record-views";
    }
}
