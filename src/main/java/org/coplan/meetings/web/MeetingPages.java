package org.coplan.meetings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coplan.meetings.domain.MeetingAction;
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

    static java.util.UUID uuid(String value) {
        try {
            return value == null ? null : java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
