package org.coplan.cases.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.coplan.cases.CaseRole;
import org.springframework.context.MessageSource;

/** Radio and checkbox options for enums, labelled from the message files. */
final class Options {

    private Options() {}

    static <E extends Enum<E>> List<String[]> of(Class<E> type, String prefix, MessageSource messages, Locale locale) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new String[] {e.name(), messages.getMessage(prefix + e.name(), null, locale)})
                .toList();
    }

    static List<String[]> invitableRoles(MessageSource messages, Locale locale) {
        return of(CaseRole.class, "role.", messages, locale);
    }
}
