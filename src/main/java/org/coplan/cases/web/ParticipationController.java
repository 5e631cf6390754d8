package org.coplan.cases.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.ContactDetails;
import org.coplan.cases.domain.ContactRules;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.PartOfDay;
import org.coplan.cases.SupportChoice;
import org.coplan.cases.UnavailableSlot;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.CaseReading;
import org.coplan.cases.internal.CaseWork;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A parent's or young person's own choices about how they take part in this case. */
@Controller
class ParticipationController {

    /** The form as typed: strings and lists, so nothing typed is lost when it has to be shown again. */
    public static class ParticipationForm {
        public String involvement;
        public List<String> channels = List.of();
        public String language = "";
        public String interpreter;
        public String accessibilityNeeds = "";
        public List<String> support = List.of();
        public String cannotAttend = "";
        public List<String> unavailable = List.of();
        public int version = -1;
        public String phone = "";
        public String address = "";
        public String postcode = "";

        public void setPhone(String v) { phone = v == null ? "" : v; }
        public void setAddress(String v) { address = v == null ? "" : v; }
        public void setPostcode(String v) { postcode = v == null ? "" : v; }
        public String getPhone() { return phone; }
        public String getAddress() { return address; }
        public String getPostcode() { return postcode; }

        public void setInvolvement(String v) { involvement = v; }
        public void setChannels(List<String> v) { channels = v == null ? List.of() : v; }
        public void setLanguage(String v) { language = v == null ? "" : v; }
        public void setInterpreter(String v) { interpreter = v; }
        public void setAccessibilityNeeds(String v) { accessibilityNeeds = v == null ? "" : v; }
        public void setSupport(List<String> v) { support = v == null ? List.of() : v; }
        public void setCannotAttend(String v) { cannotAttend = v == null ? "" : v; }
        public void setVersion(int v) { version = v; }
        public void setUnavailable(List<String> v) { unavailable = v == null ? List.of() : v; }
        public List<String> getUnavailable() { return unavailable; }
        public String getInvolvement() { return involvement; }
        public List<String> getChannels() { return channels; }
        public String getLanguage() { return language; }
        public String getInterpreter() { return interpreter; }
        public String getAccessibilityNeeds() { return accessibilityNeeds; }
        public List<String> getSupport() { return support; }
        public String getCannotAttend() { return cannotAttend; }
        public int getVersion() { return version; }

        static ParticipationForm from(ParticipationChoices c, Set<UnavailableSlot> slots, ContactDetails contact) {
            ParticipationForm f = new ParticipationForm();
            f.unavailable = slots.stream().map(UnavailableSlot::code).toList();
            f.phone = contact.phone() == null ? "" : contact.phone();
            f.address = String.join("\n", contact.addressLines());
            f.postcode = contact.postcode() == null ? "" : contact.postcode();
            if (c == null) {
                f.language = "English";
                return f;
            }
            f.involvement = c.involvement().name();
            f.channels = c.channels().stream().map(Enum::name).toList();
            f.language = c.language();
            f.interpreter = c.interpreterNeeded() ? "yes" : "no";
            f.accessibilityNeeds = c.accessibilityNeeds() == null ? "" : c.accessibilityNeeds();
            f.support = c.support().stream().map(Enum::name).toList();
            f.cannotAttend = c.cannotAttend() == null ? "" : c.cannotAttend();
            f.version = c.version();
            return f;
        }
    }

    private static final int MAX_TEXT = 1000;

    private final CaseAccess access;
    private final CaseWork work;
    private final CaseReading reading;
    private final MessageSource messages;

