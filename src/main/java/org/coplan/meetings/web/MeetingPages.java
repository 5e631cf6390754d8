package org.coplan.meetings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.Refusal;
import org.coplan.shared.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** What every meetings page needs. */
final class MeetingPages {

    private MeetingPages() {}

    static void common(MeetingCase mc, Model model) {
        model.addAttribute("c", mc.ctx().child());
        model.addAttribute("casePath", "/cases/" + mc.caseId());
        model.addAttribute("meetingsPath", "/cases/" + mc.caseId() + "/meetings");
        model.addAttribute("canArrange", mc.can(MeetingAction.ARRANGE));
        model.addAttribute("canRecord", mc.can(MeetingAction.RECORD));
        model.addAttribute("canWriteAccount", mc.can(MeetingAction.WRITE_FAMILY_ACCOUNT));
        model.addAttribute("canReply", mc.can(MeetingAction.REPLY));
        model.addAttribute("canAct", mc.ctx().mayAct());
    }

    /** [value, label] pairs for radios and checkboxes, the label from {@code prefix + value}. */
    static <E extends Enum<E>> List<String[]> options(Class<E> type, String prefix, MessageSource messages, Locale locale) {
        List<String[]> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(new String[] {e.name(), messages.getMessage(prefix + e.name(), null, locale)});
        }
        return out;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Puts each refusal beside the field it concerns, with dates written out as people read them. */
    static void refusals(FormErrors errors, List<Refusal> reasons, Function<Refusal, String> field) {
        for (Refusal r : reasons) {
            errors.add(field.apply(r), r.reason().messageKey(), args(r));
        }
    }

    /** A refusal as a sentence, for a page that explains why its form is not shown. */
    static String sentence(Refusal r, MessageSource messages) {
        return messages.getMessage(r.reason().messageKey(), args(r), LocaleContextHolder.getLocale());
    }

    private static Object[] args(Refusal r) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LocaleContextHolder.getLocale());
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale());
        return r.args().stream().map(a -> a instanceof LocalDate d
                ? (r.reason() == Refusal.Reason.NOT_BEFORE_THE_MEETING ? day.format(d) : date.format(d)) : a).toArray();
    }

    /** The same problems, in the order their fields appear on the page; any field not named comes last. */
    static FormErrors inOrder(FormErrors errors, List<String> fields) {
        FormErrors out = new FormErrors();
        for (String f : fields) {
            if (errors.has(f)) {
                out.add(f, errors.get(f).key(), errors.get(f).args());
            }
        }
        errors.all().forEach(e -> out.add(e.field(), e.key(), e.args()));
        return out;
    }

    static java.util.UUID uuid(String value) {
        try {
            return value == null ? null : java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
