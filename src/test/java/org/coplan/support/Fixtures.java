package org.coplan.support;

import java.time.LocalDate;
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
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.springframework.boot.test.context.TestComponent;

/** Builds people, organisations and cases for a test, each with names no other test uses. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "a-long-test-password";
    private static final AtomicInteger counter = new AtomicInteger();

    private final People people;
    private final CaseSetup cases;

    Fixtures(People people, CaseSetup cases) {
        this.people = people;
        this.cases = cases;
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

    public Person staff(String name, Organisation organisation, StaffRole role) {
        Person person = person(name);
        people.addStaffRole(person.id(), organisation.id(), role);
        return person;
    }

    /** The principal a signed-in request carries, as sign-in would build it. */
    public SignedInPerson signedIn(Person person) {
        return new SignedInPerson(person.id(), person.email(), person.displayName(),
                people.staffMemberships(person.id()), "{noop}unused", false);
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
