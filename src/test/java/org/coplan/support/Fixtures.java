package org.coplan.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseRole;
import org.coplan.cases.CaseSetup;
import org.coplan.cases.Stage;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.SecondFactors;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.coplan.people.internal.AuthenticatorCodes;
import org.coplan.people.internal.TwoStepSignIn;
import org.coplan.people.web.SecondFactorGate;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Builds people, organisations and cases for a test, each with names no other test uses. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "a-long-test-password";
    private static final AtomicInteger counter = new AtomicInteger();

    private final People people;
    private final CaseSetup cases;
    private final SecondFactors secondFactors;
    private final AuthenticatorCodes codes;
    private final JdbcClient jdbc;

    Fixtures(People people, CaseSetup cases, SecondFactors secondFactors, AuthenticatorCodes codes, JdbcClient jdbc) {
        this.people = people;
        this.cases = cases;
        this.secondFactors = secondFactors;
        this.codes = codes;
        this.jdbc = jdbc;
    }

    public People people() {
        return people;
    }

    public CaseSetup cases() {
        return cases;
    }

    public String uniqueEmail(String prefix) {
        return prefix + "." + counter.incrementAndGet() + "." + System.nanoTime() + "@test.coplan.test";
    }

    public Person person(String name) {
        return people.createAccount(uniqueEmail(name.toLowerCase().replaceAll("[^a-z]", "")), name, PASSWORD);
    }

    /**
     * A person with a staff role. Administrators and SEN managers must use a second factor, so
     * they get one with a random key; {@link #secondFactorCode(String)} gives its codes.
     */
    public Person staff(String name, Organisation organisation, StaffRole role) {
        Person person = person(name);
        people.addStaffRole(person.id(), organisation.id(), role);
        if (TwoStepSignIn.REQUIRED_FOR.contains(role)) {
            secondFactors.setUpWithKey(person.id(), codes.newKey());
        }
        return person;
    }

    /** The key of this person's authenticator app, if they have a second factor. */
    public Optional<String> secondFactorKey(Person person) {
        return jdbc.sql("select secret from second_factor where person_id = ?").param(person.id().value()).query(String.class).optional();
    }

    /**
     * A code this person's authenticator app would accept now, as a phone would show it, or empty
     * if they have no second factor. Codes are used once each, so a person signing in again at the
     * same moment of the test clock gets the code of the next 30-second step (the service accepts one
     * step either side); if the test moved its clock back, the record of used codes starts again.
     */
    public Optional<String> secondFactorCode(String email) {
        record Factor(UUID person, String key, Long lastUsed) {}
        Optional<Factor> factor = jdbc.sql("""
                select s.person_id, s.secret, s.last_used_step from second_factor s join person p on p.id = s.person_id
                where lower(p.email) = lower(?)""")
                .param(email.strip())
                .query((rs, n) -> new Factor(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, Long.class)))
                .optional();
        return factor.map(f -> {
            long now = codes.currentStep();
            long step = f.lastUsed() == null ? now - 1 : Math.max(now - 1, f.lastUsed() + 1);
            if (step > now + 1) {
                jdbc.sql("update second_factor set last_used_step = null where person_id = ?").param(f.person()).update();
                step = now - 1;
            }
            return codes.codeAt(f.key(), step);
        });
    }

    /** The principal a signed-in request carries, as sign-in would build it. */
    public SignedInPerson signedIn(Person person) {
        return new SignedInPerson(person.id(), person.email(), person.displayName(),
                people.staffMemberships(person.id()), "{noop}unused", false);
    }

    /**
     * For MockMvc: a request from this person, signed in with both steps done (for those who have
     * a second factor, the sign-in carries the proof that the code was given).
     */
    public RequestPostProcessor as(Person person) {
        SignedInPerson principal = signedIn(person);
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorGate.FACTOR));
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    /**
     * Two local authorities, each with a school and a case. Everyone in the world is connected to
     * {@code ownCase} (as a member, or as SENCO of its school or coordinator of its authority) and
     * to nothing in the other authority, whose case is {@code otherCase}.
     */
    public record World(
            Organisation localAuthority, Organisation school, Organisation otherLocalAuthority, Organisation otherSchool,
            Person coordinator, Person manager, Person senco, Person parent, Person child, Person psychologist,
            Person health, Person socialCare, Person sendiass, Person otherProfessional, Person outsider,
            Person otherCoordinator,
            CaseId ownCase, CaseId otherCase, CaseMember parentMember, CaseMember childMember,
            CaseMember psychologistMember) {}

    public World world(LocalDate childDateOfBirth) {
        String n = String.valueOf(counter.incrementAndGet());
        Organisation la = people.createOrganisation(OrganisationKind.LOCAL_AUTHORITY, "Council " + n, null);
        Organisation school = people.createOrganisation(OrganisationKind.SCHOOL, "School " + n, la.id());
        Organisation otherLa = people.createOrganisation(OrganisationKind.LOCAL_AUTHORITY, "Other council " + n, null);
        Organisation otherSchool = people.createOrganisation(OrganisationKind.SCHOOL, "Other school " + n, otherLa.id());
        Organisation service = people.createOrganisation(OrganisationKind.SERVICE, "Service " + n, la.id());

        Person coordinator = staff("Cora Coordinator", la, StaffRole.EHC_COORDINATOR);
        Person manager = staff("Manny Manager", la, StaffRole.SEN_MANAGER);
        Person senco = staff("Sena Senco", school, StaffRole.SENCO);
        Person psychologist = staff("Pia Psychologist", service, StaffRole.PROFESSIONAL);
        Person health = staff("Hal Health", service, StaffRole.PROFESSIONAL);
        Person social = staff("Sol Social", service, StaffRole.PROFESSIONAL);
        Person sendiass = staff("Sid Sendiass", service, StaffRole.PROFESSIONAL);
        Person other = staff("Oli Other", service, StaffRole.PROFESSIONAL);
        Person parent = person("Pat Parent");
        Person child = person("Kit Child");
        Person outsider = person("Out Sider");
        Person otherCoordinator = staff("Otto Coordinator", otherLa, StaffRole.EHC_COORDINATOR);

        CaseId own = cases.openCase(coordinator.id(), CaseRole.EHC_COORDINATOR, "Kit", "Child" + n, null,
                childDateOfBirth, school.id(), la.id(), Stage.ASSESSMENT);
        CaseMember parentMember = cases.addMember(own, parent.id(), CaseRole.PARENT_CARER);
        CaseMember childMember = cases.addMember(own, child.id(), CaseRole.CHILD_YOUNG_PERSON);
        CaseMember psychologistMember = cases.addMember(own, psychologist.id(), CaseRole.EDUCATIONAL_PSYCHOLOGIST);
        cases.addMember(own, health.id(), CaseRole.HEALTH_PROFESSIONAL);
        cases.addMember(own, social.id(), CaseRole.SOCIAL_CARE);
        cases.addMember(own, sendiass.id(), CaseRole.SENDIASS_ADVISER);
        cases.addMember(own, other.id(), CaseRole.OTHER_PROFESSIONAL);

        CaseId otherCase = cases.openCase(otherCoordinator.id(), CaseRole.EHC_COORDINATOR, "Ada", "Else" + n, null,
                childDateOfBirth, otherSchool.id(), otherLa.id(), Stage.EHC_PLAN);

        return new World(la, school, otherLa, otherSchool, coordinator, manager, senco, parent, child, psychologist,
                health, social, sendiass, other, outsider, otherCoordinator, own, otherCase, parentMember, childMember, psychologistMember);
    }

    /** A world whose child is 10 years old on the test clock's start date. */
    public World world() {
        return world(LocalDate.of(2016, 5, 14));
    }
}
