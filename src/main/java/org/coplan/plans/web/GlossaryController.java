package org.coplan.plans.web;

import java.util.List;
import org.coplan.plans.domain.Glossary;
import org.coplan.plans.domain.GlossaryEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Words we use": the glossary, A to Z, open to everyone so families can look up a word before they sign in. */
@Controller
class GlossaryController {

    /** The terms listed under one letter. */
    record Letter(String letter, List<GlossaryEntry> entries) {}

    private final Glossary glossary = Glossary.standard();

    @GetMapping("/help/glossary")
    String showGlossary(Model model) {
        model.addAttribute("letters", glossary.initials().stream()
                .map(initial -> new Letter(initial, glossary.entries().stream().filter(e -> e.initial().equals(initial)).toList()))
                .toList());
        return "plans/glossary";
    }
}
