package org.coplan.people.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.SchoolPhase;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.coplan.people.internal.AccountEvents;
import org.coplan.people.internal.Administration;
import org.coplan.people.internal.Administration.StaffOutcome;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A local authority's administrator: its schools, services and forum, and who works in each. */
@Controller
class AdminController {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final Administration administration;
    private final People people;
    private static final int ACCOUNT_EVENTS_SHOWN = 500;

    private final MessageSource messages;
    private final AccountEvents accountEvents;

    AdminController(Administration administration, People people, MessageSource messages, AccountEvents accountEvents) {
        this.administration = administration;
        this.people = people;
        this.messages = messages;
        this.accountEvents = accountEvents;
    }

    @GetMapping("/admin")
    String showAdmin(@AuthenticationPrincipal SignedInPerson who, Model model) {
        List<Organisation> authorities = administration.authoritiesOf(who.id());
        if (authorities.isEmpty()) {
            throw new NotFound();
        }
        model.addAttribute("areas", authorities.stream().map(la -> Map.of(
                "authority", la,
                "organisations", people.organisationsIn(la.id()))).toList());
        return "people/admin";
    }

    /** Sign-ins, failed sign-ins, lockouts, password resets and role changes of everyone with a role in the area. */
    @GetMapping("/admin/account-events")
    String showAccountEvents(@AuthenticationPrincipal SignedInPerson who, Model model) {
        List<Organisation> authorities = administration.authoritiesOf(who.id());
        if (authorities.isEmpty()) {
            throw new NotFound();
        }
        Set<PersonId> staff = authorities.stream()
                .flatMap(la -> people.organisationsIn(la.id()).stream())
                .flatMap(o -> people.staffOf(o.id()).stream())
                .map(m -> m.person().id())
                .collect(Collectors.toSet());
        model.addAttribute("events", accountEvents.of(staff, ACCOUNT_EVENTS_SHOWN));
        model.addAttribute("shown", ACCOUNT_EVENTS_SHOWN);
        return "people/admin-account-events";
    }

    @GetMapping("/admin/organisations/new")
    String showNewOrganisation(@AuthenticationPrincipal SignedInPerson who, Model model) {
        return newOrganisationPage(who, "", null, new FormErrors(), model);
    }

    @PostMapping("/admin/organisations/new")
    String submitNewOrganisation(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String kind,
            Model model,
            RedirectAttributes redirect) {
        List<Organisation> authorities = administration.authoritiesOf(who.id());
        if (authorities.isEmpty()) {
            throw new NotFound();
        }
        FormErrors errors = new FormErrors();
        if (name.isBlank()) {
            errors.add("name", "admin.organisation.nameRequired");
        } else if (name.length() > 200) {
            errors.add("name", "text.tooLong", 200);
        }
        OrganisationKind parsed = parse(OrganisationKind.class, kind);
        if (parsed == null || parsed == OrganisationKind.LOCAL_AUTHORITY) {
            errors.add("kind", "admin.organisation.kindRequired");
        }
        if (errors.any()) {
            return newOrganisationPage(who, name, kind, errors, model);
        }
        Organisation created = administration.addOrganisation(who, authorities.get(0), parsed, name);
        redirect.addFlashAttribute("done", "admin.organisation.added");
        return "redirect:/admin/organisations/" + created.id();
    }

