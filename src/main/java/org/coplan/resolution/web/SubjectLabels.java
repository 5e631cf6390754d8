package org.coplan.resolution.web;

import org.coplan.resolution.RaisedDisagreements;
import org.coplan.resolution.domain.Disagreement;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What a disagreement is about, in words, in the reader's language. */
@Component
class SubjectLabels {

    private final RaisedDisagreements raised;

    SubjectLabels(RaisedDisagreements raised) {
        this.raised = raised;
    }

    String of(Disagreement d) {
        return raised.about(d, LocaleContextHolder.getLocale());
    }
}
