package org.coplan.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.coplan.people.OrganisationId;
import org.coplan.people.Organisation;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.people.internal.Administration;
import org.coplan.people.internal.TwoStepSignIn;
import org.coplan.people.internal.TwoStepSignIn.Check;
import org.coplan.people.internal.TwoStepSignIn.Need;
import org.coplan.people.internal.TwoStepSignIn.Result;
import org.coplan.shared.ClockConfiguration;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in, and the "Sign-in and security" page where staff set up, change
 * or turn off their second factor. An administrator can also reset someone's (a lost phone).
 */
@Controller
class SecondFactorController {

    /** Session attribute: the key being set up, kept until confirmed so the QR code stays the same. */
    private static final String NEW_KEY = "coplan.secondFactor.newKey";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ClockConfiguration.ZONE);

    private final TwoStepSignIn twoStep;
    private final Administration administration;
    private final People people;
    private final String serviceName;

    SecondFactorController(
            TwoStepSignIn twoStep, Administration administration, People people,
            @Value("${coplan.service-name}") String serviceName) {
        this.twoStep = twoStep;
        this.administration = administration;
        this.people = people;
        this.serviceName = serviceName;
    }

    // --- The second step of signing in -------------------------------------------------------

    @GetMapping(SecondFactorGate.CODE_PAGE)
    String showCode(@AuthenticationPrincipal SignedInPerson who, HttpServletRequest request, Model model) {
        if (SecondFactorGate.passed(request) || twoStep.needFor(who.id()) != Need.CODE) {
            return "redirect:/";
        }
        return codePage("", new FormErrors(), model);
    }

    @PostMapping(SecondFactorGate.CODE_PAGE)
    String submitCode(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (SecondFactorGate.passed(request) || twoStep.needFor(who.id()) != Need.CODE) {
            return "redirect:/";
        }
        if (code.isBlank()) {
            return codePage(code, new FormErrors().add("code", "secondFactor.code.required"), model);
        }
        Check check = twoStep.check(who.id(), who.email(), code);
        if (check.result() == Result.LOCKED) {
            return signedOutForWrongCodes(check, request, model);
        }
        if (!check.accepted()) {
            return codePage(code, wrongCode(check, "code"), model);
        }
        SecondFactorGate.markPassed(request, response);
        if (check.result() == Result.RECOVERY_CODE_ACCEPTED) {
            SecondFactorGate.next(request, "/");
            redirect.addFlashAttribute("done", "secondFactor.recoveryUsed");
            redirect.addFlashAttribute("doneArg", check.recoveryCodesLeft());
            return "redirect:/account/security";
        }
        return "redirect:" + SecondFactorGate.next(request, "/");
    }

    private String codePage(String code, FormErrors errors, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        model.addAttribute("signedIn", false);
        return "people/second-factor-code";
    }

    /** Five wrong codes: the half-signed-in session ends, and codes are refused for a while. */
    private String signedOutForWrongCodes(Check check, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        model.addAttribute("until", TIME.format(check.lockedUntil() == null ? Instant.EPOCH : check.lockedUntil()));
        model.addAttribute("signedIn", false);
        return "people/second-factor-locked";
    }

    private static FormErrors wrongCode(Check check, String field) {
        FormErrors errors = new FormErrors();
        if (check.result() == Result.USED_BEFORE) {
            errors.add(field, "secondFactor.code.usedBefore");
        } else {
            errors.add(field, "secondFactor.code.wrong", check.triesLeft());
        }
        return errors;
    }

    // --- Sign-in and security ------------------------------------------------------------------

    @GetMapping("/account/security")
    String showSecurity(@AuthenticationPrincipal SignedInPerson who, Model model) {
        return securityPage(who, new FormErrors(), model);
    }

    private String securityPage(SignedInPerson who, FormErrors errors, Model model) {
        if (!twoStep.offeredTo(who.id())) {
            throw new NotFound();
        }
        boolean has = twoStep.has(who.id());
        model.addAttribute("hasSecondFactor", has);
        model.addAttribute("required", twoStep.requiredFor(who.id()));
        model.addAttribute("recoveryCodesLeft", has ? twoStep.recoveryCodesLeft(who.id()) : 0);
        model.addAttribute("errors", errors);
        return "people/account-security";
    }

    @GetMapping(SecondFactorGate.SET_UP_PAGE)
    String showSetUp(@AuthenticationPrincipal SignedInPerson who, HttpServletRequest request, Model model) {
        if (twoStep.has(who.id())) {
            return "redirect:/account/security";
        }
        return setUpPage(who, request, new FormErrors(), model);
    }

    @PostMapping(SecondFactorGate.SET_UP_PAGE)
    String submitSetUp(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (twoStep.has(who.id())) {
            return "redirect:/account/security";
        }
        if (code.isBlank()) {
            return setUpPage(who, request, new FormErrors().add("code", "secondFactor.code.required"), model);
        }
        String key = (String) request.getSession().getAttribute(NEW_KEY);
        if (key == null) {
            return "redirect:" + SecondFactorGate.SET_UP_PAGE;
        }
        List<String> codes = twoStep.setUp(who, key, code).orElse(null);
        if (codes == null) {
            return setUpPage(who, request, new FormErrors().add("code", "secondFactor.setUp.wrong"), model);
        }
        request.getSession().removeAttribute(NEW_KEY);
        SecondFactorGate.markPassed(request, response);
        redirect.addFlashAttribute("recoveryCodes", codes);
        redirect.addFlashAttribute("continueTo", SecondFactorGate.next(request, "/account/security"));
        return "redirect:/account/security/recovery-codes";
    }

    private String setUpPage(SignedInPerson who, HttpServletRequest request, FormErrors errors, Model model) {
        if (!twoStep.offeredTo(who.id())) {
            throw new NotFound();
        }
        HttpSession session = request.getSession();
        String key = (String) session.getAttribute(NEW_KEY);
        if (key == null) {
            key = twoStep.newKey();
            session.setAttribute(NEW_KEY, key);
        }
        boolean halfSignedIn = !SecondFactorGate.passed(request);
        model.addAttribute("qrImage", twoStep.qrImage(key, who.email(), serviceName));
        model.addAttribute("keyInGroups", String.join(" ", key.split("(?<=\\G.{4})")));
        model.addAttribute("required", twoStep.requiredFor(who.id()));
        model.addAttribute("halfSignedIn", halfSignedIn);
        model.addAttribute("errors", errors);
        if (halfSignedIn) {
            model.addAttribute("signedIn", false);
        }
        return "people/second-factor-set-up";
    }

    @GetMapping("/account/security/recovery-codes")
    String showRecoveryCodes(Model model) {
        if (!model.containsAttribute("recoveryCodes")) {
            return "redirect:/account/security";
        }
        if (!model.containsAttribute("continueTo")) {
            model.addAttribute("continueTo", "/account/security");
        }
        return "people/recovery-codes";
    }

    @PostMapping("/account/security/recovery-codes")
    String submitNewRecoveryCodes(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(defaultValue = "") String codeForNew,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!twoStep.has(who.id())) {
            return "redirect:/account/security";
        }
        if (codeForNew.isBlank()) {
            return securityPage(who, new FormErrors().add("codeForNew", "secondFactor.code.required"), model);
        }
        Check check = twoStep.check(who.id(), who.email(), codeForNew);
        if (check.result() == Result.LOCKED) {
            return signedOutForWrongCodes(check, request, model);
        }
        if (!check.accepted()) {
            return securityPage(who, wrongCode(check, "codeForNew"), model);
        }
        redirect.addFlashAttribute("recoveryCodes", twoStep.newRecoveryCodes(who));
        return "redirect:/account/security/recovery-codes";
    }

    @PostMapping("/account/security/turn-off")
    String submitTurnOff(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(defaultValue = "") String codeForOff,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!twoStep.has(who.id()) || twoStep.requiredFor(who.id())) {
            return "redirect:/account/security";
        }
        if (codeForOff.isBlank()) {
            return securityPage(who, new FormErrors().add("codeForOff", "secondFactor.code.required"), model);
        }
        Check check = twoStep.check(who.id(), who.email(), codeForOff);
        if (check.result() == Result.LOCKED) {
            return signedOutForWrongCodes(check, request, model);
        }
        if (!check.accepted()) {
            return securityPage(who, wrongCode(check, "codeForOff"), model);
        }
        twoStep.turnOff(who);
        redirect.addFlashAttribute("done", "secondFactor.turnedOff");
        return "redirect:/account/security";
    }

    // --- An administrator resets someone's second factor -------------------------------------------

    @PostMapping("/admin/organisations/{organisationId}/staff/second-factor-reset")
    String submitReset(
            @PathVariable UUID organisationId,
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam UUID personId,
            RedirectAttributes redirect) {
        Organisation organisation = administration.administered(who.id(), new OrganisationId(organisationId))
                .orElseThrow(NotFound::new);
        PersonId person = new PersonId(personId);
        var member = people.staffOf(organisation.id()).stream()
                .filter(s -> s.person().id().equals(person))
                .findFirst()
                .orElseThrow(NotFound::new);
        boolean reset = twoStep.reset(who, organisation, person);
        redirect.addFlashAttribute("done", reset ? "secondFactor.admin.reset" : "secondFactor.admin.none");
        redirect.addFlashAttribute("doneArg", member.person().displayName());
        return "redirect:/admin/organisations/" + organisationId;
    }
}