    ParticipationController(
            CaseAccess access, CaseWork work, CaseReading reading, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/participation")
    String showChoices(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.EDIT_OWN_PARTICIPATION);
        CaseMember me = membership(ctx);
        return page(ctx, ParticipationForm.from(reading.choicesOf(me).orElse(null), reading.unavailableSlotsOf(me), reading.contactOf(me)),
                new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/participation")
    String submitChoices(
            @PathVariable UUID caseId,
            @ModelAttribute ParticipationForm form,
            @AuthenticationPrincipal SignedInPerson who,
            Model model,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.EDIT_OWN_PARTICIPATION);
        CaseMember me = membership(ctx);
        FormErrors errors = new FormErrors();
        Involvement involvement = parse(Involvement.class, form.involvement);
        if (involvement == null) {
            errors.add("involvement", "participation.involvementRequired");
        }
        Set<ContactChannel> channels = parseAll(ContactChannel.class, form.channels);
        if (channels == null || channels.isEmpty()) {
            errors.add("channels", "participation.channelsRequired");
        }
        if (form.language.isBlank()) {
            errors.add("language", "participation.languageRequired");
        } else if (form.language.length() > 100) {
            errors.add("language", "participation.languageTooLong");
        }
        if (!"yes".equals(form.interpreter) && !"no".equals(form.interpreter)) {
            errors.add("interpreter", "participation.interpreterRequired");
        }
        if (form.accessibilityNeeds.length() > MAX_TEXT) {
            errors.add("accessibilityNeeds", "text.tooLong", MAX_TEXT);
        }
        Set<SupportChoice> support = parseAll(SupportChoice.class, form.support);
        if (support == null) {
            errors.add("support", "participation.supportInvalid");
        }
        if (form.cannotAttend.length() > MAX_TEXT) {
            errors.add("cannotAttend", "text.tooLong", MAX_TEXT);
        }
        Set<UnavailableSlot> unavailable = new LinkedHashSet<>();
        for (String code : form.unavailable) {
            UnavailableSlot slot = UnavailableSlot.parse(code);
            if (slot == null) {
                errors.add("unavailable", "meeting.unavailable.invalid");
            } else {
                unavailable.add(slot);
            }
        }
        ContactDetails contact = contact(form, channels == null ? Set.of() : channels, errors);
        if (errors.any()) {
            return page(ctx, form, errors, model);
        }
        ParticipationChoices choices = new ParticipationChoices(me.id(), involvement, channels, form.language.strip(),
                "yes".equals(form.interpreter), blankToNull(form.accessibilityNeeds), support,
                blankToNull(form.cannotAttend), form.version, null);
        if (!work.saveParticipation(ctx, choices, form.version, unavailable, contact)) {
            ParticipationForm latest = ParticipationForm.from(reading.choicesOf(me).orElse(null), Set.of(), ContactDetails.NONE);
            form.version = latest.version;
            return page(ctx, form, new FormErrors().add("involvement", "participation.changedElsewhere"), model);
        }
        redirect.addFlashAttribute("done", "participation.saved");
        return "redirect:/cases/" + caseId;
    }

    /**
     * The phone number and address typed, checked against the channels chosen: a text message needs
     * a UK mobile number, a phone call any UK number, a letter an address and postcode. A number or
     * address typed without the channel that needs it is kept if it is valid.
     */
    private static ContactDetails contact(ParticipationForm form, Set<ContactChannel> channels, FormErrors errors) {
        String phone = null;
        if (form.phone.isBlank()) {
            if (channels.contains(ContactChannel.TEXT)) {
                errors.add("phone", "participation.phone.requiredForText");
            } else if (channels.contains(ContactChannel.PHONE)) {
                errors.add("phone", "participation.phone.requiredForCalls");
            }
        } else if (form.phone.length() > 30) {
            errors.add("phone", channels.contains(ContactChannel.TEXT) ? "participation.phone.notMobile" : "participation.phone.notUk");
        } else if (channels.contains(ContactChannel.TEXT)) {
            phone = ContactRules.ukMobile(form.phone);
            if (phone == null) {
                errors.add("phone", "participation.phone.notMobile");
            }
        } else {
            phone = ContactRules.ukPhone(form.phone);
            if (phone == null) {
                errors.add("phone", "participation.phone.notUk");
            }
        }
        List<String> lines = ContactRules.addressLines(form.address);
        String postcode = null;
        if (form.address.length() > 500 || lines.size() > ContactRules.MAX_ADDRESS_LINES || lines.stream().anyMatch(l -> l.length() > 100)) {
            errors.add("address", "participation.address.tooLong", ContactRules.MAX_ADDRESS_LINES);
        } else if (lines.isEmpty() && channels.contains(ContactChannel.POST)) {
            errors.add("address", "participation.address.required");
        }
        if (form.postcode.isBlank()) {
            if (channels.contains(ContactChannel.POST)) {
                errors.add("postcode", "participation.postcode.required");
            }
        } else {
            postcode = ContactRules.postcode(form.postcode.length() > 20 ? "" : form.postcode);
            if (postcode == null) {
                errors.add("postcode", "participation.postcode.invalid");
            }
        }
        return new ContactDetails(phone, lines, postcode);
    }

    private CaseMember membership(CaseContext ctx) {
        return reading.membershipOf(ctx).orElseThrow(NotFound::new);
    }

    private String page(CaseContext ctx, ParticipationForm form, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("involvements", Options.of(Involvement.class, "involvement.", messages, locale));
        model.addAttribute("channelOptions", Options.of(ContactChannel.class, "channel.", messages, locale));
        model.addAttribute("supportOptions", Options.of(SupportChoice.class, "support.", messages, locale));
        List<String[]> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (PartOfDay part : PartOfDay.values()) {
                slots.add(new String[] {new UnavailableSlot(day, part).code(), messages.getMessage("meeting.unavailable.slot",
                        new Object[] {messages.getMessage("meeting.weekday." + day.name(), null, locale), messages.getMessage("meeting.part." + part.name(), null, locale)},
                        locale)});
            }
        }
        model.addAttribute("slotOptions", slots);
        model.addAttribute("yesNo", List.of(
                new String[] {"yes", messages.getMessage("common.yes", null, locale)},
                new String[] {"no", messages.getMessage("common.no", null, locale)}));
        access.recordView(ctx, "Participation choices");
        return "cases/participation";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** All values parsed, or null if any is not a known value. */
    private static <E extends Enum<E>> Set<E> parseAll(Class<E> type, List<String> values) {
        Set<E> parsed = EnumSet.noneOf(type);
        for (String v : values) {
            E e = parse(type, v);
            if (e == null) {
                return null;
            }
            parsed.add(e);
        }
        return parsed;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
