package org.coplan.provision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.provision.domain.BuiltInTermDates;
import org.coplan.provision.domain.SchoolYearTerms;
import org.coplan.provision.domain.Term;
import org.coplan.provision.domain.TermCalendar;
import org.coplan.provision.domain.TermName;
import org.coplan.provision.internal.TermDatesSetting;
import org.coplan.provision.internal.TermDatesStore.OwnerKind;
import org.coplan.provision.internal.TermDatesStore.Stored;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Term dates: the local authority's default, set by its SEN managers and administrators, and a
 * school's own, set by its SENCOs (or left on the authority's default). One school year per form,
 * one term per row. Bad dates are refused beside the field with what was typed kept; a save based
 * on dates someone else has changed since is refused.
 */
@Controller
class TermDatesController {

    static final String[] PARTS = {"First", "Last", "HalfFirst", "HalfLast"};

    /** A year as the list shows it: whose dates apply. */
    record YearRow(int startYear, String label, String source, Stored own, SchoolYearTerms effective) {}

    record Owner(Organisation organisation, OwnerKind kind, List<YearRow> years) {}

    private final People people;
    private final TermDatesSetting store;
    private final java.time.Clock clock;

    TermDatesController(People people, TermDatesSetting store, java.time.Clock clock) {
        this.people = people;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/provision/term-dates")
    String showTermDates(@AuthenticationPrincipal SignedInPerson who, Model model) {
        List<Owner> owners = new ArrayList<>();
        for (Map.Entry<Organisation, OwnerKind> e : owners(who).entrySet()) {
            owners.add(new Owner(e.getKey(), e.getValue(), years(e.getKey(), e.getValue())));
        }
        if (owners.isEmpty()) {
            throw new NotFound();
        }
        model.addAttribute("owners", owners);
        return "provision/term-dates";
    }

    @GetMapping("/provision/term-dates/{ownerId}/{year}")
    String showYear(@AuthenticationPrincipal SignedInPerson who, @PathVariable UUID ownerId, @PathVariable int year, Model model) {
        Organisation owner = owner(who, ownerId);
        OwnerKind kind = owners(who).get(owner);
        YearRow row = year(owner, kind, year);
        Map<String, String> typed = new HashMap<>();
        if (row.effective() != null) {
            for (TermName n : TermName.values()) {
                Term t = row.effective().term(n);
                put(typed, n.field() + "First", t.firstDay());
                put(typed, n.field() + "Last", t.lastDay());
                put(typed, n.field() + "HalfFirst", t.halfTermFirst());
                put(typed, n.field() + "HalfLast", t.halfTermLast());
            }
        }
        typed.put("version", String.valueOf(row.own() == null ? 0 : row.own().version()));
        return yearPage(owner, kind, row, typed, new FormErrors(), model);
    }

    @PostMapping("/provision/term-dates/{ownerId}/{year}")
    String submitYear(
            @AuthenticationPrincipal SignedInPerson who,
            @PathVariable UUID ownerId,
            @PathVariable int year,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect) {
        Organisation owner = owner(who, ownerId);
        OwnerKind kind = owners(who).get(owner);
        YearRow row = year(owner, kind, year);
        FormErrors errors = new FormErrors();
        Map<String, LocalDate> dates = new HashMap<>();
        for (TermName n : TermName.values()) {
            for (String part : PARTS) {
                String field = n.field() + part;
                DateFields.Result r = DateFields.parse(typed.get(field + "Day"), typed.get(field + "Month"), typed.get(field + "Year"));
                if (r.ok()) {
                    dates.put(field, r.date());
                } else {
                    errors.add(field, "termdates." + r.errorKey());
                }
            }
        }
        int basedOn = parseVersion(typed.get("version"));
        if (!errors.any()) {
            List<Term> terms = new ArrayList<>();
            for (TermName n : TermName.values()) {
                String f = n.field();
                terms.add(new Term(n, dates.get(f + "First"), dates.get(f + "Last"), dates.get(f + "HalfFirst"), dates.get(f + "HalfLast")));
            }
            SchoolYearTerms terms1 = new SchoolYearTerms(year, terms);
            terms1.problems().forEach(p -> errors.add(p.field(), p.key()));
            if (!errors.any()) {
                if (store.save(owner.id().value(), kind, terms1, basedOn, who.id().value(), who.displayName())) {
                    redirect.addFlashAttribute("done", "termdates.saved");
                    return "redirect:/provision/term-dates";
                }
                Optional<Stored> now = store.find(owner.id().value(), year);
                errors.add("version", "termdates.error.changed", now.map(Stored::updatedByName).orElse("someone else"));
                typed.put("version", String.valueOf(now.map(Stored::version).orElse(0)));
                return yearPage(owner, kind, year(owner, kind, year), typed, errors, model);
            }
        }
        return yearPage(owner, kind, row, typed, errors, model);
    }

    @PostMapping("/provision/term-dates/{ownerId}/{year}/default")
    String submitUseDefault(
            @AuthenticationPrincipal SignedInPerson who,
            @PathVariable UUID ownerId,
            @PathVariable int year,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        Organisation owner = owner(who, ownerId);
        if (store.useDefault(owner.id().value(), year, parseVersion(version))) {
            redirect.addFlashAttribute("done", "termdates.defaultRestored");
        } else {
            redirect.addFlashAttribute("done", "termdates.notRemoved");
        }
        return "redirect:/provision/term-dates";
    }

    private String yearPage(Organisation owner, OwnerKind kind, YearRow row, Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("kind", kind);
        model.addAttribute("row", row);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("terms", TermName.values());
        model.addAttribute("parts", PARTS);
        return "provision/term-dates-year";
    }

    /** The organisations whose term dates the person sets: authorities as SEN manager or administrator, schools as SENCO. */
    private Map<Organisation, OwnerKind> owners(SignedInPerson who) {
        Map<Organisation, OwnerKind> owners = new LinkedHashMap<>();
        List<StaffMembership> memberships = people.staffMemberships(who.id());
        memberships.stream()
                .filter(m -> m.role() == StaffRole.SEN_MANAGER || m.role() == StaffRole.ADMINISTRATOR || m.role() == StaffRole.SENCO)
                .map(m -> people.organisation(m.organisationId()).map(o -> Map.entry(o, m.role())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(e -> e.getKey().name()))
                .forEach(e -> {
                    Organisation o = e.getKey();
                    if (o.kind() == OrganisationKind.LOCAL_AUTHORITY && e.getValue() != StaffRole.SENCO) {
                        owners.put(o, OwnerKind.AUTHORITY);
                    } else if (o.kind() == OrganisationKind.SCHOOL && e.getValue() == StaffRole.SENCO) {
                        owners.put(o, OwnerKind.SCHOOL);
                    }
                });
        return owners;
    }

    private Organisation owner(SignedInPerson who, UUID ownerId) {
        return owners(who).keySet().stream().filter(o -> o.id().value().equals(ownerId)).findFirst().orElseThrow(NotFound::new);
    }

    /** The years offered: the built-in ones, any stored, and the school year after this one. */
    private List<YearRow> years(Organisation owner, OwnerKind kind) {
        TreeSet<Integer> years = new TreeSet<>();
        BuiltInTermDates.ENGLAND.forEach(y -> years.add(y.startYear()));
        List<Stored> own = store.forOwner(owner.id().value());
        own.forEach(s -> years.add(s.terms().startYear()));
        years.add(TermCalendar.startYearOf(LocalDate.now(clock)) + 1);
        return years.stream().map(y -> year(owner, kind, y)).toList();
    }

    private YearRow year(Organisation owner, OwnerKind kind, int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFound();
        }
        Optional<Stored> own = store.find(owner.id().value(), year);
        if (own.isPresent()) {
            return new YearRow(year, SchoolYearTerms.label(year), "termdates.source.own", own.get(), own.get().terms());
        }
        UUID authority = kind == OwnerKind.AUTHORITY ? owner.id().value() : owner.localAuthorityId().value();
        Optional<Stored> authorities = kind == OwnerKind.SCHOOL ? store.find(authority, year) : Optional.empty();
        if (authorities.isPresent()) {
            return new YearRow(year, SchoolYearTerms.label(year), "termdates.source.authority", null, authorities.get().terms());
        }
        Optional<SchoolYearTerms> builtIn = BuiltInTermDates.ENGLAND.stream().filter(y -> y.startYear() == year).findFirst();
        return new YearRow(year, SchoolYearTerms.label(year), builtIn.isPresent() ? "termdates.source.builtIn" : "termdates.source.none",
                null, builtIn.orElse(null));
    }

    private static void put(Map<String, String> typed, String field, LocalDate d) {
        typed.put(field + "Day", String.valueOf(d.getDayOfMonth()));
        typed.put(field + "Month", String.valueOf(d.getMonthValue()));
        typed.put(field + "Year", String.valueOf(d.getYear()));
    }

    private static int parseVersion(String v) {
        try {
            return v == null ? 0 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