    private String newOrganisationPage(SignedInPerson who, String name, String kind, FormErrors errors, Model model) {
        if (administration.authoritiesOf(who.id()).isEmpty()) {
            throw new NotFound();
        }
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("name", name);
        model.addAttribute("kind", kind);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(OrganisationKind.SCHOOL, OrganisationKind.SERVICE, OrganisationKind.FORUM).stream()
                .map(k -> new String[] {k.name(), messages.getMessage("organisationKind." + k.name(), null, locale)})
                .toList());
        return "people/admin-organisation-new";
    }

    @GetMapping("/admin/organisations/{organisationId}")
    String showOrganisation(@PathVariable UUID organisationId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Organisation organisation = administered(who, organisationId);
        return organisationPage(organisation, who, phaseValue(organisation), new FormErrors(), model);
    }

    /** A school's phase, which figures about its children are filtered by. */
    @PostMapping("/admin/organisations/{organisationId}/phase")
    String submitPhase(
            @PathVariable UUID organisationId,
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(defaultValue = "") String phase,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = administered(who, organisationId);
        if (organisation.kind() != OrganisationKind.SCHOOL) {
            throw new NotFound();
        }
        SchoolPhase parsed = phase.isEmpty() ? null : parse(SchoolPhase.class, phase);
        if (!phase.isEmpty() && parsed == null) {
            return organisationPage(organisation, who, phase, new FormErrors().add("phase", "facets.phase.unknown"), model);
        }
        administration.setPhase(who, organisation, parsed);
        redirect.addFlashAttribute("done", "facets.phase.saved");
        return "redirect:/admin/organisations/" + organisationId;
    }

    private String organisationPage(Organisation organisation, SignedInPerson who, String phase, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("organisation", organisation);
        model.addAttribute("staff", people.staffOf(organisation.id()));
        model.addAttribute("me", who.id());
        model.addAttribute("errors", errors);
        if (organisation.kind() == OrganisationKind.SCHOOL) {
            List<String[]> phases = new java.util.ArrayList<>();
            phases.add(new String[] {"", messages.getMessage("facets.phase.notRecorded", null, locale)});
            for (SchoolPhase p : SchoolPhase.values()) {
                phases.add(new String[] {p.name(), messages.getMessage("facets.phase." + p.name(), null, locale)});
            }
            model.addAttribute("phases", phases);
            model.addAttribute("phase", phase);
        }
        return "people/admin-organisation";
    }

    private String phaseValue(Organisation organisation) {
        return organisation.kind() == OrganisationKind.SCHOOL
                ? administration.phaseOf(organisation).map(Enum::name).orElse("")
                : "";
    }

    @GetMapping("/admin/organisations/{organisationId}/staff/new")
    String showNewStaff(@PathVariable UUID organisationId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Organisation organisation = administered(who, organisationId);
        String onlyRole = Administration.rolesFor(organisation.kind()).size() == 1
                ? Administration.rolesFor(organisation.kind()).iterator().next().name()
                : null;
        return newStaffPage(organisation, "", "", onlyRole, new FormErrors(), model);
    }

    @PostMapping("/admin/organisations/{organisationId}/staff/new")
    String submitNewStaff(
            @PathVariable UUID organisationId,
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) String role,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = administered(who, organisationId);
        FormErrors errors = new FormErrors();
        if (name.isBlank()) {
            errors.add("name", "invite.nameRequired");
        } else if (name.length() > 200) {
            errors.add("name", "text.tooLong", 200);
        }
        if (email.isBlank()) {
            errors.add("email", "invite.emailRequired");
        } else if (!email.strip().matches(EMAIL)) {
            errors.add("email", "email.invalid");
        }
        StaffRole parsed = parse(StaffRole.class, role);
        if (parsed == null || !Administration.rolesFor(organisation.kind()).contains(parsed)) {
            errors.add("role", "admin.staff.roleRequired");
        }
        if (!errors.any()) {
            StaffOutcome outcome = administration.addStaff(who, organisation, name, email.strip(), parsed);
            if (outcome == StaffOutcome.ALREADY_HOLDS_ROLE) {
                errors.add("email", "admin.staff.alreadyHolds");
            } else {
                redirect.addFlashAttribute("done", outcome == StaffOutcome.ADDED_NEW_ACCOUNT ? "admin.staff.addedNew" : "admin.staff.addedExisting");
                redirect.addFlashAttribute("doneArg", email.strip());
                return "redirect:/admin/organisations/" + organisationId;
            }
        }
        return newStaffPage(organisation, name, email, role, errors, model);
    }

    @PostMapping("/admin/organisations/{organisationId}/staff/remove")
    String submitRemoveStaff(
            @PathVariable UUID organisationId,
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam UUID personId,
            @RequestParam String role,
            HttpSession session,
            RedirectAttributes redirect) {
        Organisation organisation = administered(who, organisationId);
        StaffRole parsed = parse(StaffRole.class, role);
        if (parsed == null) {
            throw new NotFound();
        }
        boolean removed = administration.removeStaff(who, organisation, new PersonId(personId), parsed, session.getId());
        redirect.addFlashAttribute("done", removed ? "admin.staff.removed" : "admin.staff.notRemoved");
        return "redirect:/admin/organisations/" + organisationId;
    }

    private String newStaffPage(Organisation organisation, String name, String email, String role, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("organisation", organisation);
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("role", role);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Administration.rolesFor(organisation.kind()).stream()
                .map(r -> new String[] {r.name(), messages.getMessage("staffRole." + r.name(), null, locale)})
                .toList());
        return "people/admin-staff-new";
    }

    private Organisation administered(SignedInPerson who, UUID organisationId) {
        return administration.administered(who.id(), new OrganisationId(organisationId)).orElseThrow(NotFound::new);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
