package org.coplan.cases.web;

import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseRole;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.CaseReading;
import org.coplan.cases.internal.CaseWork;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inviting people to the case team and removing them. */
@Controller
class TeamController {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final CaseAccess access;
    private final CaseWork work;
    private final CaseReading reading;
    private final People people;
    private final MessageSource messages;

    TeamController(CaseAccess access, CaseWork work, CaseReading reading, People people, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.reading = reading;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/team/invite")
    String showInvite(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.MANAGE_TEAM);
        return invitePage(ctx, "", "", null, new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/team/invite")
    String submitInvite(
            @PathVariable UUID caseId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) String role,
            @AuthenticationPrincipal SignedInPerson who,
            Model model,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.MANAGE_TEAM);
        FormErrors errors = new FormErrors();
        if (name.isBlank()) {
            errors.add("name", "invite.nameRequired");
        } else if (name.length() > 200) {
            errors.add("name", "invite.nameTooLong");
        }
        if (email.isBlank()) {
            errors.add("email", "invite.emailRequired");
        } else if (!email.strip().matches(EMAIL)) {
            errors.add("email", "email.invalid");
        }
        CaseRole parsedRole = parseRole(role);
        if (parsedRole == null) {
            errors.add("role", "invite.roleRequired");
        }
        if (!errors.any()) {
            switch (work.invite(ctx, email, name, parsedRole)) {
                case SENT -> {
                    redirect.addFlashAttribute("done", "invite.sent");
                    redirect.addFlashAttribute("doneArg", email.strip());
                    return "redirect:/cases/" + caseId;
                }
                case ALREADY_MEMBER -> errors.add("email", "invite.alreadyMember");
                case ALREADY_INVITED -> errors.add("email", "invite.alreadyInvited");
            }
        }
        return invitePage(ctx, name, email, role, errors, model);
    }

    private String invitePage(CaseContext ctx, String name, String email, String role, FormErrors errors, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("role", role);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Options.invitableRoles(messages, LocaleContextHolder.getLocale()));
        access.recordView(ctx, "Invite to the case team");
        return "cases/invite";
    }

    @GetMapping("/cases/{caseId}/team/{memberId}/remove")
    String showRemove(
            @PathVariable UUID caseId, @PathVariable UUID memberId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.MANAGE_TEAM);
        CaseMember member = reading.activeMember(ctx.caseId(), memberId).orElseThrow(NotFound::new);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("member", member);
        model.addAttribute("memberName", people.find(member.personId()).map(p -> p.displayName()).orElse(""));
        access.recordView(ctx, "Remove from the case team");
        return "cases/remove-member";
    }

    @PostMapping("/cases/{caseId}/team/{memberId}/remove")
    String submitRemove(
            @PathVariable UUID caseId, @PathVariable UUID memberId, @AuthenticationPrincipal SignedInPerson who,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.MANAGE_TEAM);
        if (!work.removeMember(ctx, memberId)) {
            throw new NotFound();
        }
        redirect.addFlashAttribute("done", "team.removed");
        return "redirect:/cases/" + caseId;
    }

    @PostMapping("/cases/{caseId}/invitations/{invitationId}/withdraw")
    String submitWithdraw(
            @PathVariable UUID caseId, @PathVariable UUID invitationId, @AuthenticationPrincipal SignedInPerson who,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.MANAGE_TEAM);
        if (!work.withdrawInvitation(ctx, invitationId)) {
            throw new NotFound();
        }
        redirect.addFlashAttribute("done", "invite.withdrawn");
        return "redirect:/cases/" + caseId;
    }

    private static CaseRole parseRole(String role) {
        try {
            return role == null ? null : CaseRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
