package org.coplan.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coplan.deadlines.ActBy;
import org.coplan.deadlines.StatutoryDeadlines;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A day a person must act by, in words, the one way every page and email writes it. A legal
 * date on a working day outside the closed period reads "1 December 2026"; otherwise the last
 * working day before it comes first and the legal date follows: "Wednesday 23 December 2026
 * (the legal last day is Friday 25 December, when offices are closed)". Pages call it as
 * {@code ${@actBy.text(date)}} inside their own sentence ("Contact a mediation adviser by {0}").
 */
@Component("actBy")
public class ActByText {

    private final StatutoryDeadlines deadlines;
    private final MessageSource messages;

    public ActByText(StatutoryDeadlines deadlines, MessageSource messages) {
        this.deadlines = deadlines;
        this.messages = messages;
    }

    /** The day to act by for this legal date, in the language of the current request. */
    public String text(LocalDate legal) {
        return text(legal, LocaleContextHolder.getLocale());
    }

    /** The day to act by for this legal date, in the given language; empty for no date. */
    public String text(LocalDate legal, Locale locale) {
        if (legal == null) {
            return "";
        }
        ActBy by = deadlines.actBy(legal);
        if (!by.moved()) {
            return format(legal, "actBy.dateFormat", locale);
        }
        String legalFormat = legal.getYear() == by.lastWorkingDay().getYear()
                ? "actBy.legalDateFormat"
                : "actBy.legalDateFormatOtherYear";
        return messages.getMessage("actBy.moved",
                new Object[] {format(by.lastWorkingDay(), "actBy.movedDateFormat", locale), format(legal, legalFormat, locale)},
                locale);
    }

    /** Dates are written in the language of the messages file the words came from (actBy.locale). */
    private String format(LocalDate day, String patternKey, Locale locale) {
        Locale written = Locale.forLanguageTag(messages.getMessage("actBy.locale", null, "en-GB", locale));
        return DateTimeFormatter.ofPattern(messages.getMessage(patternKey, null, locale), written).format(day);
    }
}
