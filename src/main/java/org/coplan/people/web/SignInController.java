package org.coplan.people.web;

import jakarta.servlet.http.HttpSession;
import org.coplan.shared.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final int sessionHours;

    SignInController(@Value("${coplan.session.absolute-hours:12}") int sessionHours) {
        this.sessionHours = sessionHours;
    }

    static final String TYPED_EMAIL = "coplan.signIn.email";
    static final String FAILURE = "coplan.signIn.failure";

    @GetMapping("/sign-in")
    String showSignIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String reset,
            @RequestParam(required = false) String expired,
            HttpSession session,
            Model model) {
        FormErrors errors = new FormErrors();
        String email = "";
        if (error != null && session.getAttribute(FAILURE) != null) {
            email = (String) session.getAttribute(TYPED_EMAIL);
            String failure = (String) session.getAttribute(FAILURE);
            if (failure.startsWith("EMAIL:")) {
                errors.add("email", "signIn.heldForEmail", Long.parseLong(failure.substring(6)));
            } else if (failure.startsWith("ADDRESS:")) {
                errors.add("email", "signIn.heldForConnection", Long.parseLong(failure.substring(8)));
            } else if (failure.equals("unchecked")) {
                errors.add("email", "signIn.couldNotCheck");
            } else if (email == null || email.isBlank()) {
                errors.add("email", "signIn.emailRequired");
            } else {
                errors.add("email", "signIn.wrong");
            }
            session.removeAttribute(FAILURE);
            session.removeAttribute(TYPED_EMAIL);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("email", email);
        model.addAttribute("passwordChanged", reset != null);
        model.addAttribute("sessionEnded", expired != null);
        model.addAttribute("sessionHours", sessionHours);
        return "people/sign-in";
    }

    @GetMapping("/signed-out")
    String showSignedOut() {
        return "people/signed-out";
    }
}
