package org.coplan.plans.web;

import java.util.List;
import java.util.Locale;
import org.coplan.cases.CaseContext;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.internal.PlanContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/** What every plan page puts in its model, and the links between plan pages. */
final class PlanPages {

    private PlanPages() {}

    static String versionPath(PlanContext p) {
        return "/cases/" + p.caseContext().caseId() + "/plans/" + p.plan().id() + "/versions/" + p.version().number();
    }

    static void common(PlanContext p, Model model) {
        CaseContext ctx = p.caseContext();
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("plan", p.plan());
        model.addAttribute("version", p.version());
        model.addAttribute("base", versionPath(p));
        model.addAttribute("canWrite", p.can(PlanAction.WRITE));
        model.addAttribute("canContribute", p.can(PlanAction.CONTRIBUTE));
        model.addAttribute("canComment", p.can(PlanAction.COMMENT));
        model.addAttribute("canMark", p.can(PlanAction.MARK_AGREEMENT));
        model.addAttribute("longSentenceWords", org.coplan.plans.domain.PlainLanguageCheck.LONG_SENTENCE_WORDS);
    }

    static <E extends Enum<E>> List<String[]> options(List<E> values, String prefix, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        return values.stream().map(v -> new String[] {v.name(), messages.getMessage(prefix + v.name(), null, locale)}).toList();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
