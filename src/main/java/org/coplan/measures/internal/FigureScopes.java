package org.coplan.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coplan.cases.CaseFacets;
import org.coplan.cases.CaseSelections;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.springframework.stereotype.Component;

/**
 * Who may see figures about a school, a service or the whole authority, and the cases those figures
 * are drawn over. A school's figures are for its SENCO and for the authority's SEN manager and EHC
 * coordinators; a service's for everyone on its staff and the SEN manager; the authority's for its SEN
 * manager and EHC coordinators. Anyone else is told the page does not exist, as for an unknown one.
 */
@Component
public class FigureScopes {

    /** What the figures are about. */
    public enum Kind {
        SCHOOL, SERVICE, AUTHORITY;

        /** As written in the address: {@code school}, {@code service}, {@code authority}. */
        public String path() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromPath(String path) {
            for (Kind k : values()) {
                if (k.path().equals(path)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** A school, service or authority a person may see figures for. */
    public record Scope(Kind kind, Organisation organisation, OrganisationId localAuthority) {}

    private final People people;
    private final CaseSelections selections;
    private final Clock clock;

    FigureScopes(People people, CaseSelections selections, Clock clock) {
        this.people = people;
        this.selections = selections;
        this.clock = clock;
    }

    /** The scope, if the person may see its figures; empty for an unknown one and for one they may not see. */
    public Optional<Scope> open(SignedInPerson person, Kind kind, OrganisationId id) {
        Optional<Organisation> found = people.organisation(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Organisation org = found.get();
        OrganisationId la = org.kind() == OrganisationKind.LOCAL_AUTHORITY ? org.id() : org.localAuthorityId();
        boolean kindMatches = switch (kind) {
            case SCHOOL -> org.kind() == OrganisationKind.SCHOOL;
            case SERVICE -> org.kind() == OrganisationKind.SERVICE;
            case AUTHORITY -> org.kind() == OrganisationKind.LOCAL_AUTHORITY;
        };
        if (!kindMatches || la == null) {
            return Optional.empty();
        }
        return allowed(person.staffMemberships(), kind, org, la) ? Optional.of(new Scope(kind, org, la)) : Optional.empty();
    }

    /**
     * The schools and services in an authority's area whose figures the person may see, by name: for
     * the authority's page, which leads to each. One query, whatever the number of schools.
     */
    public List<Scope> inArea(SignedInPerson person, Scope authority) {
        if (authority.kind() != Kind.AUTHORITY) {
            return List.of();
        }
        List<Scope> inside = new ArrayList<>();
        for (Organisation o : people.organisationsIn(authority.localAuthority())) {
            Kind k = o.kind() == OrganisationKind.SCHOOL ? Kind.SCHOOL : o.kind() == OrganisationKind.SERVICE ? Kind.SERVICE : null;
            if (k != null && allowed(person.staffMemberships(), k, o, authority.localAuthority())) {
                inside.add(new Scope(k, o, authority.localAuthority()));
            }
        }
        return inside;
    }

    private static boolean allowed(List<StaffMembership> roles, Kind kind, Organisation org, OrganisationId la) {
        boolean authorityLead = roles.stream().anyMatch(m -> m.organisationId().equals(la)
                && (m.role() == StaffRole.SEN_MANAGER || m.role() == StaffRole.EHC_COORDINATOR));
        boolean allowed = switch (kind) {
            case SCHOOL -> authorityLead || holds(roles, org.id(), StaffRole.SENCO);
            case SERVICE -> roles.stream().anyMatch(m -> m.organisationId().equals(la) && m.role() == StaffRole.SEN_MANAGER)
                    || roles.stream().anyMatch(m -> m.organisationId().equals(org.id()) && m.role() != StaffRole.FORUM_MEMBER);
            case AUTHORITY -> authorityLead;
        };
        return allowed;
    }

    /** Every school, service and authority the person may see figures for, authority first. */
    public List<Scope> openTo(SignedInPerson person) {
        List<Scope> scopes = new ArrayList<>();
        for (StaffMembership m : person.staffMemberships()) {
            people.organisation(m.organisationId()).ifPresent(org -> {
                Kind kind = switch (org.kind()) {
                    case LOCAL_AUTHORITY -> Kind.AUTHORITY;
                    case SCHOOL -> Kind.SCHOOL;
                    case SERVICE -> Kind.SERVICE;
                    case FORUM -> null;
                };
                if (kind != null) {
                    open(person, kind, org.id()).filter(s -> scopes.stream().noneMatch(x -> x.organisation().id().equals(org.id())))
                            .ifPresent(scopes::add);
                }
            });
        }
        scopes.sort(java.util.Comparator.comparing((Scope s) -> s.kind() != Kind.AUTHORITY).thenComparing(s -> s.kind().ordinal())
                .thenComparing(s -> s.organisation().name()));
        return scopes;
    }

    /** The cases the scope's figures are drawn over, with what they are filtered by. */
    public List<CaseFacets> cases(Scope scope) {
        LocalDate today = LocalDate.now(clock);
        return switch (scope.kind()) {
            case SCHOOL -> selections.atSchool(scope.organisation().id(), scope.localAuthority(), today);
            case SERVICE -> selections.withService(scope.organisation().id(), scope.localAuthority(), today);
            case AUTHORITY -> selections.inAuthority(scope.localAuthority(), today);
        };
    }

    private static boolean holds(List<StaffMembership> roles, OrganisationId org, StaffRole role) {
        return roles.stream().anyMatch(m -> m.organisationId().equals(org) && m.role() == role);
    }
}
