package org.coplan.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.coplan.people.PasswordRule;
import org.coplan.people.Person;
import org.coplan.people.internal.PasswordResets;
import org.coplan.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password-reset")
    String showRequest(Model model) {
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("email", "");
        return "people/reset-request";
    }

    @PostMapping("/password-reset")
    String submitRequest(@RequestParam(defaultValue = "") String email, Model model) {
        FormErrors errors = new FormErrors();
        String typed = email.strip();
        if (typed.isEmpty()) {
            errors.add("email", "reset.emailRequired");
        } else if (!typed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "email.invalid");
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("email", email);
            return "people/reset-request";
        }
        resets.request(typed);
        return "redirect:/password-reset?sent";
    }

    @GetMapping(value = "/password-reset", params = "sent")
    String showSent() {
        return "people/reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String showNewPassword(@PathVariable String token, Model model) {
        if (resets.holderOf(token).isEmpty()) {
            return "people/reset-expired";
        }
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("token", token);
        return "people/reset-password";
    }

    @PostMapping("/password-reset/{token}")
    String submitNewPassword(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm,
            HttpServletRequest request,
            Model model) {
        Optional<Person> holder = resets.personFor(token);
        if (holder.isEmpty()) {
            return "people/reset-expired";
        }
        FormErrors errors = passwordErrors(password, confirm, holder.get().displayName(), holder.get().email());
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("token", token);
            return "people/reset-password";
        }
        HttpSession session = request.getSession(false);
        if (!resets.complete(token, password, session == null ? null : session.getId())) {
            return "people/reset-expired";
        }
        return "redirect:/sign-in?reset";
    }

    /** The checks for choosing a new password, shared with accepting an invitation. */
    public static FormErrors passwordErrors(String password, String confirm, String name, String email) {
        FormErrors errors = new FormErrors();
        PasswordRule.problem(password, name, email).ifPresent(key -> errors.add("password", key, PasswordRule.MINIMUM_LENGTH));
        if (!errors.has("password") && !password.equals(confirm)) {
            errors.add("confirm", "password.mismatch");
        }
        return errors;
    }
}
