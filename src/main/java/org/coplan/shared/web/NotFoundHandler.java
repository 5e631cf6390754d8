package org.coplan.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Renders "Page not found" for unknown and forbidden pages alike, from the request that asked. */
@ControllerAdvice
class NotFoundHandler {

    private final LayoutAttributes layout;

    NotFoundHandler(LayoutAttributes layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String showNotFound(Model model) {
        model.addAttribute("serviceName", layout.serviceName());
        model.addAttribute("operatorName", layout.operatorName());
        model.addAttribute("supportEmail", layout.supportEmail());
        model.addAttribute("zone", layout.zone());
        model.addAttribute("signedIn", layout.signedIn());
        return "error/404";
    }
}
