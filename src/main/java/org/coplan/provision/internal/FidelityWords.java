package org.coplan.provision.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coplan.provision.domain.Fidelity;
import org.coplan.provision.domain.NotDeliveredReason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An item's fidelity in plain words, as the family reads it: "5 of 6 sessions happened so far this
 * half-term. 1 session did not happen: the person who gives it was away. 1 missed session was made
 * up, on 12 January." Short sentences, no codes, each a message so it can be translated.
 */
@Component
public class FidelityWords {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private final MessageSource messages;

    FidelityWords(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param periodKey the message key naming the period ("this half-term", "this term", ...)
     */
    public List<String> sentences(FidelityReading.ItemFidelity row, String periodKey) {
        Fidelity f = row.fidelity();
        List<String> words = new ArrayList<>();
        if (!row.item().quantified()) {
            words.add(msg("fidelity.words.vague"));
            return words;
        }
        if (!f.counted()) {
            words.add(msg("fidelity.words.noDates"));
            return words;
        }
        String period = msg(periodKey);
        if (f.expectedToDate() == 0 && f.delivered() == 0) {
            words.add(msg("fidelity.words.noneDue", period));
        } else {
            words.add(msg("fidelity.words.count", f.delivered(), f.expectedToDate(), period));
        }
        for (NotDeliveredReason r : NotDeliveredReason.values()) {
            int n = f.notDeliveredFor(r);
            if (n > 0) {
                words.add(msg("fidelity.words.missed", n, msg("fidelity.reason." + r.name())));
            }
        }
        if (f.madeUp() > 0) {
            words.add(msg("fidelity.words.madeUp", f.madeUp(), DAY.format(f.lastMakeUp())));
        }
        if (f.notAccounted() > 0) {
            words.add(msg("fidelity.words.notAccounted", f.notAccounted()));
        }
        if (row.shortfall()) {
            words.add(msg("fidelity.words.shortfall"));
        }
        return words;
    }

    public String plain(FidelityReading.ItemFidelity row, String periodKey) {
        return String.join(" ", sentences(row, periodKey));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
