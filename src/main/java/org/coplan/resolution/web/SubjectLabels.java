package org.coplan.resolution.web;

import java.util.Locale;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.domain.Subject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What a disagreement is about, in words: the plan section, the decision, or the person's own words. */
@Component
class SubjectLabels {

    private final MessageSource messages;

    SubjectLabels(MessageSource messages) {
        this.messages = messages;
    }

    String of(Disagreement d) {
        Subject s = d.subject();
        Locale locale = LocaleContextHolder.getLocale();
        return switch (s.kind()) {
            case PLAN_SECTION -> messages.getMessage("plan.section." + s.section().name(), null, locale);
            case STATUTORY_DECISION -> messages.getMessage("process.kind." + s.decisionKind().name(), null, locale);
            case OTHER -> s.aboutText();
        };
    }
}
