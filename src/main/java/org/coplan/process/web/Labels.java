package org.coplan.process.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Options for radios, checkboxes and selects, labelled from the message files. */
final class Labels {

    private final MessageSource messages;
    private final Locale locale = LocaleContextHolder.getLocale();
    private final List<String[]> options = new ArrayList<>();

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    Labels add(String value, String key, Object... args) {
        options.add(new String[] {value, messages.getMessage(key, args, locale)});
        return this;
    }

    <E extends Enum<E>> Labels all(Class<E> type, String prefix) {
        for (E e : type.getEnumConstants()) {
            add(e.name(), prefix + e.name());
        }
        return this;
    }

    List<String[]> list() {
        return List.copyOf(options);
    }
}
