package org.coplan.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every service needs: accessibility statement, privacy notice, cookies. */
@Controller
class PagesController {

    @GetMapping("/accessibility")
    String showAccessibility() {
        return "pages/accessibility";
    }

    @GetMapping("/privacy")
    String showPrivacy() {
        return "pages/privacy";
    }

    @GetMapping("/cookies")
    String showCookies() {
        return "pages/cookies";
    }
}
