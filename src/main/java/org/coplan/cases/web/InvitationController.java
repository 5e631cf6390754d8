package org.coplan.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.coplan.cases.internal.CaseWork;
import org.coplan.cases.internal.Invitations.Invitation;
import org.coplan.people.PasswordRule;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Accepting an invitation from the emailed link. A new person chooses a password and lands on the
 * case, signed in; a person who already has an account signs in and confirms. The pages say nothing
 * about the child until the invitation is accepted, in case a link reaches the wrong person.
 */
@Controller
class InvitationController {

    private final CaseWork work;
    private final People people;
    private final UserDetailsService accounts;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    InvitationController(CaseWork work, People people, UserDetailsService accounts, MessageSource messages) {
        this.work = work;
        this.people = people;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/invitations/{token}")
    String showInvitation(@PathVariable String token, Model model) {
        Optional<Invitation> invitation = work.openInvitation(token);
        if (invitation.isEmpty()) {
            return "cases/invitation-expired";
        }
        boolean hasAccount = people.findByEmail(invitation.get().email()).map(p -> p.hasPassword()).orElse(false);
        return page(token, invitation.get(), hasAccount, new FormErrors(), model);
    }

    @PostMapping("/invitations/{token}")
    String submitInvitation(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Invitation> invitation = work.openInvitation(token);
        if (invitation.isEmpty()) {
            return "cases/invitation-expired";
        }
        if (people.findByEmail(invitation.get().email()).map(p -> p.hasPassword()).orElse(false)) {
            return page(token, invitation.get(), true, new FormErrors(), model);
        }
        FormErrors errors = new FormErrors();
        PasswordRule.problem(password, invitation.get().name(), invitation.get().email())
                .ifPresent(key -> errors.add("password", key, PasswordRule.MINIMUM_LENGTH));
        if (!errors.has("password") && !password.equals(confirm)) {
            errors.add("confirm", "password.mismatch");
        }
        if (errors.any()) {
            return page(token, invitation.get(), false, errors, model);
        }
        Optional<PersonId> person = work.acceptAsNewPerson(token, password);
        if (person.isEmpty()) {
            return "cases/invitation-expired";
        }
        signIn(invitation.get().email(), request, response);
        return "redirect:/cases/" + invitation.get().caseId() + "?joined";
    }

    @GetMapping("/invitations/{token}/join")
    String showJoin(@PathVariable String token, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Optional<Invitation> invitation = work.openInvitation(token);
        if (invitation.isEmpty()) {
            return "cases/invitation-expired";
        }
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("roleName", roleName(invitation.get()));
        model.addAttribute("otherEmail", !who.email().equalsIgnoreCase(invitation.get().email()));
        return "cases/invitation-join";
    }

    @PostMapping("/invitations/{token}/join")
    String submitJoin(@PathVariable String token, @AuthenticationPrincipal SignedInPerson who) {
        Optional<Invitation> invitation = work.openInvitation(token);
        if (invitation.isEmpty() || !work.acceptAsSignedIn(token, who.id())) {
            return "cases/invitation-expired";
        }
        return "redirect:/cases/" + invitation.get().caseId() + "?joined";
    }

    private String page(String token, Invitation invitation, boolean hasAccount, FormErrors errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("roleName", roleName(invitation));
        model.addAttribute("hasAccount", hasAccount);
        model.addAttribute("errors", errors);
        return "cases/invitation";
    }

    private String roleName(Invitation invitation) {
        return messages.getMessage("role." + invitation.role().name(), null, LocaleContextHolder.getLocale());
    }

    /** Signs the new person in, with a fresh session id, as a normal sign-in would. */
    private void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = accounts.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
