package org.coplan.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every service needs: accessibility statement, privacy notice, cookies, where the source code is. */
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

    @GetMapping(LayoutAttributes.SOURCE_CODE_PAGE)
    String showSourceCode() {
        return "pages/source-code";
    }
}
